/**
 * What is public. Drafts and entries dated in the future are held back from
 * every page, listing, feed, sitemap and index; this is the one definition.
 */
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';
import { dateRange, type PartialDate } from './dates.ts';

export interface EntryDataByCollection {
  directives: Directive;
  campaigns: Campaign;
  figures: Figure;
  results: Result;
  agencies: Agency;
}
export type CollectionName = keyof EntryDataByCollection;

/** The date that makes an entry public, if it has one. */
function publicationDate<C extends CollectionName>(collection: C, data: EntryDataByCollection[C]): PartialDate | null {
  switch (collection) {
    case 'directives':
      return (data as Directive).issued;
    case 'figures':
      return (data as Figure).decision.date;
    case 'results':
      return (data as Result).report.date;
    default:
      return null;
  }
}

export function isPublished<C extends CollectionName>(collection: C, data: EntryDataByCollection[C], today: string): boolean {
  if ('draft' in data && data.draft) return false;
  const date = publicationDate(collection, data);
  return date === null || dateRange(date).start <= today;
}
