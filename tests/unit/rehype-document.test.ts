import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeDocument } from '../../src/render/rehype-document.ts';
import { slugify } from '../../src/domain/vietnamese.ts';

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
    expect(
      html.match(/<section class="table-scroll" tabindex="0" aria-label="Bảng số \d \(vuốt hoặc cuộn ngang để xem hết\)"><table>/g),
    ).toHaveLength(2);
    expect(html).toContain('Bảng số 1');
    expect(html).toContain('Bảng số 2');
  });

  it('numbers repeated headings -2, -3…, never taking the id of a heading whose own text ends in a number', () => {
    const ids = (html: string) => [...transform(html).matchAll(/id="([^"]*)"/g)].map((m) => m[1]);
    expect(ids('<h2>x</h2><h2>x</h2><h2>x 2</h2><h2>x</h2>')).toEqual(['muc-x', 'muc-x-2', 'muc-x-2-2', 'muc-x-3']);
    expect(ids('<h2>x 2</h2><h2>x</h2><h2>x</h2><h3>X</h3>')).toEqual(['muc-x-2', 'muc-x', 'muc-x-3', 'muc-x-4']);
    expect(ids('<h2></h2><h2>Không tên</h2><h2>!</h2>')).toEqual(['muc-khong-ten', 'muc-khong-ten-2', 'muc-khong-ten-3']);
  });

  /** The ids as the first version gave them: the first of base, base-2, base-3… not yet taken. */
  const firstFree = (texts: string[]) => {
    const taken = new Set<string>();
    return texts.map((text) => {
      const base = `muc-${slugify(text) || 'khong-ten'}`;
      let id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
      return id;
    });
  };

  it('gives the ids the first-free rule gives, on headings that collide in every way', () => {
    const pool = ['x', 'x 2', 'x 3', 'x 2 2', 'x-2', 'X', '', '2', 'khong ten', 'x 10', 'x 1', 'Xã 2', 'x 2 3'];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 3000 }, () => pool[Math.floor(random() * pool.length)]!);
    const tree: Root = {
      type: 'root',
      children: texts.map((text) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] })),
    };
    rehypeDocument()(tree);
    expect(tree.children.map((h) => (h as Element).properties.id)).toEqual(firstFree(texts));
  });

  it('numbers identical headings in linear time: a bounded number of set look-ups per heading', () => {
    // Counted, not timed: the first version looked up 1 + 2 + … + n ids for n identical headings.
    const lookUps = (n: number) => {
      const tree: Root = {
        type: 'root',
        children: Array.from({ length: n }, () => ({
          type: 'element',
          tagName: 'h2',
          properties: {},
          children: [{ type: 'text', value: 'x' }],
        })),
      };
      const has = Set.prototype.has;
      let count = 0;
      Set.prototype.has = function (this: Set<unknown>, value: unknown) {
        count++;
        return has.call(this, value);
      };
      try {
        rehypeDocument()(tree);
      } finally {
        Set.prototype.has = has;
      }
      expect((tree.children.at(-1) as Element).properties.id).toBe(`muc-x-${n}`);
      return count;
    };
    expect(lookUps(2000)).toBeLessThanOrEqual(4 * 2000);
    expect(lookUps(20_000)).toBeLessThanOrEqual(4 * 20_000);
  });

  it('walks a tree of any depth without recursing', () => {
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
    expect((parent.children[0] as Element).properties.id).toBe('muc-sau');
    expect((parent.children[1] as Element).tagName).toBe('section');
  });
});
