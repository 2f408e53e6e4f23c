import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem, type Problem } from '../../src/domain/problems.ts';
import { MINIMAL_ROOT, overlayNames, overlayRoot } from '../support/fixtures.ts';

/** What each invalid fixture must produce: one precise Vietnamese problem. */
const EXPECTED: Record<string, Partial<Problem> & { file: string; pattern: RegExp }> = {
  'schema-unknown-key': { file: 'directives/tu-sai-chinh-ta.mdx', field: 'tittle', line: 11, pattern: /có phải "title"\?.*trường lạ "tittle"/ },
  'schema-bad-date': { file: 'directives/ngay-sai-dinh-dang.mdx', field: 'issued', line: 10, pattern: /một ngày có thật, dạng YYYY-MM-DD.*nhận được "19\/3\/2024"/ },
  'schema-bad-kind': { file: 'directives/loai-sai.mdx', field: 'kind', line: 2, pattern: /một trong: "chỉ thị".*nhận được "chỉ thi"/ },
  'missing-reference': { file: 'directives/tham-chieu-hong.mdx', field: 'campaigns[0].campaign', line: 12, pattern: /phong trào có trong kho.*"phong-trao-khong-ton-tai" \(không tồn tại\)/ },
  'duplicate-number': { file: 'directives/van-ban-mot.mdx', field: 'number', line: 3, pattern: /số ký hiệu chưa dùng.*"01\/CT-UBND" đã có ở directives\/trung-so\.mdx/ },
  'period-order': { file: 'directives/thoi-gian-nguoc.mdx', field: 'period.to', line: 13, pattern: /không trước ngày bắt đầu \(ngày 30 tháng 10 năm 2024\).*ngày 19 tháng 3 năm 2024/ },
  'percent-mismatch': { file: 'results/ty-le-sai.mdx', field: 'indicators[0].percent', line: 13, pattern: /43\.245\.000\/26\.281\.000 ≈ 164,55%.*nhận được 150%/ },
  'references-draft': { file: 'campaigns/tro-toi-ban-nhap.mdx', field: 'launchedBy', line: 5, pattern: /văn bản đã công bố.*"ban-nhap" là bản nháp/ },
  'issued-after-issuer-ended': { file: 'directives/sau-khi-giai-the.mdx', field: 'issued', line: 10, pattern: /trước khi UBND huyện An Lạc thôi hoạt động \(ngày 1 tháng 7 năm 2025\).*ngày 1 tháng 8 năm 2025/ },
  'previous-id-own': { file: 'campaigns/doi-ten-sai.mdx', field: 'previousIds[1]', line: 7, pattern: /tên cũ của tệp, khác tên hiện tại.*"doi-ten-sai" là tên hiện tại của chính tệp này/ },
  'previous-id-taken': { file: 'campaigns/chiem-ma.mdx', field: 'previousIds[0]', line: 6, pattern: /không còn phong trào nào dùng.*"phong-trao-a" là mã của campaigns\/phong-trao-a\.mdx/ },
  'previous-id-twice': { file: 'campaigns/doi-ten-mot.mdx', field: 'previousIds[0]', line: 6, pattern: /chỉ ghi ở một tệp.*"ten-chung" đã ghi trong previousIds của campaigns\/doi-ten-hai\.mdx/ },
  'eli-collision': { file: 'directives/van-ban-mot.mdx', field: 'number', line: 3, pattern: /đường dẫn cố định riêng.*"01\/CT-UBND" cho cùng đường dẫn \/eli\/ubnd-huyen-a\/2024\/1-ct-ubnd\/ với "1-CT\/UBND" ở directives\/cung-duong-dan\.mdx/ },
  'yaml-syntax': { file: 'directives/loi-yaml.mdx', field: '(frontmatter)', pattern: /YAML hợp lệ.*lỗi cú pháp/ },
};

describe('integrity rules', () => {
  it('accepts the valid minimal corpus', async () => {
    const { problems, entries } = await checkContent(MINIMAL_ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBe(5);
  });

  it('has an expectation for every invalid fixture', () => {
    expect(overlayNames('invalid').sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of overlayNames('invalid')) {
    it(`reports ${name} with file, line, field, expected and found`, async () => {
      const root = overlayRoot('invalid', name);
      const { problems } = await checkContent(root, { cwd: root });
      const want = EXPECTED[name]!;
      expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
      const problem = problems[0]!;
      expect(problem.file).toBe(want.file);
      if (want.field) expect(problem.field).toBe(want.field);
      if (want.line) expect(problem.line).toBe(want.line);
      expect(formatProblem(problem)).toMatch(want.pattern);
      expect(formatProblem(problem)).toMatch(/^\S+:\d+ \S.*: cần .+, nhận được .+$/);
    });
  }

  it('reports every problem of a file at once, not just the first', async () => {
    const root = overlayRoot('invalid', 'schema-unknown-key');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      `${root}/directives/nhieu-loi.mdx`,
      "---\nkind: công điện\nnumber: 10/CT-UBND\ntitle: ''\nissuer: ubnd-khong-co\nplace: An Lạc\nissued: '2024-02-30'\nsigner:\n  name: Đặng Văn Đức\n---\nNội dung.\n",
    );
    const { problems } = await checkContent(root, { cwd: root });
    const lines = problems.filter((p) => p.file === 'directives/nhieu-loi.mdx').map((p) => p.field);
    expect(lines.sort()).toEqual(['issued', 'kind', 'signer.position', 'title'].sort());
  });
});
