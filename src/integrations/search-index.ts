/**
 * Build step 3: the Pagefind index, written to dist/pagefind/ by Pagefind's
 * Node API once Astro's process has exited (scripts/build.ts: `npm run build`
 * runs both, so it alone gives a searchable site).
 *
 * Only published detail pages are indexed (one record each, from the same
 * link graph the pages come from), and only the part of each page marked
 * `data-pagefind-body`, as its index text (src/lib/search/tokens.ts: folded
 * words, each once). Pagefind reads a small page made of that text, the
 * metadata, facets and sort date (src/lib/search/html.ts); the files in
 * dist/ are not touched.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentForBuild } from '../lib/check.ts';
import { byCollection } from '../lib/integrity.ts';
import { contentRoot } from '../lib/content-root.ts';
import { buildPublishedGraph } from '../lib/graph.ts';
import { FOLDED_ISSUER_FIELD, FOLDED_TITLE_FIELD, NUMBER_KEY_FIELD, SORT_KEY, TEXT_FIELD } from '../lib/search/facets.ts';
import { bodyRegions, htmlText, indexPage } from '../lib/search/html.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { indexWords, laidOut, numberKey, sharedWords } from '../lib/search/tokens.ts';
import { inBatches } from '../utils/batches.ts';
import { todayIso } from '../utils/dates.ts';
import { fold } from '../utils/vietnamese.ts';

/** A page's index text and what Pagefind files with it, between the two passes. */
interface PreparedPage {
  url: string;
  /** The words, separated by spaces, and their weights, packed: 10,000 directives hold about 5 million at once. */
  words: string;
  weights: Uint8Array;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** Pages read, prepared and written at once. */
const PREPARE_AHEAD = 32;

/** Pagefind's own UIs (default, modular, component) and its highlighter: unused here. */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/u;

export interface SearchIndexOptions {
  today?: string;
  /** Records written by Astro's process (searchRecordsHandoff); read from the content otherwise. */
  recordsFile?: string;
}

/** Where Astro's process leaves the search records for the index step (scripts/build.ts sets it). */
export const SEARCH_RECORDS_ENV = 'ARCHIVE_SEARCH_RECORDS';

export interface SearchIndexReport {
  records: number;
  files: number;
  bytes: number;
}

/** The published archive, read and linked outside Astro with the pages' own rules. */
async function loadRecords(root: string, today: string): Promise<SearchRecord[]> {
  const { entries } = await checkContentForBuild(root, today);
  return searchRecords(buildPublishedGraph(byCollection(entries), today));
}

/**
 * Inside Astro's build: the records of the published archive, from the
 * content check the build has already run (memoised in this process), left
 * in a file for the index step, which runs in a process of its own and would
 * otherwise read and validate every file again (10,000 directives: 7.5 s).
 */
export function searchRecordsHandoff(): AstroIntegration {
  return {
    name: 'archive:search-records',
    hooks: {
      'astro:build:done': async () => {
        const file = process.env[SEARCH_RECORDS_ENV];
        if (file) await writeFile(file, JSON.stringify(await loadRecords(contentRoot(), todayIso())));
      },
    },
  };
}

async function readRecords(options: SearchIndexOptions): Promise<SearchRecord[]> {
  if (options.recordsFile) {
    try {
      return JSON.parse(await readFile(options.recordsFile, 'utf8')) as SearchRecord[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return loadRecords(contentRoot(), options.today ?? todayIso());
}

/** Index a built site in `outDir` (the content root comes from ARCHIVE_CONTENT_DIR, as for the build). */
export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const records = await readRecords(options);
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
  const prepare = async (record: SearchRecord): Promise<PreparedPage> => {
    const file = join(outDir, record.url, 'index.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      throw new Error(`Chỉ mục tìm kiếm: thiếu trang ${record.url} (${file}) dù mục đã xuất bản.`);
    }
    const text = [record.body ?? '', ...bodyRegions(html).map(htmlText)].join(' ');
    const { title, kind, issuer, extra } = record.meta;
    // Folded whole, not as a bag: meta fields are short, and a quoted phrase matches in them by position.
    const meta: Record<string, string> = { ...record.meta, [FOLDED_TITLE_FIELD]: fold(title) };
    if (issuer) meta[FOLDED_ISSUER_FIELD] = fold(issuer);
    if (extra) meta['extra'] = fold(extra);
    const ownKey = numberKey(record.ownNumber);
    if (ownKey) meta[NUMBER_KEY_FIELD] = ownKey;
    if (record.body) meta[TEXT_FIELD] = record.body;
    const words = indexWords(`${kind} ${text}`, record.numbers);
    return {
      url: record.url,
      words: words.map((w) => w.word).join(' '),
      weights: Uint8Array.from(words, (w) => w.weight),
      meta,
      filters: record.filters as Record<string, string[]>,
      sort: { [SORT_KEY]: record.sortDate },
    };
  };
  // Prepared pages go to a temporary mirror that Pagefind indexes as a
  // directory: its walk is the same for the same site (same index files)
  // and parses in parallel, where the service takes pages one message at a
  // time, on one core. Handing them over in date order was tried, for a
  // date sort that would compress: it did not (CBOR numbers in a run still
  // differ byte by byte), and the index chunks grew (10,000 directives).
  const mirror = await mkdtemp(join(tmpdir(), 'archive-pagefind-'));
  try {
    // Two passes: the words most pages share take the same slots on each (tokens.ts, laidOut).
    const prepared: PreparedPage[] = new Array(records.length);
    await inBatches(records, PREPARE_AHEAD, async (record, i) => {
      prepared[i] = await prepare(record);
    });
    const shared = sharedWords((function* () {
      for (const page of prepared) yield page.words.split(' ');
    })());
    await inBatches(prepared, PREPARE_AHEAD, async (page) => {
      const words = page.words.split(' ').map((word, i) => ({ word, weight: page.weights[i]! }));
      const dir = join(mirror, page.url);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), indexPage({ ...page, words: laidOut(words, shared) }));
    });
    prepared.length = 0;
    const added = await index.addDirectory({ path: mirror });
    if (added.errors.length > 0) throw new Error(`Pagefind không đọc được trang: ${added.errors.join('; ')}`);
    if (added.page_count !== records.length) throw new Error(`Pagefind lập chỉ mục ${added.page_count} trang, cần ${records.length}.`);
    // A fresh bundle: Pagefind names files by content hash and never removes old ones.
    await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
    // Pagefind also writes its ready-made UIs; this site has its own, so they go.
    const bundle = join(outDir, 'pagefind');
    for (const name of await readdir(bundle)) if (UNUSED_BUNDLE_FILE.test(name)) await rm(join(bundle, name));
    // Sizes from the disk: getFiles() would copy the whole index back into memory.
    const kept = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
    const sizes = await Promise.all(kept.map((f) => stat(join(f.parentPath, f.name)).then((s) => s.size)));
    return { records: records.length, files: kept.length, bytes: sizes.reduce((n, size) => n + size, 0) };
  } finally {
    await pagefind.close();
    await rm(mirror, { recursive: true, force: true });
  }
}

/** The line the build prints (the benchmark reads the seconds from it). */
export function logSearchIndex(report: SearchIndexReport, ms: number): void {
  console.log(`Chỉ mục tìm kiếm: ${report.records} trang, ${report.files} tệp, ${(report.bytes / 1024).toFixed(0)} KB (${(ms / 1000).toFixed(1)} giây).`);
}
