/**
 * Document numbers cited in a rendered body (cited-in-text.ts), read from
 * the very tree the page shows: `npm run check` lists them for the link
 * graph and the page links them, so a page links exactly the citations the
 * graph (and so its page key) knows. Text already in a link, in code or in
 * a heading's self-link is not read: a link never nests in a link.
 */
import type { Element, ElementContent, Root } from 'hast';
import { citationsInText, type BodyCitation } from '../domain/cited-in-text.ts';
import { eachElement, SKIP_CHILDREN } from './rehype-document.ts';

/** The href of the archived document a citation names, or undefined to leave it as text. */
export type CitationHref = (citation: BodyCitation) => string | undefined;

const NOT_READ = new Set(['a', 'code', 'pre']);

/** Calls `found` with each citation of the tree's text, in document order; with `href`, links those it resolves. */
function eachCitation(tree: Root, found: (citation: BodyCitation) => void, href?: CitationHref): void {
  eachElement(tree, (node: Element) => {
    if (NOT_READ.has(node.tagName)) return SKIP_CHILDREN;
    let linked: ElementContent[] | undefined;
    node.children.forEach((child, i) => {
      const cited = child.type === 'text' ? citationsInText(child.value) : [];
      for (const { citation } of cited) found(citation);
      if (!href || child.type !== 'text') {
        linked?.push(child);
        return;
      }
      let from = 0;
      for (const { start, end, citation } of cited) {
        const target = href(citation);
        if (target === undefined) continue;
        linked ??= node.children.slice(0, i);
        if (start > from) linked.push({ type: 'text', value: child.value.slice(from, start) });
        linked.push({
          type: 'element',
          tagName: 'a',
          properties: { href: target },
          children: [{ type: 'text', value: child.value.slice(start, end) }],
        });
        from = end;
      }
      if (linked && from < child.value.length) linked.push(from === 0 ? child : { type: 'text', value: child.value.slice(from) });
    });
    if (linked) node.children = linked;
    return undefined;
  });
}

/** The citations of a rendered body, for the link graph. */
export function bodyCitations(tree: Root): BodyCitation[] {
  const citations: BodyCitation[] = [];
  eachCitation(tree, (citation) => citations.push(citation));
  return citations;
}

/** Links each citation `href` resolves to its document. */
export function linkCitations(tree: Root, href: CitationHref): void {
  eachCitation(tree, () => undefined, href);
}
