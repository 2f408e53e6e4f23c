/** Hosting behaviour, tested on Debian's nginx with the shipped server block. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SEARCH_DATA_HEADERS, SECURITY_HEADERS, staticHostHeaders } from '../../src/lib/hosting.ts';
import { buildSite, PROJECT } from '../support/build.ts';
import { startNginx, type Served } from '../support/nginx.ts';

let dist: string;
let server: Served;

beforeAll(async () => {
  dist = await buildSite('content');
  server = await startNginx(dist);
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), name).toBe(value);
}

describe('nginx with deploy/nginx/luu-tru.conf', () => {
  it('serves pages with every security header and revalidation', async () => {
    for (const path of ['/', '/van-ban/', '/van-ban/huu-lung-01-pd-ubnd-2024/', '/sitemap-index.xml', '/van-ban/rss.xml']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    }
  });

  it('caches hashed assets for a year and compresses them', async () => {
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const response = await get(`/_astro/${css}`, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expectSecurityHeaders(response);
  });

  it('sends search data with its own short set of headers, cached for a year, as Pagefind compressed it', async () => {
    const bundle = join(dist, 'pagefind');
    const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
    const paths = [`/pagefind/${meta}`, ...['index', 'fragment', 'filter'].map((dir) => `/pagefind/${dir}/${readdirSync(join(bundle, dir))[0]!}`)];
    for (const path of paths) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-encoding'), path).toBeNull();
      for (const [name, value] of Object.entries(SEARCH_DATA_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
      for (const name of Object.keys(SECURITY_HEADERS)) if (!(name in SEARCH_DATA_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBeNull();
    }
    // The script, its worker and the wasm keep every header: the worker runs under the policy it is sent with.
    const wasm = readdirSync(bundle).find((f) => f.startsWith('wasm.'))!;
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-worker.js', `/pagefind/${wasm}`]) expectSecurityHeaders(await get(path));
  });

  it('compresses pages', async () => {
    const response = await get('/van-ban/huu-lung-01-pd-ubnd-2024/', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers a missing page with status 404 and the archive’s own 404 page', async () => {
    const response = await get('/van-ban/khong-co-van-ban-nay/');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });

  it('keeps nginx, the static-host _headers file and the header module in step', () => {
    const snippet = readFileSync(join(PROJECT, 'deploy/nginx/security-headers.conf'), 'utf8');
    const fromNginx = Object.fromEntries([...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(fromNginx).toEqual(SECURITY_HEADERS);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(staticHostHeaders());
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});
