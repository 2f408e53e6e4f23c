/**
 * Build step 3: the Pagefind index, written to dist/pagefind/ by Pagefind's
 * Node API once Astro's process has exited (cli/build.ts: `npm run build`
 * runs both, so it alone gives a searchable site).
 *
 * Only published detail pages are indexed (one record each, from the same
 * link graph the pages come from: records-handoff.ts), and only the part of
 * each page marked `data-pagefind-body`, as its index text
 * (src/search/tokens.ts: folded words, each once). Pagefind reads a small
 * page made of that text, the metadata, facets and sort date
 * (prepare-shard.ts, src/search/html.ts); the files in dist/ are not touched.
 *
 * The index comes in shards of at most SHARD_PAGES pages, built one after
 * another (src/search/shards.ts: bounded memory), each by a Pagefind process
 * of its own (pagefind-run.ts). Each shard's Pagefind bundle is kept in the
 * build cache under a digest of everything Pagefind reads for it
 * (bundle-cache.ts), and so is each page's index text under a digest of its
 * HTML (page-text-cache.ts): a rebuild re-reads every page but prepares only
 * the changed ones and re-indexes only the shards they are in.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { routes } from '../../domain/routes.ts';
import { settings } from '../../settings.ts';
import { shardsOf } from '../shards.ts';
import { BundleCache } from './bundle-cache.ts';
import { PageTextCache } from './page-text-cache.ts';
import { runPagefind } from './pagefind-run.ts';
import { shardPreparer, type PreparedShard } from './prepare-shard.ts';
import { pruneBundle } from './prune-bundle.ts';
import { readRecords } from './records-handoff.ts';

const PROJECT = resolve(import.meta.dirname, '../../..');

export interface SearchIndexOptions {
  /** The build's day (cli/build.ts: the one Astro's process had); the settings' otherwise. */
  today?: string;
  /** Records written by Astro's process (searchRecordsHandoff); read from the content otherwise. */
  recordsFile?: string;
  /** The build cache (Astro's cacheDir): ARCHIVE_CACHE_DIR, or node_modules/.astro as for Astro. */
  cacheDir?: string;
}

export interface SearchIndexReport {
  records: number;
  shards: number;
  /** Shards taken from the cache, unchanged since the last build. */
  reused: number;
  files: number;
  bytes: number;
}

/** A shard's bundle: Pagefind's, less the files the site does not serve. */
const makeBundle = (shard: PreparedShard) => async (dir: string) => {
  await runPagefind(shard.pages, dir);
  await pruneBundle(dir, shard.base);
};

/** Index a built site in `outDir` (the content root comes from the settings, as for the build). */
export async function buildSearchIndex(outDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const config = settings();
  const records = await readRecords(options.recordsFile, config.contentRoot, options.today ?? config.today);
  const cache = join(options.cacheDir ?? config.cacheDir ?? join(PROJECT, 'node_modules/.astro'), 'search-index');
  const texts = await PageTextCache.open(join(cache, 'pages.json'));
  const prepare = await shardPreparer(outDir, texts);
  const bundles = new BundleCache(join(cache, 'bundles'));

  const shards = shardsOf(records, config.searchShardPages);
  await checkSearchPage(outDir, shards.map((shard) => shard.base).join(' '));
  const bundle = join(outDir, 'pagefind');
  // A fresh bundle: Pagefind names files by content hash and never removes old ones.
  await rm(bundle, { recursive: true, force: true });
  // Pagefind indexes one shard in its own process while this one prepares the next.
  let indexing: Promise<void> = Promise.resolve();
  const digests: string[] = [];
  for (const shard of shards) {
    const prepared = await prepare(shard);
    await indexing;
    digests.push(prepared.digest);
    indexing = bundles.place(prepared.digest, join(outDir, prepared.base), makeBundle(prepared));
    // Its failure is reported where it is awaited, not as an unhandled rejection meanwhile.
    indexing.catch(() => undefined);
  }
  await indexing;
  await texts.save();
  await bundles.keepOnly(digests);
  // Sizes from the disk: getFiles() would copy the whole index back into memory.
  const kept = (await readdir(bundle, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  const sizes = await Promise.all(kept.map((f) => stat(join(f.parentPath, f.name)).then((s) => s.size)));
  return {
    records: records.length,
    shards: shards.length,
    reused: bundles.reused,
    files: kept.length,
    bytes: sizes.reduce((n, size) => n + size, 0),
  };
}

/** The search page loads the shards it lists: the build fails rather than publish a search that misses some. */
async function checkSearchPage(outDir: string, bases: string): Promise<void> {
  const file = join(outDir, routes.search(), 'index.html');
  const listed = /data-search-shards="([^"]*)"/u.exec(await readFile(file, 'utf8').catch(() => ''))?.[1];
  if (listed !== bases)
    throw new Error(`Chỉ mục tìm kiếm: trang ${file} nạp các phần "${listed ?? '(không có)'}", nhưng chỉ mục gồm "${bases}".`);
}

/** The line the build prints (the benchmark reads the seconds from it). */
export function logSearchIndex(report: SearchIndexReport, ms: number): void {
  const reused = report.reused > 0 ? `, ${report.reused} lấy lại từ lần dựng trước` : '';
  console.log(
    `Chỉ mục tìm kiếm: ${report.records} trang, ${report.shards} phần${reused}, ${report.files} tệp, ${(report.bytes / 1024).toFixed(0)} KB (${(ms / 1000).toFixed(1)} giây).`,
  );
}
