/**
 * Build the real site (`npm run build`'s script: astro build, then the search
 * index; through the content-root switch) at most
 * once per test run and content root, however many test files ask for it.
 * Workers coordinate with an atomic lock directory and a per-run stamp.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { slugify } from '../../src/domain/vietnamese.ts';
import { FIXTURES } from './fixtures.ts';

export const PROJECT = resolve(import.meta.dirname, '../..');
export const TMP = join(PROJECT, 'tests/.tmp');
const BUILD = join(PROJECT, 'cli/build.ts');

export function resolveContentRoot(content: string): string {
  if (content === 'content') return join(PROJECT, 'content');
  if (content === 'corpus') return join(FIXTURES, 'corpus');
  return resolve(PROJECT, content);
}

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
 * The dist directory of a built content root ('content', 'corpus' or a path),
 * built once per test run; `env` builds a variant of it (its own folder).
 */
export async function buildSite(content: string, env: Record<string, string> = {}): Promise<string> {
  const root = resolveContentRoot(content);
  const run = process.env.ARCHIVE_TEST_RUN ?? 'adhoc';
  const variant = Object.entries(env).map(([k, v]) => `-${slugify(`${k} ${v}`)}`).join('');
  // Per run, so two test runs on one machine never serve each other's half-built site.
  const dir = join(TMP, run, (slugify(relative(PROJECT, root)) || 'root') + variant);
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
      const result = await runBuild(root, dist, env);
      if (result.code !== 0) throw new Error(`the build failed for ${root}:\n${result.output}`);
      writeFileSync(stamp, new Date().toISOString());
      return dist;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
