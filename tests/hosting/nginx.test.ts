/** Hosting behaviour, tested on Debian's nginx with the shipped server block. */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS, staticHostHeaders, SUBRESOURCE_HEADERS } from '../../src/lib/hosting.ts';
import { buildSite, PROJECT } from '../support/build.ts';
import { startNginx, type Served } from '../support/nginx.ts';

/** Older search bundles, as the sharded index writes them: data only, no script, worker or wasm. */
const SHARDS = ['shard-1', 'shard-12'];
/** A file Astro could emit next to its stylesheets and scripts, openable as a document. */
const ASTRO_IMAGE = 'logo.Ab12Cd34.svg';

let dist: string;
let server: Served;

beforeAll(async () => {
  // A copy: the built site is shared with other test files, and the shards are added here.
  dist = mkdtempSync(join(tmpdir(), 'archive-hosting-'));
  chmodSync(dist, 0o755); // nginx's workers run as another user
  cpSync(await buildSite('content'), dist, { recursive: true });
  const bundle = join(dist, 'pagefind');
  for (const shard of SHARDS) {
    mkdirSync(join(bundle, shard));
    for (const name of readdirSync(bundle)) {
      if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name)) cpSync(join(bundle, name), join(bundle, shard, name), { recursive: true });
    }
  }
  writeFileSync(join(dist, '_astro', ASTRO_IMAGE), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  server = await startNginx(dist);
});
afterAll(() => server?.stop());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers, redirect: 'manual' });

function expectSecurityHeaders(response: Response, label = '') {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${label} ${name}`).toBe(value);
}

/** Only the subresource headers: none of the document ones. */
function expectSubresourceHeaders(response: Response, label: string) {
  for (const [name, value] of Object.entries(SUBRESOURCE_HEADERS)) expect(response.headers.get(name), `${label} ${name}`).toBe(value);
  for (const name of Object.keys(SECURITY_HEADERS)) if (!(name in SUBRESOURCE_HEADERS)) expect(response.headers.get(name), `${label} ${name}`).toBeNull();
}

/** One of each kind of hashed search data file in a bundle folder ('' for the newest, or a shard). */
function searchData(folder: string): string[] {
  const bundle = join(dist, 'pagefind', folder);
  const url = folder ? `/pagefind/${folder}/` : '/pagefind/';
  const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
  return [`${url}${meta}`, ...['index', 'fragment', 'filter'].map((dir) => `${url}${dir}/${readdirSync(join(bundle, dir))[0]!}`)];
}

describe('nginx with deploy/nginx/luu-tru.conf', () => {
  it('serves pages with every security header and revalidation', async () => {
    for (const path of ['/', '/van-ban/', '/van-ban/huu-lung-01-pd-ubnd-2024/', '/tim-kiem/?q=chung+suc', '/sitemap-index.xml', '/van-ban/rss.xml']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
    }
  });

  it('sends stylesheets and scripts with the subresource headers only, cached for a year, compressed', async () => {
    const assets = readdirSync(join(dist, '_astro')).filter((f) => /\.(css|js)$/.test(f));
    expect(assets.some((f) => f.endsWith('.css')) && assets.some((f) => f.endsWith('.js'))).toBe(true);
    for (const path of assets.map((f) => `/_astro/${f}`)) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('etag'), path).toBeNull();
      expect(response.headers.get('last-modified'), path).not.toBeNull();
      expectSubresourceHeaders(response, path);
    }
    // Anything else Astro emits keeps every header: an SVG opened on its own is a document.
    const image = await get(`/_astro/${ASTRO_IMAGE}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expectSecurityHeaders(image, ASTRO_IMAGE);
  });

  it('sends hashed search data, in every shard, with the subresource headers only, cached for a year, as Pagefind compressed it', async () => {
    for (const path of ['', ...SHARDS].flatMap(searchData)) {
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(IMMUTABLE_CACHE);
      expect(response.headers.get('content-type'), path).toBe('application/octet-stream');
      expect(response.headers.get('content-encoding'), path).toBeNull();
      expectSubresourceHeaders(response, path);
    }
  });

  it('sends hashed search data without a validator or byte ranges', async () => {
    for (const path of ['', ...SHARDS].flatMap(searchData)) {
      const response = await get(path);
      expect(response.headers.get('etag'), path).toBeNull();
      expect(response.headers.get('accept-ranges'), path).toBeNull();
      expect(response.headers.get('last-modified'), path).not.toBeNull();
      // A range request gets the whole file.
      expect((await get(path, { range: 'bytes=0-9' })).status, path).toBe(200);
    }
  });

  it('sends each bundle’s entry file with the subresource headers only, revalidated', async () => {
    for (const folder of ['', ...SHARDS]) {
      const path = `/pagefind/${folder ? `${folder}/` : ''}pagefind-entry.json?ts=1795519219757`;
      const response = await get(path, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
      expect(response.headers.get('etag'), path).not.toBeNull();
      expect(response.headers.get('accept-ranges'), path).toBeNull();
      expectSubresourceHeaders(response, path);
    }
  });

  it('sends pagefind.js as a subresource and its worker and wasm with every header, revalidated', async () => {
    const script = await get('/pagefind/pagefind.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe(REVALIDATE_CACHE);
    expectSubresourceHeaders(script, 'pagefind.js');
    // The worker runs under the policy it is sent with (and compiles the wasm: 'wasm-unsafe-eval').
    const wasm = readdirSync(join(dist, 'pagefind')).find((f) => f.startsWith('wasm.'))!;
    for (const path of ['/pagefind/pagefind-worker.js', `/pagefind/${wasm}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
      expectSecurityHeaders(response, path);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
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
