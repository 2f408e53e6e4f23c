/**
 * `npm run build [-- <astro build options>]`: the site, then its search
 * index, in two processes one after the other.
 *
 * Why not in Astro's own `astro:build:done`: Astro's process keeps the memory
 * of every rendered page until it exits, and Pagefind needs as much again for
 * its index, so the two added up. Run after Astro has exited, the peak is
 * the larger of the two (docs/performance.md, "Two processes").
 *
 * Astro's process leaves the search records in a file for the index step
 * (searchRecordsHandoff), so the content is validated once per build. Both
 * steps take the day this process read (src/settings.ts): Astro's process
 * gets it as ARCHIVE_TODAY, so a build that runs across midnight publishes
 * and indexes the same entries.
 *
 * With ARCHIVE_BUILD_TIMINGS set (the benchmark), the index's span is added
 * to the timings file Astro wrote, on Astro's clock.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AFTER_BUILD, SEARCH_INDEX_STEP, type BuildTimings } from '../src/integrations/build-timings.ts';
import { buildSearchIndex, logSearchIndex } from '../src/search/index-step/search-index.ts';
import { SEARCH_RECORDS_ENV, settings, siteUrlRefusal, TODAY_ENV, type Settings } from '../src/settings.ts';

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
  timings.hooks.push({
    integration: SEARCH_INDEX_STEP,
    hook: AFTER_BUILD,
    start: startEpoch - timings.timeOrigin,
    end: endEpoch - timings.timeOrigin,
  });
  writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

/** The two steps, as build() runs them. */
export interface BuildSteps {
  astro: (args: readonly string[], env: NodeJS.ProcessEnv) => Promise<number>;
  searchIndex: typeof buildSearchIndex;
}

/** The site with `astro build args`, then its index, both with `config`'s day. */
export async function build(
  args: readonly string[],
  config: Settings,
  steps: BuildSteps = { astro: astroBuild, searchIndex: buildSearchIndex },
): Promise<number> {
  const handoff = mkdtempSync(join(tmpdir(), 'archive-build-'));
  try {
    const recordsFile = join(handoff, 'search-records.json');
    const code = await steps.astro(args, { [TODAY_ENV]: config.today, [SEARCH_RECORDS_ENV]: recordsFile });
    if (code !== 0) return code;
    const started = Date.now();
    const report = await steps.searchIndex(outDirOf(args), { recordsFile, today: config.today });
    const ended = Date.now();
    logSearchIndex(report, ended - started);
    if (config.buildTimingsFile) recordIndexSpan(config.buildTimingsFile, started, ended);
    return 0;
  } finally {
    rmSync(handoff, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  try {
    const config = settings();
    // Before Astro starts: the refusal alone, not under Astro's stack trace (site-address.ts guards `astro build`).
    const refusal = siteUrlRefusal(config);
    if (refusal) throw new Error(refusal);
    process.exitCode = await build(process.argv.slice(2), config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
