/**
 * The mirror Pagefind indexes: a shard's pages written as a small site in a
 * temporary folder, a folder in memory where the system has one.
 */
import { access, constants, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inBatches } from '../../domain/batches.ts';

/** A folder in memory (tmpfs) where the system has one: Linux's /dev/shm. */
const MEMORY_FOLDER = '/dev/shm';

/** Pages written at once. */
const WRITE_AHEAD = 32;

/**
 * Where the mirror of a shard goes. Its files are written, read once by
 * Pagefind and removed, so a folder in memory is the place for them where
 * there is one (held only while Pagefind reads it): on disk, creating and
 * deleting a shard's files cost time, and on ext4 without a journal (the
 * benchmark machine) the deletions also slow every file created in the next
 * minutes, such as Pagefind's own output (docs/performance.md, "Mirror in
 * memory").
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

/** `pages` (URL → page) as a site in a temporary folder, for `use`; removed after. */
export async function withMirror<T>(pages: ReadonlyMap<string, string>, use: (site: string) => Promise<T>): Promise<T> {
  const mirror = await mkdtemp(join(await mirrorRoot(), 'archive-pagefind-'));
  try {
    await inBatches([...pages], WRITE_AHEAD, async ([url, page]) => {
      const dir = join(mirror, url);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), page);
    });
    return await use(mirror);
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
}
