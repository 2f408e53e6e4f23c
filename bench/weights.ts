/**
 * What a built site weighs: files in dist/, the gzipped bytes of a page with
 * everything it references, and the JavaScript on pages other than search.
 * Each file is gzipped on its own at level 6, as nginx does per response
 * (deploy/nginx/luu-tru.conf: gzip_comp_level 6).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export const GZIP_LEVEL = 6;

export const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: GZIP_LEVEL }).length;

export interface DistStats {
  files: number;
  bytes: number;
  /** Of which Pagefind's bundle (dist/pagefind/). */
  pagefindFiles: number;
  pagefindBytes: number;
  htmlPages: number;
}

/** Every file under `dir`, as absolute paths. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  visit(dir);
  return out;
}

export function distStats(dist: string): DistStats {
  const stats: DistStats = { files: 0, bytes: 0, pagefindFiles: 0, pagefindBytes: 0, htmlPages: 0 };
  const pagefind = join(dist, 'pagefind') + sep;
  for (const file of walk(dist)) {
    const size = statSync(file).size;
    stats.files++;
    stats.bytes += size;
    if (file.startsWith(pagefind)) {
      stats.pagefindFiles++;
      stats.pagefindBytes += size;
    }
    if (file.endsWith('.html')) stats.htmlPages++;
  }
  return stats;
}

export interface AssetWeight {
  /** Site path ("/_astro/x.css") or "inline". */
  path: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  /** Site path of the page ("/van-ban/"). */
  path: string;
  html: AssetWeight;
  css: AssetWeight[];
  js: AssetWeight[];
  /** Raw and gzipped totals. */
  bytes: number;
  gzip: number;
  /** HTML + CSS gzipped (the directive-page budget). */
  htmlCssGzip: number;
  /** Raw bytes of JavaScript the page runs or preloads, inline included. */
  jsBytes: number;
}

/** Script types a browser does not execute as JavaScript. */
const DATA_SCRIPT = /^(?:application\/(?:ld\+)?json|importmap|speculationrules|text\/(?:template|plain))$/iu;

/** The HTML file of a site path ("/van-ban/" → dist/van-ban/index.html). */
export function htmlFile(dist: string, path: string): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

/** Site path of an HTML file (dist/van-ban/index.html → "/van-ban/"). */
export function sitePath(dist: string, file: string): string {
  const rel = relative(dist, file).split(sep).join('/');
  return `/${rel.replace(/(?:^|\/)index\.html$/u, (m) => (m.startsWith('/') ? '/' : ''))}`;
}

function referenced(dist: string, pagePath: string, href: string): string | null {
  const url = new URL(href, `http://site${pagePath}`);
  if (url.host !== 'site') return null; // another origin: not ours to weigh
  return join(dist, decodeURIComponent(url.pathname));
}

/** The stylesheets and scripts of one HTML document, with their weights (files read from dist). */
export function pageAssets(dist: string, pagePath: string, html: string): { css: AssetWeight[]; js: AssetWeight[] } {
  const doc = parse(html);
  const css: AssetWeight[] = [];
  const js: AssetWeight[] = [];
  const seen = new Set<string>();
  const add = (list: AssetWeight[], href: string | undefined) => {
    if (!href) return;
    const file = referenced(dist, pagePath, href);
    if (!file || seen.has(file)) return;
    seen.add(file);
    const data = readFileSync(file);
    list.push({ path: new URL(href, `http://site${pagePath}`).pathname, bytes: data.length, gzip: gzipBytes(data) });
  };
  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/u);
    const as = (link.getAttribute('as') ?? '').toLowerCase();
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) add(css, link.getAttribute('href'));
    else if (rel.includes('modulepreload') || (rel.includes('preload') && (as === 'script' || as === 'worker')))
      add(js, link.getAttribute('href'));
  }
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim();
    if (DATA_SCRIPT.test(type)) continue;
    const src = script.getAttribute('src');
    if (src) add(js, src);
    else if (script.rawText.trim().length > 0) {
      // Already inside the HTML's bytes; listed so "JS on the page" sees it.
      js.push({ path: 'inline', bytes: Buffer.byteLength(script.rawText), gzip: 0 });
    }
  }
  return { css, js };
}

export function pageWeight(dist: string, path: string): PageWeight {
  const data = readFileSync(htmlFile(dist, path));
  const html: AssetWeight = { path, bytes: data.length, gzip: gzipBytes(data) };
  const { css, js } = pageAssets(dist, path, data.toString('utf8'));
  const sum = (list: AssetWeight[], key: 'bytes' | 'gzip') =>
    list.filter((a) => a.path !== 'inline' || key === 'bytes').reduce((n, a) => n + a[key], 0);
  const external = js.filter((a) => a.path !== 'inline');
  return {
    path,
    html,
    css,
    js,
    bytes: html.bytes + sum(css, 'bytes') + sum(external, 'bytes'),
    gzip: html.gzip + sum(css, 'gzip') + sum(external, 'gzip'),
    htmlCssGzip: html.gzip + sum(css, 'gzip'),
    jsBytes: js.reduce((n, a) => n + a.bytes, 0),
  };
}

export interface DirectivePages {
  count: number;
  /** The directive page heaviest as served (HTML + CSS gzipped): the budget must hold for every page. */
  largest: PageWeight;
  /** The page of median gzipped HTML size. */
  median: PageWeight;
}

/**
 * Weigh every directive page under /van-ban/<id>/ (listings under
 * /van-ban/nam|loai|trang/ excluded). Raw size is a poor guide to gzipped
 * size (tables compress far better than prose), so each page is gzipped.
 * Directive pages share one layout and its stylesheets, so the gzipped HTML
 * decides the ranking.
 */
export function directivePages(dist: string, listingDirs = new Set(['nam', 'loai', 'trang'])): DirectivePages {
  const root = join(dist, 'van-ban');
  const sized: { path: string; gzip: number }[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || listingDirs.has(entry.name)) continue;
    let data: Buffer;
    try {
      data = readFileSync(join(root, entry.name, 'index.html'));
    } catch {
      continue; // a folder without a page is not a directive page
    }
    sized.push({ path: `/van-ban/${entry.name}/`, gzip: gzipBytes(data) });
  }
  if (sized.length === 0) throw new Error(`no directive pages under ${root}`);
  sized.sort((a, b) => a.gzip - b.gzip || (a.path < b.path ? -1 : 1));
  return {
    count: sized.length,
    largest: pageWeight(dist, sized[sized.length - 1]!.path),
    median: pageWeight(dist, sized[Math.floor(sized.length / 2)]!.path),
  };
}

export interface ScriptScan {
  /** HTML pages looked at (every page but the search page's). */
  pages: number;
  /** Pages that run or preload any JavaScript. */
  pagesWithJs: number;
  /** Largest JavaScript weight (raw bytes, inline + referenced) of one such page. */
  maxBytes: number;
  /** A few offenders, for the report. */
  examples: string[];
}

/** JavaScript on every HTML page of the site except the search page(s). */
export function scanScripts(dist: string, isSearchPage = (path: string) => path.startsWith('/tim-kiem/')): ScriptScan {
  const scan: ScriptScan = { pages: 0, pagesWithJs: 0, maxBytes: 0, examples: [] };
  for (const file of walk(dist)) {
    if (!file.endsWith('.html')) continue;
    const path = sitePath(dist, file);
    if (isSearchPage(path)) continue;
    scan.pages++;
    const html = readFileSync(file, 'utf8');
    // Cheap test first: a page without "<script" or a preload has nothing to parse.
    if (!/<script|modulepreload|as="?(?:script|worker)/iu.test(html)) continue;
    const { js } = pageAssets(dist, path, html);
    const bytes = js.reduce((n, a) => n + a.bytes, 0);
    if (js.length === 0) continue;
    scan.pagesWithJs++;
    scan.maxBytes = Math.max(scan.maxBytes, bytes);
    if (scan.examples.length < 5) scan.examples.push(`${path} (${bytes} B: ${js.map((a) => a.path).join(', ')})`);
  }
  return scan;
}
