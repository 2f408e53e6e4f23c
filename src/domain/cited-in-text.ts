/**
 * Document numbers cited in running text ("Chỉ thị số 34-CT/TW ngày
 * 07/4/2014 của Bộ Chính trị"), with what the text writes next to each: the
 * date right after it ("ngày 07/4/2014", "ngày 07 tháng 4 năm 2014") and
 * the words that follow, where the issuer is named. The link graph
 * (graph.ts) resolves them by the rule of a frontmatter `basis` citation.
 *
 * The numbers are those the search index finds (DOCUMENT_NUMBER_IN_TEXT,
 * as in src/search/tokens.ts). `npm run check` reads them from a body's
 * Markdown source: its marks ("**", "*") are no letters, so they change no
 * match. Text in NFD works too: a number is ASCII letters, digits and Đ,
 * which has no decomposed form, and the date and issuer are read folded.
 */
import { DOCUMENT_NUMBER_IN_TEXT } from './document-number.ts';
import { parseVietnameseDate, type PartialDate } from './dates.ts';
import { fold } from './vietnamese.ts';

/** A number cited in a body, as the graph resolves it. */
export interface BodyCitation {
  number: string;
  /** The date written right after the number ("ngày …"), if any. */
  date?: PartialDate;
  /** The words after the number, up to the end of the clause: where "của Bộ Chính trị" names the issuer. */
  issuer?: string;
}

export interface CitationInText {
  /** Where the number is in the text (UTF-16 offsets). */
  start: number;
  end: number;
  citation: BodyCitation;
}

/** How far after a number its issuer is looked for: a clause, not the paragraph. */
const ISSUER_REACH = 160;
/** "ngày 07 tháng 4 năm 2014" and what may stand before it (", "). */
const DATE_REACH = 40;
const CLAUSE_END = /[;\n]|\.(?:\s|$)/u;
/** Markdown marks may wrap the date: "ngày *07/4/2014*". */
const DATE_FOLLOWS = /^[\s,*_]*ngay\b/u;

export function citationsInText(text: string): CitationInText[] {
  const matches = [...text.matchAll(DOCUMENT_NUMBER_IN_TEXT)];
  return matches.map((m, i) => {
    const start = m.index;
    const end = start + m[0].length;
    // The clause after the number, up to the next number cited: its date and issuer are this number's.
    let after = text.slice(end, Math.min(matches[i + 1]?.index ?? text.length, end + ISSUER_REACH));
    const clauseEnd = CLAUSE_END.exec(after);
    if (clauseEnd) after = after.slice(0, clauseEnd.index);
    const citation: BodyCitation = { number: m[0] };
    const dated = after.slice(0, DATE_REACH);
    const date = DATE_FOLLOWS.test(fold(dated)) ? parseVietnameseDate(dated) : null;
    if (date) citation.date = date;
    if (after.trim()) citation.issuer = after.trim();
    return { start, end, citation };
  });
}
