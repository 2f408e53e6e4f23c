/**
 * Drafts and future-dated entries of the fixture corpus must appear nowhere
 * in the built site: not in pages, listings, the sitemap, the feeds, the
 * redirects, the _headers file, attachments, the open data (/du-lieu/), nor
 * the search index (whose chunks are gzipped, so every file is read
 * decompressed). Each is found by its unique words, and by its id. Every
 * feed is valid RSS 2.0 of published pages only, and the sitemap lists no
 * moved address.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild, TEST_SITE_URL } from '../../harness/build.ts';
import { FEED_ITEMS } from '../../src/domain/feeds.ts';
import { buildSite } from '../support/build.ts';
import { FIXTURES, overlayRoot } from '../support/fixtures.ts';
import { files } from '../support/html.ts';

/** Words that occur only in unpublished entries of tests/fixtures/corpus/. */
const UNPUBLISHED_WORDS = ['bimatduthao', 'hosonhapkhongcongbo', 'ketquanhapchuaduyet', 'vanbantuonglai2099'];
/** Their ids, which the open data would name in links. */
const UNPUBLISHED_IDS = [
  'dong-dao-du-thao-ke-hoach-2026',
  'tinh-99-ct-ubnd-2099',
  'ho-so-nhap-dien-hinh-dong-dao-2026',
  'ket-qua-nhap-chuyen-doi-so-dong-dao-2026',
];
/** The open data files that list every published entry of a collection. */
const DATA_TABLES = ['van-ban', 'phong-trao', 'dien-hinh', 'ket-qua', 'co-quan'].flatMap((name) => [
  `/du-lieu/${name}.json`,
  `/du-lieu/${name}.csv`,
]);

function readable(path: string): string {
  const bytes = readFileSync(path);
  // gzip magic: Pagefind stores its index and fragments compressed.
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return raw.toString('utf8').normalize('NFC').toLowerCase();
}

let dist: string;
beforeAll(async () => {
  dist = await buildSite('corpus');
});

/** Every file of dist/ that contains the word, decompressed where needed. */
const filesWith = (dir: string, word: string) => files(dir).filter((f) => readable(join(dir, f)).includes(word));

describe('unpublished entries leak nowhere', () => {
  it('the leak check finds a word that was published (it can fail)', async () => {
    const root = overlayRoot('invalid', 'references-draft');
    // The same draft, published: its word must then be found in pages, sitemap-listed pages and the index.
    writeFileSync(
      join(root, 'directives/ban-nhap.mdx'),
      readFileSync(join(root, 'directives/ban-nhap.mdx'), 'utf8')
        .replace('draft: true', 'draft: false')
        .replace('Bản nháp.', 'Bản nháp bimatduthao.'),
    );
    const out = join(root, '..', `${root.split('/').pop()}-dist`);
    const build = await runBuild(root, out);
    expect(build.code, build.output).toBe(0);
    const hits = filesWith(out, 'bimatduthao');
    expect(hits).toContain('/van-ban/ban-nhap/index.html');
    expect(hits.some((f) => f.startsWith('/pagefind/'))).toBe(true);
    // The open data has no body text, but names the entry by its id: in its own file, the directives' tables, its issuer's links.
    expect(filesWith(out, 'ban-nhap')).toEqual(
      expect.arrayContaining([
        '/du-lieu/van-ban/ban-nhap.json',
        '/du-lieu/van-ban.json',
        '/du-lieu/van-ban.csv',
        '/du-lieu/co-quan.json',
        '/du-lieu/co-quan.csv',
      ]),
    );
  });

  it('the unique words are really in the corpus sources (so absence means something)', () => {
    const sources = files(FIXTURES, join(FIXTURES, 'corpus'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readFileSync(join(FIXTURES, f), 'utf8').toLowerCase())
      .join('\n');
    for (const word of UNPUBLISHED_WORDS) expect(sources, word).toContain(word);
  });

  it.each(UNPUBLISHED_WORDS)('"%s" is in no file of dist/ (pages, sitemap, feed, search index)', (word) => {
    expect(filesWith(dist, word)).toEqual([]);
  });

  it.each(UNPUBLISHED_IDS)('the id "%s" is in no file of dist/, the open data included', (id) => {
    expect(filesWith(dist, id)).toEqual([]);
  });

  it('the open data is there, so that its absence of drafts means something', () => {
    const built = files(dist);
    expect(built).toEqual(expect.arrayContaining([...DATA_TABLES, '/du-lieu/chi-tieu.csv', '/du-lieu/index.html']));
    expect(built.filter((f) => /^\/du-lieu\/van-ban\/[a-z0-9-]+\.json$/u.test(f)).length).toBe(42);
  });

  it('the draft’s own attachment is not published', () => {
    expect(files(dist).filter((f) => f.includes('du-thao-noi-bo'))).toEqual([]);
  });

  it('the sitemap and the feed exist and list published entries only, and no moved address', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const feed = readFileSync(join(dist, 'van-ban/rss.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>https:\/\/[^<]+\/van-ban\/[a-z0-9-]+\/<\/loc>/);
    expect(feed).toMatch(/<item>/);
    const moved = movedPaths(dist);
    expect(moved).toContain('/van-ban/chi-thi-05-2023/');
    for (const path of files(dist).filter((f) => /^\/(van-ban|phong-trao|dien-hinh|ket-qua|eli)\/.+\/index\.html$/.test(f))) {
      const loc = `${TEST_SITE_URL}${path.replace(/index\.html$/, '')}</loc>`;
      if (moved.includes(path.replace(/index\.html$/, ''))) expect(sitemap, path).not.toContain(loc);
      else if (!path.includes('/trang/') && !path.includes('/nam/') && !path.includes('/loai/')) expect(sitemap, path).toContain(loc);
    }
  });

  it('no draft or future entry is redirected to: its old id and its permanent address are not published', () => {
    const moved = movedPaths(dist);
    expect(moved.some((path) => path.includes('bimatduthao'))).toBe(false);
    expect(moved.some((path) => path.startsWith('/eli/ubnd-tinh-son-dong/2099/'))).toBe(false);
    expect(moved).toContain('/eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/');
  });
});

/** The old and permanent addresses the build redirects (dist/_redirects). */
function movedPaths(dist: string): string[] {
  return readFileSync(join(dist, '_redirects'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(' ')[0]!);
}

const RFC_822_DATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('the feeds', () => {
  const feedPaths = () => files(dist).filter((f) => f.endsWith('/rss.xml'));
  const xml = (path: string) => readFileSync(join(dist, path), 'utf8');
  const channelOf = (path: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml(path)).rss.channel as {
      title: string;
      link: string;
      description: string;
      language: string;
      item?: { title: string; link: string; guid: { '#text': string; '@_isPermaLink': string }; pubDate?: string }[];
    };
  /** The dist file a URL of the site names, or undefined. */
  const fileOf = (url: string) => {
    if (!url.startsWith(`${TEST_SITE_URL}/`)) return undefined;
    const file = join(dist, new URL(url).pathname, 'index.html');
    return existsSync(file) ? file : undefined;
  };

  it('are one for everything, one per collection, one per agency and one per campaign, each linked from its page', () => {
    const pages = files(dist).filter((f) => f.endsWith('.html'));
    const linked = new Set(
      pages.flatMap((f) =>
        parse(readFileSync(join(dist, f), 'utf8'))
          .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
          .map((link) => link.getAttribute('href')!),
      ),
    );
    const agencies = pages.filter((f) => /^\/co-quan\/[^/]+\/index\.html$/.test(f)).length;
    const campaigns = pages.filter(
      (f) => /^\/phong-trao\/[^/]+\/index\.html$/.test(f) && !movedPaths(dist).includes(f.slice(0, -10)),
    ).length;
    expect(agencies).toBe(10);
    expect(campaigns).toBe(12);
    expect(feedPaths().sort()).toEqual([...linked].sort());
    expect(feedPaths()).toHaveLength(5 + agencies + campaigns);
    expect(feedPaths()).toEqual(
      expect.arrayContaining(['/rss.xml', '/van-ban/rss.xml', '/phong-trao/rss.xml', '/dien-hinh/rss.xml', '/ket-qua/rss.xml']),
    );
  });

  it('are well-formed RSS 2.0 with the required channel elements', () => {
    for (const path of feedPaths()) {
      expect(XMLValidator.validate(xml(path)), path).toBe(true);
      expect(new XMLParser({ ignoreAttributes: false }).parse(xml(path)).rss['@_version'], path).toBe('2.0');
      const channel = channelOf(path);
      expect(channel.title, path).toMatch(/^Lưu trữ văn bản thi đua, khen thưởng: \S/);
      expect(channel.description, path).toBeTruthy();
      expect(channel.link, path).toBe(`${TEST_SITE_URL}/`);
      expect(channel.language, path).toBe('vi');
    }
  });

  it(`list at most ${FEED_ITEMS} published pages, newest first, each with an absolute link, a unique guid and an RFC 822 date not in the future`, () => {
    const now = Date.now();
    for (const path of feedPaths()) {
      const items = channelOf(path).item ?? [];
      expect(items.length, path).toBeLessThanOrEqual(FEED_ITEMS);
      expect(new Set(items.map((item) => item.guid['#text'])).size, path).toBe(items.length);
      let previous = Number.POSITIVE_INFINITY;
      for (const item of items) {
        expect(item.title, path).toBeTruthy();
        expect(fileOf(item.link), `${path}: ${item.link}`).toBeDefined();
        // The guid is the page or its permanent address, which leads to it.
        expect(item.guid['@_isPermaLink']).toBe('true');
        expect(fileOf(item.guid['#text']), `${path}: ${item.guid['#text']}`).toBeDefined();
        if (item.pubDate === undefined) {
          previous = Number.NEGATIVE_INFINITY;
          continue;
        }
        expect(item.pubDate, path).toMatch(RFC_822_DATE);
        const date = Date.parse(item.pubDate);
        expect(date, `${path}: ${item.link}`).toBeLessThanOrEqual(Math.min(now, previous));
        previous = date;
      }
    }
    // The whole archive has more than the bound; every published directive fits its own feed.
    expect(channelOf('/rss.xml').item).toHaveLength(FEED_ITEMS);
    expect(channelOf('/van-ban/rss.xml').item).toHaveLength(42);
  });
});
