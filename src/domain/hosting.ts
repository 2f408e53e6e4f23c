/**
 * The response headers every host must send. `dist/_headers` (Netlify,
 * Cloudflare Pages and similar static hosts) is written from this module at
 * build time; deploy/nginx/ carries the same values, and a test compares them.
 */

import { routes } from './routes.ts';

/**
 * No inline script or style anywhere on the site (Astro emits external,
 * hashed files), so the policy needs no 'unsafe-inline'. Pagefind compiles
 * its WebAssembly ('wasm-unsafe-eval') and runs queries in a worker.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Files a page fetches and never shows as a document: stylesheets, scripts
 * that run in the page (Astro's, pagefind.js) and search data (Pagefind's
 * pf_* files, pagefind-entry.json). The document headers above (policy,
 * framing, referrer, permissions, opener) act on a document or a worker, not
 * on these (a stylesheet or module without Referrer-Policy fetches under the
 * page's policy or the browser default, the same value). nginx sends only
 * these and Cache-Control; a worker script keeps every header, as it runs
 * under the policy it is sent with.
 */
export const SUBRESOURCE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': SECURITY_HEADERS['X-Content-Type-Options']!,
};

/** Content-hashed files never change under the same name. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Pages and unhashed entry files: revalidate so a correction shows at once. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';

/** The `_headers` file format of static hosts. */
export function staticHostHeaders(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    // Hosts merge every matching block, so Cache-Control is set only where it
    // differs from the host's default revalidation.
    block('/*', SECURITY_HEADERS),
    block('/_astro/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    block('/pagefind/fragment/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    block('/pagefind/index/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    block('/pagefind/filter/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    // The older shards of the index (src/search/shards.ts).
    block('/pagefind/:shard/fragment/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    block('/pagefind/:shard/index/*', { 'Cache-Control': IMMUTABLE_CACHE }),
    block('/pagefind/:shard/filter/*', { 'Cache-Control': IMMUTABLE_CACHE }),
  ].join('\n\n')}\n`;
}

/**
 * robots.txt: every public page may be crawled (the 404 page carries its own
 * noindex), and the sitemap is named by its full address, as the format asks.
 */
export function robotsTxt(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(routes.sitemap(), site).href}\n`;
}
