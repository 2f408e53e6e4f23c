/**
 * The build itself refuses bad content: every bad-input fixture and every
 * hostile case (tests/support/hostile.ts) makes the build exit non-zero with
 * the same Vietnamese lines the checker prints, never a stack trace, and
 * nothing is written to dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { PROJECT, runBuild } from '../../harness/build.ts';
import { PLACEHOLDER_SITE_URL, siteUrlRefusal } from '../../src/settings.ts';
import { MINIMAL_ROOT, overlayNames, overlayRoot } from '../support/fixtures.ts';
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

describe.concurrent('a build for the web needs the site’s own address', () => {
  const refusal = siteUrlRefusal({ siteUrl: PLACEHOLDER_SITE_URL })!;

  it.each([
    ['not set', ''],
    ['the placeholder', PLACEHOLDER_SITE_URL],
  ])('npm run build refuses ARCHIVE_SITE_URL %s, saying how to set it', async (_case, siteUrl) => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-dist-')), 'dist');
    const build = await runBuild(MINIMAL_ROOT, out, { ARCHIVE_SITE_URL: siteUrl });
    expect(build.code, build.output).not.toBe(0);
    expect(build.output.trim()).toBe(refusal);
    expect(existsSync(out)).toBe(false);
  });

  it('astro build alone refuses it too', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'archive-dist-')), 'dist');
    const run = spawnSync(process.execPath, [join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ARCHIVE_CONTENT_DIR: MINIMAL_ROOT, ARCHIVE_SITE_URL: '' },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(refusal);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});
