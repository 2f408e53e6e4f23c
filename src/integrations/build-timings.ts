/**
 * Build phase timings for the benchmark (`npm run bench`). Inert unless
 * ARCHIVE_BUILD_TIMINGS=<file> is set; then the build writes, on exit, a JSON
 * file with
 *   - the time (ms since the build process started, `performance.now()`) at
 *     which each build hook began: config:setup, config:done, build:start
 *     (the content layer has been synced by then), build:generated (every
 *     page rendered) and build:done;
 *   - the start and end of every other integration's hooks, so the
 *     validation (archive:content-check at config:setup) is timed exactly,
 *     start to end; the search index runs after Astro has exited
 *     (cli/build.ts), which adds its span to the file afterwards;
 *   - the pages Astro built and the process' own peak RSS.
 *
 * It must be the first integration in astro.config.mjs: its config:setup then
 * runs before anyone else's and wraps their hooks (Astro reads
 * `integration.hooks[name]` at call time, so a wrapped hook is the one that
 * runs). The file is written from process 'exit', after the last hook.
 * `buildPhases` turns the file into the benchmark's phases.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

const BUILD_TIMINGS_NAME = 'archive:build-timings';
/** The search index step's name in the timings file (cli/build.ts adds its span). */
export const SEARCH_INDEX_STEP = 'archive:search-index';
/** Spans that are the search index (the benchmark's "indexing" phase). */
const INDEXING_INTEGRATION = /(?:^|:)search-index$|pagefind/u;
/** The hook name of a span that ran after Astro's process had exited. */
export const AFTER_BUILD = 'after-build';

type Mark = 'astro:config:setup' | 'astro:config:done' | 'astro:build:start' | 'astro:build:generated' | 'astro:build:done';

interface HookSpan {
  integration: string;
  hook: string;
  /** ms since the process started. */
  start: number;
  end: number;
}

export interface BuildTimings {
  version: 1;
  pid: number;
  /** Epoch ms at which the process started (`performance.timeOrigin`); every other time is ms after it. */
  timeOrigin: number;
  marks: Partial<Record<Mark, number>>;
  hooks: HookSpan[];
  /** Pages Astro reported at build:done (null if the build did not get there). */
  pages: number | null;
  /** ms since start, at process exit. */
  exit: number;
  exitCode: number | string | null | undefined;
  /** Peak resident set size of the build process itself (not its children), in bytes. */
  maxRssBytes: number;
}

type Hooks = Record<string, ((...args: never[]) => unknown) | undefined>;
const WRAPPED = Symbol.for('archive.build-timings.wrapped');

function wrapHooks(integration: AstroIntegration, spans: HookSpan[]): void {
  const hooks = integration.hooks as Hooks;
  for (const [hook, fn] of Object.entries(hooks)) {
    if (typeof fn !== 'function' || (fn as { [WRAPPED]?: true })[WRAPPED]) continue;
    const timed = async (...args: never[]) => {
      const span: HookSpan = { integration: integration.name, hook, start: performance.now(), end: Number.NaN };
      spans.push(span);
      try {
        return await fn(...args);
      } finally {
        span.end = performance.now();
      }
    };
    Object.defineProperty(timed, WRAPPED, { value: true });
    hooks[hook] = timed;
  }
}

/** `file`: the settings' buildTimingsFile (ARCHIVE_BUILD_TIMINGS). */
export function buildTimings(file: string | undefined): AstroIntegration {
  if (!file) return { name: BUILD_TIMINGS_NAME, hooks: {} };
  const timings: BuildTimings = {
    version: 1,
    pid: process.pid,
    timeOrigin: performance.timeOrigin,
    marks: {},
    hooks: [],
    pages: null,
    exit: Number.NaN,
    exitCode: null,
    maxRssBytes: 0,
  };
  const mark = (name: Mark) => {
    timings.marks[name] ??= performance.now();
  };
  const wrapAll = (integrations: readonly AstroIntegration[]) => {
    for (const integration of integrations) if (integration.name !== BUILD_TIMINGS_NAME) wrapHooks(integration, timings.hooks);
  };
  let armed = false;
  return {
    name: BUILD_TIMINGS_NAME,
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        mark('astro:config:setup');
        if (command !== 'build' || armed) return;
        armed = true;
        wrapAll(config.integrations);
        process.once('exit', (code) => {
          timings.exit = performance.now();
          timings.exitCode = code ?? process.exitCode;
          timings.maxRssBytes = process.resourceUsage().maxRSS * 1024;
          writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
        });
      },
      'astro:config:done': ({ config }) => {
        mark('astro:config:done');
        // Integrations added by others' config:setup: their later hooks are timed too.
        wrapAll(config.integrations);
      },
      'astro:build:start': () => mark('astro:build:start'),
      'astro:build:generated': () => mark('astro:build:generated'),
      'astro:build:done': ({ pages }) => {
        mark('astro:build:done');
        timings.pages = pages.length;
      },
    },
  };
}

export interface BuildPhases {
  /** Process start to build:start: Node and Astro start-up, validation, content sync. */
  content: number;
  /** build:start to build:done: bundling the entrypoints, rendering every page, copying assets. */
  pages: number;
  /** The search index, start to end (after Astro's process, or in a hook of it). */
  indexing: number;
  /** The rest of the wall time: other build:done hooks (sitemap, _headers), exit, process spawn. */
  other: number;
  /** Finer spans inside the phases above (ms). */
  detail: {
    /** Process start to the first config:setup (Node, Astro and the config loaded). */
    startup: number;
    /** Every integration's config:setup hook (the content check is most of it). */
    validation: number;
    /** config:done to build:start: Vite set up, content layer synced, types generated. */
    sync: number;
    /** build:start to build:generated: entrypoints bundled and every page rendered. */
    render: number;
    /** build:generated to build:done. */
    afterRender: number;
    /** Every build:done hook other than the index (sitemap, _headers…). */
    otherBuildDone: number;
    /** Last hook to process exit. */
    exit: number;
  };
}

const spanLength = (spans: readonly HookSpan[]) => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);
/** Time of `spans` inside [from, to). */
const overlap = (spans: readonly HookSpan[], from: number, to: number) =>
  spans.reduce((n, s) => n + Math.max(0, Math.min(s.end, to) - Math.max(s.start, from)), 0);

/**
 * Phases of one build from its timings file and the wall time measured by
 * whoever spawned it (spawn to exit). content + pages + indexing + other = wallMs.
 */
export function buildPhases(t: BuildTimings, wallMs: number): BuildPhases {
  const need = (name: Mark) => {
    const value = t.marks[name];
    if (value === undefined) throw new Error(`build timings: the build never reached ${name}`);
    return value;
  };
  const setup = need('astro:config:setup');
  const configDone = need('astro:config:done');
  const buildStart = need('astro:build:start');
  const generated = need('astro:build:generated');
  const buildDone = need('astro:build:done');
  const indexSpans = t.hooks.filter((s) => INDEXING_INTEGRATION.test(s.integration));
  const indexing = spanLength(indexSpans);
  // An index built earlier than build:done would count as indexing, not as the phase it ran in.
  const content = buildStart - overlap(indexSpans, 0, buildStart);
  const pages = buildDone - buildStart - overlap(indexSpans, buildStart, buildDone);
  const doneSpans = t.hooks.filter((s) => s.hook === 'astro:build:done');
  const otherDone = doneSpans.filter((s) => !INDEXING_INTEGRATION.test(s.integration));
  const astroHooks = t.hooks.filter((s) => s.hook !== AFTER_BUILD);
  const lastHookEnd = Math.max(buildDone, ...astroHooks.map((s) => s.end).filter(Number.isFinite));
  return {
    content,
    pages,
    indexing,
    other: wallMs - content - pages - indexing,
    detail: {
      startup: setup,
      validation: spanLength(t.hooks.filter((s) => s.hook === 'astro:config:setup')),
      sync: buildStart - configDone,
      render: generated - buildStart,
      afterRender: buildDone - generated,
      otherBuildDone: spanLength(otherDone),
      exit: Number.isFinite(t.exit) ? t.exit - lastHookEnd : 0,
    },
  };
}
