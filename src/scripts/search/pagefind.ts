/**
 * Pagefind's browser API, loaded on first use from the bundle the build
 * writes to /pagefind/ (never bundled by Vite: it must match the index).
 * Only the parts this site uses are typed.
 */
import { FACET_KEYS, type FacetKey } from '../../lib/search/facets.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
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
}

export const PAGEFIND_URL = '/pagefind/pagefind.js';

/**
 * Ranking: titles weigh as Pagefind's default (5). A document's own number
 * (as a canonical key, `numkey`: queries are rewritten to that form) weighs
 * most, so "01/PD-UBND" puts the Hữu Lũng directive before the pages that
 * only cite it; the printed `number`, the labels in `kind` and the `date`
 * help find, not rank. The twins (src/lib/search/tokens.ts) of the title
 * weigh as the title, the others as plain metadata.
 */
export const RANKING = {
  pageLength: 0.5,
  metaWeights: { title: 5, titletwins: 5, numkey: 10, number: 0, twins: 1, issuer: 3, extra: 1, kind: 0.2, date: 0 },
} as const;

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(url = PAGEFIND_URL): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: RANKING, excerptLength: 30 });
    await pagefind.init();
    return pagefind;
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
