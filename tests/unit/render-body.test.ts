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
import { splitFrontmatter } from '../../src/lib/content-source.ts';
import { renderBody } from '../../src/lib/render-body.ts';
import { PROJECT } from '../support/build.ts';
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
    const out = html('a <DangerZone>x</DangerZone> {1 + 1} [b](javascript:alert(1))\n\n<script>alert(1)</script>\n\nimport x from "y"\n');
    expect(out).not.toMatch(/DangerZone|script|javascript|import|\{|2/);
    expect(out).toContain('<a>b</a>');
  });

  it('reports headings with their ASCII ids', () => {
    expect(renderBody('## I. MỤC TIÊU\n\nx\n\n## II. NỘI DUNG THI ĐUA\n').metadata.headings).toEqual([
      { depth: 2, slug: 'muc-i-muc-tieu', text: 'I. MỤC TIÊU' },
      { depth: 2, slug: 'muc-ii-noi-dung-thi-dua', text: 'II. NỘI DUNG THI ĐUA' },
    ]);
  });
});

/**
 * Sätteri replaced unified + remark-gfm for speed (README, Performance); on
 * every real and fixture body it must give the same text and the same
 * element structure as that reference pipeline.
 */
describe('Sätteri gives the unified + remark-gfm output', () => {
  const reference = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype, { footnoteLabel: 'Chú thích', clobberPrefix: 'chu-thich-' });
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
    const theirs = shape((await reference.run(reference.parse(body))) as Root);
    expect(ours.text).toBe(theirs.text);
    expect(ours.tags).toEqual(theirs.tags);
  });
});
