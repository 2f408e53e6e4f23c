/**
 * `npm run import -- <file.docx|file.html|file.txt|file.md> [--out content/directives] [--slug name] [--dry-run] [--json] [--force]`
 *
 * Reads one directive, extracts what the text states, and writes
 * `<content>/directives/<slug>.mdx` with placeholders for what it does not.
 * Exit codes: 0 done; 1 unreadable/unsupported/oversized input or bad
 * arguments; 2 the output file exists and --force was not given, or another
 * file of the collection has the same id (--force or not).
 */
import { relative, resolve } from 'node:path';
import { commandLineWords } from './cli.ts';
import { fileSlug, NEEDS_LETTER_OR_DIGIT } from '../src/editor/scaffold.ts';
import { entryIdFromPath } from '../src/content/content-root.ts';
import { extractDirective } from '../src/editor/importer/extract.ts';
import { ImportError, readInput } from '../src/editor/importer/read.ts';
import { formatReport } from '../src/editor/importer/report.ts';
import {
  collectionFolder,
  loadContext,
  OutputExistsError,
  outputFileName,
  renderMdx,
  sameIdFiles,
  writeOutput,
} from '../src/editor/importer/write.ts';
import { settings } from '../src/settings.ts';

const USAGE = `Cách dùng: npm run import -- <tệp.docx|tệp.html|tệp.txt|tệp.md> [--out content/directives] [--slug tên-tệp] [--dry-run] [--json] [--force]
  --out      thư mục ghi tệp .mdx (mặc định: <thư mục nội dung>/directives)
  --slug     tên tệp .mdx (viết không dấu), thay cho tên đặt theo số ký hiệu hoặc trích yếu
  --dry-run  chỉ đọc và báo cáo, không ghi tệp
  --json     in kết quả trích xuất dạng JSON ra stdout (báo cáo ra stderr)
  --force    ghi đè tệp đã có`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const OPTIONS = {
  out: { type: 'string' },
  slug: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
} as const;

const args = commandLineWords(USAGE, OPTIONS, (message) => fail(`Tham số không hợp lệ: ${message}\n\n${USAGE}`, 1));
const [input, ...extra] = args.positionals;
if (!input) fail(`Thiếu tệp văn bản cần nhập.\n\n${USAGE}`, 1);
if (extra.length > 0) fail(`Mỗi lần chỉ nhập một tệp (thừa: ${extra.join(', ')}).\n\n${USAGE}`, 1);
const slug = args.values.slug === undefined ? undefined : fileSlug(args.values.slug);
if (slug === '') fail(`--slug "${args.values.slug}" không dùng được làm tên tệp: ${NEEDS_LETTER_OR_DIGIT}.\n\n${USAGE}`, 1);

// npm runs scripts from the project root; paths are relative to where the editor typed the command.
const base = process.env['INIT_CWD'] ?? process.cwd();
const inputPath = resolve(base, input!);
const dryRun = args.values['dry-run'];
const json = args.values.json;
const show = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel.startsWith('..') ? p : rel;
};

async function readOrExit() {
  try {
    return await readInput(inputPath);
  } catch (error) {
    if (error instanceof ImportError) return fail(error.message, 1);
    return fail(`Không đọc được tệp ${input}: ${(error as Error).message}`, 1);
  }
}
const read = await readOrExit();

const root = settings().contentRoot;
const { context, warnings } = await loadContext(root);
const result = extractDirective(read.text, context);
result.notes.push(...read.warnings, ...warnings);

const outDir = args.values.out ? resolve(base, args.values.out) : resolve(root, 'directives');
const outPath = resolve(outDir, slug ? `${slug}.mdx` : outputFileName(result.frontmatter, context.agencies, input));
const content = renderMdx(result, { draft: true });

// One id per entry across the collection, whatever the folder: --force replaces only the file of that very name.
const clash = await sameIdFiles(collectionFolder(root, outDir), outPath);
const clashMessage = `mã "${entryIdFromPath(outPath)}" trùng với ${clash.map(show).join(', ')} (mã mục là tên tệp viết không dấu, thư mục con không tính)`;
if (dryRun && clash.length > 0)
  result.notes.push(`Tệp ${show(outPath)} sẽ có ${clashMessage}: khi ghi sẽ bị từ chối. Dùng --slug để đặt tên khác.`);

let written = false;
if (!dryRun) {
  if (clash.length > 0)
    fail(
      `Không ghi ${show(outPath)}: ${clashMessage}. Dùng --slug để đặt tên khác, hoặc xóa/đổi tên tệp cũ; --force không ghi đè tệp khác tên.`,
      2,
    );
  try {
    await writeOutput(outPath, content, args.values.force);
    written = true;
  } catch (error) {
    if (error instanceof OutputExistsError)
      fail(`Tệp ${show(outPath)} đã tồn tại — không ghi đè. Dùng --force để ghi đè, hoặc xóa/đổi tên tệp cũ.`, 2);
    fail(`Không ghi được tệp ${show(outPath)}: ${(error as Error).message}`, 1);
  }
}

const report = formatReport(result, { source: input, output: show(outPath), written, dryRun, draft: true });
if (json) {
  const { frontmatter, missing, proposals, notes } = result;
  process.stdout.write(`${JSON.stringify({ frontmatter, missing, proposals, notes }, null, 2)}\n`);
  console.error(report);
} else {
  console.log(report);
}
