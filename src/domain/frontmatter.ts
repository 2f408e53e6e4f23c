/**
 * YAML as editors write it, read one way everywhere (the check, the build's
 * loader, the dev server). Pure: text in, data or problems out.
 *
 * - Aliases (`*name`) are refused: js-yaml expands them without limit, and a
 *   110 KB text referenced 2,000 times made a 270 MB page. Editors never
 *   need them.
 * - A key written twice is named, with the line of its first use.
 * - Numbers are decimal only: YAML's core schema reads `0x64` as 100 and
 *   `0o14` as 12, which no clerk means.
 */
import { FAILSAFE_SCHEMA, load, Type, type YAMLException } from 'js-yaml';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { formatNumber } from './numbers.ts';
import type { FieldPath } from './problems.ts';

/** A problem in YAML text, before it is tied to a file. */
export interface YamlProblem {
  line: number;
  path: FieldPath;
  expected: string;
  found: string;
}

const DECIMAL_INT = /^[-+]?[0-9]+$/;
const DECIMAL_FLOAT = /^[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?$/;

const NULL = /^(?:~|null|Null|NULL|)$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;

/** YAML 1.2's core schema with decimal numbers only (everything else stays text). */
const DECIMAL_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string | null) => s === null || NULL.test(s),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => BOOL.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: (s: string) => DECIMAL_INT.test(s), construct: Number }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) => DECIMAL_FLOAT.test(s) && !DECIMAL_INT.test(s),
      construct: Number,
    }),
  ],
});

/** Aliases and anchors need "*" or "&": text without them takes the fast path. */
const MAY_HAVE_ALIAS = /[*&]/;

/**
 * Aliases, repeated keys and syntax errors, found by `yaml` (it gives lines
 * and never expands what it is not asked to). Walked without recursion:
 * frontmatter nesting is bounded only by the file's size.
 */
function structuralProblems(text: string, firstLine: number): YamlProblem[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      line: lineOf(error.pos[0]),
      path: [],
      expected: 'YAML hợp lệ',
      found: `lỗi cú pháp: ${error.message.split('\n')[0]}`,
    }));
  }
  const problems: YamlProblem[] = [];
  const stack: { node: unknown; path: FieldPath }[] = [{ node: doc.contents, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const start = (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
    if (isAlias(node)) {
      problems.push({
        line: lineOf(start),
        path,
        expected: 'giá trị viết trực tiếp (không dùng bí danh YAML *tên)',
        found: `bí danh YAML "*${node.source}"`,
      });
    } else if (isMap(node)) {
      const first = new Map<unknown, number>();
      const values: { node: unknown; path: FieldPath }[] = [];
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? keyNode.value : keyNode;
        const keyLine = lineOf((keyNode as { range?: [number, number, number] } | null)?.range?.[0] ?? start);
        if (isAlias(keyNode)) {
          problems.push({
            line: keyLine,
            path,
            expected: 'tên trường viết trực tiếp (không dùng bí danh YAML *tên)',
            found: `bí danh YAML "*${keyNode.source}"`,
          });
          continue;
        }
        const seen = first.get(key);
        if (seen !== undefined) {
          problems.push({
            line: keyLine,
            path: [...path, String(key)],
            expected: 'mỗi trường ghi một lần',
            found: `trường "${String(key)}" lặp lại (lần đầu ở dòng ${seen})`,
          });
          continue;
        }
        first.set(key, keyLine);
        values.push({ node: pair.value, path: [...path, String(key)] });
      }
      stack.push(...values.reverse());
    } else if (isSeq(node)) {
      // Pushed last to first, so that problems come in document order.
      for (let index = node.items.length - 1; index >= 0; index--) stack.push({ node: node.items[index], path: [...path, index] });
    }
  }
  problems.sort((a, b) => a.line - b.line);
  // One line for every alias of a file: 8,000 of them are one mistake.
  const aliases = problems.filter((p) => p.found.startsWith('bí danh'));
  if (aliases.length < 2) return problems;
  const first = { ...aliases[0]!, found: `${aliases[0]!.found} (và ${formatNumber(aliases.length - 1)} chỗ khác)` };
  return problems.filter((p) => !aliases.includes(p) || p === aliases[0]).map((p) => (p === aliases[0] ? first : p));
}

/**
 * YAML text as data, or its problems. `firstLine` is the file line of the
 * text's first line (2 for frontmatter after its "---").
 */
export function parseYaml(text: string, firstLine: number): { data: unknown } | { problems: YamlProblem[] } {
  if (MAY_HAVE_ALIAS.test(text)) {
    const problems = structuralProblems(text, firstLine);
    if (problems.length > 0) return { problems };
  }
  try {
    // js-yaml: about 8 times as fast as `yaml`, and every build parses every file.
    return { data: load(text, { schema: DECIMAL_SCHEMA }) };
  } catch (error) {
    const problems = structuralProblems(text, firstLine);
    if (problems.length > 0) return { problems };
    const mark = (error as YAMLException).mark;
    return {
      problems: [
        {
          line: (mark?.line ?? 0) + firstLine,
          path: [],
          expected: 'YAML hợp lệ',
          found: `lỗi cú pháp: ${(error as Error).message.split('\n')[0]}`,
        },
      ],
    };
  }
}

/**
 * The top-level entries of a YAML mapping (agencies.yaml), each on its own:
 * an entry written twice keeps its first value, and an aliased entry is set
 * aside, so one slip does not turn every directive of those agencies into an
 * error. `readable` is false when the file as a whole cannot be read.
 */
export function parseYamlEntries(text: string): { entries: Map<string, unknown>; problems: YamlProblem[]; readable: boolean } {
  const notAMapping = { line: 1, path: [], expected: 'một bảng mã cơ quan → thông tin cơ quan', found: 'nội dung khác' };
  const parsed = parseYaml(text, 1);
  if ('data' in parsed) {
    const { data } = parsed;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { entries: new Map(), problems: [notAMapping], readable: false };
    return { entries: new Map(Object.entries(data)), problems: [], readable: true };
  }
  const { problems } = parsed;
  const doc = parseDocument(text, { uniqueKeys: false });
  if (problems.some((p) => p.path.length === 0) || !isMap(doc.contents)) return { entries: new Map(), problems, readable: false };
  const aliased = new Set(problems.filter((p) => p.found.startsWith('bí danh')).map((p) => String(p.path[0])));
  const entries = new Map<string, unknown>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || entries.has(key) || aliased.has(key)) continue;
    entries.set(key, (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null);
  }
  return { entries, problems, readable: true };
}
