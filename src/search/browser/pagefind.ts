/**
 * Pagefind's browser API, loaded on first use from the bundle the build
 * writes to /pagefind/ (never bundled by Vite: it must match the index).
 * Only the parts this site uses are typed.
 */
import { FACET_KEYS, FOLDED_ISSUER_FIELD, FOLDED_TITLE_FIELD, NUMBER_KEY_FIELD, TEXT_FIELD, type FacetKey } from '../facets.ts';
import { howFound, noneCounted, PAGEFIND_BASE, queryWords, SHARD_FILTER, shardsAnsweringAsOne, type WordInShard } from '../shards.ts';

/** `excerpt` is left out: it comes from the index text, not words to show (result-text.ts). */
export interface PagefindResultData {
  url: string;
  /** The index text (src/search/tokens.ts): read only to tell which words found the page. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, o?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
  preload: (term: string) => Promise<void>;
  mergeIndex: (base: string, o: Record<string, unknown>) => Promise<void>;
}

/**
 * Ranking. Queries reach Pagefind folded (query.ts), so only the folded
 * fields rank: the title as heavily as Pagefind's default title (5), the
 * issuer (3), `extra` (slogan, unit, locality…: 0.5; folded, its đ-words now
 * match in full, and at 1 a theme of "thi đua" outranked a directive that
 * uses the words more densely, in the relevance set). A document's own number
 * (as a canonical key, `numkey`) weighs most, so "01/PD-UBND" puts the Hữu
 * Lũng directive before the pages that only cite it. The shown fields keep
 * their marks and weigh nothing: a title with no đ would otherwise count
 * twice and one with đ once.
 */
const RANKING = {
  pageLength: 0.5,
  metaWeights: {
    [FOLDED_TITLE_FIELD]: 5,
    [FOLDED_ISSUER_FIELD]: 3,
    [NUMBER_KEY_FIELD]: 10,
    extra: 0.5,
    title: 0,
    kind: 0,
    number: 0,
    date: 0,
    issuer: 0,
    [TEXT_FIELD]: 0,
  },
} as const;

let loading: Promise<Pagefind> | undefined;

/**
 * Pagefind with every shard of the index merged in (src/search/shards.ts),
 * `shards` newest first, the first being the primary bundle.
 *
 * Pagefind matches a query word by the words of each shard's own index: a
 * shard without the word searches a shorter one ("3" for "3/PD-UBND") or
 * leaves it out, and adds pages one index would not return. So each word is
 * first searched alone, with the counts per shard of the filter each shard
 * adds to its pages (SHARD_FILTER), and the query is asked only of the
 * shards that match every word as one index would (shardsAnsweringAsOne).
 * The words alone load the index chunks the query loads anyway.
 *
 * Pagefind merges results by score, and a sorted search scores by the place
 * in its own shard; so a sorted search asks each shard in turn, in its
 * order, and takes the counts from one search of them all.
 */
export function loadPagefind(shards: readonly string[] = [PAGEFIND_BASE]): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${shards[0] ?? PAGEFIND_BASE}pagefind.js`)) as Pagefind;
    const shardFilter = (i: number) => (shards.length > 1 ? { mergeFilter: { [SHARD_FILTER]: String(i) } } : {});
    await pagefind.options({ ranking: RANKING, ...shardFilter(0) });
    await pagefind.init();
    for (const [i, base] of shards.entries()) if (i > 0) await pagefind.mergeIndex(base, { ranking: RANKING, ...shardFilter(i) });

    // One index is Pagefind as it is: the shards below answer as it would.
    if (shards.length === 1) return pagefind;

    /** Pages `word` finds alone, by shard. */
    const pagesPerShard = async (word: string): Promise<number[]> => {
      const counts = (await pagefind.search(word))?.filters[SHARD_FILTER] ?? {};
      return shards.map((_, i) => counts[String(i)] ?? 0);
    };
    const inShard = (i: number) => ({ [SHARD_FILTER]: String(i) });

    /**
     * How each shard matches `word` alone (WordInShard): by a word starting
     * with it if it has the word itself (an exact search), by nothing if it
     * finds no page; otherwise the words of one page it found tell.
     */
    const howShardsFind = async (word: string): Promise<WordInShard[]> => {
      const [found, exact] = await Promise.all([pagesPerShard(word), pagesPerShard(`"${word}"`)]);
      return Promise.all(
        shards.map(async (_, i): Promise<WordInShard> => {
          if ((exact[i] ?? 0) > 0) return { found: 'word' };
          if ((found[i] ?? 0) === 0) return { found: 'nothing' };
          const page = await (await pagefind.search(word, { filters: inShard(i) }))?.results[0]?.data();
          return page ? howFound([page.content ?? '', ...Object.values(page.meta).map((m) => m ?? '')], word) : { found: 'nothing' };
        }),
      );
    };

    return {
      ...pagefind,
      search: async (term, o = {}) => {
        const within = shardsAnsweringAsOne(await Promise.all(queryWords(term).map(howShardsFind)), shards.length);
        const some = within.length > 0 && within.length < shards.length;
        const filters = some ? { ...o.filters, [SHARD_FILTER]: { any: within.map(String) } } : { ...o.filters };
        const all = await pagefind.search(term, { ...o, filters });
        // No page has every word: the counts of no result, with the facet values still listed.
        if (!all || within.length === 0) return all && { ...all, results: [], unfilteredResultCount: 0, filters: noneCounted(all.filters) };
        if (!o.sort) return all;
        const inTurn = await Promise.all(within.map((i) => pagefind.search(term, { ...o, filters: { ...o.filters, ...inShard(i) } })));
        // Shards are listed newest first: an oldest-first search walks them the other way.
        if (Object.values(o.sort).includes('asc')) inTurn.reverse();
        return { ...all, results: inTurn.flatMap((found) => found?.results ?? []) };
      },
    };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Facet values with counts, in our facet order, whatever else the index holds. */
export function facetCounts(counts: FilterCounts): Map<FacetKey, Record<string, number>> {
  const out = new Map<FacetKey, Record<string, number>>();
  for (const key of FACET_KEYS) if (counts[key]) out.set(key, counts[key]);
  return out;
}
