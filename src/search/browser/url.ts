/**
 * The search page's address ⇄ its search state: the URL is where a search
 * lives, so it can be shared, reloaded and walked back to. The parameters
 * themselves are stateFromParams and paramsFromState (facets.ts, which also
 * cleans a query); this is what the page reads and writes. Pure.
 */
import { queryString, stateFromParams, type SearchState } from '../facets.ts';

/** The search a query string (`location.search`) holds. */
export function stateFromUrl(search: string): SearchState {
  return stateFromParams(new URLSearchParams(search));
}

/** The address of `search` on the page at `location`; null when the page is there already. */
export function urlFor(location: { pathname: string; search: string }, search: SearchState): string | null {
  const url = `${location.pathname}${queryString(search)}`;
  return url === `${location.pathname}${location.search}` ? null : url;
}
