/** The search page's state and its transitions (src/search/browser/state.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type SearchState } from '../../src/search/facets.ts';
import type { PagefindResult } from '../../src/search/browser/pagefind.ts';
import {
  facetChosen,
  facetExpandToggled,
  facetsPanelToggled,
  facetsWanted,
  filtersCleared,
  historyWalked,
  initialState,
  moreRequested,
  phraseChecked,
  querySubmitted,
  queryTyped,
  resultsFound,
  resultsShown,
  searchStarted,
  sortChosen,
  typingPaused,
  type PageState,
} from '../../src/search/browser/state.ts';

const result = (id: string): PagefindResult => ({ id, score: 1, data: () => Promise.resolve({ url: `/${id}/`, meta: {}, filters: {} }) });
const ids = (state: PageState) => state.results.map((r) => r.id);

/** Frozen all the way down, so a transition that changed its input would throw. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

const at = (search: Partial<SearchState> = {}, page: Partial<PageState> = {}): PageState =>
  frozen({ ...initialState({ ...EMPTY_STATE, ...search }), ...page });

describe('the page as it opens', () => {
  it('starts with nothing found, no search run, and the facets open only when the URL filters', () => {
    expect(at({ q: 'thi đua' })).toMatchObject({ run: 0, results: [], shown: 0, facetsOpen: false, facetsLoaded: false, typing: false });
    expect(at({ filters: { year: ['2023'] } }).facetsOpen).toBe(true);
    expect(at({ filters: { year: [] } }).facetsOpen).toBe(false);
  });
});

describe('typing and sending a query', () => {
  it('ignores a pause on the query already searched', () => {
    expect(queryTyped(at({ q: 'thi đua' }), 'thi đua')).toBeNull();
  });

  it('gives a typing session one history entry: the first query pushes, the next ones replace it', () => {
    const first = queryTyped(at({ q: 'thi', page: 3 }), 'thi đua')!;
    expect(first.history).toBe('push');
    expect(first.state.search).toEqual({ ...EMPTY_STATE, q: 'thi đua', page: 1 });
    expect(first.state.typing).toBe(true);
    const second = queryTyped(frozen(first.state), 'thi đua yêu')!;
    expect(second.history).toBe('replace');
    const afterPause = queryTyped(typingPaused(frozen(second.state)), 'thi đua yêu nước')!;
    expect(afterPause.history).toBe('push');
  });

  it('on Enter, ends the session, and pushes only a new query typed outside one', () => {
    const inSession = querySubmitted(at({ q: 'thi' }, { typing: true }), 'thi đua');
    expect(inSession).toMatchObject({ history: 'replace', state: { typing: false, search: { q: 'thi đua' } } });
    expect(querySubmitted(at({ q: 'thi' }), 'thi đua').history).toBe('push');
    const same = querySubmitted(at({ q: 'thi đua', page: 4 }), 'thi đua');
    expect(same.history).toBe('replace');
    expect(same.state.search.page).toBe(1);
  });
});

describe('sort, facets and more results', () => {
  const filtered = at({ q: 'điển hình', filters: { year: ['2022'], entry: ['Văn bản'] }, page: 2 }, { typing: true });

  it('pushes a sort, back to the first page, and ends the typing session', () => {
    const step = sortChosen(filtered, 'newest');
    expect(step.history).toBe('push');
    expect(step.state.search).toEqual({ ...filtered.search, sort: 'newest', page: 1 });
    expect(step.state.typing).toBe(false);
  });

  it('adds a checked value to its facet and takes an unchecked one out, leaving the other facets alone', () => {
    const added = facetChosen(filtered, 'year', '2023', true);
    expect(added.history).toBe('push');
    expect(added.state.search).toMatchObject({ filters: { year: ['2022', '2023'], entry: ['Văn bản'] }, page: 1 });
    expect(added.state.typing).toBe(false);
    expect(facetChosen(filtered, 'year', '2022', false).state.search.filters).toEqual({ year: [], entry: ['Văn bản'] });
    expect(facetChosen(filtered, 'year', '2022', true).state.search.filters.year).toEqual(['2022']);
  });

  it('clears every filter, keeping the query and the sort', () => {
    const step = filtersCleared(frozen(sortChosen(filtered, 'newest').state));
    expect(step.history).toBe('push');
    expect(step.state.search).toEqual({ q: 'điển hình', filters: {}, sort: 'newest', page: 1 });
  });

  it('counts pages shown in the URL, in place of the current entry', () => {
    const step = moreRequested(filtered);
    expect(step.history).toBe('replace');
    expect(step.state.search.page).toBe(3);
  });

  it('takes the search of a history entry whole, and ends the typing session', () => {
    const walked = historyWalked(filtered, { ...EMPTY_STATE, q: 'nông thôn mới' });
    expect(walked.search).toEqual({ ...EMPTY_STATE, q: 'nông thôn mới' });
    expect(walked.typing).toBe(false);
  });
});

describe('the facets panel', () => {
  const views = [
    { key: 'year' as const, counts: { '2023': 2 }, selected: [], expanded: false },
    { key: 'issuer' as const, counts: { 'Sở Nội vụ': 1 }, selected: [], expanded: false },
  ];

  it("opens and closes a facet's full list, in the facets as drawn too", () => {
    const open = facetExpandToggled(at({}, { facetViews: views }), 'issuer');
    expect(open.expanded).toEqual(['issuer']);
    expect(open.facetViews.map((v) => v.expanded)).toEqual([false, true]);
    const closed = facetExpandToggled(frozen(open), 'issuer');
    expect(closed.expanded).toEqual([]);
    expect(closed.facetViews.map((v) => v.expanded)).toEqual([false, false]);
  });

  it('wants counts once open on results, or on filters that found none', () => {
    const closed = at({ q: 'a' }, { results: [result('a')] });
    expect(facetsWanted(closed)).toBe(false);
    expect(facetsWanted(facetsPanelToggled(closed))).toBe(true);
    expect(facetsWanted(facetsPanelToggled(at({ q: 'a' })))).toBe(false);
    expect(facetsWanted(at({ filters: { year: ['1999'] } }))).toBe(true);
    expect(facetsPanelToggled(facetsPanelToggled(closed)).facetsOpen).toBe(false);
  });
});

describe('a search in flight', () => {
  it('numbers each search, so the work of an older one can be told apart', () => {
    const state = searchStarted(searchStarted(at()));
    expect(state.run).toBe(2);
  });

  it('lists none of the new results at first, then counts those added', () => {
    const found = resultsFound(at({}, { results: [result('old')], shown: 1 }), [result('a'), result('b'), result('c')]);
    expect(ids(found)).toEqual(['a', 'b', 'c']);
    expect(found.shown).toBe(0);
    expect(resultsShown(resultsShown(frozen(found), 2), 1).shown).toBe(3);
  });

  it('drops the results a quoted phrase was not found in, keeping the order of the rest', () => {
    const found = at({}, { results: ['a', 'b', 'c', 'd', 'e'].map(result), shown: 1 });
    const checked = phraseChecked(found, 1, 3, [found.results[1]!, found.results[3]!]);
    expect(ids(checked)).toEqual(['a', 'b', 'd', 'e']);
    expect(checked.shown).toBe(1);
  });
});
