/**
 * Draws the pictures of the share cards (og:image), one per kind of page, as
 * 1200×630 PNGs in public/chia-se/, in Debian's Chromium. Run it once when
 * the design or the wording changes and commit the PNGs: the build only
 * copies them (a picture per document would cost a browser in every build).
 *
 *   npm run share-images
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launchChromium } from '../harness/chromium.ts';
import { PROJECT } from '../harness/build.ts';
import { ui } from '../src/i18n/vi.ts';
import { routes, SHARE_KINDS, type ShareKind } from '../src/domain/routes.ts';
import { commandLine } from './cli.ts';

const USAGE = 'npm run share-images: draws public/chia-se/*.png, the pictures of the share cards.';
commandLine(USAGE, {}, (message) => {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
});

const escape = (s: string) => s.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The favicon's star on the archive's red, the heading, and the line under it. */
function card(kind: ShareKind): string {
  const [heading, line] = kind === 'home' ? [ui.siteName, ui.siteTagline] : [ui.share.cardTitle[kind], ui.siteName];
  return `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1200px; height: 630px; }
    body { display: flex; font-family: 'DejaVu Sans', sans-serif; background: #fff; color: #1b1f24; }
    .band { width: 300px; background: #8a1c1c; display: flex; align-items: center; justify-content: center; }
    .text { flex: 1; padding: 0 72px; display: flex; flex-direction: column; justify-content: center; border-bottom: 24px solid #ffcd00; }
    h1 { font-size: 68px; line-height: 1.15; margin: 0 0 32px; font-weight: 700; }
    p { font-size: 34px; line-height: 1.3; margin: 0; color: #4a525c; }
  </style><body>
    <div class="band"><svg width="180" height="180" viewBox="5 4 22 22"><path d="M16 5l3.1 6.9 7.4.7-5.6 5 1.7 7.3L16 21.1 9.4 24.9l1.7-7.3-5.6-5 7.4-.7z" fill="#ffcd00"/></svg></div>
    <div class="text"><h1>${escape(heading)}</h1><p>${escape(line)}</p></div>
  </body></html>`;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const kind of SHARE_KINDS) {
    const file = join(PROJECT, 'public', routes.shareImage(kind));
    mkdirSync(dirname(file), { recursive: true });
    await page.setContent(card(kind));
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.screenshot({ path: file, type: 'png' });
    console.log(file);
  }
} finally {
  await browser.close();
}
