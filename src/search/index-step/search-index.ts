/**
 * Build step 3: the Pagefind index, written to dist/pagefind/ by Pagefind's
 * Node API once Astro's process has exited (cli/build.ts: `npm run build`
 * runs both, so it alone gives a searchable site).
 *
 * Only published detail pages are indexed (one record each, from the same
 * link graph the pages come from), and only the part of each page marked
 * `data-pagefind-body`, as its index text (src/search/tokens.ts: folded
 * words, each once). Pagefind reads a small page made of that text, the
 * metadata, facets and sort date (src/search/html.ts); the files in
 * dist/ are not touched.
 *
 * The index comes in shards of at most SHARD_PAGES pages, built one after
 * another (src/search/shards.ts: bounded memory). Each shard's Pagefind
 * bundle is kept in the build cache under a digest of everything Pagefind
 * reads for it, and so is each page's index text under a digest of its
 * HTML: a rebuild re-reads every page but prepares only the changed ones and
 * re-indexes only the shards they are in.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { access, constants, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContentForBuild } from '../../content/check.ts';
import { byCollection } from '../../domain/integrity.ts';
import { contentRoot } from '../../content/content-root.ts';
import { buildPublishedGraph } from '../../domain/graph.ts';
import { FOLDED_ISSUER_FIELD, FOLDED_TITLE_FIELD, NUMBER_KEY_FIELD, SORT_KEY, TEXT_FIELD } from '../facets.ts';
import { bodyRegions, htmlText, indexPage } from '../html.ts';
import { searchRecords, type SearchRecord } from '../records.ts';
import { PAGEFIND_BASE, shardPages, shardsOf, type Shard } from '../shards.ts';
import { routes } from '../../domain/routes.ts';
import { indexWords, laidOut, numberKey, sharedWords, type IndexWord } from '../tokens.ts';
import { inBatches } from '../../domain/batches.ts';
import { linkTree } from '../../build/link-tree.ts';
import { todayIso } from '../../domain/dates.ts';
import { fold } from '../../domain/vietnamese.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');

/** Pages read and prepared at once. */
const PREPARE_AHEAD = 32;

/**
 * Pagefind's index chunk size, in page entries (its default is 20,000). A
 * search loads, for each query word, the whole chunk holding it from every
 * shard; smaller chunks carry fewer other words along, for a longer chunk
 * table in each shard's page table. 10,000 directives in two shards, first
 * query: 344.2 KB at the default, 327.3 KB at 10,000, 301.5 KB at 4,500,
 * 304.7 KB at 6,000 and 308.3 KB at 3,000.
 */
export const INDEX_CHUNK_SIZE = 4500;

/** Pagefind reads the chunk size from its environment only. */
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's own UIs (default, modular, component) and its highlighter: unused here. */
const UNUSED_BUNDLE_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/u;
/** An older shard is merged by the primary bundle's script: it needs only its data. */
const SHARD_DATA_FILE = /^(?:pagefind-entry\.json|.+\.pf_meta|index|fragment|filter)$/u;

export interface SearchIndexOptions {
  today?: string;
  /** Records written by Astro's process (searchRecordsHandoff); read from the content otherwise. */
  recordsFile?: string;
  /** The build cache (Astro's cacheDir): ARCHIVE_CACHE_DIR, or node_modules/.astro as for Astro. */
  cacheDir?: string;
}

/** Where Astro's process leaves the search records for the index step (cli/build.ts sets it). */
export const SEARCH_RECORDS_ENV = 'ARCHIVE_SEARCH_RECORDS';

export interface SearchIndexReport {
  records: number;
  shards: number;
  /** Shards taken from the cache, unchanged since the last build. */
  reused: number;
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

const sha1 = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

/** Pagefind's version: a new Pagefind writes other files from the same pages. */
async function pagefindVersion(): Promise<string> {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = JSON.parse(await readFile(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * The code that turns a built page into what Pagefind reads: a cached page
 * text or bundle made by other code is stale, so its digest is part of every
 * cache key (an editor's CI restores the cache across code changes too).
 */
const INDEX_CODE = ['./search-index.ts', '../tokens.ts', '../html.ts', '../../domain/vietnamese.ts', '../../domain/document-number.ts'];

async function indexCodeDigest(): Promise<string> {
  const sources = await Promise.all(INDEX_CODE.map((path) => readFile(new URL(path, import.meta.url), 'utf8')));
  return sha1(...sources);
}

/** A weight (1 to 10) as one printable character, which JSON keeps as it is. */
const WEIGHT_CHAR = 64;

/**
 * Index texts of earlier builds, by a digest of each page's HTML and record,
 * packed as "words\tweights" (a character per weight) to keep the file
 * small. Only the pages of the last build are kept.
 */
class PageTextCache {
  private readonly used = new Map<string, string>();
  private readonly file: string;
  private readonly earlier: Map<string, string>;

  private constructor(file: string, earlier: Map<string, string>) {
    this.file = file;
    this.earlier = earlier;
  }

  static async open(file: string): Promise<PageTextCache> {
    try {
      return new PageTextCache(file, new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>)));
    } catch {
      // No cache, or an unreadable one: every page is prepared again.
      return new PageTextCache(file, new Map());
    }
  }

  get(key: string): IndexWord[] | undefined {
    const packed = this.earlier.get(key);
    if (packed === undefined) return undefined;
    this.used.set(key, packed);
    const [words = '', weights = ''] = packed.split('\t');
    return words === '' ? [] : words.split(' ').map((word, i) => ({ word, weight: weights.charCodeAt(i) - WEIGHT_CHAR }));
  }

  set(key: string, words: readonly IndexWord[]): void {
    this.used.set(key, `${words.map((w) => w.word).join(' ')}\t${words.map((w) => String.fromCharCode(WEIGHT_CHAR + w.weight)).join('')}`);
  }

  async save(): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFile(this.file, JSON.stringify(Object.fromEntries(this.used)));
  }
}

/** A shard ready for Pagefind: each page as Pagefind reads it, and a digest of them all. */
interface PreparedShard {
  base: string;
  digest: string;
  /** URL → the page Pagefind reads (html.ts, indexPage). */
  pages: Map<string, string>;
}

/** Index a built site in `outDir` (the content root comes from ARCHIVE_CONTENT_DIR, as for the build). */
export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const records = await readRecords(options);
  const cache = join(options.cacheDir ?? process.env['ARCHIVE_CACHE_DIR'] ?? join(PROJECT, 'node_modules/.astro'), 'search-index');
  const texts = await PageTextCache.open(join(cache, 'pages.json'));
  const version = `${await pagefindVersion()}\0${await indexCodeDigest()}`;

  const pageWords = async (record: SearchRecord): Promise<IndexWord[]> => {
    const file = join(outDir, record.url, 'index.html');
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      throw new Error(`Chỉ mục tìm kiếm: thiếu trang ${record.url} (${file}) dù mục đã xuất bản.`);
    }
    const key = sha1(version, record.meta.kind, record.body ?? '', record.numbers.join('\n'), html);
    const cached = texts.get(key);
    if (cached) return cached;
    const text = [record.body ?? '', ...bodyRegions(html).map(htmlText)].join(' ');
    const words = indexWords(`${record.meta.kind} ${text}`, record.numbers);
    texts.set(key, words);
    return words;
  };

  const prepare = async (shard: Shard<SearchRecord>): Promise<PreparedShard> => {
    const words: IndexWord[][] = new Array(shard.pages.length);
    await inBatches(shard.pages, PREPARE_AHEAD, async (record, i) => {
      words[i] = await pageWords(record);
    });
    // The words most of the shard's pages share take the same slots on each (tokens.ts, laidOut).
    const shared = sharedWords(words.map((page) => page.map((w) => w.word)));
    const pages = new Map<string, string>();
    const digest = createHash('sha1').update(`${version}\0${INDEX_CHUNK_SIZE}\0${shard.base}\0`);
    shard.pages.forEach((record, i) => {
      const page = indexPage({ ...pageData(record), words: laidOut(words[i]!, shared) });
      pages.set(record.url, page);
      digest.update(`${record.url}\0${page}\0`);
    });
    return { base: shard.base, digest: digest.digest('base64url'), pages };
  };

  const bundles = join(cache, 'bundles');
  const reused: string[] = [];
  const index = async (shard: PreparedShard): Promise<void> => {
    const cached = join(bundles, shard.digest);
    if (await exists(cached)) reused.push(shard.digest);
    else {
      // Written beside its place and moved in whole, so an interrupted build never leaves half a bundle to reuse.
      const partial = `${cached}.partial`;
      await rm(partial, { recursive: true, force: true });
      await indexShard(shard, partial);
      await rename(partial, cached);
    }
    await linkTree(cached, join(outDir, shard.base));
  };

  const shards = shardsOf(records, shardPages());
  await checkSearchPage(outDir, shards.map((shard) => shard.base).join(' '));
  const bundle = join(outDir, 'pagefind');
  // A fresh bundle: Pagefind names files by content hash and never removes old ones.
  await rm(bundle, { recursive: true, force: true });
  const chunkSize = process.env[CHUNK_SIZE_ENV];
  process.env[CHUNK_SIZE_ENV] = String(INDEX_CHUNK_SIZE);
  try {
    // Pagefind indexes one shard in its own process while this one prepares the next.
    let indexing: Promise<void> = Promise.resolve();
    const digests: string[] = [];
    for (const shard of shards) {
      const prepared = await prepare(shard);
      await indexing;
      digests.push(prepared.digest);
      indexing = index(prepared);
      // Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
      indexing.catch(() => undefined);
    }
    await indexing;
    await texts.save();
    // The cache keeps the bundles of this build only.
    for (const name of await readdir(bundles).catch(() => [])) if (!digests.includes(name)) await rm(join(bundles, name), { recursive: true, force: true });
  } finally {
    if (chunkSize === undefined) delete process.env[CHUNK_SIZE_ENV];
    else process.env[CHUNK_SIZE_ENV] = chunkSize;
  }
  // Sizes from the disk: getFiles() would copy the whole index back into memory.
  const kept = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const sizes = await Promise.all(kept.map((f) => stat(join(f.parentPath, f.name)).then((s) => s.size)));
  return { records: records.length, shards: shards.length, reused: reused.length, files: kept.length, bytes: sizes.reduce((n, size) => n + size, 0) };
}

/** What Pagefind files with a page besides its words: the metadata a result shows and searches, facets, sort date. */
function pageData(record: SearchRecord) {
  const { title, issuer, extra } = record.meta;
  // Folded whole, not as a bag: meta fields are short, and a quoted phrase matches in them by position.
  const meta: Record<string, string> = { ...record.meta, [FOLDED_TITLE_FIELD]: fold(title) };
  if (issuer) meta[FOLDED_ISSUER_FIELD] = fold(issuer);
  if (extra) meta['extra'] = fold(extra);
  const ownKey = numberKey(record.ownNumber);
  if (ownKey) meta[NUMBER_KEY_FIELD] = ownKey;
  if (record.body) meta[TEXT_FIELD] = record.body;
  return { meta, filters: record.filters as Record<string, string[]>, sort: { [SORT_KEY]: record.sortDate } };
}

/** The search page loads the shards it lists: the build fails rather than publish a search that misses some. */
async function checkSearchPage(outDir: string, bases: string): Promise<void> {
  const file = join(outDir, routes.search(), 'index.html');
  const listed = /data-search-shards="([^"]*)"/u.exec(await readFile(file, 'utf8').catch(() => ''))?.[1];
  if (listed !== bases) throw new Error(`Chỉ mục tìm kiếm: trang ${file} nạp các phần "${listed ?? '(không có)'}", nhưng chỉ mục gồm "${bases}".`);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** A folder in memory (tmpfs) where the system has one: Linux's /dev/shm. */
const MEMORY_FOLDER = '/dev/shm';

/**
 * Where the mirror of a shard goes. Its files are written, read once by
 * Pagefind and removed, so a folder in memory is the place for them where
 * there is one (about 100 MB a shard, held only while Pagefind reads it): on
 * disk, creating and deleting 7,000 files cost time, and on ext4 without a
 * journal (the benchmark machine) the deletions also slow every file created
 * in the next minutes, such as Pagefind's own output (README, "Performance").
 */
async function mirrorRoot(): Promise<string> {
  try {
    await access(MEMORY_FOLDER, constants.W_OK);
    if ((await stat(MEMORY_FOLDER)).isDirectory()) return MEMORY_FOLDER;
  } catch {
    // No such folder here: the system's temporary folder.
  }
  return tmpdir();
}

/**
 * One shard through Pagefind, in a Pagefind process of its own (closed
 * after, so its memory is returned before the next shard). The pages go to
 * a temporary mirror that Pagefind indexes as a directory: its walk is the
 * same for the same site (same index files) and parses in parallel, where
 * the service takes pages one message at a time, on one core. Handing them
 * over in date order was tried, for a date sort that would compress: it did
 * not (CBOR numbers in a run still differ byte by byte), and the index
 * chunks grew (10,000 directives).
 */
async function indexShard(shard: PreparedShard, target: string): Promise<void> {
  const mirror = await mkdtemp(join(await mirrorRoot(), 'archive-pagefind-'));
  const pagefind = await import('pagefind');
  try {
    await inBatches([...shard.pages], PREPARE_AHEAD, async ([url, page]) => {
      const dir = join(mirror, url);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), page);
    });
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: mirror });
    if (added.errors.length > 0) throw new Error(`Pagefind không đọc được trang: ${added.errors.join('; ')}`);
    if (added.page_count !== shard.pages.size) throw new Error(`Pagefind lập chỉ mục ${added.page_count} trang, cần ${shard.pages.size}.`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
    await rm(mirror, { recursive: true, force: true });
  }
  // Pagefind also writes its ready-made UIs (this site has its own), and in an
  // older shard its script, worker and wasm, which the primary bundle's serve.
  const primary = shard.base === PAGEFIND_BASE;
  for (const name of await readdir(target)) {
    if (primary ? UNUSED_BUNDLE_FILE.test(name) : !SHARD_DATA_FILE.test(name)) await rm(join(target, name), { recursive: true });
  }
}

/** The line the build prints (the benchmark reads the seconds from it). */
export function logSearchIndex(report: SearchIndexReport, ms: number): void {
  const reused = report.reused > 0 ? `, ${report.reused} lấy lại từ lần dựng trước` : '';
  console.log(
    `Chỉ mục tìm kiếm: ${report.records} trang, ${report.shards} phần${reused}, ${report.files} tệp, ${(report.bytes / 1024).toFixed(0)} KB (${(ms / 1000).toFixed(1)} giây).`,
  );
}
