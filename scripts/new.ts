/**
 * `npm run new -- directive|campaign|figure|result "<tiêu đề>"`: create a
 * correctly named entry with every field, explained. Never overwrites.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentRoot } from '../src/lib/content-root.ts';
import { COLLECTION_DIR, SCAFFOLD_KINDS, scaffold, type ScaffoldKind } from '../src/editor/scaffold.ts';

const [kind, ...titleWords] = process.argv.slice(2);
const title = titleWords.join(' ').trim();
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind) || !title) {
  console.error(`Cách dùng: npm run new -- ${SCAFFOLD_KINDS.join('|')} "Tiêu đề"`);
  process.exit(1);
}
const { fileName, text } = scaffold(kind as ScaffoldKind, title);
const dir = join(contentRoot(), COLLECTION_DIR[kind as ScaffoldKind]);
const path = join(dir, fileName);
const rel = relative(process.cwd(), path);
const shown = rel.startsWith('..') ? path : rel;
if (existsSync(path)) {
  console.error(`Không ghi: ${shown} đã có. Đặt tiêu đề khác hoặc sửa trực tiếp tệp đó.`);
  process.exit(2);
}
mkdirSync(dir, { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(`Đã tạo ${shown} (bản nháp). Điền các trường, rồi chạy npm run check.`);
