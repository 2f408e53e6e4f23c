/**
 * A folder tree put in a second place as hard links: the build cache and
 * dist/ then share the files of a search index bundle (about 7,000 per
 * shard) instead of writing them twice; copies where links cannot be made
 * (another file system). Safe because nothing writes into a bundle's files:
 * a build removes them and writes new ones.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { inBatches } from '../domain/batches.ts';

const AT_ONCE = 64;

export async function linkTree(from: string, to: string): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  // One mkdir per folder, awaited by every file that goes in it.
  const folders = new Map<string, Promise<unknown>>();
  await inBatches(files, AT_ONCE, async (file) => {
    const source = join(file.parentPath, file.name);
    const target = join(to, relative(from, source));
    const dir = dirname(target);
    if (!folders.has(dir)) folders.set(dir, mkdir(dir, { recursive: true }));
    await folders.get(dir);
    try {
      await link(source, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM') throw error;
      await copyFile(source, target);
    }
  });
}
