/**
 * Reading input files: a real .docx through mammoth (fixture generated once by
 * fixtures/make-fixtures.py), UTF-8/UTF-16 text, and the errors editors see.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDirective } from '../../src/editor/importer/extract.ts';
import { htmlToMarkdown } from '../../src/editor/importer/html-to-markdown.ts';
import { ImportError, readInput } from '../../src/editor/importer/read.ts';
import { checkMdxSafety } from '../../src/domain/mdx-safety.ts';
import { CONTEXT, EXPECTED, FIXTURES } from './context.ts';

const DOCX = join(FIXTURES, 'ke-hoach.docx');
const scratch = () => mkdtempSync(join(tmpdir(), 'archive-import-read-'));

describe('.docx round trip', () => {
  it('converts Word formatting to light Markdown', async () => {
    const { text, format } = await readInput(DOCX);
    expect(format).toBe('docx');
    expect(text).toContain('**KẾ HOẠCH**');
    expect(text).toContain('*Hữu Lũng, ngày 05 tháng 4 năm 2024*');
    expect(text).toContain('các ngày lễ lớn<sup>1</sup>.');
    expect(text).toContain('| Chỉ tiêu | Kế hoạch |\n| --- | --- |\n| Doanh nghiệp mới | 50 |\n| Hợp tác xã | 3 \\| 4 |');
    // Footnotes come last, as "<sup>n</sup> text" paragraphs, without mammoth's back-link.
    expect(text.endsWith('<sup>1</sup> Báo cáo số 120/BC-UBND ngày 15/3/2024 của UBND huyện Hữu Lũng về kết quả năm 2023.')).toBe(true);
    expect(text).not.toContain('↑');
  });

  it('extracts the same fields as from a text transcription', async () => {
    const { text } = await readInput(DOCX);
    const r = extractDirective(text, CONTEXT);
    const expected = JSON.parse(readFileSync(join(EXPECTED, 'ke-hoach.json'), 'utf8')) as { frontmatter: unknown; missing: string[] };
    expect(r.frontmatter).toEqual(expected.frontmatter);
    expect(r.missing).toEqual(expected.missing);
    expect(checkMdxSafety(r.body, 'ke-hoach.mdx', 1)).toEqual([]);
    expect(r.body).toContain('## I. MỤC ĐÍCH, YÊU CẦU');
    expect(r.body).toContain('dùng ký hiệu \\{x\\} hoặc \\<script> trong văn bản; tỷ lệ a \\< b.');
    expect(r.body).toContain('các ngày lễ lớn[^1].');
    expect(r.body).toMatch(/\[\^1\]: Báo cáo số 120\/BC-UBND .*\n$/u);
    expect(r.body).not.toMatch(/Nơi nhận|Nguyễn Văn An|CỘNG HÒA/u);
  });
});

describe('htmlToMarkdown', () => {
  it('flattens layout tables and keeps data tables as GFM', () => {
    const md = htmlToMarkdown(
      '<table><tr><td><p>ỦY BAN NHÂN DÂN</p></td><td><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong></p></td></tr></table>' +
        '<table><tr><td><p>A</p></td><td><p>B</p></td></tr><tr><td><p>1</p></td><td><p>2<br />3</p></td></tr></table>',
    );
    expect(md).toBe('ỦY BAN NHÂN DÂN\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n| A | B |\n| --- | --- |\n| 1 | 2<br />3 |');
  });

  it('writes lists, emphasis that hugs its text, safe links only, and decodes entities', () => {
    const md = htmlToMarkdown(
      '<ul><li>Một</li><li>Hai<ol><li>Con</li></ol></li></ul><p><strong>PHÁT ĐỘNG </strong>và <em>nghiêng</em> &amp; a &lt; b <a href="https://x.vn">web</a> <a href="javascript:alert(1)">xấu</a><img src="data:x" /></p>',
    );
    expect(md).toBe('- Một\n- Hai\n   1. Con\n\n**PHÁT ĐỘNG** và *nghiêng* & a < b [web](https://x.vn) xấu');
  });
});

describe("htmlToMarkdown on HTML that is not mammoth's", () => {
  it('writes header cells without a redundant **…**, and keeps bold inside a body cell', () => {
    const md = htmlToMarkdown(
      '<table><thead><tr><th><strong>STT</strong></th><th><p><b>Chỉ tiêu</b></p></th><th><b>Năm</b> 2025</th></tr></thead>' +
        '<tbody><tr><td>1</td><td><b>Đảng viên mới</b></td><td>150</td></tr></tbody></table>',
    );
    expect(md).toBe('| STT | Chỉ tiêu | **Năm** 2025 |\n| --- | --- | --- |\n| 1 | **Đảng viên mới** | 150 |');
  });

  it("drops a saved page's scripts, navigation, header, footer and forms, and reads nested containers block by block", () => {
    const md = htmlToMarkdown(
      '<!doctype html><html><head><title>Cổng</title><script>alert(1)</script><style>p{}</style></head><body>' +
        '<header>Cổng thông tin điện tử</header><nav><a href="/">Trang chủ</a></nav><form><input><button>Tìm</button></form>' +
        '<div class="noi-dung"><div><p>Đoạn một</p><p>Đoạn hai<br>dòng hai</p></div><div>Lời cuối</div></div>' +
        '<aside>Văn bản khác</aside><footer>Bản quyền</footer><script>document.write(1)</script></body></html>',
    );
    expect(md).toBe('Đoạn một\n\nĐoạn hai\ndòng hai\n\nLời cuối');
  });

  it('turns a hostile page into text that the MDX safety check accepts, with no element or expression left', async () => {
    const dir = scratch();
    const page =
      '<!doctype html><body><p>Số: 12/CT-UBND</p><p><b>CHỈ THỊ</b></p><p><b>Về việc thi đua</b></p>' +
      '<p>Đoạn <img src=x onerror="alert(1)"> <a href="javascript:alert(2)">bấm</a> &lt;script&gt;alert(3)&lt;/script&gt; {process.exit()}.</p>' +
      '<svg onload="alert(4)"><text>vẽ</text></svg><iframe src="https://x.vn"></iframe><p onclick="alert(5)">import x from "y"</p>' +
      '<script>alert(6)</script><style>*{}</style><noscript>tắt</noscript></body>';
    writeFileSync(join(dir, 'doc.html'), page);
    const { text, format } = await readInput(join(dir, 'doc.html'));
    expect(format).toBe('html');
    expect(text).not.toMatch(/alert\((?:1|2|4|5|6)\)|onerror|onclick|javascript:|<svg|<iframe|tắt|vẽ/u);
    const { body } = extractDirective(text, CONTEXT);
    expect(checkMdxSafety(body, 'doc.mdx', 1)).toEqual([]);
    expect(body).toContain('\\<script>alert(3)\\</script> \\{process.exit()\\}');
    expect(body).toMatch(/^&#105;mport x from "y"$/mu);
  });

  it('reads only the <main> or <article> of a page that has one', () => {
    expect(htmlToMarkdown('<!doctype html><body><div>Tin nổi bật</div><article><p>Văn bản</p></article></body>')).toBe('Văn bản');
  });

  it('turns Word\'s "save as web page" footnotes into <sup>n</sup> markers and notes', () => {
    const md = htmlToMarkdown(
      '<p>năm 2024<a href="#_ftn1" name="_ftnref1"><span class="MsoFootnoteReference">[1]</span></a>, Ban Thường vụ</p>' +
        '<div><div id="ftn1"><p><a href="#_ftnref1" name="_ftn1"><span>[1]</span></a> Báo cáo số 215-BC/HU.</p></div></div>',
    );
    expect(md).toBe('năm 2024<sup>1</sup>, Ban Thường vụ\n\n<sup>1</sup> Báo cáo số 215-BC/HU.');
  });
});

describe('readInput', () => {
  it('reads UTF-8 (with BOM) and UTF-16 text files, normalised', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), `\uFEFF${'Hữu  Lũng\r\n'.normalize('NFD')}`);
    expect((await readInput(join(dir, 'a.txt'))).text).toBe('Hữu Lũng');
    writeFileSync(join(dir, 'b.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Cẩm Mỹ', 'utf16le')]));
    const md = await readInput(join(dir, 'b.md'));
    expect(md).toMatchObject({ text: 'Cẩm Mỹ', format: 'md' });
  });

  it.each([
    ['van-ban.pdf', /Định dạng không được hỗ trợ: .*van-ban\.pdf\. Chỉ nhận tệp \.docx, \.html, \.txt hoặc \.md/u],
    ['van-ban.doc', /Word 97–2003.*lưu lại dạng \.docx/u],
    ['khong-co.txt', /Không đọc được tệp .*khong-co\.txt: không tìm thấy tệp/u],
  ])('refuses %s with a Vietnamese message', async (name, message) => {
    const dir = scratch();
    if (name.endsWith('.pdf') || name.endsWith('.doc')) writeFileSync(join(dir, name), 'x');
    await expect(readInput(join(dir, name))).rejects.toThrow(message);
    await expect(readInput(join(dir, name))).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses a corrupt .docx and a legacy-encoded .txt', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'hong.docx'), 'không phải zip');
    await expect(readInput(join(dir, 'hong.docx'))).rejects.toThrow(/Không đọc được tệp Word .*hong\.docx/u);
    writeFileSync(join(dir, 'tcvn3.txt'), Buffer.from([0x48, 0xb8, 0xa9, 0x20, 0xff, 0xfe, 0x41]));
    await expect(readInput(join(dir, 'tcvn3.txt'))).rejects.toThrow(/không phải văn bản UTF-8/u);
  });
});
