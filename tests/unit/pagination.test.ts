import { describe, expect, it } from 'vitest';
import { paginationLinks, type PageLink } from '../../src/domain/pagination.ts';

/** The links as a reader sees them: numbers, "[n]" for the current page, "…" for a gap. */
const shown = (items: PageLink[]) => items.map((i) => (i.kind === 'gap' ? '…' : i.current ? `[${i.page}]` : String(i.page))).join(' ');

describe('pagination links', () => {
  it('shows nothing for one page', () => {
    expect(paginationLinks(1, 1)).toEqual({ previous: null, next: null, items: [] });
  });

  it('shows both pages of two, with previous or next', () => {
    expect(shown(paginationLinks(1, 2).items)).toBe('[1] 2');
    expect(paginationLinks(1, 2)).toMatchObject({ previous: null, next: 2 });
    expect(shown(paginationLinks(2, 2).items)).toBe('1 [2]');
    expect(paginationLinks(2, 2)).toMatchObject({ previous: 1, next: null });
  });

  it('keeps the first, the last and the neighbours of the current page of seven, with gaps', () => {
    expect(shown(paginationLinks(1, 7).items)).toBe('[1] 2 … 7');
    expect(shown(paginationLinks(3, 7).items)).toBe('1 2 [3] 4 … 7');
    expect(shown(paginationLinks(4, 7).items)).toBe('1 2 3 [4] 5 6 7');
    expect(shown(paginationLinks(5, 9).items)).toBe('1 … 4 [5] 6 … 9');
    expect(shown(paginationLinks(5, 7).items)).toBe('1 … 4 [5] 6 7');
    expect(shown(paginationLinks(7, 7).items)).toBe('1 … 6 [7]');
  });

  it('writes a single left-out page as its number, not as a gap', () => {
    expect(shown(paginationLinks(3, 5).items)).toBe('1 2 [3] 4 5');
  });

  it('carries at most seven numbered links at 500 pages, wherever the reader is', () => {
    expect(shown(paginationLinks(1, 500).items)).toBe('[1] 2 … 500');
    expect(shown(paginationLinks(250, 500).items)).toBe('1 … 249 [250] 251 … 500');
    expect(shown(paginationLinks(500, 500).items)).toBe('1 … 499 [500]');
    expect(paginationLinks(250, 500)).toMatchObject({ previous: 249, next: 251 });
    for (const current of [1, 2, 3, 4, 5, 250, 496, 497, 498, 499, 500]) {
      expect(paginationLinks(current, 500).items.filter((i) => i.kind === 'page').length).toBeLessThanOrEqual(7);
    }
  });
});
