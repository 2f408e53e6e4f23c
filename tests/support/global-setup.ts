/**
 * One id per `vitest run`, inherited by every worker, so each site builds
 * once per run; builds of runs older than a day are removed.
 *
 * Every scratch directory of the run (fixtures copied to edit, nginx
 * prefixes, the search indexer's mirror, Chromium's profile) goes under one
 * temporary directory that is removed when the run ends: TMPDIR is set here,
 * before the workers start, and os.tmpdir() reads it.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TMP } from './build.ts';

export default function setup(): () => void {
  process.env.ARCHIVE_TEST_RUN ??= `${Date.now()}-${process.pid}`;
  const scratch = mkdtempSync(join(tmpdir(), 'archive-tests-'));
  // nginx's workers run as another user and must reach the sites copied here.
  chmodSync(scratch, 0o755);
  const outer = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  removeOldRuns();
  return () => {
    rmSync(scratch, { recursive: true, force: true });
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
  };
}

function removeOldRuns() {
  let runs: string[];
  try {
    runs = readdirSync(TMP);
  } catch {
    return;
  }
  for (const run of runs) {
    const path = join(TMP, run);
    // Another run starting at the same moment may have removed it already.
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && Date.now() - stat.mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
}
