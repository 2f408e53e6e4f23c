/**
 * What we hand Pagefind for what a person typed, and what to highlight.
 * Runs in the browser; pure and small.
 */
import { documentNumberKey } from '../../utils/document-number.ts';
import { fold } from '../../utils/vietnamese.ts';

/** Longest query we pass on: a pasted paragraph would only slow the worker. */
export const MAX_QUERY_LENGTH = 200;

/**
 * A word typed as a document number: a running number, optionally "/year",
 * then "/" or "-" and code letters ("01/pd-ubnd", "34-CT/TW",
 * "71/2021/NQ-HĐND"). Dates ("03/11/1946") have no letters and do not match.
 */
const TYPED_NUMBER = /^\d{1,5}[a-z]?(?:\/\d{4})?[/-][\p{L}][\p{L}\d]*(?:[/-][\p{L}\d]+)*$/iu;
const LABEL = /^(?:số|so)[:.]?$/iu;

export interface PreparedQuery {
  /** The string for `pagefind.search`; empty when nothing searchable was typed. */
  pagefind: string;
  /** Folded words to highlight, in the order typed (the last may be a prefix). */
  words: string[];
  /** Canonical keys of document numbers in the query. */
  numbers: string[];
}

/** Dashes people paste from Word: all of them mean "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

export function prepareQuery(raw: string): PreparedQuery {
  const text = raw
    .normalize('NFC')
    .replace(DASHES, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
  const quoted = /^".+"$/u.test(text);
  const parts = (quoted ? text.slice(1, -1) : text).split(' ').filter(Boolean);
  const out: string[] = [];
  const highlight: string[] = [];
  const numbers: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]!.replace(/^[("'“‘]+|[)"'”’,;.:!?]+$/gu, '');
    // "số 01/PD-UBND" / "Số: 01/PD-UBND": the label is noise next to a number.
    if (LABEL.test(word) && i + 1 < parts.length && TYPED_NUMBER.test(parts[i + 1]!.replace(/[,;.:]+$/u, ''))) continue;
    if (TYPED_NUMBER.test(word)) {
      const key = documentNumberKey(word);
      numbers.push(key);
      out.push(key);
      continue;
    }
    if (word === '') continue;
    out.push(word);
    const folded = fold(word).replace(/[^\p{L}\p{N}]+/gu, '');
    if (folded) highlight.push(folded);
  }
  const joined = out.join(' ');
  return { pagefind: quoted && joined ? `"${joined}"` : joined, words: [...new Set(highlight)], numbers: [...new Set(numbers)] };
}
