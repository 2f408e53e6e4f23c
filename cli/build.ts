/**
 * `npm run build [-- <astro build options>]`: the site, then its search
 * index, in two processes one after the other.
 *
 * Why not in Astro's own `astro:build:done`: Astro's process keeps the memory
 * of every rendered page until it exits, and Pagefind needs as much again for
 * its index, so the two added up (10,000 directives: 4.3 GiB + 5 GiB, a
 * 9.2 GiB peak). Run after Astro has exited, the peak is the larger of the
 * two (README, "Performance").
 *
 * Astro's process leaves the search records in a file for the index step
 * (searchRecordsHandoff), so the content is validated once per build.
 *
 * With ARCHIVE_BUILD_TIMINGS set (the benchmark), the index's span is added
 * to the timings file Astro wrote, on Astro's clock.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AFTER_BUILD, BUILD_TIMINGS_ENV, SEARCH_INDEX_STEP, type BuildTimings } from '../src/integrations/build-timings.ts';
import { buildSearchIndex, logSearchIndex, SEARCH_RECORDS_ENV } from '../src/search/index-step/search-index.ts';

const PROJECT = resolve(import.meta.dirname, '..');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');

/** The output directory as `astro build` understands it: `--outDir X`, `--outDir=X`, or dist/. */
export function outDirOf(args: readonly string[]): string {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--outDir' && args[i + 1]) return resolve(args[i + 1]!);
    if (arg.startsWith('--outDir=')) return resolve(arg.slice('--outDir='.length));
  }
  return join(PROJECT, 'dist');
}

function astroBuild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', fail);
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Adds the index's span to Astro's timings file, on Astro's clock. */
function recordIndexSpan(file: string, startEpoch: number, endEpoch: number): void {
  if (!existsSync(file)) return;
  const timings = JSON.parse(readFileSync(file, 'utf8')) as BuildTimings;
  timings.hooks.push({ integration: SEARCH_INDEX_STEP, hook: AFTER_BUILD, start: startEpoch - timings.timeOrigin, end: endEpoch - timings.timeOrigin });
  writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const handoff = mkdtempSync(join(tmpdir(), 'archive-build-'));
  try {
    const recordsFile = join(handoff, 'search-records.json');
    const code = await astroBuild(args, { [SEARCH_RECORDS_ENV]: recordsFile });
    if (code !== 0) return code;
    const started = Date.now();
    const report = await buildSearchIndex(outDirOf(args), { recordsFile });
    const ended = Date.now();
    logSearchIndex(report, ended - started);
    const timingsFile = process.env[BUILD_TIMINGS_ENV];
    if (timingsFile) recordIndexSpan(timingsFile, started, ended);
    return 0;
  } finally {
    rmSync(handoff, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
