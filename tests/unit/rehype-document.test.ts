import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeDocument } from '../../src/lib/rehype-document.ts';

const transform = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeDocument()(tree);
  return toHtml(tree);
};

describe('rehypeDocument', () => {
  it('gives headings unique ASCII ids that start with a letter, keeping existing ids', () => {
    expect(transform('<h2>1. Yêu cầu</h2><h2>1. Yêu cầu</h2><h3>Đối tượng</h3><h2 id="footnote-label">Chú thích</h2>')).toBe(
      '<h2 id="muc-1-yeu-cau">1. Yêu cầu</h2><h2 id="muc-1-yeu-cau-2">1. Yêu cầu</h2><h3 id="muc-doi-tuong">Đối tượng</h3><h2 id="footnote-label">Chú thích</h2>',
    );
  });

  it('turns GFM alignment into classes, since the CSP forbids style attributes', () => {
    const html = transform('<table><tr><th style="text-align:right">Điểm</th><td align="center">94</td><td>x</td></tr></table>');
    expect(html).toContain('<th class="align-right">Điểm</th><td class="align-center">94</td><td>x</td>');
    expect(html).not.toContain('style=');
  });

  it('wraps each table in its own numbered, focusable, labelled region', () => {
    const html = transform('<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table>');
    expect(html.match(/<section class="table-scroll" tabindex="0" aria-label="Bảng số \d \(vuốt hoặc cuộn ngang để xem hết\)"><table>/g)).toHaveLength(2);
    expect(html).toContain('Bảng số 1');
    expect(html).toContain('Bảng số 2');
  });
});
