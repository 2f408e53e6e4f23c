/**
 * The search page in Debian's Chromium, against the site built from the
 * shipped content and served locally with the site's security headers
 * (so a CSP violation shows up as a console error and fails the test).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/vi.ts';
import { SECURITY_HEADERS } from '../../src/domain/hosting.ts';
import { buildSite, TMP } from '../support/build.ts';
import { PAGE_SIZE } from '../../src/search/browser/page.ts';
import { currentRun, INPUT, LAYOUT, resultCount, resultUrls, searchFor, waitForSearch } from '../../harness/search-driver.ts';
import { DESKTOP, launchChromium, MOBILE, trackTransfers } from '../../harness/chromium.ts';
import { serveStatic, waitForExcerpts, watchConsole, type ConsoleLog, type Served } from './harness.ts';

let site: Served;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  const dist = await buildSite('content');
  site = await serveStatic(dist, { headers: SECURITY_HEADERS });
  browser = await launchChromium();
});
afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await site?.stop();
});

async function open(
  options: Parameters<Browser['newContext']>[0] = DESKTOP,
): Promise<{ context: BrowserContext; page: Page; log: ConsoleLog }> {
  const context = await browser.newContext(options);
  contexts.push(context);
  const page = await context.newPage();
  return { context, page, log: watchConsole(page) };
}

const searchParams = (page: Page) => new URL(page.url()).searchParams;

/** Paths a page requests, in order. */
function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Each result on screen: its path, where its top is (px from the viewport's top), and its excerpt's state. */
function resultBoxes(page: Page) {
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((li) => ({
      path: new URL(li.querySelector('a')!.href).pathname,
      top: li.getBoundingClientRect().top,
      excerpt: li.querySelector('.result-excerpt')?.getAttribute('data-excerpt') ?? null,
      marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

/**
 * Wait until the results near the viewport have their excerpts: every fetch
 * the page makes before something scrolls is then done. (Not 'networkidle':
 * reached once, while Pagefind loaded, it stays reached as the excerpts are
 * fetched, and so returned before they were.)
 */
async function quiet(page: Page) {
  await waitForExcerpts(page);
}

/**
 * The layout shifts of the search page from its first paint until it is
 * ready, excerpts near the screen filled in: its script is held back until
 * the page has painted (as on a slow phone, where the HTML paints before the
 * script runs), then the total is read from a buffered 'layout-shift'
 * observer once the frame after that state has been drawn.
 */
async function layoutShiftOfSearch(page: Page, url: string): Promise<number> {
  await page.route('**/_astro/*.js', async (route) => {
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await route.continue();
  });
  await page.goto(url);
  await waitForSearch(page, null);
  await quiet(page);
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            done(total);
          }),
        );
      }),
  );
}

describe('search page', () => {
  it('finds results while typing, with title, kind, number, date and a highlighted excerpt', async () => {
    const { page, log } = await open();
    await page.goto(`${site.url}/tim-kiem/`);
    await expect.poll(() => page.getAttribute(LAYOUT, 'data-state')).toBe('idle');
    const before = await currentRun(page);
    await page.locator(INPUT).pressSequentially('dien hinh tien tien', { delay: 20 });
    await waitForSearch(page, before);
    await expect.poll(() => page.getAttribute(LAYOUT, 'data-query')).toBe('dien hinh tien tien');

    expect(searchParams(page).get('q')).toBe('dien hinh tien tien');
    const item = page.locator('[data-search-results] > li').filter({ has: page.locator('a[href="/van-ban/huu-lung-01-pd-ubnd-2024/"]') });
    expect(await item.locator('h3 a').textContent()).toMatch(/^Phong trào thi đua chào mừng kỷ niệm 78 năm/);
    const meta = (await item.locator('.result-meta').textContent()) ?? '';
    expect(meta).toBe(`${ui.search.entryKinds.directive} · Phát động · Số 01/PD-UBND · Ngày 19/03/2024 · Ủy ban nhân dân huyện Hữu Lũng`);
    // "dien" has no đ, yet the excerpt shows the text as written, highlighted
    // (filled in from the result's page once the result is near the viewport).
    await expect.poll(() => item.locator('.result-excerpt').getAttribute('data-excerpt')).toBe('shown');
    const marks = await item.locator('.result-excerpt mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['điển hình tiên tiến']));
    const status = (await page.textContent('[data-search-status]')) ?? '';
    expect(status).toBe(ui.search.count(await resultCount(page), 'dien hinh tien tien'));
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    expect(log.errors).toEqual([]);
  });

  it('highlights the words of a query that stand together as one phrase, and never one of them alone beside it', async () => {
    const { page, log } = await open();
    await page.goto(`${site.url}/tim-kiem/?q=dien+hinh`);
    await waitForSearch(page, null);
    await waitForExcerpts(page);
    const marks = (await page.locator('[data-search-results] .result-excerpt mark').allTextContents()).map((m) => m.toLowerCase());
    expect(marks).toContain('điển hình');
    // "hình" alone would be the "hình" of "hình thức" and the like.
    expect(marks.filter((m) => m === 'hình')).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  it('reads a quoted phrase as its words in that order, checked in the text of each result', async () => {
    const { page, log } = await open();
    await page.goto(`${site.url}/tim-kiem/`);
    await waitForSearch(page, null);
    // The words in another order are on some pages; as a phrase, on none.
    await searchFor(page, 'hinh dien tien tien');
    expect(await resultCount(page)).toBeGreaterThan(0);
    await searchFor(page, '"hinh dien tien tien"');
    expect(await resultCount(page)).toBe(0);
    expect(await page.textContent('[data-search-status]')).toBe(ui.search.noResults('"hinh dien tien tien"'));

    await searchFor(page, '"điển hình tiên tiến"');
    const urls = await resultUrls(page);
    expect(urls).toContain('/van-ban/cam-my-chi-thi-thi-dua-2023/');
    expect(urls.length).toBeLessThanOrEqual(await resultCount(page));
    // Every result shown has the phrase in its own text or title.
    const phraseIn = await page.evaluate(async (paths) => {
      const fold = (s: string) =>
        s
          .normalize('NFD')
          .toLowerCase()
          .replace(/\p{M}+/gu, '')
          .replace(/đ/gu, 'd')
          .replace(/[^\p{L}\p{N}]+/gu, ' ');
      return Promise.all(paths.map(async (path) => fold(await (await fetch(path)).text()).includes(' dien hinh tien tien ')));
    }, urls);
    expect(phraseIn.every(Boolean)).toBe(true);
    expect(log.errors).toEqual([]);
  });

  it('checks a quoted phrase in every result before showing it, off screen too, and counts "at most" until all are checked', async () => {
    const { page, log } = await open(MOBILE);
    await page.goto(`${site.url}/tim-kiem/?q=${encodeURIComponent('"thi đua"')}`);
    await waitForSearch(page, null);
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(PAGE_SIZE);
    // Each shown result's text was read to check the phrase: its excerpt is in, even far below the screen.
    const boxes = await resultBoxes(page);
    expect(boxes.at(-1)!.top).toBeGreaterThan(await page.evaluate(() => window.innerHeight + 400));
    for (const b of boxes) {
      expect(b.excerpt).toBe('shown');
      expect(b.marks.length).toBeGreaterThan(0);
    }
    expect(await page.textContent('[data-search-status]')).toBe(ui.search.countUpTo(count, '"thi đua"'));
    const more = page.locator('[data-search-more]');
    for (let i = 0; i < 20 && (await more.isVisible()); i++) {
      const shown = await page.locator('[data-search-results] > li').count();
      await more.click();
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('[data-search-results] > li').length > n || !document.querySelector('[data-search-more]:not([hidden])'),
        shown,
      );
    }
    await expect.poll(() => page.locator('[data-search-more]').isVisible()).toBe(false);
    const checked = await page.locator('[data-search-results] > li').count();
    await expect.poll(() => page.textContent('[data-search-status]')).toBe(ui.search.count(checked, '"thi đua"'));
    expect(log.errors).toEqual([]);
  });

  it('shows excerpts of the results near the viewport, and fetches the page of a result only when it is scrolled near', async () => {
    const { page, log } = await open();
    const requested = requestedPaths(page);
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua`);
    await waitForSearch(page, null);
    await quiet(page);
    const height = await page.evaluate(() => window.innerHeight);
    const boxes = await resultBoxes(page);
    expect(boxes).toHaveLength(PAGE_SIZE);
    // The last result starts far below the viewport: its page is not fetched yet.
    const last = boxes.at(-1)!;
    expect(last.top).toBeGreaterThan(height + 400);
    expect(requested).not.toContain(last.path);
    expect(last.excerpt).toBe('waiting');
    // Every result is a list item with its link and metadata, excerpt or not.
    expect(await page.locator('ol[data-search-results] > li h3 a').count()).toBe(PAGE_SIZE);
    expect(await page.locator('[data-search-results] .result-meta').count()).toBe(PAGE_SIZE);
    const visible = boxes.filter((b) => b.top < height);
    expect(visible.length).toBeGreaterThan(1);
    for (const b of visible) {
      expect(b.excerpt).toBe('shown');
      expect(b.marks.length).toBeGreaterThan(0);
    }
    // Only pages of results near the viewport were fetched.
    const fetched = requested.filter((p) => boxes.some((b) => b.path === p));
    expect(fetched.length).toBeGreaterThan(0);
    for (const path of fetched) expect(boxes.find((b) => b.path === path)!.top).toBeLessThan(height + 400);
    // Nothing waits to be announced: excerpts are not live regions.
    expect(await page.locator('[data-search-results] [aria-live]').count()).toBe(0);

    const lastItem = page.locator('[data-search-results] > li').last();
    const waitingHeight = (await lastItem.boundingBox())!.height;
    await lastItem.scrollIntoViewIfNeeded();
    await expect.poll(() => lastItem.locator('.result-excerpt').getAttribute('data-excerpt')).toBe('shown');
    expect(requested.filter((p) => p === last.path)).toHaveLength(1);
    // The room kept for the excerpt was about right: the result grew by less than a line.
    expect(Math.abs((await lastItem.boundingBox())!.height - waitingHeight)).toBeLessThan(28);
    const marks = await page.locator('[data-search-results] > li').last().locator('.result-excerpt mark').allTextContents();
    expect(marks.map((m) => m.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(thi|dua)/u)]),
    );
    expect(log.errors).toEqual([]);
  });

  it('on a phone, fetches no page of a result that has not come near the screen', async () => {
    const { page, log } = await open(MOBILE);
    const requested = requestedPaths(page);
    await page.goto(`${site.url}/tim-kiem/?q=nong+thon+moi`);
    await waitForSearch(page, null);
    await quiet(page);
    const height = await page.evaluate(() => window.innerHeight);
    const boxes = await resultBoxes(page);
    expect(boxes.length).toBeGreaterThan(2);
    for (const b of boxes) {
      if (requested.includes(b.path)) expect(b.top).toBeLessThan(height + 400);
      else expect(b.excerpt).toBe('waiting');
    }
    expect(boxes.filter((b) => requested.includes(b.path)).length).toBeLessThan(boxes.length);
    // Scrolled to, a result shows its excerpt.
    const target = page.locator('[data-search-results] > li').nth(2);
    const waitingHeight = (await target.boundingBox())!.height;
    await target.scrollIntoViewIfNeeded();
    await expect.poll(() => target.locator('.result-excerpt').getAttribute('data-excerpt')).toBe('shown');
    expect(((await target.locator('.result-excerpt').textContent()) ?? '').length).toBeGreaterThan(50);
    expect(Math.abs((await target.boundingBox())!.height - waitingHeight)).toBeLessThan(28);
    expect(log.errors).toEqual([]);
  });

  it('"more results" moves focus to the first new result, and excerpts filling in do not move it', async () => {
    const { page, log } = await open();
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua`);
    await waitForSearch(page, null);
    expect(await resultCount(page)).toBeGreaterThan(PAGE_SIZE);
    await page.getByRole('button', { name: ui.search.more }).click();
    const firstNew = page.locator('[data-search-results] > li').nth(PAGE_SIZE).locator('h3 a');
    await expect.poll(() => firstNew.evaluate((a) => a === document.activeElement)).toBe(true);
    const before = (await firstNew.boundingBox())!.y;
    // Wait until the excerpts on screen are in, and those just off it, then check nothing moved.
    await expect
      .poll(() =>
        page.$$eval(
          '[data-search-results] .result-excerpt',
          (ps) =>
            ps.filter(
              (p) =>
                p.getBoundingClientRect().bottom > 0 &&
                p.getBoundingClientRect().top < window.innerHeight &&
                p.getAttribute('data-excerpt') === 'waiting',
            ).length,
        ),
      )
      .toBe(0);
    await quiet(page);
    expect(await firstNew.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(Math.abs((await firstNew.boundingBox())!.y - before)).toBeLessThanOrEqual(1);
    expect(log.errors).toEqual([]);
  });

  it('applies a facet and a sort, keeps them in the URL, and restores them on reload', async () => {
    const { page, log } = await open();
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua`);
    await waitForSearch(page, null);
    const all = await resultCount(page);

    // The filter panel opens on demand (its data is the heaviest part of a first search).
    const toggle = page.getByRole('button', { name: ui.search.filtersTitle });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-facets] input').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.locator('[data-search-facets] input').count()).toBeGreaterThan(0);

    const before = await currentRun(page);
    // click(), not check(): check() reads the box again right after the click, and the search may already have
    // redrawn the panel with a new box by then. The redrawn box is checked once the search is done.
    const campaignBox = page.getByRole('checkbox', { name: new RegExp(`^${ui.search.entryKinds.campaign} \\(\\d+\\)$`) });
    expect(await campaignBox.isChecked()).toBe(false);
    await campaignBox.click();
    await waitForSearch(page, before);
    expect(await campaignBox.isChecked()).toBe(true);
    const campaigns = await resultCount(page);
    expect(campaigns).toBeGreaterThan(0);
    expect(campaigns).toBeLessThan(all);
    expect(searchParams(page).getAll('loai')).toEqual([ui.search.entryKinds.campaign]);
    for (const url of await resultUrls(page)) expect(url).toMatch(/^\/phong-trao\//);

    const beforeSort = await currentRun(page);
    await page.selectOption('[data-search-sort]', 'moi-nhat');
    await waitForSearch(page, beforeSort);
    expect(searchParams(page).get('sap-xep')).toBe('moi-nhat');

    const urls = await resultUrls(page);
    await page.reload();
    await waitForSearch(page, null);
    expect(await page.inputValue(INPUT)).toBe('thi dua');
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${ui.search.entryKinds.campaign} \\(\\d+\\)$`) }).isChecked()).toBe(true);
    expect(await page.inputValue('[data-search-sort]')).toBe('moi-nhat');
    expect(await resultUrls(page)).toEqual(urls);
    expect(log.errors).toEqual([]);
  });

  it('sorts by date, newest first', async () => {
    const { page } = await open();
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua&loai=${encodeURIComponent(ui.search.entryKinds.directive)}&sap-xep=moi-nhat`);
    await waitForSearch(page, null);
    const dates = (await page.locator('[data-search-results] .result-meta').allTextContents()).map((m) => {
      const d = /(\d{2})\/(\d{2})\/(\d{4})/.exec(m);
      return d ? `${d[3]}-${d[2]}-${d[1]}` : '0000';
    });
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('follows a result, and the back button returns to the same search', async () => {
    const { page } = await open();
    await page.goto(`${site.url}/tim-kiem/?q=01%2FPD-UBND`);
    await waitForSearch(page, null);
    const link = page.locator('[data-search-results] > li h3 a').first();
    const title = await link.textContent();
    await link.click();
    await page.waitForURL(/\/van-ban\/huu-lung-01-pd-ubnd-2024\/$/);
    expect(await page.locator('h1').textContent()).toBe(title);
    await page.goBack();
    await waitForSearch(page, null);
    expect(await page.inputValue(INPUT)).toBe('01/PD-UBND');
    expect((await resultUrls(page))[0]).toBe('/van-ban/huu-lung-01-pd-ubnd-2024/');
  });

  it('gives each search its own history entry', async () => {
    const { page } = await open();
    await page.goto(`${site.url}/tim-kiem/`);
    await waitForSearch(page, null);
    await searchFor(page, 'nong thon moi');
    await searchFor(page, 'Huu Lung');
    expect(searchParams(page).get('q')).toBe('Huu Lung');
    const before = await currentRun(page);
    await page.goBack();
    await waitForSearch(page, before);
    expect(searchParams(page).get('q')).toBe('nong thon moi');
    expect(await page.inputValue(INPUT)).toBe('nong thon moi');
    expect(await page.getAttribute(LAYOUT, 'data-query')).toBe('nong thon moi');
  });

  it('works from the keyboard: Enter searches, Tab reaches the facets and the results', async () => {
    const { page } = await open();
    await page.goto(`${site.url}/tim-kiem/`);
    await waitForSearch(page, null);
    await page.focus(INPUT);
    const before = await currentRun(page);
    await page.keyboard.type('nong thon moi');
    await page.keyboard.press('Enter');
    await waitForSearch(page, before);
    const focused = () =>
      page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() || document.activeElement?.tagName);
    const reached: (string | undefined)[] = [];
    for (let i = 0; i < 6 && !reached.includes(ui.search.filtersTitle); i++) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached).toContain(ui.search.filtersTitle);
    // Enter opens the filter panel; Tab moves into it; Space toggles a facet.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-search-facets] input').count()).toBeGreaterThan(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    const run = await currentRun(page);
    await page.keyboard.press('Space');
    await waitForSearch(page, run);
    expect([...searchParams(page).keys()].some((k) => k !== 'q')).toBe(true);
  });

  it.each([
    ['with nothing to search', '/tim-kiem/'],
    ['with a query', '/tim-kiem/?q=thi+dua+yeu+nuoc'],
  ])('moves nothing once painted, %s, on phones and on a desktop (fixture corpus)', async (_, path) => {
    const corpus = await serveStatic(await buildSite('corpus'), { headers: SECURITY_HEADERS });
    try {
      // And Lighthouse's phone (412×823), the screen its layout-shift score is measured on.
      for (const options of [MOBILE, { ...MOBILE, viewport: { width: 412, height: 823 } }, DESKTOP]) {
        const { page, log } = await open(options);
        expect(await layoutShiftOfSearch(page, `${corpus.url}${path}`)).toBe(0);
        expect(log.errors).toEqual([]);
      }
    } finally {
      await corpus.stop();
    }
  });

  it('works on a phone-sized screen without sideways scrolling', async () => {
    const { page, log } = await open(MOBILE);
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua`);
    await waitForSearch(page, null);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    const box = await page.locator(INPUT).boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await page.locator('[data-search-results] > li h3 a').first().tap();
    await page.waitForURL((url) => !url.pathname.startsWith('/tim-kiem/'));
    expect(log.errors).toEqual([]);
  });

  it('without JavaScript, says what to do and links the browse pages', async () => {
    const { page } = await open({ ...DESKTOP, javaScriptEnabled: false });
    await page.goto(`${site.url}/tim-kiem/?q=thi+dua`);
    const note = page.locator('main .note');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(ui.search.noScript);
    expect(await page.isVisible(LAYOUT)).toBe(false);
    expect(await page.isVisible('[data-search-sort]')).toBe(false);
    for (const label of [ui.nav.directives, ui.nav.campaigns, ui.nav.figures]) {
      expect(await page.getByRole('main').getByRole('link', { name: label, exact: true }).first().isVisible()).toBe(true);
    }
  });
});

describe('search weight', () => {
  it('other pages carry no search code; a first and a second query stay small', async () => {
    const { context, page, log } = await open();
    const transfers = trackTransfers(context);
    // Each measure ends at a state of the page, then at no request in flight: not after a quiet spell, which a loaded machine can stretch.
    for (const path of ['/', '/van-ban/huu-lung-01-pd-ubnd-2024/', '/phong-trao/']) {
      await page.goto(`${site.url}${path}`);
      // Loaded, and without a script (checked below) nothing fetches after the load.
      await transfers.idle();
      expect(transfers.urls().filter((u) => u.startsWith('/pagefind/') || /tim-kiem|search/i.test(u))).toEqual([]);
      // JSON-LD blocks are data, never run: any other script would be code.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    }

    // First query: from the header's plain search form on a directive page to results on screen.
    transfers.reset();
    await page.fill('#site-search-q', 'dien hinh tien tien');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    await waitForSearch(page, null);
    await waitForExcerpts(page);
    await transfers.idle();
    const first = transfers.bytes();
    const firstUrls = transfers.urls();

    // Second query: typed on the search page.
    transfers.reset();
    await searchFor(page, 'nong thon moi');
    await waitForExcerpts(page);
    await transfers.idle();
    const second = transfers.bytes();

    const report = {
      site: 'content',
      firstQueryBytes: first,
      secondQueryBytes: second,
      firstRequests: firstUrls.length,
      secondRequests: transfers.urls().length,
    };
    mkdirSync(TMP, { recursive: true });
    writeFileSync(join(TMP, 'search-bytes.json'), `${JSON.stringify({ ...report, firstUrls, secondUrls: transfers.urls() }, null, 2)}\n`);
    console.info(
      `search bytes on the shipped site: first query ${(first / 1024).toFixed(1)} KB (${firstUrls.length} requests), second ${(second / 1024).toFixed(1)} KB`,
    );
    expect(first).toBeLessThanOrEqual(300 * 1024);
    expect(second).toBeLessThanOrEqual(100 * 1024);
    expect(log.errors).toEqual([]);
  });
});
