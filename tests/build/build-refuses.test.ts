/**
 * The build itself refuses bad content: every bad-input fixture makes
 * `astro build` exit non-zero with the same Vietnamese line the checker
 * prints, and nothing is written to dist/.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { PROJECT, runBuild } from '../support/build.ts';
import { overlayNames, overlayRoot } from '../support/fixtures.ts';

const cases = [
  ...overlayNames('invalid').map((name) => ['invalid', name] as const),
  ...overlayNames('unsafe-mdx').map((name) => ['unsafe-mdx', name] as const),
];

describe.concurrent('astro build refuses bad content', () => {
  it.each(cases)('%s/%s', async (group, name) => {
    const root = overlayRoot(group, name);
    const { problems } = await checkContent(root, { cwd: PROJECT });
    expect(problems.length).toBeGreaterThan(0);
    const out = join(mkdtempSync(join(tmpdir(), 'archive-dist-')), 'dist');
    const build = await runBuild(root, out);
    expect(build.code, build.output).not.toBe(0);
    for (const problem of problems) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).toMatch(/Nội dung có \d+ lỗi/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
