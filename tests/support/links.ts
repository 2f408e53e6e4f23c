/**
 * A small walker over dist/: every internal link, asset reference and
 * #fragment must resolve to a file (a directory means its index.html) and,
 * for fragments, to an element id in that file.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { TEST_SITE_URL } from '../../harness/build.ts';
import { files } from './html.ts';

const REFERENCE_ATTRIBUTES = [
  ['a', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['form', 'action'],
] as const;

function targetFile(dist: string, pathname: string): string | null {
  const path = join(dist, decodeURIComponent(pathname));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

export function checkLinks(dist: string, site = TEST_SITE_URL): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const parsed = new Map<string, HTMLElement>();
  const load = (file: string) => {
    let doc = parsed.get(file);
    if (!doc) parsed.set(file, (doc = parse(readFileSync(file, 'utf8'))));
    return doc;
  };
  for (const pagePath of files(dist).filter((f) => f.endsWith('.html'))) {
    const doc = load(join(dist, pagePath));
    for (const [tag, attribute] of REFERENCE_ATTRIBUTES) {
      for (const element of doc.querySelectorAll(`${tag}[${attribute}]`)) {
        const link = element.getAttribute(attribute)!;
        const url = new URL(link, new URL(pagePath, site));
        // Other sites are out of scope; the canonical origin maps onto dist/.
        if (url.origin !== site) continue;
        const file = targetFile(dist, url.pathname);
        if (!file) {
          broken.push({ page: pagePath, link, reason: 'không có tệp' });
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !load(file).getElementById(fragment)) {
          broken.push({ page: pagePath, link, reason: `không có id "${fragment}"` });
        }
      }
    }
  }
  for (const sitemap of files(dist).filter((f) => /^\/sitemap-\d+\.xml$/.test(f))) {
    for (const [, loc] of readFileSync(join(dist, sitemap), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const url = new URL(loc!);
      if (url.origin !== site || !targetFile(dist, url.pathname)) broken.push({ page: sitemap, link: loc!, reason: 'không có trang' });
    }
  }
  return broken;
}
