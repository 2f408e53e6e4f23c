import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeStale, snapshotDigest, snapshotFiles } from '../../src/build/stale-files.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** An earlier build's output: two pages, an asset, and a folder left alone. */
function earlierBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'stale-files-'));
  dirs.push(root);
  for (const folder of ['van-ban/a', 'van-ban/b', 'van-ban/b/phu-luc', '_astro', 'pagefind/fragment'])
    mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'van-ban/a/index.html'), 'a');
  writeFileSync(join(root, 'van-ban/b/index.html'), 'b');
  writeFileSync(join(root, 'van-ban/b/phu-luc/index.html'), 'b, phụ lục');
  writeFileSync(join(root, '_astro/site.old.css'), 'old');
  writeFileSync(join(root, 'pagefind/fragment/x.pf_fragment'), 'x');
  return root;
}

describe('snapshotFiles and removeStale', () => {
  it('remove what the next run neither wrote again nor listed, and the folders left empty', async () => {
    const root = earlierBuild();
    const before = await snapshotFiles(root, (folder) => folder === 'pagefind');
    expect([...before.keys()].sort()).toEqual([
      '_astro/site.old.css',
      'van-ban/a/index.html',
      'van-ban/b/index.html',
      'van-ban/b/phu-luc/index.html',
    ]);

    // The next run writes page a again with the same bytes, page c anew, and a new asset.
    writeFileSync(join(root, 'van-ban/a/index.html'), 'a');
    mkdirSync(join(root, 'van-ban/c'));
    writeFileSync(join(root, 'van-ban/c/index.html'), 'c');
    writeFileSync(join(root, '_astro/site.new.css'), 'new');

    // Page b's appendix was kept as it is and listed as a page of this run.
    expect(await removeStale(root, before, new Set(['van-ban/b/phu-luc/index.html']))).toEqual([
      '_astro/site.old.css',
      'van-ban/b/index.html',
    ]);
    expect(existsSync(join(root, 'van-ban/a/index.html'))).toBe(true);
    expect(existsSync(join(root, 'van-ban/c/index.html'))).toBe(true);
    expect(existsSync(join(root, '_astro/site.new.css'))).toBe(true);
    expect(existsSync(join(root, 'van-ban/b/phu-luc/index.html'))).toBe(true);
    expect(existsSync(join(root, 'van-ban/b/index.html'))).toBe(false);
    expect(existsSync(join(root, '_astro'))).toBe(true);
    // The skipped folder is not looked at.
    expect(existsSync(join(root, 'pagefind/fragment/x.pf_fragment'))).toBe(true);
  });

  it('count a file copied over the old one as written', async () => {
    const root = earlierBuild();
    const before = await snapshotFiles(root);
    writeFileSync(join(root, 'cached.html'), 'a');
    copyFileSync(join(root, 'cached.html'), join(root, 'van-ban/a/index.html'));
    const removed = await removeStale(root, before, new Set());
    expect(removed).not.toContain('van-ban/a/index.html');
    expect(removed).toContain('van-ban/b/index.html');
  });

  it('remove the folders a removal leaves empty', async () => {
    const root = earlierBuild();
    const before = await snapshotFiles(root, (folder) => folder === 'pagefind');
    const removed = await removeStale(root, before, new Set(['van-ban/a/index.html']));
    expect(removed).toEqual(['_astro/site.old.css', 'van-ban/b/index.html', 'van-ban/b/phu-luc/index.html']);
    expect(existsSync(join(root, 'van-ban/b'))).toBe(false);
    expect(existsSync(join(root, '_astro'))).toBe(false);
    expect(existsSync(join(root, 'van-ban/a/index.html'))).toBe(true);
  });

  it('digest a snapshot so that any file written, added or removed changes it', async () => {
    const root = earlierBuild();
    const digest = async () => snapshotDigest(await snapshotFiles(root));
    const first = await digest();
    expect(await digest()).toBe(first);
    writeFileSync(join(root, 'van-ban/a/index.html'), 'a');
    const rewritten = await digest();
    expect(rewritten).not.toBe(first);
    writeFileSync(join(root, 'new.html'), 'n');
    const added = await digest();
    expect(added).not.toBe(rewritten);
    rmSync(join(root, 'new.html'));
    expect(await digest()).not.toBe(added);
  });

  it('find nothing in a folder that does not exist yet', async () => {
    const root = earlierBuild();
    expect((await snapshotFiles(join(root, 'dist'))).size).toBe(0);
  });
});
