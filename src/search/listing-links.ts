/**
 * Where a link on a directive listing leads. The static listings hold one
 * facet each (/van-ban/nam/2024/, /van-ban/loai/chi-thi/, an agency's page),
 * newest first; a link that would combine two facets, or ask for the oldest
 * first, goes to the search page with every facet in its URL instead, where
 * an empty query lists what the filters match (docs/architecture.md,
 * "Listings"). Pure.
 */
import { ui } from '../i18n/vi.ts';
import type { ListingFilter } from '../domain/directive-listings.ts';
import { routes } from '../domain/routes.ts';
import { EMPTY_STATE, queryString, type SearchState, type SortOrder } from './facets.ts';
import { doctypeFacetValue, yearFacetValue } from './records.ts';

/** A listing as the search page filters it: a static listing's filter, or an agency's directives (by its name, the facet's value). */
export type ListingScope = ListingFilter | { by: 'issuer'; id: string; name: string };

/** A value of one facet, as a listing's facet link names it. */
export type FacetChoice = { by: 'year'; year: number | null } | { by: 'kind'; kind: string } | { by: 'issuer'; id: string; name: string };

/** The search page listing the directives of every choice together, in `sort` order. */
function listingSearch(choices: readonly (ListingScope | FacetChoice)[], sort: SortOrder = 'newest'): SearchState {
  const filters: SearchState['filters'] = { entry: [ui.search.entryKinds.directive] };
  for (const choice of choices) {
    if (choice.by === 'year') filters.year = [yearFacetValue(choice.year)];
    if (choice.by === 'kind') filters.doctype = [doctypeFacetValue(choice.kind)];
    if (choice.by === 'issuer') filters.issuer = [choice.name];
  }
  return { ...EMPTY_STATE, filters, sort };
}

const searchHref = (search: SearchState): string => `${routes.search()}${queryString(search)}`;

/** The static page of one choice. */
function staticHref(choice: FacetChoice): string {
  if (choice.by === 'year') return routes.directivesByYear(choice.year);
  if (choice.by === 'kind') return routes.directivesByKind(choice.kind);
  return routes.agency(choice.id);
}

/**
 * A facet link on a listing: its static page when the listing is filtered by
 * nothing or by the same facet (another year of a year's listing), else the
 * search page with both facets, so a year chosen on /van-ban/loai/chi-thi/
 * keeps the kind.
 */
export function facetHref(scope: ListingScope, choice: FacetChoice): string {
  if (scope.by === 'all' || scope.by === choice.by) return staticHref(choice);
  return searchHref(listingSearch([scope, choice]));
}

/** The listing, oldest first: on the search page, which sorts what the filters match. */
export function oldestFirstHref(scope: ListingScope): string {
  return searchHref(listingSearch([scope], 'oldest'));
}
