/**
 * Extraction result → an MDX file in the content root. Frontmatter keys follow
 * the schema's order; required fields the text does not state are written as
 * commented placeholders under the schema's help for them ("# issued: ''  #
 * CẦN BỔ SUNG: ngày ban hành (ví dụ '2024-03-19')"), so the editor sees them
 * and `npm run check` names exactly those fields.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { entryIdFromPath } from '../../content/content-root.ts';
import { fieldAt } from '../../domain/schema/fields.ts';
import { slugify } from '../../domain/vietnamese.ts';
import { exampleNote, helpComments, yamlField } from '../field-lines.ts';
import type { AgencyRef, CampaignRef, ExtractContext, ExtractResult, ImportedFrontmatter } from './extract.ts';
import { DIRECTIVE_FIELDS, FIELD_ORDER, REQUIRED_FIELDS } from './extract.ts';

/**
 * The field at `path` ("issued", "signer.name") commented out with what it
 * asks for, under its help; an object lists its required parts.
 */
function placeholder(path: string): string {
  const field = fieldAt(DIRECTIVE_FIELDS, path)!;
  const indent = '  '.repeat(path.split('.').length - 1);
  const note = exampleNote(field);
  const ask = `CẦN BỔ SUNG: ${field.meta.label}${note ? ` (${note})` : ''}`;
  const lines = helpComments(field, indent);
  if (field.type === 'object')
    lines.push(`${indent}# ${field.key}:  # ${ask}`, ...field.fields.filter((f) => !f.optional).map((f) => `${indent}#   ${f.key}: ''`));
  else lines.push(`${indent}# ${field.key}: ${field.type === 'list' ? '[]' : "''"}  # ${ask}`);
  return lines.join('\n');
}

export interface RenderOptions {
  /** Write `draft: true` so nothing is published before an editor has checked it. */
  draft?: boolean;
}

export function renderMdx(result: ExtractResult, options: RenderOptions = {}): string {
  const fm = result.frontmatter as Record<string, unknown>;
  const missing = new Set(result.missing);
  const out: string[] = [];
  for (const field of FIELD_ORDER) {
    const value = fm[field];
    if (value !== undefined) {
      let text = yamlField(field, value);
      if (field === 'signer') {
        for (const sub of ['signer.name', 'signer.position']) if (missing.has(sub)) text += `\n${placeholder(sub)}`;
      }
      out.push(text);
    } else if (missing.has(field) && (REQUIRED_FIELDS.includes(field) || field === 'fields')) {
      out.push(placeholder(field));
    }
  }
  if (options.draft) out.push('draft: true');
  const body = result.body.trim() ? `\n${result.body.trimEnd()}\n` : '';
  return `---\n${out.join('\n')}\n---\n${body}`;
}

/**
 * `<slug>.mdx` from number + issuer short name + year ("01/PD-UBND", "UBND
 * huyện Hữu Lũng", 2024 → "01-pd-ubnd-ubnd-huyen-huu-lung-2024.mdx"), or from
 * the title when the document has no number, or from the input's name when
 * neither gives a letter or digit ("!!! ???").
 */
export function outputFileName(frontmatter: ImportedFrontmatter, agencies: readonly AgencyRef[], fallback: string): string {
  const year = frontmatter.issued ? frontmatter.issued.slice(0, 4) : undefined;
  const candidates: string[] = [];
  if (frontmatter.number) {
    const agency = agencies.find((a) => a.id === frontmatter.issuer);
    candidates.push(slugify([frontmatter.number, agency?.shortName, year].filter(Boolean).join(' ')));
  }
  if (frontmatter.title) {
    const base = slugify(frontmatter.title);
    candidates.push(base.length > 80 ? base.slice(0, 80).replace(/-[^-]*$/u, '') : base);
  }
  candidates.push(slugify(basename(fallback, extname(fallback))));
  return `${candidates.find(Boolean) ?? 'van-ban-nhap'}.mdx`;
}

/**
 * The collection folder of a file written to `dir`: `<root>/<collection>`
 * when `dir` is inside the content root (folders under it only organise
 * files), else `dir` itself.
 */
export function collectionFolder(root: string, dir: string): string {
  const rel = relative(root, dir);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return dir;
  return join(root, rel.split(sep)[0]!);
}

/**
 * The `.mdx` files under `folder`, at any depth, whose entry id is that of
 * `path`, other than `path` itself: "Zq Hợp lệ.mdx" and "2024/zq-hop-le.mdx"
 * are one id, which the check would refuse later.
 */
export async function sameIdFiles(folder: string, path: string): Promise<string[]> {
  const id = entryIdFromPath(path);
  let names: string[];
  try {
    names = await readdir(folder, { recursive: true });
  } catch {
    // No folder yet: nothing to clash with.
    return [];
  }
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => resolve(folder, name))
    .filter((file) => file !== resolve(path) && entryIdFromPath(file) === id)
    .sort();
}

/** The file exists and `--force` was not given. */
export class OutputExistsError extends Error {
  override name = 'OutputExistsError';
  readonly path: string;
  constructor(path: string) {
    super(`Tệp ${path} đã tồn tại — không ghi đè. Dùng --force để ghi đè, hoặc xóa/đổi tên tệp cũ.`);
    this.path = path;
  }
}

/** Writes `content`; refuses (atomically, with the `wx` flag) to replace a file unless `force`. */
export async function writeOutput(path: string, content: string, force = false): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, content, { encoding: 'utf8', flag: force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new OutputExistsError(path);
    throw error;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;

/**
 * Agencies from `<root>/agencies.yaml` and campaign names from
 * `<root>/campaigns/**\/*.mdx`. Unreadable pieces become warnings: the
 * importer still runs, it only matches less.
 */
export async function loadContext(root: string): Promise<{ context: ExtractContext; warnings: string[] }> {
  const warnings: string[] = [];
  const agencies: AgencyRef[] = [];
  try {
    const data = parse(await readFile(join(root, 'agencies.yaml'), 'utf8')) as Record<
      string,
      { name?: unknown; shortName?: unknown }
    > | null;
    for (const [id, entry] of Object.entries(data ?? {})) {
      if (entry && typeof entry.name === 'string') {
        agencies.push({ id, name: entry.name, shortName: typeof entry.shortName === 'string' ? entry.shortName : entry.name });
      }
    }
  } catch (error) {
    warnings.push(
      `Không đọc được ${join(root, 'agencies.yaml')} (${(error as Error).message.split('\n')[0]}): không khớp được cơ quan ban hành.`,
    );
  }

  const campaigns: CampaignRef[] = [];
  const dir = join(root, 'campaigns');
  let files: string[] = [];
  try {
    files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.mdx')).sort();
  } catch {
    warnings.push(`Không đọc được thư mục ${dir}: không khớp được phong trào.`);
  }
  for (const file of files) {
    try {
      const source = await readFile(join(dir, file), 'utf8');
      const m = FRONTMATTER.exec(source);
      const data = m ? (parse(m[1]!) as { name?: unknown } | null) : null;
      if (data && typeof data.name === 'string') campaigns.push({ id: entryIdFromPath(file), name: data.name });
    } catch {
      warnings.push(`Bỏ qua ${join(dir, file)}: frontmatter không đọc được.`);
    }
  }
  return { context: { agencies, campaigns }, warnings };
}
