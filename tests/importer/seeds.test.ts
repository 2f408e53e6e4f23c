/**
 * The five real documents, field by field, against frontmatter written by
 * hand from reading each document (tests/importer/expected/*.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../src/domain/schema/index.ts';
import { extractDirective, FIELD_ORDER } from '../../src/editor/importer/extract.ts';
import type { ImportedFrontmatter } from '../../src/editor/importer/extract.ts';
import { checkMdxSafety } from '../../src/domain/mdx-safety.ts';
import { CONTEXT, EXPECTED, SEEDS } from './context.ts';

interface Expected {
  source: string;
  frontmatter: ImportedFrontmatter;
  missing: string[];
  proposals: { campaigns: string[] };
}

const SEED_IDS = ['000', '001', '002', '003', '004'];
const load = (id: string) => {
  const expected = JSON.parse(readFileSync(join(EXPECTED, `${id}.json`), 'utf8')) as Expected;
  const text = readFileSync(join(SEEDS, expected.source), 'utf8');
  return { expected, text, result: extractDirective(text, CONTEXT) };
};
const EXTRACTED_FIELDS = FIELD_ORDER.filter((f) => f !== 'fields' && f !== 'attachments');

describe.each(SEED_IDS)('seed %s', (id) => {
  const { expected, text, result } = load(id);
  const fm = result.frontmatter as Record<string, unknown>;
  const want = expected.frontmatter as Record<string, unknown>;

  it.each(EXTRACTED_FIELDS)('%s', (field) => {
    expect(fm[field]).toEqual(want[field]);
  });

  it('lists exactly the fields the text does not state as missing', () => {
    expect(result.missing).toEqual(expected.missing);
  });

  it('has no key it lists as missing, and keys in schema order', () => {
    for (const field of result.missing) expect(fm, field).not.toHaveProperty(field.split('.')[0]!);
    expect(Object.keys(fm)).toEqual(Object.keys(want));
    const order = Object.keys(fm).map((k) => FIELD_ORDER.indexOf(k as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('proposes exactly the quoted campaigns the archive does not have', () => {
    expect(result.proposals).toEqual(expected.proposals);
  });

  it('extracts only values the schema accepts', () => {
    for (const [field, value] of Object.entries(fm)) {
      const schema = directiveSchema.shape[field as keyof typeof directiveSchema.shape];
      expect(schema.safeParse(value).success, `${field}: ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('writes a body that passes the MDX safety check', () => {
    expect(checkMdxSafety(result.body, `${id}.mdx`, 1)).toEqual([]);
  });

  it('keeps the header, recipients and signature out of the body', () => {
    expect(result.body).not.toMatch(/Nơi nhận|CỘNG HÒA XÃ HỘI|Độc lập - Tự do|^---$|Lưu: VT/mu);
    const name = (want['signer'] as { name: string }).name;
    expect(result.body).not.toContain(name);
    expect(result.body.startsWith('\n')).toBe(false);
    // Every numbered item of the original is still there.
    for (const m of text.matchAll(/^(\d{1,2})\. \S+/gmu)) expect(result.body).toContain(m[0]);
  });
});

describe('seed bodies', () => {
  it('turns section headings into ## without bold (001: "## **I. …**", "### **III. …:**")', () => {
    const { result } = load('001');
    expect(result.body).toMatch(/^## I\. MỤC TIÊU$/mu);
    expect(result.body).toMatch(/^## II\. NỘI DUNG THI ĐUA$/mu);
    expect(result.body).toMatch(/^## III\. THỜI GIAN THI ĐUA:$/mu);
    expect(result.body).not.toMatch(/\*\*[IV]+\./u);
  });

  it('turns plain "I. MỤC TIÊU THI ĐUA" lines into headings (004)', () => {
    const { result } = load('004');
    expect(result.body).toMatch(/^## I\. MỤC TIÊU THI ĐUA$/mu);
    expect(result.body).toMatch(/^## IV\. TỔ CHỨC THỰC HIỆN$/mu);
  });

  it('moves footnotes to the end as GFM footnotes (001)', () => {
    const { result } = load('001');
    expect(result.body).toContain('một số chỉ tiêu đã hoàn thành khác[^1].');
    expect(result.body).toContain('đã được đề ra từ đầu năm[^2].');
    expect(result.body).toMatch(/\[\^1\]: Báo cáo 657\/BC-UBND ngày 19\/10\/2022 .*\n\[\^2\]: Chỉ thị số 01\/CT-UBND .*\n$/u);
    expect(result.body).not.toContain('<sup>');
  });

  it('rejoins paragraphs a page break split (000, 001, 004)', () => {
    expect(load('000').result.body).toContain('theo hướng sản xuất hàng hoá; tiếp tục huy động mọi nguồn lực');
    const b001 = load('001').result.body;
    expect(b001).toContain('thi đua phát triển kinh tế - xã hội; thích ứng an toàn linh hoạt');
    expect(b001).toContain('trong Kế hoạch phát triển kinh tế - xã hội 5 năm');
    expect(load('004').result.body).toContain('“Chuyên nghiệp, trách nhiệm, năng động, minh bạch');
  });

  it('keeps the target list as one list once the footnote between its items is moved (001)', () => {
    const { result } = load('001');
    expect(result.body).toContain(
      '- Tổng vốn đầu tư toàn xã hội tăng 15%.\n- Thành lập mới hợp tác xã: 02 hợp tác xã.\n- Chỉ tiêu giảm tỷ lệ hộ nghèo: 3,0%;',
    );
  });

  it('keeps lettered items and emphasis (002, 003)', () => {
    expect(load('002').result.body).toMatch(/^a\) Thủ trưởng các cơ quan/mu);
    expect(load('002').result.body).toMatch(/^e\) Cơ quan Thường trực/mu);
    expect(load('003').result.body).toContain('*“tiếp tục đổi mới công tác thi đua, khen thưởng”*');
  });

  it('starts the body right after the title', () => {
    expect(load('003').result.body.startsWith('Năm 2022 có ý nghĩa quan trọng')).toBe(true);
    expect(load('004').result.body.startsWith('Thực hiện kế hoạch số 16/KH-UBND')).toBe(true);
    expect(load('002').result.body.startsWith('Nhằm phát huy kết quả đã đạt được')).toBe(true);
  });

  it('says how an inferred issuer was found, and why a start date is unknown', () => {
    expect(load('000').result.notes.join('\n')).toMatch(/suy ra từ “Chủ tịch Ủy ban nhân dân huyện phát động” .*huyện Trùng Khánh/u);
    expect(load('002').result.notes.join('\n')).toMatch(/huyện Cẩm Mỹ/u);
    expect(load('001').result.notes.join('\n')).toMatch(/period\.from để trống/u);
    expect(load('003').result.notes.join('\n')).toMatch(/không số/u);
  });
});
