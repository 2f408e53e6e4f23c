/**
 * The incremental build reuses a page only while its cache key holds
 * (src/domain/page-keys.ts). A stale key would publish a stale title, so: build
 * a copy of the fixture corpus, rename one directive, rebuild with the same
 * cache, and look for the old title on every page. The title is made unique
 * first, since the fixture's directives quote each other's titles. A second
 * directive, removed before a fourth build, must leave no page behind: the
 * build updates dist/ in place (src/integrations/stale-output.ts). Another
 * directive's body cites the removed one: its link must go with it. A legal
 * status depends on the day: a rebuild on the day a nghị quyết takes effect
 * must show it, and the one it replaces as ended, from the same cache.
 * The open data files (/du-lieu/) follow the same rules: keyed by their
 * bytes, only the changed ones are written again.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARD_PAGES_ENV, TODAY_ENV } from '../../src/settings.ts';
import { runBuild } from '../../harness/build.ts';
import { TMP } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';

const EDITED = 'directives/dong-tam-01-kh-ubnd-2021.mdx';
const OLD_TITLE = 'Kế hoạch thi đua mang tên riêng trước lần dựng thứ nhất';
const NEW_TITLE = 'Kế hoạch thi đua đã đổi tên để thử dựng lại từng phần';
/** A directive removed before the fourth build. */
const REMOVED = 'directives/dong-tam-99-kh-ubnd-2021.mdx';
const REMOVED_URL = '/van-ban/dong-tam-99-kh-ubnd-2021/';
const REMOVED_TITLE = 'Kế hoạch thi đua bị xoá trước lần dựng thứ tư';
/** A directive whose body cites the removed one by its number. */
const CITING = 'directives/dong-tam-02-ct-ubnd-2024.mdx';
const CITING_URL = '/van-ban/dong-tam-02-ct-ubnd-2024/';
/** Its permanent address (src/domain/redirects.ts), a page the build writes besides Astro's. */
const REMOVED_ELI = '/eli/ubnd-huyen-dong-tam/2021/99-kh-ubnd/';
/** Pages without getStaticPaths, which Astro renders on every build. */
const UNKEYED = new Set(['/', '/404/', '/tim-kiem/', '/phong-trao/', '/dien-hinh/', '/ket-qua/', '/co-quan/', '/du-lieu/']);
/** The removed directive's open data file. */
const REMOVED_DATA = '/du-lieu/van-ban/dong-tam-99-kh-ubnd-2021.json';

const dir = join(TMP, process.env.ARCHIVE_TEST_RUN ?? 'adhoc', 'incremental');
const content = join(dir, 'content');
const dist = join(dir, 'dist');

/** Every HTML page, by URL. */
function pages(): Map<string, string> {
  const html = new Map<string, string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('index.html')) html.set(`/${file.replace(/index\.html$/u, '')}`, readFileSync(join(dist, file), 'utf8'));
  }
  html.set('/404/', readFileSync(join(dist, '404.html'), 'utf8'));
  return html;
}

/** The titles in the search index, from every shard's fragments (gzip, Pagefind's 12-byte signature, JSON). */
function indexedTitles(): string[] {
  return readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /(?:^|\/)fragment\/[^/]+$/u.test(file))
    .map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(join(dist, 'pagefind', file)))
              .subarray(12)
              .toString('utf8'),
          ) as { meta: { title: string } }
        ).meta.title,
    );
}

/** Every open data file (JSON, CSV), by URL. */
function dataFiles(): Map<string, string> {
  const data = new Map<string, string>();
  for (const file of readdirSync(join(dist, 'du-lieu'), { recursive: true, encoding: 'utf8' }))
    if (/\.(?:json|csv)$/u.test(file)) data.set(`/du-lieu/${file}`, readFileSync(join(dist, 'du-lieu', file), 'utf8'));
  return data;
}

/** Data files Astro wrote (not restored from its cache), from its log lines "├─ /du-lieu/van-ban/x.json/ (+3ms)". */
const renderedData = (output: string) =>
  new Set([...stripVTControlCharacters(output).matchAll(/├─ (\/du-lieu\/\S+?\.(?:json|csv))\/? \(\+/gu)].map((m) => m[1]!));

/** Every file of the site, search index included. */
const siteFiles = () => readdirSync(dist, { recursive: true, encoding: 'utf8' }).sort();

/** The search index's files. */
const indexFiles = () => readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' }).sort();

/** URLs Astro rendered (not restored from its cache), from its log lines "├─ /van-ban/x/index.html (+3ms)". */
function rendered(output: string): Set<string> {
  const urls = [...stripVTControlCharacters(output).matchAll(/├─ (\S+?)(?:index)?\.html \(\+/gu)].map((m) =>
    m[1]!.endsWith('/') ? m[1]! : `${m[1]}/`,
  );
  return new Set(urls);
}

async function build() {
  // Shards of 25 pages: the index of the fixture comes in four, so the rebuild reuses some.
  const result = await runBuild(content, dist, { ARCHIVE_CACHE_DIR: join(dir, 'cache'), [SHARD_PAGES_ENV]: '25' });
  expect(result.code, result.output).toBe(0);
  return result.output;
}

let showing: string[];
let firstHtml: Map<string, string>;
let firstData: Map<string, string>;
let second: { output: string; html: Map<string, string>; data: Map<string, string>; titles: string[]; index: string[]; files: string[] };
let third: { output: string; index: string[]; files: string[] };
let fourth: { html: Map<string, string>; data: Map<string, string>; titles: string[] };
/** A page of dist/ edited by hand after the fourth build, as the fifth build left it. */
let handEdited: string;
const HAND_EDIT = '<!-- sửa tay trong dist -->';

beforeAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(FIXTURES, 'corpus'), content, { recursive: true });
  const rename = (title: string) => {
    const source = readFileSync(join(content, EDITED), 'utf8');
    writeFileSync(join(content, EDITED), source.replace(/^title: .+$/mu, `title: ${title}`));
  };
  rename(OLD_TITLE);
  const removed = readFileSync(join(content, EDITED), 'utf8')
    .replace(/^number: .+$/mu, 'number: 99/KH-UBND')
    .replace(/^title: .+$/mu, `title: ${REMOVED_TITLE}`);
  writeFileSync(join(content, REMOVED), removed);
  writeFileSync(join(content, CITING), `${readFileSync(join(content, CITING), 'utf8')}\nTiếp tục thực hiện Kế hoạch số 99/KH-UBND.\n`);
  await build();
  firstHtml = pages();
  firstData = dataFiles();
  showing = [...firstHtml].filter(([, html]) => html.includes(OLD_TITLE)).map(([url]) => url);
  rename(NEW_TITLE);
  const output = await build();
  second = { output, html: pages(), data: dataFiles(), titles: indexedTitles(), index: indexFiles(), files: siteFiles() };
  third = { output: await build(), index: indexFiles(), files: siteFiles() };
  rmSync(join(content, REMOVED));
  await build();
  fourth = { html: pages(), data: dataFiles(), titles: indexedTitles() };
  const page = join(dist, 'van-ban/dong-tam-01-kh-ubnd-2021/index.html');
  writeFileSync(page, readFileSync(page, 'utf8') + HAND_EDIT);
  await build();
  handEdited = readFileSync(page, 'utf8');
}, 300_000);

describe('the incremental build after renaming one directive', () => {
  it('found the title where the archive shows it', () => {
    expect(showing).toEqual(
      expect.arrayContaining([
        '/van-ban/dong-tam-01-kh-ubnd-2021/',
        '/phong-trao/dong-tam-chung-suc-xay-dung-nong-thon-moi-nang-cao-kieu-mau/',
        '/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/',
        '/van-ban/nam/2021/',
        '/van-ban/loai/ke-hoach/',
      ]),
    );
  });

  it('shows the new title on every page that showed the old one, and the old one nowhere', () => {
    for (const url of showing) expect(second.html.get(url), url).toContain(NEW_TITLE);
    expect(showing.some((url) => url.startsWith('/co-quan/ubnd-huyen-dong-tam/'))).toBe(true);
    const stale = [...second.html].filter(([, html]) => html.includes(OLD_TITLE)).map(([url]) => url);
    expect(stale).toEqual([]);
  });

  it('reuses every keyed page that does not show it', () => {
    const again = rendered(second.output);
    const wasted = [...again].filter((url) => !showing.includes(url) && !UNKEYED.has(url));
    expect(wasted).toEqual([]);
    // The pages showing the title were rendered, and the rest (most of the site) left in dist/ as they were.
    expect(second.output.match(/\(cached\)/gu)?.length).toBeGreaterThan(second.html.size / 2);
  });

  it('leaves no page of a removed directive, and no page naming it or leading to it', () => {
    expect(firstHtml.get(REMOVED_URL)).toContain(REMOVED_TITLE);
    expect(firstHtml.get(REMOVED_ELI)).toContain(`url=${REMOVED_URL}`);
    expect(second.html.has(REMOVED_ELI)).toBe(true);
    expect(fourth.html.has(REMOVED_ELI)).toBe(false);
    expect([...fourth.html].filter(([, html]) => html.includes(REMOVED_URL)).map(([url]) => url)).toEqual([]);
    expect(second.titles).toContain(REMOVED_TITLE);
    expect(fourth.html.has(REMOVED_URL)).toBe(false);
    expect(existsSync(join(dist, REMOVED_URL))).toBe(false);
    expect([...fourth.html].filter(([, html]) => html.includes(REMOVED_TITLE)).map(([url]) => url)).toEqual([]);
    expect(fourth.titles).not.toContain(REMOVED_TITLE);
    expect(fourth.titles).toContain(NEW_TITLE);
  });

  it('links a body’s citation while the cited directive is published, and not after', () => {
    const link = `<a href="${REMOVED_URL}">99/KH-UBND</a>`;
    expect(firstHtml.get(CITING_URL)).toContain(link);
    expect(firstHtml.get(REMOVED_URL)).toMatch(new RegExp(`id="dan-chieu"[^]*href="${CITING_URL}"`, 'u'));
    expect(fourth.html.get(CITING_URL)).toContain('Kế hoạch số 99/KH-UBND.');
    expect(fourth.html.get(CITING_URL)).not.toContain(link);
  });

  it('writes again exactly the open data files that changed, with the new title and without the old', () => {
    const changed = [...second.data].filter(([url, body]) => firstData.get(url) !== body).map(([url]) => url);
    expect(changed).toEqual(
      expect.arrayContaining(['/du-lieu/van-ban/dong-tam-01-kh-ubnd-2021.json', '/du-lieu/van-ban.json', '/du-lieu/van-ban.csv']),
    );
    expect([...renderedData(second.output)].sort()).toEqual(changed.sort());
    expect(changed.length).toBeLessThan(second.data.size / 10);
    expect([...second.data].filter(([, body]) => body.includes(OLD_TITLE)).map(([url]) => url)).toEqual([]);
    expect(renderedData(third.output)).toEqual(new Set());
  });

  it('leaves no open data of a removed directive', () => {
    expect(firstData.get(REMOVED_DATA)).toContain(REMOVED_TITLE);
    expect(fourth.data.has(REMOVED_DATA)).toBe(false);
    expect(existsSync(join(dist, REMOVED_DATA))).toBe(false);
    expect([...fourth.data].filter(([, body]) => body.includes(REMOVED_TITLE)).map(([url]) => url)).toEqual([]);
  });

  it('indexes the new title for search, and the old one nowhere', () => {
    expect(second.titles).toContain(NEW_TITLE);
    expect(second.titles).not.toContain(OLD_TITLE);
  });

  it('with nothing changed since, reuses every shard of the search index as it was', () => {
    expect(third.output).toMatch(/Chỉ mục tìm kiếm: \d+ trang, 4 phần, 4 lấy lại từ lần dựng trước/u);
    expect(third.index).toEqual(second.index);
  });

  it('empties a dist/ that is not what the last build left, rather than keep a page it did not write', () => {
    expect(handEdited).toContain(NEW_TITLE);
    expect(handEdited).not.toContain(HAND_EDIT);
  });

  it('with nothing changed since, keeps every file of the site: a page restored from the cache is not taken for a stale one', () => {
    expect(third.files).toEqual(second.files);
    expect(third.files).toContain('_headers');
    expect(third.files.some((file) => file.startsWith('_astro/') && file.endsWith('.css'))).toBe(true);
  });
});

describe('the incremental build on the day a document takes effect', () => {
  const dayDir = join(TMP, process.env.ARCHIVE_TEST_RUN ?? 'adhoc', 'incremental-day');
  const status = (html: string) =>
    html
      .match(/<div class="legal-status[^]*?<\/div>/u)![0]
      .replace(/<[^>]+>/gu, ' ')
      .replace(/\s+/gu, ' ')
      .trim();
  const statusOf = (id: string) => status(readFileSync(join(dayDir, 'dist', 'van-ban', id, 'index.html'), 'utf8'));
  let eve: { replacing: string; replaced: string };
  let day: { replacing: string; replaced: string; output: string };

  beforeAll(async () => {
    rmSync(dayDir, { recursive: true, force: true });
    const buildOn = async (today: string) => {
      const result = await runBuild(join(FIXTURES, 'corpus'), join(dayDir, 'dist'), {
        ARCHIVE_CACHE_DIR: join(dayDir, 'cache'),
        [TODAY_ENV]: today,
      });
      expect(result.code, result.output).toBe(0);
      return result.output;
    };
    await buildOn('2026-12-31');
    eve = { replacing: statusOf('hdnd-tinh-15-2026-nq-hdnd'), replaced: statusOf('hdnd-tinh-09-2024-nq-hdnd') };
    const output = await buildOn('2027-01-01');
    day = { replacing: statusOf('hdnd-tinh-15-2026-nq-hdnd'), replaced: statusOf('hdnd-tinh-09-2024-nq-hdnd'), output };
  }, 300_000);

  it('shows the status of the new day on both documents, not the cached one', () => {
    expect(eve.replacing).toBe('Tình trạng hiệu lực: Chưa có hiệu lực (tính đến ngày 31 tháng 12 năm 2026)');
    expect(eve.replaced).toBe('Tình trạng hiệu lực: Còn hiệu lực (tính đến ngày 31 tháng 12 năm 2026)');
    expect(day.replacing).toBe('Tình trạng hiệu lực: Còn hiệu lực (tính đến ngày 1 tháng 1 năm 2027)');
    expect(day.replaced).toBe(
      'Tình trạng hiệu lực: Hết hiệu lực toàn bộ (tính đến ngày 1 tháng 1 năm 2027) Đã bị thay thế bởi Nghị quyết số 15/2026/NQ-HĐND ngày 08/07/2026',
    );
  });

  it('still reuses the pages that show no status of the day', () => {
    const again = rendered(day.output);
    expect(again).toContain('/van-ban/hdnd-tinh-09-2024-nq-hdnd/');
    expect(again).not.toContain('/dien-hinh/dang-thi-diep/');
    expect(again).not.toContain('/co-quan/hdnd-tinh-son-dong/');
  });
});
