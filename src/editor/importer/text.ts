/**
 * Text clean-up shared by the reader and the extractor. Real documents come
 * from Word, PDFs and web forms: NFD accents, CRLF, non-breaking and
 * zero-width spaces, doubled spaces, and agency names letter-spaced for
 * layout ("U Ỷ  B A N  N H Â N  D Â N"). Everything here is idempotent, so
 * `extractDirective` can run it again on text that `readInput` already cleaned.
 */
import { fold } from '../../domain/vietnamese.ts';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
/** NBSP, figure/narrow spaces, the typographic space range, ideographic space, tabs. */
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu;

/** A run of single upper-case letters separated by single spaces: "T H Ủ". */
const SPACED_WORD = /^\p{Lu}\p{M}*(?: \p{Lu}\p{M}*)+$/u;

/**
 * "T H Ủ  T Ư Ớ N G" → "THỦ TƯỚNG": inside a line, letters of a word are
 * separated by one space and words by two or more. Only upper-case runs of at
 * least three letters are joined, so ordinary text ("điểm a, b") is untouched.
 */
export function joinLetterSpacing(line: string): string {
  const parts = line.split(/( {2,})/u);
  const spaced = (part: string) => SPACED_WORD.test(part);
  // One long spaced word proves the line is letter-spaced; then "U Ỷ" joins too.
  if (!parts.some((part) => spaced(part) && part.replace(/ /gu, '').length >= 3)) return line;
  return parts.map((part) => (spaced(part) ? part.replace(/ /gu, '') : part)).join('');
}

/**
 * NFC, LF line ends, no zero-width characters, plain spaces, letter-spaced
 * words joined, inner runs of spaces collapsed, trailing spaces and runs of
 * blank lines removed. Leading indentation is kept (Markdown may need it).
 */
export function normalizeText(raw: string): string {
  const lines = raw
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[\u2028\u2029]/gu, '\n')
    .replace(/[\u000B\u000C]/gu, '\n')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/gu, '')
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => {
      const indent = /^ */u.exec(line)![0];
      const rest = joinLetterSpacing(line.slice(indent.length)).replace(/ {2,}/gu, ' ').trimEnd();
      return rest ? indent + rest : '';
    });
  return lines
    .join('\n')
    .replace(/\n{3,}/gu, '\n\n')
    .replace(/^\n+|\n+$/gu, '')
    .normalize('NFC');
}

/**
 * `fold()` applied code point by code point, so that an index in the result
 * is the same index in the input: keyword searches run on the folded text and
 * slice the original. A code point whose fold changes length is kept as is.
 */
export function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

/** Comparison key: folded, punctuation-free, single-spaced. "Cả nước chung tay vì người nghèo, không…" = "… - Không …". */
export function matchKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/gu, ' ')
    .trim();
}

/** Markdown decorations a line may carry: heading marks, bold/italic wrappers. */
export function stripDecorations(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^(?:\*{1,3}|_{1,3})\s*(.*?)\s*(?:\*{1,3}|_{1,3})$/u, '$1')
    .replace(/^\*{1,3}|\*{1,3}$/gu, '')
    .trim();
}

/**
 * Light Markdown → plain prose for searching: emphasis markers, footnote
 * markers and escapes removed, `<sub>(M)</sub>` → "(M)".
 */
export function plainText(s: string): string {
  return s
    .replace(/<sup>\s*\d+\s*<\/sup>/gu, '')
    .replace(/\[\^[^\]\s]+\]/gu, '')
    .replace(/<\/?(?:sub|sup)>/gu, '')
    .replace(/\*+/gu, '')
    .replace(/\\([\\<>{}*_[\]()#.!|-])/gu, '$1');
}

/** Share of letters that are upper case; 0 when there are no letters. */
function upperRatio(s: string): number {
  const letters = s.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const upper = letters.filter((c) => c !== c.toLocaleLowerCase('vi')).length;
  return upper / letters.length;
}

/** A line printed in capitals (the tên loại, headings, signature lines). */
export function isUpperLine(s: string): boolean {
  const letters = s.match(/\p{L}/gu) ?? [];
  return letters.length >= 2 && upperRatio(s) >= 0.9;
}

/** Upper-case the first letter only. */
export function capitalizeFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toLocaleUpperCase('vi') + s.slice(i + 1);
}

/** Lower-case the first letter only. */
export function lowerFirst(s: string): string {
  const i = s.search(/\p{L}/u);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toLocaleLowerCase('vi') + s.slice(i + 1);
}

/**
 * How a corpus writes each word mid-sentence. A word the document writes
 * capitalised (or in capitals, "XIII", "COVID-19") every time it appears after
 * a lower-case word, and never in lower case, is a proper noun or an acronym.
 */
export class CaseDictionary {
  readonly #forms = new Map<string, Map<string, number>>();
  readonly #lower = new Set<string>();

  constructor(corpus: string) {
    for (const line of corpus.split('\n')) {
      let previous = '';
      for (const raw of line.split(/\s+/u)) {
        const word = core(raw);
        if (!word) {
          previous = raw;
          continue;
        }
        const key = word.toLocaleLowerCase('vi');
        if (word === key) this.#lower.add(key);
        const midSentence = previous !== '' && /[\p{Ll}\d,]$/u.test(previous) && !/[.!?:;]$/u.test(previous);
        if (midSentence && word !== key) {
          const forms = this.#forms.get(key) ?? new Map<string, number>();
          forms.set(word, (forms.get(word) ?? 0) + 1);
          this.#forms.set(key, forms);
        }
        previous = raw;
      }
    }
  }

  /** The proper form of a lower-case word, or undefined when it is a common word. */
  properForm(lowerWord: string): string | undefined {
    if (this.#lower.has(lowerWord)) return undefined;
    const forms = this.#forms.get(lowerWord);
    if (!forms) return undefined;
    let best: string | undefined;
    let count = 0;
    for (const [form, n] of forms) {
      if (n > count) {
        best = form;
        count = n;
      }
    }
    return best;
  }
}

/** A word without the punctuation around it: "(03/11/1946" → "03/11/1946", "Lũng," → "Lũng". */
function core(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Sentence case for text printed in capitals: "VỀ VIỆC PHÁT ĐỘNG … HUYỆN HỮU
 * LŨNG" → "Về việc phát động … huyện Hữu Lũng". Words are restored to their
 * capitalised form only when `dictionary` shows the document always writes
 * them that way; otherwise they stay lower case.
 */
export function sentenceCase(upper: string, dictionary: CaseDictionary): string {
  let first = true;
  return upper
    .split(/(\s+)/u)
    .map((token) => {
      if (/^\s*$/u.test(token)) return token;
      const word = core(token);
      const lower = token.toLocaleLowerCase('vi');
      if (!word) return lower;
      const lowerWord = word.toLocaleLowerCase('vi');
      const proper = dictionary.properForm(lowerWord);
      const start = token.indexOf(word);
      let out: string;
      if (proper) out = lower.slice(0, start) + proper + lower.slice(start + word.length);
      else if (first) out = capitalizeFirst(lower);
      else out = lower;
      first = false;
      return out;
    })
    .join('');
}
