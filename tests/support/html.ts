/** Reading built pages: parse with a real HTML parser, read text as a person sees it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function page(dist: string, path: string): HTMLElement {
  const file = join(dist, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return parse(readFileSync(file, 'utf8'));
}

/** Visible text with whitespace collapsed, so glued words would show. */
export function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function hrefs(element: HTMLElement): string[] {
  return element.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
}

/** Every file under dist, as site paths ("/van-ban/x/index.html"). */
export function files(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? files(dist, full) : [`/${relative(dist, full)}`];
  });
}
