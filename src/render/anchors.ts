/** The ids a page gets from its body, for checking links with "#…" (src/domain/body-links.ts). */
import type { Element, Root, RootContent } from 'hast';

/**
 * The ids a rendered body carries (headings, numbered parts, footnotes and
 * their references), read from the very tree renderBody serialises
 * (renderTree), so they are the ids of the page; without serialising it.
 */
export function bodyAnchors(tree: Root): Set<string> {
  const ids = new Set<string>();
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element' && typeof (node as Element).properties.id === 'string') ids.add((node as Element).properties.id as string);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return ids;
}
