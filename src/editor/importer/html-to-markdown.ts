/**
 * mammoth's HTML → the light Markdown the extractor reads (the same shape as
 * the archive's .txt transcriptions): `**bold**`, `*italic*`, `- ` and `1. `
 * lists, GFM tables, `<sup>1</sup>` footnote markers with the notes as
 * "<sup>1</sup> text" paragraphs at the end. Layout tables (the header with
 * the national motto, the "Nơi nhận" / signature table) are flattened into
 * lines, cell by cell, because they are page layout, not data.
 *
 * mammoth writes a small, well-formed subset of HTML (it escapes &, <, > in
 * text and " in attributes), so a tiny tokenizer is enough here.
 */
import { foldAligned } from './text.ts';

interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = Element | string;

const VOID = new Set(['br', 'img', 'hr', 'input']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)\s*(\/?)>|<!--[\s\S]*?-->|([^<]+)|</gu;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:="([^"]*)")?/gu;

function decode(s: string): string {
  return s
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#(\d+);/gu, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/gu, '&');
}

function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  for (const m of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1]!;
    const [whole, closing, rawTag, rawAttrs = '', selfClosing, text] = m;
    if (text !== undefined) {
      top.children.push(decode(text));
    } else if (whole === '<') {
      top.children.push('<');
    } else if (rawTag !== undefined) {
      const tag = rawTag.toLowerCase();
      if (closing) {
        const at = stack.map((e) => e.tag).lastIndexOf(tag);
        if (at > 0) stack.length = at;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of rawAttrs.matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = decode(a[2] ?? '');
        const element: Element = { tag, attrs, children: [] };
        top.children.push(element);
        if (!selfClosing && !VOID.has(tag)) stack.push(element);
      }
    }
  }
  return root;
}

function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

interface Notes {
  /** note id (from the href) → the number shown at the reference. */
  numbers: Map<string, string>;
}

/** Bold/italic markers hug the text: "** PHÁT ĐỘNG **" is not Markdown bold. */
function wrap(inner: string, marker: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(inner)!;
  const [, lead = '', core = '', trail = ''] = m;
  if (!core) return inner;
  return `${lead}${marker}${core}${marker}${trail}`;
}

function inline(nodes: Node[], notes: Notes): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node.replace(/\n/gu, ' ');
      continue;
    }
    const inner = () => inline(node.children, notes);
    switch (node.tag) {
      case 'strong':
      case 'b':
        out += wrap(inner(), '**');
        break;
      case 'em':
      case 'i':
        out += wrap(inner(), '*');
        break;
      case 's':
      case 'del':
        out += wrap(inner(), '~~');
        break;
      case 'sup': {
        const link = node.children.find((c): c is Element => typeof c !== 'string' && c.tag === 'a');
        const href = link?.attrs['href'] ?? '';
        if (link && /^#(?:footnote|endnote)-/u.test(href)) {
          const shown = textOf(link).replace(/[[\]\s]/gu, '');
          notes.numbers.set(href.slice(1), shown);
          out += `<sup>${shown}</sup>`;
        } else {
          out += `<sup>${inner()}</sup>`;
        }
        break;
      }
      case 'sub':
        out += `<sub>${inner()}</sub>`;
        break;
      case 'br':
        out += '\n';
        break;
      case 'img':
        break;
      case 'a': {
        const href = node.attrs['href'] ?? '';
        const text = inner();
        if (/^(?:https?:|mailto:)/iu.test(href) && text.trim() && text.trim() !== href) out += `[${text}](${href})`;
        else out += text;
        break;
      }
      default:
        out += inner();
    }
  }
  return out;
}

/** Lines of a paragraph-like element, with empty lines dropped. */
function paragraphText(el: Element, notes: Notes): string {
  return inline(el.children, notes)
    .split('\n')
    .map((l) => l.replace(/ {2,}/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const LAYOUT_MARKERS =
  /cong hoa xa hoi|doc lap\s*-\s*tu do|noi nhan|(?:^|[^a-z])(?:tm|kt|tuq)\.\s|(?:^|[^a-z])so\s*:|chu tich|truong ban|giam doc/u;

function cellBlocks(cell: Element, notes: Notes): string[] {
  return blocks(cell.children, notes);
}

function table(el: Element, notes: Notes): string[] {
  const rows: Element[] = [];
  const collect = (e: Element) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.tag === 'tr') rows.push(c);
      else if (c.tag === 'thead' || c.tag === 'tbody' || c.tag === 'tfoot') collect(c);
    }
  };
  collect(el);
  const cells = rows.map((r) => r.children.filter((c): c is Element => typeof c !== 'string' && (c.tag === 'td' || c.tag === 'th')));
  const width = Math.max(0, ...cells.map((r) => r.length));
  const plain = foldAligned(textOf(el));
  const layout = rows.length <= 4 && width <= 3 && LAYOUT_MARKERS.test(plain);
  if (layout || width <= 1) {
    // Page layout: each cell's content in reading order, left to right.
    const out: string[] = [];
    for (const row of cells) for (const cell of row) out.push(...cellBlocks(cell, notes));
    return out;
  }
  const line = (row: Element[]) => {
    const texts = row.map((c) => cellBlocks(c, notes).join(' ').replace(/\n/gu, '<br />').replace(/\|/gu, '\\|'));
    while (texts.length < width) texts.push('');
    return `| ${texts.join(' | ')} |`;
  };
  const [head, ...body] = cells;
  if (!head) return [];
  return [[line(head), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n')];
}

function list(el: Element, notes: Notes, depth: number): string {
  const ordered = el.tag === 'ol';
  let n = 0;
  const lines: string[] = [];
  for (const item of el.children) {
    if (typeof item === 'string' || item.tag !== 'li') continue;
    n++;
    const marker = ordered ? `${n}. ` : '- ';
    const indent = '   '.repeat(depth);
    const own: Node[] = [];
    const nested: Element[] = [];
    for (const c of item.children) {
      if (typeof c !== 'string' && (c.tag === 'ul' || c.tag === 'ol')) nested.push(c);
      else own.push(c);
    }
    const text = blocks(own, notes).join(' ').replace(/\n/gu, ' ');
    lines.push(`${indent}${marker}${text}`);
    for (const sub of nested) lines.push(list(sub, notes, depth + 1));
  }
  return lines.join('\n');
}

function blocks(nodes: Node[], notes: Notes): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    const t = loose.trim();
    if (t) out.push(t);
    loose = '';
  };
  for (const node of nodes) {
    if (typeof node === 'string') {
      loose += node;
      continue;
    }
    const heading = /^h([1-6])$/u.exec(node.tag);
    if (heading) {
      flush();
      const text = paragraphText(node, notes).replace(/\n/gu, ' ');
      if (text) out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (node.tag === 'p' || node.tag === 'div' || node.tag === 'li' || node.tag === 'blockquote' || node.tag === 'pre') {
      flush();
      const text = paragraphText(node, notes);
      if (text) out.push(text);
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      flush();
      const text = list(node, notes, 0);
      if (text.trim()) out.push(text);
    } else if (node.tag === 'table') {
      flush();
      out.push(...table(node, notes));
    } else if (node.tag === 'dl' || node.tag === 'hr') {
      flush();
    } else {
      loose += inline([node], notes);
    }
  }
  flush();
  return out;
}

/** Footnote/endnote lists mammoth appends: `<ol><li id="footnote-3">…</li></ol>`. */
function isNoteList(node: Node): node is Element {
  return (
    typeof node !== 'string' &&
    node.tag === 'ol' &&
    node.children.some((c) => typeof c !== 'string' && c.tag === 'li' && /^(?:footnote|endnote)-/u.test(c.attrs['id'] ?? ''))
  );
}

function stripBackLinks(el: Element): Element {
  return {
    ...el,
    children: el.children
      .filter((c) => !(typeof c !== 'string' && c.tag === 'a' && /^#(?:footnote|endnote)-ref-/u.test(c.attrs['href'] ?? '')))
      .map((c) => (typeof c === 'string' ? c : stripBackLinks(c))),
  };
}

export function htmlToMarkdown(html: string): string {
  const root = parseHtml(html);
  const notes: Notes = { numbers: new Map() };
  const main = root.children.filter((c) => !isNoteList(c));
  const out = blocks(main, notes);
  for (const noteList of root.children.filter(isNoteList)) {
    for (const item of noteList.children) {
      if (typeof item === 'string' || item.tag !== 'li') continue;
      const id = item.attrs['id'] ?? '';
      const shown = notes.numbers.get(id);
      if (!shown) continue;
      const text = blocks(stripBackLinks(item).children, notes).join(' ').replace(/\s+/gu, ' ').trim();
      if (text) out.push(`<sup>${shown}</sup> ${text}`);
    }
  }
  // A note reference in a run that is itself superscript: <sup><sup>1</sup></sup>.
  return out.join('\n\n').replace(/<sup>(?:<sup>)+([^<]*)(?:<\/sup>)+<\/sup>/gu, '<sup>$1</sup>');
}
