/**
 * The search index comes in bundles ("shards") of at most SHARD_PAGES pages,
 * one Pagefind index each, which the browser merges (Pagefind's mergeIndex).
 *
 * Why: Pagefind holds every page–word pair of an index in memory while it
 * builds it, and its peak grows faster than the pages (docs/performance.md,
 * "Shards"). Shards are built one after
 * another, so the build's memory is bounded by one shard whatever the size
 * of the archive, and a shard whose pages did not change is reused from the
 * cache on the next build.
 *
 * Pages are cut into shards by date, oldest first, in blocks of SHARD_PAGES:
 * new documents go to the newest shard and an edit changes one shard, so a
 * rebuild re-indexes one block. The newest shard is Pagefind's primary
 * bundle at /pagefind/ (its script, worker and wasm serve every shard);
 * older blocks are at /pagefind/shard-<n>/, n counting from the oldest, so a
 * block keeps its address as the archive grows.
 *
 * Pure: used by the index step, the search page and unit tests.
 */
import { fold } from '../domain/vietnamese.ts';

/** Pages per shard (see above): one shard's Pagefind memory stays within the build's budget. */
export const SHARD_PAGES = 7000;

/** Where Pagefind's primary bundle is served, and the shards below it. */
export const PAGEFIND_BASE = '/pagefind/';

/**
 * The filter Pagefind adds to every page of a shard when the browser merges
 * it (mergeFilter), so that a newest-first search can ask each shard in turn.
 */
export const SHARD_FILTER = 'shard';

export interface Dated {
  url: string;
  sortDate: string;
}

/** Oldest first: by sort date, then by URL, so the cut never depends on input order. */
function byDate(a: Dated, b: Dated): number {
  if (a.sortDate !== b.sortDate) return a.sortDate < b.sortDate ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

export interface Shard<T> {
  /** Served from (and written below dist/ at) this path, with a trailing slash. */
  base: string;
  pages: T[];
}

/** Block `index` of `count` (0 = oldest): the newest is the primary bundle. */
function shardBase(index: number, count: number): string {
  return index === count - 1 ? PAGEFIND_BASE : `${PAGEFIND_BASE}shard-${index}/`;
}

/** The shards of an index of `pages`, newest first (the primary bundle first). */
export function shardsOf<T extends Dated>(pages: readonly T[], size = SHARD_PAGES): Shard<T>[] {
  const sorted = [...pages].sort(byDate);
  const count = Math.max(1, Math.ceil(sorted.length / size));
  const shards: Shard<T>[] = [];
  for (let i = count - 1; i >= 0; i--) shards.push({ base: shardBase(i, count), pages: sorted.slice(i * size, (i + 1) * size) });
  return shards;
}

/** Where the shards of an index of `pageCount` pages are served, newest first. */
export function shardBases(pageCount: number, size = SHARD_PAGES): string[] {
  const count = Math.max(1, Math.ceil(pageCount / size));
  return Array.from({ length: count }, (_, i) => shardBase(count - 1 - i, count));
}

/** The words of a query as Pagefind splits it (at spaces), each once. */
export function queryWords(query: string | null): string[] {
  return [...new Set((query ?? '').split(/\s+/u).filter(Boolean))];
}

/** Punctuation Pagefind drops from a word, in the index and in a query ("3/PD-UBND" is "3pdubnd"). */
const DROPPED = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;
const asIndexed = (word: string) => fold(word).toLowerCase().replace(DROPPED, '');

/**
 * How a shard's index matches a query word alone. Pagefind finds the pages
 * with a word that starts with it; when the index has none, the pages with
 * the longest word it knows that the query word starts with ("lung" for the
 * misspelt "lungg"); when it has neither, it leaves the word out of the query.
 */
export type WordInShard = { found: 'word' } | { found: 'shorter'; word: string } | { found: 'nothing' };

/** How `word` found a page whose index text and metadata are `texts`. */
export function howFound(texts: readonly string[], word: string): WordInShard {
  const wanted = asIndexed(word);
  const words = texts.flatMap((text) => text.split(/\s+/u)).map(asIndexed);
  if (wanted !== '' && words.some((w) => w.startsWith(wanted))) return { found: 'word' };
  const shorter = words.filter((w) => w !== '' && wanted.startsWith(w)).sort((a, b) => b.length - a.length)[0];
  return shorter === undefined ? { found: 'nothing' } : { found: 'shorter', word: shorter };
}

/**
 * The shards a query is asked of (0 = newest), so that together they find
 * what one index of all their pages would. One index matches each query
 * word by the words of all pages: a shard that matches it otherwise, by a
 * shorter word or by leaving it out, would add pages one index would not
 * return (the newest shard, without "dua", would answer "thi dua" with its
 * pages that have "thi"). For each word: the shards that have a word starting
 * with it; if none has, those with the longest shorter word any of them has;
 * if none has one either, every shard, as one index leaves the word out too.
 * `perWord`: for each query word, how each shard matches it alone.
 */
export function shardsAnsweringAsOne(perWord: readonly (readonly WordInShard[])[], shardCount: number): number[] {
  const all = Array.from({ length: shardCount }, (_, shard) => shard);
  return all.filter((shard) =>
    perWord.every((inShards) => {
      const here = inShards[shard];
      if (inShards.some((m) => m.found === 'word')) return here?.found === 'word';
      const longest = inShards.reduce((l, m) => (m.found === 'shorter' && m.word.length > l.length ? m.word : l), '');
      return longest === '' || (here?.found === 'shorter' && here.word === longest);
    }),
  );
}

/** Filter counts with every value counted 0: what a query no page answers shows, its facet values still listed. */
export function noneCounted(counts: Record<string, Record<string, number>>): Record<string, Record<string, number>> {
  return Object.fromEntries(
    Object.entries(counts).map(([key, values]) => [key, Object.fromEntries(Object.keys(values).map((v) => [v, 0]))]),
  );
}
