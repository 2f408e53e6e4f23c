/**
 * What an earlier run left in an output folder, and which of it is stale.
 *
 * A snapshot records each file's change time (ctime, in nanoseconds).
 * Writing a file, even with the same bytes, moves its change time, and
 * only the file system sets it: a file whose change time is the one
 * recorded was not written since. Pure file-system work, no Astro.
 */
import { createHash } from 'node:crypto';
import { lstat, readdir, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { inBatches } from '../domain/batches.ts';

/** Relative path (with the platform's separator) → change time in nanoseconds. */
export type FileSnapshot = Map<string, bigint>;

const AT_ONCE = 64;

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/** Every file under `dir` but those in the folders `skip` names (relative paths); an absent `dir` has none. */
export async function snapshotFiles(dir: string, skip: (folder: string) => boolean = () => false): Promise<FileSnapshot> {
  const files: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(dir, folder), { withFileTypes: true });
    } catch (error) {
      if (missing(error)) return;
      throw error;
    }
    const folders: string[] = [];
    for (const entry of entries) {
      const path = folder === '' ? entry.name : join(folder, entry.name);
      if (!entry.isDirectory()) files.push(path);
      else if (!skip(path)) folders.push(path);
    }
    await Promise.all(folders.map(walk));
  };
  await walk('');
  const snapshot: FileSnapshot = new Map();
  await inBatches(files, AT_ONCE, async (path) => {
    try {
      snapshot.set(path, (await lstat(join(dir, path), { bigint: true })).ctimeNs);
    } catch (error) {
      if (!missing(error)) throw error;
    }
  });
  return snapshot;
}

/** One string for a whole snapshot: equal digests, same files written at the same moments. */
export function snapshotDigest(snapshot: FileSnapshot): string {
  const hash = createHash('sha1');
  for (const path of [...snapshot.keys()].sort()) hash.update(`${path}\0${snapshot.get(path)}\n`);
  return hash.digest('base64url');
}

/**
 * Removes the files of `snapshot` that are not `current` and that nothing
 * wrote since, then the folders that left empty. Returns the removed files'
 * relative paths, sorted.
 */
export async function removeStale(dir: string, snapshot: FileSnapshot, current: ReadonlySet<string>): Promise<string[]> {
  const removed: string[] = [];
  await inBatches(
    [...snapshot].filter(([path]) => !current.has(path)),
    AT_ONCE,
    async ([path, ctime]) => {
      try {
        if ((await lstat(join(dir, path), { bigint: true })).ctimeNs !== ctime) return;
        await unlink(join(dir, path));
        removed.push(path);
      } catch (error) {
        if (!missing(error)) throw error;
      }
    },
  );
  // Deepest first, so a folder is tried after the folders in it.
  const folders = new Set<string>();
  for (const path of removed) for (let folder = dirname(path); folder !== '.'; folder = dirname(folder)) folders.add(folder);
  for (const folder of [...folders].sort((a, b) => b.split(sep).length - a.split(sep).length)) {
    try {
      await rmdir(join(dir, folder));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
  }
  return removed.sort();
}
