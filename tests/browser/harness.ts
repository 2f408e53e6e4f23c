/**
 * The one browser harness of the test suite. It builds nothing: give it a
 * built dist directory (tests/support/build.ts makes those) and it
 *   - serves that directory on a loopback port with a small static server
 *     (directory index, trailing-slash redirect, the site's 404 page, gzip
 *     like a real host, optional response headers such as the CSP);
 *   - launches Debian's Chromium through playwright-core, headless, in a
 *     fresh profile (Playwright gives every launch a new temporary
 *     user-data-dir and deletes it on close);
 *   - counts the bytes a browser context transfers, workers included
 *     (Pagefind searches in a Web Worker, so page-level events miss its
 *     requests), and collects console errors and CSP violations.
 * Chromium missing is a failure with the install command, never a skip.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'apt-get install -y chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

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

/** Debian's Chromium, headless, in a fresh temporary profile. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is not installed (${CHROMIUM}); the browser tests need it. Install it with: ${CHROMIUM_INSTALL}`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], headless: true });
}

/** Viewports the tests use. */
export const DESKTOP = { viewport: { width: 1280, height: 900 } } as const;
export const MOBILE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 13; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
} as const;

export interface TransferLog {
  /** Bytes received (encoded bodies plus response headers) since the last reset. */
  bytes: () => number;
  /** URLs (path + query) requested since the last reset. */
  urls: () => string[];
  /** Start a new measurement. */
  reset: () => void;
  /** Wait until no request of this context is in flight for `quietMs`. */
  settle: (quietMs?: number, timeoutMs?: number) => Promise<void>;
}

/**
 * Counts what a browser context downloads: requests from its pages and from
 * their workers (context-level events see both).
 */
export function trackTransfers(context: BrowserContext): TransferLog {
  let bytes = 0;
  let urls: string[] = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  let pending: Promise<void>[] = [];
  const done = (request: Request) => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
    pending.push(
      request
        .sizes()
        .then((s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
        })
        .catch(() => undefined),
    );
  };
  context.on('request', (request) => {
    inFlight++;
    lastActivity = Date.now();
    const u = new URL(request.url());
    urls.push(u.pathname + u.search);
  });
  context.on('requestfinished', done);
  context.on('requestfailed', () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  });
  return {
    bytes: () => bytes,
    urls: () => [...urls],
    reset: () => {
      bytes = 0;
      urls = [];
      pending = [];
    },
    settle: async (quietMs = 300, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((r) => setTimeout(r, 50));
      }
      await Promise.all(pending);
    },
  };
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
