/**
 * The one-line description of a share card (og:description), by kind of
 * entry: what a reader needs to recognise the document in a Zalo or
 * Facebook preview, whose title line is the entry's own title.
 */
import { ui } from '../i18n/vi.ts';
import { formatDate } from './dates.ts';
import { directiveLabel, periodText, sentence } from './format.ts';
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';

const line = (parts: readonly (string | null | undefined | false)[]) =>
  parts.filter((part): part is string => Boolean(part)).join(ui.share.separator);

/** "Chỉ thị số 01/CT-UBND · Ủy ban nhân dân huyện Hữu Lũng · ngày 19 tháng 3 năm 2024". */
export function directiveShareLine(d: Directive, issuer: Agency | undefined): string {
  return line([directiveLabel(d), issuer?.name, d.issued ? formatDate(d.issued) : ui.directive.noDate]);
}

/** "Phong trào thi đua chuyên đề · phạm vi huyện · Từ ngày … đến hết ngày …". */
export function campaignShareLine(c: Campaign): string {
  return line([ui.share.campaignKind(c.kind), ui.share.scope(c.scope), periodText(c.period)]);
}

/** "Bằng khen của Chủ tịch UBND tỉnh · Cá nhân · xã Đông Đào · năm 2024". */
export function figureShareLine(f: Figure): string {
  return line([f.awardDetail ?? f.award, sentence(f.type), f.locality, ui.share.year(f.year)]);
}

/** "Sơ kết · Báo cáo số 700/BC-UBND ngày 20 tháng 10 năm 2024 · Ủy ban nhân dân … · Số liệu đến tháng 10 năm 2024". */
export function resultShareLine(r: Result, issuer: Agency | undefined): string {
  return line([
    sentence(r.kind),
    `${ui.result.reportNumber(r.report.number)} ${formatDate(r.report.date)}`,
    issuer?.name,
    `${ui.result.asOf} ${formatDate(r.asOf)}`,
  ]);
}

/**
 * "Cấp huyện · trực thuộc Ủy ban nhân dân tỉnh … · thôi hoạt động từ ngày 1 tháng 7 năm 2025".
 * No count of directives: a later page of the list would keep a stale one (src/domain/page-keys.ts).
 */
export function agencyShareLine(a: Agency, parent: Agency | undefined): string {
  return line([ui.share.level(a.level), parent && ui.share.parent(parent.name), a.activeTo && ui.share.ended(formatDate(a.activeTo))]);
}
