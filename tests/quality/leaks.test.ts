/**
 * Drafts and future-dated entries of the fixture corpus must appear nowhere
 * in the built site: not in pages, listings, the sitemap, the feed, the
 * _headers file, attachments, the open data (/du-lieu/), nor the search index
 * (whose chunks are gzipped, so every file is read decompressed). Each is
 * found by its unique words, and by its id.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../harness/build.ts';
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
    expect(built.filter((f) => /^\/du-lieu\/van-ban\/[a-z0-9-]+\.json$/u.test(f)).length).toBe(38);
  });

  it('the draft’s own attachment is not published', () => {
    expect(files(dist).filter((f) => f.includes('du-thao-noi-bo'))).toEqual([]);
  });

  it('the sitemap and the feed exist and list published entries only', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const feed = readFileSync(join(dist, 'van-ban/rss.xml'), 'utf8');
    expect(sitemap).toMatch(/<loc>https:\/\/[^<]+\/van-ban\/[a-z0-9-]+\/<\/loc>/);
    expect(feed).toMatch(/<item>/);
    for (const path of files(dist).filter((f) => /^\/(van-ban|phong-trao|dien-hinh|ket-qua)\/[^/]+\/index\.html$/.test(f))) {
      expect(sitemap, path).toContain(`${path.replace(/index\.html$/, '')}</loc>`);
    }
  });
});
