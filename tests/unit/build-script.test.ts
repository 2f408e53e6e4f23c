import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outDirOf } from '../../cli/build.ts';
import { PROJECT } from '../../harness/build.ts';

describe('npm run build: where the index goes', () => {
  it("follows astro build's --outDir, in both spellings, and defaults to dist/", () => {
    expect(outDirOf(['--outDir', '/srv/site'])).toBe('/srv/site');
    expect(outDirOf(['--outDir=/srv/site'])).toBe('/srv/site');
    expect(outDirOf(['--verbose', '--outDir', 'out'])).toBe(resolve('out'));
    expect(outDirOf([])).toBe(join(PROJECT, 'dist'));
  });
});
