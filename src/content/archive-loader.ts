/**
 * The content loader of the MDX collections. Each entry is stored with its
 * data and a digest of its file: an unchanged file is not read into the
 * schema again on the next build, and no MDX module goes through Vite. The
 * body is not stored: its page renders it from the file (entry-body.ts),
 * which keeps Astro's content store, bundled whole into the build, small.
 * The build's first step (integrations/content-check.ts) has already
 * parsed and validated every file in this process: a changed file takes its
 * data from there rather than being parsed again (build-check.ts), and
 * errors here are unexpected.
 */
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { inBatches } from '../domain/batches.ts';
import { checkedData } from './build-check.ts';
import { entryIdFromPath } from './content-root.ts';
import { readContentText } from './content-files.ts';
import { collectionFiles, PARALLEL_READS, splitFrontmatter, type MDX_COLLECTIONS } from './content-source.ts';
import { parseYaml } from '../domain/frontmatter.ts';
import { LIMITS } from '../domain/limits.ts';
import { settings } from '../settings.ts';

export function archiveLoader(root: string, collection: (typeof MDX_COLLECTIONS)[number]): Loader {
  const dir = join(root, collection);
  return {
    name: 'archive-mdx',
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      // The same files, read the same way, as the check (content-source.ts): never outside the root.
      const { files } = await collectionFiles(root, dir);
      const seen = new Set<string>();
      let checked = await checkedData(root, settings().today, collection);
      const loadOne = async (path: string) => {
        const source = await readContentText(root, path, LIMITS.entryFileBytes);
        const id = entryIdFromPath(path);
        // What the check refused (it lists the problem) is left out, in dev too.
        if (typeof source !== 'string' || id === '') return;
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) {
          seen.add(id);
          return;
        }
        const split = splitFrontmatter(source);
        if (!split) return;
        // A build takes the data its check validated; only a file the check did not pass (dev) is parsed here.
        let data = checked?.get(id) as Record<string, unknown> | undefined;
        const filePath = relative(new URL(config.root).pathname, path);
        if (!data) {
          const parsed = parseYaml(split.yaml, 2);
          if (!('data' in parsed)) return;
          data = await parseData({ id, data: parsed.data as Record<string, unknown>, filePath });
        }
        seen.add(id);
        store.set({ id, data, digest, filePath });
      };
      await inBatches(files, PARALLEL_READS, loadOne);
      // The check saw the files as they were; an editor's later save is parsed afresh.
      checked = undefined;
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      // `astro dev`: an editor's save shows on the next page load.
      if (watcher) {
        const ours = (path: string) => path.startsWith(dir) && path.endsWith('.mdx');
        watcher.add(dir);
        watcher.on('change', (path) => void (ours(path) && loadOne(path)));
        watcher.on('add', (path) => void (ours(path) && loadOne(path)));
        watcher.on('unlink', (path) => void (ours(path) && store.delete(entryIdFromPath(path))));
      }
    },
  };
}

