/**
 * `npm test` runs this before Vitest: the tests use Debian's Chromium (the
 * browser tests) and Debian's nginx (the site served as a host serves it),
 * which a fresh Debian machine with only Node and apt lacks.
 *
 * Both present: nothing else happens (two file checks). Missing and run as
 * root (CI, containers): installs them with apt-get, saying so in one line.
 * Missing otherwise: exits 1 with the command to run once; it never skips
 * tests quietly.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface Prerequisite {
  /** Where the tests look for it (harness/chromium.ts, harness/nginx.ts). */
  readonly path: string;
  /** The Debian package that installs it. */
  readonly pkg: string;
  /** Which tests need it, for the messages. */
  readonly usedBy: string;
}

export const PREREQUISITES: readonly Prerequisite[] = [
  { path: '/usr/bin/chromium', pkg: 'chromium', usedBy: 'the browser tests' },
  { path: '/usr/sbin/nginx', pkg: 'nginx-light', usedBy: 'the tests that serve the site with nginx' },
];

export interface Command {
  readonly file: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export type Plan =
  | { readonly action: 'none' }
  | { readonly action: 'install'; readonly message: string; readonly commands: readonly Command[] }
  | { readonly action: 'stop'; readonly message: string };

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The prerequisites this machine lacks; `exists` is the check (a stand-in in the unit test). */
export function missingPrerequisites(
  exists: (path: string) => boolean = isExecutable,
  wanted: readonly Prerequisite[] = PREREQUISITES,
): Prerequisite[] {
  return wanted.filter((p) => !exists(p.path));
}

/** What to do about them: `uid` is process.getuid() (undefined off POSIX), `ci` whether CI is set. */
export function plan(missing: readonly Prerequisite[], uid: number | undefined, ci = false): Plan {
  if (missing.length === 0) return { action: 'none' };
  const pkgs = missing.map((p) => p.pkg);
  const what = missing.map((p) => `${p.path} (for ${p.usedBy})`).join(' and ');
  if (uid !== 0) {
    const them = missing.length === 1 ? 'it' : 'them';
    return {
      action: 'stop',
      message: `test setup: missing ${what}. Install ${them} once with:\n  sudo apt-get install -y ${pkgs.join(' ')}`,
    };
  }
  // CI logs keep apt's errors and drop its progress lines.
  const quiet = ci ? ['-qq'] : [];
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  return {
    action: 'install',
    message: `test setup: installing ${pkgs.join(' ')} with apt-get, as this machine is missing ${what}`,
    commands: [
      { file: 'apt-get', args: ['update', ...quiet], env },
      { file: 'apt-get', args: ['install', '-y', ...quiet, ...pkgs], env },
    ],
  };
}

function shown(command: Command): string {
  return [...Object.entries(command.env).map(([k, v]) => `${k}=${v}`), command.file, ...command.args].join(' ');
}

function failure(result: ReturnType<typeof spawnSync>): string {
  const code = (result.error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'apt-get was not found (this setup is for Debian)';
  if (result.error) return result.error.message;
  return result.signal ? `killed by ${result.signal}` : `exit ${result.status}`;
}

function main(): number {
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
  const todo = plan(missingPrerequisites(), process.getuid?.(), ci);
  if (todo.action === 'none') return 0;
  if (todo.action === 'stop') {
    console.error(todo.message);
    return 1;
  }
  console.log(todo.message);
  for (const command of todo.commands) {
    const result = spawnSync(command.file, command.args, { stdio: 'inherit', env: { ...process.env, ...command.env } });
    if (result.error || result.status !== 0) {
      console.error(`test setup: \`${shown(command)}\` failed: ${failure(result)}`);
      return 1;
    }
  }
  const still = missingPrerequisites();
  if (still.length > 0) {
    console.error(
      `test setup: apt-get finished, yet ${still.map((p) => p.path).join(' and ')} ${still.length === 1 ? 'is' : 'are'} still missing`,
    );
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = main();
