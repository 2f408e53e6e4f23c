import { describe, expect, it } from 'vitest';
import { stateFromUrl } from '../../src/search/browser/url.ts';
import { facetHref, oldestFirstHref } from '../../src/search/listing-links.ts';

const chiThi = { by: 'kind', kind: 'chỉ thị' } as const;
const year2024 = { by: 'year', year: 2024 } as const;
const huuLung = { by: 'issuer', id: 'ubnd-huyen-huu-lung', name: 'Ủy ban nhân dân huyện Hữu Lũng' } as const;

/** What the search page reads from a link (its own URL format). */
const searched = (href: string) => {
  const url = new URL(href, 'https://example.org');
  expect(url.pathname).toBe('/tim-kiem/');
  return stateFromUrl(url.search);
};

describe('facet links on a listing', () => {
  it('go to the static listing of the value on the unfiltered listing', () => {
    expect(facetHref({ by: 'all' }, year2024)).toBe('/van-ban/nam/2024/');
    expect(facetHref({ by: 'all' }, chiThi)).toBe('/van-ban/loai/chi-thi/');
    expect(facetHref({ by: 'all' }, huuLung)).toBe('/co-quan/ubnd-huyen-huu-lung/');
  });

  it('replace a value of the same facet with its static listing', () => {
    expect(facetHref({ by: 'year', year: 2022 }, year2024)).toBe('/van-ban/nam/2024/');
    expect(facetHref({ by: 'kind', kind: 'kế hoạch' }, chiThi)).toBe('/van-ban/loai/chi-thi/');
  });

  it('keep the kind when a year is chosen on a kind’s listing, on the search page with an empty query, newest first', () => {
    expect(searched(facetHref({ by: 'kind', kind: 'chỉ thị' }, year2024))).toEqual({
      q: '',
      filters: { entry: ['Văn bản'], doctype: ['Chỉ thị'], year: ['2024'] },
      sort: 'newest',
      page: 1,
    });
    expect(searched(facetHref({ by: 'year', year: null }, huuLung)).filters).toEqual({
      entry: ['Văn bản'],
      year: ['Không rõ năm'],
      issuer: ['Ủy ban nhân dân huyện Hữu Lũng'],
    });
  });

  it('list a listing oldest first on the search page, with its filter', () => {
    expect(searched(oldestFirstHref({ by: 'all' }))).toMatchObject({ q: '', filters: { entry: ['Văn bản'] }, sort: 'oldest' });
    expect(searched(oldestFirstHref(huuLung)).filters.issuer).toEqual(['Ủy ban nhân dân huyện Hữu Lũng']);
  });
});
