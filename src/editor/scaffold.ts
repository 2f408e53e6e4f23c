/**
 * Templates for `npm run new`: every field of a collection in the schema's
 * order, each explained by the help the schema carries (allowed values
 * listed from the same vocabulary), optional ones commented out with an
 * example. A new entry starts as a draft so it cannot go live half-filled.
 */
import { SOURCES } from '../domain/schema/index.ts';
import { fieldsOf, sampleOf, type Field } from '../domain/schema/fields.ts';
import { nfc, slugify } from '../domain/vietnamese.ts';
import { emptyValue, exampleNote, helpComments, yamlInline } from './field-lines.ts';

export const SCAFFOLD_KINDS = ['directive', 'campaign', 'figure', 'result'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const COLLECTION_DIR = {
  directive: 'directives',
  campaign: 'campaigns',
  figure: 'figures',
  result: 'results',
} as const satisfies Record<ScaffoldKind, keyof typeof SOURCES>;

/** The field the title fills, and what the body asks for. */
const TEMPLATES: Record<ScaffoldKind, { titleField: string; body: string }> = {
  directive: {
    titleField: 'title',
    body: 'Dán toàn văn vào đây. Tiêu đề mục dùng "## I. MỤC TIÊU"; chú thích dùng [^1] và dòng "[^1]: ..." ở cuối.',
  },
  campaign: {
    titleField: 'name',
    body: 'Mô tả ngắn: phong trào do ai phát động, khi nào, nhằm mục tiêu gì (chỉ ghi điều có trong văn bản).',
  },
  figure: { titleField: 'name', body: 'Thành tích tiêu biểu, chép từ quyết định hoặc báo cáo đề nghị khen thưởng.' },
  result: { titleField: 'title', body: 'Tóm tắt kết quả, chép từ báo cáo.' },
};

/** YAML double-quoted scalar: safe for any title. */
const quote = (s: string) => JSON.stringify(s);

/**
 * A frontmatter line: `depth` levels in; from `commentedAt` (a depth) on, the
 * line is commented out, so "#   from: ''" sits under "# period:".
 */
const line = (depth: number, text: string, commentedAt?: number) =>
  commentedAt === undefined ? `${'  '.repeat(depth)}${text}` : `${'  '.repeat(commentedAt)}# ${'  '.repeat(depth - commentedAt)}${text}`;

/** "    name: ''" → "  - name: ''": the first line of a list's item. */
const bulleted = (text: string) => text.replace(/ {2}(?=[^ #])/u, '- ');

/** A list's item, under the list's key at `depth`. */
function itemLines(item: Field, depth: number, commentedAt?: number): string[] {
  if (item.type !== 'object') return [line(depth + 1, `- ${yamlInline(sampleOf(item) ?? emptyValue(item))}`, commentedAt)];
  // The dash goes on the item's first field, after the help comments above it.
  const lines = item.fields.flatMap((f) => fieldLines(f, depth + 2, commentedAt));
  const first = lines.findIndex((l) => !l.trimStart().startsWith('#'));
  return lines.map((l, i) => (i === first ? bulleted(l) : l));
}

/**
 * A field's lines. Inside a commented-out part (`commentedAt` set) every
 * field shows its example, so the editor sees what to write; elsewhere a
 * field starts from `given` (the title, the year), its `initial` value or
 * its empty value, and an optional field is commented out.
 */
function fieldLines(field: Field, depth: number, commentedAt?: number, given?: Record<string, string>): string[] {
  const out = commentedAt === undefined ? helpComments(field, '  '.repeat(depth)) : [];
  const at = (text: string) => line(depth, text, commentedAt);
  if (commentedAt !== undefined) {
    if (field.type === 'object')
      return [...out, at(`${field.key}:`), ...field.fields.flatMap((f) => fieldLines(f, depth + 1, commentedAt))];
    return [...out, at(`${field.key}: ${yamlInline(field.meta.example ?? field.meta.initial ?? emptyValue(field))}`)];
  }
  const raw = given?.[field.key];
  if (raw !== undefined) return [...out, at(`${field.key}: ${raw}`)];
  if (field.meta.initial !== undefined) return [...out, at(`${field.key}: ${yamlInline(field.meta.initial)}`)];
  if (field.optional && !field.defaulted) return [...out, ...fieldLines(field, depth, depth)];
  if (field.type === 'object') return [...out, at(`${field.key}:`), ...field.fields.flatMap((f) => fieldLines(f, depth + 1))];
  if (field.type === 'list') {
    // A list that may be empty starts empty, with an example item commented out; one that may not starts with an empty item.
    if (field.defaulted)
      return [...out, at(`${field.key}: []`), ...(sampleOf(field.item!) === undefined ? [] : itemLines(field.item!, depth, depth))];
    return [...out, at(`${field.key}:`), ...itemLines(field.item!, depth)];
  }
  const note = exampleNote(field);
  return [...out, at(`${field.key}: ${yamlInline(emptyValue(field))}${note ? `  # ${note}` : ''}`)];
}

function template(kind: ScaffoldKind, title: string, year: number): string {
  const { titleField, body } = TEMPLATES[kind];
  const given = { [titleField]: quote(title), year: String(year) };
  const lines = fieldsOf(SOURCES[COLLECTION_DIR[kind]].schema).flatMap((field) => fieldLines(field, 0, undefined, given));
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

/** Why a title or `--slug` gives no file name; the entry's id is its file name as an ASCII slug. */
export const NEEDS_LETTER_OR_DIGIT = 'tên tệp cần có ít nhất một chữ hoặc số';

/** The file name (without `.mdx`) a title or `--slug` gives: '' when no letter or digit is left. */
export function fileSlug(text: string): string {
  return slugify(nfc(text)).slice(0, 80).replace(/-+$/, '');
}

/**
 * `year`: the one a new figure is awarded in, until the editor corrects it
 * (this year). `slug` as given by `--slug`, else from the title; callers
 * check it is not empty first (see fileSlug).
 */
export function scaffold(
  kind: ScaffoldKind,
  rawTitle: string,
  year: number,
  slug = fileSlug(rawTitle),
): { fileName: string; text: string } {
  if (!fileSlug(slug)) throw new Error(`${NEEDS_LETTER_OR_DIGIT}: "${slug}"`);
  return { fileName: `${fileSlug(slug)}.mdx`, text: template(kind, nfc(rawTitle), year) };
}
