/**
 * HTML → the light Markdown the extractor reads (the same shape as the
 * archive's .txt transcriptions): `**bold**`, `*italic*`, `- ` and `1. `
 * lists, GFM tables, `<sup>1</sup>` footnote markers with the notes as
 * "<sup>1</sup> text" paragraphs at the end. Layout tables (the header with
 * the national motto, the "Nơi nhận" / signature table) are flattened into
 * lines, cell by cell, because they are page layout, not data.
 *
 * The HTML is parsed by hast-util-from-html (the WHATWG parser), so the
 * loose markup of a saved web page reads as a browser reads it. Its input is
 * mammoth's output for a .docx, or a web page saved as .html, whose own page
 * furniture (scripts, navigation, site header and footer, forms) is dropped.
 *
 * hast-util-to-mdast with remark-stringify was tried on ke-hoach.docx and
 * not used: it glued each layout cell's paragraphs into one line ("ỦY BAN
 * NHÂN DÂN**HUYỆN HỮU LŨNG**Số: 5/KH-UBND"), gave tables without <th> an
 * empty header row, escaped "- " items as "\-", and wrote note references as
 * "[\[1\]](#footnote-1)" links with their "↑" back-links; the handlers to
 * undo that would be longer than this walk.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { foldAligned } from './text.ts';

type Node = RootContent | ElementContent;

/** Parts of a web page that are never part of the document it shows. */
const NOT_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'iframe',
  'object',
  'svg',
  'canvas',
  'video',
  'audio',
]);
/** Elements that hold blocks; read as a paragraph only when nothing inside them is a block. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'body', 'html', 'center', 'blockquote', 'figure', 'td', 'th', 'li']);
const BLOCKS = new Set([...CONTAINERS, 'p', 'pre', 'ul', 'ol', 'table', 'hr', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function isElement(node: Node | Root, ...tags: string[]): node is Element {
  return node.type === 'element' && (tags.length === 0 || tags.includes(node.tagName));
}

function attr(el: Element, name: string): string {
  const value = el.properties[name];
  return typeof value === 'string' ? value : '';
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
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

function inline(nodes: readonly Node[], notes: Notes): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += node.value.replace(/\s*\n\s*/gu, ' ');
      continue;
    }
    if (node.type !== 'element' || NOT_CONTENT.has(node.tagName)) continue;
    const inner = () => inline(node.children, notes);
    switch (node.tagName) {
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
        const link = node.children.find((c): c is Element => isElement(c, 'a'));
        const href = link ? attr(link, 'href') : '';
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
        const href = attr(node, 'href');
        // Word's "save as web page": "#_ftn1" at the reference, "#_ftnref1" before the note's text.
        const wordNote = /^#_(?:ftn|edn)(?:ref)?(\d+)$/u.exec(href);
        if (wordNote) {
          out += `<sup>${wordNote[1]}</sup>`;
          break;
        }
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
  /cong hoa xa hoi|doc lap\s*-\s*tu do|dang cong san viet nam|noi nhan|(?:^|[^a-z])(?:tm|kt|tuq|t\/m|k\/t)\.?\s|(?:^|[^a-z])so\s*:|chu tich|truong ban|giam doc/u;

function rowsOf(el: Element): Element[] {
  const rows: Element[] = [];
  for (const c of el.children) {
    if (isElement(c, 'tr')) rows.push(c);
    else if (isElement(c, 'thead', 'tbody', 'tfoot')) rows.push(...rowsOf(c));
  }
  return rows;
}

/** A header cell wholly in bold says nothing GFM's header row does not: "**Chỉ tiêu**" → "Chỉ tiêu". */
function headerCell(text: string): string {
  const m = /^\*\*([^*]+)\*\*$/u.exec(text);
  return m ? m[1]!.trim() : text;
}

function table(el: Element, notes: Notes): string[] {
  const rows = rowsOf(el);
  const cells = rows.map((r) => r.children.filter((c): c is Element => isElement(c, 'td', 'th')));
  const width = Math.max(0, ...cells.map((r) => r.length));
  const plain = foldAligned(textOf(el).toLocaleLowerCase('vi'));
  const layout = rows.length <= 4 && width <= 3 && LAYOUT_MARKERS.test(plain);
  if (layout || width <= 1) {
    // Page layout: each cell's content in reading order, left to right.
    const out: string[] = [];
    for (const row of cells) for (const cell of row) out.push(...blocks(cell.children, notes));
    return out;
  }
  const texts = (row: Element[]) => {
    const out = row.map((c) => blocks(c.children, notes).join(' ').replace(/\n/gu, '<br />').replace(/\|/gu, '\\|'));
    while (out.length < width) out.push('');
    return out;
  };
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  const [head, ...body] = cells;
  if (!head) return [];
  return [[line(texts(head).map(headerCell)), `|${' --- |'.repeat(width)}`, ...body.map((r) => line(texts(r)))].join('\n')];
}

function list(el: Element, notes: Notes, depth: number): string {
  const ordered = el.tagName === 'ol';
  let n = 0;
  const lines: string[] = [];
  for (const item of el.children) {
    if (!isElement(item, 'li')) continue;
    n++;
    const marker = ordered ? `${n}. ` : '- ';
    const indent = '   '.repeat(depth);
    const own = item.children.filter((c) => !isElement(c, 'ul', 'ol'));
    const nested = item.children.filter((c): c is Element => isElement(c, 'ul', 'ol'));
    const text = blocks(own, notes).join(' ').replace(/\n/gu, ' ');
    lines.push(`${indent}${marker}${text}`);
    for (const sub of nested) lines.push(list(sub, notes, depth + 1));
  }
  return lines.join('\n');
}

function blocks(nodes: readonly Node[], notes: Notes): string[] {
  const out: string[] = [];
  let loose = '';
  const flush = () => {
    const t = loose.replace(/ {2,}/gu, ' ').trim();
    if (t) out.push(t);
    loose = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      loose += node.value.replace(/\s*\n\s*/gu, ' ');
      continue;
    }
    if (node.type !== 'element' || NOT_CONTENT.has(node.tagName)) continue;
    const tag = node.tagName;
    const heading = /^h([1-6])$/u.exec(tag);
    if (heading) {
      flush();
      const text = paragraphText(node, notes).replace(/\n/gu, ' ');
      if (text) out.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (CONTAINERS.has(tag) && node.children.some((c) => isElement(c) && BLOCKS.has(c.tagName))) {
      flush();
      out.push(...blocks(node.children, notes));
    } else if (CONTAINERS.has(tag) || tag === 'p' || tag === 'pre') {
      flush();
      const text = paragraphText(node, notes);
      if (text) out.push(text);
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      const text = list(node, notes, 0);
      if (text.trim()) out.push(text);
    } else if (tag === 'table') {
      flush();
      out.push(...table(node, notes));
    } else if (tag === 'dl' || tag === 'hr') {
      flush();
    } else {
      loose += inline([node], notes);
    }
  }
  flush();
  return out;
}

/** Footnote/endnote lists mammoth appends: `<ol><li id="footnote-3">…</li></ol>`. */
function isNoteList(node: Node): boolean {
  return isElement(node, 'ol') && node.children.some((c) => isElement(c, 'li') && /^(?:footnote|endnote)-/u.test(attr(c, 'id')));
}

function stripBackLinks(el: Element): Element {
  return {
    ...el,
    children: el.children
      .filter((c) => !(isElement(c, 'a') && /^#(?:footnote|endnote)-ref-/u.test(attr(c, 'href'))))
      .map((c) => (isElement(c) ? stripBackLinks(c) : c)),
  };
}

/** The part of a saved web page that holds the document: its only <main> or <article>, else the body. */
function contentOf(root: Root): readonly Node[] {
  const found: Element[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const n of nodes) {
      if (!isElement(n) || NOT_CONTENT.has(n.tagName)) continue;
      if (n.tagName === 'main' || n.tagName === 'article') found.push(n);
      else visit(n.children);
    }
  };
  visit(root.children);
  return found.length === 1 ? found[0]!.children : root.children;
}

export function htmlToMarkdown(html: string): string {
  const top = contentOf(fromHtml(html, { fragment: !/^\s*(?:<!doctype|<html)/iu.test(html) }));
  const notes: Notes = { numbers: new Map() };
  const noteLists: Element[] = [];
  // The note lists may sit at the top level (mammoth) or inside the page's container.
  const collect = (nodes: readonly Node[]): Node[] =>
    nodes.flatMap((n): Node[] => {
      if (isNoteList(n)) {
        noteLists.push(n as Element);
        return [];
      }
      return isElement(n) && CONTAINERS.has(n.tagName) ? [{ ...n, children: collect(n.children) as ElementContent[] }] : [n];
    });
  const out = blocks(collect(top), notes);
  for (const noteList of noteLists) {
    for (const item of noteList.children) {
      if (!isElement(item, 'li')) continue;
      const shown = notes.numbers.get(attr(item, 'id'));
      if (!shown) continue;
      const text = blocks(stripBackLinks(item).children, notes).join(' ').replace(/\s+/gu, ' ').trim();
      if (text) out.push(`<sup>${shown}</sup> ${text}`);
    }
  }
  // A note reference in a run that is itself superscript: <sup><sup>1</sup></sup>.
  return out.join('\n\n').replace(/<sup>(?:<sup>)+([^<]*)(?:<\/sup>)+<\/sup>/gu, '<sup>$1</sup>');
}
