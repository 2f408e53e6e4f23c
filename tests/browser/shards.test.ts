/**
 * The search index in shards (src/search/shards.ts), in Chromium: the
 * fixture corpus built twice, as one index and cut into shards of 25 pages,
 * must search alike: the same results, the same facet counts, and a
 * newest-first list in date order across shards.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/vi.ts';
import { SECURITY_HEADERS } from '../../src/domain/hosting.ts';
import { SHARD_PAGES_ENV } from '../../src/settings.ts';
import { buildSite } from '../support/build.ts';
import { allResultUrls, waitForSearch } from '../../harness/search-driver.ts';
import { DESKTOP, launchChromium } from '../../harness/chromium.ts';
import { serveStatic, watchConsole, type Served } from './harness.ts';

const QUERIES = ['thi dua', 'dien hinh tien tien', 'nong thon moi', 'khen thuong'];
/**
 * Also a word typed in part, a quoted phrase, a document number and words no
 * page has. The newest shard has "thi" but neither "dua" nor "khen": Pagefind
 * alone would answer from it with pages that have "thi" only. A shard without
 * "3/PD-UBND" would search "3" instead, and one without "dua" would leave
 * out "duaqq", for which one index searches "dua".
 */
const SAME_RESULTS = [...QUERIES, 'khen thu', '"thi đua"', '03/PĐ-UBND thi đua', 'thi duaqq', 'thi đua xyzw'];

let whole: Served;
let sharded: Served;
let shardedDist: string;
let browser: Browser;

beforeAll(async () => {
  const [one, many] = await Promise.all([buildSite('corpus'), buildSite('corpus', { [SHARD_PAGES_ENV]: '25' })]);
  shardedDist = many;
  whole = await serveStatic(one, { headers: SECURITY_HEADERS });
  sharded = await serveStatic(many, { headers: SECURITY_HEADERS });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await whole?.stop();
  await sharded?.stop();
});

/** Every result of a search on one site, and the dates shown with them. */
async function searchAll(site: Served, query: string): Promise<{ urls: string[]; dates: string[]; errors: string[] }> {
  const context = await browser.newContext(DESKTOP);
  try {
    const page = await context.newPage();
    const log = watchConsole(page);
    await page.goto(`${site.url}/tim-kiem/?${query}`);
    await waitForSearch(page, null);
    const urls = await allResultUrls(page);
    const dates = (await page.locator('[data-search-results] .result-meta').allTextContents()).map((m) => {
      const d = /(\d{2})\/(\d{2})\/(\d{4})/u.exec(m);
      return d ? `${d[3]}-${d[2]}-${d[1]}` : '';
    });
    return { urls, dates, errors: log.errors };
  } finally {
    await context.close();
  }
}

/** The facet values and counts the filter panel offers. */
async function facetLabels(site: Served, query: string): Promise<string[]> {
  const context = await browser.newContext(DESKTOP);
  try {
    const page: Page = await context.newPage();
    await page.goto(`${site.url}/tim-kiem/?${query}`);
    await waitForSearch(page, null);
    await page.getByRole('button', { name: ui.search.filtersTitle }).click();
    await expect.poll(() => page.locator('[data-search-facets] input').count()).toBeGreaterThan(0);
    return (await page.locator('[data-search-facets] label').allTextContents()).sort();
  } finally {
    await context.close();
  }
}

describe('the search index in shards', () => {
  it('is written as a primary bundle and older shards holding only their data, and the search page lists them', () => {
    const bundle = join(shardedDist, 'pagefind');
    const shards = readdirSync(bundle)
      .filter((name) => name.startsWith('shard-'))
      .sort();
    expect(shards.length).toBeGreaterThanOrEqual(2);
    for (const shard of shards) {
      const files = readdirSync(join(bundle, shard));
      expect(files.filter((f) => !/^(?:index|fragment|filter|pagefind-entry\.json|.+\.pf_meta)$/u.test(f))).toEqual([]);
      expect(files).toContain('pagefind-entry.json');
    }
    const listed = /data-search-shards="([^"]*)"/u.exec(readFileSync(join(shardedDist, 'tim-kiem/index.html'), 'utf8'))?.[1];
    expect(listed?.split(' ')).toEqual(['/pagefind/', ...[...shards].reverse().map((s) => `/pagefind/${s}/`)]);
  });

  it('finds the same results as one index', async () => {
    for (const q of SAME_RESULTS) {
      const query = `q=${encodeURIComponent(q)}`;
      const [one, many] = await Promise.all([searchAll(whole, query), searchAll(sharded, query)]);
      expect(one.urls.length, q).toBeGreaterThan(0);
      expect([...many.urls].sort(), q).toEqual([...one.urls].sort());
      expect(many.errors).toEqual([]);
    }
  });

  it('lists newest first across shards, as one index does', async () => {
    for (const q of QUERIES) {
      const query = `q=${encodeURIComponent(q)}&sap-xep=moi-nhat`;
      const [one, many] = await Promise.all([searchAll(whole, query), searchAll(sharded, query)]);
      expect(many.dates, q).toEqual(one.dates);
      // Entries dated by year or month alone show no day: the full dates must still run newest first.
      const days = many.dates.filter(Boolean);
      expect(days.length, q).toBeGreaterThan(1);
      expect([...days].sort().reverse(), q).toEqual(days);
      expect([...many.urls].sort(), q).toEqual([...one.urls].sort());
    }
  });

  it('counts facet values over every shard', async () => {
    const query = `q=${encodeURIComponent('thi dua')}`;
    expect(await facetLabels(sharded, query)).toEqual(await facetLabels(whole, query));
  });
});
