/**
 * The built HTML of a page, as the indexer sees it. Pages mark their main
 * text with `data-pagefind-body`; the integration adds metadata, facets, the
 * sort date and the hidden twins (tokens.ts) in memory, so `dist/` keeps the
 * HTML that was built and people never see any of it. Pure string work on
 * Astro's own well-formed output.
 */

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

export function escapeHtml(s: string): string {
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

export function hasBody(html: string): boolean {
  OPEN_WITH_BODY.lastIndex = 0;
  return OPEN_WITH_BODY.test(html);
}

export interface Injection {
  meta: Record<string, string>;
  filters: Record<string, readonly string[]>;
  sort: Record<string, string>;
  /** Extra indexed text (a body of its own, placed last). */
  body?: string;
}

/**
 * Adds, just before </body>, an ignored block carrying the metadata, facets
 * and sort (Pagefind reads those on ignored elements) and, optionally, one
 * more indexed body. The page's own elements are left as they are.
 */
export function injectForIndex(html: string, add: Injection): string {
  const attr = (name: string, key: string, value: string) => `<span ${name}="${escapeHtml(`${key}:${value}`)}"></span>`;
  const parts: string[] = ['<div data-pagefind-ignore>'];
  for (const [k, v] of Object.entries(add.meta)) parts.push(attr('data-pagefind-meta', k, v));
  for (const [k, values] of Object.entries(add.filters)) for (const v of values) parts.push(attr('data-pagefind-filter', k, v));
  for (const [k, v] of Object.entries(add.sort)) parts.push(attr('data-pagefind-sort', k, v));
  parts.push('</div>');
  if (add.body) parts.push(`<div data-pagefind-body>${escapeHtml(add.body)}</div>`);
  const block = parts.join('');
  const at = html.lastIndexOf('</body>');
  return at === -1 ? html + block : html.slice(0, at) + block + html.slice(at);
}
