/**
 * Text of one directive → frontmatter fields, an MDX body, and the list of
 * fields the text does not state. Pure: no file system, no clock. A field is
 * only filled when the document prints it; everything else is reported as
 * missing for the editor, never guessed.
 */
import { directiveSchema, type Directive } from '../../domain/schema/index.ts';
import { publishable } from '../../domain/schema/base.ts';
import { fieldsOf } from '../../domain/schema/fields.ts';
import { parseVietnameseDate } from '../../domain/dates.ts';
import type { PartialDate } from '../../domain/dates.ts';
import { kindFromDocumentNumber, normalizeDocumentNumber } from '../../domain/document-number.ts';
import { isScriptUrl } from '../../domain/mdx-safety.ts';
import type { DirectiveKind, SignerAuthority } from '../../domain/vocabulary.ts';
import { findBasis, findCampaigns, findIssuer, findPeriod, findTargets, findTheme } from './fields.ts';
import type { AgencyRef, CampaignRef, Paragraph } from './fields.ts';
import {
  isBlank,
  isMottoLine,
  isNameLine,
  isNumberLine,
  isPageChrome,
  isPositionLine,
  isSeparator,
  isSignatureNoise,
  isTypistMarker,
  matchAuthority,
  matchKindLine,
  matchPlaceDate,
  matchRecipientsLabel,
  numberTextOf,
  splitHeaderLine,
  withoutPageFurniture,
} from './layout.ts';
import type { KindLine, PlaceDate } from './layout.ts';
import {
  CaseDictionary,
  capitalizeFirst,
  foldAligned,
  isUpperLine,
  normalizeText,
  plainText,
  sentenceCase,
  stripDecorations,
} from './text.ts';

export type { AgencyRef, CampaignRef } from './fields.ts';

export interface ExtractContext {
  agencies: readonly AgencyRef[];
  campaigns: readonly CampaignRef[];
}

interface ImportedSigner {
  name?: string;
  position?: string;
  authority?: SignerAuthority;
  onBehalfOf?: string;
}

/** The directive's frontmatter as far as the text states it (schema key order). */
export interface ImportedFrontmatter {
  kind?: DirectiveKind;
  number?: string | null;
  title?: string;
  issuer?: string;
  place?: string;
  issued?: PartialDate | null;
  signer?: ImportedSigner;
  theme?: string;
  period?: { from?: PartialDate; to?: PartialDate };
  campaigns?: Directive['campaigns'];
  basis?: Directive['basis'];
  recipients?: string[];
  targets?: Directive['targets'];
}

export interface ExtractResult {
  frontmatter: ImportedFrontmatter;
  body: string;
  /** Field names (schema order) the text does not state; "signer.position" when only part is missing. */
  missing: string[];
  proposals: { campaigns: string[] };
  notes: string[];
}

/** The directive schema's fields, with their labels and help. */
export const DIRECTIVE_FIELDS = fieldsOf(directiveSchema);

/** The keys a document's text can fill, in the schema's order (whether to publish is the editor's call). */
export const FIELD_ORDER: readonly string[] = DIRECTIVE_FIELDS.map((f) => f.key).filter((key) => !(key in publishable));

/** Fields the schema requires; `npm run check` reports these when left out. */
export const REQUIRED_FIELDS: readonly string[] = DIRECTIVE_FIELDS.filter((f) => !f.optional).map((f) => f.key);

// ---------------------------------------------------------------- front matter of the page

/** Header lines flattened onto one line are split back, in the first lines only. */
function splitFront(lines: string[]): string[] {
  const out: string[] = [];
  let seen = 0;
  for (const line of lines) {
    if (seen < 15 && !isBlank(line)) {
      seen++;
      const f = foldAligned(line);
      if (/cong hoa xa hoi|doc lap\s*-\s*tu do|(?<![a-z])so\s*[:.]|,\s*ngay\b.*\bnam\s*\d{4}/u.test(f)) {
        const parts = splitHeaderLine(line);
        if (parts.length > 1) {
          out.push(...parts);
          continue;
        }
      }
    }
    out.push(line);
  }
  return out;
}

interface Footnote {
  id: string;
  text: string;
}

const FOOTNOTE_DEF = /^\s*(?:<sup>\s*([0-9a-z]+)\s*<\/sup>|\[\^([^\]\s]+)\]:)\s*(.*)$/iu;

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'gu');
const SUPERSCRIPT_NOTE_DEF = new RegExp(`^\\s*([${SUPERSCRIPT_DIGITS}]+)\\s+\\S`, 'u');

/**
 * Text copied from a PDF prints note markers as superscript digits ("năm
 * 2024¹", "¹ Báo cáo …"). The numbers that start a note's line become
 * "<sup>1</sup>" everywhere; other superscripts ("m²") stay as they are.
 */
function superscriptNotes(lines: string[]): string[] {
  const ids = new Set(lines.map((l) => SUPERSCRIPT_NOTE_DEF.exec(l)?.[1]).filter((id) => id !== undefined));
  if (ids.size === 0) return lines;
  const digits = (run: string) => [...run].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');
  return lines.map((l) => l.replace(SUPERSCRIPT_RUN, (run) => (ids.has(run) ? `<sup>${digits(run)}</sup>` : run)));
}

/**
 * Footnote definitions ("<sup>1</sup> Báo cáo …" paragraphs, or "[^1]: …")
 * are taken out wherever a page break left them, when the text refers to them.
 */
function takeFootnotes(lines: string[]): { lines: string[]; footnotes: Footnote[] } {
  const refs = new Set<string>();
  for (const line of lines) {
    const def = FOOTNOTE_DEF.exec(line);
    const scan = def ? (def[3] ?? '') : line;
    for (const m of scan.matchAll(/<sup>\s*([0-9a-z]+)\s*<\/sup>|\[\^([^\]\s]+)\](?!:)/giu)) refs.add(m[1] ?? m[2]!);
  }
  const out: string[] = [];
  const footnotes: Footnote[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const def = FOOTNOTE_DEF.exec(line);
    const atParagraphStart = i === 0 || isBlank(lines[i - 1]!) || isSeparator(lines[i - 1]!.trim());
    if (def && atParagraphStart && refs.has(def[1] ?? def[2]!) && (def[3] ?? '').trim()) {
      const parts = [def[3]!.trim()];
      while (i + 1 < lines.length && !isBlank(lines[i + 1]!) && !FOOTNOTE_DEF.test(lines[i + 1]!)) parts.push(lines[++i]!.trim());
      footnotes.push({ id: def[1] ?? def[2]!, text: parts.join(' ') });
      continue;
    }
    out.push(line);
  }
  return { lines: out, footnotes };
}

function plainLine(line: string): string {
  return plainText(stripDecorations(line)).trim();
}

function isRomanHeadingText(plain: string): boolean {
  return /^[IVXLC]+\s*[.)]\s*\S/u.test(plain);
}

/** Where the title page ends and the prose begins: the first long, non-capital line. */
function frontEnd(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const plain = plainLine(lines[i]!);
    if (plain.length > 200 && !isUpperLine(plain)) return i;
    if (isRomanHeadingText(plain) || /^\d{1,2}\.\s/u.test(plain) || matchRecipientsLabel(lines[i]!)) return i;
  }
  return lines.length;
}

function nextNonBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && (isBlank(lines[i]!) || isSeparator(lines[i]!.trim()))) i++;
  return i;
}

function paragraphAt(lines: string[], start: number): { lines: string[]; end: number } {
  const out: string[] = [];
  let i = start;
  while (i < lines.length && !isBlank(lines[i]!) && !isSeparator(lines[i]!.trim())) out.push(lines[i++]!);
  return { lines: out, end: i };
}

function isDecorated(line: string): boolean {
  const t = line.trim();
  return /^#{1,6}\s/u.test(t) || /^(?:\*\*|__)/u.test(t) || /(?:\*\*|__)$/u.test(t);
}

function cleanTitleText(lines: string[], dictionary: CaseDictionary): string {
  let title = lines
    .map((l) => plainText(stripDecorations(l)).trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  title = title.replace(/^v\s*\/\s*v\s*[:.]?\s*/iu, 'Về việc ');
  if (isUpperLine(title)) title = sentenceCase(title, dictionary);
  return capitalizeFirst(title.replace(/[\s.;:]+$/u, ''));
}

function acceptableTitle(lines: string[]): boolean {
  if (lines.length === 0) return false;
  const joined = lines.map(plainLine).join(' ');
  if (matchRecipientsLabel(lines[0]!) || isRomanHeadingText(joined) || /^\d{1,2}\.\s/u.test(joined)) return false;
  if (lines.some(isDecorated) || /^(?:về|v\s*\/\s*v)\b/iu.test(joined) || isUpperLine(joined)) return joined.length <= 400;
  return joined.length <= 300 && !/[.;:]$/u.test(joined);
}

// ---------------------------------------------------------------- signature and recipients

interface Tail {
  recipients: string[];
  recipientsLabel: number;
  signatureLines: string[];
  /** First line of the tail: the body ends here. */
  start: number;
}

function parseRecipients(lines: string[], label: number): { items: string[]; end: number } {
  const items: string[] = [];
  const first = matchRecipientsLabel(lines[label]!)!.rest;
  const add = (raw: string) => {
    if (isTypistMarker(raw)) return;
    const item = plainText(raw.replace(/^\s*[-–•+*]\s*/u, ''))
      .replace(/\s+/gu, ' ')
      .trim();
    if (item && !isTypistMarker(item)) items.push(item);
  };
  if (first) for (const part of first.split(/\s+[-–•]\s+|^[-–•]\s+/u)) if (part.trim()) add(part);
  let i = label + 1;
  let end = i;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const t = line.trim();
    if (/^[-–•+]\s*/u.test(t) && !matchAuthority(t)) {
      add(t);
      end = ++i;
      continue;
    }
    const last = items[items.length - 1];
    if (last !== undefined && !/[;.]$/u.test(last) && /^\p{Ll}/u.test(t)) {
      items[items.length - 1] = `${last} ${plainText(t)}`;
      end = ++i;
      continue;
    }
    break;
  }
  return { items, end };
}

/** A signature block read bottom-up from `to` (exclusive): name, then capital lines above it. */
function signatureAbove(lines: string[], from: number, to: number): { start: number; lines: string[] } | null {
  let i = to - 1;
  const block: string[] = [];
  let start = -1;
  let sawName = false;
  let sawPosition = false;
  while (i >= from) {
    const line = lines[i]!;
    if (isBlank(line) || isSignatureNoise(line)) {
      i--;
      continue;
    }
    if (!sawName && !sawPosition && isNameLine(line) && !isUpperLine(plainLine(line))) {
      sawName = true;
    } else if (isPositionLine(line) || matchAuthority(line)) {
      sawPosition = true;
    } else break;
    block.unshift(line);
    start = i;
    i--;
  }
  return sawPosition ? { start, lines: block } : null;
}

function findTail(lines: string[], bodyStart: number): Tail {
  let label = -1;
  for (let i = bodyStart; i < lines.length; i++) {
    if (matchRecipientsLabel(lines[i]!)) {
      label = i;
      break;
    }
  }
  if (label >= 0) {
    const { items, end } = parseRecipients(lines, label);
    const after = lines.slice(end).filter((l) => !isBlank(l) && !isSignatureNoise(l));
    if (after.some((l) => isPositionLine(l) || matchAuthority(l))) {
      return { recipients: items, recipientsLabel: label, signatureLines: after, start: label };
    }
    const above = signatureAbove(lines, bodyStart, label);
    return { recipients: items, recipientsLabel: label, signatureLines: above?.lines ?? after, start: above ? above.start : label };
  }
  const above = signatureAbove(lines, bodyStart, lines.length);
  return { recipients: [], recipientsLabel: -1, signatureLines: above?.lines ?? [], start: above ? above.start : lines.length };
}

/** "CHỦ TỊCH" → "Chủ tịch", "PHÓ TRƯỞNG BAN" → "Phó Trưởng ban", "ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG" → "Ủy ban nhân dân huyện Hữu Lũng". */
function officeCase(text: string): string {
  if (!isUpperLine(text)) return text;
  const lower = text.toLocaleLowerCase('vi');
  let out = capitalizeFirst(lower)
    .replace(/^(Phó|Quyền)\s+(\p{Ll})/u, (_, a: string, b: string) => `${a} ${b.toLocaleUpperCase('vi')}`)
    // The Party's standing bodies: "Ban Thường vụ", "Ban Chấp hành".
    .replace(/^Ban (?:thường vụ|chấp hành)/u, (m) => `Ban ${m.charAt(4).toLocaleUpperCase('vi')}${m.slice(5)}`);
  // Place names after a level word are capitalised syllable by syllable.
  out = out.replace(
    /(?<![\p{L}])(huyện|tỉnh|thành phố|thị xã|quận|xã|phường|thị trấn)\s+(.+)$/u,
    (_, level: string, place: string) =>
      `${level} ${place.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toLocaleUpperCase('vi'))}`,
  );
  return out;
}

/**
 * The signature block: the first authority line ("TM. ỦY BAN NHÂN DÂN",
 * "T/M BAN THƯỜNG VỤ") gives authority and onBehalfOf; a nested one below it
 * ("KT. CHỦ TỊCH": the deputy signs for the head, who signs for the body) has
 * no place in the schema's signer, so it is named in the notes instead of
 * being run into the position.
 */
function parseSigner(signatureLines: string[], notes: string[]): ImportedSigner | undefined {
  const lines = signatureLines.map(plainLine).filter((l) => l && !isSignatureNoise(l));
  if (lines.length === 0) return undefined;
  const signer: ImportedSigner = {};
  let rest = lines;
  const auth = matchAuthority(lines[0]!);
  if (auth) {
    signer.authority = auth.authority;
    signer.onBehalfOf = officeCase(auth.rest);
    rest = lines.slice(1);
    const nested = rest[0] === undefined ? null : matchAuthority(rest[0]);
    if (nested) {
      notes.push(
        `Dòng ký “${nested.authority} ${officeCase(nested.rest)}” (ký thay người đứng đầu) không có chỗ trong signer, chỉ ghi ${auth.authority} ${signer.onBehalfOf}.`,
      );
      rest = rest.slice(1);
    }
  }
  const positions: string[] = [];
  let name: string | undefined;
  if (rest.length === 1) {
    if (isPositionLine(rest[0]!)) positions.push(rest[0]!);
    else name = rest[0]!;
  } else if (rest.length > 1) {
    name = rest[rest.length - 1]!;
    positions.push(...rest.slice(0, -1).filter((l) => isPositionLine(l)));
  }
  if (positions.length > 0) signer.position = officeCase(positions.join(' '));
  if (name) signer.name = name;
  if (!signer.position && !signer.name) return undefined;
  return signer;
}

// ---------------------------------------------------------------- body

const LIST_MARKER = /^\s*(?:[-+•*]|\d{1,3}[.)])\s+/u;
const BULLET_LINE = /^\s*[-+•*]\s+/u;
const LETTER_ITEM = /^\s*(?:\*{1,2})?[a-zđ][).]\s/u;
const TERMINAL = /[.!?;:…]["”’*_)]*$|[.!?;:…]$/u;

function isHeadingBlock(block: string[]): boolean {
  if (block.length !== 1) return false;
  const line = block[0]!.trim();
  if (/^#{1,6}\s/u.test(line)) return true;
  const plain = plainLine(line);
  return isRomanHeadingText(plain) && plain.length <= 200 && (isUpperLine(plain) || isDecorated(line));
}

function isTableBlock(block: string[]): boolean {
  return block.every((l) => l.trim().startsWith('|'));
}

/** "…phát triển kinh tế - xã" + "hội; thích ứng…": a paragraph a page break split in two. */
function rejoinSplitParagraphs(blocks: string[][]): string[][] {
  const out: string[][] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    // A bullet list a page break (or a moved footnote) cut in two stays one list.
    if (prev && prev.every((l) => BULLET_LINE.test(l)) && block.every((l) => BULLET_LINE.test(l))) {
      prev.push(...block);
      continue;
    }
    if (prev && !isHeadingBlock(prev) && !isTableBlock(prev) && !isHeadingBlock(block) && !isTableBlock(block)) {
      const last = prev[prev.length - 1]!.trim();
      const first = block[0]!.trim();
      const firstLetter = /\p{L}/u.exec(first.replace(/^[*_“"(]+/u, ''))?.[0] ?? '';
      const startsLower =
        firstLetter !== '' && firstLetter === firstLetter.toLocaleLowerCase('vi') && firstLetter !== firstLetter.toLocaleUpperCase('vi');
      const plainFirst = first.replace(/^[*_“"(]+/u, '');
      if (!TERMINAL.test(last) && startsLower && /^\p{L}/u.test(plainFirst) && !LIST_MARKER.test(first) && !LETTER_ITEM.test(first)) {
        prev[prev.length - 1] = `${prev[prev.length - 1]!.trimEnd()} ${first}`;
        prev.push(...block.slice(1));
        continue;
      }
    }
    out.push([...block]);
  }
  return out;
}

function headingMarkdown(line: string): string {
  const t = line.trim();
  const hashes = /^(#{1,6})\s/u.exec(t)?.[1]?.length ?? 0;
  const text = plainLine(t).replace(/\*+/gu, '');
  if (isRomanHeadingText(text)) return `## ${text}`;
  return `${'#'.repeat(Math.min(4, Math.max(2, hashes || 2)))} ${text}`;
}

/**
 * Characters MDX would run or parse as JSX are escaped; the few inert tags the
 * safety check allows (<sup>, <sub>, <br />) stay. A line starting with
 * import/export would be an ES module statement, so its first letter becomes
 * a character reference.
 */
export function escapeMdx(line: string): string {
  // Complete inert pairs (<sup>2</sup>, <sub>(M)</sub>) and <br /> are set aside; every other "<", "{", "}" is escaped.
  const kept: string[] = [];
  const hidden = line.replace(/<(sup|sub)>[^<>{}\u0000]*<\/\1>|<br\s*\/>/gu, (m) => `\u0000${kept.push(m) - 1}\u0000`);
  return (
    hidden
      // An odd run of backslashes already escapes the character; an even run is literal backslashes.
      .replace(/(\\*)([<{}])/gu, (_, slashes: string, c: string) => (slashes.length % 2 === 1 ? `${slashes}${c}` : `${slashes}\\${c}`))
      .replace(/\u0000(\d+)\u0000/gu, (_, i: string) => kept[Number(i)]!)
      .replace(/^(\s*)(import|export)(?=\s)/u, (_, s: string, w: string) => `${s}&#${w.charCodeAt(0)};${w.slice(1)}`)
      // Links and definitions with script URLs (Markdown input) become plain text: the safety check's own test, so what is left passes it.
      .replace(/\]\(([^)]*)\)/gu, (m, url: string) => (isScriptUrl(url) ? `]\\(${url})` : m))
      .replace(/^(\s*)\[([^\]]+)\]:(\s*)(\S+)/u, (m, s: string, label: string, gap: string, url: string) =>
        isScriptUrl(url) ? `${s}\\[${label}]:${gap}${url}` : m,
      )
  );
}

interface Body {
  mdx: string;
  paragraphs: Paragraph[];
}

function buildBody(lines: string[], footnotes: Footnote[]): Body {
  const clean = lines.filter((l) => !isPageChrome(l));
  let blocks: string[][] = [];
  let current: string[] = [];
  for (const line of clean) {
    if (isBlank(line)) {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);
  blocks = rejoinSplitParagraphs(blocks);

  const noteIds = new Set(footnotes.map((f) => f.id));
  const used: string[] = [];
  const paragraphs: Paragraph[] = [];
  const mdxBlocks: string[] = [];
  let preamble = true;
  let section = '';
  for (const block of blocks) {
    const heading = isHeadingBlock(block);
    const firstPlain = plainLine(block[0]!);
    if (heading || /^\d{1,3}[.)]\s/u.test(firstPlain)) preamble = false;
    if (heading) section = plainLine(block[0]!).replace(/\*+/gu, '');
    const plain = block.map((l) => plainText(l).trim()).join('\n');
    paragraphs.push({ plain, heading, preamble: preamble && !heading, section, footnote: false });
    const refs = [...block.join('\n').matchAll(/<sup>\s*([0-9a-z]+)\s*<\/sup>|\[\^([^\]\s]+)\]/giu)].map((m) => m[1] ?? m[2]!);
    for (const id of refs) {
      const note = footnotes.find((f) => f.id === id);
      if (note && !used.includes(id)) {
        used.push(id);
        paragraphs.push({ plain: plainText(note.text), heading: false, preamble: false, section, footnote: true });
      }
    }

    if (heading) {
      mdxBlocks.push(escapeMdx(headingMarkdown(block[0]!)));
      continue;
    }
    const out: string[] = [];
    let previousWasItem = false;
    for (const raw of block) {
      const isItem = LIST_MARKER.test(raw);
      // Leading spaces would make an indented code block; keep them only for nested list items.
      let line = isItem && previousWasItem && /^\s{2,}/u.test(raw) ? raw.trimEnd() : raw.trim();
      previousWasItem = isItem;
      line = line.replace(/<sup>\s*([0-9a-z]+)\s*<\/sup>/giu, (m, id: string) => (noteIds.has(id) ? `[^${id}]` : m));
      out.push(escapeMdx(line));
    }
    mdxBlocks.push(out.join('\n'));
  }
  // Notes referenced nowhere in the body (e.g. in the title) still keep their text.
  for (const note of footnotes) {
    if (!used.includes(note.id)) {
      used.push(note.id);
      paragraphs.push({ plain: plainText(note.text), heading: false, preamble: false, section, footnote: true });
    }
  }
  const definitions = used.map((id) => `[^${id}]: ${escapeMdx(footnotes.find((f) => f.id === id)!.text.replace(/\s+/gu, ' '))}`);
  const mdx = [...mdxBlocks, ...(definitions.length ? [definitions.join('\n')] : [])].join('\n\n');
  return { mdx: mdx ? `${mdx}\n` : '', paragraphs };
}

// ---------------------------------------------------------------- the whole document

export function extractDirective(text: string, context: ExtractContext): ExtractResult {
  const notes: string[] = [];
  const { lines, footnotes } = takeFootnotes(splitFront(superscriptNotes(withoutPageFurniture(normalizeText(text).split('\n')))));

  // Tên loại: the first capital line starting with a document type, before the prose.
  const limit = frontEnd(lines);
  let kindIndex = -1;
  let kindLine: KindLine | null = null;
  for (let i = 0; i < limit; i++) {
    const k = matchKindLine(lines[i]!);
    if (k) {
      kindIndex = i;
      kindLine = k;
      break;
    }
  }

  // Header: agency lines, "Số:", motto, "place, ngày…", "V/v …".
  let headerEnd = kindIndex;
  if (headerEnd < 0) {
    headerEnd = 0;
    let inVv = false;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const plain = plainLine(line);
      const vv = /^v\s*\/\s*v\b/iu.test(plain);
      const headerish =
        isBlank(line) ||
        isSeparator(line.trim()) ||
        isMottoLine(line) ||
        isNumberLine(line) ||
        matchPlaceDate(line) ||
        vv ||
        (isUpperLine(plain) && plain.length <= 120 && !isRomanHeadingText(plain));
      if (headerish || (inVv && plain.length <= 200)) {
        headerEnd = i + 1;
        inVv = vv || (inVv && !isBlank(line) && !headerish);
      } else break;
    }
  }
  let numberLine: string | undefined;
  let placeDate: PlaceDate | null = null;
  let placeDateIndex = -1;
  let vvLines: string[] | undefined;
  const agencyLines: string[] = [];
  for (let i = 0; i < headerEnd; i++) {
    const line = lines[i]!;
    const plain = plainLine(line);
    if (!plain || isSeparator(plain) || isMottoLine(line)) continue;
    if (numberLine === undefined && isNumberLine(line)) numberLine = line;
    else if (!placeDate && matchPlaceDate(line)) {
      placeDate = matchPlaceDate(line);
      placeDateIndex = i;
    } else if (/^v\s*\/\s*v\b/iu.test(plain)) {
      // "V/v …" may wrap onto a second line, but stops at the next header line.
      vvLines = [line];
      for (
        let j = i + 1;
        j < headerEnd &&
        !isBlank(lines[j]!) &&
        !isNumberLine(lines[j]!) &&
        !matchPlaceDate(lines[j]!) &&
        !isMottoLine(lines[j]!) &&
        !isUpperLine(plainLine(lines[j]!));
        j++
      ) {
        vvLines.push(lines[j]!);
      }
    } else if (isUpperLine(plain) && !vvLines) agencyLines.push(plain);
  }

  // Body text for the case dictionary (proper nouns in capitalised titles).
  const dictionaryFor = (from: number) =>
    new CaseDictionary(
      lines
        .slice(from)
        .map((l) => plainText(l))
        .join('\n'),
    );

  // Trích yếu.
  let title: string | undefined;
  let bodyStart = headerEnd;
  if (kindLine) {
    const para = paragraphAt(lines, kindIndex + 1);
    let titleLines: string[] = [];
    let end = para.end;
    if (kindLine.rest) titleLines = [kindLine.rest, ...para.lines];
    else if (para.lines.length > 0) titleLines = para.lines;
    else {
      const next = nextNonBlank(lines, kindIndex + 1);
      const candidate = paragraphAt(lines, next);
      if (acceptableTitle(candidate.lines)) {
        titleLines = candidate.lines;
        end = candidate.end;
      } else end = kindIndex + 1;
    }
    bodyStart = end;
    if (titleLines.length) title = cleanTitleText(titleLines, dictionaryFor(end));
  } else if (vvLines) {
    title = cleanTitleText(vvLines, dictionaryFor(headerEnd));
  } else {
    const next = nextNonBlank(lines, headerEnd);
    const candidate = paragraphAt(lines, next);
    if (candidate.lines.some(isDecorated) && acceptableTitle(candidate.lines)) {
      title = cleanTitleText(candidate.lines, dictionaryFor(candidate.end));
      bodyStart = candidate.end;
    }
  }

  // Place and date printed elsewhere (above the signature, or after the title).
  if (!placeDate) {
    for (let i = bodyStart; i < lines.length; i++) {
      const pd = matchPlaceDate(lines[i]!);
      if (pd && plainLine(lines[i]!).length <= 80) {
        placeDate = pd;
        placeDateIndex = i;
        break;
      }
    }
  }

  const tail = findTail(lines, bodyStart);
  const bodyLines = lines.slice(bodyStart, tail.start).filter((_, k) => k + bodyStart !== placeDateIndex);
  const body = buildBody(bodyLines, footnotes);
  const dictionary = new CaseDictionary(body.paragraphs.map((p) => p.plain).join('\n'));

  const fm: ImportedFrontmatter = {};
  const missing: string[] = [];

  // kind
  let number: string | null | undefined;
  if (numberLine !== undefined) {
    const raw = numberTextOf(numberLine);
    number = raw ? normalizeDocumentNumber(raw) : null;
    if (number === null) notes.push(`Văn bản không số (“${plainLine(numberLine)}”): number để null.`);
  }
  const kindFromNumber = number ? kindFromDocumentNumber(number) : null;
  if (kindLine?.kind) {
    fm.kind = kindLine.kind;
    if (kindFromNumber && kindFromNumber !== kindLine.kind)
      notes.push(`Tên loại “${kindLine.label}” khác loại theo ký hiệu số ${number} (${kindFromNumber}); đã lấy theo tên loại.`);
  } else if (kindFromNumber) {
    fm.kind = kindFromNumber;
    notes.push(`Tên loại lấy theo ký hiệu số ${number}: ${kindFromNumber}.`);
  } else {
    missing.push('kind');
    if (kindLine) notes.push(`Tên loại “${kindLine.label}” chưa có trong danh mục loại văn bản của kho.`);
  }

  if (number !== undefined) fm.number = number;
  else missing.push('number');

  if (title) fm.title = title;
  else missing.push('title');

  // signer first: its "TM. ỦY BAN NHÂN DÂN" helps find the issuer.
  const signer = parseSigner(tail.signatureLines, notes);
  const issuer = findIssuer(agencyLines, body.paragraphs, signer?.onBehalfOf, context.agencies);
  notes.push(...issuer.notes);
  if (issuer.agency) fm.issuer = issuer.agency.id;
  else missing.push('issuer');

  if (placeDate) fm.place = placeDate.place;
  else missing.push('place');

  let issued: PartialDate | undefined;
  if (placeDate) {
    issued = parseVietnameseDate(placeDate.dateText) ?? undefined;
    if (!issued) notes.push(`Dòng ngày tháng “${placeDate.dateText}” không đọc được thành ngày (thiếu tháng?).`);
  }
  if (issued) fm.issued = issued;
  else missing.push('issued');

  // Not read from the text yet ("có hiệu lực từ…", "thay thế Quyết định số…"): listed, so that the editor checks them.
  missing.push('effective', 'expires');

  if (signer) {
    fm.signer = {};
    if (signer.name) fm.signer.name = signer.name;
    if (signer.position) fm.signer.position = signer.position;
    if (signer.authority) fm.signer.authority = signer.authority;
    if (signer.onBehalfOf) fm.signer.onBehalfOf = signer.onBehalfOf;
    if (!signer.name) missing.push('signer.name');
    if (!signer.position) missing.push('signer.position');
  } else missing.push('signer');

  const theme = findTheme(body.paragraphs);
  if (theme) fm.theme = theme;
  else missing.push('theme');

  const period = findPeriod(body.paragraphs, issued);
  notes.push(...period.notes);
  if (period.period) fm.period = period.period;
  else missing.push('period');

  const campaigns = findCampaigns(body.paragraphs, context.campaigns);
  if (campaigns.campaigns.length) fm.campaigns = campaigns.campaigns;
  else missing.push('campaigns');

  const basis = findBasis(body.paragraphs, number, context.agencies, dictionary);
  if (basis.length) fm.basis = basis;
  else missing.push('basis');

  missing.push('relations');

  if (tail.recipients.length) fm.recipients = tail.recipients;
  else missing.push('recipients');

  const targets = findTargets(body.paragraphs);
  if (targets.length) fm.targets = targets;
  else missing.push('targets');

  // Lĩnh vực is an editorial classification, never printed in the document.
  missing.push('fields');

  return { frontmatter: fm, body: body.mdx, missing, proposals: { campaigns: campaigns.proposals }, notes };
}
