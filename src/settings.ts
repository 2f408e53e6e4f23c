/**
 * The build's settings, read from the environment and the clock here and
 * nowhere else. Tests and the benchmark point the very same build at another
 * corpus, cache or site with these variables, so there is one pipeline; and
 * every part of one build takes the same "today", so a build that runs
 * across midnight never publishes one day's entries and indexes another's
 * (cli/build.ts hands its day to Astro's process as ARCHIVE_TODAY).
 *
 * Adapters, pages and entry points ask settings(); rules get the values
 * passed in.
 */
import { resolve } from 'node:path';
import { parsePartialDate, todayIso } from './domain/dates.ts';
import { SHARD_PAGES } from './search/shards.ts';

/** The content root, relative to the working directory (default: ./content). */
export const CONTENT_DIR_ENV = 'ARCHIVE_CONTENT_DIR';
/** Astro's cacheDir, and the search index's cache below it. */
export const CACHE_DIR_ENV = 'ARCHIVE_CACHE_DIR';
/** The site's public address (canonical links, sitemap, feeds, permanent links): required by a build. */
export const SITE_URL_ENV = 'ARCHIVE_SITE_URL';
/** Set by tests to cut a small archive into several shards. */
export const SHARD_PAGES_ENV = 'ARCHIVE_SEARCH_SHARD_PAGES';
/** The day the build publishes as of, 'YYYY-MM-DD' (default: today in Vietnam). */
export const TODAY_ENV = 'ARCHIVE_TODAY';
/** Where Astro's process leaves the search records for the index step (cli/build.ts sets it). */
export const SEARCH_RECORDS_ENV = 'ARCHIVE_SEARCH_RECORDS';
/** Where the build writes its phase timings (the benchmark sets it; src/integrations/build-timings.ts). */
export const BUILD_TIMINGS_ENV = 'ARCHIVE_BUILD_TIMINGS';

/**
 * The address when ARCHIVE_SITE_URL is not set: `npm run dev` and
 * `npm run check` run with it, a build refuses it (siteUrlRefusal), so
 * canonical links, the sitemap and the feeds never point at a domain that
 * is not the site's.
 */
export const PLACEHOLDER_SITE_URL = 'https://luutru.example.gov.vn';

export interface Settings {
  /** Absolute path of the content root. */
  contentRoot: string;
  /** Astro's cacheDir as given; undefined: Astro's own (node_modules/.astro). */
  cacheDir: string | undefined;
  /** An origin, without a trailing slash: ARCHIVE_SITE_URL, or the placeholder a build refuses. */
  siteUrl: string;
  /** Pages per search shard (src/search/shards.ts). */
  searchShardPages: number;
  /** 'YYYY-MM-DD': what is published, and which campaigns are under way, as of this day. */
  today: string;
  /** The search records handoff file (searchRecordsHandoff), when the index step runs after Astro. */
  searchRecordsFile: string | undefined;
  /** The build timings file, when the benchmark asks for one. */
  buildTimingsFile: string | undefined;
}

type Environment = Readonly<Record<string, string | undefined>>;

/** A positive whole number of pages, or the default: a bad value only ever means "not set". */
function shardPages(value: string | undefined): number {
  const pages = Number(value);
  return Number.isInteger(pages) && pages > 0 ? pages : SHARD_PAGES;
}

/** A wrong day would silently publish or hide entries: it stops the build instead. */
function today(value: string | undefined, now: Date): string {
  if (!value) return todayIso(now);
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || parsePartialDate(value)?.day == null) {
    throw new Error(`${TODAY_ENV}="${value}" không phải một ngày có thật dạng YYYY-MM-DD (ví dụ 2025-03-18).`);
  }
  return value;
}

/** An origin (scheme and host): the site is built for its domain's root, so a path, query or login is a mistake. */
function siteUrl(value: string | undefined): string {
  if (!value) return PLACEHOLDER_SITE_URL;
  const url = URL.parse(value);
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `${SITE_URL_ENV}="${value}" không phải địa chỉ gốc của trang: cần dạng https://tên-miền (ví dụ https://thiduakhenthuong.langson.gov.vn), không có đường dẫn phía sau.`,
    );
  }
  return url.origin;
}

/**
 * Why a build with these settings must not go out, or null. A build
 * writes the address into every page's canonical link, the sitemap, the
 * feeds and the permanent links: the placeholder would publish them all
 * pointing elsewhere.
 */
export function siteUrlRefusal({ siteUrl: url }: Pick<Settings, 'siteUrl'>): string | null {
  if (url !== PLACEHOLDER_SITE_URL) return null;
  return [
    `Chưa đặt địa chỉ của trang: bản dựng để đăng cần biến môi trường ${SITE_URL_ENV} là địa chỉ thật của trang,`,
    `ví dụ: ${SITE_URL_ENV}=https://thiduakhenthuong.langson.gov.vn npm run build`,
    'Địa chỉ này đi vào đường dẫn chuẩn (canonical) của mọi trang, sơ đồ trang, nguồn tin RSS và đường dẫn cố định.',
    'Chỉ để xem thử trên máy này: npm run build:local (địa chỉ http://127.0.0.1:4321), rồi npm run preview.',
  ].join('\n');
}

/** The settings of a process with this environment, clock and working directory. */
export function readSettings(env: Environment, now: Date, cwd: string): Settings {
  return {
    contentRoot: resolve(cwd, env[CONTENT_DIR_ENV] || 'content'),
    cacheDir: env[CACHE_DIR_ENV] || undefined,
    siteUrl: siteUrl(env[SITE_URL_ENV]),
    searchShardPages: shardPages(env[SHARD_PAGES_ENV]),
    today: today(env[TODAY_ENV], now),
    searchRecordsFile: env[SEARCH_RECORDS_ENV] || undefined,
    buildTimingsFile: env[BUILD_TIMINGS_ENV] || undefined,
  };
}

let current: Settings | undefined;

/** This process' settings, read once: every later question gets the same answers, the same day included. */
export function settings(): Settings {
  current ??= readSettings(process.env, new Date(), process.cwd());
  return current;
}

/**
 * Runs `run` with one more environment variable, restored after. For a
 * library that takes an option from its environment only (Pagefind's index
 * chunk size: src/search/index-step/pagefind-run.ts); here because this is
 * the one module that touches process.env.
 */
export async function withEnvironmentVariable<T>(name: string, value: string, run: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}
