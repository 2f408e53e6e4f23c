/**
 * The browse views of /van-ban/: everything, by year, by kind; each paginated.
 * Pure over the graph's sorted directives, so the routes are testable.
 */
import type { Directive } from './schema/index.ts';
import { yearOf } from './dates.ts';
import { DIRECTIVE_KINDS, type DirectiveKind } from './vocabulary.ts';
import { paginate, routes } from './routes.ts';

export type ListingFilter = { by: 'all' } | { by: 'year'; year: number | null } | { by: 'kind'; kind: string };

export interface ListingPage<T> {
  /** The rest parameter of /van-ban/[...listing]: undefined for /van-ban/ itself. */
  listing: string | undefined;
  filter: ListingFilter;
  page: number;
  totalPages: number;
  items: T[];
  total: number;
  href: (page: number) => string;
}

function directiveYear(d: Pick<Directive, 'issued'>): number | null {
  return d.issued ? yearOf(d.issued) : null;
}

export interface ListingFacets {
  years: { year: number | null; count: number }[];
  kinds: { kind: DirectiveKind; count: number }[];
  issuers: { id: string; count: number }[];
}

const facetCache = new WeakMap<readonly unknown[], ListingFacets>();

/**
 * Years (newest first, undated last), kinds (vocabulary order) and issuers,
 * each with its count: one pass, memoised, since every listing page shows them.
 */
export function listingFacets<T extends { data: Directive }>(directives: readonly T[]): ListingFacets {
  const cached = facetCache.get(directives);
  if (cached) return cached;
  const years = new Map<number | null, number>();
  const kinds = new Map<DirectiveKind, number>();
  const issuers = new Map<string, number>();
  for (const { data } of directives) {
    const year = directiveYear(data);
    years.set(year, (years.get(year) ?? 0) + 1);
    kinds.set(data.kind, (kinds.get(data.kind) ?? 0) + 1);
    issuers.set(data.issuer, (issuers.get(data.issuer) ?? 0) + 1);
  }
  const facets: ListingFacets = {
    years: [...years].map(([year, count]) => ({ year, count })).sort((a, b) => (b.year ?? -1) - (a.year ?? -1)),
    kinds: DIRECTIVE_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind)! })),
    issuers: [...issuers].map(([id, count]) => ({ id, count })),
  };
  facetCache.set(directives, facets);
  return facets;
}

export function directiveListings<T extends { data: Directive }>(directives: readonly T[]): ListingPage<T>[] {
  const groups: { filter: ListingFilter; items: readonly T[]; href: (page: number) => string }[] = [
    { filter: { by: 'all' }, items: directives, href: (p) => routes.directives(p) },
  ];
  const facets = listingFacets(directives);
  for (const { year } of facets.years) {
    groups.push({
      filter: { by: 'year', year },
      items: directives.filter((d) => directiveYear(d.data) === year),
      href: (p) => routes.directivesByYear(year, p),
    });
  }
  for (const { kind } of facets.kinds) {
    groups.push({
      filter: { by: 'kind', kind },
      items: directives.filter((d) => d.data.kind === kind),
      href: (p) => routes.directivesByKind(kind, p),
    });
  }
  return groups.flatMap(({ filter, items, href }) => {
    const pages = paginate(items);
    return pages.map((pageItems, i) => {
      const path = href(i + 1)
        .replace(/^\/van-ban\//, '')
        .replace(/\/$/, '');
      return { listing: path || undefined, filter, page: i + 1, totalPages: pages.length, items: pageItems, total: items.length, href };
    });
  });
}
