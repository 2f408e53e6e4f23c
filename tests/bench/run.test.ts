/**
 * The benchmark (`npm run bench`) end to end on a tiny corpus: the real build
 * three times (cold, unchanged, one directive edited), dist/ weighed, the site
 * served by nginx and searched in Chromium. The figures themselves mean little
 * at N = 20; what is checked is that every measure is there and sane, so the
 * 10k run cannot fail for want of a working bench. The 10k run itself is never
 * part of the test suite.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPhases, type BuildTimings } from '../../src/integrations/build-timings.ts';
import { BUDGETS, markdownTable, type BenchReport, type LighthouseMeasure } from '../../bench/report.ts';
import { DEFAULT_RESULTS, runBench, type BenchRun } from '../../bench/run.ts';
import { scanScripts } from '../../bench/weights.ts';
import { TMP } from '../support/build.ts';

const N = 20;
const BASE = join(TMP, process.env.ARCHIVE_TEST_RUN ?? 'adhoc', `bench-run-${process.pid}`);
const OUT = join(BASE, 'out');
const RESULTS = join(BASE, 'results');

let run: BenchRun;
let report: BenchReport;
const lines: string[] = [];

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // Without Lighthouse: it made this file 85 s instead of 54 s on a loaded machine, and
  // tests/browser/lighthouse.test.ts drives the same harness.
  run = await runBench({ docs: N, out: OUT, resultsDir: RESULTS, log: (line) => lines.push(line), lighthouse: false });
  report = run.report;
}, 120_000);
afterAll(() => {
  rmSync(BASE, { recursive: true, force: true });
});

describe(`npm run bench on ${N} directives`, () => {
  it('writes its JSON to the results folder it is given (not bench/results/) and cleans its work folder', () => {
    expect(run.resultFile).toBe(join(RESULTS, `${report.date.slice(0, 10)}-${N}.json`));
    expect(relative(resolve(DEFAULT_RESULTS), run.resultFile!).startsWith('..')).toBe(true);
    expect(JSON.parse(readFileSync(run.resultFile!, 'utf8'))).toEqual(JSON.parse(JSON.stringify(report)));
    expect(run.workDir).toBeNull();
    expect(readdirSync(OUT)).toEqual([]);
    expect(report.machine.cpuCount).toBeGreaterThan(0);
    expect(report.machine.memoryBytes).toBeGreaterThan(0);
    expect(report.machine.node).toBe(process.version);
    expect(report.corpus.directives).toBeGreaterThanOrEqual(N);
  });

  it('splits the cold build into content, pages and indexing that add up to its wall time', () => {
    const { cold } = report;
    const { content, pages, indexing, other, detail } = cold.phases;
    for (const phase of [content, pages, indexing, detail.startup, detail.validation, detail.sync, detail.render])
      expect(phase).toBeGreaterThan(0);
    expect(content + pages + indexing + other).toBeCloseTo(cold.totalMs, 3);
    // The three phases are the build; the remainder (spawn, sitemap, _headers, exit) is what is left.
    expect(other).toBeGreaterThanOrEqual(0);
    expect(detail.render).toBeLessThanOrEqual(pages);
    expect(detail.startup + detail.validation + detail.sync).toBeLessThanOrEqual(content + 1);
    // The index step times itself in its log (bench/run.ts reads that wording); the span around it must cover that time.
    expect(cold.indexLogSeconds).not.toBeNull();
    expect(indexing).toBeGreaterThanOrEqual(cold.indexLogSeconds! * 1000 - 60);
    expect(cold.pages).toBeGreaterThan(N);
    expect(report.msPerPage.build).toBeCloseTo(cold.totalMs / cold.pages, 6);
  });

  it('samples the memory of the whole build process tree', () => {
    const { rss, maxRssSelfBytes } = report.cold;
    expect(rss.samples).toBeGreaterThanOrEqual(5);
    expect(rss.peakBytes).toBeGreaterThan(100 * 1024 ** 2);
    // Sampled every 100 ms, the tree's peak is at least most of the Astro process' own peak.
    expect(rss.peakBytes).toBeGreaterThan(maxRssSelfBytes * 0.8);
  });

  it('times both rebuilds, and an edited body reaches its page', () => {
    // Which build is faster is the bench's finding, not a test's: on a loaded
    // machine a 20-page rebuild took 8.7 s against a 5.8 s cold build.
    for (const build of [report.rebuildUnchanged, report.rebuildEdited]) expect(build.totalMs).toBeGreaterThan(0);
    expect(report.rebuildEdited.edited).toMatch(/^directives\/[a-z0-9-]+\.mdx$/);
    expect(report.rebuildEdited.editVisible).toBe(true);
    for (const build of [report.rebuildUnchanged, report.rebuildEdited]) {
      expect(build.pages).toBe(report.cold.pages);
      expect(build.phases.indexing).toBeGreaterThan(0);
    }
  });

  it('weighs dist/ and the pages, and finds no JavaScript outside search', () => {
    const { dist, pages, scripts } = report;
    expect(dist.files).toBeGreaterThan(report.cold.pages);
    expect(dist.bytes).toBeGreaterThan(dist.pagefindBytes);
    expect(dist.pagefindFiles).toBeGreaterThan(0);
    expect(pages.directive.count).toBe(N);
    for (const page of [pages.directive.largest, pages.directive.median, pages.listing, pages.home]) {
      expect(page.css.length).toBeGreaterThan(0);
      expect(page.gzip).toBeGreaterThan(0);
      expect(page.gzip).toBeLessThan(page.bytes);
      expect(page.jsBytes).toBe(0);
      expect(page.htmlCssGzip).toBe(page.gzip);
    }
    expect(pages.directive.largest.html.gzip).toBeGreaterThanOrEqual(pages.directive.median.html.gzip);
    expect(pages.listing.path).toBe('/van-ban/');
    expect(pages.home.path).toBe('/');
    expect(scripts.pages).toBeGreaterThan(N);
    expect(scripts).toMatchObject({ pagesWithJs: 0, maxBytes: 0 });
    // The search page does have a script, so the scanner is not blind.
    expect(report.search.searchPageJsBytes).toBeGreaterThan(0);
  });

  it('measures a first and a second search in Chromium, with queries drawn from the corpus', () => {
    const { first, second } = report.search;
    expect(first.query).toMatch(/^[a-z0-9 ]+$/); // a campaign name without diacritics
    expect(second.query).toMatch(/\//); // a document number
    expect(first.bytes).toBeGreaterThan(0);
    expect(second.bytes).toBeGreaterThan(0);
    expect(first.results).toBeGreaterThan(0);
    expect(second.results).toBeGreaterThan(0);
    expect(first.urls).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
    // The first search counts the search page itself, reached from the header's link as on a phone.
    expect(first.urls).toContain('/tim-kiem/');
    // The engine and its metadata are downloaded once.
    expect(second.urls.filter((u) => /pagefind\.js|\.pf_meta|wasm/.test(u))).toEqual([]);
    expect(second.bytes).toBeLessThan(first.bytes);
  });

  it('prints a table with every measure next to its budget', () => {
    const table = markdownTable([report]);
    expect(table).toContain(`| Measure | Budget | N = ${N} | Pass |`);
    for (const budget of Object.values(BUDGETS)) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${budget.label}`));
      expect(row, budget.label).toBeDefined();
      expect(row).toContain(`| ${budget.limit} |`);
      expect(row).toMatch(/pass|fail/);
    }
    expect(table).toContain('Machine: ');
    // Several sizes side by side: one column each.
    const compare = markdownTable([report, { ...report, docs: 5000 }, { ...report, docs: 10_000 }]);
    expect(compare.split('\n')[0]).toBe('| Measure | Budget | N = 20 | N = 5,000 | N = 10,000 |');
    expect(lines.some((line) => line.includes('cold build'))).toBe(true);
  });

  it('says when Lighthouse did not run, and otherwise shows its figures per page and the conditions of its run', () => {
    expect(report.lighthouse).toBeNull();
    expect(markdownTable([report])).toContain('| Lighthouse performance (mobile) |  | not run |  |');
    const page = (path: string, score: number) => ({ path, score, lcpMs: 1234, tbtMs: 56.4, cls: 0.0213, totalBytes: 20_480 });
    const lighthouse: LighthouseMeasure = {
      lighthouseVersion: '12.2.3',
      chromiumVersion: '131.0.6778.85',
      throttlingMethod: 'simulate',
      formFactor: 'mobile',
      benchmarkIndex: 812.4,
      cpuCount: 2,
      loadAverage: 3.5,
      pages: { directive: page('/van-ban/a/', 0.98), home: page('/', 1), search: page('/tim-kiem/?q=a', 0.874) },
    };
    const table = markdownTable([{ ...report, lighthouse }]).split('\n');
    expect(table).toContain('| Lighthouse performance (mobile) |  | directive 98 · home 100 · search 87 |  |');
    expect(table).toContain('| · Largest Contentful Paint |  | directive 1.2 s · home 1.2 s · search 1.2 s |  |');
    expect(table).toContain('| · Total Blocking Time |  | directive 56 ms · home 56 ms · search 56 ms |  |');
    expect(table).toContain('| · Cumulative Layout Shift |  | directive 0.021 · home 0.021 · search 0.021 |  |');
    expect(table).toContain('| · Total bytes |  | directive 20.0 KB · home 20.0 KB · search 20.0 KB |  |');
    expect(table.at(-1)).toBe(
      'Lighthouse runs: Lighthouse 12.2.3, Chromium 131.0.6778.85, mobile, throttling simulate, 2 CPUs, load average 3.5, benchmark index 812.',
    );
  });
});

describe('the phase arithmetic', () => {
  const timings: BuildTimings = {
    version: 1,
    pid: 1,
    timeOrigin: 0,
    marks: {
      'astro:config:setup': 400,
      'astro:config:done': 1000,
      'astro:build:start': 3000,
      'astro:build:generated': 8000,
      'astro:build:done': 8100,
    },
    hooks: [
      { integration: 'archive:content-check', hook: 'astro:config:setup', start: 410, end: 900 },
      { integration: '@astrojs/sitemap', hook: 'astro:build:done', start: 8100, end: 8300 },
      { integration: 'archive:search-index', hook: 'astro:build:done', start: 8300, end: 12_300 },
    ],
    pages: 100,
    exit: 12_400,
    exitCode: 0,
    maxRssBytes: 1,
  };

  it('takes content to build:start, pages to build:done and indexing from the index hook', () => {
    const phases = buildPhases(timings, 12_500);
    expect(phases).toMatchObject({ content: 3000, pages: 5100, indexing: 4000, other: 400 });
    expect(phases.detail).toMatchObject({
      startup: 400,
      validation: 490,
      sync: 2000,
      render: 5000,
      afterRender: 100,
      otherBuildDone: 200,
      exit: 100,
    });
  });

  it('counts an index built during rendering as indexing, not as pages', () => {
    const early = { ...timings, hooks: [{ integration: 'archive:search-index', hook: 'astro:build:generated', start: 7000, end: 8000 }] };
    expect(buildPhases(early, 12_500)).toMatchObject({ pages: 4100, indexing: 1000 });
  });

  it('takes the index run after Astro exited (cli/build.ts) as indexing, not as part of the exit', () => {
    const after = {
      ...timings,
      hooks: [...timings.hooks.slice(0, 2), { integration: 'archive:search-index', hook: 'after-build', start: 8500, end: 12_300 }],
      exit: 8400,
    };
    const phases = buildPhases(after, 12_500);
    expect(phases).toMatchObject({ content: 3000, pages: 5100, indexing: 3800, other: 600 });
    expect(phases.detail.exit).toBe(100);
  });

  it('refuses timings of a build that stopped early', () => {
    expect(() => buildPhases({ ...timings, marks: { 'astro:config:setup': 1 } }, 10)).toThrow(/never reached astro:config:done/);
  });
});

describe('the script scan', () => {
  it('reports JavaScript on a non-search page, inline or referenced, and ignores JSON data', () => {
    const dist = join(BASE, 'scan');
    const write = (path: string, text: string) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), text);
    };
    write('index.html', '<html><head><script type="application/ld+json">{"a":1}</script></head></html>');
    write('a/index.html', '<html><head><script type="module" src="/_astro/x.js"></script></head></html>');
    write('b/index.html', '<html><body><script>alert(1)</script></body></html>');
    write('tim-kiem/index.html', '<html><head><script src="/_astro/x.js"></script></head></html>');
    write('_astro/x.js', 'console.log("x")');
    const scan = scanScripts(dist);
    expect(scan).toMatchObject({ pages: 3, pagesWithJs: 2, maxBytes: 16 });
    expect(scan.examples.join(' ')).toContain('/a/');
  });
});
