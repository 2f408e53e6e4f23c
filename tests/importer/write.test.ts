/** The MDX file, its name, and the editor's report. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../src/editor/importer/extract.ts';
import { formatReport } from '../../src/editor/importer/report.ts';
import { outputFileName, renderMdx } from '../../src/editor/importer/write.ts';
import { CONTEXT, PROJECT, SEEDS } from './context.ts';

const seed = (file: string) => extractDirective(readFileSync(join(SEEDS, file), 'utf8'), CONTEXT);
const frontmatterOf = (mdx: string) => /^---\n([\s\S]*?)\n---\n/u.exec(mdx)![1]!;

describe('renderMdx', () => {
  it('writes found fields in schema order, placeholders for missing required ones, and a draft flag', () => {
    const mdx = renderMdx(seed('000_d9fba9cffce33b6e.txt'), { draft: true });
    const yaml = frontmatterOf(mdx);
    const keys = yaml
      .split('\n')
      .map((l) => /^(?:# )?([a-zA-Z]+):/u.exec(l)?.[1])
      .filter(Boolean);
    expect(keys).toEqual([
      'kind',
      'number',
      'title',
      'issuer',
      'place',
      'issued',
      'signer',
      'theme',
      'campaigns',
      'basis',
      'recipients',
      'fields',
      'draft',
    ]);
    expect(yaml).toContain("# issued: ''  # CẦN BỔ SUNG: ngày ban hành");
    expect(yaml).toContain("# number: ''  # CẦN BỔ SUNG: số, ký hiệu");
    expect(yaml).toContain("# place: ''  # CẦN BỔ SUNG: địa danh");
    expect(yaml).toContain('# fields: []  # CẦN BỔ SUNG: lĩnh vực');
    expect(yaml).toMatch(/^draft: true$/mu);
    // Optional fields the text lacks get no placeholder.
    expect(yaml).not.toMatch(/period|targets/u);
  });

  it('round-trips through YAML: the parsed frontmatter is the extracted one', () => {
    const result = seed('004_25a8ec443bc39fc5.txt');
    const data = parse(frontmatterOf(renderMdx(result))) as Record<string, unknown>;
    expect(data).toEqual(result.frontmatter);
    expect(frontmatterOf(renderMdx(result))).toContain("issued: '2024-03-19'");
    expect(frontmatterOf(renderMdx(result))).toContain("- 'Lưu: VT, NV.'");
  });

  it('writes number: null for an unnumbered document and keeps the body after the frontmatter', () => {
    const result = seed('003_20618991180704b7.txt');
    const mdx = renderMdx(result);
    expect(frontmatterOf(mdx)).toMatch(/^number: null$/mu);
    expect(mdx.endsWith(`---\n\n${result.body}`)).toBe(true);
  });

  it('adds a placeholder inside signer for a missing name', () => {
    const result = extractDirective('CHỈ THỊ\nVề việc thi đua\n\nNội dung thi đua.\n\nNơi nhận:\n- Lưu: VT.\n\nCHỦ TỊCH', CONTEXT);
    expect(result.missing).toContain('signer.name');
    expect(frontmatterOf(renderMdx(result))).toContain("signer:\n  position: Chủ tịch\n  # name: ''  # CẦN BỔ SUNG: họ tên người ký");
  });
});

describe('outputFileName', () => {
  it('uses number, issuer short name and year', () => {
    expect(outputFileName(seed('004_25a8ec443bc39fc5.txt').frontmatter, CONTEXT.agencies, 'x.txt')).toBe(
      '01-pd-ubnd-ubnd-huyen-huu-lung-2024.mdx',
    );
  });

  it('uses the title for unnumbered documents, and the input name when there is no title', () => {
    expect(outputFileName(seed('003_20618991180704b7.txt').frontmatter, CONTEXT.agencies, 'x.txt')).toBe('phong-trao-thi-dua-nam-2022.mdx');
    expect(outputFileName(seed('001_f2015f1b0595cbc5.txt').frontmatter, CONTEXT.agencies, 'x.txt')).toBe(
      've-viec-phat-dong-phong-trao-thi-dua-hoan-thanh-va-hoan-thanh-vuot-muc-cac-chi.mdx',
    );
    expect(outputFileName({}, CONTEXT.agencies, '/tmp/Văn bản số 1.docx')).toBe('van-ban-so-1.mdx');
  });

  it('falls back to the input name, then to a fixed name, when the title has no letter or digit', () => {
    expect(outputFileName({ title: '!!! ???' }, CONTEXT.agencies, '/tmp/Văn bản số 2.docx')).toBe('van-ban-so-2.mdx');
    expect(outputFileName({ title: '!!! ???' }, CONTEXT.agencies, '/tmp/???.docx')).toBe('van-ban-nhap.mdx');
  });
});

describe('formatReport', () => {
  it('lists found fields one per line, what to fill in, proposals and notes, in Vietnamese', () => {
    const report = formatReport(seed('004_25a8ec443bc39fc5.txt'), {
      source: 'a.txt',
      output: 'content/directives/x.mdx',
      written: true,
      draft: true,
    });
    expect(report).toContain('Nhập văn bản: a.txt');
    expect(report).toContain('  • number (số, ký hiệu): 01/PD-UBND');
    expect(report).toContain('  • issued (ngày ban hành): 2024-03-19 (ngày 19 tháng 3 năm 2024)');
    expect(report).toContain('  • signer (người ký): Chủ tịch Bùi Quốc Khánh');
    expect(report).toContain(
      'Cần bổ sung: effective (ngày có hiệu lực), expires (ngày hết hiệu lực), relations (văn bản bị tác động), targets (chỉ tiêu), fields (lĩnh vực)',
    );
    expect(report).toContain(
      'Phong trào chưa có trong kho: “Người tốt, việc tốt” — tạo bằng npm run new -- campaign "Người tốt, việc tốt"',
    );
    expect(report).toContain('Đã ghi content/directives/x.mdx');
  });

  it('shows an unnumbered document and an inferred issuer', () => {
    expect(formatReport(seed('003_20618991180704b7.txt'))).toContain('number (số, ký hiệu): văn bản không số (null)');
    const report = formatReport(seed('000_d9fba9cffce33b6e.txt'), { output: 'x.mdx', dryRun: true });
    expect(report).toContain('Cần bổ sung: number (số, ký hiệu), place (địa danh), issued (ngày ban hành), effective (ngày có hiệu lực)');
    expect(report).toContain('signer (người ký): TM. Ủy ban nhân dân, Chủ tịch Nông Văn Bộ');
    expect(report).toMatch(/Ghi chú:\n {2}• Cơ quan ban hành suy ra/u);
    expect(report).toContain('Chạy thử (--dry-run): không ghi tệp nào');
  });
});

describe('the draft hint', () => {
  it('tells the editor what the editor guide says: set draft to false, not delete the line', () => {
    const guide = readFileSync(join(PROJECT, 'docs/bien-tap.md'), 'utf8');
    expect(guide).toContain('Đổi `draft: true` thành `draft: false`');
    const report = formatReport(seed('004_25a8ec443bc39fc5.txt'), { output: 'content/directives/x.mdx', written: true, draft: true });
    expect(report).toContain('đổi thành draft: false');
    expect(report).not.toMatch(/xóa dòng/u);
  });
});
