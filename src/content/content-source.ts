/**
 * Reads a content root straight from disk, keeping line numbers, so that
 * `npm run check` and the build's first step can point editors at
 * `file:line` without running Astro.
 */
import { readFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { inBatches } from '../domain/batches.ts';
import { decodeText, FOLDER_LINK, isRefusal, readContentText, regularFileInside, type FileRefusal } from './content-files.ts';
import { entryIdFromPath } from './content-root.ts';
import { parseYaml, parseYamlEntries, type YamlProblem } from '../domain/frontmatter.ts';
import { LIMITS } from '../domain/limits.ts';
import { fieldName, type FieldPath, type Problem } from '../domain/problems.ts';
import type { CollectionName } from '../domain/publication.ts';

export const MDX_COLLECTIONS = ['directives', 'campaigns', 'figures', 'results'] as const;

export interface SourceEntry {
  collection: CollectionName;
  id: string;
  /** Path shown to editors (relative to the working directory). */
  file: string;
  data: unknown;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** 1-based line of a frontmatter field (or of its nearest existing parent). */
  lineOf: (path: FieldPath) => number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** An MDX file's YAML frontmatter text and its body, or null without frontmatter. */
export function splitFrontmatter(source: string): { yaml: string; body: string; bodyLine: number } | null {
  const match = FRONTMATTER.exec(source);
  if (!match) return null;
  const bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return { yaml: match[1]!, body: source.slice(match[0].length), bodyLine };
}

/**
 * Lines are needed only for a problem, which is rare, while the build keeps
 * every checked entry: the file is read and parsed again on demand rather
 * than every file's syntax tree (or text) kept, which grows with the
 * archive (docs/performance.md, "Content check lines").
 */
function locator(readYaml: () => string, firstLine: number, prefix: FieldPath = []) {
  return (path: FieldPath): number => {
    const counter = new LineCounter();
    let node: unknown = parseDocument(readYaml(), { lineCounter: counter }).contents as YamlNode | null;
    let line = firstLine;
    const lineAt = (n: unknown) => {
      const range = (n as { range?: [number, number, number] } | null)?.range;
      return range ? counter.linePos(range[0]).line + firstLine - 1 : line;
    };
    for (const key of [...prefix, ...path]) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        if (!pair) break;
        line = lineAt(pair.key);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        line = lineAt(node);
      } else break;
    }
    return line;
  };
}

/** Files read at once, by the check and the Astro loader alike: enough to overlap disk reads with parsing. */
export const PARALLEL_READS = 16;

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith('..') ? path : rel;
}

/** A file's text as the check read it, for a problem's line later: decoded the same way. */
function readSource(path: string): string {
  const text = decodeText(readFileSync(path));
  return typeof text === 'string' ? text : '';
}

/**
 * The MDX files of one collection folder, and the links in it that lead out
 * of the root. Folder links are never followed (each entry is read once, from
 * where it is); a file link is read only if it resolves inside the root.
 */
export async function collectionFiles(root: string, dir: string): Promise<{ files: string[]; refused: { path: string; refusal: FileRefusal }[] }> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return { files: [], refused: [] };
  }
  const files: string[] = [];
  const refused: { path: string; refusal: FileRefusal }[] = [];
  for (const dirent of dirents) {
    const path = join(dirent.parentPath, dirent.name);
    if (dirent.isSymbolicLink()) {
      // Sizes are checked when the file is read.
      const target = regularFileInside(root, path, Number.POSITIVE_INFINITY);
      if (isRefusal(target)) refused.push({ path, refusal: target.found === 'một thư mục' ? FOLDER_LINK : target });
      else if (path.endsWith('.mdx')) files.push(path);
    } else if (dirent.isFile() && path.endsWith('.mdx')) files.push(path);
  }
  return { files: files.sort(), refused };
}

/** Reads every collection under `root`; unreadable files and YAML errors become problems, never crashes. */
export async function readContent(root: string, cwd = process.cwd()): Promise<{ entries: SourceEntry[]; problems: Problem[]; agenciesReadable: boolean }> {
  const entries: SourceEntry[] = [];
  const problems: Problem[] = [];
  const refuse = (file: string, refusal: FileRefusal, field = '(tệp)') => problems.push({ file, line: refusal.line, field, expected: refusal.expected, found: refusal.found });
  const yamlProblem = (file: string, p: YamlProblem) => problems.push({ file, line: p.line, field: fieldName(p.path), expected: p.expected, found: p.found });

  for (const collection of MDX_COLLECTIONS) {
    const { files, refused } = await collectionFiles(root, join(root, collection));
    for (const { path, refusal } of refused) refuse(displayPath(path, cwd), refusal);
    const sources: (string | FileRefusal)[] = new Array(files.length);
    await inBatches(files, PARALLEL_READS, async (path, i) => {
      sources[i] = await readContentText(root, path, LIMITS.entryFileBytes);
    });
    for (const [i, path] of files.entries()) {
      const file = displayPath(path, cwd);
      const source = sources[i]!;
      if (typeof source !== 'string') {
        refuse(file, source);
        continue;
      }
      const id = entryIdFromPath(path);
      if (id === '') {
        refuse(file, { line: 1, expected: 'tên tệp có chữ hoặc chữ số (mã mục là tên tệp viết không dấu)', found: `tên tệp "${relative(join(root, collection), path)}"` }, '(tên tệp)');
        continue;
      }
      const split = splitFrontmatter(source);
      if (!split) {
        problems.push({ file, line: 1, field: '(frontmatter)', expected: 'khối frontmatter mở và đóng bằng dòng "---" ở đầu tệp', found: 'không có frontmatter' });
        continue;
      }
      const parsed = parseYaml(split.yaml, 2);
      if ('problems' in parsed) {
        for (const p of parsed.problems) yamlProblem(file, p);
        continue;
      }
      entries.push({
        collection,
        id,
        file,
        data: parsed.data,
        body: split.body,
        bodyLine: split.bodyLine,
        lineOf: locator(() => splitFrontmatter(readSource(path))?.yaml ?? '', 2),
      });
    }
  }

  const agenciesPath = join(root, 'agencies.yaml');
  const file = displayPath(agenciesPath, cwd);
  const source = await readContentText(root, agenciesPath, LIMITS.agenciesFileBytes);
  if (typeof source !== 'string') {
    refuse(file, source.found === 'không tìm thấy' ? { ...source, expected: 'tệp danh sách cơ quan ban hành agencies.yaml', found: 'không có tệp' } : source);
    return { entries, problems, agenciesReadable: false };
  }
  const agencies = parseYamlEntries(source);
  for (const p of agencies.problems) yamlProblem(file, p);
  for (const [id, data] of agencies.entries) {
    entries.push({ collection: 'agencies', id, file, data, body: '', bodyLine: 0, lineOf: locator(() => readSource(agenciesPath), 1, [id]) });
  }
  return { entries, problems, agenciesReadable: agencies.readable };
}
