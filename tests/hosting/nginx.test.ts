/** Hosting behaviour, tested on Debian's nginx with the shipped server block. */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, REVALIDATE_CACHE, SECURITY_HEADERS, staticHostHeaders, SUBRESOURCE_HEADERS } from '../../src/domain/hosting.ts';
import { PROJECT } from '../../harness/build.ts';
import { buildSite } from '../support/build.ts';
import { rawRequest, startNginx, type Served } from '../../harness/nginx.ts';

/** Older search bundles, as the sharded index writes them: data only, no script, worker or wasm. */
const SHARDS = ['shard-1', 'shard-12'];
/** A file Astro could emit next to its stylesheets and scripts, openable as a document. */
const ASTRO_IMAGE = 'logo.Ab12Cd34.svg';
/** Files a careless deploy could leave in dist/ (names starting with a dot), in each kind of location. */
const HIDDEN = [
  '.env',
  '.git/config',
  'van-ban/.htpasswd',
  '_astro/.env.js',
  'pagefind/.env',
  'pagefind/fragment/.env',
  '.well-known/.secret',
];
/** A folder without an index page: nginx lists no folder (403). */
const NO_INDEX = 'bieu-mau';
/** The one folder starting with a dot that is served (RFC 8615): ACME challenges, security.txt. */
const WELL_KNOWN = '.well-known/security.txt';
/** What deploy/nginx/hsts.conf sends once switched on. */
const HSTS = 'max-age=31536000; includeSubDomains';
/** Longer than one of nginx's large_client_header_buffers (8 KB by default). */
const LONG = 'a'.repeat(9000);

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
      if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'fragment', 'filter'].includes(name))
        cpSync(join(bundle, name), join(bundle, shard, name), { recursive: true });
    }
  }
  writeFileSync(join(dist, '_astro', ASTRO_IMAGE), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(join(dist, NO_INDEX));
  for (const file of [...HIDDEN, WELL_KNOWN]) {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), `secret in ${file}\n`);
  }
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
  for (const name of Object.keys(SECURITY_HEADERS))
    if (!(name in SUBRESOURCE_HEADERS)) expect(response.headers.get(name), `${label} ${name}`).toBeNull();
}

/** Requests nginx answers with an error before it picks a location (the server block's headers apply), by status. */
const EARLY_ERRORS: [number, string][] = [
  [400, 'GET /\x01 HTTP/1.1\r\nHost: localhost\r\n\r\n'],
  [400, 'GET / HTTP/1.1\r\nHost: bad/host\r\n\r\n'],
  [400, `GET / HTTP/1.1\r\nHost: localhost\r\nX-Long: ${LONG}\r\n\r\n`],
  [414, `GET /${LONG} HTTP/1.1\r\nHost: localhost\r\n\r\n`],
  [505, 'GET / HTTP/2.0\r\nHost: localhost\r\n\r\n'],
];

/** One response from each location of the server block (a 416 too), and from before any location. */
async function oneOfEach(url: string): Promise<[string, Headers][]> {
  const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
  const paths = [
    '/',
    '/van-ban',
    '/khong-co/',
    '/.env',
    `/_astro/${ASTRO_IMAGE}`,
    `/_astro/${css}`,
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    searchData('')[0]!,
    `/${WELL_KNOWN}`,
  ];
  const fetched = await Promise.all(
    paths.map(async (path): Promise<[string, Headers]> => [path, (await fetch(`${url}${path}`, { redirect: 'manual' })).headers]),
  );
  fetched.push(['416 /', (await fetch(`${url}/`, { headers: { range: 'bytes=99999999-' } })).headers]);
  const early = await Promise.all(
    EARLY_ERRORS.map(async ([status, request]): Promise<[string, Headers]> => [
      `${status} ${JSON.stringify(request.slice(0, 40))}`,
      (await rawRequest(url, request)).headers,
    ]),
  );
  return [...fetched, ...early];
}

/** One of each kind of hashed search data file in a bundle folder ('' for the newest, or a shard). */
function searchData(folder: string): string[] {
  const bundle = join(dist, 'pagefind', folder);
  const url = folder ? `/pagefind/${folder}/` : '/pagefind/';
  const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
  return [
    `${url}${meta}`,
    ...['index', 'fragment', 'filter'].map((dir) => `${url}${dir}/${readdirSync(join(bundle, dir)).find((f) => !f.startsWith('.'))!}`),
  ];
}

describe('nginx with deploy/nginx/luu-tru.conf', () => {
  it('serves pages with every security header and revalidation', async () => {
    for (const path of [
      '/',
      '/van-ban/',
      '/van-ban/huu-lung-01-pd-ubnd-2024/',
      '/tim-kiem/?q=chung+suc',
      '/sitemap-index.xml',
      '/van-ban/rss.xml',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(response, path);
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
    }
  });

  it('sends stylesheets and scripts with the subresource headers only, cached for a year, compressed', async () => {
    const assets = readdirSync(join(dist, '_astro')).filter((f) => /^[^.].*\.(css|js)$/.test(f));
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

  it('sends every security header with every status, the errors nginx answers before choosing a location included', async () => {
    const etag = (await get('/')).headers.get('etag')!;
    const fetched: [number, string, RequestInit][] = [
      [200, '/', {}],
      [301, '/van-ban', {}],
      [304, '/', { headers: { 'if-none-match': etag } }],
      [403, `/${NO_INDEX}/`, {}],
      [404, '/khong-co/', {}],
      [405, '/', { method: 'POST', body: 'x' }],
      [412, '/', { headers: { 'if-match': '"khac"' } }],
      [414, `/${LONG}`, {}],
      [416, '/', { headers: { range: 'bytes=99999999-' } }],
    ];
    // Every response without the whole set is listed, not only the first.
    const responses: [string, Headers][] = [];
    for (const [status, path, init] of fetched) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
      expect(response.status, path.slice(0, 40)).toBe(status);
      responses.push([`${status} ${path.slice(0, 40)}`, response.headers]);
    }
    const raw: [number, string][] = [...EARLY_ERRORS, [413, 'POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 999999999\r\n\r\n']];
    for (const [status, request] of raw) {
      const response = await rawRequest(server.url, request);
      expect(response.status, request.slice(0, 40)).toBe(status);
      responses.push([`${status} ${JSON.stringify(request.slice(0, 40))}`, response.headers]);
    }
    const bare = responses.filter(([, headers]) => Object.entries(SECURITY_HEADERS).some(([name, value]) => headers.get(name) !== value));
    expect(bare.map(([label]) => label)).toEqual([]);
    // A 416 keeps the headers of the file's own location, once each.
    expect(responses.find(([label]) => label === '416 /')![1].get('cache-control')).toBe(REVALIDATE_CACHE);
    const css = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    const range = await get(`/_astro/${css}`, { range: 'bytes=99999999-' });
    expect(range.status).toBe(416);
    expectSubresourceHeaders(range, `416 ${css}`);
    expect(range.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
  });

  it('answers any path segment starting with a dot, in every location, as a missing page; /.well-known/ is served', async () => {
    const missing = await (await get('/khong-co/')).text();
    for (const path of [...HIDDEN.map((f) => `/${f}`), '/.git/', '/.git', '/%2Eenv', '/van-ban//.htpasswd', '/.well-known', '/.khong-co']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).toBe(missing);
    }
    const known = await get(`/${WELL_KNOWN}`);
    expect(known.status).toBe(200);
    expectSecurityHeaders(known, WELL_KNOWN);
    expect(await known.text()).toBe(`secret in ${WELL_KNOWN}\n`);
  });

  it('redirects a folder without its slash to a relative Location (nginx’s own host and port would undo https behind a proxy)', async () => {
    for (const [path, location] of [
      ['/van-ban', '/van-ban/'],
      ['/van-ban?trang=2', '/van-ban/?trang=2'],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(301);
      expect(response.headers.get('location'), path).toBe(location);
    }
    const proxied = await rawRequest(server.url, 'GET /co-quan HTTP/1.1\r\nHost: luutru.example.gov.vn\r\n\r\n');
    expect(proxied.status).toBe(301);
    expect(proxied.headers.get('location')).toBe('/co-quan/');
  });

  it('sends the feed and the sitemaps as UTF-8 and compresses them (above gzip_min_length)', async () => {
    const minLength = Number(/^\s*gzip_min_length (\d+);$/m.exec(readFileSync(join(PROJECT, 'deploy/nginx/luu-tru.conf'), 'utf8'))![1]);
    const files = ['van-ban/rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'];
    const large = files.filter((f) => statSync(join(dist, f)).size >= minLength);
    expect(large).toEqual(expect.arrayContaining(['van-ban/rss.xml', 'sitemap-0.xml']));
    for (const file of files) {
      const response = await get(`/${file}`, { 'accept-encoding': 'gzip' });
      expect(response.status, file).toBe(200);
      // The type /etc/nginx/mime.types gives .xml.
      expect(response.headers.get('content-type'), file).toBe('text/xml; charset=utf-8');
      expect(response.headers.get('content-encoding'), file).toBe(large.includes(file) ? 'gzip' : null);
      expect(await response.text(), file).toBe(readFileSync(join(dist, file), 'utf8'));
    }
    expect((await get(`/${WELL_KNOWN}`)).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('sends Strict-Transport-Security from every location and error once hsts.conf is switched on, and never without it', async () => {
    for (const [label, headers] of await oneOfEach(server.url)) expect(headers.get('strict-transport-security'), label).toBeNull();
    const tls = await startNginx(dist, { hsts: true });
    try {
      for (const [label, headers] of await oneOfEach(tls.url)) expect(headers.get('strict-transport-security'), label).toBe(HSTS);
    } finally {
      await tls.stop();
    }
  });

  it('sends the open data as UTF-8 JSON and CSV with every header, revalidated, compressed, and its page as HTML', async () => {
    const served = [
      ['/du-lieu/van-ban.csv', 'text/csv; charset=utf-8'],
      ['/du-lieu/chi-tieu.csv', 'text/csv; charset=utf-8'],
      ['/du-lieu/van-ban.json', 'application/json; charset=utf-8'],
      ['/du-lieu/van-ban/huu-lung-01-pd-ubnd-2024.json', 'application/json; charset=utf-8'],
      ['/du-lieu/schema/van-ban.json', 'application/json; charset=utf-8'],
      ['/du-lieu/', 'text/html; charset=utf-8'],
    ];
    for (const [path, type] of served) {
      const response = await get(path!, { 'accept-encoding': 'gzip' });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      expect(response.headers.get('content-encoding'), path).toBe('gzip');
      expect(response.headers.get('cache-control'), path).toBe(REVALIDATE_CACHE);
      expectSecurityHeaders(response, path);
    }
    // The bytes as built, the BOM that tells Excel the encoding included.
    const csv = Buffer.from(await (await get('/du-lieu/van-ban.csv')).arrayBuffer());
    expect(csv).toEqual(readFileSync(join(dist, 'du-lieu/van-ban.csv')));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('keeps nginx, the static-host _headers file and the header module in step', () => {
    const snippet = readFileSync(join(PROJECT, 'deploy/nginx/security-headers.conf'), 'utf8');
    const fromNginx = Object.fromEntries([...snippet.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]));
    expect(fromNginx).toEqual(SECURITY_HEADERS);
    expect(readFileSync(join(dist, '_headers'), 'utf8')).toBe(staticHostHeaders());
    expect(SECURITY_HEADERS['Content-Security-Policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

describe('nginx redirects (dist/_redirects.nginx.conf, included by luu-tru.conf)', () => {
  let corpus: Served;
  beforeAll(async () => {
    corpus = await startNginx(await buildSite('corpus'));
  });
  afterAll(() => corpus?.stop());

  it('answers an old address and a permanent address with 301 and a relative Location to the page', async () => {
    for (const [from, to] of [
      ['/van-ban/chi-thi-05-2023/', '/van-ban/dong-tam-05-ct-ubnd-2023/'],
      ['/phong-trao/son-dong-chuyen-doi-so/', '/phong-trao/son-dong-day-manh-chuyen-doi-so-2026/'],
      ['/eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/', '/van-ban/dong-tam-05-ct-ubnd-2023/'],
    ]) {
      const response = await fetch(`${corpus.url}${from}`, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
      expectSecurityHeaders(response, from);
      const page = await fetch(`${corpus.url}${to}`, { redirect: 'manual' });
      expect(page.status, to).toBe(200);
    }
  });

  it('answers every redirect the build listed', async () => {
    const dist = await buildSite('corpus');
    const lines = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) {
      const [from, to] = line.split(' ');
      const response = await fetch(`${corpus.url}${from}`, { redirect: 'manual' });
      expect([response.status, response.headers.get('location')], from).toEqual([301, to]);
    }
    const page = await fetch(`${corpus.url}/van-ban/dong-tam-05-ct-ubnd-2023/`, { redirect: 'manual' });
    expect(page.status).toBe(200);
  });
});
