/**
 * Peak memory of a process tree, the way `top` would add it up: every
 * `interval` ms, read VmRSS from /proc/<pid>/status of every descendant of
 * `root` (the build's Node process and whatever it starts, e.g. Pagefind's
 * service binary), sum them, and keep the largest sum. Linux only.
 *
 * Shared pages are counted once per process, so the sum can only overstate
 * the real footprint, never hide part of it.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface RssPeak {
  /** Largest sum of VmRSS over the tree, in bytes. */
  peakBytes: number;
  /** Processes alive at that sample. */
  peakProcesses: number;
  samples: number;
}

function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …": comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/**
 * Every live descendant of `root` (not `root` itself). With `only`, just the
 * children of `root` whose command line passes it, and their descendants:
 * a test worker may share its parent with other workers' builds.
 */
export function descendants(root: number, only?: (commandLine: string) => boolean): number[] {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return [];
  }
  for (const name of names) {
    if (!/^\d+$/u.test(name)) continue;
    const ppid = parentOf(name);
    if (ppid === null) continue;
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const out: number[] = [];
  const queue = (children.get(root) ?? []).filter((pid) => !only || only(commandLine(pid)));
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Resident set size of one process in bytes (0 if it is gone or a zombie). */
export function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface SampleOptions {
  /** Whose descendants (default: this process). */
  root?: number;
  /** Keep only the children of `root` whose command line passes (and their descendants). */
  only?: (commandLine: string) => boolean;
  /** Sampling period in ms (default 100). */
  interval?: number;
}

/** Start sampling a process tree; `stop()` returns the peak. */
export function sampleTreeRss({ root = process.pid, only, interval = 100 }: SampleOptions = {}): { stop: () => RssPeak } {
  const peak: RssPeak = { peakBytes: 0, peakProcesses: 0, samples: 0 };
  const sample = () => {
    const pids = descendants(root, only);
    let sum = 0;
    for (const pid of pids) sum += rssBytes(pid);
    peak.samples++;
    if (sum > peak.peakBytes) {
      peak.peakBytes = sum;
      peak.peakProcesses = pids.length;
    }
  };
  const timer = setInterval(sample, interval);
  sample();
  return {
    stop: () => {
      clearInterval(timer);
      return { ...peak };
    },
  };
}
