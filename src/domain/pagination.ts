/**
 * Which page links a paginated listing shows, as GOV.UK's pagination does:
 * the first and last pages, the current one and its neighbours, and a gap
 * ("…") for each run of pages left out, so a listing of 500 pages carries
 * at most seven numbered links, not 500. Previous and next come with it.
 */

export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

export interface PaginationLinks {
  previous: number | null;
  next: number | null;
  items: PageLink[];
}

/** The links of page `current` (1-based) of `total`; no items when there is one page or none. */
export function paginationLinks(current: number, total: number): PaginationLinks {
  if (total <= 1) return { previous: null, next: null, items: [] };
  const shown = [...new Set([1, current - 1, current, current + 1, total])].filter((p) => p >= 1 && p <= total).sort((a, b) => a - b);
  const items: PageLink[] = [];
  for (const [i, page] of shown.entries()) {
    const before = shown[i - 1];
    // One page left out reads better as its number than as a gap of one.
    if (before !== undefined && page - before === 2) items.push({ kind: 'page', page: before + 1, current: false });
    else if (before !== undefined && page - before > 2) items.push({ kind: 'gap' });
    items.push({ kind: 'page', page, current: page === current });
  }
  return { previous: current > 1 ? current - 1 : null, next: current < total ? current + 1 : null, items };
}
