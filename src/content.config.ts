/**
 * The content contract: one strict zod schema per collection, built from a
 * shared base, plus the loaders that read them from the content root.
 *
 * This module must stay importable outside Astro (the `npm run check` CLI and
 * the unit tests import it), so it uses `astro/content/config` rather than the
 * `astro:content` virtual module. Cross-entry rules (references, duplicates…)
 * live in `src/domain/integrity.ts`; both the build and the CLI run them.
 */
import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import { z } from 'zod';
import { archiveLoader } from './content/archive-loader.ts';
import { contentRoot } from './content/content-root.ts';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from './domain/dates.ts';
import { LIMITS } from './domain/limits.ts';
import { formatNumber } from './domain/numbers.ts';
import { firstNonLatinLetter, nfc } from './domain/vietnamese.ts';
import {
  AGENCY_LEVELS,
  AWARDS,
  CAMPAIGN_KINDS,
  CAMPAIGN_RELATIONS,
  CAMPAIGN_SCOPES,
  DIRECTIVE_KINDS,
  FIGURE_TYPES,
  RESULT_KINDS,
  SIGNER_AUTHORITIES,
} from './domain/vocabulary.ts';

/** Control characters other than tab and newline never belong in a document's text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Any human text: NFC, without invisible characters, trimmed, never empty, bounded. */
const text = z
  .string()
  .refine((s) => !CONTROL.test(s), { error: 'văn bản không có ký tự điều khiển' })
  .transform((s) => nfc(s))
  .pipe(
    z
      .string()
      .min(1, { error: 'văn bản không được để trống' })
      .max(LIMITS.textCharacters, { error: `văn bản không quá ${formatNumber(LIMITS.textCharacters)} ký tự` }),
  );

/**
 * A figure from a document: finite, at most LIMITS.largestFigure, and either
 * 0 or at least LIMITS.smallestFigure, so a percent of it is never infinite.
 */
const figure = z.number().refine((n) => Math.abs(n) <= LIMITS.largestFigure && (n === 0 || Math.abs(n) >= LIMITS.smallestFigure), {
  error: `một số bằng 0 hoặc từ ${formatNumber(LIMITS.smallestFigure, 6)} đến ${formatNumber(LIMITS.largestFigure)}`,
});
const amount = figure.pipe(z.number().nonnegative());

/**
 * A closed Vietnamese vocabulary. Editors may type "Chỉ thị" or an NFD
 * "chỉ thị"; both become the canonical lower-case NFC value.
 */
const term = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? nfc(v).toLocaleLowerCase('vi') : v), z.enum(values));

/**
 * 'YYYY-MM-DD', or 'YYYY-MM' when the original left the day blank. YAML parsers
 * may hand over a Date for unquoted full dates, so both shapes are accepted.
 */
const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine((s) => PARTIAL_DATE_PATTERN.test(s) && parsePartialDate(s) !== null, {
    error: 'một ngày có thật, dạng YYYY-MM-DD (hoặc YYYY-MM khi văn bản bỏ trống ngày)',
  }),
);

/** A reference to another entry, by its id (the file name as an ASCII slug). */
const ref = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'mã mục dạng chữ thường không dấu, nối bằng "-"' });

const period = z.strictObject({
  from: partialDate.optional(),
  to: partialDate.optional(),
});

/**
 * A document number (số ký hiệu) as printed; null for documents issued
 * without one. Letters are Latin: "56/СТ-UBND" typed with Cyrillic letters
 * looks like "56/CT-UBND" but no citation or search would find it.
 */
const documentNumber = z
  .string()
  .transform((s) => nfc(s).replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(3, { error: 'số ký hiệu, ví dụ 01/CT-UBND' })
      .max(60, { error: 'số ký hiệu không quá 60 ký tự' })
      .superRefine((s, ctx) => {
        const letter = firstNonLatinLetter(s);
        if (letter) ctx.addIssue({ code: 'custom', message: `số ký hiệu chỉ gồm chữ Latin, chữ số và dấu (chữ "${letter}" thuộc bảng chữ khác, gõ lại bằng bàn phím tiếng Việt)` });
      }),
  );

/**
 * A file under the content root's `files/` folder, published at /tep/<file>
 * only when a published entry links it (so a draft's attachment never leaks).
 */
const attachmentFile = z.string().regex(/^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\.(?:pdf|docx?|odt|jpe?g|png|webp)$/, {
  error: 'tên tệp ASCII chữ thường trong thư mục files/, ví dụ chi-thi-01.pdf',
});

/** Fields every published collection shares. */
const publishable = { draft: z.boolean().default(false) };

export const signerSchema = z
  .strictObject({
    name: text,
    position: text,
    authority: z.enum(SIGNER_AUTHORITIES).optional(),
    /** The body the signer signs for, e.g. "Ủy ban nhân dân" after "TM.". */
    onBehalfOf: text.optional(),
  })
  .refine((s) => (s.authority === undefined) === (s.onBehalfOf === undefined), {
    error: 'authority và onBehalfOf đi cùng nhau (ví dụ TM. + Ủy ban nhân dân)',
    path: ['onBehalfOf'],
  });

export const citedDocumentSchema = z.strictObject({
  kind: term(DIRECTIVE_KINDS).optional(),
  number: documentNumber.nullable(),
  date: partialDate.optional(),
  issuer: text.optional(),
  title: text.optional(),
});

export const targetSchema = z.strictObject({
  indicator: text,
  value: amount,
  unit: text,
});

export const directiveSchema = z.strictObject({
  kind: term(DIRECTIVE_KINDS),
  number: documentNumber.nullable(),
  title: text,
  issuer: ref,
  place: text,
  /** null when the archived copy carries no date at all (it is never guessed). */
  issued: partialDate.nullable(),
  signer: signerSchema,
  theme: text.optional(),
  period: period.optional(),
  campaigns: z
    .array(z.strictObject({ campaign: ref, relation: term(CAMPAIGN_RELATIONS) }))
    .default([]),
  basis: z.array(citedDocumentSchema).default([]),
  recipients: z.array(text).default([]),
  targets: z.array(targetSchema).default([]),
  fields: z.array(text).default([]),
  attachments: z.array(z.strictObject({ file: attachmentFile, label: text })).default([]),
  ...publishable,
});

export const campaignSchema = z.strictObject({
  name: text,
  scope: term(CAMPAIGN_SCOPES),
  kind: term(CAMPAIGN_KINDS),
  period: period.optional(),
  parent: ref.optional(),
  launchedBy: ref.optional(),
  ...publishable,
});

export const figureSchema = z.strictObject({
  name: text,
  type: term(FIGURE_TYPES),
  unit: text.optional(),
  locality: text,
  award: z.preprocess((v) => (typeof v === 'string' ? nfc(v) : v), z.enum(AWARDS)),
  /** The exact form, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
  awardDetail: text.optional(),
  decision: z.strictObject({
    number: documentNumber.nullable(),
    date: partialDate,
    /** The archived quyết định that awarded it, when the archive holds it. */
    directive: ref.optional(),
  }),
  year: z.number().int().min(1945).max(2100),
  campaigns: z.array(ref).default([]),
  photo: z.strictObject({ src: attachmentFile, alt: text }).optional(),
  ...publishable,
});

export const indicatorSchema = z.strictObject({
  name: text,
  unit: text,
  target: amount,
  actual: amount,
  /** The percent as printed in the report, checked against actual/target. */
  percent: amount.optional(),
});

export const resultSchema = z.strictObject({
  title: text,
  kind: term(RESULT_KINDS),
  issuer: ref.optional(),
  report: z.strictObject({
    number: documentNumber.nullable(),
    date: partialDate,
  }),
  asOf: partialDate,
  campaigns: z.array(ref).default([]),
  directives: z.array(ref).default([]),
  indicators: z.array(indicatorSchema).min(1, { error: 'ít nhất một chỉ tiêu' }),
  ...publishable,
});

export const agencySchema = z.strictObject({
  name: text,
  shortName: text,
  level: term(AGENCY_LEVELS),
  parent: ref.optional(),
  activeFrom: partialDate.optional(),
  /** The day the body stopped operating (districts: 2025-07-01). */
  activeTo: partialDate.optional(),
});

export type Period = z.output<typeof period>;
export type Directive = z.output<typeof directiveSchema>;
export type Campaign = z.output<typeof campaignSchema>;
export type Figure = z.output<typeof figureSchema>;
export type Result = z.output<typeof resultSchema>;
export type Agency = z.output<typeof agencySchema>;

/** Where each collection lives under the content root, shared with the CLI checker. */
export const SOURCES = {
  directives: { kind: 'mdx', dir: 'directives', schema: directiveSchema },
  campaigns: { kind: 'mdx', dir: 'campaigns', schema: campaignSchema },
  figures: { kind: 'mdx', dir: 'figures', schema: figureSchema },
  results: { kind: 'mdx', dir: 'results', schema: resultSchema },
  agencies: { kind: 'yaml', file: 'agencies.yaml', schema: agencySchema },
} as const;

const root = contentRoot();

const mdxCollection = <S extends z.ZodType>(collection: Parameters<typeof archiveLoader>[1], schema: S) => defineCollection({ loader: archiveLoader(root, collection), schema });

export const collections = {
  directives: mdxCollection('directives', directiveSchema),
  campaigns: mdxCollection('campaigns', campaignSchema),
  figures: mdxCollection('figures', figureSchema),
  results: mdxCollection('results', resultSchema),
  agencies: defineCollection({ loader: file(`${root}/${SOURCES.agencies.file}`), schema: agencySchema }),
};
