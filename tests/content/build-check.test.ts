/**
 * The build checks its content once per process (src/content/build-check.ts):
 * the loader takes each file's validated data from there, but only when the
 * check found nothing wrong.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedData, forgetBuildCheck } from '../../src/content/build-check.ts';
import { checkContentForBuild } from '../../src/content/check.ts';
import { MINIMAL_ROOT, overlayRoot } from '../support/fixtures.ts';

const TODAY = '2026-06-30';
afterEach(forgetBuildCheck);

describe('the build’s content check, kept for the loader', () => {
  it('is nothing before the check ran', async () => {
    expect(await checkedData(MINIMAL_ROOT, TODAY, 'directives')).toBeUndefined();
  });

  it('hands over every file’s validated data once the check passed', async () => {
    const first = checkContentForBuild(MINIMAL_ROOT, TODAY);
    expect(checkContentForBuild(MINIMAL_ROOT, TODAY)).toBe(first);
    const data = await checkedData(MINIMAL_ROOT, TODAY, 'directives');
    const files = readdirSync(join(MINIMAL_ROOT, 'directives')).map((f) => f.replace(/\.mdx$/u, ''));
    expect([...data!.keys()].sort()).toEqual(files.sort());
    // Validated: defaults filled in, as Astro's own parse would.
    expect([...data!.values()].every((d) => Array.isArray((d as { campaigns?: unknown }).campaigns))).toBe(true);
  });

  it('hands over nothing when the check found a problem, so the loader parses the files itself', async () => {
    const root = overlayRoot('invalid', 'schema-bad-kind');
    expect((await checkContentForBuild(root, TODAY)).problems.length).toBeGreaterThan(0);
    expect(await checkedData(root, TODAY, 'directives')).toBeUndefined();
  });
});
