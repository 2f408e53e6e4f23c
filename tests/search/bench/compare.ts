/**
 * How to close Pagefind's đ gap, measured: the same built site indexed three
 * ways, then searched in Chromium.
 *   meta  d-twins in a hidden meta field (what the site ships)
 *   body  d-twins appended to the indexed text (client cuts them off)
 *   none  no twins; the browser expands each d-word into its đ variant and
 *         runs one search per combination, merging by best score
 * For each: index size, bytes of a first and a second query (pagefind.js,
 * worker, wasm, metadata, chunks, filters, 10 result fragments), and on a
 * real-text corpus whether the unaccented query finds what the accented one
 * finds, and what ranks first.
 *
 *   npx node tests/search/bench/compare.ts <contentRoot> <dist> [queries…]
 * (dist built from contentRoot; its pagefind/ is rewritten, meta last)
 *
 * Measured 2026-11-24 (first query "dien hinh tien tien" incl. all filter
 * files and 10 fragments; second "thi dua"; gzip as a host would serve):
 *   fixture corpus (73 records)   none 133.2 / 12.7 KB   body 134.3 / 7.8 KB   meta 134.3 / 9.8 KB
 *   synthetic 10,000 directives   none 555.3 / 378.1 KB  body 521.7 / 226.8 KB meta 509.3 / 223.1 KB
 *   index size at 10,000          none 32.8 MB           body 34.8 MB          meta 34.5 MB
 * Same documents without accents (fixture corpus, count unaccented/accented):
 *   "dai hoi dang bo" none 11/8, body 8/8, meta 8/8; "thi dua" 55/54, 54/54, 54/54;
 *   "hoang duc dien" 3/2, 3/2 … (prefix matches) — and meta alone kept the
 *   accented query's top 3 for "dai hoi dang bo". `none` needs 2–4 searches.
 * Of meta's 509 KB at 10,000: filters 167, index chunks 149, metadata 101,
 * wasm 54, fragments 25, pagefind.js 13 — hence facets load on demand.
 * Synthetic texts reuse one pool of sentences, so every common word is in
 * nearly every document: a pessimistic case for chunk sizes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSearchIndex, type SearchIndexOptions } from '../../../src/integrations/search-index.ts';
import { RANKING } from '../../../src/scripts/search/pagefind.ts';
import { launchChromium, serveStatic, trackTransfers } from '../../browser/harness.ts';

type Strategy = NonNullable<SearchIndexOptions['twins']>;

function dirBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) {
      const sub = dirBytes(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += st.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Runs in the page: search as the site would for one strategy; returns ranked URLs. */
async function pageSearch(args: { q: string; expand: boolean; ranking: unknown; fragments: number; facets: boolean }) {
  const w = window as unknown as { __pf?: any };
  if (!w.__pf) {
    const pf = await import('/pagefind/pagefind.js' as string);
    await pf.options({ ranking: args.ranking });
    await pf.init();
    w.__pf = pf;
  }
  const pf = w.__pf;
  const words = args.q.split(/\s+/).filter(Boolean);
  let variants = [words];
  if (args.expand) {
    for (let i = 0; i < words.length; i++) {
      if (!/[dD]/.test(words[i]!)) continue;
      const swapped = words[i]!.replace(/d/g, 'đ').replace(/D/g, 'Đ');
      variants = variants.flatMap((v) => [v, v.map((w2, j) => (j === i ? swapped : w2))]);
    }
  }
  const best = new Map<string, { score: number; r: any }>();
  for (const v of variants.slice(0, 16)) {
    const found = await pf.search(v.join(' '));
    for (const r of found.results) {
      const prev = best.get(r.id);
      if (!prev || prev.score < r.score) best.set(r.id, { score: r.score, r });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const datas = await Promise.all(ranked.slice(0, args.fragments).map((x) => x.r.data()));
  if (args.facets) await pf.filters();
  return { count: ranked.length, variants: Math.min(variants.length, 16), urls: datas.map((d: any) => d.url as string) };
}

export async function compare(contentRoot: string, dist: string, queries: string[], strategies: Strategy[] = ['none', 'body', 'meta']) {
  process.env['ARCHIVE_CONTENT_DIR'] = contentRoot;
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  const report: Record<string, unknown>[] = [];
  try {
    for (const strategy of strategies) {
      const t0 = performance.now();
      await buildSearchIndex(dist, { twins: strategy });
      const indexSeconds = (performance.now() - t0) / 1000;
      const size = dirBytes(join(dist, 'pagefind'));
      const expand = strategy === 'none';
      // Bytes: a fresh context, first query then a second one.
      const context = await browser.newContext();
      const transfers = trackTransfers(context);
      const page = await context.newPage();
      await page.goto(`${site.url}/404.html`);
      await transfers.settle();
      const [first, second] = [queries[0] ?? 'dien hinh tien tien', queries[1] ?? 'thi dua'];
      transfers.reset();
      await page.evaluate(pageSearch, { q: first, expand, ranking: RANKING, fragments: 10, facets: true });
      await transfers.settle();
      const firstBytes = transfers.bytes();
      transfers.reset();
      await page.evaluate(pageSearch, { q: second, expand, ranking: RANKING, fragments: 10, facets: false });
      await transfers.settle();
      const secondBytes = transfers.bytes();
      const rows: Record<string, unknown>[] = [];
      for (const q of queries) {
        const r = await page.evaluate(pageSearch, { q, expand, ranking: RANKING, fragments: 3, facets: false });
        rows.push({ q, count: r.count, searches: r.variants, top3: r.urls.map((u: string) => u.replace(/^\/|\/$/g, '')).join(' ') });
      }
      await context.close();
      report.push({ strategy, indexSeconds: Number(indexSeconds.toFixed(1)), indexKB: Math.round(size.bytes / 1024), files: size.files, firstQueryKB: Number((firstBytes / 1024).toFixed(1)), secondQueryKB: Number((secondBytes / 1024).toFixed(1)), rows });
    }
  } finally {
    await browser.close();
    await site.stop();
  }
  return report;
}

if (import.meta.main) {
  const [root, dist, ...queries] = process.argv.slice(2);
  if (!root || !dist) throw new Error('usage: compare.ts <contentRoot> <dist> [queries…]');
  const report = await compare(resolve(root), resolve(dist), queries.length ? queries : ['dien hinh tien tien', 'thi dua']);
  console.log(JSON.stringify(report, null, 1));
}
