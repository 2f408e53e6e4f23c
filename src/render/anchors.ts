/** The ids a page gets from its body, for checking links with "#…" (src/domain/body-links.ts). */
import type { Element, Root, RootContent } from 'hast';
import { renderTree } from './render-body.ts';

/**
 * The ids a rendered body carries (headings, footnotes and their
 * references), read from the very tree renderBody serialises, so they are
 * the ids of the page; without serialising it.
 */
export function bodyAnchors(body: string): Set<string> {
  const ids = new Set<string>();
  const stack: (Root | RootContent)[] = [renderTree(body)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element' && typeof (node as Element).properties.id === 'string') ids.add((node as Element).properties.id as string);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return ids;
}
