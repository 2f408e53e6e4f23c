/**
 * The search page's state, and what each event does to it: pure functions
 * from a state (and the event's data) to the next state, so the page's
 * rules are tested without a browser. page.ts holds the one current state
 * and runs the effects (Pagefind, history, timers); view.ts draws it.
 */
import { FACET_KEYS, type FacetKey, type SearchState, type SortOrder } from '../facets.ts';
import type { PagefindResult } from './pagefind.ts';

/** Results a page of results shows; "more" shows the next page below. */
export const PAGE_SIZE = 10;

/** One facet as drawn: counts per value, and what the reader has chosen and opened. */
export interface FacetView {
  key: FacetKey;
  /** value → number of results it would give. */
  counts: Record<string, number>;
  selected: readonly string[];
  expanded: boolean;
}

export interface PageState {
  /** What the URL holds (url.ts). */
  search: SearchState;
  /** The search in flight: each search takes the next number, and the work of an older one is dropped when it lands. */
  run: number;
  results: readonly PagefindResult[];
  /** How many of `results` are in the list. */
  shown: number;
  facetsOpen: boolean;
  /** Pagefind's filter files are in: they load when the facets are first wanted. */
  facetsLoaded: boolean;
  /** Facets showing all their values. */
  expanded: readonly FacetKey[];
  /** The facets as last drawn, to redraw one opened or closed without searching. */
  facetViews: readonly FacetView[];
  /** In a typing session: its queries share one history entry. */
  typing: boolean;
}

/** A change the URL records: as a new history entry, or in place of the current one. */
type HistoryEntry = 'push' | 'replace';

export interface Step {
  state: PageState;
  history: HistoryEntry;
}

export const hasFilters = (search: SearchState): boolean => FACET_KEYS.some((k) => (search.filters[k]?.length ?? 0) > 0);

/** The page as it opens on `search`; filters in the URL open the facets. */
export function initialState(search: SearchState): PageState {
  return {
    search,
    run: 0,
    results: [],
    shown: 0,
    facetsOpen: hasFilters(search),
    facetsLoaded: false,
    expanded: [],
    facetViews: [],
    typing: false,
  };
}

const withSearch = (state: PageState, search: Partial<SearchState>, typing = state.typing): PageState => ({
  ...state,
  search: { ...state.search, ...search },
  typing,
});

/**
 * A query typed, once typing pauses (null when it is the query already
 * searched): the first of a typing session is a new history entry, the
 * next ones replace it, so the back button skips the half-typed words.
 */
export function queryTyped(state: PageState, q: string): Step | null {
  if (q === state.search.q) return null;
  return { state: withSearch(state, { q, page: 1 }, true), history: state.typing ? 'replace' : 'push' };
}

/** The form sent (Enter): ends a typing session; a new history entry only for a new query typed outside one. */
export function querySubmitted(state: PageState, q: string): Step {
  const changed = q !== state.search.q;
  return { state: withSearch(state, { q, page: 1 }, false), history: state.typing || !changed ? 'replace' : 'push' };
}

export function sortChosen(state: PageState, sort: SortOrder): Step {
  return { state: withSearch(state, { sort, page: 1 }, false), history: 'push' };
}

/** A facet value checked or unchecked. */
export function facetChosen(state: PageState, key: FacetKey, value: string, checked: boolean): Step {
  const values = new Set(state.search.filters[key] ?? []);
  if (checked) values.add(value);
  else values.delete(value);
  return { state: withSearch(state, { filters: { ...state.search.filters, [key]: [...values] }, page: 1 }, false), history: 'push' };
}

export function filtersCleared(state: PageState): Step {
  return { state: withSearch(state, { filters: {}, page: 1 }), history: 'push' };
}

/** "More results": the page number counts the pages shown, so a reload shows as many. */
export function moreRequested(state: PageState): Step {
  return { state: withSearch(state, { page: state.search.page + 1 }), history: 'replace' };
}

/** Back or forward: the URL's search, whatever was typed. */
export function historyWalked(state: PageState, search: SearchState): PageState {
  return { ...state, search, typing: false };
}

/** A pause in typing ends the session: the next query typed is a new history entry. */
export function typingPaused(state: PageState): PageState {
  return { ...state, typing: false };
}

export function facetExpandToggled(state: PageState, key: FacetKey): PageState {
  const open = !state.expanded.includes(key);
  return {
    ...state,
    expanded: open ? [...state.expanded, key] : state.expanded.filter((k) => k !== key),
    facetViews: state.facetViews.map((v) => (v.key === key ? { ...v, expanded: open } : v)),
  };
}

export function facetsPanelToggled(state: PageState): PageState {
  return { ...state, facetsOpen: !state.facetsOpen };
}

/** The facets are open on something to count: results, or filters that found none. */
export const facetsWanted = (state: PageState): boolean => state.facetsOpen && (state.results.length > 0 || hasFilters(state.search));

export function searchStarted(state: PageState): PageState {
  return { ...state, run: state.run + 1 };
}

/** A search's results, none of them in the list yet. */
export function resultsFound(state: PageState, results: readonly PagefindResult[]): PageState {
  return { ...state, results, shown: 0 };
}

/**
 * `checked` results from `start` were read for a quoted phrase: those
 * without it leave the results, the `kept` ones stay in their place.
 */
export function phraseChecked(state: PageState, start: number, checked: number, kept: readonly PagefindResult[]): PageState {
  return { ...state, results: [...state.results.slice(0, start), ...kept, ...state.results.slice(start + checked)] };
}

/** `added` more results are in the list. */
export function resultsShown(state: PageState, added: number): PageState {
  return { ...state, shown: state.shown + added };
}

export function facetFilesLoaded(state: PageState): PageState {
  return { ...state, facetsLoaded: true };
}

export function facetsCounted(state: PageState, facetViews: readonly FacetView[]): PageState {
  return { ...state, facetViews };
}
