import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkTree } from '../../src/build/link-tree.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('linkTree', () => {
  it('puts every file of a tree in a second place, as hard links to the same files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'link-tree-'));
    dirs.push(root);
    const from = join(root, 'from');
    mkdirSync(join(from, 'index/deep'), { recursive: true });
    writeFileSync(join(from, 'entry.json'), '{}');
    for (let i = 0; i < 100; i++) writeFileSync(join(from, 'index', `${i}.pf`), `chunk ${i}`);
    writeFileSync(join(from, 'index/deep/last'), 'last');
    await linkTree(from, join(root, 'to'));
    expect(readFileSync(join(root, 'to/index/42.pf'), 'utf8')).toBe('chunk 42');
    expect(readFileSync(join(root, 'to/index/deep/last'), 'utf8')).toBe('last');
    expect(statSync(join(root, 'to/entry.json')).ino).toBe(statSync(join(from, 'entry.json')).ino);
  });

  it('refuses to replace a file already there', async () => {
    const root = mkdtempSync(join(tmpdir(), 'link-tree-'));
    dirs.push(root);
    mkdirSync(join(root, 'from'));
    mkdirSync(join(root, 'to'));
    writeFileSync(join(root, 'from/a'), 'new');
    writeFileSync(join(root, 'to/a'), 'old');
    await expect(linkTree(join(root, 'from'), join(root, 'to'))).rejects.toThrow(/EEXIST/u);
    expect(readFileSync(join(root, 'to/a'), 'utf8')).toBe('old');
  });
});
