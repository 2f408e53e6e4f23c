/**
 * Document bodies, made valid, safe for a strict CSP and usable on phones:
 * - headings get ASCII ids ("muc-1-yeu-cau"), where the default slugger would
 *   write "1-yêu-cầu": non-ASCII, and invalid HTML when it starts with a digit;
 * - each table scrolls sideways inside a focusable, labelled section, so the
 *   page itself never scrolls at 320 px and keyboard users can scroll it too
 *   (WCAG 2.1.1, axe scrollable-region-focusable);
 * - GFM column alignment becomes a class, not a style attribute, which the
 *   Content-Security-Policy (no 'unsafe-inline') would block.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { ui } from '../i18n/vi.ts';
import { slugify } from '../domain/vietnamese.ts';

const ALIGN = /text-align:\s*(left|right|center)/;

const HEADING = /^h[1-6]$/;

type Visitor = (node: Element, index: number, parent: Root | Element) => void;

/**
 * Every element, depth first, in document order: unist-util-visit's walk
 * without its per-node test and ancestor lists, which cost a large build
 * seconds (docs/performance.md, "Body walk"), and without recursion, so
 * no tree is too deep for it. A visitor may replace the node in its parent;
 * the walk goes on into the node it was given.
 */
function eachElement(root: Root, visitor: Visitor): void {
  const parents: (Root | Element)[] = [root];
  const next: number[] = [0];
  while (parents.length) {
    const top = parents.length - 1;
    const parent = parents[top]!;
    const index = next[top]!;
    if (index >= parent.children.length) {
      parents.pop();
      next.pop();
      continue;
    }
    next[top] = index + 1;
    const node = parent.children[index]!;
    if (node.type !== 'element') continue;
    visitor(node, index, parent);
    parents.push(node);
    next.push(0);
  }
}

export function rehypeDocument() {
  return (tree: Root) => {
    // Numbered, because two regions with one name confuse screen-reader users (axe landmark-unique).
    let count = 0;
    const ids = new Set<string>();
    /**
     * Per base, the suffix to try next. Each heading takes the first free id
     * of base, base-2, base-3…; ids are never freed, so those before the
     * last one taken stay taken and the search resumes there: linear, where
     * starting at base each time was quadratic (docs/performance.md,
     * "Heading ids"). "muc-x-2" of a heading named "x 2" is still skipped.
     */
    const nextSuffix = new Map<string, number>();
    eachElement(tree, (node, index, parent) => {
      if (HEADING.test(node.tagName) && typeof node.properties.id !== 'string') {
        const base = `muc-${slugify(toText(node)) || 'khong-ten'}`;
        let n = nextSuffix.get(base) ?? 1;
        let id = n === 1 ? base : `${base}-${n}`;
        while (ids.has(id)) id = `${base}-${++n}`;
        nextSuffix.set(base, n + 1);
        ids.add(id);
        node.properties.id = id;
        return;
      }
      if (node.tagName === 'th' || node.tagName === 'td') {
        const { align, style } = node.properties;
        const side = typeof align === 'string' ? align : typeof style === 'string' ? ALIGN.exec(style)?.[1] : undefined;
        delete node.properties.align;
        delete node.properties.style;
        if (side) node.properties.className = [...((node.properties.className as string[] | undefined) ?? []), `align-${side}`];
        return;
      }
      if (node.tagName !== 'table') return;
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: ui.tableRegion(`số ${++count}`) },
        children: [node],
      };
    });
  };
}
