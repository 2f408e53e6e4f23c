/**
 * The editor's summary of an import, in Vietnamese: one line per field found,
 * what is still to fill in, campaigns to create, and notes.
 */
import { formatDate } from '../../domain/dates.ts';
import { formatNumber } from '../../domain/numbers.ts';
import { fieldAt } from '../../domain/schema/fields.ts';
import { importer } from '../../i18n/vi.ts';
import type { ExtractResult, ImportedFrontmatter } from './extract.ts';
import { DIRECTIVE_FIELDS, FIELD_ORDER } from './extract.ts';

/** "number (số, ký hiệu)": a field ("signer.name" for a part) with the schema's label for it. */
function fieldWithLabel(path: string): string {
  return `${path} (${fieldAt(DIRECTIVE_FIELDS, path)?.meta.label ?? path})`;
}

function date(d: string): string {
  try {
    return `${d} (${formatDate(d)})`;
  } catch {
    return d;
  }
}

function describe(field: string, fm: ImportedFrontmatter): string | undefined {
  switch (field) {
    case 'kind':
      return fm.kind;
    case 'number':
      return fm.number === null ? 'văn bản không số (null)' : fm.number;
    case 'title':
      return fm.title;
    case 'issuer':
      return fm.issuer;
    case 'place':
      return fm.place;
    case 'issued':
      return fm.issued ? date(fm.issued) : fm.issued === null ? 'không ghi ngày (null)' : undefined;
    case 'signer': {
      const s = fm.signer;
      if (!s) return undefined;
      const who = [s.position, s.name].filter(Boolean).join(' ');
      return s.authority ? `${s.authority} ${s.onBehalfOf ?? ''}, ${who}` : who;
    }
    case 'theme':
      return fm.theme ? `“${fm.theme}”` : undefined;
    case 'period':
      return fm.period ? `${fm.period.from ? date(fm.period.from) : '…'} → ${fm.period.to ? date(fm.period.to) : '…'}` : undefined;
    case 'campaigns':
      return fm.campaigns?.length
        ? `${fm.campaigns.length}: ${fm.campaigns.map((c) => `${c.campaign} (${c.relation})`).join('; ')}`
        : undefined;
    case 'basis':
      return fm.basis?.length ? `${fm.basis.length}: ${fm.basis.map((b) => b.number ?? 'không số').join('; ')}` : undefined;
    case 'recipients':
      return fm.recipients?.length ? `${fm.recipients.length} mục` : undefined;
    case 'targets':
      return fm.targets?.length
        ? `${fm.targets.length}: ${fm.targets.map((t) => `${t.indicator}: ${formatNumber(t.value)} ${t.unit}`).join('; ')}`
        : undefined;
    default:
      return undefined;
  }
}

export interface ReportOptions {
  /** The input file, as the editor typed it. */
  source?: string;
  /** The output file (written, or that would be written). */
  output?: string;
  written?: boolean;
  dryRun?: boolean;
  draft?: boolean;
}

export function formatReport(result: ExtractResult, options: ReportOptions = {}): string {
  const lines: string[] = [];
  if (options.source) lines.push(`Nhập văn bản: ${options.source}`);
  lines.push('Đã tìm thấy:');
  let found = 0;
  for (const field of FIELD_ORDER) {
    const text = describe(field, result.frontmatter);
    if (text === undefined) continue;
    found++;
    lines.push(`  • ${fieldWithLabel(field)}: ${text}`);
  }
  if (found === 0) lines.push('  (không có trường nào)');
  if (result.missing.length > 0) lines.push(`Cần bổ sung: ${result.missing.map(fieldWithLabel).join(', ')}`);
  else lines.push('Cần bổ sung: không có.');
  for (const name of result.proposals.campaigns) {
    lines.push(`Phong trào chưa có trong kho: “${name}” — tạo bằng npm run new -- campaign "${name.replace(/"/gu, '\\"')}"`);
  }
  if (result.notes.length > 0) {
    lines.push('Ghi chú:');
    for (const note of result.notes) lines.push(`  • ${note}`);
  }
  if (options.output) {
    if (options.dryRun) lines.push(`Chạy thử (--dry-run): không ghi tệp nào; tệp sẽ là ${options.output}.`);
    else if (options.written) {
      lines.push(`Đã ghi ${options.output}${options.draft ? ` (${importer.draftHint})` : ''}.`);
      lines.push('Điền các trường còn thiếu (dòng “# CẦN BỔ SUNG”), rồi chạy npm run check.');
    }
  }
  return lines.join('\n');
}
