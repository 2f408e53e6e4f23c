/**
 * Wide tables in document bodies scroll sideways inside a focusable,
 * labelled region, so the page itself never scrolls at 320 px and keyboard
 * users can scroll the table too (WCAG 2.1.1, axe scrollable-region-focusable).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ui } from '../i18n/vi.ts';

export function rehypeTableScroll() {
  return (tree: Root) => {
    // Numbered, because two regions with one name confuse screen-reader users (axe landmark-unique).
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = {
        type: 'element',
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: ui.tableRegion(`số ${++count}`) },
        children: [node],
      };
    });
  };
}
