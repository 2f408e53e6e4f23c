/**
 * The text Pagefind indexes for a page: not the page's text but its "index
 * text", each word folded (no tone or vowel marks, đ→d: see `fold`) and
 * listed once, in order of first appearance, then the canonical keys of the
 * document numbers it cites. How often the page uses a word becomes the
 * word's weight: Pagefind ranks by the sum of a word's weights, which for
 * plain text is how often it occurs.
 *
 * Why a bag of folded words: Pagefind's memory, time and index size grow
 * with every occurrence of every word and with each accented spelling it
 * keeps beside the folded one (docs/performance.md, "Index text").
 * Folding also settles đ, which Pagefind treats as a letter of its own
 * (Pagefind/pagefind#1210): "dien" meets "điển" because both are "dien".
 * The browser folds the query the same way (query.ts), and builds excerpts
 * and checks quoted phrases from the real text (excerpt.ts).
 *
 * Where each word goes matters for the bytes a search downloads. Pagefind
 * stores, for every page a word is on, its position and weight, and a
 * search loads the whole list of each word it looks up: for the words
 * nearly every page uses ("thi", "dua", "nuoc"), that is most of a first
 * search. Positions mean nothing in a bag of words, so the words most pages
 * share take the same position on every page (`laidOut`: an empty slot where
 * a page lacks one) and weights come in a few steps (`wordWeight`): the list
 * then repeats itself and compresses (docs/performance.md, "Shared word
 * slots").
 *
 * Document numbers get a canonical key (documentNumberKey: upper case, no
 * leading zero, Đ→D, one kind of dash), so "1/pd-ubnd", "01/PĐ-UBND" and
 * "01/PD-UBND" all meet. Pagefind drops the punctuation inside a word and
 * indexes "71/2021/NQ-HĐND" whole as one word, so a number matches whole.
 *
 * Pure (its memory of folded words changes no result): used by the build
 * integration and by unit tests.
 */
import { DOCUMENT_NUMBER_IN_TEXT, documentNumberKey, normalizeDocumentNumber } from '../domain/document-number.ts';
import { fold } from '../domain/vietnamese.ts';

/** Punctuation Pagefind would drop anyway; trimmed so that "đua," and "đua" are one word. */
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** Pagefind's highest word weight. */
export const MAX_WORD_WEIGHT = 10;

/**
 * The weight of a word a page uses `count` times, in steps (1, 2, 4, 7, 10):
 * enough to rank a page that dwells on a word above one that mentions it,
 * which is what Pagefind's saturating term frequency makes of exact counts.
 */
export function wordWeight(count: number): number {
  if (count <= 2) return Math.max(count, 1);
  if (count <= 5) return 4;
  if (count <= 9) return 7;
  return MAX_WORD_WEIGHT;
}

/**
 * A word counts as shared by the index's pages when at least half of them
 * use it. Every empty slot lengthens its page for Pagefind's ranking, so a
 * lower share, though it saved bytes, filled short pages with empty slots
 * and moved them down in the relevance set (docs/performance.md, "Shared
 * word slots").
 */
const SHARED_WORD_SHARE = 0.5;

/** A word of the index text, and its weight (1 to MAX_WORD_WEIGHT). */
export interface IndexWord {
  word: string;
  weight: number;
}

/** What `nfc` turns into the single spaces between words: the text splits into the same words without it. */
const WHITESPACE_RUN = /\s+/u;

/** A word of the index text, and how often the page being indexed uses it. */
interface WordTally {
  word: string;
  /** The page (`pageNumber`) `count` is for; an older page's count is stale. */
  page: number;
  count: number;
}

/**
 * The tally of each whitespace-separated token seen so far (null for a
 * token that is no word, such as "–") and of each word. A site's pages
 * share a small vocabulary, so each distinct token is folded once instead
 * of every page's whole text, and a page is counted with one look-up for
 * each token (docs/performance.md, "Token memo"). Emptied between pages
 * when full, so memory stays bounded.
 */
const tallyOfToken = new Map<string, WordTally | null>();
const tallyOfWord = new Map<string, WordTally>();
const MAX_REMEMBERED = 200_000;
let pageNumber = 0;

function wordTally(word: string): WordTally {
  let tally = tallyOfWord.get(word);
  if (tally === undefined) {
    tally = { word, page: 0, count: 0 };
    tallyOfWord.set(word, tally);
  }
  return tally;
}

function tokenTally(token: string): WordTally | null {
  let tally = tallyOfToken.get(token);
  if (tally === undefined) {
    // fold(token) is this token's part of fold(nfc(text)): fold normalises
    // itself, and whitespace, where nfc differs, neither folds into nor out
    // of a word nor changes how the letters around it fold.
    const word = fold(token).replace(EDGE_PUNCTUATION, '');
    tally = word === '' ? null : wordTally(word);
    tallyOfToken.set(token, tally);
  }
  return tally;
}

/** Canonical keys of every document number cited in `text`, once for each time it is cited. */
export function numberKeyMentions(text: string): string[] {
  // NFC without nfc's whitespace clean-up, which costs many times more and
  // cannot change a match: neither a number nor the characters the pattern
  // checks around it are ever whitespace.
  return [...text.normalize('NFC').matchAll(DOCUMENT_NUMBER_IN_TEXT)].map((m) => documentNumberKey(m[0]));
}

/** Canonical key of a number as stored in frontmatter; null for "no number". */
export function numberKey(n: string | null | undefined): string | null {
  if (!n) return null;
  const normalized = normalizeDocumentNumber(n);
  return normalized === null ? null : documentNumberKey(normalized);
}

/**
 * The index text of one page: the folded words of `text`, then the keys of
 * the numbers it cites and of `numbers` (known from metadata: the entry's
 * own, its citations), each once and weighted by how often the page uses
 * it (wordWeight).
 *
 * A key counts every mention, in the text and in metadata; when the page
 * writes the number exactly as its key ("1/KH-UBND"), the written word and
 * the key add up, so that spelling ranks first, as an exact accent does in
 * Pagefind and as the written word and a separate key did before.
 */
export function indexWords(text: string, numbers: readonly (string | null | undefined)[] = []): IndexWord[] {
  if (tallyOfToken.size + tallyOfWord.size > MAX_REMEMBERED) {
    tallyOfToken.clear();
    tallyOfWord.clear();
  }
  const page = ++pageNumber;
  // In order of first use, as counted from the page's text and then its keys.
  const used: WordTally[] = [];
  const use = (tally: WordTally): void => {
    if (tally.page !== page) {
      tally.page = page;
      tally.count = 0;
      used.push(tally);
    }
    tally.count++;
  };
  for (const token of text.split(WHITESPACE_RUN)) {
    const tally = tokenTally(token);
    if (tally) use(tally);
  }
  const keys = [...numberKeyMentions(text), ...numbers.map(numberKey)];
  for (const key of keys) if (key) use(wordTally(fold(key)));
  return used.map(({ word, count }) => ({ word, weight: wordWeight(count) }));
}

/**
 * The words shared by the pages of one index (each page's words listed
 * once): those at least SHARED_WORD_SHARE of the pages use, and two pages
 * at least, most used first, in the order `laidOut` gives them on every page.
 */
export function sharedWords(pages: Iterable<readonly string[]>, share = SHARED_WORD_SHARE): string[] {
  const pagesUsing = new Map<string, number>();
  let count = 0;
  for (const words of pages) {
    count++;
    for (const word of words) pagesUsing.set(word, (pagesUsing.get(word) ?? 0) + 1);
  }
  const least = Math.max(2, Math.ceil(count * share));
  return [...pagesUsing]
    .filter(([, n]) => n >= least)
    .sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))
    .map(([word]) => word);
}

/**
 * A page's words in index order: the shared words, each at its own slot
 * (null where the page does not use it, up to the last one it uses), then
 * its other words in their order.
 */
export function laidOut(words: readonly IndexWord[], shared: readonly string[]): (IndexWord | null)[] {
  const own = new Map(words.map((w) => [w.word, w]));
  const slots = shared.map((word) => own.get(word) ?? null);
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  const placed = new Set(shared);
  return [...slots, ...words.filter((w) => !placed.has(w.word))];
}
