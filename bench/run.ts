/**
 * `npm run bench -- --docs N`: the project's real build (`npm run build`'s
 * script: astro build with the archive's integrations, then Pagefind), measured on a synthetic archive of N
 * directives (bench/corpus.ts, fixed seed).
 *
 *  1. The corpus is written to a fresh work folder under `out` (bench/out/,
 *     git-ignored) and built through the content-root switch, with its own
 *     cacheDir and outDir, by harness/build.ts' runBuild.
 *  2. Cold build: fresh cacheDir and outDir. Phases come from the build's own
 *     hooks (src/integrations/build-timings.ts); peak RSS is the summed VmRSS
 *     of the build's process tree, sampled every 100 ms (bench/rss.ts).
 *  3. dist/ is weighed (bench/weights.ts): file count and size, gzipped page
 *     weights, JavaScript on every page but search.
 *  4. Rebuild with nothing changed, then after appending a sentence to one
 *     directive's body (same cacheDir and outDir, as on an editor's CI with
 *     its cache restored); the sentence must reach the page.
 *  5. The site is served by nginx with the project's own server block
 *     (harness/nginx.ts) and searched in Chromium; the bytes of a first
 *     and a second query are counted at the browser-context level, so
 *     Pagefind's Web Worker requests count too.
 *  6. Unless turned off, Lighthouse (harness/lighthouse.ts: mobile,
 *     simulated throttling) scores the performance of a directive page,
 *     the home page and the search page with the first query, served the
 *     same way, and the report states the run's conditions.
 */
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { buildPhases, type BuildTimings } from '../src/integrations/build-timings.ts';
import { BUILD_TIMINGS_ENV } from '../src/settings.ts';
import { fold } from '../src/domain/vietnamese.ts';
import { launchChromium, MOBILE, trackTransfers } from '../harness/chromium.ts';
import { PROJECT, runBuild } from '../harness/build.ts';
import { launchLighthouse } from '../harness/lighthouse.ts';
import { startNginx } from '../harness/nginx.ts';
import { resultCount, searchFor } from '../harness/search-driver.ts';
import { DEFAULT_SEED, DEFAULT_TODAY, generateCorpus, planCorpus, writeCorpus, type CorpusPlan } from './corpus.ts';
import {
  machineInfo,
  writeReport,
  type BenchReport,
  type BuildMeasure,
  type LighthouseMeasure,
  type LighthousePage,
  type QueryMeasure,
} from './report.ts';
import { sampleTreeRss } from './rss.ts';
import { directivePages, distStats, pageWeight, scanScripts } from './weights.ts';

export const DEFAULT_OUT = join(PROJECT, 'bench/out');
export const DEFAULT_RESULTS = join(PROJECT, 'bench/results');
/** Appended to one directive's body before the last rebuild; must show on its page afterwards. */
export const EDIT_SENTENCE = 'Văn bản này được bổ sung một câu để đo thời gian dựng lại sau khi sửa.';

export interface BenchOptions {
  docs: number;
  seed?: number;
  today?: string;
  /** Parent of the run's work folder (default bench/out/). */
  out?: string;
  /** Keep the work folder (corpus, cache, dist, build logs) afterwards. */
  keep?: boolean;
  /** Where `<date>-<N>.json` goes (default bench/results/); null: not written. */
  resultsDir?: string | null;
  /** Progress lines (default: stderr). */
  log?: (line: string) => void;
  /** Score the performance of three pages with Lighthouse (default true; about 25 s). */
  lighthouse?: boolean;
}

export interface BenchRun {
  report: BenchReport;
  resultFile: string | null;
  /** The work folder, when kept. */
  workDir: string | null;
}

// ---------------------------------------------------------------------------
// Choices drawn from the corpus plan (deterministic for a given N and seed)

export interface BenchChoices {
  /** Directive whose body the edit rebuild appends to. */
  edited: { id: string; file: string; url: string };
  /** A campaign name fragment, without diacritics, as a citizen types it. */
  firstQuery: string;
  /** A published directive's document number. */
  secondQuery: string;
}

const words = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);

export function benchChoices(plan: CorpusPlan): BenchChoices {
  const published = plan.directives.filter((d) => !d.draft);
  if (published.length === 0) throw new Error('the corpus has no published directive');
  const edited = published[Math.floor(published.length / 3)]!;

  // The campaign most directives refer to, named the way people type it:
  // no diacritics, no locality, no year, four words.
  const uses = new Map<number, number>();
  for (const d of published) for (const c of d.campaigns) uses.set(c.idx, (uses.get(c.idx) ?? 0) + 1);
  const campaign = [...plan.campaigns].sort((a, b) => (uses.get(b.idx) ?? 0) - (uses.get(a.idx) ?? 0) || a.idx - b.idx)[0]!;
  const locality = new Set(campaign.owner ? words(campaign.owner.L) : []);
  const kept = words(campaign.name).filter((w) => !locality.has(w) && !/^\d+$/u.test(w) && w !== 'nam');
  const firstQuery = (kept.length >= 2 ? kept : words(campaign.name)).slice(0, 4).join(' ');

  const numbered = [...published.slice(Math.floor(published.length / 2)), ...published].find((d) => d.number !== null);
  if (!numbered?.number) throw new Error('the corpus has no numbered directive');
  return {
    edited: { id: edited.id, file: `directives/${edited.id}.mdx`, url: `/van-ban/${edited.id}/` },
    firstQuery,
    secondQuery: numbered.number,
  };
}

// ---------------------------------------------------------------------------

export function benchCorpus(dir: string, docs: number, seed: number, today: string): BenchReport['corpus'] {
  const { files, bytes, ms, counts } = writeCorpus(dir, generateCorpus({ docs, seed, today }));
  const count = (c: string) => counts[c] ?? 0;
  return {
    files,
    bytes,
    ms,
    directives: count('directives'),
    campaigns: count('campaigns'),
    figures: count('figures'),
    results: count('results'),
  };
}

interface Work {
  dir: string;
  content: string;
  cache: string;
  dist: string;
}

const INDEX_LOG = /Chỉ mục tìm kiếm:.*\(([\d.,]+) giây\)/u;

/** One build of the work folder, timed, with the RSS of its process tree sampled. */
export async function measureBuild(work: Work, name: string): Promise<BuildMeasure> {
  const timingsFile = join(work.dir, `timings-${name}.json`);
  rmSync(timingsFile, { force: true });
  // Only this build's process tree: its command line names its own outDir.
  const sampler = sampleTreeRss({ only: (cmd) => cmd.includes(work.dist) });
  const started = performance.now();
  let result: Awaited<ReturnType<typeof runBuild>>;
  try {
    result = await runBuild(work.content, work.dist, { ARCHIVE_CACHE_DIR: work.cache, [BUILD_TIMINGS_ENV]: timingsFile });
  } catch (error) {
    sampler.stop();
    throw error;
  }
  const totalMs = performance.now() - started;
  const rss = sampler.stop();
  const logFile = join(work.dir, `build-${name}.log`);
  writeFileSync(logFile, result.output);
  if (result.code !== 0) {
    throw new Error(
      `the build (${name}) failed with exit code ${result.code}; log in ${logFile}:\n${result.output.split('\n').slice(-40).join('\n')}`,
    );
  }
  if (!existsSync(timingsFile))
    throw new Error(`the build (${name}) wrote no timings (${timingsFile}): is buildTimings() registered first in astro.config.mjs?`);
  const timings = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
  const logged = INDEX_LOG.exec(result.output);
  return {
    totalMs,
    phases: buildPhases(timings, totalMs),
    pages: timings.pages ?? 0,
    rss,
    maxRssSelfBytes: timings.maxRssBytes,
    indexLogSeconds: logged ? Number(logged[1]!.replace(',', '.')) : null,
  };
}

/** A first query from a directive page's header form, then a second one typed on the search page. */
export async function measureSearch(
  dist: string,
  startPath: string,
  firstQuery: string,
  secondQuery: string,
): Promise<BenchReport['search']> {
  const served = await startNginx(dist);
  try {
    const browser = await launchChromium();
    try {
      const context = await browser.newContext(MOBILE);
      const transfers = trackTransfers(context);
      const page = await context.newPage();
      await page.goto(`${served.url}${startPath}`);
      await transfers.settle();
      const early = transfers.urls().filter((u) => u.startsWith('/pagefind/'));
      if (early.length > 0) throw new Error(`${startPath} loads search files before any search: ${early.join(', ')}`);

      transfers.reset();
      // As on a phone: the header's search link (its form shows on wide screens only), then the search page's box.
      await page.click('.site-search-link');
      await page.waitForURL(/\/tim-kiem\//u);
      await searchFor(page, firstQuery);
      await transfers.settle();
      const first: QueryMeasure = {
        query: firstQuery,
        bytes: transfers.bytes(),
        requests: transfers.urls().length,
        results: await resultCount(page),
        urls: transfers.urls(),
      };

      transfers.reset();
      await searchFor(page, secondQuery);
      await transfers.settle();
      const second: QueryMeasure = {
        query: secondQuery,
        bytes: transfers.bytes(),
        requests: transfers.urls().length,
        results: await resultCount(page),
        urls: transfers.urls(),
      };
      await context.close();
      return { served: 'nginx', first, second, searchPageJsBytes: pageWeight(dist, '/tim-kiem/').jsBytes };
    } finally {
      await browser.close();
    }
  } finally {
    await served.stop();
  }
}

/** Lighthouse's performance score of each page (a name and its path), one after the other on one Chromium. */
export async function measureLighthouse(dist: string, pages: Record<LighthousePage, string>): Promise<LighthouseMeasure> {
  const served = await startNginx(dist);
  try {
    const lighthouse = await launchLighthouse();
    try {
      const loadAverage = Number(loadavg()[0]!.toFixed(2));
      const measured: Partial<LighthouseMeasure['pages']> = {};
      let conditions: Omit<LighthouseMeasure, 'pages' | 'loadAverage' | 'cpuCount'> | undefined;
      for (const [name, path] of Object.entries(pages) as [LighthousePage, string][]) {
        const run = await lighthouse.audit(`${served.url}${path}`, ['performance']);
        const metric = (id: string) => {
          const value = run.numeric[id];
          if (value === undefined) throw new Error(`Lighthouse gave no ${id} for ${path}`);
          return value;
        };
        measured[name] = {
          path,
          score: run.scores.performance ?? 0,
          lcpMs: metric('largest-contentful-paint'),
          tbtMs: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
          totalBytes: metric('total-byte-weight'),
        };
        conditions ??= {
          lighthouseVersion: run.lighthouseVersion,
          chromiumVersion: lighthouse.chromiumVersion,
          throttlingMethod: run.throttlingMethod,
          formFactor: 'mobile',
          benchmarkIndex: run.benchmarkIndex,
        };
      }
      return { ...conditions!, cpuCount: machineInfo().cpuCount, loadAverage, pages: measured as LighthouseMeasure['pages'] };
    } finally {
      await lighthouse.close();
    }
  } finally {
    await served.stop();
  }
}

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const { docs } = options;
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`--docs must be a positive integer (got ${docs})`);
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? DEFAULT_TODAY;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const out = resolve(options.out ?? DEFAULT_OUT);
  const resultsDir = options.resultsDir === undefined ? DEFAULT_RESULTS : options.resultsDir;
  const date = new Date().toISOString();
  const machine = { ...machineInfo(), loadAverage: Number(loadavg()[0]!.toFixed(2)) };

  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(out, `n${docs}-`));
  // mkdtemp makes it owner-only; nginx's workers run as another user and must read dist/.
  chmodSync(dir, 0o755);
  const work: Work = { dir, content: join(dir, 'content'), cache: join(dir, 'cache'), dist: join(dir, 'dist') };
  const say = (line: string) => log(`bench N=${docs}: ${line}`);
  let ok = false;
  try {
    say(`corpus → ${work.content}`);
    const corpus = benchCorpus(work.content, docs, seed, today);
    const choices = benchChoices(planCorpus({ docs, seed, today }));
    say(`${corpus.files} files, ${(corpus.bytes / 1024 ** 2).toFixed(1)} MB in ${(corpus.ms / 1000).toFixed(1)} s`);

    say('cold build (fresh cacheDir and outDir)…');
    const cold = await measureBuild(work, 'cold');
    say(
      `cold build ${(cold.totalMs / 1000).toFixed(1)} s, ${cold.pages} pages, peak RSS ${(cold.rss.peakBytes / 1024 ** 3).toFixed(2)} GiB`,
    );

    const dist = distStats(work.dist);
    const pages = { directive: directivePages(work.dist), listing: pageWeight(work.dist, '/van-ban/'), home: pageWeight(work.dist, '/') };
    const scripts = scanScripts(work.dist);

    say('rebuild, nothing changed…');
    const rebuildUnchanged = await measureBuild(work, 'unchanged');
    say(`rebuild ${(rebuildUnchanged.totalMs / 1000).toFixed(1)} s`);

    say(`rebuild after editing ${choices.edited.file}…`);
    appendFileSync(join(work.content, choices.edited.file), `\n${EDIT_SENTENCE}\n`);
    const edited = await measureBuild(work, 'edited');
    const editVisible = readFileSync(join(work.dist, choices.edited.url, 'index.html'), 'utf8').includes(EDIT_SENTENCE);
    say(`rebuild after edit ${(edited.totalMs / 1000).toFixed(1)} s${editVisible ? '' : ' (the edit is NOT on the page)'}`);

    say(`search in Chromium on nginx: "${choices.firstQuery}", then "${choices.secondQuery}"…`);
    const search = await measureSearch(work.dist, choices.edited.url, choices.firstQuery, choices.secondQuery);

    let lighthouse: LighthouseMeasure | null = null;
    if (options.lighthouse ?? true) {
      say('Lighthouse performance (mobile) on nginx: a directive, the home page, the search page…');
      lighthouse = await measureLighthouse(work.dist, {
        directive: choices.edited.url,
        home: '/',
        search: `/tim-kiem/?${new URLSearchParams({ q: choices.firstQuery })}`,
      });
      say(
        `Lighthouse performance ${Object.values(lighthouse.pages)
          .map((p) => Math.round(p.score * 100))
          .join(', ')}`,
      );
    }

    const report: BenchReport = {
      version: 1,
      date,
      docs,
      seed,
      today,
      machine,
      corpus,
      cold,
      rebuildUnchanged,
      rebuildEdited: { ...edited, edited: choices.edited.file, editVisible },
      msPerPage: { build: cold.totalMs / Math.max(1, cold.pages), render: cold.phases.detail.render / Math.max(1, cold.pages) },
      dist,
      pages,
      scripts,
      search,
      lighthouse,
    };
    const resultFile = resultsDir === null ? null : writeReport(report, resultsDir);
    if (resultFile) say(`results → ${resultFile}`);
    ok = true;
    return { report, resultFile, workDir: options.keep ? dir : null };
  } finally {
    if (ok && !options.keep) rmSync(dir, { recursive: true, force: true });
    else say(`work folder kept: ${dir}`);
  }
}
