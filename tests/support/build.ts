/**
 * The sites the tests build: the project's content, the fixture corpus or
 * any content root, each built once per test run (harness/build.ts) into
 * the tests' scratch folder.
 */
import { join, resolve } from 'node:path';
import { buildOncePerRun, PROJECT } from '../../harness/build.ts';
import { FIXTURES } from './fixtures.ts';

export const TMP = join(PROJECT, 'tests/.tmp');

export function resolveContentRoot(content: string): string {
  if (content === 'content') return join(PROJECT, 'content');
  if (content === 'corpus') return join(FIXTURES, 'corpus');
  return resolve(PROJECT, content);
}

/**
 * The dist directory of a built content root ('content', 'corpus' or a path),
 * built once per test run; `env` builds a variant of it (its own folder).
 */
export function buildSite(content: string, env: Record<string, string> = {}): Promise<string> {
  return buildOncePerRun(resolveContentRoot(content), TMP, env);
}
