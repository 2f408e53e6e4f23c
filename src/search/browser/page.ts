/**
 * The search page's controller. The URL is the state: every search,
 * facet and sort change is written to it (a new history entry per typing
 * session, per facet, per sort), and going back re-runs the search it holds.
 */
import { ui } from '../../i18n/vi.ts';
import {
  EMPTY_STATE,
  FACET_KEYS,
  pagefindFilters,
  pagefindSort,
  queryString,
  stateFromParams,
  TEXT_FIELD,
  type FacetKey,
  type SearchState,
} from '../facets.ts';
import { phraseIn } from '../excerpt.ts';
import { prepareQuery, type PreparedQuery } from '../query.ts';
import { facetCounts, loadPagefind, type FilterCounts, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { facetFieldsets, fillExcerpt, resultItem, type FacetView } from './render.ts';
import { resultText } from './result-text.ts';

const s = ui.search;
export const PAGE_SIZE = 10;
const TYPING_DELAY = 250;
/** A pause this long ends a typing session: the next keystroke starts a new history entry. */
const TYPING_SESSION = 1500;
/**
 * How near the viewport a result comes before its page is fetched for the
 * excerpt: about a result and a half ahead, so the excerpt is usually there
 * when the result scrolls in, without fetching the pages nobody looks at.
 */
export const EXCERPT_MARGIN = '200px 0px';

type Phase = 'loading' | 'idle' | 'searching' | 'done' | 'error';

function required<T extends Element>(root: ParentNode, selector: string): T {
  const node = root.querySelector<T>(selector);
  if (!node) throw new Error(`search page: missing ${selector}`);
  return node;
}

export function startSearchPage(doc: Document): void {
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

  let state: SearchState = stateFromParams(new URLSearchParams(win.location.search));
  let pagefind: Pagefind | undefined;
  let facetsLoaded = false;
  let facetsOpen = false;
  let results: PagefindResult[] = [];
  let rendered = 0;
  let run = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let typingSession = false;
  let typingSessionTimer: ReturnType<typeof setTimeout> | undefined;
  const expanded = new Set<FacetKey>();
  let lastFacetViews: FacetView[] = [];
  /** Shown results whose excerpt waits for them to come near the viewport, with what fills it. */
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

  /** Empties the results list, and forgets the excerpts its results were waiting for. */
  const clearResults = () => {
    nearViewport?.disconnect();
    waiting.clear();
    list.replaceChildren();
  };

  /**
   * The excerpt of a shown result, filled in from its page once the result
   * comes near the viewport (at once where IntersectionObserver is missing).
   * The excerpt is not announced: the result is already in the list, a link
   * with its metadata, and is read with its excerpt when a reader gets to it.
   */
  const lazyExcerpt = (item: HTMLLIElement, data: PagefindResultData, query: PreparedQuery) => {
    const p = item.querySelector<HTMLElement>('.result-excerpt');
    if (!p) return;
    const token = run;
    const load = () => {
      // A result of an earlier search, still on screen while the next one runs, is not worth a fetch.
      if (token !== run) return;
      void resultText(doc, data).then((text) => {
        if (token === run && p.isConnected) fillExcerpt(doc, p, text ?? '', query);
      });
    };
    if (!nearViewport) return load();
    waiting.set(item, load);
    nearViewport.observe(item);
  };

  const setPhase = (phase: Phase) => {
    layout.dataset['state'] = phase;
    layout.setAttribute('aria-busy', String(phase === 'loading' || phase === 'searching'));
  };

  const writeUrl = (mode: 'push' | 'replace') => {
    const url = `${win.location.pathname}${queryString(state)}`;
    if (url === `${win.location.pathname}${win.location.search}`) return;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };

  const syncForm = () => {
    if (input.value.trim() !== state.q) input.value = state.q;
    sortSelect.value = state.sort === 'newest' ? 'moi-nhat' : '';
    doc.title = state.q ? `${state.q} – ${s.title} – ${ui.siteName}` : `${s.title} – ${ui.siteName}`;
  };

  const hasFilters = () => FACET_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);

  /**
   * Shows results up to `upTo`: title and metadata from Pagefind's fragment
   * at once, the excerpt of its readable text when the result comes near the
   * viewport (lazyExcerpt), so a phone on a slow link fetches only the pages
   * of the results it shows. For a quoted phrase every result's text is read
   * first: results whose text lacks it leave the list as they are checked,
   * and the next ones are checked to fill the page.
   */
  async function renderMore(upTo: number, focusFirstNew: boolean) {
    const token = run;
    const query = prepareQuery(state.q);
    const items: HTMLLIElement[] = [];
    const lazy: [HTMLLIElement, PagefindResultData][] = [];
    while (rendered + items.length < Math.min(upTo, results.length)) {
      const start = rendered + items.length;
      const slice = results.slice(start, Math.min(upTo, results.length));
      const phrase = query.phrase;
      const found = await Promise.all(
        slice.map(async (result) => {
          const data = await result.data();
          // Without a phrase to check, only a text the fragment carries (agencies) is used now.
          return { result, data, text: phrase === null ? (data.meta[TEXT_FIELD] ?? null) : ((await resultText(doc, data)) ?? '') };
        }),
      );
      if (token !== run) return;
      // A page that could not be read ('') is kept: unchecked is better than lost.
      const kept = phrase === null ? found : found.filter((f) => f.text === '' || phraseIn([f.data.meta['title'] ?? '', f.text ?? ''], phrase));
      if (kept.length < found.length) results = [...results.slice(0, start), ...kept.map((f) => f.result), ...results.slice(start + slice.length)];
      for (const f of kept) {
        const item = resultItem(doc, f.data, query, f.text);
        items.push(item);
        if (f.text === null) lazy.push([item, f.data]);
      }
    }
    list.append(...items);
    for (const [item, data] of lazy) lazyExcerpt(item, data, query);
    rendered += items.length;
    more.hidden = rendered >= results.length;
    shown.textContent = results.length > PAGE_SIZE ? s.shown(rendered, results.length) : '';
    status.textContent = countText(query);
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  /** How many results; for a phrase, at most that many until every one has been checked. */
  function countText(query: PreparedQuery): string {
    if (results.length === 0) return s.noResults(state.q);
    return query.phrase !== null && rendered < results.length ? s.countUpTo(results.length, state.q) : s.count(results.length, state.q);
  }

  /** Counts per facet value; a facet in use is counted as if it were not, so its other values show what they would add. */
  async function facetViews(current: FilterCounts): Promise<FacetView[]> {
    const q = prepareQuery(state.q).pagefind || null;
    const views: FacetView[] = [];
    for (const key of FACET_KEYS) {
      const selected = state.filters[key] ?? [];
      let counts = facetCounts(current).get(key) ?? {};
      if (selected.length > 0 && pagefind) {
        const without = { ...state, filters: { ...state.filters, [key]: [] } };
        const other = await pagefind.search(q, { filters: pagefindFilters(without) });
        counts = other ? (facetCounts(other.filters).get(key) ?? {}) : {};
      }
      views.push({ key, counts, selected, expanded: expanded.has(key) });
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
    if (!facetsLoaded) {
      await pagefind.filters();
      facetsLoaded = true;
      counts = null; // the search that gave `current` ran without the filter files
    }
    counts ??= (await pagefind.search(prepareQuery(state.q).pagefind || null, { filters: pagefindFilters(state) }))?.filters ?? {};
    const views = await facetViews(counts);
    if (token === run) drawFacets(views);
  }

  function setFacetsOpen(open: boolean) {
    facetsOpen = open;
    facetsToggle.setAttribute('aria-expanded', String(open));
    facetsPanel.hidden = !open;
  }

  function drawFacets(views: FacetView[]) {
    lastFacetViews = views;
    facetsBox.replaceChildren(...facetFieldsets(doc, views));
    clearButton.hidden = !hasFilters();
  }

  async function search() {
    const token = ++run;
    syncForm();
    const query = prepareQuery(state.q);
    if (!query.pagefind && !hasFilters()) {
      results = [];
      rendered = 0;
      clearResults();
      shown.textContent = '';
      more.hidden = true;
      facetsBox.replaceChildren();
      clearButton.hidden = true;
      status.textContent = s.empty;
      layout.dataset['query'] = '';
      layout.dataset['count'] = '0';
      layout.dataset['run'] = String(token);
      setPhase('idle');
      return;
    }
    setPhase(pagefind ? 'searching' : 'loading');
    status.textContent = pagefind ? s.searching : s.loading;
    try {
      pagefind ??= await loadPagefind((form.dataset['searchShards'] ?? '').split(' ').filter(Boolean));
      const found = await pagefind.search(query.pagefind || null, { filters: pagefindFilters(state), ...(pagefindSort(state.sort) ? { sort: pagefindSort(state.sort)! } : {}) });
      if (token !== run || !found) return;
      results = found.results;
      rendered = 0;
      clearResults();
      await renderMore(PAGE_SIZE * state.page, false);
      if (token !== run) return;
      sortRow.hidden = false;
      if (facetsOpen) await refreshFacets(token, found.filters);
      else clearButton.hidden = !hasFilters();
      if (token !== run) return;
      layout.dataset['query'] = state.q;
      layout.dataset['count'] = String(results.length);
      layout.dataset['run'] = String(token);
      setPhase('done');
    } catch (error) {
      if (token !== run) return;
      console.error(error);
      status.textContent = s.error;
      layout.dataset['run'] = String(token);
      setPhase('error');
    }
  }

  const endTypingSession = () => {
    typingSession = false;
  };

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const q = input.value.normalize('NFC').replace(/\s+/gu, ' ').trim();
      if (q === state.q) return;
      state = { ...state, q, page: 1 };
      writeUrl(typingSession ? 'replace' : 'push');
      typingSession = true;
      clearTimeout(typingSessionTimer);
      typingSessionTimer = setTimeout(endTypingSession, TYPING_SESSION);
      void search();
    }, TYPING_DELAY);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const q = input.value.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const changed = q !== state.q;
    state = { ...state, q, page: 1 };
    writeUrl(typingSession || !changed ? 'replace' : 'push');
    endTypingSession();
    void search();
  });

  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value === 'moi-nhat' ? 'newest' : 'relevance', page: 1 };
    writeUrl('push');
    endTypingSession();
    void search();
  });

  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.dataset['facet'] as FacetKey | undefined;
    if (!key) return;
    const current = new Set(state.filters[key] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...current] }, page: 1 };
    writeUrl('push');
    endTypingSession();
    void search().then(() => {
      // Re-rendering replaced the checkbox: keep keyboard focus on it.
      facetsBox.querySelector<HTMLInputElement>(`input[data-facet="${key}"][value="${CSS.escape(box.value)}"]`)?.focus();
    });
  });

  facetsBox.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-facet-toggle]');
    if (!button) return;
    const key = button.dataset['facetToggle'] as FacetKey;
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    drawFacets(lastFacetViews.map((v) => (v.key === key ? { ...v, expanded: expanded.has(key) } : v)));
    facetsBox.querySelector<HTMLButtonElement>(`[data-facet-toggle="${key}"]`)?.focus();
  });

  facetsToggle.addEventListener('click', () => {
    setFacetsOpen(!facetsOpen);
    if (facetsOpen && results.length + (hasFilters() ? 1 : 0) > 0) {
      const token = run;
      layout.setAttribute('aria-busy', 'true');
      void refreshFacets(token, null)
        .catch((error: unknown) => console.error(error))
        .finally(() => layout.setAttribute('aria-busy', 'false'));
    }
  });

  clearButton.addEventListener('click', () => {
    state = { ...state, filters: {}, page: 1 };
    writeUrl('push');
    void search().then(() => input.focus());
  });

  more.addEventListener('click', () => {
    state = { ...state, page: state.page + 1 };
    writeUrl('replace');
    void renderMore(PAGE_SIZE * state.page, true);
  });

  win.addEventListener('popstate', () => {
    state = stateFromParams(new URLSearchParams(win.location.search));
    endTypingSession();
    void search();
  });

  layout.hidden = false;
  state = { ...EMPTY_STATE, ...state };
  setFacetsOpen(hasFilters());
  void search();
}
