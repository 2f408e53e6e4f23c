/**
 * Renders a content body (MDX restricted to Markdown, GFM and an allow-list)
 * to HTML, when its page is rendered (entry-body.ts), with Sätteri: Astro 7's native Markdown
 * engine, much faster here than the unified + remark-gfm pipeline it
 * replaces (docs/performance.md, "Body rendering"), with the same GFM output.
 *
 * Rendering is default-deny, whatever `npm run check` let through: allowed
 * elements keep only allowed attributes, <GhiChu> becomes a note, and every
 * other JSX element, expression or import/export is dropped.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { footnotes, ui } from '../i18n/vi.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, isScriptUrl, MAX_NESTING } from '../domain/mdx-safety.ts';
import { citableParts, type OutlineEntry } from './citable-parts.ts';
import { linkCitations, type CitationHref } from './citations.ts';
import { rehypeDocument } from './rehype-document.ts';

export interface RenderedBody {
  html: string;
  /** What the table of contents lists (citable-parts.ts). */
  outline: OutlineEntry[];
}

interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: RootContent[];
}

/**
 * Deeper than this, a subtree becomes its plain text. The check refuses
 * bodies nested deeper than MAX_NESTING Markdown levels, which render at most
 * a few levels deeper (a table's tbody and scroll region, a footnote's
 * section and list), so only a body the check refused is cut: without the
 * cut it would overflow the stack here, in rehypeDocument or in toHtml.
 */
const RENDER_DEPTH = 2 * MAX_NESTING;

const isJsx = (node: RootContent | JsxNode): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isKept = (node: JsxNode) => node.name === 'GhiChu' || (node.name !== null && ALLOWED_ELEMENTS.has(node.name));

/** The text of a subtree that toPlainHast would keep, without recursing: it may be thousands of levels deep. */
function textOf(node: RootContent | JsxNode): string {
  let text = '';
  const stack = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (next.type === 'text') text += next.value;
    else if (next.type === 'element' || (isJsx(next) && isKept(next))) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
    }
  }
  return text;
}

/** Replace MDX-only nodes by plain hast, or drop them; `depth` is the nodes' depth below the root. */
function toPlainHast(nodes: RootContent[], depth: number): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes as (RootContent | JsxNode)[]) {
    if (depth > RENDER_DEPTH && (node.type === 'element' || isJsx(node))) {
      const value = textOf(node);
      if (value) out.push({ type: 'text', value });
      continue;
    }
    if (isJsx(node)) {
      const children = toPlainHast(node.children, depth + 1) as ElementContent[];
      if (node.name === 'GhiChu') {
        out.push({ type: 'element', tagName: 'aside', properties: { className: ['note'], ariaLabel: ui.editorNote }, children });
      } else if (node.name && ALLOWED_ELEMENTS.has(node.name)) {
        const properties: Element['properties'] = {};
        for (const a of node.attributes)
          if (a.type === 'mdxJsxAttribute' && a.name && ALLOWED_ATTRIBUTES.has(a.name) && typeof a.value === 'string')
            properties[a.name] = a.value;
        out.push({ type: 'element', tagName: node.name, properties, children });
      }
      continue;
    }
    if (node.type !== 'element' && node.type !== 'text' && node.type !== 'comment' && node.type !== 'raw') continue; // esm, expressions
    if (node.type === 'element') {
      for (const key of ['href', 'src'] as const) {
        const value = node.properties[key];
        if (typeof value === 'string' && isScriptUrl(value)) delete node.properties[key];
      }
      node.children = toPlainHast(node.children, depth + 1) as ElementContent[];
      // The footnotes title is a visible heading, for print and sighted readers too.
      if (node.properties.id === 'footnote-label') node.properties.className = ['footnotes-title'];
    }
    if (node.type === 'raw') continue; // raw HTML is never trusted
    out.push(node);
  }
  return out;
}

function rendered(source: string): { tree: Root; outline: OutlineEntry[] } {
  const tree = mdxToHast(source, { position: false, features: { gfm: { footnotes } } }) as unknown as Root;
  tree.children = toPlainHast(tree.children, 1);
  rehypeDocument()(tree);
  return { tree, outline: citableParts(tree) };
}

/** The body's tree as renderBody serialises it, ids and all, before citations are linked (anchors.ts, the check). */
export function renderTree(source: string): Root {
  return rendered(source).tree;
}

/** The body's HTML and outline; with `citationHref`, each citation it resolves links to its document (citations.ts). */
export function renderBody(source: string, citationHref?: CitationHref): RenderedBody {
  const { tree, outline } = rendered(source);
  if (citationHref) linkCitations(tree, citationHref);
  return { html: toHtml(tree), outline };
}
