import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content/content-source.ts';
import { checkMdxSafety, MAX_NESTING } from '../../src/domain/mdx-safety.ts';
import { citableParts } from '../../src/render/citable-parts.ts';
import { renderBody } from '../../src/render/render-body.ts';
import { PROJECT } from '../../harness/build.ts';
import { FIXTURES } from '../support/fixtures.ts';

describe('renderBody', () => {
  const html = (src: string) => renderBody(src).html;

  it('renders GFM tables and footnotes under Vietnamese labels', () => {
    const out = html('Có chú thích[^1].\n\n| A | B |\n|---|--:|\n| x | 1 |\n\n[^1]: Ghi chú.\n');
    expect(out).toContain('<h2 class="footnotes-title" id="footnote-label">Chú thích</h2>');
    expect(out).toContain('aria-label="Quay lại chỗ dẫn chú thích 1"');
    expect(out).toContain('<td class="align-right">1</td>');
    expect(out).not.toMatch(/Footnotes|Back to reference|style=/);
  });

  it('keeps allow-listed elements with allowed attributes only, and turns GhiChu into a note', () => {
    const out = html('NV<sub>(M)</sub>, <abbr title="Ủy ban nhân dân" onclick="x()">UBND</abbr>.\n\n<GhiChu>Bản scan **mờ**.</GhiChu>\n');
    expect(out).toContain('NV<sub>(M)</sub>, <abbr title="Ủy ban nhân dân">UBND</abbr>.');
    expect(out).toContain('<aside class="note" aria-label="Ghi chú của ban biên tập">Bản scan <strong>mờ</strong>.</aside>');
  });

  it('drops whatever the allow-list does not name, even if the check was bypassed', () => {
    const out = html(
      'a <DangerZone>x</DangerZone> {1 + 1} [b](javascript:alert(1)) [c](JAVASCRIPT\\:alert(1)) [d](java&#x09;script&colon;alert(1))\n\n<script>alert(1)</script>\n\nimport x from "y"\n',
    );
    expect(out).not.toMatch(/DangerZone|script|javascript|import|\{|2/i);
    expect(out).toContain('<a>b</a> <a>c</a> <a>d</a>');
  });

  it('renders 20,000 headings with the same text, each with its own id', () => {
    // The first-free numbering was quadratic (27 to 71 s here; 0.34 s now). Its linearity is
    // counted, not timed, in rehype-document.test.ts.
    const { outline } = renderBody('## Mục y\n\n'.repeat(20_000));
    expect(outline.map((h) => h.id).slice(-2)).toEqual(['muc-muc-y-19999', 'muc-muc-y-20000']);
    expect(new Set(outline.map((h) => h.id)).size).toBe(20_000);
  });

  it('survives numeric references beyond Unicode in a link', () => {
    expect(html('[x](&#99999999999;)')).toBe('<p><a href="&#x26;#99999999999;">x</a></p>');
  });

  it('reports headings in its outline with their ASCII ids', () => {
    expect(renderBody('## I. MỤC TIÊU\n\nx\n\n## II. NỘI DUNG THI ĐUA\n\n### Đối tượng\n').outline).toEqual([
      { depth: 2, id: 'muc-i', text: 'I. MỤC TIÊU' },
      { depth: 2, id: 'muc-ii', text: 'II. NỘI DUNG THI ĐUA' },
      { depth: 3, id: 'muc-doi-tuong', text: 'Đối tượng' },
    ]);
  });
});

/**
 * The check refuses bodies nested deeper than MAX_NESTING, but rendering is
 * default-deny: a body that reached it anyway (the check bypassed, a bug)
 * must not kill the build with "Maximum call stack size exceeded".
 */
describe('renderBody on bodies nested too deeply', () => {
  const indented = (n: number) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- x`).join('\n');
  // Deeper than the 2,000 levels that overflowed the build: how deep a stack reaches depends on what the JIT has optimised.
  it.each([
    ['10,000 nested quotes', `${'>'.repeat(10_000)} x`],
    ['a list nested 3,000 levels by indentation', indented(3000)],
    ['5,000 list markers on one line', `${'- '.repeat(5000)}x`],
    ['emphasis nested 10,000 levels', `${'*'.repeat(20_000)}x${'*'.repeat(20_000)}`],
    ['allow-listed elements nested 10,000 levels', `${'<sub>'.repeat(10_000)}x${'</sub>'.repeat(10_000)}`],
    [
      'headings and tables deep inside quotes',
      `${'> '.repeat(5000)}## x\n${'> '.repeat(5000)}\n${'> '.repeat(5000)}| x |\n${'> '.repeat(5000)}|---|`,
    ],
  ])('renders %s without overflowing the stack, keeping its text', (_, body) => {
    const { html } = renderBody(body);
    expect(html).toContain('x');
    expect(checkMdxSafety(body, 'x.mdx', 1)).not.toEqual([]);
  });

  it('drops the script links of what it flattens', () => {
    const { html } = renderBody(`${'>'.repeat(10_000)} [x](javascript:alert(1)) <GhiChu>y</GhiChu> {1 + 1}`);
    expect(html).toContain('x');
    expect(html).not.toMatch(/javascript|alert|\{|2/);
  });

  it('renders whatever the check accepts in full, however deep', () => {
    // At the limit (the link text is MAX_NESTING levels down): quotes, lists, a table with a footnote reference, a footnote.
    const body = `${'> '.repeat(MAX_NESTING - 9)}- - *a **b [c](/van-ban/x/) \`d\`** e*[^1]\n\n${'> '.repeat(MAX_NESTING - 9)}| *x[^1]* |\n${'> '.repeat(MAX_NESTING - 9)}|---|\n\n[^1]: - > - *y*\n`;
    expect(checkMdxSafety(body, 'x.mdx', 1)).toEqual([]);
    const { html } = renderBody(body);
    expect(html.match(/<blockquote>/g)).toHaveLength(2 * (MAX_NESTING - 9) + 1);
    expect(html).toContain('<em>a <strong>b <a href="/van-ban/x/">c</a> <code>d</code></strong> e</em>');
    expect(html).toMatch(/<section class="table-scroll"[^>]*><table>\n<thead>\n<tr>\n<th><em>x<sup>/);
    expect(html).toMatch(/<li>\n<blockquote>\n<ul>\n<li><em>y<\/em><\/li>/);
  });
});

/**
 * Sätteri replaced unified + remark-gfm for speed (docs/performance.md, "Body rendering"); on
 * every real and fixture body it must give the same text and the same
 * element structure as that reference pipeline.
 */
describe('Sätteri gives the unified + remark-gfm output', () => {
  const reference = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkRehype, { footnoteLabel: 'Chú thích', clobberPrefix: 'chu-thich-' });
  const shape = (tree: Root) => {
    const tags: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (!(node.tagName === 'section' && node.properties.className?.toString().includes('table-scroll'))) tags.push(node.tagName);
    });
    return { tags, text: toText(tree).replace(/\s+/g, ' ').trim() };
  };
  const bodies = [join(PROJECT, 'content/directives'), join(FIXTURES, 'corpus/directives')].flatMap((dir) =>
    readdirSync(dir).map((f) => [f, splitFrontmatter(readFileSync(join(dir, f), 'utf8'))!.body] as const),
  );

  it.each(bodies.filter(([, body]) => !/[<{]/.test(body)))('%s', async (_, body) => {
    const ours = shape(fromHtml(renderBody(body).html, { fragment: true }));
    // The same citable parts on both: their ids and self-links come after Sätteri, from the tree it gives.
    const referenceTree = (await reference.run(reference.parse(body))) as Root;
    citableParts(referenceTree);
    const theirs = shape(referenceTree);
    expect(ours.text).toBe(theirs.text);
    expect(ours.tags).toEqual(theirs.tags);
  });
});
