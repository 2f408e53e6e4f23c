/**
 * A content problem, reported to editors in Vietnamese as
 * `file:line field: cần <expected>, nhận được <found>`.
 * The build and `npm run check` print exactly the same lines.
 */
import type { core } from 'zod';
import { formatNumber } from './numbers.ts';

export interface Problem {
  /** Path relative to the project (or absolute when outside it). */
  file: string;
  line: number;
  /** Dotted field path, e.g. `signer.name` or `campaigns[1].campaign`. */
  field: string;
  expected: string;
  found: string;
}

export type FieldPath = ReadonlyArray<PropertyKey>;

export function fieldName(path: FieldPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field}: cần ${p.expected}, nhận được ${p.found}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}

/** Characters a clerk cannot see, spelt out: a title of "" is really "U+00A0U+200B". */
function showInvisible(s: string): string {
  return s.replace(
    /[\p{Cf}\p{Cc}\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** How a value reads in a message: short, quoted, and never "undefined". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'không có (thiếu trường này)';
  if (value === null) return 'null (để trống)';
  if (value instanceof Date) return `ngày ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return `"${showInvisible(value.length > 60 ? `${value.slice(0, 57)}…` : value)}"`;
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  if (typeof value === 'object') return 'một nhóm trường';
  return String(value);
}

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản (chuỗi)',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách',
  object: 'một nhóm trường',
  date: 'một ngày',
  null: 'null',
};

function valueAt(data: unknown, path: FieldPath): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key as string];
  }
  return cur;
}

/** Levenshtein distance, for "did you mean" on misspelled keys. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Translate one zod issue into a Problem. `knownKeys` lists the keys the
 * schema allows at the issue's path, for unknown-key suggestions.
 */
export function problemFromZodIssue(
  issue: core.$ZodIssue,
  data: unknown,
  locate: (path: FieldPath) => number,
  file: string,
  knownKeys: (path: FieldPath) => readonly string[],
): Problem[] {
  const path = issue.path as FieldPath;
  const found = describeValue(valueAt(data, path));
  const at = (p: FieldPath, expected: string, foundText = found): Problem => ({
    file,
    line: locate(p),
    field: fieldName(p),
    expected,
    found: foundText,
  });
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const hint = closest(key, knownKeys(path));
        const expected = hint ? `một trường hợp lệ (có phải "${hint}"?)` : `một trong các trường: ${knownKeys(path).join(', ')}`;
        return at([...path, key], expected, `trường lạ "${key}"`);
      });
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) return [at(path, `trường bắt buộc (${TYPE_NAMES[issue.expected] ?? issue.expected})`)];
      return [at(path, TYPE_NAMES[issue.expected] ?? issue.expected)];
    }
    case 'invalid_value':
      return [at(path, `một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`)];
    case 'invalid_union':
      return [at(path, 'một giá trị đúng kiểu của trường này')];
    case 'too_small':
      if (issue.origin === 'array') return [at(path, `ít nhất ${String(issue.minimum)} mục`)];
      if (issue.origin === 'string') return [at(path, issue.message.startsWith('văn bản') ? 'văn bản không để trống' : issue.message)];
      return [at(path, `giá trị ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`)];
    case 'too_big': {
      const value = valueAt(data, path);
      if (issue.origin === 'string' && typeof value === 'string') {
        return [
          at(path, `văn bản không quá ${formatNumber(Number(issue.maximum))} ký tự`, `văn bản dài ${formatNumber(value.length)} ký tự`),
        ];
      }
      if (issue.origin === 'array') return [at(path, `không quá ${formatNumber(Number(issue.maximum))} mục`)];
      return [at(path, `giá trị ≤ ${String(issue.maximum)}`)];
    }
    default:
      // Our own refinements and formats carry a Vietnamese message already.
      return [at(path, issue.message)];
  }
}
