/** The search page's address ⇄ its state (src/search/browser/url.ts), without a browser. */
import { describe, expect, it } from 'vitest';
import { cleanQuery, EMPTY_STATE, SORT_PARAM, SORTS, sortFromParam, type SearchState } from '../../src/search/facets.ts';
import { stateFromUrl, urlFor } from '../../src/search/browser/url.ts';

const PAGE = { pathname: '/tim-kiem/', search: '' };
const NFD = (s: string) => s.normalize('NFD');

/** A state through the address bar and back: written as the page writes it, read as a reload reads it. */
function roundTrip(state: SearchState): SearchState {
  const url = urlFor(PAGE, state) ?? PAGE.pathname;
  return stateFromUrl(new URL(url, 'https://luutru.example.gov.vn').search);
}

describe('search state → URL → state', () => {
  it.each<[string, SearchState]>([
    [
      'Vietnamese with diacritics',
      { q: 'thi đua yêu nước', filters: { entry: ['Văn bản'], issuer: ['Ủy ban nhân dân tỉnh Đồng Nai'] }, sort: 'relevance', page: 1 },
    ],
    ['Vietnamese without diacritics', { q: 'thi dua yeu nuoc', filters: { issuer: ['UBND huyen Huu Lung'] }, sort: 'newest', page: 1 }],
    [
      'every facet, several values, sort and page',
      {
        q: 'điển hình',
        filters: {
          entry: ['Văn bản', 'Phong trào thi đua'],
          doctype: ['Chỉ thị'],
          year: ['2023', '2022'],
          issuer: ['Sở Nội vụ'],
          campaign: ['Cả nước chung sức xây dựng nông thôn mới'],
          field: ['Giáo dục'],
        },
        sort: 'newest',
        page: 3,
      },
    ],
    [
      'characters the URL escapes',
      { q: '"01/PD-UBND" & số 5 = #1 + 50%?', filters: { field: ['Y tế & dân số'] }, sort: 'relevance', page: 2 },
    ],
    ['no query, only a filter', { q: '', filters: { year: ['2024'] }, sort: 'relevance', page: 1 }],
    ['the empty search', EMPTY_STATE],
  ])('%s', (_, state) => {
    expect(roundTrip(state)).toEqual(state);
  });

  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(urlFor(PAGE, { q: 'thi đua', filters: { year: ['2022'] }, sort: 'newest', page: 2 })).toBe(
      '/tim-kiem/?q=thi+%C4%91ua&nam=2022&sap-xep=moi-nhat&trang=2',
    );
    expect(urlFor({ ...PAGE, search: '?q=a' }, EMPTY_STATE)).toBe('/tim-kiem/');
  });

  it('writes nothing when the page is at that address already', () => {
    expect(urlFor(PAGE, EMPTY_STATE)).toBeNull();
    expect(
      urlFor({ pathname: '/tim-kiem/', search: '?q=thi+%C4%91ua&sap-xep=moi-nhat' }, { ...EMPTY_STATE, q: 'thi đua', sort: 'newest' }),
    ).toBeNull();
  });
});

describe('URL → state', () => {
  it('reads a query with or without diacritics, and composes one typed decomposed (NFD)', () => {
    expect(stateFromUrl('?q=thi+%C4%91ua').q).toBe('thi đua');
    expect(stateFromUrl('?q=thi%20dua').q).toBe('thi dua');
    const nfd = new URLSearchParams({ q: NFD('Hữu Lũng'), 'co-quan': NFD('Ủy ban') }).toString();
    expect(stateFromUrl(`?${nfd}`)).toEqual({ ...EMPTY_STATE, q: 'Hữu Lũng', filters: { issuer: ['Ủy ban'] } });
  });

  it('reads empty values as absent', () => {
    expect(stateFromUrl('?q=&loai=&nam=&sap-xep=&trang=')).toEqual(EMPTY_STATE);
    expect(stateFromUrl('')).toEqual(EMPTY_STATE);
    expect(stateFromUrl('?q=%20%20&nam=%20')).toEqual(EMPTY_STATE);
  });

  it('ignores parameters it does not know, and drops them when it writes', () => {
    const read = stateFromUrl('?utm_source=zalo&q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi&fbclid=x1&loai-khac=y&sort=newest');
    expect(read).toEqual({ ...EMPTY_STATE, q: 'nông thôn mới' });
    expect(urlFor({ pathname: '/tim-kiem/', search: '?utm_source=zalo&q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi' }, read)).toBe(
      '/tim-kiem/?q=n%C3%B4ng+th%C3%B4n+m%E1%BB%9Bi',
    );
  });

  it('reads an unknown sort as relevance, and every sort back from its own value', () => {
    expect(stateFromUrl('?q=a&sap-xep=xa-nhat').sort).toBe('relevance');
    for (const sort of SORTS) expect(sortFromParam(SORT_PARAM[sort])).toBe(sort);
    expect(SORT_PARAM.newest).toBe('moi-nhat');
    expect(stateFromUrl('?nam=2024&sap-xep=cu-nhat').sort).toBe('oldest');
  });
});

describe('a query typed', () => {
  it('is cleaned as the URL reader cleans it: composed, spaces collapsed and trimmed', () => {
    expect(cleanQuery(NFD('  thi \t đua\n yêu  nước '))).toBe('thi đua yêu nước');
    expect(cleanQuery('   ')).toBe('');
  });

  it.each([NFD('Điển  hình '), '  dien   hinh tien tien\t', '"thi đua"  &  01/PD-UBND'])(
    'searches what a reload reads back: %j',
    (typed) => {
      const q = cleanQuery(typed);
      expect(roundTrip({ ...EMPTY_STATE, q }).q).toBe(q);
    },
  );
});
