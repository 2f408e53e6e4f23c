/**
 * The search page's DOM: its elements, the state drawn on them (what is
 * drawn: render.ts), and the reader's actions handed on as events. The rules
 * are in state.ts, the searching in page.ts.
 */
import { ui } from '../../i18n/vi.ts';
import { SORT_PARAM, sortFromParam, type FacetKey, type SearchState, type SortOrder } from '../facets.ts';
import type { PreparedQuery } from '../query.ts';
import type { PagefindResultData } from './pagefind.ts';
import { countText, facetFieldsets, facetLists, fillExcerpt, pageTitle, resultItem, shownText } from './render.ts';
import { resultText } from './result-text.ts';
import { hasFilters, type PageState } from './state.ts';

const s = ui.search;
const TYPING_DELAY = 250;
/**
 * How near the viewport a result comes before its page is fetched for the
 * excerpt: about a result and a half ahead, so the excerpt is usually there
 * when the result scrolls in, without fetching the pages nobody looks at.
 */
export const EXCERPT_MARGIN = '200px 0px';

export interface PageEvents {
  /** The query box's text, once typing pauses. */
  typed: (text: string) => void;
  submitted: (text: string) => void;
  sortChosen: (sort: SortOrder) => void;
  facetChosen: (key: FacetKey, value: string, checked: boolean) => void;
  facetExpandToggled: (key: FacetKey) => void;
  facetsPanelToggled: () => void;
  filtersCleared: () => void;
  moreRequested: () => void;
}

/** A result to list, with its readable text; null while the text waits for the result to come near the viewport. */
export interface ListedResult {
  data: PagefindResultData;
  text: string | null;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: missing ${selector}`);
  return node;
}

export function searchView(doc: Document) {
  const win = doc.defaultView!;
  const form = required<HTMLFormElement>(doc, '[data-search-form]');
  const input = required<HTMLInputElement>(doc, '[data-search-input]');
  const sortRow = required<HTMLElement>(doc, '[data-search-sort-row]');
  const sortSelect = required<HTMLSelectElement>(doc, '[data-search-sort]');
  const status = required<HTMLElement>(doc, '[data-search-status]');
  const layout = required<HTMLElement>(doc, '[data-search-layout]');
  const facetsBox = required<HTMLElement>(doc, '[data-search-facets]');
  const clearButton = required<HTMLButtonElement>(doc, '[data-search-clear]');
  const facetsToggle = required<HTMLButtonElement>(doc, '[data-search-facets-toggle]');
  const facetsPanel = required<HTMLElement>(doc, '[data-search-facets-panel]');
  const list = required<HTMLOListElement>(doc, '[data-search-results]');
  const shown = required<HTMLElement>(doc, '[data-search-shown]');
  const more = required<HTMLButtonElement>(doc, '[data-search-more]');

  /** Listed results whose excerpt waits for them to come near the viewport, with what fills it. */
  const waiting = new Map<Element, () => void>();
  const nearViewport =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              nearViewport!.unobserve(entry.target);
              const load = waiting.get(entry.target);
              waiting.delete(entry.target);
              load?.();
            }
          },
          { rootMargin: EXCERPT_MARGIN },
        )
      : null;

  /**
   * The excerpt of a listed result, filled in from its page once the result
   * comes near the viewport (at once where IntersectionObserver is missing).
   * The excerpt is not announced: the result is already in the list, a link
   * with its metadata, and is read with its excerpt when a reader gets to it.
   */
  const lazyExcerpt = (item: HTMLLIElement, data: PagefindResultData, query: PreparedQuery, current: () => boolean) => {
    const p = item.querySelector<HTMLElement>('.result-excerpt');
    if (!p) return;
    const load = () => {
      // A result of an earlier search, still on screen while the next one runs, is not worth a fetch.
      if (!current()) return;
      void resultText(doc, data).then((text) => {
        if (current() && p.isConnected) fillExcerpt(doc, p, text ?? '', query);
      });
    };
    if (!nearViewport) return load();
    waiting.set(item, load);
    nearViewport.observe(item);
  };

  const setBusy = (busy: boolean) => layout.setAttribute('aria-busy', String(busy));
  const setPhase = (phase: 'idle' | 'loading' | 'searching' | 'done' | 'error') => {
    layout.dataset['state'] = phase;
    setBusy(phase === 'loading' || phase === 'searching');
  };
  const showClear = (state: PageState) => (clearButton.hidden = !hasFilters(state.search));

  /** Empties the results list, and forgets the excerpts its results were waiting for. */
  const clearResults = () => {
    nearViewport?.disconnect();
    waiting.clear();
    list.replaceChildren();
  };

  return {
    shards: () => (form.dataset['searchShards'] ?? '').split(' ').filter(Boolean),
    reveal: () => (layout.hidden = false),
    setBusy,
    clearResults,

    /** The form, and the tab's title, say what is searched. */
    showSearch(search: SearchState) {
      // Spaces being typed at either end stay where they are.
      if (input.value.trim() !== search.q) input.value = search.q;
      sortSelect.value = SORT_PARAM[search.sort];
      doc.title = pageTitle(search.q);
    },

    /** Nothing to search: an empty page that says so. */
    showNothing(run: number) {
      clearResults();
      shown.textContent = '';
      more.hidden = true;
      facetsBox.replaceChildren();
      clearButton.hidden = true;
      status.textContent = s.empty;
      layout.dataset['query'] = '';
      layout.dataset['count'] = '0';
      layout.dataset['run'] = String(run);
      setPhase('idle');
    },

    /** Searching; `loading` while the index itself is still on its way. */
    showWaiting(loading: boolean) {
      setPhase(loading ? 'loading' : 'searching');
      status.textContent = loading ? s.loading : s.searching;
    },

    /** Adds `added` to the list, and counts what `state` lists; `current` says whether the search that found them still is. */
    addResults(added: readonly ListedResult[], state: PageState, query: PreparedQuery, current: () => boolean, focusFirstNew: boolean) {
      const items = added.map((r) => resultItem(doc, r.data, query, r.text));
      list.append(...items);
      added.forEach((r, i) => r.text === null && lazyExcerpt(items[i]!, r.data, query, current));
      more.hidden = state.shown >= state.results.length;
      shown.textContent = shownText(state);
      status.textContent = countText(state, query.phrase !== null);
      if (focusFirstNew) items[0]?.querySelector('a')?.focus();
    },

    revealSort: () => (sortRow.hidden = false),
    showClear,

    showFacets(state: PageState) {
      facetsBox.replaceChildren(...facetFieldsets(doc, facetLists(state.facetViews)));
      showClear(state);
    },

    showFacetsOpen(open: boolean) {
      facetsToggle.setAttribute('aria-expanded', String(open));
      facetsPanel.hidden = !open;
    },

    showDone(state: PageState) {
      layout.dataset['query'] = state.search.q;
      layout.dataset['count'] = String(state.results.length);
      layout.dataset['run'] = String(state.run);
      setPhase('done');
    },

    showError(run: number) {
      status.textContent = s.error;
      layout.dataset['run'] = String(run);
      setPhase('error');
    },

    focusQuery: () => input.focus(),
    // Redrawing the facets replaced the control: keyboard focus goes back to its twin.
    focusFacetValue: (key: FacetKey, value: string) =>
      facetsBox.querySelector<HTMLInputElement>(`input[data-facet="${key}"][value="${CSS.escape(value)}"]`)?.focus(),
    focusFacetToggle: (key: FacetKey) => facetsBox.querySelector<HTMLButtonElement>(`[data-facet-toggle="${key}"]`)?.focus(),

    listen(on: PageEvents) {
      let typingTimer: ReturnType<typeof setTimeout> | undefined;
      input.addEventListener('input', () => {
        clearTimeout(typingTimer);
        typingTimer = setTimeout(() => on.typed(input.value), TYPING_DELAY);
      });
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        clearTimeout(typingTimer);
        on.submitted(input.value);
      });
      sortSelect.addEventListener('change', () => on.sortChosen(sortFromParam(sortSelect.value)));
      facetsBox.addEventListener('change', (event) => {
        const box = event.target as HTMLInputElement;
        const key = box.dataset['facet'] as FacetKey | undefined;
        if (key) on.facetChosen(key, box.value, box.checked);
      });
      facetsBox.addEventListener('click', (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>('[data-facet-toggle]');
        if (button) on.facetExpandToggled(button.dataset['facetToggle'] as FacetKey);
      });
      facetsToggle.addEventListener('click', on.facetsPanelToggled);
      clearButton.addEventListener('click', on.filtersCleared);
      more.addEventListener('click', on.moreRequested);
    },
  };
}
