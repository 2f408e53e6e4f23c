/**
 * The real build (`npm run build`'s script: astro build, then the search
 * index), run through the content-root switch, for the tests and the
 * benchmark alike; and, for the tests, each content root built at most once
 * per run, however many test files ask for it. Workers coordinate with an
 * atomic lock directory and a per-run stamp.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../src/domain/vietnamese.ts';

export const PROJECT = resolve(import.meta.dirname, '..');
const BUILD = join(PROJECT, 'cli/build.ts');

/**
 * The address tests and benchmarks build for: `.test` is reserved for
 * testing (RFC 2606), so it names no real site. A build without an address
 * is refused (src/settings.ts, siteUrlRefusal); a test of that refusal
 * passes ARCHIVE_SITE_URL: ''.
 */
export const TEST_SITE_URL = 'https://luutru.test';

export interface BuildOutput {
  code: number | null;
  output: string;
}

/** Run the build (cli/build.ts) for a content root into outDir; resolves with exit code and combined output. */
export function runBuild(contentRoot: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildOutput> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BUILD, '--outDir', outDir], {
      cwd: PROJECT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ARCHIVE_CONTENT_DIR: contentRoot,
        ARCHIVE_CACHE_DIR: join(outDir, '..', 'cache'),
        ARCHIVE_SITE_URL: TEST_SITE_URL,
        ...env,
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, output }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The dist directory of a content root, built under `scratch` once per run
 * (ARCHIVE_TEST_RUN, one id per `vitest run`); `env` builds a variant of it
 * (its own folder).
 */
export async function buildOncePerRun(contentRoot: string, scratch: string, env: Record<string, string> = {}): Promise<string> {
  const run = process.env.ARCHIVE_TEST_RUN ?? 'adhoc';
  const variant = Object.entries(env)
    .map(([k, v]) => `-${slugify(`${k} ${v}`)}`)
    .join('');
  // Per run, so two test runs on one machine never serve each other's half-built site.
  const dir = join(scratch, run, (slugify(relative(PROJECT, contentRoot)) || 'root') + variant);
  const dist = join(dir, 'dist');
  const stamp = join(dir, 'built');
  const lock = join(dir, 'lock');
  mkdirSync(dir, { recursive: true });
  for (;;) {
    if (existsSync(stamp)) return dist;
    try {
      mkdirSync(lock);
    } catch {
      await sleep(250);
      continue;
    }
    try {
      rmSync(dist, { recursive: true, force: true });
      const result = await runBuild(contentRoot, dist, env);
      if (result.code !== 0) throw new Error(`the build failed for ${contentRoot}:\n${result.output}`);
      writeFileSync(stamp, new Date().toISOString());
      return dist;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
