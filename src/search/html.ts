/**
 * The built HTML of a page, as the indexer reads it, and the page the
 * indexer hands Pagefind instead. Pages mark their main text with
 * `data-pagefind-body`; that text becomes the index text (tokens.ts), and
 * `dist/` keeps the HTML that was built. Pure string work on Astro's own
 * well-formed output.
 */
import type { IndexWord } from './tokens.ts';

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

const OPEN_WITH_BODY = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?![\w-])[^>]*>/giu;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** The inner HTML of every element marked `data-pagefind-body`, in order. */
export function bodyRegions(html: string): string[] {
  const regions: string[] = [];
  OPEN_WITH_BODY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPEN_WITH_BODY.exec(html))) {
    const tag = (m[1] ?? '').toLowerCase();
    const start = m.index + m[0].length;
    if (VOID.has(tag)) continue;
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'giu');
    tags.lastIndex = start;
    let depth = 1;
    let t: RegExpExecArray | null;
    let end = html.length;
    while ((t = tags.exec(html))) {
      depth += t[1] ? -1 : t[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        end = t.index;
        break;
      }
    }
    regions.push(html.slice(start, end));
    OPEN_WITH_BODY.lastIndex = end;
  }
  return regions;
}

/** Readable text of an HTML fragment: tags become spaces, scripts and styles vanish. */
export function htmlText(fragment: string): string {
  return decodeEntities(
    fragment
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, ' ')
      .replace(/<!--[\s\S]*?-->/gu, ' ')
      .replace(/<[^>]+>/gu, ' '),
  )
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * What an empty slot of the index text holds (tokens.ts, laidOut): a mark
 * Pagefind counts as a position but indexes no word for.
 */
export const EMPTY_SLOT = '·';

export interface IndexPage {
  /** The index text (tokens.ts): the one body Pagefind reads; null is an empty slot. */
  words: readonly (IndexWord | null)[];
  meta: Record<string, string>;
  filters: Record<string, readonly string[]>;
  sort: Record<string, string>;
}

/**
 * The page as Pagefind gets it: the index text as its only body, each word
 * weighted by how often the page uses it, and an
 * ignored block with the metadata, facets and sort (Pagefind reads those on
 * ignored elements). Nothing else of the built page is needed, so Pagefind
 * parses the index text and a few tags instead of the whole page.
 */
export function indexPage(page: IndexPage): string {
  const attr = (name: string, key: string, value: string) => `<span ${name}="${escapeHtml(`${key}:${value}`)}"></span>`;
  const parts: string[] = ['<!doctype html><html lang="vi"><body><div data-pagefind-ignore>'];
  for (const [k, v] of Object.entries(page.meta)) parts.push(attr('data-pagefind-meta', k, v));
  for (const [k, values] of Object.entries(page.filters)) for (const v of values) parts.push(attr('data-pagefind-filter', k, v));
  for (const [k, v] of Object.entries(page.sort)) parts.push(attr('data-pagefind-sort', k, v));
  parts.push('</div><div data-pagefind-body>');
  // Runs of words of one weight (an empty slot joins any run); weight 1 is Pagefind's default and needs no span.
  const weightAt = (i: number) => page.words[i]?.weight;
  for (let i = 0; i < page.words.length;) {
    let end = i;
    while (end < page.words.length && weightAt(end) === undefined) end++;
    const weight = weightAt(end) ?? 1;
    while (end < page.words.length && (weightAt(end) ?? weight) === weight) end++;
    const run = escapeHtml(
      page.words
        .slice(i, end)
        .map((w) => w?.word ?? EMPTY_SLOT)
        .join(' '),
    );
    parts.push(weight === 1 ? `${run} ` : `<span data-pagefind-weight="${weight}">${run}</span> `);
    i = end;
  }
  parts.push('</div></body></html>');
  return parts.join('');
}
