/**
 * The benchmark's report: its JSON shape, the budgets, the machine it
 * ran on, and the markdown table (one column per corpus size).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import type { BuildPhases } from '../src/integrations/build-timings.ts';
import type { RssPeak } from './rss.ts';
import type { DirectivePages, DistStats, PageWeight, ScriptScan } from './weights.ts';

export interface Machine {
  os: string;
  arch: string;
  cpuModel: string;
  cpuCount: number;
  memoryBytes: number;
  node: string;
  /** 1-minute load average when the run started (another job on the machine skews timings). */
  loadAverage?: number;
}

export function machineInfo(): Machine {
  const list = cpus();
  return {
    os: `${type()} ${release()}`,
    arch: arch(),
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cpuCount: list.length,
    memoryBytes: totalmem(),
    node: process.version,
  };
}

export interface BuildMeasure {
  /** Wall time, spawn to exit, in ms. */
  totalMs: number;
  phases: BuildPhases;
  /** Pages Astro built. */
  pages: number;
  /** Peak of the summed VmRSS of the build's process tree. */
  rss: RssPeak;
  /** Peak RSS of the Astro process alone (its own resource usage). */
  maxRssSelfBytes: number;
  /** Seconds the search index integration logged for itself, if it did. */
  indexLogSeconds: number | null;
}

export interface QueryMeasure {
  query: string;
  bytes: number;
  requests: number;
  results: number;
  urls: string[];
}

/** The pages Lighthouse scores. */
export type LighthousePage = 'directive' | 'home' | 'search';

export interface LighthouseScore {
  path: string;
  /** Performance score, 0 to 1. */
  score: number;
  /** Largest Contentful Paint and Total Blocking Time, in ms, as Lighthouse's throttling models them. */
  lcpMs: number;
  tbtMs: number;
  /** Cumulative Layout Shift (unitless). */
  cls: number;
  /** Every byte the page loaded, as transferred. */
  totalBytes: number;
}

/** Lighthouse's performance audit of a few pages, and the conditions it ran under. */
export interface LighthouseMeasure {
  lighthouseVersion: string;
  chromiumVersion: string;
  /** 'simulate': Lighthouse's default, a slow 4G phone modelled from an unthrottled load. */
  throttlingMethod: string;
  formFactor: 'mobile';
  /** Lighthouse's own measure of the machine's speed (lower on a slower or busier machine). */
  benchmarkIndex: number;
  cpuCount: number;
  /** 1-minute load average when the step started. */
  loadAverage: number;
  pages: Record<LighthousePage, LighthouseScore>;
}

export interface BenchReport {
  version: 1;
  /** ISO time at which the run started. */
  date: string;
  docs: number;
  seed: number;
  today: string;
  machine: Machine;
  corpus: { files: number; bytes: number; ms: number; directives: number; campaigns: number; figures: number; results: number };
  cold: BuildMeasure;
  rebuildUnchanged: BuildMeasure;
  rebuildEdited: BuildMeasure & { edited: string; editVisible: boolean };
  /** Cold build wall time ÷ pages, and page rendering ÷ pages. */
  msPerPage: { build: number; render: number };
  dist: DistStats;
  pages: { directive: DirectivePages; listing: PageWeight; home: PageWeight };
  scripts: ScriptScan;
  search: { served: 'nginx'; first: QueryMeasure; second: QueryMeasure; searchPageJsBytes: number };
  /** null when the run was asked to skip it (--no-lighthouse). */
  lighthouse: LighthouseMeasure | null;
}

const KB = 1024;
const GiB = 1024 ** 3;

export interface Budget {
  label: string;
  limit: string;
  pass: (r: BenchReport) => boolean;
}

/** The budgets (issue 6, "Meet these budgets"; stated at N = 10,000). */
export const BUDGETS = {
  cold: { label: 'Cold build (Astro + Pagefind)', limit: '≤ 60 s', pass: (r) => r.cold.totalMs <= 60_000 },
  rss: { label: 'Peak RSS', limit: '≤ 3 GiB', pass: (r) => r.cold.rss.peakBytes <= 3 * GiB },
  edit: {
    label: 'Rebuild after editing one directive',
    limit: '≤ 30 s',
    pass: (r) => r.rebuildEdited.totalMs <= 30_000 && r.rebuildEdited.editVisible,
  },
  first: { label: 'First search', limit: '≤ 300 KB', pass: (r) => r.search.first.bytes <= 300 * KB },
  later: { label: 'Later query', limit: '≤ 100 KB', pass: (r) => r.search.second.bytes <= 100 * KB },
  directive: {
    label: 'Directive page, HTML + CSS gzipped',
    limit: '≤ 30 KB',
    pass: (r) => r.pages.directive.largest.htmlCssGzip <= 30 * KB,
  },
  js: {
    label: 'JavaScript on pages other than search',
    limit: '0 bytes',
    pass: (r) => r.scripts.pagesWithJs === 0 && r.scripts.maxBytes === 0,
  },
} satisfies Record<string, Budget>;

export const allBudgetsMet = (r: BenchReport) => Object.values(BUDGETS).every((b) => b.pass(r));

// ---------------------------------------------------------------------------
// Formatting

const int = (n: number) => Math.round(n).toLocaleString('en-US');
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const gib = (bytes: number) => `${(bytes / GiB).toFixed(2)} GiB`;
const share = (part: number, whole: number) => (whole > 0 ? ` (${Math.round((part / whole) * 100)} %)` : '');

interface Row {
  label: (reports: readonly BenchReport[]) => string;
  budget?: Budget;
  value: (r: BenchReport) => string;
}

const fixed = (text: string) => () => text;
const queryLabel = (reports: readonly BenchReport[], pick: (r: BenchReport) => string) => {
  const queries = [...new Set(reports.map(pick))];
  return queries.length === 1 ? ` ("${queries[0]}")` : '';
};

/** One Lighthouse measure of each page, side by side ("directive 98 · home 100 · search 95"). */
const lighthouseRow = (label: string, value: (page: LighthouseScore) => string): Row => ({
  label: fixed(label),
  value: (r) =>
    r.lighthouse
      ? Object.entries(r.lighthouse.pages)
          .map(([name, page]) => `${name} ${value(page)}`)
          .join(' · ')
      : 'not run',
});

const ROWS: Row[] = [
  { label: fixed(BUDGETS.cold.label), budget: BUDGETS.cold, value: (r) => seconds(r.cold.totalMs) },
  {
    label: fixed('· content: start-up, validation, sync'),
    value: (r) => seconds(r.cold.phases.content) + share(r.cold.phases.content, r.cold.totalMs),
  },
  { label: fixed('· page rendering'), value: (r) => seconds(r.cold.phases.pages) + share(r.cold.phases.pages, r.cold.totalMs) },
  { label: fixed('· indexing (Pagefind)'), value: (r) => seconds(r.cold.phases.indexing) + share(r.cold.phases.indexing, r.cold.totalMs) },
  {
    label: fixed('· other (sitemap, headers, exit)'),
    value: (r) => seconds(r.cold.phases.other) + share(r.cold.phases.other, r.cold.totalMs),
  },
  { label: fixed('Pages built'), value: (r) => int(r.cold.pages) },
  { label: fixed('ms per page (cold build ÷ pages)'), value: (r) => r.msPerPage.build.toFixed(2) },
  { label: fixed('ms per page (rendering ÷ pages)'), value: (r) => r.msPerPage.render.toFixed(2) },
  { label: fixed('Peak RSS (build process tree)'), budget: BUDGETS.rss, value: (r) => gib(r.cold.rss.peakBytes) },
  { label: fixed('Rebuild, nothing changed'), value: (r) => seconds(r.rebuildUnchanged.totalMs) },
  {
    label: fixed(BUDGETS.edit.label),
    budget: BUDGETS.edit,
    value: (r) => seconds(r.rebuildEdited.totalMs) + (r.rebuildEdited.editVisible ? '' : ' (edit not in dist!)'),
  },
  { label: fixed('Files in dist/'), value: (r) => `${int(r.dist.files)} files, ${mb(r.dist.bytes)}` },
  { label: fixed('· of which Pagefind'), value: (r) => `${int(r.dist.pagefindFiles)} files, ${mb(r.dist.pagefindBytes)}` },
  {
    label: fixed(`${BUDGETS.directive.label} (largest page)`),
    budget: BUDGETS.directive,
    value: (r) => kb(r.pages.directive.largest.htmlCssGzip),
  },
  { label: fixed('Directive page (median), HTML + CSS + JS gz'), value: (r) => kb(r.pages.directive.median.gzip) },
  { label: fixed('Listing page /van-ban/, HTML + CSS + JS gz'), value: (r) => kb(r.pages.listing.gzip) },
  { label: fixed('Home page /, HTML + CSS + JS gz'), value: (r) => kb(r.pages.home.gzip) },
  {
    label: fixed(BUDGETS.js.label),
    budget: BUDGETS.js,
    value: (r) => `${int(r.scripts.maxBytes)} bytes (${int(r.scripts.pagesWithJs)} of ${int(r.scripts.pages)} pages)`,
  },
  {
    label: (rs) => `${BUDGETS.first.label}${queryLabel(rs, (r) => r.search.first.query)}`,
    budget: BUDGETS.first,
    value: (r) => `${kb(r.search.first.bytes)}, ${r.search.first.requests} requests`,
  },
  {
    label: (rs) => `${BUDGETS.later.label}${queryLabel(rs, (r) => r.search.second.query)}`,
    budget: BUDGETS.later,
    value: (r) => `${kb(r.search.second.bytes)}, ${r.search.second.requests} requests`,
  },
  lighthouseRow('Lighthouse performance (mobile)', (p) => String(Math.round(p.score * 100))),
  lighthouseRow('· Largest Contentful Paint', (p) => seconds(p.lcpMs)),
  lighthouseRow('· Total Blocking Time', (p) => `${Math.round(p.tbtMs)} ms`),
  lighthouseRow('· Cumulative Layout Shift', (p) => p.cls.toFixed(3)),
  lighthouseRow('· Total bytes', (p) => kb(p.totalBytes)),
];

export function lighthouseLine(m: LighthouseMeasure): string {
  return `Lighthouse ${m.lighthouseVersion}, Chromium ${m.chromiumVersion}, ${m.formFactor}, throttling ${m.throttlingMethod}, ${m.cpuCount} CPUs, load average ${m.loadAverage}, benchmark index ${Math.round(m.benchmarkIndex)}`;
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

export function machineLine(m: Machine): string {
  return `${m.cpuCount} × ${m.cpuModel}, ${gib(m.memoryBytes)} RAM, ${m.os} (${m.arch}), Node ${m.node}`;
}

/**
 * One column per report (corpus size). With one report there is a pass/fail
 * column; with several each cell carries its own mark.
 */
export function markdownTable(reports: readonly BenchReport[]): string {
  if (reports.length === 0) return '';
  const single = reports.length === 1;
  const header = ['Measure', 'Budget', ...reports.map((r) => `N = ${int(r.docs)}`), ...(single ? ['Pass'] : [])];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i < 2 ? '---' : '--:')).join('|')}|`];
  for (const row of ROWS) {
    const cells = reports.map((r) => {
      const value = row.value(r);
      return single || !row.budget ? value : `${value} ${mark(row.budget.pass(r))}`;
    });
    const pass = single ? [row.budget ? (row.budget.pass(reports[0]!) ? '✅ pass' : '❌ fail') : ''] : [];
    lines.push(`| ${[row.label(reports), row.budget?.limit ?? '', ...cells, ...pass].join(' | ')} |`);
  }
  const machines = [...new Set(reports.map((r) => machineLine(r.machine)))];
  lines.push('', `Machine: ${machines.join('; ')}. Budgets are stated at N = 10,000.`);
  const lighthouse = [...new Set(reports.flatMap((r) => (r.lighthouse ? [lighthouseLine(r.lighthouse)] : [])))];
  if (lighthouse.length > 0) lines.push(`Lighthouse runs: ${lighthouse.join('; ')}.`);
  return lines.join('\n');
}

/** bench/results/<YYYY-MM-DD>-<N>.json (the date the run started, UTC). */
export function writeReport(report: BenchReport, resultsDir: string): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${report.date.slice(0, 10)}-${report.docs}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
