/**
 * Site-wide gates in Debian's Chromium, on the site served by Debian's nginx
 * with the shipped configuration: WCAG 2.2 AA (axe-core) on every page type at
 * mobile and desktop sizes and at 320 px, with the navigation and a listing's
 * facets open, keyboard and landmark basics, print, and no CSP violation. Screenshots go to test-results/screens/ for review.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT } from '../../harness/build.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { startNginx } from '../../harness/nginx.ts';
import { waitForSearch } from '../../harness/search-driver.ts';
import { DESKTOP, launchChromium, MOBILE } from '../../harness/chromium.ts';
import { readyForKeyboard, serveStatic, waitForExcerpts, watchConsole, type Served } from './harness.ts';
import { ui } from '../../src/i18n/vi.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCREENS = join(PROJECT, 'test-results/screens');

/** One page of each distinct type, per corpus (the shipped content has no figure yet). */
const PAGE_TYPES: Record<string, Record<string, string>> = {
  content: {
    home: '/',
    directives: '/van-ban/',
    'directives-by-year': '/van-ban/nam/2022/',
    'directives-by-kind': '/van-ban/loai/chi-thi/',
    directive: '/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/',
    campaigns: '/phong-trao/',
    campaign: '/phong-trao/hoa-an-thi-dua-2-thang-cuoi-nam-2022/',
    figures: '/dien-hinh/',
    results: '/ket-qua/',
    result: '/ket-qua/hoa-an-ket-qua-10-thang-2022/',
    agencies: '/co-quan/',
    agency: '/co-quan/ubnd-huyen-huu-lung/',
    search: '/tim-kiem/?q=thi+dua',
    data: '/du-lieu/',
    'not-found': '/khong-co-trang-nay/',
  },
  corpus: {
    'directives-page-2': '/van-ban/trang/2/',
    directive: '/van-ban/dong-tam-05-ct-ubnd-2023/',
    // Điều and khoản with self-links; a plan with a table of contents.
    'directive-articles': '/van-ban/hdnd-tinh-09-2024-nq-hdnd/',
    'directive-contents': '/van-ban/dong-tam-01-kh-ubnd-2021/',
    // Replaced, and replacing another: the status, both relation sections and the history.
    'directive-replaced': '/van-ban/dong-tam-1520-qd-ubnd-2023/',
    figure: '/dien-hinh/dang-thi-diep/',
    figures: '/dien-hinh/',
    campaign: '/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/',
    result: '/ket-qua/bao-cao-chuyen-doi-so-son-dong-6-thang-2026/',
    agency: '/co-quan/ubnd-huyen-dong-tam/trang/2/',
    data: '/du-lieu/',
    home: '/',
  },
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(() => browser?.close());

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * Wait until the page is as a reader sees it: loaded, its fonts in, and on
 * the search page the search done and the excerpts on screen filled in, so
 * axe, the width check and the screenshot see the results too. (Not
 * 'networkidle': Pagefind fetches in a worker, which that does not watch,
 * and once reached it stays reached while the page goes on fetching.)
 */
async function settle(page: Page) {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (new URL(page.url()).pathname.startsWith('/tim-kiem/')) {
    await waitForSearch(page, null);
    await waitForExcerpts(page);
  }
}

describe('the accessibility check can fail', () => {
  it('axe reports the unlabeled input of the broken fixture', async () => {
    const served = await serveStatic(join(FIXTURES, 'broken-site'));
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${served.url}/`);
      expect((await axe(page)).join('\n')).toMatch(/^label \(critical\)/m);
      await context.close();
    } finally {
      await served.stop();
    }
  });
});

describe('the CSP check can fail', () => {
  it('nginx’s policy blocks an inline script and a style attribute, and the console shows it', async () => {
    const server = await startNginx(join(FIXTURES, 'broken-site'));
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const console = watchConsole(page);
      await page.goto(`${server.url}/`);
      await page.waitForLoadState('load');
      expect(await page.title()).toBe('Trang hỏng');
      // Console messages reach the test as events of their own, not with the load.
      await expect.poll(() => console.errors.filter((e) => /Content Security Policy/.test(e)).length).toBeGreaterThanOrEqual(2);
      await context.close();
    } finally {
      await server.stop();
    }
  });
});

describe.each(Object.keys(PAGE_TYPES))('the site built from %s, served by nginx', (corpus) => {
  let server: Served;
  beforeAll(async () => {
    server = await startNginx(await buildSite(corpus));
  });
  afterAll(() => server?.stop());

  for (const [name, path] of Object.entries(PAGE_TYPES[corpus]!)) {
    for (const [device, options] of [
      ['desktop', DESKTOP],
      ['mobile', MOBILE],
    ] as const) {
      it(`${name} (${device}): 0 axe violations, landmarks, one h1, lang="vi", no console or CSP errors`, async () => {
        const context = await browser.newContext(options);
        const page = await context.newPage();
        const console = watchConsole(page);
        const response = await page.goto(`${server.url}${path}`);
        expect(response!.status()).toBe(name === 'not-found' ? 404 : 200);
        await settle(page);
        expect(await axe(page)).toEqual([]);
        expect(await page.getAttribute('html', 'lang')).toBe('vi');
        expect(await page.locator('main').count()).toBe(1);
        expect(await page.locator('header.site-header').count()).toBe(1);
        expect(await page.locator('footer.site-footer').count()).toBe(1);
        expect(await page.locator('nav[aria-label]').count()).toBeGreaterThanOrEqual(1);
        expect(await page.locator('h1').count()).toBe(1);
        for (const table of await page.locator('main table').all()) expect(await table.locator('th').count()).toBeGreaterThan(0);
        // The 404 page's own status is the one error a browser logs there.
        expect(console.errors.filter((e) => !(name === 'not-found' && /status of 404/.test(e)))).toEqual([]);
        await page.screenshot({ path: join(SCREENS, `${corpus}-${name}-${device}.png`), fullPage: true });
        await context.close();
      });
    }

    it(`${name}: fits 320 px with no horizontal scroll, 0 axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      await settle(page);
      expect(await axe(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await page.screenshot({ path: join(SCREENS, `${corpus}-${name}-320.png`), fullPage: true });
      await context.close();
    });
  }

  it('the navigation disclosure open on a phone, and a listing’s facets open: 0 axe violations', async () => {
    const context = await browser.newContext(MOBILE);
    const page = await context.newPage();
    await page.goto(`${server.url}${Object.values(PAGE_TYPES[corpus]!)[0]}`);
    await settle(page);
    await page.locator('summary', { hasText: ui.layout.menu }).click();
    await expect.poll(() => page.locator('nav.site-nav a').first().isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENS, `${corpus}-menu-open-mobile.png`) });
    await page.goto(`${server.url}/van-ban/`);
    await settle(page);
    await page.locator('.listing-facets > summary').click();
    await expect.poll(() => page.locator('.listing-facets a').first().isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('keyboard: the first Tab shows the skip link, which moves focus to the main content', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/van-ban/`);
    // The first Tab is pressed only once the page is loaded, focused and has nothing focused.
    await readyForKeyboard(page);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect.poll(() => skip.evaluate((a) => a === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it('keyboard: focus is visible on links and buttons', async () => {
    const page = await browser.newPage(DESKTOP);
    await page.goto(`${server.url}/`);
    await readyForKeyboard(page);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { tag: document.activeElement!.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    // Four Tabs reached a link or button, not a body the keys missed.
    expect(['A', 'BUTTON']).toContain(outline.tag);
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});

describe('print', () => {
  it('prints a directive without navigation, with its metadata table and footnotes', async () => {
    const server = await startNginx(await buildSite('content'));
    try {
      const page = await browser.newPage(DESKTOP);
      await page.goto(`${server.url}/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/`);
      await settle(page);
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['.site-header', '.site-nav', '.site-footer', '.breadcrumbs', '.search-form']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await page.locator('.meta-table').isVisible()).toBe(true);
      expect(await page.locator('section.footnotes').isVisible()).toBe(true);
      // The site, the page's address and the day its data is as of, printed above the title.
      const source = page.locator('.print-source');
      expect(await source.isVisible()).toBe(true);
      const printed = await source.textContent();
      expect(printed).toContain(ui.siteName);
      expect(printed).toContain(`/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/`);
      expect(printed).toMatch(/Dữ liệu tính đến ngày \d+ tháng \d+ năm \d{4}/);
      await page.screenshot({ path: join(SCREENS, 'content-directive-print.png'), fullPage: true });
      const pdf = await page.pdf({ path: join(SCREENS, 'content-directive-print.pdf'), format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // A listing prints its table, without its facets, sort or pagination.
      await page.goto(`${server.url}/van-ban/`);
      for (const hidden of ['.listing-facets', '.listing-sort', '.site-nav']) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await page.locator('table.directive-table').isVisible()).toBe(true);
      await page.close();
    } finally {
      await server.stop();
    }
  });
});
