import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { checkMdxSafety } from '../../src/lib/mdx-safety.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { overlayNames, overlayRoot } from '../support/fixtures.ts';

/** Each unsafe fixture: the line of the offending construct and the message naming it. */
const EXPECTED: Record<string, { line: number; pattern: RegExp }> = {
  import: { line: 15, pattern: /không import\/export, nhận được câu lệnh import\/export/ },
  export: { line: 15, pattern: /không import\/export, nhận được câu lệnh import\/export/ },
  expression: { line: 15, pattern: /không biểu thức JavaScript, nhận được biểu thức \{…\}/ },
  script: { line: 15, pattern: /không dùng thẻ nguy hiểm, nhận được thẻ <script>/ },
  style: { line: 15, pattern: /không dùng thẻ nguy hiểm, nhận được thẻ <style>/ },
  'event-handler': { line: 15, pattern: /không có thuộc tính sự kiện on…, nhận được thuộc tính onclick/ },
  'javascript-url': { line: 15, pattern: /liên kết http\(s\).*nhận được URL "javascript:alert\(document\.cookie\)"/ },
  iframe: { line: 15, pattern: /không dùng thẻ nguy hiểm, nhận được thẻ <iframe>/ },
};

describe('MDX that cannot run code', () => {
  it('has an expectation for every unsafe fixture', () => {
    expect(overlayNames('unsafe-mdx')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of overlayNames('unsafe-mdx')) {
    it(`rejects ${name} with a clear message at its line`, async () => {
      const root = overlayRoot('unsafe-mdx', name);
      const { problems } = await checkContent(root, { cwd: root });
      const lines = problems.map(formatProblem);
      expect(lines, lines.join('\n')).toHaveLength(1);
      expect(problems[0]!.file).toBe('directives/khong-an-toan.mdx');
      expect(problems[0]!.field).toBe('(nội dung)');
      expect(problems[0]!.line).toBe(EXPECTED[name]!.line);
      expect(lines[0]).toMatch(EXPECTED[name]!.pattern);
    });
  }

  const check = (body: string) => checkMdxSafety(body, 'x.mdx', 1).map(formatProblem);

  it('accepts Markdown, GFM tables and footnotes, inert elements and allow-listed components', () => {
    const body = [
      '## I. MỤC TIÊU',
      '',
      '1. Thi đua *đổi mới* và **sáng tạo**[^1].',
      '',
      '| Chỉ tiêu | Kế hoạch |',
      '|---|---|',
      '| Thu nhập | 31.410.000 |',
      '',
      'Lưu: VT, NV<sub>(M)</sub>; <abbr title="Ủy ban nhân dân">UBND</abbr>.',
      '',
      '<GhiChu>Bản scan trang 2 bị mờ.</GhiChu>',
      '',
      'Dấu nhỏ hơn viết thoát: 5 \\< 7, ngoặc \\{ \\}. Xem [Cổng thông tin](https://chinhphu.vn/).',
      '',
      '[^1]: Chú thích.',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  it.each([
    ['an unknown component', '<DangerZone />', /chỉ các thẻ cho phép.*nhận được thẻ <DangerZone>/],
    ['a raw anchor', '<a href="https://x.vn">x</a>', /nhận được thẻ <a>/],
    ['an image with onerror', '<img src="x" onerror="alert(1)" />', /nhận được thẻ <img>/],
    ['a spread attribute', '<GhiChu {...props}>x</GhiChu>', /thuộc tính dạng tên="giá trị".*biểu thức/],
    ['an expression attribute', '<abbr title={secret}>x</abbr>', /biểu thức \{…\} ở thuộc tính title/],
    ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))', /nhận được URL/],
    ['a mixed-case javascript: link', '[x](JaVaScRiPt:alert(1))', /nhận được URL/],
    ['a javascript link with a named-entity colon', '[x](javascript&colon;alert(1))', /nhận được URL/],
    ['a javascript link with a tab in the scheme', '[x](java&Tab;script:alert(1))', /nhận được URL/],
    ['a javascript: reference definition', '[x][a]\n\n[a]: javascript:alert(1)', /nhận được URL/],
    ['a data: URL image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /nhận được URL/],
    ['an attribute that is not allow-listed', '<mark class="x">y</mark>', /chỉ thuộc tính: title.*thuộc tính class/],
    ['a stray "<" (MDX syntax error)', 'Tỷ lệ < 5% và {', /lỗi cú pháp MDX/],
  ])('rejects %s', (_, body, pattern) => {
    const problems = check(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(pattern);
  });
});
