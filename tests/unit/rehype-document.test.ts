import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { citableParts } from '../../src/render/citable-parts.ts';
import { rehypeDocument } from '../../src/render/rehype-document.ts';

const transform = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeDocument()(tree);
  return toHtml(tree);
};

describe('rehypeDocument', () => {
  it('turns GFM alignment into classes, since the CSP forbids style attributes', () => {
    const html = transform('<table><tr><th style="text-align:right">Điểm</th><td align="center">94</td><td>x</td></tr></table>');
    expect(html).toContain('<th class="align-right">Điểm</th><td class="align-center">94</td><td>x</td>');
    expect(html).not.toContain('style=');
  });

  it('wraps each table in its own numbered, focusable, labelled region', () => {
    const html = transform('<table><tr><td>a</td></tr></table><p>x</p><table><tr><td>b</td></tr></table>');
    expect(
      html.match(/<section class="table-scroll" tabindex="0" aria-label="Bảng số \d \(vuốt hoặc cuộn ngang để xem hết\)"><table>/g),
    ).toHaveLength(2);
    expect(html).toContain('Bảng số 1');
    expect(html).toContain('Bảng số 2');
  });

  it('walks a tree of any depth without recursing, as citable parts do', () => {
    // Only a body the check refused nests like this, and renderBody cuts it first; the walk must hold regardless.
    const tree: Root = { type: 'root', children: [] };
    let parent: Root | Element = tree;
    for (let i = 0; i < 50_000; i++) {
      const div: Element = { type: 'element', tagName: 'div', properties: {}, children: [] };
      parent.children.push(div);
      parent = div;
    }
    parent.children.push(
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Sâu' }] },
      { type: 'element', tagName: 'table', properties: {}, children: [] },
    );
    rehypeDocument()(tree);
    citableParts(tree);
    expect((parent.children[0] as Element).properties.id).toBe('muc-sau');
    expect((parent.children[1] as Element).tagName).toBe('section');
  });
});
