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
  'replaced-by-older': { file: 'directives/thay-the-truoc.mdx', field: 'relations[0].directive', line: 13, pattern: /ban hành không sau văn bản này \(ngày 10 tháng 1 năm 2024\).*"van-ban-mot" ban hành ngày 19 tháng 3 năm 2024/ },
  'replacement-loop': { file: 'directives/vong-thay-the-a.mdx', field: 'relations[0].directive', line: 13, pattern: /không quay vòng.*"vong-thay-the-a" → "vong-thay-the-b" → "vong-thay-the-c" → "vong-thay-the-a"/ },
  'expires-before-effective': { file: 'directives/het-truoc-hieu-luc.mdx', field: 'expires', line: 12, pattern: /sau ngày có hiệu lực \(ngày 10 tháng 4 năm 2024\).*ngày 5 tháng 4 năm 2024/ },
  'effective-before-issued': { file: 'directives/hieu-luc-hoi-to.mdx', field: 'effective', line: 11, pattern: /không trước ngày ban hành \(ngày 1 tháng 4 năm 2024\).*trở về trước.*ngày 1 tháng 3 năm 2024/ },
  // Names only the number the editor typed, never the draft that has it.
  'relation-to-draft': { file: 'directives/sua-doi-theo-so.mdx', field: 'relations[0].number', line: 13, pattern: /^(?!.*(?:du-thao-sua-doi|tuyệt mật)).*văn bản đã công bố.*"17\/KH-UBND" chỉ trùng số của một văn bản chưa công bố/ },
  'relation-missing': { file: 'directives/huong-dan-khong-ton-tai.mdx', field: 'relations[0].directive', line: 13, pattern: /văn bản có trong kho.*"chi-thi-khong-co" \(không tồn tại\)/ },
  'relation-to-itself': { file: 'directives/tu-dinh-chinh.mdx', field: 'relations[0].directive', line: 13, pattern: /một văn bản khác văn bản này.*"tu-dinh-chinh" \(chính văn bản này\)/ },
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

  it('reports a relation naming both an id and a number, one by its own number, and a loop of two replacements once', async () => {
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const root = mkdtempSync(`${(await import('node:os')).tmpdir()}/archive-relations-`);
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    const head = 'kind: chỉ thị\ntitle: Về việc kiểm tra\nissuer: ubnd-huyen-a\nplace: An Lạc\nissued: null\nsigner:\n  name: Đặng Văn Đức\n  position: Chủ tịch\n';
    const write = (id: string, number: string, relation: string) =>
      writeFileSync(`${root}/directives/${id}.mdx`, `---\n${head}number: ${number}\nrelations:\n  - type: thay thế\n    ${relation}\n---\nNội dung.\n`);
    write('tu-so', '21/CT-UBND', 'number: 021/ct-ubnd');
    write('vong-mot', '22/CT-UBND', 'directive: vong-hai');
    write('vong-hai', '23/CT-UBND', 'number: 22/CT-UBND');
    write('ca-hai', '24/CT-UBND', 'directive: vong-mot\n    number: 22/CT-UBND');
    const { problems } = await checkContent(root, { cwd: root });
    expect(problems.map(formatProblem)).toEqual([
      'directives/ca-hai.mdx:13 relations[0].directive: cần mã văn bản trong kho (`directive`) hoặc số ký hiệu (`number`) của văn bản bị tác động, một trong hai, nhận được "vong-mot"',
      'directives/tu-so.mdx:13 relations[0].number: cần số ký hiệu của một văn bản khác văn bản này, nhận được "021/ct-ubnd" (số của chính văn bản này)',
      expect.stringMatching(/^directives\/vong-(?:mot|hai)\.mdx:13 relations\[0\]\.(?:directive|number): cần một chuỗi thay thế không quay vòng/),
    ]);
  });
});
