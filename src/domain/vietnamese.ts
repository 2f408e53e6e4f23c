/**
 * Vietnamese text helpers. Source documents arrive from Word, PDFs and web
 * forms in both NFC and NFD (and with NBSPs), so every helper normalises
 * first; otherwise "Hữu Lũng" typed two ways would not compare equal.
 */

/** `\s` in JS already covers NBSP (U+00A0), U+202F and U+FEFF. */
const WHITESPACE_RUN = /\s+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
/**
 * Invisible format characters (zero-width space and joiners, soft hyphen,
 * direction marks, BOM): pasted from Word and web pages, they make "56/CT"
 * and "56/CT" differ and a title of nothing look filled in.
 */
const FORMAT_CHARACTERS = /\p{Cf}+/gu;

/** Canonical form for storing and comparing text: NFC, no invisible characters, single spaces, trimmed. */
export function nfc(s: string): string {
  return s.normalize('NFC').replace(FORMAT_CHARACTERS, '').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Cyrillic and Greek letters drawn like Latin ones ("СТ" for "CT"), for
 * comparing ids and document numbers only: text is kept as typed.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  Ԁ: 'D',
  Ԛ: 'Q',
  Ԝ: 'W',
  а: 'a',
  в: 'b',
  е: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ѵ: 'v',
  һ: 'h',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  α: 'a',
};
const LOOKALIKE = new RegExp(`[${Object.keys(LATIN_LOOKALIKES).join('')}]`, 'gu');

/** Compatibility forms folded (full-width "ＣＴ", ligatures) and look-alike letters made Latin. */
export function latinSkeleton(s: string): string {
  return s
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(LOOKALIKE, (c) => LATIN_LOOKALIKES[c]!);
}

/** The first letter of `s` that is not Latin (Vietnamese is Latin), or undefined. */
export function firstNonLatinLetter(s: string): string | undefined {
  return /(?![\p{Script=Latin}])\p{L}/u.exec(s)?.[0];
}

/**
 * Accent-insensitive key for search and matching: users often type without
 * diacritics. đ is a separate letter (not d + mark), so it is mapped by hand.
 * Whitespace and punctuation are kept as they are.
 */
export function fold(s: string): string {
  // Lower-case before stripping marks: some upper-case letters (e.g. İ) gain a
  // combining mark when lower-cased, which the strip then removes.
  return s.normalize('NFD').toLowerCase().replace(COMBINING_MARKS, '').replace(/đ/g, 'd').normalize('NFC');
}

/** ASCII-only URL segment, so links survive copy-paste, e-mail and old servers. */
export function slugify(s: string): string {
  return fold(latinSkeleton(s))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Code-point order puts "Đỗ" after "Zơ" and "ă" after "z"; the Vietnamese
 * alphabet is a ă â b c d đ e ê ... with tones ordered after the base letter.
 * `numeric` keeps "Tổ 2" before "Tổ 10".
 */
const VI_COLLATOR = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export function compareVi(a: string, b: string): number {
  return VI_COLLATOR.compare(a.normalize('NFC'), b.normalize('NFC'));
}

/** Stable and non-mutating, so callers can sort props/collections safely. */
export function sortVi<T>(items: readonly T[], key: (item: T) => string): T[] {
  // Compute each key once: keys may be derived (e.g. joined names).
  const decorated = items.map((item, index) => ({ item, index, k: key(item).normalize('NFC') }));
  decorated.sort((x, y) => VI_COLLATOR.compare(x.k, y.k) || x.index - y.index);
  return decorated.map((d) => d.item);
}
