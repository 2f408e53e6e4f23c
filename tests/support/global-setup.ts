/**
 * One id per `vitest run`, inherited by every worker, so each site builds
 * once per run; builds of runs older than a day are removed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TMP } from './build.ts';

export default function setup() {
  process.env.ARCHIVE_TEST_RUN ??= `${Date.now()}-${process.pid}`;
  let runs: string[] = [];
  try {
    runs = readdirSync(TMP);
  } catch {
    return;
  }
  for (const run of runs) {
    const path = join(TMP, run);
    if (Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
}
