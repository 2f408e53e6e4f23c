/**
 * The browser tests' own helpers; Chromium itself, the viewports and the
 * transfer counts come from harness/chromium.ts, shared with the benchmark.
 * It builds nothing: give it a built dist directory (tests/support/build.ts
 * makes those) and it
 *   - serves that directory on a loopback port with a small static server
 *     (directory index, trailing-slash redirect, the site's 404 page, gzip
 *     like a real host, optional response headers such as the CSP);
 *   - collects console errors and CSP violations;
 *   - waits for states the tests can name (page loaded and ready for keys,
 *     search excerpts filled in), never for a time: on a loaded machine any
 *     fixed delay is too short.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXCERPT_MARGIN } from '../../src/search/browser/page.ts';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files are gzip streams already; hosts serve them as is.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
/** What a host typically compresses on the fly (nginx gzip_types and the like). */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.wasm', '.pagefind']);

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

export interface ServeOptions {
  /** Headers sent with every response (e.g. the site's security headers). */
  headers?: Readonly<Record<string, string>>;
  /** Compress text, scripts and wasm when the client accepts gzip (default true). */
  gzip?: boolean;
}

/** Serve `dist` on 127.0.0.1 at a free port. */
export async function serveStatic(dist: string, options: ServeOptions = {}): Promise<Served> {
  const root = resolve(dist);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`Not a built site (no index.html): ${root}`);
  const gzip = options.gzip ?? true;
  // Compressed copies are kept while the file is unchanged (a test may rewrite dist).
  const cache = new Map<string, { stamp: string; raw: Buffer; gz: Buffer | null }>();

  const send = (req: IncomingMessage, res: ServerResponse, status: number, file: string) => {
    const ext = extname(file).toLowerCase();
    const st = statSync(file);
    const stamp = `${st.mtimeMs}:${st.size}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) {
      const raw = readFileSync(file);
      entry = { stamp, raw, gz: gzip && COMPRESSIBLE.has(ext) && raw.length > 256 ? gzipSync(raw, { level: 6 }) : null };
      cache.set(file, entry);
    }
    const acceptsGzip = /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''));
    const body = entry.gz && acceptsGzip ? entry.gz : entry.raw;
    res.writeHead(status, {
      ...options.headers,
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      ...(body === entry.gz ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const stat = existsSync(file) ? statSync(file) : null;
    if (stat?.isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { ...options.headers, Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      if (existsSync(join(file, 'index.html'))) return send(req, res, 200, join(file, 'index.html'));
    } else if (stat?.isFile()) {
      return send(req, res, 200, file);
    }
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) return send(req, res, 404, notFound);
    res.writeHead(404, options.headers).end('Not found');
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * Before the first key press: the page loaded, its tab the active one and
 * focused, nothing in it focused yet, so the first Tab starts at the top of
 * the document whatever the machine's load.
 */
export async function readyForKeyboard(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.bringToFront();
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  });
  await page.waitForFunction(() => document.hasFocus() && (document.activeElement === null || document.activeElement === document.body));
}

/**
 * The search page's results at rest: every result near the viewport (within
 * EXCERPT_MARGIN, where the page fetches excerpts) has its excerpt, so no
 * excerpt fetch is to come or in flight until something scrolls. Call after
 * waitForSearch (harness/search-driver.ts).
 */
export async function waitForExcerpts(page: Page): Promise<void> {
  // 1 px inside the margin, so a result the observer rounds out of it is not waited for.
  const margin = parseFloat(EXCERPT_MARGIN) - 1;
  await page.waitForFunction(
    (m) =>
      [...document.querySelectorAll('[data-search-results] > li')].every((li) => {
        const box = li.getBoundingClientRect();
        const near = box.top < window.innerHeight + m && box.bottom > -m;
        return !near || li.querySelector('.result-excerpt')?.getAttribute('data-excerpt') !== 'waiting';
      }),
    margin,
  );
}

export interface ConsoleLog {
  errors: string[];
}

/** Console errors, uncaught exceptions and CSP violations of a page. */
export function watchConsole(page: Page): ConsoleLog {
  const log: ConsoleLog = { errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  return log;
}
