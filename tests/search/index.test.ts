/**
 * What the build puts in the search index: one record per published detail
 * page, the index text of its main text only, with metadata, facets and a sort date, and no
 * draft or future-dated entry anywhere. Read straight from the fragment files
 * the build wrote (gzip, then Pagefind's 12-byte signature, then JSON).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/vi.ts';
import { buildSearchIndex } from '../../src/search/index-step/search-index.ts';
import { checkContent } from '../../src/content/check.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { isPublished } from '../../src/domain/publication.ts';
import { bodyRegions, EMPTY_SLOT, htmlText } from '../../src/search/html.ts';
import { searchRecords, type SearchRecord } from '../../src/search/records.ts';
import { indexWords, sharedWords } from '../../src/search/tokens.ts';
import { fold } from '../../src/domain/vietnamese.ts';
import { buildSite, resolveContentRoot } from '../support/build.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

function readFragments(dist: string): Fragment[] {
  const dir = join(dist, 'pagefind/fragment');
  return readdirSync(dir).map((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name)));
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(raw.subarray(12).toString('utf8')) as Fragment;
  });
}

async function records(content: string): Promise<SearchRecord[]> {
  const today = new Date().toISOString().slice(0, 10);
  const { entries } = await checkContent(resolveContentRoot(content), { today });
  const pick = (collection: string) =>
    entries.filter((e) => e.collection === collection && isPublished(e.collection, e.data as never, today)) as never[];
  return searchRecords(
    buildGraph({
      directives: pick('directives'),
      campaigns: pick('campaigns'),
      figures: pick('figures'),
      results: pick('results'),
      agencies: pick('agencies'),
    }),
    today,
  );
}

describe('the search index of the fixture corpus', () => {
  let dist: string;
  let fragments: Fragment[];
  let expected: SearchRecord[];

  beforeAll(async () => {
    dist = await buildSite('corpus');
    fragments = readFragments(dist);
    expected = await records('corpus');
  });

  it('holds exactly the published detail pages', () => {
    expect(fragments.map((f) => f.url).sort()).toEqual(expected.map((r) => r.url).sort());
    const kinds = new Set(fragments.map((f) => f.url.split('/')[1]));
    expect([...kinds].sort()).toEqual(['co-quan', 'dien-hinh', 'ket-qua', 'phong-trao', 'van-ban']);
    // No listing, pagination, search or home page.
    for (const f of fragments) expect(f.url).toMatch(/^\/(van-ban|phong-trao|dien-hinh|ket-qua|co-quan)\/[a-z0-9-]+\/$/);
  });

  it('never holds a draft or a future-dated entry', () => {
    const all = JSON.stringify(fragments);
    for (const token of ['bimatduthao', 'vanbantuonglai2099', 'hosonhapkhongcongbo', 'ketquanhapchuaduyet'])
      expect(all).not.toContain(token);
    for (const id of [
      'dong-dao-du-thao-ke-hoach-2026',
      'tinh-99-ct-ubnd-2099',
      'ho-so-nhap-dien-hinh-dong-dao-2026',
      'ket-qua-nhap-chuyen-doi-so-dong-dao-2026',
    ])
      expect(all).not.toContain(id);
  });

  it('indexes the main text only, as its index text: folded words, weighted, and number keys', () => {
    const byUrl = new Map(expected.map((r) => [r.url, r]));
    for (const f of fragments) {
      const record = byUrl.get(f.url)!;
      const html = readFileSync(join(dist, f.url, 'index.html'), 'utf8');
      // Only the marked bodies: no navigation, footer, breadcrumbs or related lists.
      const text = [record.meta.kind, record.body ?? '', ...bodyRegions(html).map(htmlText)].join(' ');
      // Pagefind ends the body with a full stop of its own; shared words come first, in slots (checked below).
      const words = f.content.replace(/\.$/u, '').split(' ');
      expect(words.filter((w) => w !== EMPTY_SLOT).sort(), f.url).toEqual(
        indexWords(text, record.numbers)
          .map((w) => w.word)
          .sort(),
      );
      expect(f.content, f.url).toBe(fold(f.content));
    }
    // Every shared word sits in the same slot on every page that uses it.
    const contents = fragments.map((f) => f.content.replace(/\.$/u, '').split(' '));
    const shared = sharedWords(contents.map((words) => words.filter((w) => w !== EMPTY_SLOT)));
    expect(shared.length).toBeGreaterThan(10);
    shared.forEach((word, slot) => {
      for (const words of contents) if (words.includes(word)) expect(words.indexOf(word), word).toBe(slot);
    });
    const directive = fragments.find((f) => f.url === '/van-ban/dong-tam-01-ct-ubnd-2019/')!;
    expect(directive.content.split(' ').length).toBeGreaterThan(100);
    expect(directive.content.split(' ')).toEqual(expect.arrayContaining(['dong', 'tam', 'thi', 'dua']));
  });

  it('records the shown title, kind, number, date and issuer, and the folded fields that rank', () => {
    const d = fragments.find((f) => f.url === '/van-ban/dong-tam-2468-qd-ubnd-2024/')!;
    expect(d.meta).toMatchObject({
      kind: `${ui.search.entryKinds.directive} · Quyết định`,
      number: '2468/QĐ-UBND',
      numkey: '2468/QD-UBND',
      issuer: 'Ủy ban nhân dân huyện Đồng Tâm',
      foldedissuer: 'uy ban nhan dan huyen dong tam',
    });
    expect(d.meta['title']).toMatch(/^Về việc khen thưởng/);
    expect(d.meta['foldedtitle']).toMatch(/^ve viec khen thuong/);
    expect(d.meta['date']).toMatch(/^\d{2}\/\d{2}\/2024$/);
    // Agencies mark no body on their page: their readable text travels as meta, for the excerpt.
    const agency = fragments.find((f) => f.url === '/co-quan/ubnd-huyen-dong-tam/')!;
    expect(agency.meta['text']).toMatch(/^Ủy ban nhân dân huyện Đồng Tâm \(/);
  });

  it('gives every record the facets it has and a date to sort by', () => {
    const byUrl = new Map(fragments.map((f) => [f.url, f]));
    const d = byUrl.get('/van-ban/dong-tam-01-ct-ubnd-2019/')!;
    expect(d.filters).toMatchObject({
      entry: [ui.search.entryKinds.directive],
      doctype: ['Chỉ thị'],
      year: ['2019'],
      issuer: ['Ủy ban nhân dân huyện Đồng Tâm'],
    });
    expect(d.filters['campaign']!.length).toBeGreaterThan(0);
    expect(d.filters['field']!.length).toBeGreaterThan(0);
    expect(byUrl.get('/van-ban/dong-tam-67-tb-ubnd/')!.filters['year']).toEqual([ui.directive.undatedYear]);
    // The legal status, as the directive's page states it.
    expect(d.filters['status']).toEqual([ui.legal.statuses['không xác định']]);
    expect(byUrl.get('/van-ban/dong-tam-1520-qd-ubnd-2023/')!.filters['status']).toEqual([ui.legal.statuses['hết hiệu lực toàn bộ']]);
    expect(byUrl.get('/van-ban/dong-tam-905-qd-ubnd-2024/')!.filters['status']).toEqual([ui.legal.statuses['còn hiệu lực']]);
    for (const r of expected) {
      expect(r.sortDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.filters.entry).toHaveLength(1);
    }
  });
});

describe('the index step after Astro (cli/build.ts)', () => {
  it("indexes the records Astro's build left it, without reading the content again", async () => {
    const built = await buildSite('content');
    const dist = mkdtempSync(join(tmpdir(), 'archive-handoff-'));
    cpSync(built, dist, { recursive: true });
    const all = await records('content');
    const one = all.find((r) => r.url.startsWith('/van-ban/'))!;
    const recordsFile = join(dist, '..', `${basename(dist)}-records.json`);
    const cacheDir = join(dist, '..', `${basename(dist)}-cache`);
    writeFileSync(recordsFile, JSON.stringify([one]));
    const report = await buildSearchIndex(dist, { recordsFile, cacheDir });
    expect(report.records).toBe(1);
    expect(readFragments(dist).map((f) => f.url)).toEqual([one.url]);
    // Without the file (a plain `astro build` run), the step reads the content itself.
    rmSync(recordsFile);
    expect((await buildSearchIndex(dist, { recordsFile, cacheDir })).records).toBe(all.length);
  });
});
