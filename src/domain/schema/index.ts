/**
 * One strict zod schema per collection (an unknown key is an error), from
 * the shared pieces in base.ts. Pure: `npm run check` validates with these
 * without loading Astro; src/content.config.ts hands them to Astro's loaders.
 * Each field an editor fills carries its Vietnamese label, help and example
 * (fields.ts), from which the editor tools and docs/bien-tap.md are made.
 */
import { z } from 'zod';
import {
  AGENCY_LEVELS,
  AWARDS,
  CAMPAIGN_KINDS,
  CAMPAIGN_RELATIONS,
  CAMPAIGN_SCOPES,
  DIRECTIVE_KINDS,
  FIGURE_TYPES,
  LEGAL_RELATIONS,
  RELATION_SCOPES,
  RESULT_KINDS,
  SIGNER_AUTHORITIES,
} from '../vocabulary.ts';

import { nfc } from '../vietnamese.ts';
import { amount, attachmentFile, documentNumber, partialDate, period, publishable, ref, term, text } from './base.ts';
import { oneOf } from './fields.ts';

const signerSchema = z
  .strictObject({
    name: text.meta({ label: 'họ tên người ký' }),
    position: text.meta({ label: 'chức vụ người ký', example: 'Chủ tịch', initial: 'Chủ tịch' }),
    authority: z.enum(SIGNER_AUTHORITIES).optional().meta({ example: 'TM.' }),
    /** The body the signer signs for, e.g. "Ủy ban nhân dân" after "TM.". */
    onBehalfOf: text.optional().meta({ example: 'Ủy ban nhân dân' }),
  })
  .refine((s) => (s.authority === undefined) === (s.onBehalfOf === undefined), {
    error: 'authority và onBehalfOf đi cùng nhau (ví dụ TM. + Ủy ban nhân dân)',
    path: ['onBehalfOf'],
  });

const citedDocumentSchema = z.strictObject({
  kind: term(DIRECTIVE_KINDS).optional().meta({ example: 'chỉ thị' }),
  number: documentNumber.nullable().meta({ example: '34-CT/TW' }),
  date: partialDate.optional().meta({ example: '2014-04-07' }),
  issuer: text.optional().meta({ example: 'Bộ Chính trị' }),
  title: text.optional().meta({ example: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng' }),
});

/**
 * A relation written on the newer document, to the older one it acts on:
 * by id when the archive holds it, or by number like a citation in `basis`
 * (resolved by the same rule, graph.ts), never both.
 */
const legalRelationSchema = z
  .strictObject({
    type: term(LEGAL_RELATIONS).meta({ example: 'thay thế' }),
    scope: term(RELATION_SCOPES).default('toàn bộ').meta({ example: 'toàn bộ' }),
    /** Which part, when only a part: "Khoản 2 Mục II". */
    part: text.optional(),
    kind: term(DIRECTIVE_KINDS).optional(),
    number: documentNumber.optional().meta({ example: '05/CT-UBND' }),
    date: partialDate.optional().meta({ example: '2023-02-10' }),
    issuer: text.optional().meta({ example: 'UBND huyện Hữu Lũng' }),
    title: text.optional(),
    directive: ref.optional(),
  })
  .refine((r) => (r.directive === undefined) !== (r.number === undefined), {
    error: 'mã văn bản trong kho (`directive`) hoặc số ký hiệu (`number`) của văn bản bị tác động, một trong hai',
    path: ['directive'],
  });

const targetSchema = z.strictObject({
  indicator: text,
  value: amount,
  unit: text,
});

export const directiveSchema = z.strictObject({
  kind: term(DIRECTIVE_KINDS).meta({
    label: 'tên loại',
    help: `Loại văn bản (tên loại): ${oneOf(DIRECTIVE_KINDS)}`,
    example: 'chỉ thị',
    initial: 'chỉ thị',
  }),
  number: documentNumber
    .nullable()
    .meta({ label: 'số, ký hiệu', help: 'Số ký hiệu như in trên văn bản. Văn bản không số: để `null`.', example: '01/CT-UBND' }),
  title: text.meta({ label: 'trích yếu', help: 'Trích yếu.', example: 'Về việc phát động phong trào thi đua…' }),
  issuer: ref.meta({
    label: 'cơ quan ban hành',
    help: 'Mã cơ quan ban hành trong `content/agencies.yaml`.',
    example: 'ubnd-huyen-huu-lung',
  }),
  place: text.meta({ label: 'địa danh', help: 'Địa danh ở dòng ngày tháng.', example: 'Hữu Lũng' }),
  /** null when the archived copy carries no date at all (it is never guessed). */
  issued: partialDate.nullable().meta({
    label: 'ngày ban hành',
    help: "Ngày ban hành `'YYYY-MM-DD'`; `'YYYY-MM'` nếu văn bản bỏ trống ngày; `null` nếu bản lưu không ghi ngày.",
    example: '2024-03-19',
  }),
  effective: partialDate.optional().meta({
    label: 'ngày có hiệu lực',
    help: 'Ngày có hiệu lực `\'YYYY-MM-DD\'`, ghi khi văn bản nói rõ ("có hiệu lực kể từ ngày ký": ghi đúng ngày ký). Không ghi thì tình trạng hiệu lực là "không xác định".',
    example: '2024-03-19',
  }),
  expires: partialDate.optional().meta({
    label: 'ngày hết hiệu lực',
    help: 'Ngày hết hiệu lực: ngày đầu tiên văn bản không còn hiệu lực, chỉ khi chính văn bản định ra ("có hiệu lực đến hết ngày 31/12/2024" → `\'2025-01-01\'`). Văn bản bị thay thế, bãi bỏ thì không ghi ở đây: ghi `relations` ở văn bản mới.',
    example: '2025-01-01',
  }),
  signer: signerSchema.meta({
    label: 'người ký',
    help: `Người ký. \`authority\` (${oneOf(SIGNER_AUTHORITIES)}) và \`onBehalfOf\` đi cùng nhau; xóa cả hai nếu ký trực tiếp.`,
  }),
  theme: text.optional().meta({
    label: 'chủ đề',
    help: 'Chủ đề (khẩu hiệu trong ngoặc kép sau chữ "chủ đề"), không bắt buộc.',
    example: 'Đoàn kết, kỷ cương…',
  }),
  period: period
    .optional()
    .meta({ label: 'thời gian thi đua', help: "Thời gian thi đua, không bắt buộc: `from`/`to` dạng `'YYYY-MM-DD'`." }),
  campaigns: z
    .array(
      z.strictObject({
        campaign: ref.meta({ example: 'ma-phong-trao' }),
        relation: term(CAMPAIGN_RELATIONS).meta({ example: 'phát động' }),
      }),
    )
    .default([])
    .meta({
      label: 'phong trào',
      help: `Phong trào thi đua: mã phong trào trong \`content/campaigns/\` và quan hệ: ${oneOf(CAMPAIGN_RELATIONS)}`,
    }),
  basis: z.array(citedDocumentSchema).default([]).meta({
    label: 'văn bản căn cứ',
    help: 'Văn bản căn cứ: số ký hiệu (hoặc `null`), ngày, cơ quan, trích yếu. Số trùng văn bản trong kho sẽ tự thành liên kết.',
  }),
  relations: z
    .array(legalRelationSchema)
    .default([])
    .meta({
      label: 'văn bản bị tác động',
      help: `Văn bản được văn bản này tác động (ghi ở văn bản mới): \`type\` (${oneOf(LEGAL_RELATIONS)}), \`scope\` (${oneOf(RELATION_SCOPES)}, mặc định toàn bộ; \`part\` ghi phần nào), và \`directive\` (mã trong kho) hoặc \`number\` (số ký hiệu, ngày, cơ quan, trích yếu như \`basis\`).`,
    }),
  recipients: z
    .array(text.meta({ example: 'Lưu: VT, NV.' }))
    .default([])
    .meta({ label: 'nơi nhận', help: 'Nơi nhận, mỗi dòng một mục, giữ nguyên "Lưu: VT, ...".' }),
  targets: z.array(targetSchema).default([]).meta({
    label: 'chỉ tiêu',
    help: 'Chỉ tiêu: tên, giá trị (số), đơn vị. Ví dụ 31.410.000 đồng/năm → `value: 31410000`, `unit: đồng/năm`.',
  }),
  fields: z
    .array(text.meta({ example: 'Thi đua, khen thưởng' }))
    .default([])
    .meta({ label: 'lĩnh vực', help: 'Lĩnh vực.' }),
  attachments: z
    .array(
      z.strictObject({ file: attachmentFile.meta({ example: 'chi-thi-01-2024.pdf' }), label: text.meta({ example: 'Bản ký gốc (PDF)' }) }),
    )
    .default([])
    .meta({ label: 'tệp đính kèm', help: 'Tệp đính kèm (bản ký gốc) trong thư mục `content/files/`, tên chữ thường không dấu.' }),
  ...publishable,
});

export const campaignSchema = z.strictObject({
  name: text.meta({ help: 'Tên phong trào thi đua, như trong ngoặc kép ở văn bản.' }),
  scope: term(CAMPAIGN_SCOPES).meta({ help: `Phạm vi: ${oneOf(CAMPAIGN_SCOPES)}`, initial: 'huyện' }),
  kind: term(CAMPAIGN_KINDS).meta({ help: `Hình thức: ${oneOf(CAMPAIGN_KINDS)}`, initial: 'chuyên đề' }),
  period: period.optional().meta({ help: "Thời gian, không bắt buộc: `'YYYY-MM-DD'` hoặc `'YYYY-MM'`." }),
  parent: ref
    .optional()
    .meta({ help: 'Phong trào cấp trên mà phong trào này triển khai (mã trong `content/campaigns/`), không bắt buộc.' }),
  launchedBy: ref.optional().meta({ help: 'Văn bản phát động (mã trong `content/directives/`), không bắt buộc.' }),
  ...publishable,
});

export const figureSchema = z.strictObject({
  name: text.meta({ help: 'Tên tập thể, cá nhân hoặc hộ gia đình, đúng như trong quyết định khen thưởng.' }),
  type: term(FIGURE_TYPES).meta({ help: `Loại: ${oneOf(FIGURE_TYPES)}`, initial: 'cá nhân' }),
  unit: text.optional().meta({ help: 'Đơn vị công tác, không bắt buộc.' }),
  locality: text.meta({ help: 'Địa phương.' }),
  award: z
    .preprocess((v) => (typeof v === 'string' ? nfc(v) : v), z.enum(AWARDS))
    .meta({ help: `Danh hiệu hoặc hình thức khen thưởng theo Luật Thi đua, khen thưởng 2022:\n${oneOf(AWARDS)}`, initial: 'Giấy khen' }),
  /** The exact form, e.g. "Bằng khen của Chủ tịch UBND tỉnh". */
  awardDetail: text.optional().meta({ help: 'Ghi rõ hơn nếu cần.', example: 'Bằng khen của Chủ tịch UBND tỉnh' }),
  decision: z
    .strictObject({
      number: documentNumber.nullable(),
      date: partialDate,
      /** The archived quyết định that awarded it, when the archive holds it. */
      directive: ref.optional(),
    })
    .meta({ help: 'Quyết định khen thưởng: số (hoặc `null`), ngày; `directive` là mã quyết định trong kho nếu có.' }),
  year: z.number().int().min(1945).max(2100).meta({ help: 'Năm được khen thưởng, tuyên dương.' }),
  campaigns: z.array(ref).default([]).meta({ help: 'Phong trào mà điển hình được khen thưởng (mã trong `content/campaigns/`).' }),
  photo: z
    .strictObject({ src: attachmentFile.meta({ example: 'ten-anh.jpg' }), alt: text })
    .optional()
    .meta({ help: 'Ảnh trong `content/files/` và mô tả ảnh cho người dùng trình đọc màn hình (bắt buộc khi có ảnh).' }),
  ...publishable,
});

const indicatorSchema = z.strictObject({
  name: text.meta({ help: 'Tên chỉ tiêu.' }),
  unit: text.meta({ help: 'Đơn vị tính.' }),
  target: amount.meta({ help: 'Kế hoạch giao (số).' }),
  actual: amount.meta({ help: 'Thực hiện (số).' }),
  /** The percent as printed in the report, checked against actual/target. */
  percent: amount.optional().meta({ help: 'Tỷ lệ đạt in trong báo cáo, không bắt buộc.' }),
});

export const resultSchema = z.strictObject({
  title: text.meta({ help: 'Tên báo cáo kết quả.' }),
  kind: term(RESULT_KINDS).meta({ help: `Loại báo cáo: ${oneOf(RESULT_KINDS)}`, initial: 'sơ kết' }),
  issuer: ref.optional().meta({ help: 'Mã cơ quan ban hành báo cáo, không bắt buộc.' }),
  report: z
    .strictObject({
      number: documentNumber.nullable(),
      date: partialDate,
    })
    .meta({ help: 'Báo cáo: số (hoặc `null`) và ngày.' }),
  asOf: partialDate.meta({ help: "Số liệu tính đến: `'YYYY-MM-DD'` hoặc `'YYYY-MM'`." }),
  campaigns: z.array(ref).default([]).meta({ help: 'Phong trào của báo cáo (mã trong `content/campaigns/`).' }),
  directives: z.array(ref).default([]).meta({ help: 'Văn bản liên quan (mã trong `content/directives/`).' }),
  indicators: z.array(indicatorSchema).min(1, { error: 'ít nhất một chỉ tiêu' }).meta({
    help: 'Chỉ tiêu: tên, đơn vị, kế hoạch, thực hiện; `percent` là tỷ lệ in trong báo cáo (được kiểm tra với thực hiện/kế hoạch).',
  }),
  ...publishable,
});

export const agencySchema = z.strictObject({
  name: text.meta({ help: 'Tên đầy đủ của cơ quan.' }),
  shortName: text.meta({ help: 'Tên viết tắt, như trong số ký hiệu và trích dẫn.', example: 'UBND huyện Hữu Lũng' }),
  level: term(AGENCY_LEVELS).meta({ help: `Cấp: ${oneOf(AGENCY_LEVELS)}` }),
  parent: ref.optional().meta({ help: 'Cơ quan cấp trên (mã trong `content/agencies.yaml`), không bắt buộc.' }),
  activeFrom: partialDate.optional().meta({ help: "Ngày bắt đầu hoạt động, không bắt buộc: `'YYYY-MM-DD'`." }),
  /** The day the body stopped operating (districts: 2025-07-01). */
  activeTo: partialDate.optional().meta({ help: "Ngày thôi hoạt động, không bắt buộc: `'YYYY-MM-DD'` (cấp huyện: `'2025-07-01'`)." }),
});

export type Period = z.output<typeof period>;
export type Directive = z.output<typeof directiveSchema>;
export type LegalRelationEntry = Directive['relations'][number];
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
