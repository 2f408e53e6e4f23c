/**
 * Shard bundles of earlier builds, in the build cache under a digest of
 * everything Pagefind read for them (prepare-shard.ts): a shard whose pages
 * did not change is linked into dist/ rather than indexed again.
 */
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { linkTree } from '../../build/link-tree.ts';

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export class BundleCache {
  private readonly dir: string;
  private taken = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Bundles taken from the cache, unchanged since the last build. */
  get reused(): number {
    return this.taken;
  }

  /** The bundle named `digest` linked at `target`: from the cache, or made by `make` in the folder it is given. */
  async place(digest: string, target: string, make: (dir: string) => Promise<void>): Promise<void> {
    const cached = join(this.dir, digest);
    if (await exists(cached)) this.taken++;
    else {
      // Written beside its place and moved in whole, so an interrupted build never leaves half a bundle to reuse.
      const partial = `${cached}.partial`;
      await rm(partial, { recursive: true, force: true });
      await make(partial);
      await rename(partial, cached);
    }
    await linkTree(cached, target);
  }

  /** The cache keeps the bundles of this build only. */
  async keepOnly(digests: readonly string[]): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => []))
      if (!digests.includes(name)) await rm(join(this.dir, name), { recursive: true, force: true });
  }
}
