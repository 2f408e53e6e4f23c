/**
 * The search page's controller. The URL is the state: every search,
 * facet and sort change is written to it (a new history entry per typing
 * session, per facet, per sort), and going back re-runs the search it holds.
 * Here live the one current state (its rules: state.ts) and the effects:
 * Pagefind, the history, the typing-session timer; view.ts draws.
 */
import { cleanQuery, FACET_KEYS, pagefindFilters, pagefindSort, TEXT_FIELD } from '../facets.ts';
import { phraseIn } from '../excerpt.ts';
import { prepareQuery } from '../query.ts';
import { facetCounts, loadPagefind, type FilterCounts, type Pagefind } from './pagefind.ts';
import { resultText } from './result-text.ts';
import {
  facetChosen,
  facetExpandToggled,
  facetFilesLoaded,
  facetsCounted,
  facetsPanelToggled,
  facetsWanted,
  filtersCleared,
  hasFilters,
  historyWalked,
  initialState,
  moreRequested,
  PAGE_SIZE,
  phraseChecked,
  querySubmitted,
  queryTyped,
  resultsFound,
  resultsShown,
  searchStarted,
  sortChosen,
  typingPaused,
  type FacetView,
  type Step,
} from './state.ts';
import { stateFromUrl, urlFor } from './url.ts';
import { searchView, type ListedResult } from './view.ts';

// The browser tests count and scroll by these.
export { PAGE_SIZE } from './state.ts';
export { EXCERPT_MARGIN } from './view.ts';

/** A pause this long ends a typing session: the next keystroke starts a new history entry. */
const TYPING_SESSION = 1500;

export function startSearchPage(doc: Document): void {
  const win = doc.defaultView!;
  const view = searchView(doc);
  let state = initialState(stateFromUrl(win.location.search));
  let pagefind: Pagefind | undefined;
  let typingSessionTimer: ReturnType<typeof setTimeout> | undefined;

  /** Takes a step: its state, and its URL into the history. */
  const take = (step: Step) => {
    state = step.state;
    const url = urlFor(win.location, state.search);
    if (url === null) return;
    if (step.history === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  /**
   * Lists results up to `upTo`: title and metadata from Pagefind's fragment
   * at once, the excerpt of its readable text when the result comes near the
   * viewport (view.ts), so a phone on a slow link fetches only the pages
   * of the results it shows. For a quoted phrase every result's text is read
   * first: results whose text lacks it leave the list as they are checked,
   * and the next ones are checked to fill the page.
   */
  async function renderMore(upTo: number, focusFirstNew: boolean) {
    const token = state.run;
    const query = prepareQuery(state.search.q);
    const added: ListedResult[] = [];
    while (state.shown + added.length < Math.min(upTo, state.results.length)) {
      const start = state.shown + added.length;
      const slice = state.results.slice(start, Math.min(upTo, state.results.length));
      const phrase = query.phrase;
      const found = await Promise.all(
        slice.map(async (result) => {
          const data = await result.data();
          // Without a phrase to check, only a text the fragment carries (agencies) is used now.
          return { result, data, text: phrase === null ? (data.meta[TEXT_FIELD] ?? null) : ((await resultText(doc, data)) ?? '') };
        }),
      );
      if (token !== state.run) return;
      // A page that could not be read ('') is kept: unchecked is better than lost.
      const kept =
        phrase === null ? found : found.filter((f) => f.text === '' || phraseIn([f.data.meta['title'] ?? '', f.text ?? ''], phrase));
      if (kept.length < found.length) {
        const staying = kept.map((f) => f.result);
        state = phraseChecked(state, start, slice.length, staying);
      }
      added.push(...kept);
    }
    state = resultsShown(state, added.length);
    view.addResults(added, state, query, () => token === state.run, focusFirstNew);
  }

  /** Counts per facet value; a facet in use is counted as if it were not, so its other values show what they would add. */
  async function facetViews(current: FilterCounts): Promise<FacetView[]> {
    const q = prepareQuery(state.search.q).pagefind || null;
    const views: FacetView[] = [];
    for (const key of FACET_KEYS) {
      const selected = state.search.filters[key] ?? [];
      let counts = facetCounts(current).get(key) ?? {};
      if (selected.length > 0 && pagefind) {
        const without = { ...state.search, filters: { ...state.search.filters, [key]: [] } };
        const other = await pagefind.search(q, { filters: pagefindFilters(without) });
        counts = other ? (facetCounts(other.filters).get(key) ?? {}) : {};
      }
      views.push({ key, counts, selected, expanded: state.expanded.includes(key) });
    }
    return views;
  }

  /**
   * Facet values and counts live in Pagefind's filter files, the biggest part
   * of a first search on a large archive; they load when the filter panel is
   * first opened (or the URL already filters), not with every first query.
   */
  async function refreshFacets(token: number, current: FilterCounts | null) {
    if (!pagefind) return;
    let counts = current;
    if (!state.facetsLoaded) {
      await pagefind.filters();
      state = facetFilesLoaded(state);
      counts = null; // the search that gave `current` ran without the filter files
    }
    counts ??=
      (await pagefind.search(prepareQuery(state.search.q).pagefind || null, { filters: pagefindFilters(state.search) }))?.filters ?? {};
    const views = await facetViews(counts);
    if (token !== state.run) return;
    state = facetsCounted(state, views);
    view.showFacets(state);
  }

  async function search() {
    state = searchStarted(state);
    const token = state.run;
    view.showSearch(state.search);
    const query = prepareQuery(state.search.q);
    if (!query.pagefind && !hasFilters(state.search)) {
      state = resultsFound(state, []);
      view.showNothing(token);
      return;
    }
    view.showWaiting(!pagefind);
    try {
      pagefind ??= await loadPagefind(view.shards());
      const sort = pagefindSort(state.search.sort);
      const found = await pagefind.search(query.pagefind || null, { filters: pagefindFilters(state.search), ...(sort ? { sort } : {}) });
      if (token !== state.run || !found) return;
      state = resultsFound(state, found.results);
      view.clearResults();
      await renderMore(PAGE_SIZE * state.search.page, false);
      if (token !== state.run) return;
      view.revealSort();
      if (state.facetsOpen) await refreshFacets(token, found.filters);
      else view.showClear(state);
      if (token !== state.run) return;
      view.showDone(state);
    } catch (error) {
      if (token !== state.run) return;
      console.error(error);
      view.showError(token);
    }
  }

  view.listen({
    typed: (text) => {
      const step = queryTyped(state, cleanQuery(text));
      if (!step) return;
      take(step);
      clearTimeout(typingSessionTimer);
      typingSessionTimer = setTimeout(() => (state = typingPaused(state)), TYPING_SESSION);
      void search();
    },
    submitted: (text) => {
      take(querySubmitted(state, cleanQuery(text)));
      void search();
    },
    sortChosen: (sort) => {
      take(sortChosen(state, sort));
      void search();
    },
    facetChosen: (key, value, checked) => {
      take(facetChosen(state, key, value, checked));
      void search().then(() => view.focusFacetValue(key, value));
    },
    facetExpandToggled: (key) => {
      state = facetExpandToggled(state, key);
      view.showFacets(state);
      view.focusFacetToggle(key);
    },
    facetsPanelToggled: () => {
      state = facetsPanelToggled(state);
      view.showFacetsOpen(state.facetsOpen);
      if (!facetsWanted(state)) return;
      view.setBusy(true);
      void refreshFacets(state.run, null)
        .catch((error: unknown) => console.error(error))
        .finally(() => view.setBusy(false));
    },
    filtersCleared: () => {
      take(filtersCleared(state));
      void search().then(() => view.focusQuery());
    },
    moreRequested: () => {
      take(moreRequested(state));
      void renderMore(PAGE_SIZE * state.search.page, true);
    },
  });

  win.addEventListener('popstate', () => {
    state = historyWalked(state, stateFromUrl(win.location.search));
    void search();
  });

  view.reveal();
  view.showFacetsOpen(state.facetsOpen);
  void search();
}
