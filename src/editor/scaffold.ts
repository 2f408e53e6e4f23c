/**
 * Templates for `npm run new`: every field of a collection, each explained in
 * Vietnamese, with the allowed values listed from the same vocabulary the
 * schema uses. A new entry starts as a draft so it cannot go live half-filled.
 */
import { AWARDS, CAMPAIGN_KINDS, CAMPAIGN_RELATIONS, CAMPAIGN_SCOPES, DIRECTIVE_KINDS, FIGURE_TYPES, RESULT_KINDS, SIGNER_AUTHORITIES } from '../domain/vocabulary.ts';
import { nfc, slugify } from '../domain/vietnamese.ts';

export const SCAFFOLD_KINDS = ['directive', 'campaign', 'figure', 'result'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

export const COLLECTION_DIR: Record<ScaffoldKind, string> = {
  directive: 'directives',
  campaign: 'campaigns',
  figure: 'figures',
  result: 'results',
};

const oneOf = (values: readonly string[]) => values.join(' | ');
/** YAML double-quoted scalar: safe for any title. */
const quote = (s: string) => JSON.stringify(s);

function directive(title: string): string {
  return `---
# Loại văn bản (tên loại): ${oneOf(DIRECTIVE_KINDS)}
kind: chỉ thị
# Số ký hiệu như in trên văn bản, ví dụ 01/CT-UBND. Văn bản không số: để null.
number: null
# Trích yếu.
title: ${quote(title)}
# Mã cơ quan ban hành trong content/agencies.yaml, ví dụ ubnd-huyen-huu-lung.
issuer: ''
# Địa danh ở dòng ngày tháng, ví dụ Hữu Lũng.
place: ''
# Ngày ban hành 'YYYY-MM-DD'; 'YYYY-MM' nếu văn bản bỏ trống ngày; null nếu bản lưu không ghi ngày.
issued: null
# Người ký. authority (${oneOf(SIGNER_AUTHORITIES)}) và onBehalfOf đi cùng nhau, ví dụ TM. + Ủy ban nhân dân; xóa cả hai nếu ký trực tiếp.
signer:
  name: ''
  position: Chủ tịch
  # authority: TM.
  # onBehalfOf: Ủy ban nhân dân
# Chủ đề (khẩu hiệu trong ngoặc kép sau chữ "chủ đề"), không bắt buộc.
# theme: ''
# Thời gian thi đua, không bắt buộc: from/to dạng 'YYYY-MM-DD'.
# period:
#   from: ''
#   to: ''
# Phong trào thi đua: mã phong trào trong content/campaigns/ và quan hệ: ${oneOf(CAMPAIGN_RELATIONS)}
campaigns: []
#   - campaign: ma-phong-trao
#     relation: phát động
# Văn bản căn cứ: số ký hiệu (hoặc null), ngày, cơ quan, trích yếu. Số trùng văn bản trong kho sẽ tự thành liên kết.
basis: []
#   - kind: chỉ thị
#     number: 34-CT/TW
#     date: '2014-04-07'
#     issuer: Bộ Chính trị
#     title: Về tiếp tục đổi mới công tác thi đua, khen thưởng
# Nơi nhận, mỗi dòng một mục, giữ nguyên "Lưu: VT, ...".
recipients: []
# Chỉ tiêu: tên, giá trị (số), đơn vị. Ví dụ 31.410.000 đồng/năm → value: 31410000, unit: đồng/năm.
targets: []
# Lĩnh vực, ví dụ "Thi đua, khen thưởng".
fields: []
# Tệp đính kèm (bản ký gốc) trong thư mục content/files/, tên chữ thường không dấu.
attachments: []
#   - file: chi-thi-01-2024.pdf
#     label: Bản ký gốc (PDF)
# Bản nháp không được đăng. Đổi thành false khi đã kiểm tra xong.
draft: true
---

Dán toàn văn vào đây. Tiêu đề mục dùng "## I. MỤC TIÊU"; chú thích dùng [^1] và dòng "[^1]: ..." ở cuối.
`;
}

function campaign(title: string): string {
  return `---
# Tên phong trào thi đua, như trong ngoặc kép ở văn bản.
name: ${quote(title)}
# Phạm vi: ${oneOf(CAMPAIGN_SCOPES)}
scope: huyện
# Hình thức: ${oneOf(CAMPAIGN_KINDS)}
kind: chuyên đề
# Thời gian, không bắt buộc: 'YYYY-MM-DD' hoặc 'YYYY-MM'.
# period:
#   from: ''
#   to: ''
# Phong trào cấp trên mà phong trào này triển khai (mã trong content/campaigns/), không bắt buộc.
# parent: ''
# Văn bản phát động (mã trong content/directives/), không bắt buộc.
# launchedBy: ''
draft: true
---

Mô tả ngắn: phong trào do ai phát động, khi nào, nhằm mục tiêu gì (chỉ ghi điều có trong văn bản).
`;
}

function figure(title: string): string {
  return `---
# Tên tập thể, cá nhân hoặc hộ gia đình, đúng như trong quyết định khen thưởng.
name: ${quote(title)}
# Loại: ${oneOf(FIGURE_TYPES)}
type: cá nhân
# Đơn vị công tác (không bắt buộc) và địa phương.
# unit: ''
locality: ''
# Danh hiệu hoặc hình thức khen thưởng theo Luật Thi đua, khen thưởng 2022:
# ${oneOf(AWARDS)}
award: Giấy khen
# Ghi rõ hơn nếu cần, ví dụ "Bằng khen của Chủ tịch UBND tỉnh".
# awardDetail: ''
# Quyết định khen thưởng: số (hoặc null), ngày; directive là mã quyết định trong kho nếu có.
decision:
  number: null
  date: ''
  # directive: ''
year: ${new Date().getFullYear()}
# Phong trào mà điển hình được khen thưởng (mã trong content/campaigns/).
campaigns: []
# Ảnh trong content/files/ và mô tả ảnh cho người dùng trình đọc màn hình (bắt buộc khi có ảnh).
# photo:
#   src: ten-anh.jpg
#   alt: ''
draft: true
---

Thành tích tiêu biểu, chép từ quyết định hoặc báo cáo đề nghị khen thưởng.
`;
}

function result(title: string): string {
  return `---
title: ${quote(title)}
# Loại báo cáo: ${oneOf(RESULT_KINDS)}
kind: sơ kết
# Mã cơ quan ban hành báo cáo, không bắt buộc.
# issuer: ''
# Báo cáo: số (hoặc null) và ngày.
report:
  number: null
  date: ''
# Số liệu tính đến: 'YYYY-MM-DD' hoặc 'YYYY-MM'.
asOf: ''
campaigns: []
directives: []
# Chỉ tiêu: tên, đơn vị, kế hoạch, thực hiện; percent là tỷ lệ in trong báo cáo (được kiểm tra với thực hiện/kế hoạch).
indicators:
  - name: ''
    unit: ''
    target: 0
    actual: 0
    # percent: 0
draft: true
---

Tóm tắt kết quả, chép từ báo cáo.
`;
}

const TEMPLATES: Record<ScaffoldKind, (title: string) => string> = { directive, campaign, figure, result };

/** Why a title or `--slug` gives no file name; the entry's id is its file name as an ASCII slug. */
export const NEEDS_LETTER_OR_DIGIT = 'tên tệp cần có ít nhất một chữ hoặc số';

/** The file name (without `.mdx`) a title or `--slug` gives: '' when no letter or digit is left. */
export function fileSlug(text: string): string {
  return slugify(nfc(text)).slice(0, 80).replace(/-+$/, '');
}

/** `slug` as given by `--slug`, else from the title; callers check it is not empty first (see fileSlug). */
export function scaffold(kind: ScaffoldKind, rawTitle: string, slug = fileSlug(rawTitle)): { fileName: string; text: string } {
  if (!fileSlug(slug)) throw new Error(`${NEEDS_LETTER_OR_DIGIT}: "${slug}"`);
  return { fileName: `${fileSlug(slug)}.mdx`, text: TEMPLATES[kind](nfc(rawTitle)) };
}
