/**
 * Frontmatter lines as the editor tools write them, and the schema's field
 * metadata (src/domain/schema/fields.ts) as YAML comments: the template of
 * `npm run new` and the importer's placeholders say the same thing the same way.
 */
import { Document, isScalar, visit } from 'yaml';
import { PARTIAL_DATE_PATTERN } from '../domain/dates.ts';
import { sampleOf, type Field } from '../domain/schema/fields.ts';

/** YAML 1.1 as editors read it: dates always quoted (never parsed as timestamps), no line folding. */
function yaml(value: unknown, flow = false): string {
  const doc = new Document(value, { version: '1.1' });
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && PARTIAL_DATE_PATTERN.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return doc.toString({ lineWidth: 0, singleQuote: true, ...(flow ? { collectionStyle: 'flow' } : {}) }).trimEnd();
}

/** One top-level key as YAML. */
export function yamlField(key: string, value: unknown): string {
  return yaml({ [key]: value });
}

/** A value on one line: a scalar as after "key: ", a list or object in flow style. */
export function yamlInline(value: unknown): string {
  return yaml(value, typeof value === 'object' && value !== null);
}

/** The field's help as comment lines at `indent`, code spans as plain text (none without help). */
export function helpComments(field: Field, indent = ''): string[] {
  return field.meta.help === undefined ? [] : field.meta.help.split('\n').map((line) => `${indent}# ${line.replace(/`/gu, '')}`);
}

/** "ví dụ 01/CT-UBND": the field's example when it fits after a value on the same line. */
export function exampleNote(field: Field): string | undefined {
  const sample = sampleOf(field);
  return sample === undefined || (typeof sample === 'object' && sample !== null) ? undefined : `ví dụ ${yamlInline(sample)}`;
}

/** What a field holds before anyone fills it in. */
export function emptyValue(field: Field): unknown {
  if (field.nullable) return null;
  if (field.type === 'number') return 0;
  if (field.type === 'boolean') return false;
  if (field.type === 'list') return [];
  return '';
}
