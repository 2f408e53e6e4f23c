/**
 * Build step: dist/ is brought up to date in place, instead of being emptied
 * and written again, when it is exactly what the last build left.
 *
 * Astro empties its output folder before every build, then writes every page
 * again (an incremental build copies the unchanged ones from its cache): at
 * archive scale, tens of thousands of files deleted and created again on
 * Astro's thread each build; on a file system that keeps recently freed inodes
 * aside (ext4 without a journal, as on the benchmark machine), the deletions
 * also slowed every file created in the minutes after. Kept in place, a page
 * whose cache key holds is left as it is (Astro checks that it exists), and
 * a changed one is overwritten (docs/performance.md, "dist/ in place").
 *
 * Then what the build neither wrote nor listed as a page (a removed or
 * unpublished entry, an old asset) is removed: a page no longer in the
 * archive is never served. This holds only if dist/ is what the build cache
 * last produced, so the cache keeps a digest of dist/ as the last build
 * left it; a dist/ that differs (another cache, a build cut short, a hand
 * edit) is emptied by Astro as before.
 *
 * The search index folder belongs to the index step, which replaces it whole.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGEFIND_BASE } from '../search/shards.ts';
import { removeStale, snapshotDigest, snapshotFiles, type FileSnapshot } from '../build/stale-files.ts';

const SEARCH_INDEX_FOLDER = PAGEFIND_BASE.replace(/^\/|\/$/gu, '');
const isSearchIndex = (folder: string) => folder === SEARCH_INDEX_FOLDER;

/** What the cache remembers of the output folder the last build left. */
interface LastOutput {
  outDir: string;
  digest: string;
}

export function staleOutput(): AstroIntegration {
  let state: URL | undefined;
  let before: FileSnapshot | undefined;
  return {
    name: 'archive:stale-output',
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        state = new URL('archive-output.json', config.cacheDir);
        const outDir = fileURLToPath(config.outDir);
        const last = (await readFile(state, 'utf8').then(JSON.parse, () => null)) as LastOutput | null;
        // Before Astro writes anything: a file written first would look untouched.
        const snapshot = await snapshotFiles(outDir, isSearchIndex);
        if (last?.outDir !== outDir || last.digest !== snapshotDigest(snapshot)) return;
        before = snapshot;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!state) return;
        const outDir = fileURLToPath(dir);
        if (before) {
          const pages = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
          const removed = await removeStale(outDir, before, pages);
          if (removed.length > 0) logger.info(`Đã xoá ${removed.length} tệp của lần dựng trước không còn trong bản dựng này.`);
        }
        const last: LastOutput = { outDir, digest: snapshotDigest(await snapshotFiles(outDir, isSearchIndex)) };
        await mkdir(new URL('./', state), { recursive: true });
        await writeFile(state, JSON.stringify(last));
      },
    },
  };
}
