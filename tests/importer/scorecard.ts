/**
 * The importer's field-by-field results on every fixture: each document is
 * read as the editor's command reads it (readInput, then extractDirective)
 * and each field compared with the frontmatter written by hand in
 * tests/importer/expected/. documents.test.ts asserts the table; run
 * `node tests/importer/scorecard.ts` to print it (Markdown).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractDirective, FIELD_ORDER } from '../../src/editor/importer/extract.ts';
import type { ExtractResult, ImportedFrontmatter } from '../../src/editor/importer/extract.ts';
import { readInput } from '../../src/editor/importer/read.ts';
import { CONTEXT, EXPECTED, FIXTURES } from './context.ts';

interface Expected {
  frontmatter: ImportedFrontmatter;
  missing: string[];
  proposals: { campaigns: string[] };
}

/** Every fixture (path under tests/importer/fixtures) with its expected file (under tests/importer/expected). */
export const DOCUMENTS = [
  ['seeds/000_d9fba9cffce33b6e.txt', '000'],
  ['seeds/001_f2015f1b0595cbc5.txt', '001'],
  ['seeds/002_56e3e1d832ccbb79.txt', '002'],
  ['seeds/003_20618991180704b7.txt', '003'],
  ['seeds/004_25a8ec443bc39fc5.txt', '004'],
  ['ke-hoach.docx', 'ke-hoach'],
  ['huong-dan-huyen-uy.docx', 'huong-dan-huyen-uy'],
  ['huong-dan-huyen-uy.html', 'huong-dan-huyen-uy'],
  ['quyet-dinh-ubnd.docx', 'quyet-dinh-ubnd'],
  ['trang-web-ke-hoach.html', 'trang-web-ke-hoach'],
  ['ke-hoach-tinh-uy-ban-pdf.txt', 'ke-hoach-tinh-uy-ban-pdf'],
] as const;

/** The fields a document's text can state (`fields` is the editor's classification, `attachments` are added by hand). */
export const SCORED_FIELDS = FIELD_ORDER.filter((f) => f !== 'fields' && f !== 'attachments');

/**
 * correct: found, equal to the hand-written value; missing: the document
 * states it, the importer listed it as missing; absent: the document does not
 * state it and the importer listed it as missing; wrong: found with another
 * value; guessed: found where the document states nothing; unlisted: not
 * found and not listed as missing either (a field the importer does not read).
 */
type Score = 'correct' | 'missing' | 'absent' | 'wrong' | 'guessed' | 'unlisted';

export interface Scored {
  document: string;
  result: ExtractResult;
  expected: Expected;
  scores: Record<string, Score>;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function scoreDocument(document: string, expectedName: string): Promise<Scored> {
  const expected = JSON.parse(readFileSync(join(EXPECTED, `${expectedName}.json`), 'utf8')) as Expected;
  const { text } = await readInput(join(FIXTURES, document));
  const result = extractDirective(text, CONTEXT);
  const found = result.frontmatter as Record<string, unknown>;
  const want = expected.frontmatter as Record<string, unknown>;
  const scores: Record<string, Score> = {};
  for (const field of SCORED_FIELDS) {
    const has = found[field] !== undefined;
    const stated = want[field] !== undefined;
    const listed = result.missing.includes(field);
    if (has) scores[field] = !stated ? 'guessed' : same(found[field], want[field]) ? 'correct' : 'wrong';
    else if (!listed) scores[field] = 'unlisted';
    else scores[field] = stated ? 'missing' : 'absent';
  }
  return { document, result, expected, scores };
}

export function scoreAll(): Promise<Scored[]> {
  return Promise.all(DOCUMENTS.map(([document, expected]) => scoreDocument(document, expected)));
}

const SHOWN: Record<Score, string> = { correct: '✓', missing: 'thiếu', absent: '–', wrong: 'SAI', guessed: 'ĐOÁN', unlisted: 'không đọc' };

export function scorecardTable(rows: readonly Scored[]): string {
  const lines = [`| tệp | ${SCORED_FIELDS.join(' | ')} |`, `|${' --- |'.repeat(SCORED_FIELDS.length + 1)}`];
  for (const row of rows) lines.push(`| ${row.document} | ${SCORED_FIELDS.map((f) => SHOWN[row.scores[f]!]).join(' | ')} |`);
  const count = (s: Score) => rows.reduce((n, r) => n + Object.values(r.scores).filter((x) => x === s).length, 0);
  lines.push(
    '',
    `✓ đúng ${count('correct')} · thiếu ${count('missing')} · – văn bản không ghi, báo thiếu ${count('absent')} · SAI ${count('wrong')} · ĐOÁN ${count('guessed')} · không đọc ${count('unlisted')}`,
  );
  return lines.join('\n');
}

if (import.meta.main) console.log(scorecardTable(await scoreAll()));
