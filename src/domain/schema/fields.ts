/**
 * What each field means to an editor, kept on the field itself as zod 4
 * metadata (`.meta({ label, help, example, initial })`), and the schema read
 * back as a tree of fields. The editor tools (the template of `npm run new`,
 * the importer's placeholders and report) and the field table of
 * docs/bien-tap.md are all made from it, so the wording cannot drift from
 * the rule it explains.
 */
import { z } from 'zod';

declare module 'zod' {
  interface GlobalMeta {
    /** The field's short name, lower case, as the importer's report names it: "số, ký hiệu". */
    label?: string;
    /**
     * What to write, in Vietnamese Markdown (code spans for literal values, a
     * line break where the template breaks the comment): the template's
     * comment above the field and the guide's "Ý nghĩa".
     */
    help?: string;
    /** A value as an editor writes it: the guide's "Ví dụ", the template's commented-out line or list item. */
    example?: unknown;
    /** What `npm run new` fills the field with, when not its empty value. */
    initial?: unknown;
  }
}

type FieldMeta = Pick<z.GlobalMeta, 'label' | 'help' | 'example' | 'initial'>;

export interface Field {
  /** The key in its object ('' for a list's item). */
  key: string;
  meta: FieldMeta;
  /** May be left out (optional, or with a default). */
  optional: boolean;
  /** Left out, it takes a default value (`[]`, `false`). */
  defaulted: boolean;
  /** `null` is a value of its own ("văn bản không số"). */
  nullable: boolean;
  type: 'text' | 'number' | 'boolean' | 'choice' | 'object' | 'list';
  /** An object's fields, in the schema's order. */
  fields: Field[];
  /** A list's item. */
  item?: Field;
}

/** The field `schema` describes, with the metadata of every wrapper (the outermost wins). */
function describeField(key: string, schema: z.ZodType): Field {
  const meta: FieldMeta = {};
  let optional = false;
  let defaulted = false;
  let nullable = false;
  let s = schema;
  for (;;) {
    const own = z.globalRegistry.get(s);
    for (const name of ['label', 'help', 'example', 'initial'] as const)
      if (meta[name] === undefined && own?.[name] !== undefined) meta[name] = own[name] as never;
    if (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) {
      optional ||= !(s instanceof z.ZodNullable);
      defaulted ||= s instanceof z.ZodDefault;
      nullable ||= s instanceof z.ZodNullable;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodPipe) {
      // A pipe reads as what it accepts; a preprocess (a transform first) as what it checks.
      s = (s.in instanceof z.ZodTransform ? s.out : s.in) as z.ZodType;
    } else break;
  }
  const base = { key, meta, optional, defaulted, nullable, fields: [] as Field[] };
  if (s instanceof z.ZodString) return { ...base, type: 'text' };
  if (s instanceof z.ZodNumber) return { ...base, type: 'number' };
  if (s instanceof z.ZodBoolean) return { ...base, type: 'boolean' };
  if (s instanceof z.ZodEnum) return { ...base, type: 'choice' };
  if (s instanceof z.ZodObject) return { ...base, type: 'object', fields: fieldsOf(s) };
  if (s instanceof z.ZodArray) return { ...base, type: 'list', item: describeField('', s.element as z.ZodType) };
  throw new Error(`${key}: no field description for a zod ${s.type}`);
}

/** A choice's values as help lists them: "chỉ thị | phát động | …" (a value may hold a comma). */
export const oneOf = (values: readonly string[]) => values.join(' | ');

/** An object schema's fields, in order. */
export function fieldsOf(schema: z.ZodObject): Field[] {
  return Object.entries(schema.shape).map(([key, field]) => describeField(key, field as z.ZodType));
}

/** The field at a dotted path ("signer.name"), or undefined. */
export function fieldAt(fields: readonly Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.key === head);
  return field && rest.length > 0 ? fieldAt(field.fields, rest.join('.')) : field;
}

/**
 * What the field's example shows: its own, else for a list its item's, else
 * for an object its fields' examples together (undefined when none has one).
 */
export function sampleOf(field: Field): unknown {
  if (field.meta.example !== undefined) return field.meta.example;
  if (field.type === 'list') return field.item && sampleOf(field.item);
  if (field.type !== 'object') return undefined;
  const entries = field.fields.flatMap((f) => {
    const sample = sampleOf(f);
    return sample === undefined ? [] : [[f.key, sample] as const];
  });
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
