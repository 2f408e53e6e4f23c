/** Display wording shared by pages: the same document always reads the same way. */
import type { Directive, Period } from './schema/index.ts';
import { formatDate, formatDateShort } from './dates.ts';
import type { CitedDocument } from './graph.ts';

/** "chỉ thị" → "Chỉ thị". */
export function sentence(term: string): string {
  return term.charAt(0).toLocaleUpperCase('vi') + term.slice(1);
}

export function periodText(period: Period | undefined): string | null {
  if (!period?.from && !period?.to) return null;
  if (period.from && period.to) return `Từ ${formatDate(period.from)} đến hết ${formatDate(period.to)}`;
  if (period.to) return `Đến hết ${formatDate(period.to)}`;
  return `Từ ${formatDate(period.from!)}`;
}

/** "TM. Ủy ban nhân dân – Chủ tịch Nông Văn Bộ". */
export function signerText(signer: Directive['signer']): string {
  const authority = signer.authority ? `${signer.authority} ${signer.onBehalfOf} – ` : '';
  return `${authority}${sentence(signer.position)} ${signer.name}`;
}

/** "Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị". */
export function citationText(cited: CitedDocument): string {
  const parts = [cited.kind ? sentence(cited.kind) : 'Văn bản'];
  parts.push(cited.number ? `số ${cited.number}` : 'không số');
  if (cited.date) parts.push(`ngày ${formatDateShort(cited.date)}`);
  if (cited.issuer) parts.push(`của ${cited.issuer}`);
  return parts.join(' ');
}

/** "Chỉ thị số 01/CT-UBND" or just "Phát động" for an unnumbered document. */
export function directiveLabel(d: Pick<Directive, 'kind' | 'number'>): string {
  return d.number ? `${sentence(d.kind)} số ${d.number}` : sentence(d.kind);
}

/**
 * The one line under a directive's title: "Chỉ thị · 01/CT-UBND · UBND
 * huyện Hữu Lũng · ngày 19 tháng 3 năm 2024"; no number is left out, no
 * date reads `noDate`.
 */
export function directiveSummary(d: Pick<Directive, 'kind' | 'number' | 'issued'>, issuer: string, noDate: string): string {
  return [sentence(d.kind), d.number, issuer, d.issued ? formatDate(d.issued) : noDate].filter(Boolean).join(' · ');
}

/** "Chỉ thị số 05/CT-UBND ngày 10/02/2023": an archived document as a relation names it. */
export function directiveReference(d: Pick<Directive, 'kind' | 'number' | 'issued'>): string {
  return d.issued ? `${directiveLabel(d)} ngày ${formatDateShort(d.issued)}` : directiveLabel(d);
}
