/**
 * The field tables of the editors' guide (docs/bien-tap.md), made from the
 * schema's metadata: between `<!-- fields:<collection> -->` and
 * `<!-- /fields -->` stands that collection's table, field by field in the
 * schema's order. tests/editor/field-guide.test.ts fails when the committed
 * guide differs, and `-u` rewrites it.
 */
import { SOURCES } from '../domain/schema/index.ts';
import { fieldsOf, sampleOf } from '../domain/schema/fields.ts';
import { yamlInline } from './field-lines.ts';

const TABLE = /(<!-- fields:(\w+) -->\n)[\s\S]*?(?=<!-- \/fields -->)/gu;

/** A table cell: one line, its pipes escaped (GFM), code spans and all. */
const cell = (markdown: string) => markdown.replace(/\n/gu, ' ').replace(/\|/gu, '\\|');

/** | Trường | Ý nghĩa | Ví dụ |, a row per field. */
function fieldTable(collection: keyof typeof SOURCES): string {
  const rows = fieldsOf(SOURCES[collection].schema).map((field) => {
    const sample = sampleOf(field);
    const example = sample === undefined ? '' : `\`${yamlInline(sample)}\``;
    return `| \`${field.key}\` | ${cell(field.meta.help ?? '')} | ${cell(example)} |`;
  });
  return ['| Trường | Ý nghĩa | Ví dụ |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `markdown` with every marked table made anew from the schema. */
export function withFieldTables(markdown: string): string {
  return markdown.replace(TABLE, (_, start: string, collection: string) => {
    if (!(collection in SOURCES)) throw new Error(`<!-- fields:${collection} -->: no such collection (${Object.keys(SOURCES).join(', ')})`);
    // Blank lines around the table: a comment line next to it would read as one of its rows in some renderers.
    return `${start}\n${fieldTable(collection as keyof typeof SOURCES)}\n\n`;
  });
}
