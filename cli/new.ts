/**
 * `npm run new -- directive|campaign|figure|result "<tiêu đề>" [--slug tên-tệp]`:
 * create a correctly named entry with every field, explained. Never
 * overwrites, and refuses a name whose id a file of the collection has.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryIdFromPath } from '../src/content/content-root.ts';
import { yearOf } from '../src/domain/dates.ts';
import { COLLECTION_DIR, fileSlug, NEEDS_LETTER_OR_DIGIT, SCAFFOLD_KINDS, scaffold, type ScaffoldKind } from '../src/editor/scaffold.ts';
import { sameIdFiles } from '../src/editor/importer/write.ts';
import { settings } from '../src/settings.ts';
import { commandLineWords } from './cli.ts';

const USAGE = `Cách dùng: npm run new -- ${SCAFFOLD_KINDS.join('|')} "Tiêu đề" [--slug tên-tệp]
  --slug  tên tệp .mdx (viết không dấu), thay cho tên đặt theo tiêu đề`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

const args = commandLineWords(USAGE, { slug: { type: 'string' } }, (message) => fail(`Tham số không hợp lệ: ${message}\n\n${USAGE}`, 1));
const [kind, ...titleWords] = args.positionals;
const title = titleWords.join(' ').trim();
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind) || !title) fail(USAGE, 1);

const given = args.values.slug;
const slug = fileSlug(given ?? title);
if (!slug) {
  if (given !== undefined) fail(`--slug "${given}" không dùng được làm tên tệp: ${NEEDS_LETTER_OR_DIGIT}.\n\n${USAGE}`, 1);
  fail(
    `Tiêu đề "${title}" không cho tên tệp dùng được: ${NEEDS_LETTER_OR_DIGIT}. Đặt tên tệp bằng --slug, ví dụ: npm run new -- ${kind} "${title.replace(/"/gu, '\\"')}" --slug ten-tep`,
    1,
  );
}
const { contentRoot, today } = settings();
const { fileName, text } = scaffold(kind as ScaffoldKind, title, yearOf(today), slug);
const dir = join(contentRoot, COLLECTION_DIR[kind as ScaffoldKind]);
const path = join(dir, fileName);
const show = (p: string) => {
  const rel = relative(process.cwd(), p);
  return rel.startsWith('..') ? p : rel;
};
const exists = () => fail(`Không ghi: ${show(path)} đã có. Đặt tiêu đề khác, dùng --slug, hoặc sửa trực tiếp tệp đó.`, 2);
if (existsSync(path)) exists();
const clash = await sameIdFiles(dir, path);
if (clash.length > 0) {
  fail(
    `Không ghi: ${show(path)} sẽ có mã "${entryIdFromPath(path)}" trùng với ${clash.map(show).join(', ')} (mã mục là tên tệp viết không dấu, thư mục con không tính). Đặt tiêu đề khác, dùng --slug, hoặc sửa trực tiếp tệp đó.`,
    2,
  );
}
mkdirSync(dir, { recursive: true });
try {
  writeFileSync(path, text, { flag: 'wx' });
} catch (error) {
  // Created meanwhile: still never overwritten.
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') exists();
  fail(`Không ghi được tệp ${show(path)}: ${(error as Error).message}`, 1);
}
console.log(`Đã tạo ${show(path)} (bản nháp). Điền các trường, rồi chạy npm run check.`);
