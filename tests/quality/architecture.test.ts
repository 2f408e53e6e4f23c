/**
 * The layers hold (docs/architecture.md): the dependency rules of
 * .dependency-cruiser.cjs pass on the project and fail on a tree that
 * breaks each of them, and `npm run check` never loads Astro.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../../harness/build.ts';
import { FIXTURES } from '../support/fixtures.ts';

const CRUISE = join(PROJECT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(PROJECT, '.dependency-cruiser.cjs');

function cruise(cwd: string, paths: string[]) {
  const run = spawnSync(process.execPath, [CRUISE, ...paths, '--config', CONFIG, '--output-type', 'err'], { cwd, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('the dependency rules', () => {
  it('pass on the project', () => {
    const { code, output } = cruise(PROJECT, ['src', 'cli', 'bench', 'harness', 'tests', 'astro.config.mjs']);
    expect(output).not.toMatch(/error/);
    expect(code, output).toBe(0);
  });

  it('fail on a cycle, an impure domain module and a benchmark reaching into the tests', () => {
    const { code, output } = cruise(join(FIXTURES, 'layers'), ['src', 'bench']);
    expect(code).not.toBe(0);
    expect(output).toMatch(/no-cycles: src\/(content\/reader|domain\/rule)\.ts/);
    expect(output).toMatch(/domain-is-pure: src\/domain\/rule\.ts → src\/content\/reader\.ts/);
    expect(output).toMatch(/domain-is-pure: src\/domain\/rule\.ts → (node:)?fs/);
    expect(output).toMatch(/bench-does-not-reach-into-tests: bench\/run\.ts → tests\/helper\.ts/);
  });
});

describe('npm run check', () => {
  it('loads no module of Astro or Vite', () => {
    const hook = join(tmpdir(), `astro-trace-${process.pid}.mjs`);
    writeFileSync(
      hook,
      `import { registerHooks } from 'node:module';
const seen = [];
registerHooks({ resolve(specifier, context, next) { const r = next(specifier, context); if (/\\/node_modules\\/(astro|@astrojs|vite)\\//.test(r.url)) seen.push(r.url); return r; } });
process.on('exit', () => process.stderr.write('loaded: ' + JSON.stringify(seen) + '\\n'));
`,
    );
    const run = spawnSync(process.execPath, ['--import', hook, join(PROJECT, 'cli/check.ts'), join(FIXTURES, 'minimal')], {
      cwd: PROJECT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('loaded: []');
  });
});

describe('the layout tables', () => {
  const folders = (dir: string) =>
    readdirSync(join(PROJECT, dir), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.') && d.name !== 'node_modules' && d.name !== 'dist')
      .map((d) => `${dir === '.' ? '' : `${dir}/`}${d.name}/`);
  const tracked = (path: string) => spawnSync('git', ['ls-files', '--', path], { cwd: PROJECT, encoding: 'utf8' }).stdout.trim() !== '';

  /** The paths in the first column of a Markdown table. */
  const firstColumn = (markdown: string) =>
    markdown
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/gu)].map((m) => m[1]!));

  it('name every folder of the project and of src/ (docs/architecture.md), and the README names each', () => {
    const architecture = firstColumn(readFileSync(join(PROJECT, 'docs/architecture.md'), 'utf8'));
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const all = [...folders('.').filter((f) => f !== 'src/'), ...folders('src'), ...folders('src/search')].filter(tracked);
    expect(all.filter((f) => !architecture.some((path) => path.startsWith(f)))).toEqual([]);
    const readmeNames = [
      ...folders('.').filter(tracked),
      ...folders('src')
        .filter(tracked)
        .map((f) => f.replace(/^src\//u, '')),
    ];
    expect(readmeNames.filter((f) => !readme.includes(`\`${f}`))).toEqual([]);
  });
});
