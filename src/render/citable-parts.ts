/**
 * Citable parts of a body: an id for every heading and every numbered part,
 * a visible link of each to itself (so a reader can copy "…/#dieu-3" with a
 * long press, no script), and the outline the table of contents lists.
 *
 * Ids come from a part's number, not its position, so "Điều 1." stays
 * `dieu-1` when text is added above it:
 * - a heading, a bold paragraph ("**Điều 1.** …", "**I. MỤC TIÊU**") or a
 *   paragraph starting "Điều 1." / "Khoản 2:" names a part when its text
 *   starts with one: "Chương II" → `chuong-ii`, "Phần I" → `phan-i`,
 *   "Mục 2" → `muc-2`, a Roman numeral "I." (headings and bold paragraphs
 *   only) → `muc-i`, "Điều 3" → `dieu-3`, "Khoản 2" → `dieu-3-khoan-2`
 *   inside Điều 3 (`khoan-2` outside any);
 * - inside an Điều (until the next heading or part that is neither khoản
 *   nor điểm), the items of a numbered list are its khoản (the list's
 *   numbers, "1." → `dieu-3-khoan-1`) and a paragraph starting "a)" is a
 *   điểm of the last khoản: `dieu-3-khoan-1-diem-a` (`dieu-3-diem-a`
 *   without a khoản);
 * - other headings keep the id of their text, `muc-<slug>` (ASCII, starting
 *   with a letter, where the default slugger would write "1-yêu-cầu");
 * - only blocks at the top of the body name parts: a mention mid-sentence,
 *   in a quotation, a table or a footnote names none;
 * - a repeated id takes -2, -3… in document order. No id starts with the
 *   footnotes' `chu-thich-`, and ids already in the tree (footnotes) stay.
 *
 * The self-link is an empty `<a class="self-link">` named by aria-label;
 * its "§" is CSS generated content, so neither the search index, which
 * reads the body's text (src/search/html.ts), nor the excerpts see it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { ui } from '../i18n/vi.ts';
import { slugify } from '../domain/vietnamese.ts';
import { eachElement } from './rehype-document.ts';

/** A part the table of contents lists: headings, and the chương, phần, mục and điều that are not headings. */
export interface OutlineEntry {
  /** 2 to 6, as a heading's level. */
  depth: number;
  id: string;
  text: string;
}

/** A body gets a table of contents when its outline lists more parts than this. */
const CONTENTS_FROM = 4;

export function hasContents(outline: readonly OutlineEntry[]): boolean {
  return outline.length >= CONTENTS_FROM;
}

type PartKind = keyof typeof ui.sections.part;

const HEADING = /^h[1-6]$/;
/** "Điều 3", "CHƯƠNG II", "Mục 2." at the start of a heading or a bold paragraph. */
const NAMED_PART = /^(chương|phần|mục|điều|khoản)\s+(\d{1,4}[a-z]?|[ivxlc]{1,8})(?=$|[\s.:,;)–-])/iu;
/** In a plain paragraph only "Điều 3." or "Khoản 2:" starts a part: "Điều 1 quy định…" is a sentence. */
const PLAIN_PART = /^(điều|khoản)\s+(\d{1,4}[a-z]?)\s*[.:]/iu;
const ROMAN_PART = /^([IVXLC]{1,8})[.:](?=\s|$)/u;
const ROMAN = /^(?=[CLXVI])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
/** "a) …": a điểm, inside an Điều. */
const POINT = /^([a-zđ])\)\s/u;
const KIND: Readonly<Record<string, PartKind>> = { chương: 'chuong', phần: 'phan', mục: 'muc', điều: 'dieu', khoản: 'khoan' };
/** Enough of a paragraph's start to read its part number, or to stand for it in the outline. */
const LEAD = 80;

/** The first `max` characters of a node's text, without walking the rest of it. */
function leadingText(node: Element, max: number): string {
  let text = '';
  const stack: ElementContent[] = [...node.children].reverse();
  while (stack.length && text.length < max) {
    const next = stack.pop()!;
    if (next.type === 'text') text += next.value;
    else if (next.type === 'element') for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return text.normalize('NFC').trimStart().slice(0, max);
}

/** "01" → "1", "II" → "ii": the number as an id writes it, or undefined for "Mục lc". */
function partNumber(written: string): string | undefined {
  if (/^\d/u.test(written)) return written.replace(/^0+(?=\d)/u, '').toLowerCase();
  const upper = written.toUpperCase();
  return ROMAN.test(upper) ? upper.toLowerCase() : undefined;
}

interface Marker {
  kind: PartKind;
  number: string;
  /** How many characters of the text the marker takes. */
  length: number;
}

function marker(text: string, plain: boolean): Marker | undefined {
  const named = (plain ? PLAIN_PART : NAMED_PART).exec(text);
  if (named) {
    const number = partNumber(named[2]!);
    return number ? { kind: KIND[named[1]!.toLowerCase()]!, number, length: named[0].length } : undefined;
  }
  if (plain) return undefined;
  const roman = ROMAN_PART.exec(text);
  const number = roman && partNumber(roman[1]!);
  return number ? { kind: 'muc', number, length: roman[0].length } : undefined;
}

const firstElement = (node: Element) => node.children.find((child) => child.type !== 'text' || child.value.trim() !== '');

/**
 * Gives every heading and numbered part its id and its self-link, and
 * returns the outline. One walk, in document order; each id is found in
 * constant time however many repeat (docs/performance.md, "Heading ids").
 */
export function citableParts(tree: Root): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  const ids = new Set<string>();
  /**
   * Per base, the suffix to try next. Each part takes the first free id of
   * base, base-2, base-3…; ids are never freed, so those before the last one
   * taken stay taken and the search resumes there: linear, where starting
   * at base each time was quadratic. "muc-x-2" of a heading named "x 2" is
   * still skipped.
   */
  const nextSuffix = new Map<string, number>();
  const take = (base: string) => {
    let n = nextSuffix.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (ids.has(id)) id = `${base}-${++n}`;
    nextSuffix.set(base, n + 1);
    ids.add(id);
    return id;
  };
  const selfLink = (id: string, label: string): Element => ({
    type: 'element',
    tagName: 'a',
    properties: { className: ['self-link'], href: `#${id}`, ariaLabel: ui.sections.selfLink(label) },
    children: [],
  });

  /** The Điều being read, and its last khoản: the parents of a khoản's and a điểm's ids. */
  let article: { id: string; label: string } | undefined;
  let clause: { id: string; label: string } | undefined;
  let headingDepth = 1;

  /** The id and label of a part, entering it: an Điều or a part above one closes the Điều being read. */
  const enter = ({ kind, number }: Pick<Marker, 'kind' | 'number'>) => {
    const name = `${ui.sections.part[kind]} ${kind === 'muc' || kind === 'chuong' || kind === 'phan' ? number.toUpperCase() : number}`;
    if (kind === 'khoan' || kind === 'diem') {
      const parent = kind === 'diem' ? (clause ?? article) : article;
      const part = {
        id: take(`${parent ? `${parent.id}-` : ''}${kind}-${slugify(number)}`),
        label: parent ? `${name} ${parent.label}` : name,
      };
      if (kind === 'khoan') clause = part;
      return part;
    }
    const part = { id: take(`${kind}-${number}`), label: name };
    article = kind === 'dieu' ? part : undefined;
    clause = undefined;
    return part;
  };

  eachElement(tree, (node, _index, parent) => {
    const top = parent === tree;
    if (HEADING.test(node.tagName)) {
      if (typeof node.properties.id === 'string') return; // the footnotes' title
      const text = toText(node).normalize('NFC').trim();
      const found = top ? marker(text, false) : undefined;
      let part: { id: string; label: string };
      if (found) part = enter(found);
      else {
        part = { id: take(`muc-${slugify(text) || 'khong-ten'}`), label: text };
        if (top) article = clause = undefined;
      }
      node.properties.id = part.id;
      node.children.push(selfLink(part.id, part.label));
      const depth = Number(node.tagName[1]);
      if (top && depth >= 2) {
        headingDepth = depth;
        outline.push({ depth, id: part.id, text });
      }
      return;
    }
    if (!top) return;
    if (node.tagName === 'ol' && article) {
      let number = Number(node.properties.start ?? 1);
      for (const item of node.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        const part = enter({ kind: 'khoan', number: String(number++) });
        item.properties.id = part.id;
        const lead = firstElement(item);
        // A loose list's item holds paragraphs: the link goes at the start of the first.
        const into = lead?.type === 'element' && lead.tagName === 'p' ? lead : item;
        into.children.unshift(selfLink(part.id, part.label));
      }
      return;
    }
    if (node.tagName !== 'p') return;
    const first = firstElement(node);
    const bold = first?.type === 'element' && (first.tagName === 'strong' || first.tagName === 'b') ? first : undefined;
    const lead = leadingText(node, LEAD);
    const point = article ? POINT.exec(lead) : null;
    const found =
      (bold && marker(leadingText(bold, LEAD), false)) ||
      marker(lead, true) ||
      (point ? { kind: 'diem' as const, number: point[1]!, length: 2 } : undefined);
    if (!found) return;
    const part = enter(found);
    node.properties.id = part.id;
    node.children.splice(bold ? node.children.indexOf(bold) + 1 : 0, 0, selfLink(part.id, part.label));
    if (found.kind === 'khoan' || found.kind === 'diem') return;
    // "**Điều 1.** Tặng…" stands for itself by its opening words; "**Điều 1. Phạm vi**" by its title.
    const title = bold ? toText(bold).normalize('NFC').trim() : '';
    const text = title.length > found.length + 1 ? title : lead.length < LEAD ? lead.trim() : `${lead.trim()}…`;
    outline.push({ depth: Math.min(headingDepth + 1, 6), id: part.id, text });
  });
  return outline;
}
