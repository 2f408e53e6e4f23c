/**
 * The pieces every collection's schema is built from: human text, closed
 * vocabularies, partial dates, references, document numbers, attachments
 * and figures. Pure zod: the check, the Astro content contract and the
 * editor tools all compose the same pieces.
 */
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN, parsePartialDate } from '../dates.ts';
import { LIMITS } from '../limits.ts';
import { formatNumber } from '../numbers.ts';
import { firstNonLatinLetter, nfc } from '../vietnamese.ts';

/** Control characters other than tab and newline never belong in a document's text. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

/** Any human text: NFC, without invisible characters, trimmed, never empty, bounded. */
export const text = z
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
export const amount = figure.pipe(z.number().nonnegative());

/**
 * A closed Vietnamese vocabulary. Editors may type "Chỉ thị" or an NFD
 * "chỉ thị"; both become the canonical lower-case NFC value.
 */
export const term = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === 'string' ? nfc(v).toLocaleLowerCase('vi') : v), z.enum(values));

/**
 * 'YYYY-MM-DD', or 'YYYY-MM' when the original left the day blank. YAML parsers
 * may hand over a Date for unquoted full dates, so both shapes are accepted.
 */
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine((s) => PARTIAL_DATE_PATTERN.test(s) && parsePartialDate(s) !== null, {
    error: 'một ngày có thật, dạng YYYY-MM-DD (hoặc YYYY-MM khi văn bản bỏ trống ngày)',
  }),
);

/** A reference to another entry, by its id (the file name as an ASCII slug). */
export const ref = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'mã mục dạng chữ thường không dấu, nối bằng "-"' });

export const period = z.strictObject({
  from: partialDate.optional(),
  to: partialDate.optional().meta({ example: '2024-10-30' }),
});

/**
 * A document number (số ký hiệu) as printed; null for documents issued
 * without one. Letters are Latin: "56/СТ-UBND" typed with Cyrillic letters
 * looks like "56/CT-UBND" but no citation or search would find it.
 */
export const documentNumber = z
  .string()
  .transform((s) => nfc(s).replace(/\s+/g, ''))
  .pipe(
    z
      .string()
      .min(3, { error: 'số ký hiệu, ví dụ 01/CT-UBND' })
      .max(60, { error: 'số ký hiệu không quá 60 ký tự' })
      .superRefine((s, ctx) => {
        const letter = firstNonLatinLetter(s);
        if (letter)
          ctx.addIssue({
            code: 'custom',
            message: `số ký hiệu chỉ gồm chữ Latin, chữ số và dấu (chữ "${letter}" thuộc bảng chữ khác, gõ lại bằng bàn phím tiếng Việt)`,
          });
      }),
  );

/**
 * A file under the content root's `files/` folder, published at /tep/<file>
 * only when a published entry links it (so a draft's attachment never leaks).
 */
export const attachmentFile = z.string().regex(/^[a-z0-9][a-z0-9_-]*(?:\/[a-z0-9][a-z0-9_-]*)*\.(?:pdf|docx?|odt|jpe?g|png|webp)$/, {
  error: 'tên tệp ASCII chữ thường trong thư mục files/, ví dụ chi-thi-01.pdf',
});

/**
 * Fields every published collection shares. A new entry starts as a draft so
 * it cannot go live half-filled. A renamed file keeps its old ids, so the
 * addresses people saved or cited still lead to it (src/domain/redirects.ts).
 */
export const publishable = {
  previousIds: z
    .array(ref.meta({ example: 'ten-tep-cu' }))
    .default([])
    .meta({
      label: 'mã cũ',
      help: 'Khi đổi tên tệp: tên cũ (không có `.mdx`), mỗi lần đổi một mục. Địa chỉ cũ sẽ tự chuyển đến địa chỉ mới.',
    }),
  draft: z
    .boolean()
    .default(false)
    .meta({ label: 'bản nháp', help: 'Bản nháp không được đăng. Đổi thành `false` khi đã kiểm tra xong.', example: false, initial: true }),
};
