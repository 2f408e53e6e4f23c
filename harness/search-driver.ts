/**
 * Drives the real search page in Chromium, the way a person does: type in
 * the box, press Enter, wait for the page to say it is done, read the list.
 */
import type { Page } from 'playwright-core';

export const LAYOUT = '[data-search-layout]';
export const INPUT = '[data-search-input]';

/** Wait until the page has finished the search after run `after` (a data-run value). */
export async function waitForSearch(page: Page, after: string | null): Promise<void> {
  await page.waitForFunction(
    ([selector, previous]) => {
      const el = document.querySelector(selector!);
      const state = el?.getAttribute('data-state');
      return el !== null && el.getAttribute('data-run') !== previous && (state === 'done' || state === 'idle' || state === 'error');
    },
    [LAYOUT, after] as const,
    { timeout: 30_000 },
  );
}

export async function currentRun(page: Page): Promise<string | null> {
  return page.getAttribute(LAYOUT, 'data-run');
}

/** Type a query, submit, and wait for the results. */
export async function searchFor(page: Page, q: string): Promise<void> {
  const before = await currentRun(page);
  await page.fill(INPUT, q);
  await page.press(INPUT, 'Enter');
  await waitForSearch(page, before);
}

/** URLs (paths) of the results on screen, in order. */
export async function resultUrls(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] > li h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

export async function searchState(page: Page): Promise<string | null> {
  return page.getAttribute(LAYOUT, 'data-state');
}

/** How many results the page found (all of them, not only those shown). */
export async function resultCount(page: Page): Promise<number> {
  return Number(await page.getAttribute(LAYOUT, 'data-count'));
}

/** Press "more" until every result is on screen; returns their paths. */
export async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]');
  for (let i = 0; i < 100 && (await more.isVisible()); i++) {
    const before = await page.locator('[data-search-results] > li').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length > n, before);
  }
  return resultUrls(page);
}
