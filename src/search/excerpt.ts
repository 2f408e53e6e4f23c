/**
 * Excerpts with highlights, and the check of quoted phrases, computed from
 * the page text people read.
 *
 * Pagefind holds only each page's index text (folded words, each once: see
 * tokens.ts), so its own excerpt would be that list of words. Here every
 * word of the real text is compared with the query folded (đ→d, no marks),
 * prefix-wise as Pagefind matches, and document numbers by their canonical
 * key.
 */
import { documentNumberKey } from '../domain/document-number.ts';
import { phraseWord, type PreparedQuery } from './query.ts';

const EXCERPT_WORDS = 30;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whether one word of the text matches the query. */
export function wordMatches(word: string, query: Pick<PreparedQuery, 'words' | 'numbers'>): boolean {
  const bare = word.replace(EDGE, '');
  if (bare === '') return false;
  if (query.numbers.length > 0 && /\d/u.test(bare) && query.numbers.includes(documentNumberKey(bare))) return true;
  const folded = phraseWord(bare);
  if (folded === '') return false;
  // Pagefind matches every word as a prefix; highlighting that way would light
  // up "thông" for "thon". Only the last word, perhaps still being typed,
  // matches as a prefix (and only from two letters on).
  const last = query.words.length - 1;
  return query.words.some((w, i) => folded === w || (i === last && w.length >= 2 && folded.startsWith(w)));
}

/**
 * The densest window of `length` words, as plain-text parts with the matched
 * words marked. Consecutive parts of the same kind are merged. Ellipses mark
 * cut ends.
 */
export function excerpt(content: string, query: Pick<PreparedQuery, 'words' | 'numbers'>, length = EXCERPT_WORDS): ExcerptPart[] {
  const all = content.split(/\s+/u).filter(Boolean);
  if (all.length === 0) return [];
  const hits = all.map((w) => wordMatches(w, query));
  let start = 0;
  if (all.length > length) {
    // Sliding window: the first window with the most hits wins…
    let sum = 0;
    for (let i = 0; i < length; i++) sum += hits[i] ? 1 : 0;
    let best = sum;
    for (let i = 1; i + length <= all.length; i++) {
      sum += (hits[i + length - 1] ? 1 : 0) - (hits[i - 1] ? 1 : 0);
      if (sum > best) {
        best = sum;
        start = i;
      }
    }
    if (best > 0) {
      // …then it is moved so that its hits come after a little context.
      const first = hits.indexOf(true, start);
      const last = hits.lastIndexOf(true, start + length - 1);
      const context = Math.min(5, Math.floor((length - (last - first + 1)) / 2));
      start = Math.max(0, Math.min(first - context, all.length - length));
    }
  }
  const end = Math.min(all.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', false);
    push(all[i]!, hits[i]!);
  }
  if (end < all.length) push(' …', false);
  return parts;
}

/**
 * Whether any of `texts` has the words of `phrase` (PreparedQuery.phrase)
 * one after the other, compared as phraseWord compares them.
 */
export function phraseIn(texts: readonly string[], phrase: string): boolean {
  return texts.some((text) => ` ${text.split(/\s+/u).map(phraseWord).filter(Boolean).join(' ')} `.includes(` ${phrase} `));
}
