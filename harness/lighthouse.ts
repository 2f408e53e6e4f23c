/**
 * Lighthouse (its Node API, the exact version in package.json) against
 * Debian's Chromium, for the tests (accessibility, best practices, SEO) and
 * the benchmark (performance) alike:
 *   - one Chromium, launched here with the flags of harness/chromium.ts, a
 *     fresh user-data-dir and a DevTools port, which Lighthouse connects to
 *     (Lighthouse never downloads a browser);
 *   - Lighthouse's default settings: mobile form factor and emulation,
 *     simulated throttling;
 *   - one audit at a time (two at once on one Chromium would share its CPU
 *     and skew each other's timings).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS, CHROMIUM_INSTALL } from './chromium.ts';

export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** An audit that cost its category points. */
export interface FailedAudit {
  id: string;
  title: string;
  /** 0 to 1. */
  score: number;
  /** What Lighthouse shows next to it (a value, a count), if anything. */
  displayValue?: string;
}

export interface LighthouseRun {
  url: string;
  /** Category id → score from 0 to 1. */
  scores: Partial<Record<LighthouseCategory, number>>;
  /** The audited categories' weighted audits that did not pass, per category. */
  failed: Partial<Record<LighthouseCategory, FailedAudit[]>>;
  /** Audits Lighthouse found nothing to check for (a robots.txt that is missing, say). */
  notApplicable: string[];
  /** Every audit's numeric value (ms, bytes, unitless for CLS), by audit id. */
  numeric: Readonly<Record<string, number>>;
  /** How the run was throttled ('simulate', Lighthouse's default, models a slow 4G phone). */
  throttlingMethod: string;
  lighthouseVersion: string;
  /** Lighthouse's own measure of the machine's speed (higher is faster; a loaded machine scores lower). */
  benchmarkIndex: number;
}

export interface Lighthouse {
  /** Chromium's full version ("131.0.6778.85"; its user agent says only "131.0.0.0"). */
  chromiumVersion: string;
  /** Audit one URL in the given categories. */
  audit: (url: string, categories: readonly LighthouseCategory[]) => Promise<LighthouseRun>;
  close: () => Promise<void>;
}

/** Launch Chromium with a DevTools port; resolves with the port once Chromium says it listens. */
function startChromium(profile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((done, fail) => {
    let said = '';
    const listening = (chunk: Buffer) => {
      said += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//u.exec(said)?.[1];
      if (port === undefined) return;
      child.stderr!.off('data', listening);
      // Chromium keeps writing to stderr; unread, a full pipe would stall it.
      child.stderr!.resume();
      done({ child, port: Number(port) });
    };
    child.stderr!.on('data', listening);
    child.on('error', fail);
    child.on('exit', (code, signal) => fail(new Error(`Chromium exited (${code ?? signal}) before listening for DevTools:\n${said}`)));
  });
}

/** Weighted audits of a category that did not score 1: what stands between it and 100. */
function failedAudits(lhr: Result, category: LighthouseCategory): FailedAudit[] {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (ref.weight === 0 || audit?.score === null || audit?.score === undefined || audit.score >= 1) return [];
    return [{ id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }];
  });
}

/** One Chromium for every audit of a test file or a benchmark run. */
export async function launchLighthouse(): Promise<Lighthouse> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is not installed (${CHROMIUM}); Lighthouse needs it. Install it with: ${CHROMIUM_INSTALL}`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'archive-lighthouse-'));
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  let product: string;
  try {
    chromium = await startChromium(profile);
    ({ Browser: product } = (await (await fetch(`http://127.0.0.1:${chromium.port}/json/version`)).json()) as { Browser: string });
  } catch (error) {
    chromium?.child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const { child, port } = chromium;
  return {
    chromiumVersion: /Chrome\/([\d.]+)/u.exec(product)?.[1] ?? product,
    audit: async (url, categories) => {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const numeric: Record<string, number> = {};
      for (const audit of Object.values(lhr.audits)) if (typeof audit.numericValue === 'number') numeric[audit.id] = audit.numericValue;
      return {
        url: lhr.finalDisplayedUrl,
        scores: Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? 0])),
        failed: Object.fromEntries(categories.map((c) => [c, failedAudits(lhr, c)])),
        notApplicable: Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'notApplicable')
          .map((a) => a.id),
        numeric,
        throttlingMethod: lhr.configSettings.throttlingMethod,
        lighthouseVersion: lhr.lighthouseVersion,
        benchmarkIndex: lhr.environment.benchmarkIndex,
      };
    },
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        await new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One line per failed audit, for an assertion message: what to fix. */
export function describeFailures(run: LighthouseRun): string {
  const lines = Object.entries(run.failed).flatMap(([category, audits]) =>
    audits.map((a) => `${category}: ${a.id} (${a.title}) score ${a.score}${a.displayValue ? `, ${a.displayValue}` : ''}`),
  );
  return `${run.url}\n${lines.join('\n') || '(no failed audit)'}`;
}
