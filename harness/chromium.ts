/**
 * Chromium as the tests and the benchmark drive it:
 *   - Debian's Chromium through playwright-core, headless, in a fresh
 *     profile (Playwright gives every launch a new temporary user-data-dir
 *     and deletes it on close);
 *   - the desktop and mobile viewports;
 *   - the bytes a browser context transfers, workers included (Pagefind
 *     searches in a Web Worker, so page-level events miss its requests),
 *     and when none of its requests is in flight.
 * Chromium missing is a failure with the install command, never a skip.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Request } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'sudo apt-get install -y chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Debian's Chromium, headless, in a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is not installed (${CHROMIUM}); the browser tests need it. Install it with: ${CHROMIUM_INSTALL}`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
}

/**
 * Viewports the tests use. Reduced motion: should the site gain a transition,
 * a box measured or a screenshot taken mid-animation would depend on timing.
 */
export const DESKTOP = { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' } as const;
export const MOBILE = {
  viewport: { width: 360, height: 740 },
  reducedMotion: 'reduce',
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
} as const;

export interface TransferLog {
  /** Bytes received (encoded bodies plus response headers) since the last reset. */
  bytes: () => number;
  /** URLs (path + query) requested since the last reset. */
  urls: () => string[];
  /** Start a new measurement. */
  reset: () => void;
  /**
   * Wait until no request of this context is in flight for `quietMs` (the
   * benchmark's wait, for pages it knows nothing about; a guess on a loaded
   * machine). Tests wait for a state of the page first, then use idle().
   */
  settle: (quietMs?: number, timeoutMs?: number) => Promise<void>;
  /** Wait until no request of this context is in flight and every size is counted; fails after `timeoutMs`. */
  idle: (timeoutMs?: number) => Promise<void>;
}

/**
 * Counts what a browser context downloads: requests from its pages and from
 * their workers (context-level events see both).
 */
export function trackTransfers(context: BrowserContext): TransferLog {
  let bytes = 0;
  let urls: string[] = [];
  const inFlight = new Set<Request>();
  let lastActivity = Date.now();
  let pending: Promise<void>[] = [];
  let idleWaiters: (() => void)[] = [];
  // A request belongs to the measurement it started in: one finishing just after reset() is not counted in the next.
  let generation = 0;
  const started = new WeakMap<Request, number>();
  const end = (request: Request) => {
    inFlight.delete(request);
    lastActivity = Date.now();
    if (inFlight.size > 0) return;
    for (const wake of idleWaiters) wake();
    idleWaiters = [];
  };
  context.on('request', (request) => {
    inFlight.add(request);
    started.set(request, generation);
    lastActivity = Date.now();
    const u = new URL(request.url());
    urls.push(u.pathname + u.search);
  });
  context.on('requestfinished', (request) => {
    if (started.get(request) === generation) {
      const counted = generation;
      pending.push(
        request
          .sizes()
          .then((s) => {
            if (counted === generation) bytes += s.responseBodySize + s.responseHeadersSize;
          })
          .catch(() => undefined),
      );
    }
    end(request);
  });
  context.on('requestfailed', end);
  return {
    bytes: () => bytes,
    urls: () => [...urls],
    reset: () => {
      generation++;
      bytes = 0;
      urls = [];
      pending = [];
    },
    settle: async (quietMs = 300, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (inFlight.size > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(pending);
    },
    idle: async (timeoutMs = 30_000) => {
      if (inFlight.size > 0) {
        await new Promise<void>((done, fail) => {
          const timer = setTimeout(
            () => fail(new Error(`still in flight after ${timeoutMs} ms: ${[...inFlight].map((r) => r.url()).join(', ')}`)),
            timeoutMs,
          );
          idleWaiters.push(() => {
            clearTimeout(timer);
            done();
          });
        });
      }
      await Promise.all(pending);
    },
  };
}
