/**
 * `npm run check [-- <content-root>]`: validate all content without building
 * the site, with the same schemas and integrity rules as the build.
 * Prints one problem per line (`file:line field: cần …, nhận được …`),
 * exits 1 when there is any.
 */
import { resolve } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { formatProblem } from '../src/domain/problems.ts';
import { settings } from '../src/settings.ts';

const root = process.argv[2] ? resolve(process.argv[2]) : settings().contentRoot;
const started = performance.now();
const { problems, entries } = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const problem of problems) console.log(formatProblem(problem));
if (problems.length > 0) {
  console.error(`\n✗ ${problems.length} lỗi trong ${root} (${entries.length} mục hợp lệ, ${seconds} giây).`);
  process.exit(1);
}
console.log(`✓ Nội dung hợp lệ: ${entries.length} mục trong ${root} (${seconds} giây).`);
