/** Every URL the site writes, in one place: ASCII, with a trailing slash (data files end in their format). */
import type { CollectionName } from './publication.ts';
import { slugify } from './vietnamese.ts';

const PAGE_SIZE = 20;

/** The picture a share card shows, one per kind of page (public/chia-se/, made once by cli/share-images.ts). */
const SHARE_IMAGE = {
  home: 'trang-chu',
  directive: 'van-ban',
  campaign: 'phong-trao',
  figure: 'dien-hinh',
  result: 'ket-qua',
  agency: 'co-quan',
} as const;
export type ShareKind = keyof typeof SHARE_IMAGE;
export const SHARE_KINDS = Object.keys(SHARE_IMAGE) as ShareKind[];

export const routes = {
  home: () => '/',
  directives: (page = 1) => (page > 1 ? `/van-ban/trang/${page}/` : '/van-ban/'),
  directivesByYear: (year: number | null, page = 1) => `/van-ban/nam/${year ?? 'khong-ro'}/${page > 1 ? `trang/${page}/` : ''}`,
  directivesByKind: (kind: string, page = 1) => `/van-ban/loai/${slugify(kind)}/${page > 1 ? `trang/${page}/` : ''}`,
  directive: (id: string) => `/van-ban/${id}/`,
  campaigns: () => '/phong-trao/',
  campaign: (id: string) => `/phong-trao/${id}/`,
  figures: () => '/dien-hinh/',
  figure: (id: string) => `/dien-hinh/${id}/`,
  results: () => '/ket-qua/',
  result: (id: string) => `/ket-qua/${id}/`,
  agencies: () => '/co-quan/',
  agency: (id: string, page = 1) => `/co-quan/${id}/${page > 1 ? `trang/${page}/` : ''}`,
  attachment: (file: string) => `/tep/${file}`,
  search: () => '/tim-kiem/',
  /** Written by @astrojs/sitemap. */
  sitemap: () => '/sitemap-index.xml',
  shareImage: (kind: ShareKind) => `/chia-se/${SHARE_IMAGE[kind]}.png`,
  /** RSS 2.0 feeds (src/domain/feeds.ts): everything, each collection, each agency, each campaign. */
  feed: () => '/rss.xml',
  directivesFeed: () => '/van-ban/rss.xml',
  campaignsFeed: () => '/phong-trao/rss.xml',
  figuresFeed: () => '/dien-hinh/rss.xml',
  resultsFeed: () => '/ket-qua/rss.xml',
  agencyFeed: (id: string) => `/co-quan/${id}/rss.xml`,
  campaignFeed: (id: string) => `/phong-trao/${id}/rss.xml`,
  /** A directive's permanent identifier (src/domain/redirects.ts): issuer's id, year, number as a slug. */
  eli: (issuer: string, year: number, number: string) => `/eli/${issuer}/${year}/${number}/`,
  data: () => '/du-lieu/',
  /** A whole collection (or the indicators' table) in one file. */
  dataTable: (name: string, format: 'json' | 'csv') => `/du-lieu/${name}.${format}`,
  /** One entry's data, under its collection's section name: /du-lieu/van-ban/<id>.json. */
  dataEntry: (collection: CollectionName, id: string) => `/du-lieu/${SECTION[collection]}/${id}.json`,
  dataSchema: (collection: CollectionName) => `/du-lieu/schema/${SECTION[collection]}.json`,
} as const;

/** An entry's page, by collection. */
export const ENTRY_ROUTE: Readonly<Record<CollectionName, (id: string) => string>> = {
  directives: routes.directive,
  campaigns: routes.campaign,
  figures: routes.figure,
  results: routes.result,
  agencies: (id) => routes.agency(id),
};

/** Each collection's section of the site ("van-ban"): the first segment of its entries' pages, from the routes themselves. */
export const SECTION = Object.fromEntries(
  Object.entries(ENTRY_ROUTE).map(([collection, route]) => [collection, route('x').split('/')[1]!]),
) as Readonly<Record<CollectionName, string>>;

/** Split a list into pages of PAGE_SIZE; always at least one (possibly empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
