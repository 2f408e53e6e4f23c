/**
 * Document bodies, made valid, safe for a strict CSP and usable on phones
 * (ids and self-links of headings and numbered parts: citable-parts.ts):
 * - each table scrolls sideways inside a focusable, labelled section, so the
 *   page itself never scrolls at 320 px and keyboard users can scroll it too
 *   (WCAG 2.1.1, axe scrollable-region-focusable);
 * - GFM column alignment becomes a class, not a style attribute, which the
 *   Content-Security-Policy (no 'unsafe-inline') would block.
 */
import type { Element, Root } from 'hast';
import { ui } from '../i18n/vi.ts';

const ALIGN = /text-align:\s*(left|right|center)/;

/** What a visitor returns to leave the node's children out of the walk. */
export const SKIP_CHILDREN = 'skip-children';

type Visitor = (node: Element, index: number, parent: Root | Element) => void | typeof SKIP_CHILDREN;

/**
 * Every element, depth first, in document order: unist-util-visit's walk
 * without its per-node test and ancestor lists, which cost a large build
 * seconds (docs/performance.md, "Body walk"), and without recursion, so
 * no tree is too deep for it. A visitor may replace the node in its parent;
 * the walk goes on into the node it was given, unless it returns
 * SKIP_CHILDREN.
 */
export function eachElement(root: Root, visitor: Visitor): void {
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
    if (visitor(node, index, parent) === SKIP_CHILDREN) continue;
    parents.push(node);
    next.push(0);
  }
}

export function rehypeDocument() {
  return (tree: Root) => {
    // Numbered, because two regions with one name confuse screen-reader users (axe landmark-unique).
    let count = 0;
    eachElement(tree, (node, index, parent) => {
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
