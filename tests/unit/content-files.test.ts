import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, readContentBytes, regularFileInside } from '../../src/content/content-files.ts';
import { formatBytes } from '../../src/domain/numbers.ts';

describe('decodeText', () => {
  it('drops a byte-order mark', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('một\nhai\nba '), Buffer.from([0xe0, 0x41]), Buffer.from('\nbốn')]);
    expect(decodeText(bytes)).toMatchObject({ line: 3, found: expect.stringMatching(/UTF-8/) });
  });
});

describe('regularFileInside', () => {
  const root = mkdtempSync(join(tmpdir(), 'archive-files-'));
  mkdirSync(join(root, 'files'));
  writeFileSync(join(root, 'files/a.pdf'), '12345');
  symlinkSync('a.pdf', join(root, 'files/b.pdf'));
  symlinkSync('/etc/hostname', join(root, 'files/c.pdf'));
  symlinkSync('..', join(root, 'files/up'));

  it('reads a file, and a link that stays inside the root', async () => {
    expect(regularFileInside(root, join(root, 'files/a.pdf'), 5)).toMatchObject({ size: 5 });
    expect(regularFileInside(root, join(root, 'files/b.pdf'), 5)).toMatchObject({ real: join(root, 'files/a.pdf') });
    expect(Buffer.from(await readContentBytes(root, join(root, 'files/b.pdf'), 5)).toString()).toBe('12345');
  });

  it('refuses links out of the root, folders, missing and too large files', async () => {
    expect(regularFileInside(root, join(root, 'files/c.pdf'), 5)).toMatchObject({ found: expect.stringMatching(/ngoài kho/) });
    expect(regularFileInside(root, join(root, 'files/up/files/a.pdf'), 5)).toMatchObject({ size: 5 });
    expect(regularFileInside(root, join(root, 'files'), 5)).toMatchObject({ found: 'một thư mục' });
    expect(regularFileInside(root, join(root, 'files/z.pdf'), 5)).toMatchObject({ found: 'không tìm thấy' });
    expect(regularFileInside(root, join(root, 'files/a.pdf'), 4)).toMatchObject({ found: 'tệp 5 byte' });
    await expect(readContentBytes(root, join(root, 'files/c.pdf'), 5)).rejects.toThrow(/ngoài kho/);
  });
});

describe('formatBytes', () => {
  it('reads as a clerk would', () => {
    expect([formatBytes(5), formatBytes(2 * 1024 * 1024), formatBytes(1.5 * 2 ** 30), formatBytes(1536)]).toEqual([
      '5 byte',
      '2 MB',
      '1,5 GB',
      '1,5 KB',
    ]);
  });
});
