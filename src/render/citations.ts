/**
 * Document numbers cited in a rendered body become links to the archived
 * documents they name. Which document a number names is the link graph's
 * answer (graph.ts, bodyCitationTarget by the date and issuer written
 * next to it, as `npm run check` read them from the body's source); the
 * renderer only finds the numbers in the text, with the pattern the search
 * index uses (DOCUMENT_NUMBER_IN_TEXT). Text already in a link or in code is
 * left alone: a link never nests in a link.
 */
import type { Element, ElementContent, Root } from 'hast';
import { DOCUMENT_NUMBER_IN_TEXT } from '../domain/document-number.ts';
import { eachElement, SKIP_CHILDREN } from './rehype-document.ts';

/** The href of the archived document a number cited in the body names, or undefined to leave it as text. */
export type CitationHref = (number: string) => string | undefined;

const NOT_READ = new Set(['a', 'code', 'pre']);

/** Links each number of the tree's text that `href` resolves. */
export function linkCitations(tree: Root, href: CitationHref): void {
  eachElement(tree, (node: Element) => {
    if (NOT_READ.has(node.tagName)) return SKIP_CHILDREN;
    let linked: ElementContent[] | undefined;
    node.children.forEach((child, i) => {
      let from = 0;
      // Every number has a "/": most text nodes are passed over without running the pattern.
      if (child.type === 'text' && child.value.includes('/')) {
        for (const m of child.value.matchAll(DOCUMENT_NUMBER_IN_TEXT)) {
          const target = href(m[0]);
          if (target === undefined) continue;
          linked ??= node.children.slice(0, i);
          if (m.index > from) linked.push({ type: 'text', value: child.value.slice(from, m.index) });
          linked.push({ type: 'element', tagName: 'a', properties: { href: target }, children: [{ type: 'text', value: m[0] }] });
          from = m.index + m[0].length;
        }
      }
      if (linked && (child.type !== 'text' || from < child.value.length))
        linked.push(from === 0 ? child : { type: 'text', value: (child as { value: string }).value.slice(from) });
    });
    if (linked) node.children = linked;
    return undefined;
  });
}
