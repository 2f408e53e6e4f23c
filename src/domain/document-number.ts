/**
 * Số, ký hiệu of official documents. Three shapes occur in the archive:
 *   state (Decree 30/2020):  "01/CT-UBND", "71/2021/NQ-HĐND"  number[/year]/TYPE-ISSUER
 *   party (Đảng):            "34-CT/TW", "03-HD/HU"           number-TYPE/ISSUER
 *   unit (công văn):         "2983/UBND-VP"                    number/ISSUER-UNIT
 * The same number is typed in many ways (spaces, "Số:" label, en dashes,
 * lower case, zero padding, PĐ vs PD), so matching goes through a key.
 */
import { latinSkeleton } from './vietnamese.ts';
import { KIND_BY_TYPE_CODE } from './vocabulary.ts';
import type { DirectiveKind } from './vocabulary.ts';

const LABEL = /^(?:số|so)\s*[:.]?\s*/iu;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const TRAILING_PUNCTUATION = /[.,;:]+$/u;

/**
 * Decree 30/2020 writes these two abbreviations in mixed case
 * (Thủ tướng, Tờ trình); upper-casing them would misquote the document.
 */
const MIXED_CASE_CODES: Readonly<Record<string, string>> = { TTG: 'TTg', TTR: 'TTr' };

/** A code segment: upper-case letters/digits, optionally ending in the g/r of TTg/TTr. */
const SEGMENT = '[A-ZĐ][A-ZĐ0-9]*[a-z]?';
const CODE = `${SEGMENT}(?:-${SEGMENT})*`;
const STATE_OR_UNIT = new RegExp(`^(\\d+)(?:/(\\d{4}))?/(${CODE})$`, 'u');
const PARTY = new RegExp(`^(\\d+)-([A-ZĐ]+)/(${CODE})$`, 'u');

function restoreMixedCase(code: string): string {
  return code.replace(/[A-ZĐ0-9]+/gu, (seg) => MIXED_CASE_CODES[seg] ?? seg);
}

function isKnownTypeCode(code: string): boolean {
  return Object.hasOwn(KIND_BY_TYPE_CODE, code);
}

/** Spelling clean-up shared by the normaliser and the key; validates nothing. */
function clean(raw: string): string {
  const compact = raw
    .normalize('NFC')
    .trim()
    .replace(LABEL, '')
    .replace(/\s+/gu, '')
    .replace(DASHES, '-')
    .replace(TRAILING_PUNCTUATION, '')
    .toUpperCase();
  return restoreMixedCase(compact);
}

/** A running number (optionally "12a"), a separator, and some code letters. */
const HAS_RUNNING_NUMBER = /^\d+[A-Z]?[-/]/u;

/**
 * Canonical written form for storage and display. Null when there is no
 * running number ("Số: /PĐTĐ-BDT" is an unnumbered document) or no code
 * letters ("10/2024" is a month). Unusual but plausible shapes are kept, not
 * rejected, so the importer never drops a real number; `parseDocumentNumber`
 * is the strict check.
 * Deliberate exception to upper-casing: "TTg" and "TTr" keep their official case.
 */
export function normalizeDocumentNumber(raw: string): string | null {
  const n = clean(raw);
  if (!HAS_RUNNING_NUMBER.test(n) || !/\p{L}/u.test(n.replace(/^\d+[A-Z]?/u, ''))) return null;
  return n;
}

export interface ParsedDocumentNumber {
  seq: number;
  year: number | null;
  typeCode: string | null;
  issuerCode: string;
  style: 'state' | 'party' | 'unit';
}

/**
 * Splits a number into its parts. The state/unit split relies on the type
 * code: "2983/UBND-VP" has the same shape as "01/CT-UBND" but "UBND" is not a
 * document type, so it is a công văn numbered by the issuing unit.
 */
export function parseDocumentNumber(n: string): ParsedDocumentNumber | null {
  const normalized = normalizeDocumentNumber(n);
  if (normalized === null) return null;

  const party = PARTY.exec(normalized);
  if (party) {
    const [, seq = '', typeCode = '', issuerCode = ''] = party;
    if (Number(seq) === 0) return null;
    return { seq: Number(seq), year: null, typeCode, issuerCode, style: 'party' };
  }

  const state = STATE_OR_UNIT.exec(normalized);
  if (!state) return null;
  const [, seq = '', year, code = ''] = state;
  if (Number(seq) === 0) return null;
  const dash = code.indexOf('-');
  const head = dash === -1 ? code : code.slice(0, dash);
  if (isKnownTypeCode(head)) {
    // "01/CT" alone names no issuer: not a complete number.
    if (dash === -1) return null;
    return {
      seq: Number(seq),
      year: year === undefined ? null : Number(year),
      typeCode: head,
      issuerCode: code.slice(dash + 1),
      style: 'state',
    };
  }
  return {
    seq: Number(seq),
    year: year === undefined ? null : Number(year),
    typeCode: null,
    issuerCode: code,
    style: 'unit',
  };
}

/**
 * Key for matching a cited number to an archive entry: "01/PĐ-UBND",
 * "1/PD-UBND" and "Số: 01 /pd-ubnd" share a key. The "-"/"/" layout is kept,
 * so party "34-CT/TW" and state "34/CT-TW" stay distinct. Any input gets a
 * key (unnumbered "Số: /PĐTĐ-BDT" → "/PDTD-BDT"), so odd numbers never
 * collide on a shared empty key; only blank input gives "".
 */
export function documentNumberKey(n: string): string {
  return clean(latinSkeleton(n))
    .replace(/^0+(?=\d)/, '')
    .toUpperCase()
    .replace(/Đ/g, 'D');
}

/** Unit-style numbers are công văn by construction (Decree 30 gives them no type code). */
export function kindFromDocumentNumber(n: string): DirectiveKind | null {
  const parsed = parseDocumentNumber(n);
  if (!parsed) return null;
  if (parsed.style === 'unit') return 'công văn';
  if (parsed.typeCode === null || !isKnownTypeCode(parsed.typeCode)) return null;
  return KIND_BY_TYPE_CODE[parsed.typeCode] ?? null;
}

/**
 * Document numbers inside NFC prose (normalise the text first, e.g. `nfc()`). Requires
 * letters after the slash, so dates ("03/11/1946"), month/year ("10/2024"),
 * fractions ("1/2") and year spans ("2021 - 2025") do not match.
 * Global flag: use with `matchAll`/`match`; `test`/`exec` keep `lastIndex`.
 */
export const DOCUMENT_NUMBER_IN_TEXT: RegExp = new RegExp(
  `(?<![\\p{L}\\p{N}/\\-]|\\d[.,])(?:\\d{1,5}(?:/\\d{4})?/|\\d{1,5}-[A-ZĐ]{2,}/)[A-ZĐ]{2,}[A-ZĐ0-9]*[a-z]?(?:-${SEGMENT})*(?![\\p{L}\\p{N}/\\-])`,
  'gu',
);
