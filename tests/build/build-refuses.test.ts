/**
 * The build itself refuses bad content: every bad-input fixture and every
 * hostile case (tests/support/hostile.ts) makes the build exit non-zero with
 * the same Vietnamese lines the checker prints, never a stack trace, and
 * nothing is written to dist/.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { PROJECT, runBuild } from '../../harness/build.ts';
import { overlayNames, overlayRoot } from '../support/fixtures.ts';
import { HOSTILE_CASES, hostileRoot } from '../support/hostile.ts';

const cases = [
  ...overlayNames('invalid').map((name) => ['invalid', name, () => overlayRoot('invalid', name)] as const),
  ...overlayNames('unsafe-mdx').map((name) => ['unsafe-mdx', name, () => overlayRoot('unsafe-mdx', name)] as const),
  ...HOSTILE_CASES.map((hostile) => ['hostile', hostile.name, () => hostileRoot(hostile)] as const),
];

/** In the build's environment, so a leak of it (through /proc/self/environ) would show. */
const CANARY = 'ARCHIVE_CANARY_7f3e9d1c';

describe.concurrent('astro build refuses bad content', () => {
  it.each(cases)('%s/%s', async (_group, _name, makeRoot) => {
    const root = makeRoot();
    const { problems } = await checkContent(root, { cwd: PROJECT });
    expect(problems.length).toBeGreaterThan(0);
    const out = join(mkdtempSync(join(tmpdir(), 'archive-dist-')), 'dist');
    const build = await runBuild(root, out, { [CANARY]: CANARY });
    expect(build.code, build.output).not.toBe(0);
    for (const problem of problems) expect(build.output).toContain(formatProblem(problem));
    expect(build.output).toMatch(/Nội dung có \d+ lỗi/);
    expect(build.output).not.toMatch(/\n\s+at [\w.<>]+ \(|root:x:0:0|ARCHIVE_CANARY_7f3e9d1c=/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
