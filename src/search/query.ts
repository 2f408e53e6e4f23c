/**
 * What we hand Pagefind for what a person typed, and what to highlight.
 * Runs in the browser; pure and small.
 *
 * The index holds folded words (tokens.ts), so the query is folded the same
 * way, and document numbers become their canonical keys.
 */
import { documentNumberKey } from '../domain/document-number.ts';
import { fold } from '../domain/vietnamese.ts';

/** Longest query we pass on: a pasted paragraph would only slow the worker. */
const MAX_QUERY_LENGTH = 200;

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
  /** Folded words to highlight, in the order typed, repeats kept ("tien tien"; the last may be a prefix). */
  words: string[];
  /** Canonical keys of document numbers in the query. */
  numbers: string[];
  /**
   * A quoted query ("thi đua yêu nước"), folded, words separated by single
   * spaces (phraseWord); null when not quoted. The index no longer knows word positions,
   * so Pagefind finds the pages with all its words and the page's real text
   * is checked for the phrase (phraseIn in excerpt.ts).
   */
  phrase: string | null;
}

/** A word as highlighting and phrases compare it: folded, letters and digits only ("Đua," → "dua"). */
export function phraseWord(word: string): string {
  return fold(word).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Dashes people paste from Word: all of them mean "-". */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

export function prepareQuery(raw: string): PreparedQuery {
  const text = raw.normalize('NFC').replace(DASHES, '-').replace(/\s+/gu, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const quoted = /^".+"$/u.test(text);
  const parts = (quoted ? text.slice(1, -1) : text).split(' ').filter(Boolean);
  const out: string[] = [];
  const highlight: string[] = [];
  const numbers: string[] = [];
  const phrase: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]!.replace(/^[("'“‘]+|[)"'”’,;.:!?]+$/gu, '');
    // "số 01/PD-UBND" / "Số: 01/PD-UBND": the label is noise next to a number.
    if (LABEL.test(word) && i + 1 < parts.length && TYPED_NUMBER.test(parts[i + 1]!.replace(/[,;.:]+$/u, ''))) continue;
    const bare = phraseWord(word);
    if (bare !== '') phrase.push(bare);
    if (TYPED_NUMBER.test(word)) {
      const key = documentNumberKey(word);
      numbers.push(key);
      out.push(key);
      continue;
    }
    if (bare === '') continue;
    out.push(fold(word));
    highlight.push(bare);
  }
  return {
    pagefind: out.join(' '),
    words: highlight,
    numbers: [...new Set(numbers)],
    phrase: quoted && phrase.length > 0 ? phrase.join(' ') : null,
  };
}
