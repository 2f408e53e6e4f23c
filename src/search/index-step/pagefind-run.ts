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
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withEnvironmentVariable } from '../../settings.ts';
import { withMirror } from './mirror.ts';

/**
 * Pagefind's index chunk size, in page entries (its default is 20,000). A
 * search loads, for each query word, the whole chunk holding it from every
 * shard; smaller chunks carry fewer other words along, for a longer chunk
 * table in each shard's page table. 4,500 gave the smallest first query of
 * the sizes tried (docs/performance.md, "Index chunk size").
 */
export const INDEX_CHUNK_SIZE = 4500;

/**
 * Pagefind reads the chunk size from its environment only (its Node API has
 * no option for it): set for the Pagefind process, which reads it when it
 * starts, and restored after.
 */
const CHUNK_SIZE_ENV = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** Pagefind's version: a new Pagefind writes other files from the same pages. */
export async function pagefindVersion(): Promise<string> {
  const main = fileURLToPath(import.meta.resolve('pagefind'));
  const manifest = JSON.parse(await readFile(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** Pagefind's bundle of `pages` (URL → the page Pagefind reads), written to `target`. */
export async function runPagefind(pages: ReadonlyMap<string, string>, target: string): Promise<void> {
  const pagefind = await import('pagefind');
  await withEnvironmentVariable(CHUNK_SIZE_ENV, String(INDEX_CHUNK_SIZE), () =>
    withMirror(pages, async (site) => {
      try {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind không khởi tạo được chỉ mục: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind không đọc được trang: ${added.errors.join('; ')}`);
        if (added.page_count !== pages.size) throw new Error(`Pagefind lập chỉ mục ${added.page_count} trang, cần ${pages.size}.`);
        const written = await index.writeFiles({ outputPath: target });
        if (written.errors.length > 0) throw new Error(`Pagefind không ghi được chỉ mục: ${written.errors.join('; ')}`);
      } finally {
        await pagefind.close();
      }
    }),
  );
}
