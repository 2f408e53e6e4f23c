/**
 * The relevance set (relevance-set.ts) against the real thing: the site is
 * built with `npm run build`'s script (Astro, then the search index), served locally,
 * and every query is typed into the search page in Debian's Chromium.
 * Every case must pass.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchChromium } from '../../harness/chromium.ts';
import { serveStatic, type Served } from '../browser/harness.ts';
import { buildSite } from '../support/build.ts';
import { allResultUrls, resultCount, resultUrls, searchFor } from '../../harness/search-driver.ts';
import { CONTENT_CASES, CORPUS_CASES, type RelevanceCase } from './relevance-set.ts';

const path = (url: string) => url.replace(/^\/|\/$/g, '');

describe('the relevance set', () => {
  const all = [...CONTENT_CASES, ...CORPUS_CASES];
  it('has at least 40 queries and covers every kind of query the issue names', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    const covered = new Set(all.flatMap((c) => c.covers));
    for (const kind of ['accents', 'no-accents', 'd-for-đ', 'number', 'slogan', 'name', 'misspelling'] as const)
      expect(covered, kind).toContain(kind);
    const queries = all.map((c) => c.q);
    for (const q of ['dien hinh tien tien', 'nong thon moi', 'thi dua', 'Huu Lung', '01/PD-UBND']) expect(queries).toContain(q);
  });
});

for (const [corpus, cases] of [
  ['content', CONTENT_CASES],
  ['corpus', CORPUS_CASES],
] as const) {
  describe(`search relevance on ${corpus === 'content' ? 'the shipped content' : 'the fixture corpus'}`, () => {
    let site: Served;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const dist = await buildSite(corpus);
      site = await serveStatic(dist);
      browser = await launchChromium();
      page = await (await browser.newContext(DESKTOP)).newPage();
      await page.goto(`${site.url}/tim-kiem/`);
    });
    afterAll(async () => {
      await browser?.close();
      await site?.stop();
    });

    it.each(cases.map((c) => [c.q, c] as [string, RelevanceCase]))('%s', async (_, c) => {
      await searchFor(page, c.q);
      const shown = (await resultUrls(page)).map(path);
      const top3 = shown.slice(0, 3);
      if (c.first) expect(shown[0], `first result for "${c.q}" (got ${top3.join(', ')})`).toBe(c.first);
      for (const entry of c.top3) expect(top3, `top 3 for "${c.q}"`).toContain(entry);
      if (c.sameCountAs) {
        const count = await resultCount(page);
        await searchFor(page, c.sameCountAs);
        expect(count, `"${c.q}" and "${c.sameCountAs}" find as many entries`).toBe(await resultCount(page));
        await searchFor(page, c.q);
      }
      if (c.all) {
        const everything = (await allResultUrls(page)).map(path);
        for (const entry of c.all) expect(everything, `every mention of "${c.q}"`).toContain(entry);
      }
      if (c.absent) {
        await allResultUrls(page);
        const text = (await page.textContent('[data-search-results]')) ?? '';
        expect(text.toLowerCase()).not.toContain(c.absent.toLowerCase());
      }
    });
  });
}
