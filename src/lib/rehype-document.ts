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
import { slugify } from '../utils/vietnamese.ts';

const ALIGN = /text-align:\s*(left|right|center)/;

const HEADING = /^h[1-6]$/;

type Visitor = (node: Element, index: number, parent: Root | Element) => void;

/**
 * Every element, depth first, in document order: unist-util-visit's walk
 * without its per-node test and ancestor lists, which took 2.1 s of a
 * 10,000-directive build (README, "Performance"). A visitor may replace the
 * node in its parent; the walk goes on into the node it was given.
 */
function eachElement(parent: Root | Element, visitor: Visitor): void {
  const { children } = parent;
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (node.type !== 'element') continue;
    visitor(node, index, parent);
    eachElement(node, visitor);
  }
}

export function rehypeDocument() {
  return (tree: Root) => {
    // Numbered, because two regions with one name confuse screen-reader users (axe landmark-unique).
    let count = 0;
    const ids = new Set<string>();
    eachElement(tree, (node, index, parent) => {
      if (HEADING.test(node.tagName) && typeof node.properties.id !== 'string') {
        const base = `muc-${slugify(toText(node)) || 'khong-ten'}`;
        let id = base;
        for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
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
