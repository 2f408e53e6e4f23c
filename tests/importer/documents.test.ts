/**
 * The fixtures written for issue 17 (a Party committee's hướng dẫn as .docx
 * and as Word's web page, a UBND decision with nested authority, a web page
 * copy with its furniture, a Tỉnh ủy plan copied from a PDF), read as `npm run import` reads them, and the
 * field-by-field scorecard over every fixture (tests/importer/scorecard.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkMdxSafety } from '../../src/domain/mdx-safety.ts';
import { directiveSchema } from '../../src/domain/schema/index.ts';
import { DOCUMENTS, SCORED_FIELDS, scoreAll, scoreDocument, scorecardTable } from './scorecard.ts';

const NEW_DOCUMENTS = DOCUMENTS.filter(([document]) => !document.startsWith('seeds/') && document !== 'ke-hoach.docx');

describe.each(NEW_DOCUMENTS)('%s', (document, expectedName) => {
  const scored = scoreDocument(document, expectedName);

  it.each(SCORED_FIELDS)('%s is what the document states', async (field) => {
    const { result, expected } = await scored;
    expect((result.frontmatter as Record<string, unknown>)[field]).toEqual((expected.frontmatter as Record<string, unknown>)[field]);
  });

  it('lists exactly the fields the document does not state as missing, and proposes no campaign it has', async () => {
    const { result, expected } = await scored;
    expect(result.missing).toEqual(expected.missing);
    expect(result.proposals).toEqual(expected.proposals);
  });

  it('extracts only values the schema accepts, and a body that passes the MDX safety check', async () => {
    const { result } = await scored;
    for (const [field, value] of Object.entries(result.frontmatter)) {
      const schema = directiveSchema.shape[field as keyof typeof directiveSchema.shape];
      expect(schema.safeParse(value).success, `${field}: ${JSON.stringify(value)}`).toBe(true);
    }
    expect(checkMdxSafety(result.body, `${expectedName}.mdx`, 1)).toEqual([]);
  });

  it('keeps header, signature, page and web furniture out of the body', async () => {
    const { result } = await scored;
    expect(result.body).not.toMatch(
      /CỘNG HÒA|ĐẢNG CỘNG SẢN|Nơi nhận|Tải về|In trang|Lượt xem|Trang chủ|Trang \d|Cổng thông tin|Bản quyền|Văn bản mới|Tìm kiếm|KT\. CHỦ TỊCH|T\/M|<script|dataLayer|window\./u,
    );
    expect(result.body).not.toMatch(/- Kế hoạch số \d+|^- \d+ -$/mu);
    expect(result.body).not.toContain((result.frontmatter.signer?.name ?? '(no signer)').toString());
  });
});

describe('the documents in detail', () => {
  it('reads the .docx and the Word web page of the same Party document alike, header cells clean', async () => {
    const [docx, html] = await Promise.all([
      scoreDocument('huong-dan-huyen-uy.docx', 'huong-dan-huyen-uy'),
      scoreDocument('huong-dan-huyen-uy.html', 'huong-dan-huyen-uy'),
    ]);
    expect(html.result.frontmatter).toEqual(docx.result.frontmatter);
    expect(html.result.body).toBe(docx.result.body);
    expect(docx.result.body).toContain('| STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2025 |\n| --- | --- | --- | --- |');
    // The report the footnote cites stays a footnote and is not basis.
    expect(docx.result.body).toMatch(/năm 2024\[\^1\], Ban Thường vụ/u);
    expect(docx.result.body).toMatch(/\[\^1\]: Báo cáo số 215-BC\/HU/u);
  });

  it('rejoins the web page paragraph its page break and running footer split', async () => {
    const { result } = await scoreDocument('trang-web-ke-hoach.html', 'trang-web-ke-hoach');
    expect(result.body).toContain('đổi mới sáng tạo của doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn huyện.');
  });

  it('names the nested "KT. Chủ tịch" of the decision in the notes', async () => {
    const { result } = await scoreDocument('quyet-dinh-ubnd.docx', 'quyet-dinh-ubnd');
    expect(result.notes).toEqual([expect.stringMatching(/“KT\. Chủ tịch”.*TM\. Ủy ban nhân dân/u)]);
  });
});

describe('scorecard over every fixture', () => {
  it('has no wrong or guessed field, and no field that is neither found nor listed as missing', async () => {
    const rows = await scoreAll();
    expect(rows.map((r) => r.document)).toEqual(DOCUMENTS.map(([d]) => d));
    const bad = rows.flatMap((r) =>
      Object.entries(r.scores)
        .filter(([, score]) => score === 'wrong' || score === 'guessed' || score === 'unlisted')
        .map(([field, score]) => `${r.document} ${field}: ${score}`),
    );
    expect(bad).toEqual([]);
    expect(scorecardTable(rows)).toMatch(/SAI 0 · ĐOÁN 0 · không đọc 0$/u);
  });
});
