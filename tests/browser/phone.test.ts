/**
 * Phone first, in Debian's Chromium on the real builds served by nginx: at
 * 390×844 and 320×640, on every page type, the site's chrome above the <h1>
 * stays within 120 px, no page scrolls sideways, and the target, actual and
 * percent of every indicator or target row are on screen. Also: the
 * navigation's disclosure without JavaScript, body tables' scroll cue and
 * sticky first column, the search page's first results in the first screen,
 * a kind's listing handing a year on to the search page with both facets,
 * a long directive's table of contents beside its body on a wide screen,
 * and the page-weight budget. First screens go to test-results/screenshots/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../../harness/build.ts';
import { launchChromium, DESKTOP } from '../../harness/chromium.ts';
import { startNginx } from '../../harness/nginx.ts';
import { waitForSearch } from '../../harness/search-driver.ts';
import { ui } from '../../src/i18n/vi.ts';
import { directivePages, scanScripts } from '../../bench/weights.ts';
import { buildSite } from '../support/build.ts';
import type { Served } from './harness.ts';

const SCREENSHOTS = join(PROJECT, 'test-results/screenshots');
/** What the site's chrome (header, breadcrumbs) may take above the <h1>. */
const CHROME_BUDGET = 120;
/** A directive page on a slow link: its HTML and CSS, gzipped as nginx sends them. */
const DIRECTIVE_PAGE_BUDGET = 25 * 1024;

const PHONES = [
  { name: '390', viewport: { width: 390, height: 844 } },
  { name: '320', viewport: { width: 320, height: 640 } },
] as const;

/** One page of each type, per corpus (the shipped content has no figure yet). */
const PAGE_TYPES: Record<string, Record<string, string>> = {
  content: {
    home: '/',
    directive: '/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/',
    campaign: '/phong-trao/hoa-an-thi-dua-2-thang-cuoi-nam-2022/',
    result: '/ket-qua/hoa-an-ket-qua-10-thang-2022/',
    agency: '/co-quan/ubnd-huyen-huu-lung/',
    listing: '/van-ban/loai/phat-dong/',
    search: '/tim-kiem/?q=thi+dua',
  },
  corpus: {
    directive: '/van-ban/dong-tam-01-kh-ubnd-2021/',
    'directive-targets': '/van-ban/bac-ha-son-40-kh-ubnd-2022/',
    figure: '/dien-hinh/dang-thi-diep/',
    campaign: '/phong-trao/dong-dao-xay-dung-xa-nong-thon-moi-kieu-mau/',
    result: '/ket-qua/bao-cao-chuyen-doi-so-son-dong-6-thang-2026/',
    agency: '/co-quan/ubnd-huyen-dong-tam/',
    listing: '/van-ban/trang/2/',
    search: '/tim-kiem/?q=nong+thon+moi',
  },
};

/** The labels of the cells a reader compares in a row: what was planned, what was done, and the percent. */
const COMPARED: readonly string[] = [ui.result.target, ui.result.actual, ui.result.percent];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

async function settle(page: Page) {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (new URL(page.url()).pathname.startsWith('/tim-kiem/')) await waitForSearch(page, null);
}

describe.each(Object.keys(PAGE_TYPES))('the site built from %s, on phones', (corpus) => {
  let server: Served;
  beforeAll(async () => {
    server = await startNginx(await buildSite(corpus));
  });
  afterAll(() => server?.stop());

  for (const phone of PHONES) {
    for (const [name, path] of Object.entries(PAGE_TYPES[corpus]!)) {
      it(`${name} at ${phone.name} px: h1 within ${CHROME_BUDGET} px, no sideways scroll, compared figures on screen`, async () => {
        const context = await browser.newContext({ viewport: phone.viewport, reducedMotion: 'reduce', isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await settle(page);
        const h1 = await page.locator('h1').boundingBox();
        expect(h1!.y).toBeLessThanOrEqual(CHROME_BUDGET);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        // Every target, actual and percent cell of every indicator or target row, inside the viewport's width.
        const cells = await page.evaluate((labels) => {
          const out: { label: string; left: number; right: number }[] = [];
          for (const td of document.querySelectorAll<HTMLElement>('main table.card-table td[data-label]')) {
            const label = td.dataset['label']!;
            if (!labels.includes(label)) continue;
            const box = td.getBoundingClientRect();
            out.push({ label, left: box.left, right: box.right });
          }
          return { cells: out, width: window.innerWidth };
        }, COMPARED);
        for (const cell of cells.cells) {
          expect(cell.left, cell.label).toBeGreaterThanOrEqual(0);
          expect(cell.right, cell.label).toBeLessThanOrEqual(cells.width);
        }
        if (name === 'result' || name === 'directive-targets') expect(cells.cells.length).toBeGreaterThanOrEqual(2);
        if (name === 'search') {
          const first = await page.locator('[data-search-results] > li').first().boundingBox();
          expect(first!.y).toBeLessThan(phone.viewport.height);
        }
        await page.screenshot({ path: join(SCREENSHOTS, `${corpus}-${name}-${phone.name}.png`) });
        await context.close();
      });
    }
  }

  it(`keeps every directive page within ${DIRECTIVE_PAGE_BUDGET / 1024} KB of HTML and CSS gzipped, and no JavaScript outside search`, async () => {
    const dist = await buildSite(corpus);
    const { largest } = directivePages(dist);
    expect(largest.htmlCssGzip, largest.path).toBeLessThanOrEqual(DIRECTIVE_PAGE_BUDGET);
    const scripts = scanScripts(dist);
    expect(scripts.pagesWithJs, scripts.examples.join(', ')).toBe(0);
    expect(scripts.pages).toBeGreaterThan(20);
  });

  it('the navigation is a disclosure that opens without JavaScript on a phone, and shows in full on a wide screen', async () => {
    const path = Object.values(PAGE_TYPES[corpus]!)[1]!;
    const phone = await browser.newContext({ viewport: PHONES[0].viewport, javaScriptEnabled: false });
    const page = await phone.newPage();
    await page.goto(`${server.url}${path}`);
    const link = page.locator('nav.site-nav a', { hasText: ui.nav.agencies });
    expect(await link.isVisible()).toBe(false);
    await page.locator('summary', { hasText: ui.layout.menu }).click();
    await expect.poll(() => link.isVisible()).toBe(true);
    const box = await link.boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, `${corpus}-menu-open-390.png`) });
    await phone.close();

    const wide = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
    const desktop = await wide.newPage();
    await desktop.goto(`${server.url}${path}`);
    expect(await desktop.locator('nav.site-nav a', { hasText: ui.nav.agencies }).isVisible()).toBe(true);
    expect(await desktop.locator('summary', { hasText: ui.layout.menu }).isVisible()).toBe(false);
    await wide.close();
  });
});

describe('wide body tables on a phone (fixture corpus)', () => {
  it('scroll in their box with a shadow at the edge, keeping the first column in view', async () => {
    const server = await startNginx(await buildSite('corpus'));
    try {
      const page = await browser.newPage({ viewport: PHONES[1].viewport });
      await page.goto(`${server.url}${PAGE_TYPES['corpus']!['directive']}`);
      await settle(page);
      const region = page.locator('.prose .table-scroll').first();
      const before = await region.evaluate((el) => ({
        overflow: el.scrollWidth - el.clientWidth,
        background: getComputedStyle(el).backgroundImage,
        first: el.querySelector('tbody tr > :first-child')!.getBoundingClientRect().left,
        second: el.querySelector('tbody tr > :nth-child(2)')!.getBoundingClientRect().left,
      }));
      expect(before.overflow).toBeGreaterThan(0);
      expect(before.background).toMatch(/radial-gradient/);
      await region.evaluate((el) => el.scrollBy({ left: el.scrollWidth }));
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      const after = await region.evaluate((el) => ({
        first: el.querySelector('tbody tr > :first-child')!.getBoundingClientRect().left,
        second: el.querySelector('tbody tr > :nth-child(2)')!.getBoundingClientRect().left,
      }));
      // The first column stayed; the second moved under it.
      expect(after.first).toBe(before.first);
      expect(after.second).toBeLessThan(before.second);
      // Beside the held column, the values keep at least 40% of the region's width.
      const held = await region.evaluate((el) => {
        const first = el.querySelector('tbody tr > :first-child')!.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return (box.right - first.right) / box.width;
      });
      expect(held).toBeGreaterThanOrEqual(0.4);
      await region.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, 'corpus-body-table-scrolled-320.png') });
      await page.close();
    } finally {
      await server.stop();
    }
  });
});

describe('a long directive’s table of contents (fixture corpus)', () => {
  const path = PAGE_TYPES['corpus']!['directive']!;
  /** The one table of contents and the body's text, as boxes in the viewport. */
  const boxes = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element) => {
        const { left, right, top, bottom, width } = el.getBoundingClientRect();
        return { left, right, top, bottom, width };
      };
      const tables = document.querySelectorAll('nav.contents');
      return { count: tables.length, toc: box(tables[0]!), body: box(document.querySelector('.prose')!), height: innerHeight };
    });

  it('sits in the side column on a wide screen and stays in view while the body scrolls', async () => {
    const server = await startNginx(await buildSite('corpus'));
    try {
      const page = await browser.newPage(DESKTOP);
      await page.goto(`${server.url}${path}`);
      await settle(page);
      const before = await boxes(page);
      expect(before.count).toBe(1);
      expect(before.toc.left).toBeGreaterThanOrEqual(before.body.right);
      // Scrolled to the middle of the body, the contents are still on screen, beside it.
      await page.evaluate(() => {
        const body = document.querySelector('.prose')!.getBoundingClientRect();
        scrollTo(0, scrollY + body.top + body.height / 2);
      });
      await expect.poll(async () => (await boxes(page)).body.top).toBeLessThan(0);
      const after = await boxes(page);
      expect(after.toc.top).toBeGreaterThanOrEqual(0);
      expect(after.toc.bottom).toBeLessThanOrEqual(after.height);
      expect(after.toc.left).toBeGreaterThanOrEqual(after.body.right);
      await page.screenshot({ path: join(SCREENSHOTS, 'corpus-directive-contents-scrolled-1280.png') });
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it.each(PHONES)('stays before the body, full width, at $name px', async (phone) => {
    const server = await startNginx(await buildSite('corpus'));
    try {
      const page = await browser.newPage({ viewport: phone.viewport });
      await page.goto(`${server.url}${path}`);
      await settle(page);
      const { count, toc, body } = await boxes(page);
      expect(count).toBe(1);
      expect(toc.bottom).toBeLessThanOrEqual(body.top);
      expect(toc.width).toBe(body.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});

describe('a kind’s listing and the search page', () => {
  it('a year chosen on /van-ban/loai/chi-thi/ keeps the kind: the search page lists that kind’s documents of that year', async () => {
    const server = await startNginx(await buildSite('corpus'));
    try {
      const page = await browser.newPage(DESKTOP);
      await page.goto(`${server.url}/van-ban/loai/chi-thi/`);
      const year = page.locator('.listing-facets a', { hasText: /^2023$/ });
      await year.click();
      await page.waitForURL(/\/tim-kiem\//);
      const url = new URL(page.url());
      expect(url.searchParams.get('loai-van-ban')).toBe('Chỉ thị');
      expect(url.searchParams.get('nam')).toBe('2023');
      expect(url.searchParams.get('q')).toBeNull();
      await waitForSearch(page, null);
      const metas = await page.locator('[data-search-results] .result-meta').allTextContents();
      expect(metas.length).toBeGreaterThan(0);
      for (const meta of metas) {
        expect(meta).toContain('Chỉ thị');
        expect(meta).toMatch(/\/2023\b/);
      }
      await page.close();
    } finally {
      await server.stop();
    }
  });

  it('lists a listing oldest first on the search page, with an empty query', async () => {
    const server = await startNginx(await buildSite('corpus'));
    try {
      const page = await browser.newPage(DESKTOP);
      await page.goto(`${server.url}/co-quan/ubnd-huyen-dong-tam/`);
      await page.locator('.listing-sort a', { hasText: ui.listing.oldest }).click();
      await page.waitForURL(/sap-xep=cu-nhat/);
      await waitForSearch(page, null);
      const dates = await page.locator('[data-search-results] .result-meta').allTextContents();
      const iso = dates.map((d) => /(\d{2})\/(\d{2})\/(\d{4})/.exec(d)).flatMap((m) => (m ? [`${m[3]}-${m[2]}-${m[1]}`] : []));
      expect(iso.length).toBeGreaterThan(2);
      expect(iso).toEqual([...iso].sort());
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
