/**
 * The facets of the search page and how its state sits in the URL, so that a
 * search can be shared and the back button works, and the names of the
 * index's own meta fields. Pure; shared by the build (filter and field names
 * written into the index) and the browser.
 */

/** Pagefind filter name → URL parameter. Order is the order on the page. */
export const FACETS = [
  { key: 'entry', param: 'loai' },
  { key: 'doctype', param: 'loai-van-ban' },
  // A directive's legal status as of the build's day (src/domain/legal-status.ts).
  { key: 'status', param: 'hieu-luc' },
  { key: 'year', param: 'nam' },
  { key: 'issuer', param: 'co-quan' },
  { key: 'campaign', param: 'phong-trao' },
  { key: 'field', param: 'linh-vuc' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/**
 * Meta fields beside the shown ones (title, kind, number, date, issuer),
 * which Pagefind also searches but which keep their marks for display. The
 * ranked ones are folded like the index text, so "dong dao" ranks a title
 * with "Đông Đào" as "Đông Đào" does (weights: RANKING in
 * src/search/browser/pagefind.ts). `extra` is never shown and is folded in place.
 */
export const FOLDED_TITLE_FIELD = 'foldedtitle';
export const FOLDED_ISSUER_FIELD = 'foldedissuer';
/** The canonical key of the entry's own number. */
export const NUMBER_KEY_FIELD = 'numkey';
/** The readable text of a page whose HTML marks no body (agencies), for its excerpt. */
export const TEXT_FIELD = 'text';

/** The one sort key every record carries (ISO date; "0000-00-00" when undated). */
export const SORT_KEY = 'date';
export const UNDATED_SORT_VALUE = '0000-00-00';

/** Relevance, newest first (undated entries last), or oldest first (undated entries first: their sort key is the lowest). */
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];
/** Each sort's value in the URL (`sap-xep`) and in the page's sort menu; relevance, the default, is none. */
export const SORT_PARAM: Readonly<Record<SortOrder, string>> = { relevance: '', newest: 'moi-nhat', oldest: 'cu-nhat' };

/** The sort a `sap-xep` value names; relevance for anything else. */
export function sortFromParam(value: string): SortOrder {
  return SORTS.find((sort) => SORT_PARAM[sort] === value) ?? 'relevance';
}

export interface SearchState {
  q: string;
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortOrder;
  /** How many pages of results are shown (later pages are appended). */
  page: number;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevance', page: 1 };

const MAX_VALUES = 20;

/** A query as the state holds it, read from the URL or typed: one rule, so a reload reads back what was searched. */
export function cleanQuery(raw: string): string {
  return raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const { key, param } of FACETS) {
    const values = [
      ...new Set(
        params
          .getAll(param)
          .map((v) => v.normalize('NFC').trim())
          .filter(Boolean),
      ),
    ].slice(0, MAX_VALUES);
    if (values.length > 0) filters[key] = values;
  }
  const pageNumber = Number.parseInt(params.get('trang') ?? '1', 10);
  return {
    q: cleanQuery(params.get('q') ?? ''),
    filters,
    sort: sortFromParam(params.get('sap-xep') ?? ''),
    page: Number.isFinite(pageNumber) && pageNumber > 1 ? Math.min(pageNumber, 50) : 1,
  };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const { key, param } of FACETS) for (const v of state.filters[key] ?? []) params.append(param, v);
  if (state.sort !== 'relevance') params.set('sap-xep', SORT_PARAM[state.sort]);
  if (state.page > 1) params.set('trang', String(state.page));
  return params;
}

/** `?q=…` for a state, or '' when it is empty. */
export function queryString(state: SearchState): string {
  const s = paramsFromState(state).toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter object: any of the chosen values within a facet, all facets together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    const values = state.filters[key];
    if (values && values.length > 0) out[key] = { any: values };
  }
  return out;
}

export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'relevance') return undefined;
  return { [SORT_KEY]: sort === 'newest' ? 'desc' : 'asc' };
}
