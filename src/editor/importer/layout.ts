/**
 * The parts of a Decree 30/2020 document, found line by line: header (agency,
 * "Số:", national motto, "place, ngày…"), tên loại + trích yếu, body,
 * "Nơi nhận" list and signature block. Footnote definitions are taken out
 * first, wherever a page break left them.
 */
import { DIRECTIVE_KINDS, SIGNER_AUTHORITIES } from '../../domain/vocabulary.ts';
import type { DirectiveKind, SignerAuthority } from '../../domain/vocabulary.ts';
import { foldAligned, isUpperLine, plainText, stripDecorations } from './text.ts';

const MOTTO_NATION = /cong hoa xa hoi chu nghia viet nam/u;
const MOTTO_MOTTO = /doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/u;
const NUMBER_LABEL = /^so\s*(?::|\.(?!\d)|(?=\s*\d))\s*(?=[\d/.…_]|$)|^so\s*$/u;
/** "Hữu Lũng, ngày 19 tháng 3 năm 2024", "Cao Bằng, ngày   tháng 02 năm 2022". */
const PLACE_DATE = /^([^,]{2,60}?)\s*,\s*ngay\b[^\n]*\bnam\s*\d{4}\s*\.?$/u;
const SEPARATOR = /^[-_=*─—–.·~]{3,}$/u;

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function isSeparator(line: string): boolean {
  return SEPARATOR.test(line.replace(/\s+/gu, ''));
}

export function isMottoLine(line: string): boolean {
  const f = foldAligned(stripDecorations(line));
  return MOTTO_NATION.test(f) || MOTTO_MOTTO.test(f) || /^dang cong san viet nam$/u.test(f);
}

/** A web page's buttons and counters, alone or several on a line: "Tải về", "In trang", "Tải về | In trang", "Lượt xem: 120". */
const WEB_BUTTON = String.raw`(?:tai ve|tai xuong|in trang|ban in|in van ban|chia se|gui email|gui mail|quay lai|tro ve|ve dau trang|dau trang|xem them|luot xem\s*:?\s*[\d.,]+|download|print)`;
/** …and a breadcrumb trail: "Trang chủ › Văn bản chỉ đạo". */
const WEB_BUTTONS = new RegExp(String.raw`^${WEB_BUTTON}(?:\s*[|•·/-]?\s*${WEB_BUTTON})*$|^trang chu(?:\s*[›>»/|].*)?$`, 'u');
/** "Trang 1", "Trang 2/5", "Trang 2 trên 5", "Page 3 of 5", "1/5", "- 2 -". */
const PAGE_NUMBER = /^(?:trang|page)\s*\d+(?:\s*(?:\/|tren|of)\s*\d+)?$|^[-–—]\s*\d{1,3}\s*[-–—]$|^\d{1,3}\s*\/\s*\d{1,3}$/u;

/**
 * Page numbers and web page buttons: never part of a document, wherever they
 * stand (a header line, the title's place, the body).
 */
function isPageFurniture(line: string): boolean {
  const f = foldAligned(stripDecorations(line).replace(/\*+/gu, '').trim().toLocaleLowerCase('vi'));
  return PAGE_NUMBER.test(f) || WEB_BUTTONS.test(f);
}

/** Furniture a page break leaves in the middle of the body: page numbers, and the motto and rules of the next page's header. */
export function isPageChrome(line: string): boolean {
  const plain = stripDecorations(line).replace(/\*+/gu, '').trim();
  return isSeparator(plain) || isMottoLine(plain) || isPageFurniture(plain);
}

const RUNNING_MIN_WORDS = 3;
const RUNNING_MAX_WORDS = 20;

/**
 * Lines a PDF or a printed web page repeats on every page (a running header
 * or footer: "UBND huyện Hữu Lũng - Kế hoạch thi đua năm 2024"): a line of
 * 3 to 20 words printed twice or more, word for word, that starts with a
 * capital and does not end a sentence. A sentence the body says twice ends
 * with its punctuation and stays; list items, headings, table rows and the
 * motto (page chrome already) are never running lines.
 */
function runningLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const t = line.trim();
    const words = t.split(/\s+/u).length;
    if (words < RUNNING_MIN_WORDS || words > RUNNING_MAX_WORDS || !/^\p{Lu}/u.test(t) || /[.;:,!?…]$/u.test(t) || isMottoLine(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([t]) => t));
}

/** The lines without page furniture and running headers or footers. */
export function withoutPageFurniture(lines: readonly string[]): string[] {
  const running = runningLines(lines);
  return lines.filter((l) => !isPageFurniture(l) && !running.has(l.trim()));
}

export interface PlaceDate {
  place: string;
  dateText: string;
}

export function matchPlaceDate(line: string): PlaceDate | null {
  const plain = plainText(stripDecorations(line)).trim();
  const m = PLACE_DATE.exec(foldAligned(plain));
  if (!m) return null;
  const place = plain.slice(0, m[1]!.length).trim();
  // A place name is a few capitalised words, not a sentence.
  if (!/^\p{Lu}/u.test(place) || place.split(/\s+/u).length > 6) return null;
  return { place, dateText: plain.slice(m[1]!.length).replace(/^\s*,\s*/u, '') };
}

export function isNumberLine(line: string): boolean {
  return NUMBER_LABEL.test(foldAligned(stripDecorations(line)));
}

/** The text after "Số:" that can belong to a number: "01 /PD-UBND", "/PĐTĐ-BDT", "1/KH-HĐTĐKT". */
export function numberTextOf(line: string): string {
  const plain = stripDecorations(line);
  const label = /^\s*s[ốo]\s*[:.]?/iu.exec(plain)?.[0] ?? '';
  const rest = plain.slice(label.length).replace(/[.…_]{2,}/gu, ' ');
  const m = /^\s*(\d+[a-z]?)?\s*(?:\/\s*(\d{4})\s*)?([/-])?\s*([A-ZĐ][A-ZĐ0-9]*[a-z]?(?:\s*[-/]\s*[A-ZĐ][A-ZĐ0-9]*[a-z]?)*)?/u.exec(rest);
  return m ? m[0].trim() : '';
}

/**
 * A header flattened onto one line ("ỦY BAN NHÂN DÂN HUYỆN HỮU LŨNG Số: 01
 * /PD-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hữu
 * Lũng, ngày 19 tháng 3 năm 2024") is split back into its lines.
 */
export function splitHeaderLine(line: string): string[] {
  const text = stripDecorations(line);
  const f = foldAligned(text);
  const cuts = new Set<number>();
  for (const re of [MOTTO_NATION, MOTTO_MOTTO]) {
    const m = re.exec(f);
    if (m) {
      cuts.add(m.index);
      cuts.add(m.index + m[0].length);
    }
  }
  const number = /(?<![\p{L}\p{N}])so\s*[:.]\s*/u.exec(f);
  if (number && number.index > 0) cuts.add(number.index);
  // "… Hạnh phúc Hữu Lũng, ngày" → cut before the capitalised words that precede ", ngày".
  const date = /,\s*ngay\b[^,]*\bnam\s*\d{4}/u.exec(f);
  if (date) {
    const before = text.slice(0, date.index);
    const words = before.split(/(\s+)/u);
    let start = before.length;
    let count = 0;
    for (let i = words.length - 1; i >= 0 && count < 4; i--) {
      const w = words[i]!;
      if (/^\s+$/u.test(w)) continue;
      if (!/^\p{Lu}\p{Ll}/u.test(w)) break;
      start -= w.length;
      count++;
      // include the separating whitespace before this word
      const sep = words[i - 1];
      if (sep && /^\s+$/u.test(sep)) start -= sep.length;
    }
    if (count > 0 && start > 0) cuts.add(start);
  }
  if (cuts.size === 0) return [line];
  const points = [...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const p of [...points, text.length]) {
    const piece = text.slice(at, p).trim();
    if (piece) pieces.push(piece);
    at = p;
  }
  return pieces.length > 1 ? pieces : [line];
}

export interface KindLine {
  /** null for a tên loại outside the archive's vocabulary (e.g. "THÔNG TRI"). */
  kind: DirectiveKind | null;
  label: string;
  /** Text after the tên loại on the same line (often the trích yếu). */
  rest: string;
}

const KIND_WORDS: ReadonlyArray<readonly [string, DirectiveKind | null]> = [
  ['phat dong thi dua', 'phát động'],
  ['phat dong', 'phát động'],
  ['chi thi', 'chỉ thị'],
  ['ke hoach', 'kế hoạch'],
  ['quyet dinh', 'quyết định'],
  ['huong dan', 'hướng dẫn'],
  ['thong bao', 'thông báo'],
  ['bao cao', 'báo cáo'],
  ['nghi quyet', 'nghị quyết'],
  ['cong van', 'công văn'],
  ['thong tri', null],
  ['chuong trinh', null],
  ['loi keu goi', null],
  ['thu keu goi', null],
  ['to trinh', null],
  ['ket luan', null],
  ['quy dinh', null],
  ['cong dien', null],
];

/** The tên loại line: "CHỈ THỊ", "**PHÁT ĐỘNG THI ĐUA**", "PHÁT ĐỘNG PHONG TRÀO THI ĐUA NĂM 2022". */
export function matchKindLine(line: string): KindLine | null {
  const plain = stripDecorations(line).replace(/\*+/gu, '').trim();
  const f = foldAligned(plain);
  for (const [word, kind] of KIND_WORDS) {
    if (!f.startsWith(word) || /[a-z0-9]/u.test(f.charAt(word.length))) continue;
    const label = plain.slice(0, word.length);
    if (!isUpperLine(label)) continue;
    const rest = plain.slice(word.length).trim();
    // "PHÁT ĐỘNG THI ĐUA" is a tên loại only when alone; otherwise "THI ĐUA …" is the subject.
    if (word === 'phat dong thi dua' && rest) continue;
    return { kind, label, rest };
  }
  return null;
}

export function isKnownKind(s: string): s is DirectiveKind {
  return (DIRECTIVE_KINDS as readonly string[]).includes(s);
}

/** "Nơi nhận:" (also bold/italic, with or without the colon), plus what follows on the line. */
export function matchRecipientsLabel(line: string): { rest: string } | null {
  const plain = stripDecorations(line).replace(/\*+/gu, '').trim();
  const m = /^noi nhan\s*[:.]?\s*/u.exec(foldAligned(plain));
  if (!m) return null;
  return { rest: plain.slice(m[0].length).trim() };
}

/** "TM.", "KT.", and the Party's spellings "T/M", "K/T", "T.M." (Hướng dẫn 36-HD/VPTW). */
const AUTHORITY = /^(?:(T\s*[/.]\s*M|K\s*[/.]\s*T|T\s*[/.]\s*L|T\s*[/.]\s*U\s*[/.]?\s*Q)\s*\.?|(TM|KT|TL|TUQ|Q)\s*\.)\s*(.+)$/u;

export function matchAuthority(line: string): { authority: SignerAuthority; rest: string } | null {
  const m = AUTHORITY.exec(stripDecorations(line).replace(/\*+/gu, '').trim());
  if (!m) return null;
  const authority = `${(m[1] ?? m[2]!).replace(/[\s/.]/gu, '')}.` as SignerAuthority;
  if (!(SIGNER_AUTHORITIES as readonly string[]).includes(authority)) return null;
  return { authority, rest: m[3]!.trim() };
}

/** "(Đã ký)", "(Ký, ghi rõ họ tên)", "[chữ ký]", "(đã ký và đóng dấu)". */
export function isSignatureNoise(line: string): boolean {
  const f = foldAligned(stripDecorations(line).replace(/\*+/gu, '').trim());
  return /^[([]?\s*(?:da ky|ky ten|ky,|ky va|chu ky|dau|signed)/u.test(f) || /^\[[^\]]*\]$/u.test(f) || /^\(\s*\)$/u.test(f);
}

/** A title line printed in capitals with a few words: "CHỦ TỊCH", "PHÓ TRƯỞNG BAN". */
export function isPositionLine(line: string): boolean {
  const plain = stripDecorations(line).replace(/\*+/gu, '').trim();
  if (!plain || /\d/u.test(plain) || /[.;:,]$/u.test(plain)) return false;
  if (/^[IVXLC]+\.\s/u.test(plain)) return false;
  return isUpperLine(plain) && plain.split(/\s+/u).length <= 10;
}

/** A person's name: 2–6 capitalised words, no digits or sentence punctuation. */
export function isNameLine(line: string): boolean {
  const plain = stripDecorations(line).replace(/\*+/gu, '').trim();
  if (!plain || /[\d:;,!?/()]/u.test(plain) || /\.$/u.test(plain)) return false;
  const words = plain.split(/\s+/u);
  return words.length >= 2 && words.length <= 6 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Typist or archive markers: "<Thọ>", "- <Thọ>". */
export function isTypistMarker(text: string): boolean {
  return /^[-–•+]?\s*<[^<>]{1,30}>\s*$/u.test(text.trim()) || /^[-–•+]?\s*\\<[^<>]{1,30}>\s*$/u.test(text.trim());
}
