import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/vietnamese.ts';
import { citableParts, hasContents } from '../../src/render/citable-parts.ts';
import { renderBody } from '../../src/render/render-body.ts';

const transform = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  citableParts(tree);
  return toHtml(tree);
};
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
const bodyIds = (markdown: string) => idsOf(renderBody(markdown).html);

describe('ids of headings', () => {
  it('gives headings unique ASCII ids that start with a letter, keeping existing ids', () => {
    expect(idsOf(transform('<h2>1. Yêu cầu</h2><h2>1. Yêu cầu</h2><h3>Đối tượng</h3><h2 id="footnote-label">Chú thích</h2>'))).toEqual([
      'muc-1-yeu-cau',
      'muc-1-yeu-cau-2',
      'muc-doi-tuong',
      'footnote-label',
    ]);
  });

  it('numbers repeated headings -2, -3…, never taking the id of a heading whose own text ends in a number', () => {
    const ids = (html: string) => idsOf(transform(html));
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
  const headings = (texts: string[]): Root => ({
    type: 'root',
    children: texts.map((text) => ({ type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: text }] })),
  });

  it('gives the ids the first-free rule gives, on headings that collide in every way', () => {
    const pool = ['x', 'x 2', 'x 3', 'x 2 2', 'x-2', 'X', '', '2', 'khong ten', 'x 10', 'x 1', 'Xã 2', 'x 2 3'];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const texts = Array.from({ length: 3000 }, () => pool[Math.floor(random() * pool.length)]!);
    const tree = headings(texts);
    citableParts(tree);
    expect(tree.children.map((h) => (h as Element).properties.id)).toEqual(firstFree(texts));
  });

  it('numbers identical headings in linear time: a bounded number of set look-ups per heading', () => {
    // Counted, not timed: the first version looked up 1 + 2 + … + n ids for n identical headings.
    const lookUps = (n: number) => {
      const tree = headings(Array.from({ length: n }, () => 'x'));
      const has = Set.prototype.has;
      let count = 0;
      Set.prototype.has = function (this: Set<unknown>, value: unknown) {
        count++;
        return has.call(this, value);
      };
      try {
        citableParts(tree);
      } finally {
        Set.prototype.has = has;
      }
      expect((tree.children.at(-1) as Element).properties.id).toBe(`muc-x-${n}`);
      return count;
    };
    expect(lookUps(2000)).toBeLessThanOrEqual(4 * 2000);
    expect(lookUps(20_000)).toBeLessThanOrEqual(4 * 20_000);
  });
});

describe('ids of numbered parts', () => {
  const decision =
    '**Điều 1.** Tặng Giấy khen.\n\n**Điều 2. Mức thưởng**\n\n1. Tập thể.\n\n2. Cá nhân.\n\na) Chiến sĩ thi đua.\n\nĐiều 3. Hiệu lực.\n';

  it('names each Điều by its number, written bold, as a title or plainly', () => {
    expect(bodyIds(decision)).toEqual(['dieu-1', 'dieu-2', 'dieu-2-khoan-1', 'dieu-2-khoan-2', 'dieu-2-khoan-2-diem-a', 'dieu-3']);
    expect(bodyIds('## Điều 4: Trách nhiệm\n\n### ĐIỀU 05. Hiệu lực\n')).toEqual(['dieu-4', 'dieu-5']);
  });

  it('keeps every id when text is added above, or a part is inserted before', () => {
    const ids = bodyIds(decision);
    expect(bodyIds(`## Căn cứ\n\nXét đề nghị của Phòng Nội vụ.\n\n**Điều 9.** Chen trước.\n\n${decision}`)).toEqual([
      'muc-can-cu',
      'dieu-9',
      ...ids,
    ]);
  });

  it('numbers the khoản of a list by its own numbers, and only inside an Điều', () => {
    expect(bodyIds('**Điều 7.** Giao:\n\n3. Sở Nội vụ;\n4. Sở Tài chính.\n')).toEqual(['dieu-7', 'dieu-7-khoan-3', 'dieu-7-khoan-4']);
    expect(bodyIds('**Điều 7.** Giao:\n\n## Nơi nhận\n\n1. Như Điều 7;\n\na) Lưu VT.\n')).toEqual(['dieu-7', 'muc-noi-nhan']);
    expect(bodyIds('**Khoản 2.** Một khoản viết rõ.\n\n**Điều 1.** x\n\nKhoản 2: y\n')).toEqual(['khoan-2', 'dieu-1', 'dieu-1-khoan-2']);
  });

  it('names Roman-numbered sections, chương, phần and mục', () => {
    expect(bodyIds('## I. MỤC ĐÍCH, YÊU CẦU\n\n**II. NỘI DUNG**\n\n## Chương III\n\n**Phần IV: x**\n\n### Mục 2. y\n')).toEqual([
      'muc-i',
      'muc-ii',
      'chuong-iii',
      'phan-iv',
      'muc-2',
    ]);
    // "C. Kiến nghị" is a letter, "Mục lục" no number: their text names them.
    expect(bodyIds('## IIII. x\n\n## Mục lục\n')).toEqual(['muc-iiii-x', 'muc-muc-luc']);
  });

  it('names no part for a mention mid-sentence, in a quotation, a table or a plain "I."', () => {
    const body =
      'Theo Điều 1 của Quyết định số 12/QĐ-UBND.\n\nĐiều 1 quy định mức thưởng.\n\n> **Điều 2.** trích dẫn\n\n| **Điều 3.** |\n|---|\n| x |\n\nI. Dòng thường.\n\nx[^1]\n\n[^1]: **Điều 4.** chú thích\n';
    expect(bodyIds(body).filter((id) => !/^chu-thich-|^footnote-label$/.test(id!))).toEqual([]);
  });

  it('gives a repeated part a suffix, and never a footnote’s id', () => {
    expect(bodyIds('**Điều 1.** a\n\n**Điều 1.** b\n\n## Điều 1\n\nx[^dieu-1]\n\n[^dieu-1]: c\n')).toEqual([
      'dieu-1',
      'dieu-1-2',
      'dieu-1-3',
      'chu-thich-fnref-dieu-1',
      'footnote-label',
      'chu-thich-fn-dieu-1',
    ]);
  });
});

describe('self-links', () => {
  it('links each part to itself by an empty link named by its part, after its number', () => {
    const { html } = renderBody('**Điều 2. Mức thưởng**\n\n1. Tập thể.\n\n## I. Mục tiêu\n');
    expect(html).toContain(
      '<p id="dieu-2"><strong>Điều 2. Mức thưởng</strong><a class="self-link" href="#dieu-2" aria-label="Liên kết đến Điều 2"></a></p>',
    );
    expect(html).toContain('<a class="self-link" href="#dieu-2-khoan-1" aria-label="Liên kết đến Khoản 1 Điều 2"></a>Tập thể.');
    expect(html).toContain('<h2 id="muc-i">I. Mục tiêu<a class="self-link" href="#muc-i" aria-label="Liên kết đến Mục I"></a></h2>');
  });

  it('names a plain heading’s link by its text, so no two links share a name', () => {
    const { html } = renderBody('## Căn cứ\n\n## Nơi nhận\n');
    expect(html).toContain('aria-label="Liên kết đến Căn cứ"');
    expect(html).toContain('aria-label="Liên kết đến Nơi nhận"');
  });

  it('adds no text: the index and excerpts read the same words', () => {
    const { html } = renderBody('**Điều 1.** Tặng.\n\n## I. Mục tiêu\n');
    expect(html.replace(/<[^>]*>/g, '')).toBe('Điều 1. Tặng.\nI. Mục tiêu');
  });
});

describe('outline and table of contents', () => {
  it('lists headings, and the Điều that are not headings under the heading before them', () => {
    expect(
      renderBody('## Căn cứ\n\n**Điều 1.** Tặng Giấy khen cho 12 tập thể.\n\n**Điều 2. Mức thưởng**\n\n1. x\n\n### Khác\n').outline,
    ).toEqual([
      { depth: 2, id: 'muc-can-cu', text: 'Căn cứ' },
      { depth: 3, id: 'dieu-1', text: 'Điều 1. Tặng Giấy khen cho 12 tập thể.' },
      { depth: 3, id: 'dieu-2', text: 'Điều 2. Mức thưởng' },
      { depth: 3, id: 'muc-khac', text: 'Khác' },
    ]);
  });

  it('leaves out the footnotes’ title, and cuts a long opening', () => {
    const { outline } = renderBody(`Điều 1. ${'chữ '.repeat(40)}\n\nx[^1]\n\n[^1]: y\n`);
    expect(outline).toHaveLength(1);
    expect(outline[0]!.text).toMatch(/^Điều 1\. (chữ ){17}chữ…$/);
  });

  it('is shown from 4 parts on, not for 3', () => {
    const outline = (n: number) => renderBody(Array.from({ length: n }, (_, i) => `## Phần ${i + 1}`).join('\n\n')).outline;
    expect(hasContents(outline(3))).toBe(false);
    expect(hasContents(outline(4))).toBe(true);
  });
});
