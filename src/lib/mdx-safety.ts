/**
 * MDX is a programming language: `import`, `export` and `{expressions}` run on
 * the build machine, and raw elements reach citizens' browsers. Anyone with
 * commit rights could run code or inject script into a government site, so
 * content bodies may hold only Markdown, GFM, a few inert HTML elements and
 * our own allow-listed components. Everything else is a content problem.
 */
import { mdxToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { Problem } from './problems.ts';

/** Our components an editor may use in MDX (see src/components/mdx/). */
export const ALLOWED_COMPONENTS = ['GhiChu'] as const;
/** Inert HTML elements with no Markdown equivalent, e.g. "NV<sub>(M)</sub>". */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set(['sub', 'sup', 'br', 'abbr', 'mark']);
export const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set(['title']);
const FORBIDDEN_ELEMENTS: Record<string, string> = {
  script: 'thẻ <script> (chạy mã trên trình duyệt)',
  style: 'thẻ <style> (thay đổi giao diện trang)',
  iframe: 'thẻ <iframe> (nhúng trang khác)',
};


/** "javascript:" after entity decoding and with the whitespace browsers ignore. */
export function isScriptUrl(url: string): boolean {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(decoded);
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string } | null;
}
interface MdxNode extends Node {
  name?: string | null;
  attributes?: JsxAttribute[];
  url?: string;
}

/**
 * Everything the parser could object to needs one of these: JSX and syntax
 * errors need "<", expressions "{" or "}", ESM a line starting with
 * import/export, a script URL its scheme or an entity hiding it. A body with
 * none of them is plain Markdown, and skipping the parse keeps
 * `npm run check` and the build fast on large archives.
 */
const MAY_BE_UNSAFE = /[<{}]|^[ \t]*(?:import|export)\b|(?:script|data)\s*:|&#|&[a-z]+;/im;

export function checkMdxSafety(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  if (!MAY_BE_UNSAFE.test(body)) return problems;
  const report = (node: Node | undefined, line: number | undefined, expected: string, found: string) =>
    problems.push({
      file,
      line: (node?.position?.start.line ?? line ?? 1) + firstLine - 1,
      field: '(nội dung)',
      expected,
      found,
    });

  let tree: Node;
  try {
    // The same parser that renders the body (render-body.ts), so the check sees what readers get.
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const { message } = error as Error;
    const at = /^(\d+):\d+: /.exec(message);
    report(undefined, at ? Number(at[1]) : undefined, 'Markdown hợp lệ (ký tự "<" hoặc "{" trong văn bản cần viết là "\\<" hoặc "\\{")', `lỗi cú pháp MDX: ${message.replace(/^\d+:\d+: /, '').replace(/ \(mdx[^)]*\)$/, '')}`);
    return problems;
  }

  visit(tree, (node: MdxNode): typeof SKIP | undefined => {
    switch (node.type) {
      case 'mdxjsEsm':
        report(node, undefined, 'chỉ văn bản Markdown, không import/export', 'câu lệnh import/export');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(node, undefined, 'chỉ văn bản Markdown, không biểu thức JavaScript', 'biểu thức {…}');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const lower = name.toLowerCase();
        if (FORBIDDEN_ELEMENTS[lower]) {
          report(node, undefined, 'không dùng thẻ nguy hiểm', FORBIDDEN_ELEMENTS[lower]);
          return SKIP; // one message per element, not one per thing inside it
        }
        const isComponent = (ALLOWED_COMPONENTS as readonly string[]).includes(name);
        if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
          report(node, undefined, `chỉ các thẻ cho phép: ${[...ALLOWED_COMPONENTS, ...ALLOWED_ELEMENTS].join(', ')}`, name ? `thẻ <${name}>` : 'thẻ rỗng <>');
          return SKIP;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            report(node, undefined, 'thuộc tính dạng tên="giá trị"', 'thuộc tính biểu thức {…}');
          } else if (/^on/i.test(attribute.name ?? '')) {
            report(node, undefined, 'không có thuộc tính sự kiện on…', `thuộc tính ${attribute.name}`);
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            report(node, undefined, 'giá trị thuộc tính là chuỗi trong ngoặc kép', `biểu thức {…} ở thuộc tính ${attribute.name}`);
          } else if (typeof attribute.value === 'string' && isScriptUrl(attribute.value)) {
            report(node, undefined, 'liên kết http(s) hoặc đường dẫn trong trang', `URL "${attribute.value}"`);
          } else if (!ALLOWED_ATTRIBUTES.has(attribute.name ?? '')) {
            report(node, undefined, `chỉ thuộc tính: ${[...ALLOWED_ATTRIBUTES].join(', ')}`, `thuộc tính ${attribute.name}`);
          }
        }
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isScriptUrl(node.url)) report(node, undefined, 'liên kết http(s) hoặc đường dẫn trong trang', `URL "${node.url}"`);
        break;
    }
    return undefined;
  });
  return problems;
}
