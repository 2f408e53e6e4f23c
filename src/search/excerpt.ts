/**
 * Excerpts with highlights, and the check of quoted phrases, computed from
 * the page text people read.
 *
 * Pagefind holds only each page's index text (folded words, each once: see
 * tokens.ts), so its own excerpt would be that list of words. Here every
 * word of the real text is compared with the query folded (đ→d, no marks),
 * and document numbers by their canonical key.
 *
 * Pagefind finds a page when each query word starts one of its words ("thon"
 * finds "thông"), anywhere on the page. Highlighting says why the page was
 * found, more strictly:
 *   - the words of a query that stand together in the text are highlighted
 *     together ("dien hinh" lights "điển hình" as one mark), and a query word
 *     is highlighted alone only where the text never has it next to another
 *     query word: "dien hinh" on a page that says "điển hình" does not light
 *     the "hình" of "hình thức";
 *   - a word matches whole ("thon" never lights "thông"), except the last
 *     word of an unquoted query, which may be half typed and matches as a
 *     prefix from two letters on, as Pagefind matches it;
 *   - a quoted query is highlighted only where the whole phrase stands, word
 *     for word.
 * Words are compared as phraseWord makes them, so punctuation and line
 * breaks between them do not matter, as in phraseIn.
 */
import { documentNumberKey } from '../domain/document-number.ts';
import { phraseWord, type PreparedQuery } from './query.ts';

const EXCERPT_WORDS = 30;

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

type HighlightQuery = Pick<PreparedQuery, 'words' | 'numbers' | 'phrase'>;

/** How a word of the text is highlighted: not, starting a mark, or continuing the previous word's mark. */
export type WordMark = 'none' | 'start' | 'continue';

/** Punctuation around a word, left out of its mark (combining marks of NFD text belong to the word). */
const EDGE = /^[^\p{L}\p{M}\p{N}]*(.*?)[^\p{L}\p{M}\p{N}]*$/su;

/** The highlighting of each word of the text (`words`: the text split at white space). */
export function highlightWords(words: readonly string[], query: HighlightQuery): WordMark[] {
  const marks: WordMark[] = words.map(() => 'none');
  const keys = words.map(phraseWord);
  const quoted = query.phrase !== null;
  const wanted = quoted ? query.phrase!.split(' ') : query.words;
  const last = wanted.length - 1;
  const matches = (word: number, at: number) =>
    keys[word] === wanted[at] || (!quoted && at === last && wanted[at]!.length >= 2 && keys[word]!.startsWith(wanted[at]!));
  // Words with letters or digits; a lone dash or bracket between two query words does not part them.
  const seq = keys.flatMap((k, i) => (k === '' ? [] : [i]));
  const runs: [number, number][] = [];
  const together = new Set<number>();
  for (let p = 0; p < seq.length;) {
    let length = 0;
    let from = 0;
    for (let at = 0; at < wanted.length; at++) {
      let k = 0;
      while (p + k < seq.length && at + k < wanted.length && matches(seq[p + k]!, at + k)) k++;
      if (k > length) [length, from] = [k, at];
    }
    if (length >= (quoted ? wanted.length : 2)) {
      runs.push([seq[p]!, seq[p + length - 1]!]);
      for (let at = from; at < from + length; at++) together.add(at);
      p += length;
    } else p++;
  }
  for (const [first, end] of runs) {
    marks[first] = 'start';
    for (let i = first + 1; i <= end; i++) marks[i] = 'continue';
  }
  for (const i of seq) {
    if (marks[i] !== 'none') continue;
    const bare = words[i]!.replace(EDGE, '$1');
    const isNumber = query.numbers.length > 0 && /\d/u.test(bare) && query.numbers.includes(documentNumberKey(bare));
    if (isNumber || (!quoted && wanted.some((_, at) => !together.has(at) && matches(i, at)))) marks[i] = 'start';
  }
  return marks;
}

/**
 * The densest window of `length` words, as plain-text parts with the matched
 * words marked. Consecutive parts of the same kind are merged. Ellipses mark
 * cut ends.
 */
export function excerpt(content: string, query: HighlightQuery, length = EXCERPT_WORDS): ExcerptPart[] {
  const all = content.split(/\s+/u).filter(Boolean);
  if (all.length === 0) return [];
  const marks = highlightWords(all, query);
  const hits = marks.map((m) => m !== 'none');
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
    if (text === '') return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    const joined = i > start && marks[i] === 'continue';
    if (i > start) push(' ', joined);
    if (!hits[i]) {
      push(all[i]!, false);
      continue;
    }
    // The punctuation around a marked word stays outside its mark, unless the mark goes on across it.
    const word = all[i]!;
    const core = word.replace(EDGE, '$1');
    const at = word.indexOf(core);
    push(word.slice(0, at), joined);
    push(core, true);
    push(word.slice(at + core.length), i + 1 < end && marks[i + 1] === 'continue');
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
