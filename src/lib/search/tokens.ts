/**
 * Extra words the search index carries beside the text people read, so that
 * Vietnamese typed the way people type on phones still matches.
 *
 * Pagefind 1.6 folds tone and vowel marks itself ("hinh" finds "hình", and an
 * exact "hình" ranks first) but treats đ as a letter of its own, so "dien"
 * never reaches "điển" (Pagefind/pagefind#1210). For each word with đ/Đ the
 * index gets a twin with d/D and the marks kept ("điển" → "diển"): Pagefind
 * then folds the twin to "dien" like any other word. Keeping the marks means
 * a bare "dien" ranks "điển" and "diễn" alike, while a typed "diển" still
 * prefers the exact twin.
 *
 * Document numbers get a canonical twin too (documentNumberKey: upper case,
 * no leading zero, Đ→D, one kind of dash), so "1/pd-ubnd", "01/PĐ-UBND" and
 * "01/PD-UBND" all meet. Pagefind drops the punctuation inside a word and
 * indexes "71/2021/NQ-HĐND" whole as one word, so a number matches whole.
 *
 * Pure: used by the build integration and by unit tests.
 */
import { DOCUMENT_NUMBER_IN_TEXT, documentNumberKey, normalizeDocumentNumber } from '../../utils/document-number.ts';
import { nfc } from '../../utils/vietnamese.ts';

const HAS_D_STROKE = /[đĐ]/u;

/** "Điển" → "Diển"; null when the word has no đ/Đ. */
export function dTwin(word: string): string | null {
  if (!HAS_D_STROKE.test(word)) return null;
  return word.replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
}

/** Words as Pagefind splits them: on whitespace, after NFC. */
export function words(text: string): string[] {
  const t = nfc(text);
  return t === '' ? [] : t.split(' ');
}

/** Punctuation Pagefind would drop anyway; trimmed so twins dedupe well. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The d-twins of every đ-word in `text`, once each (case-insensitively), in
 * order of first appearance. Pagefind scores a word on how often the page
 * uses it; the twins only need to make the page findable, and the client
 * ranks and highlights from the real text.
 */
export function dTwins(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words(text)) {
    const w = raw.replace(EDGE_PUNCTUATION, '');
    const twin = dTwin(w);
    if (twin === null) continue;
    const key = twin.toLocaleLowerCase('vi');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(twin);
  }
  return out;
}

/** Canonical keys of every document number cited in `text` (deduplicated). */
export function numberKeysInText(text: string): string[] {
  const keys = new Set<string>();
  for (const m of nfc(text).matchAll(DOCUMENT_NUMBER_IN_TEXT)) keys.add(documentNumberKey(m[0]));
  return [...keys];
}

/** Canonical key of a number as stored in frontmatter; null for "no number". */
export function numberKey(n: string | null | undefined): string | null {
  if (!n) return null;
  const normalized = normalizeDocumentNumber(n);
  return normalized === null ? null : documentNumberKey(normalized);
}

/**
 * The hidden search words for one page: d-twins of its text and canonical
 * number keys (with their own d-twins not needed: keys already use D).
 * `numbers` are numbers known from metadata (the entry's own, its citations).
 */
export function searchTwins(text: string, numbers: readonly (string | null | undefined)[] = []): string[] {
  const out = new Set<string>(dTwins(text));
  const keys = new Set<string>(numberKeysInText(text));
  for (const n of numbers) {
    const k = numberKey(n);
    if (k) keys.add(k);
  }
  for (const k of keys) out.add(k);
  return [...out];
}
