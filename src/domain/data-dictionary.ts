/**
 * What the open data's fields mean, from the record schemas' own wording
 * (`.meta({ label, help })`, the same the editors' guide shows): the JSON
 * Schema published beside the data, and the field dictionary of /du-lieu/.
 * Pure.
 */
import { z } from 'zod';
import { ui } from '../i18n/vi.ts';
import { PARTIAL_DATE_PATTERN } from './dates.ts';
import { partialDate } from './schema/base.ts';
import { fieldsOf, type Field } from './schema/fields.ts';

/**
 * The JSON Schema (2020-12) of what is published, so of the schema's output:
 * after the transforms (NFC, canonical values, dates as strings). Editors'
 * metadata become standard keywords: label → title, help → description,
 * example → examples; a date, checked by a refinement JSON Schema cannot
 * carry, gets its pattern.
 */
export function jsonSchemaOf(schema: z.ZodObject, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const own = jsonSchema as Record<string, unknown>;
      const { label, help, example } = own;
      delete own.label;
      delete own.help;
      delete own.example;
      delete own.initial;
      if (label !== undefined) own.title = label;
      if (help !== undefined) own.description = help;
      if (example !== undefined) own.examples = [example];
      if (zodSchema._zod.def === partialDate._zod.def) own.pattern = PARTIAL_DATE_PATTERN.source;
    },
  });
  return { ...json, title };
}

export interface DictionaryRow {
  /** The column name of the CSV rule: `signer`, `links.issuer`. */
  key: string;
  type: string;
  /** Markdown: code spans for literal values. */
  meaning: string;
}

/**
 * One row per field, in the schema's order. A group of fields with wording
 * of its own is one row naming its parts; one without (`links`, `derived`)
 * gives a row to each of its parts.
 */
export function dictionaryOf(schema: z.ZodObject): DictionaryRow[] {
  const rows = (fields: readonly Field[], prefix: string): DictionaryRow[] =>
    fields.flatMap((field) => {
      const key = `${prefix}${field.key}`;
      const meaning = field.meta.help ?? field.meta.label;
      if (meaning === undefined && field.type === 'object') return rows(field.fields, `${key}.`);
      const parts =
        field.type === 'object' ? field.fields : field.type === 'list' && field.item?.type === 'object' ? field.item.fields : [];
      const type = [
        ui.data.types[field.type]!,
        ...(parts.length > 0 ? [`${ui.data.parts} ${parts.map((p) => `\`${p.key}\``).join(', ')}`] : []),
        ...(field.optional && !field.defaulted ? [ui.data.optional] : []),
        ...(field.nullable ? [ui.data.nullable] : []),
      ].join('; ');
      return [{ key, type, meaning: meaning ?? '' }];
    });
  return rows(fieldsOf(schema), '');
}

/** Wording with `code spans` as parts to show, the code ones in a code element. */
export function codeSpans(markdown: string): { code: boolean; text: string }[] {
  return markdown
    .replace(/\s+/gu, ' ')
    .split('`')
    .flatMap((text, i) => (text ? [{ code: i % 2 === 1, text }] : []));
}
