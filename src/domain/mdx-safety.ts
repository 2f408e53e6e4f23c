/**
 * MDX is a programming language: `import`, `export` and `{expressions}` run on
 * the build machine, and raw elements reach citizens' browsers. Anyone with
 * commit rights could run code or inject script into a government site, so
 * content bodies may hold only Markdown, GFM, a few inert HTML elements and
 * our own allow-listed components, nested no deeper than MAX_NESTING.
 * Everything else is a content problem.
 */
import { mdxToMdast } from 'satteri';
import type { Node } from 'unist';
import type { Problem } from './problems.ts';

/**
 * How deep a body may nest, in syntax-tree levels below the root (a list
 * level is two: the list and its item): real documents reach 6, and
 * rendering overflows the stack at about 2,000 (hast-util-to-html recurses).
 */
export const MAX_NESTING = 32;

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

/** A numeric reference's character; beyond Unicode (which Markdown leaves undecoded), U+FFFD, not a RangeError. */
const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');

/**
 * "javascript:" after entity and percent decoding and with the whitespace
 * browsers ignore. The check sees URLs with escapes and entities decoded
 * (mdast), the renderer percent-encoded (hast: a tab becomes "%09"); both
 * must agree.
 */
export function isScriptUrl(url: string): boolean {
  const decoded = url
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => character(Number(dec)))
    .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
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
  children?: MdxNode[];
}

/**
 * Everything the parser could object to needs one of these: JSX and syntax
 * errors need "<", expressions "{" or "}", ESM a line starting with
 * import/export, a script URL its scheme and colon (perhaps escaped, "\:")
 * or a percent-encoding or entity hiding them. A body with none of them, and
 * no deep nesting (below), is plain Markdown, and skipping the parse keeps
 * `npm run check` and the build fast on large archives.
 */
const MAY_BE_UNSAFE = /[<{}]|^[ \t]*(?:import|export)\b|(?:script|data)[\s\\]*:|%[0-9a-f]{2}|&#|&[a-z]+;/im;

/*
 * Without "<" (JSX goes to the parse anyway), no node is deeper than:
 * - its containers (quotes, lists and items, footnotes): at least one column
 *   each of the prefix of the line that opens the innermost, but one column
 *   for the last list marker and its item, so columns + 1;
 * - table, row and cell (3), and one link (a link holds no link);
 * - emphasis, strong and strike-through: a "*", "_" or "~" either side, in
 *   one paragraph, so delimiters / 2;
 * - its text (1).
 * Below both bounds: 12 + 3 + 1 + 14 + 1 = 31 levels, within MAX_NESTING.
 */
const PREFIX_COLUMNS = 12;
const PARAGRAPH_DELIMITERS = 2 * (MAX_NESTING - PREFIX_COLUMNS - 5);

/** An emphasis delimiter, or the line break before a line of only spaces and ">", which ends every paragraph. */
const DELIMITER_OR_BLANK_LINE = /[*_~]|\n(?=[ \t>\r]*(?:\n|$))/g;

/**
 * Whether a body without "<" could nest deeper than MAX_NESTING: a line whose
 * prefix of ">", list markers and indentation spans PREFIX_COLUMNS columns, or
 * a paragraph with PARAGRAPH_DELIMITERS emphasis delimiters. Linear, no
 * parse; real documents stay far below both.
 */
export function mayNestTooDeeply(body: string): boolean {
  for (let start = 0; start < body.length;) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    let column = 0;
    prefix: for (let i = start; i < end; i++) {
      const c = body.charCodeAt(i);
      if (c === 0x09) column += 4 - (column % 4);
      else if (c === 0x20 || c === 0x3e || c === 0x2d || c === 0x2b || c === 0x2a || c === 0x2e || c === 0x29 || (c >= 0x30 && c <= 0x39))
        column++;
      else if (c === 0x5b && body.charCodeAt(i + 1) === 0x5e) {
        // A footnote definition, "[^label]:", is one container: one column, however long its label.
        let close = i + 2;
        while (close < end && body.charCodeAt(close) !== 0x5d) close++;
        if (close >= end || body.charCodeAt(close + 1) !== 0x3a) break prefix;
        column++;
        i = close + 1;
      } else break;
    }
    if (column >= PREFIX_COLUMNS) return true;
    start = end + 1;
  }
  // Most bodies hold fewer delimiters in all than one paragraph would need: counting them is cheap.
  let total = 0;
  for (const delimiter of ['*', '_', '~']) {
    for (let i = body.indexOf(delimiter); i !== -1 && total < PARAGRAPH_DELIMITERS; i = body.indexOf(delimiter, i + 1)) total++;
  }
  if (total < PARAGRAPH_DELIMITERS) return false;
  let delimiters = 0;
  DELIMITER_OR_BLANK_LINE.lastIndex = 0;
  for (let match; (match = DELIMITER_OR_BLANK_LINE.exec(body));) {
    if (match[0] === '\n') delimiters = 0;
    else if (++delimiters >= PARAGRAPH_DELIMITERS) return true;
  }
  return false;
}

export function checkMdxSafety(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  if (!MAY_BE_UNSAFE.test(body) && !mayNestTooDeeply(body)) return problems;
  const report = (node: Node | undefined, line: number | undefined, expected: string, found: string) =>
    problems.push({
      file,
      line: (node?.position?.start.line ?? line ?? 1) + firstLine - 1,
      field: '(nội dung)',
      expected,
      found,
    });

  let tree: MdxNode;
  try {
    // The same parser that renders the body (render-body.ts), so the check sees what readers get.
    tree = mdxToMdast(body) as unknown as MdxNode;
  } catch (error) {
    const { message } = error as Error;
    const at = /^(\d+):\d+: /.exec(message);
    report(
      undefined,
      at ? Number(at[1]) : undefined,
      'Markdown hợp lệ (ký tự "<" hoặc "{" trong văn bản cần viết là "\\<" hoặc "\\{")',
      `lỗi cú pháp MDX: ${message.replace(/^\d+:\d+: /, '').replace(/ \(mdx[^)]*\)$/, '')}`,
    );
    return problems;
  }

  // A walk of our own, not unist-util-visit: it recurses, and these trees may be thousands of levels deep.
  let tooDeep = false;
  const stack: [MdxNode, number][] = [[tree, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_NESTING) {
      // Once per body, where it gets too deep; nothing below is read.
      if (!tooDeep)
        report(
          node,
          undefined,
          `nội dung lồng nhau không quá ${MAX_NESTING} cấp (trích dẫn ">", danh sách trong danh sách, chữ nhấn mạnh, thẻ)`,
          `nội dung lồng nhau hơn ${MAX_NESTING} cấp`,
        );
      tooDeep = true;
      continue;
    }
    if (visitNode(node)) for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push([node.children![i]!, depth + 1]);
  }
  return problems;

  /** Report what is wrong with one node; false to skip its children. */
  function visitNode(node: MdxNode): boolean {
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
          return false; // one message per element, not one per thing inside it
        }
        const isComponent = (ALLOWED_COMPONENTS as readonly string[]).includes(name);
        if (!isComponent && !ALLOWED_ELEMENTS.has(name)) {
          report(
            node,
            undefined,
            `chỉ các thẻ cho phép: ${[...ALLOWED_COMPONENTS, ...ALLOWED_ELEMENTS].join(', ')}`,
            name ? `thẻ <${name}>` : 'thẻ rỗng <>',
          );
          return false;
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
    return true;
  }
}
