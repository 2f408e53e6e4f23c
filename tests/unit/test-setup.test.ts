import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPrerequisites, plan, PREREQUISITES, type Prerequisite } from '../../cli/test-setup.ts';
import { CHROMIUM } from '../../harness/chromium.ts';
import { PROJECT } from '../../harness/build.ts';
import { NGINX } from '../../harness/nginx.ts';

const [chromium, nginx] = PREREQUISITES as [Prerequisite, Prerequisite];

describe('npm test: the setup step before Vitest', () => {
  it('checks the very paths the tests use, from the Debian packages that install them', () => {
    expect(PREREQUISITES.map((p) => [p.path, p.pkg])).toEqual([
      [CHROMIUM, 'chromium'],
      [NGINX, 'nginx-light'],
    ]);
  });

  it('finds what is missing with the check it is given, and with the real one on a path that does not exist', () => {
    expect(missingPrerequisites(() => true)).toEqual([]);
    expect(missingPrerequisites(() => false)).toEqual([chromium, nginx]);
    expect(missingPrerequisites((path) => path !== NGINX)).toEqual([nginx]);
    const nowhere = { ...chromium, path: join(PROJECT, 'tests/.tmp/no-such-dir/chromium') };
    expect(missingPrerequisites(undefined, [nowhere, nginx])).toEqual([nowhere]);
  });

  it('does nothing when both are there, whoever runs it', () => {
    expect(plan([], 0)).toEqual({ action: 'none' });
    expect(plan([], 1000)).toEqual({ action: 'none' });
  });

  it('as root, installs what is missing with apt-get, after apt-get update, saying so in one line', () => {
    const todo = plan([chromium, nginx], 0);
    if (todo.action !== 'install') throw new Error(`expected an install, got ${todo.action}`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    expect(todo.commands).toEqual([
      { file: 'apt-get', args: ['update'], env },
      { file: 'apt-get', args: ['install', '-y', 'chromium', 'nginx-light'], env },
    ]);
    expect(todo.message).not.toContain('\n');
    expect(todo.message).toMatch(/installing chromium nginx-light with apt-get/);
    expect(todo.message).toContain('/usr/bin/chromium (for the browser tests)');
    expect(todo.message).toContain('/usr/sbin/nginx');

    const one = plan([nginx], 0);
    expect(one.action === 'install' && one.commands.at(-1)!.args).toEqual(['install', '-y', 'nginx-light']);
  });

  it('in CI, keeps apt-get quiet (errors still show)', () => {
    const todo = plan([chromium, nginx], 0, true);
    expect(todo.action === 'install' && todo.commands.map((c) => c.args)).toEqual([
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium', 'nginx-light'],
    ]);
  });

  it('not as root, stops with the command to run', () => {
    for (const uid of [1000, undefined]) {
      const todo = plan([chromium, nginx], uid);
      if (todo.action !== 'stop') throw new Error(`expected a stop, got ${todo.action}`);
      expect(todo.message.split('\n').at(-1)!.trim()).toBe('sudo apt-get install -y chromium nginx-light');
      expect(todo.message).toContain('missing /usr/bin/chromium (for the browser tests) and /usr/sbin/nginx');
    }
    const one = plan([chromium], 1000);
    expect(one.action === 'stop' && one.message.split('\n').at(-1)!.trim()).toBe('sudo apt-get install -y chromium');
  });

  it('with both installed (as the tests need), exits 0 and prints nothing', () => {
    const run = spawnSync(process.execPath, [join(PROJECT, 'cli/test-setup.ts')], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('runs before Vitest in `npm test`, which still hands its arguments to Vitest', () => {
    const scripts = (JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['test']).toBe('node cli/test-setup.ts && vitest run');
  });

  it('.ci/run checks types and lint, then runs exactly the README’s test command, and installs nothing itself', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8');
    const command = /Run the tests[^\n]*\n+```sh\n([^\n]+)\n```/u.exec(readme)?.[1];
    expect(command).toBe('npm install && npm test');
    const steps = readFileSync(join(PROJECT, '.ci/run'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    expect(steps).toEqual(['set -euo pipefail', 'cd "$(dirname "$0")/.."', 'npm install', 'npm run typecheck', 'npm run lint', command]);
  });
});
