/** What the search page shows, as data (src/search/browser/render.ts): result lines, facet lists, counts; without a browser. */
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/vi.ts';
import { EMPTY_STATE } from '../../src/search/facets.ts';
import type { PagefindResult } from '../../src/search/browser/pagefind.ts';
import { countText, FACET_PREVIEW, facetLists, pageTitle, resultSummary, shownText } from '../../src/search/browser/render.ts';
import { initialState, PAGE_SIZE, type FacetView, type PageState } from '../../src/search/browser/state.ts';

const s = ui.search;
const data = (url: string, meta: Record<string, string>) => ({ url, meta, filters: {} });

describe('a result', () => {
  it('says what it is: kind, number, date and issuer', () => {
    expect(
      resultSummary(
        data('/van-ban/huu-lung/', {
          title: 'Phát động thi đua',
          kind: 'Phát động',
          number: '01/PD-UBND',
          date: '19/03/2024',
          issuer: 'UBND huyện Hữu Lũng',
        }),
      ),
    ).toEqual({
      href: '/van-ban/huu-lung/',
      title: 'Phát động thi đua',
      meta: 'Phát động · Số 01/PD-UBND · Ngày 19/03/2024 · UBND huyện Hữu Lũng',
    });
  });

  it('dates a month as a month, and leaves out what it lacks', () => {
    expect(resultSummary(data('/a/', { title: 'Kế hoạch', date: '03/2024' })).meta).toBe('Tháng 03/2024');
    expect(resultSummary(data('/a/', { title: 'Kế hoạch' })).meta).toBe('');
  });

  it('names no issuer that is the result itself (an agency), and falls back to the URL for a title', () => {
    expect(resultSummary(data('/co-quan/so-noi-vu/', { title: 'Sở Nội vụ', kind: 'Cơ quan ban hành', issuer: 'Sở Nội vụ' })).meta).toBe(
      'Cơ quan ban hành',
    );
    expect(resultSummary(data('/a/', {})).title).toBe('/a/');
  });
});

describe('facet lists', () => {
  const view = (key: FacetView['key'], counts: Record<string, number>, selected: string[] = [], expanded = false): FacetView => ({
    key,
    counts,
    selected,
    expanded,
  });
  const values = (list: ReturnType<typeof facetLists>[number]) => list.options.map((o) => o.value);

  it('orders years newest first, entry kinds as the site lists them, other values by count then by Vietnamese order', () => {
    const [years, entries, issuers] = facetLists([
      view('year', { '2021': 5, '2024': 1, '2023': 9 }),
      view('entry', { [s.entryKinds.agency]: 4, [s.entryKinds.directive]: 1, [s.entryKinds.campaign]: 2 }),
      view('issuer', { 'Ủy ban': 2, 'Sở Y tế': 2, 'Ban Dân tộc': 7, 'Đảng ủy': 2 }),
    ]);
    expect(values(years!)).toEqual(['2024', '2023', '2021']);
    expect(values(entries!)).toEqual([s.entryKinds.directive, s.entryKinds.campaign, s.entryKinds.agency]);
    expect(values(issuers!)).toEqual(['Ban Dân tộc', 'Đảng ủy', 'Sở Y tế', 'Ủy ban']);
  });

  it('reads each value with its count, named and checked as the URL has it', () => {
    const [list] = facetLists([view('doctype', { 'Chỉ thị': 3, 'Kế hoạch': 1 }, ['Kế hoạch'])]);
    expect(list).toEqual({
      key: 'doctype',
      param: 'loai-van-ban',
      legend: s.facets.doctype,
      options: [
        { value: 'Chỉ thị', label: 'Chỉ thị (3)', checked: false },
        { value: 'Kế hoạch', label: 'Kế hoạch (1)', checked: true },
      ],
      toggle: null,
    });
  });

  it('keeps a chosen value that no longer finds anything, and leaves out a facet with nothing to offer', () => {
    const lists = facetLists([view('year', { '2023': 0 }), view('field', { 'Y tế': 0 }, ['Y tế'])]);
    expect(lists.map((l) => l.key)).toEqual(['field']);
    expect(lists[0]!.options).toEqual([{ value: 'Y tế', label: 'Y tế (0)', checked: true }]);
  });

  it('previews the first values with a "show all", and keeps a chosen value beyond them in sight', () => {
    const counts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`Cơ quan ${String(i).padStart(2, '0')}`, 20 - i]));
    const [collapsed] = facetLists([view('issuer', counts, ['Cơ quan 11'])]);
    expect(collapsed!.options).toHaveLength(FACET_PREVIEW + 1);
    expect(collapsed!.options.at(-1)).toEqual({ value: 'Cơ quan 11', label: 'Cơ quan 11 (9)', checked: true });
    expect(collapsed!.toggle).toEqual({ label: 'Hiện cả 12 lựa chọn', expanded: false });
    const [expanded] = facetLists([view('issuer', counts, ['Cơ quan 11'], true)]);
    expect(expanded!.options).toHaveLength(12);
    expect(expanded!.toggle).toEqual({ label: s.facetLess, expanded: true });
  });
});

describe('counts and title', () => {
  const found = (n: number, shown: number, q = 'thi đua'): PageState => ({
    ...initialState({ ...EMPTY_STATE, q }),
    results: Array.from({ length: n }, (_, i): PagefindResult => ({
      id: String(i),
      score: 1,
      data: () => Promise.reject(new Error('not read')),
    })),
    shown,
  });

  it('counts the results, or says there are none', () => {
    expect(countText(found(0, 0), false)).toBe(s.noResults('thi đua'));
    expect(countText(found(3, 3), false)).toBe('Tìm thấy 3 kết quả cho “thi đua”.');
    expect(countText(found(3, 3, ''), false)).toBe('Có 3 mục phù hợp bộ lọc.');
  });

  it('for a quoted phrase, counts "at most" until every result has been checked', () => {
    expect(countText(found(25, 10), true)).toBe(s.countUpTo(25, 'thi đua'));
    expect(countText(found(25, 25), true)).toBe(s.count(25, 'thi đua'));
    expect(countText(found(25, 10), false)).toBe(s.count(25, 'thi đua'));
  });

  it('says how many are shown once there is more than a page', () => {
    expect(shownText(found(PAGE_SIZE, PAGE_SIZE))).toBe('');
    expect(shownText(found(PAGE_SIZE + 1, PAGE_SIZE))).toBe(`Đang hiện ${PAGE_SIZE}/${PAGE_SIZE + 1} kết quả.`);
  });

  it('puts the query first in the title of the tab', () => {
    expect(pageTitle('thi đua')).toBe(`thi đua – ${s.title} – ${ui.siteName}`);
    expect(pageTitle('')).toBe(`${s.title} – ${ui.siteName}`);
  });
});
