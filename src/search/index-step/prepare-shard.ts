/**
 * A shard made ready for Pagefind: each page as Pagefind reads it (its
 * index text, folded words each once, with the metadata, facets and sort
 * date: src/search/html.ts), and a digest of all that, which names the
 * shard's bundle in the cache. Each page's index text is kept in the page
 * text cache under a digest of its HTML and record, so a rebuild re-reads
 * every page but prepares only the changed ones.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inBatches } from '../../domain/batches.ts';
import { fold } from '../../domain/vietnamese.ts';
import { FOLDED_ISSUER_FIELD, FOLDED_TITLE_FIELD, NUMBER_KEY_FIELD, SORT_KEY, TEXT_FIELD } from '../facets.ts';
import { bodyRegions, htmlText, indexPage } from '../html.ts';
import type { SearchRecord } from '../records.ts';
import type { Shard } from '../shards.ts';
import { indexWords, laidOut, numberKey, sharedWords, type IndexWord } from '../tokens.ts';
import type { PageTextCache } from './page-text-cache.ts';
import { INDEX_CHUNK_SIZE, pagefindVersion } from './pagefind-run.ts';

/** Pages read and prepared at once. */
const PREPARE_AHEAD = 32;

const sha1 = (...parts: string[]) => {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
};

/**
 * The code that turns a built page into what Pagefind reads, and into the
 * bundle kept: a cached page text or bundle made by other code is stale, so
 * its digest is part of every cache key (an editor's CI restores the cache
 * across code changes too).
 */
const INDEX_CODE = [
  './prepare-shard.ts',
  './page-text-cache.ts',
  './pagefind-run.ts',
  './mirror.ts',
  './prune-bundle.ts',
  '../tokens.ts',
  '../html.ts',
  '../../domain/vietnamese.ts',
  '../../domain/document-number.ts',
];

async function indexCodeDigest(): Promise<string> {
  const sources = await Promise.all(INDEX_CODE.map((path) => readFile(new URL(path, import.meta.url), 'utf8')));
  return sha1(...sources);
}

/** A shard ready for Pagefind: each page as Pagefind reads it, and a digest of them all. */
export interface PreparedShard {
  base: string;
  digest: string;
  /** URL → the page Pagefind reads (html.ts, indexPage). */
  pages: Map<string, string>;
}

/** Prepares the shards of the site built in `outDir`, one after another, through the page text cache. */
export async function shardPreparer(outDir: string, texts: PageTextCache): Promise<(shard: Shard<SearchRecord>) => Promise<PreparedShard>> {
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

  return async (shard) => {
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
