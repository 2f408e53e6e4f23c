/**
 * A title that tries to close the JSON-LD block and open a script of its own
 * (`</script><script>alert(1)</script>`, and `<!--`) stays data: in the
 * built page, and in Debian's Chromium on the site served by nginx with the
 * shipped CSP, no script runs, no dialog opens and no CSP violation is
 * reported (an inline script would be one).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../harness/chromium.ts';
import { startNginx, type Served } from '../../harness/nginx.ts';
import { buildSite } from '../support/build.ts';
import { MINIMAL_ROOT } from '../support/fixtures.ts';
import { directiveSource } from '../support/hostile.ts';
import { watchConsole } from './harness.ts';

const TITLE = 'Về việc </script><script>alert(1)</script> và <!-- <script>alert(2)</script> thử';
const PATH = '/van-ban/tieu-de-co-the/';

let dist: string;
let browser: Browser;
let server: Served;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'archive-script-title-'));
  cpSync(MINIMAL_ROOT, root, { recursive: true });
  writeFileSync(join(root, 'directives/tieu-de-co-the.mdx'), directiveSource({ title: `'${TITLE}'` }));
  dist = await buildSite(root);
  [browser, server] = await Promise.all([launchChromium(), startNginx(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a title holding </script><script>', () => {
  it('stays inside the JSON-LD as escaped text and reads back as the title', () => {
    const html = readFileSync(join(dist, PATH, 'index.html'), 'utf8');
    const scripts = parse(html).querySelectorAll('script');
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json', 'application/ld+json']);
    expect(scripts.map((s) => s.rawText).join('')).not.toMatch(/[<>]/u);
    const data = scripts.map((s) => JSON.parse(s.rawText));
    expect(data.map((d) => d.name ?? d.itemListElement.at(-1).name)).toEqual([TITLE, TITLE]);
  });

  it('runs no script in Chromium under the shipped CSP, and none is blocked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const console = watchConsole(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Injected by the browser's debugging protocol, which the CSP does not govern.
    await page.addInitScript(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const response = await page.goto(`${server.url}${PATH}`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/u);
    await page.waitForLoadState('load');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(console.errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => ({ type: s.type, name: JSON.parse(s.text).name })));
    expect(scripts).toEqual([
      { type: 'application/ld+json', name: undefined },
      { type: 'application/ld+json', name: TITLE },
    ]);
    await context.close();
  });
});
