import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { splitFrontmatter } from '../../src/content/content-source.ts';
import { checkMdxSafety, MAX_NESTING, mayNestTooDeeply } from '../../src/domain/mdx-safety.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { PROJECT } from '../../harness/build.ts';
import { FIXTURES, overlayNames, overlayRoot } from '../support/fixtures.ts';

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

  it('survives numeric references beyond Unicode, which Markdown leaves undecoded', () => {
    expect(check('[x](&#99999999999;) <abbr title="&#x99999999999;">y</abbr>')).toEqual([]);
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
    // A Markdown backslash escape: Sätteri hands the URL over as "javascript:alert(1)".
    ['a javascript link with an escaped colon', '[x](javascript\\:alert(1))', /nhận được URL "javascript:alert\(1\)"/],
    ['an upper-case javascript link with an escaped colon', '[x](JAVASCRIPT\\:alert(1))', /nhận được URL "JAVASCRIPT:alert\(1\)"/],
    ['a reference definition with an escaped colon', '[x][a]\n\n[a]: javascript\\:alert(1)', /nhận được URL/],
    ['an image with an escaped colon', '![x](data\\:text/html;base64,PHNjcmlwdD4=)', /nhận được URL/],
    ['a vbscript link with an escaped colon', '[x](vbscript\\:msgbox(1))', /nhận được URL/],
    ['an upper-case link with a named-entity colon', '[x](JAVASCRIPT&colon;alert(1))', /nhận được URL/],
    ['a javascript link with a hex-entity tab in the scheme', '[x](java&#x09;script:alert(1))', /nhận được URL/],
    ['an upper-case link with an upper-case hex-entity tab', '[x](JAVA&#X09;SCRIPT:alert(1))', /nhận được URL/],
    ['a javascript link with a percent-encoded tab in the scheme', '[x](java%09script:alert(1))', /nhận được URL/],
    ['a javascript link with a percent-encoded colon', '[x](javascript%3Aalert(1))', /nhận được URL/],
    ['a javascript link with a percent-encoded letter', '[x](javascrip%74:alert(1))', /nhận được URL/],
    ['a data: URL image', '![x](data:text/html;base64,PHNjcmlwdD4=)', /nhận được URL/],
    ['an attribute that is not allow-listed', '<mark class="x">y</mark>', /chỉ thuộc tính: title.*thuộc tính class/],
    ['a stray "<" (MDX syntax error)', 'Tỷ lệ < 5% và {', /lỗi cú pháp MDX/],
  ])('rejects %s', (_, body, pattern) => {
    const problems = check(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(pattern);
  });
});

/** The deepest node of a body as Sätteri parses it, counted in syntax-tree levels below the root. */
function depthOf(body: string): number {
  let max = 0;
  const stack: [{ children?: unknown[] }, number][] = [[mdxToMdast(body) as never, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    max = Math.max(max, depth);
    for (const child of node.children ?? []) stack.push([child as never, depth + 1]);
  }
  return max;
}

const realBodies = [join(PROJECT, 'content'), join(FIXTURES, 'corpus')].flatMap((root) =>
  ['directives', 'campaigns', 'figures', 'results'].flatMap((collection) =>
    readdirSync(join(root, collection)).filter((f) => f.endsWith('.mdx')).map((f) => splitFrontmatter(readFileSync(join(root, collection, f), 'utf8'))!.body),
  ),
);

describe('bodies nested too deeply to render', () => {
  const check = (body: string, firstLine = 1) => checkMdxSafety(body, 'x.mdx', firstLine);
  const indented = (n: number, indent: string, marker: string) => Array.from({ length: n }, (_, i) => `${indent.repeat(i)}${marker} x`).join('\n');

  // [what, body, 1-based body line of the first node deeper than the limit]
  const hostile: [string, string, number][] = [
    ['2,000 nested quotes', `${'>'.repeat(2000)} x`, 1],
    // Each list level is two tree levels (list, item): the paragraph of level 16 (line 16) is the 33rd.
    ['a list nested 3,000 levels by indentation', indented(3000, '  ', '-'), 16],
    ['3,000 list markers on one line', `${'- '.repeat(3000)}x`, 1],
    ['an ordered list nested by tabs', indented(3000, '\t', '1.'), 16],
    ['quotes and lists in turn', `${'> - '.repeat(1000)}x`, 1],
    ['emphasis nested 1,000 levels', `${'*a '.repeat(1000)}x${' b*'.repeat(1000)}`, 1],
    ['strike-through nested 1,000 levels', `${'~a '.repeat(1000)}x${' b~'.repeat(1000)}`, 1],
    ['allow-listed elements nested 3,000 levels', `${'<sub>'.repeat(3000)}x${'</sub>'.repeat(3000)}`, 1],
  ];

  it.each(hostile)('refuses %s once, at the line where it gets too deep, naming the limit', (_, body, line) => {
    const problems = check(body, 10);
    expect(problems.map(formatProblem)).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'x.mdx', line: line + 9, field: '(nội dung)' });
    expect(formatProblem(problems[0]!)).toMatch(new RegExp(`cần nội dung lồng nhau không quá ${MAX_NESTING} cấp`));
  });

  it('counts syntax-tree levels: quotes pass up to the limit, and one more is refused', () => {
    // root > quotes > paragraph > text: the text is MAX_NESTING levels down.
    expect(depthOf(`${'>'.repeat(MAX_NESTING - 2)} x`)).toBe(MAX_NESTING);
    expect(check(`${'>'.repeat(MAX_NESTING - 2)} x`)).toEqual([]);
    expect(check(`${'>'.repeat(MAX_NESTING - 1)} x`)).toHaveLength(1);
  });

  it('still reports what is unsafe beside the deep part', () => {
    const found = check(`${'>'.repeat(100)} x\n\n<script>alert(1)</script>`).map(formatProblem);
    expect(found).toHaveLength(2);
    expect(found.join('\n')).toMatch(/thẻ <script>/);
  });

  it('leaves real documents far below the limit', () => {
    const deepest = Math.max(...realBodies.map(depthOf));
    expect(deepest).toBeLessThanOrEqual(8);
    expect(MAX_NESTING).toBeGreaterThanOrEqual(3 * deepest);
  });

  /** Nestings of every kind at and around the limit, as an editor or an attacker could write them. */
  const near = [MAX_NESTING - 8, MAX_NESTING - 4, MAX_NESTING - 2, MAX_NESTING, MAX_NESTING + 1, 2 * MAX_NESTING].flatMap((n) => [
    `${'>'.repeat(n)} x`,
    `${'> '.repeat(n)}x`,
    `${'- '.repeat(n)}x`,
    `${'* '.repeat(n)}x`,
    `${'+\t'.repeat(n)}x`,
    `${'1. '.repeat(n)}x`,
    `${'1) '.repeat(n)}x`,
    indented(n, '  ', '-'),
    indented(n, '   ', '1.'),
    indented(n, '\t', '-'),
    Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + `\n${'  '.repeat(n)}x`,
    `${'> - '.repeat(n)}x`,
    `[^a]: ${'> '.repeat(n)}x\n\ny[^a]`,
    `${'- [^a]: '.repeat(n / 2)}x\n\ny[^a]`,
    `${'*a '.repeat(n)}x${' b*'.repeat(n)}`,
    `${'_a '.repeat(n)}x${' b_'.repeat(n)}`,
    `${'**a '.repeat(n)}x${' b**'.repeat(n)}`,
    `${'~a '.repeat(n)}x${' b~'.repeat(n)}`,
    `${'*'.repeat(n)}x${'*'.repeat(n)}`,
    `${'*a\n'.repeat(n)}x${'\nb*'.repeat(n)}`,
    `${'> '.repeat(n / 2)}${'*a '.repeat(n / 2)}[x](/a/)${' b*'.repeat(n / 2)}`,
    `${'- '.repeat(n / 4)}| ${'*a '.repeat(n / 2)}x${' b*'.repeat(n / 2)} |\n${'  '.repeat(n / 4)}|---|`,
  ]);

  it('sends every body that could nest too deeply to the full parse, so none slips past the check', () => {
    const tooDeep = near.filter((body) => depthOf(body) > MAX_NESTING);
    expect(tooDeep.length).toBeGreaterThan(40);
    const missed = tooDeep.filter((body) => !mayNestTooDeeply(body));
    expect(missed).toEqual([]);
    for (const body of tooDeep) expect(check(body), body.slice(0, 40)).toHaveLength(1);
  });

  it('keeps the cheap path for every real document', () => {
    expect(realBodies.length).toBeGreaterThan(50);
    expect(realBodies.filter(mayNestTooDeeply)).toEqual([]);
  });
});
