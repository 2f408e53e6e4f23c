/**
 * `npm run bench:corpus -- --docs N --out DIR [--seed S] [--today YYYY-MM-DD] [--force]`
 *
 * Writes a deterministic synthetic content root (see bench/corpus.ts) under
 * DIR: agencies.yaml, campaigns/, directives/, figures/, results/. Point the
 * checker or the build at it with `npm run check -- DIR` or
 * ARCHIVE_CONTENT_DIR=DIR.
 *
 * It never overwrites work silently: a non-empty DIR is refused unless
 * --force, and even then only the corpus' own entries (the four collection
 * folders, files/ and agencies.yaml) are replaced, never the project's own
 * content folder or a directory that looks like a project.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_SEED, DEFAULT_TODAY, generateCorpus } from '../bench/corpus.ts';
import { commandLine } from './cli.ts';

const USAGE = 'Cách dùng: npm run bench:corpus -- --docs N --out THƯ_MỤC [--seed S] [--today YYYY-MM-DD] [--force]';
const OWNED = ['agencies.yaml', 'campaigns', 'directives', 'figures', 'results', 'files'];

function fail(message: string): never {
  console.error(`bench:corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

const values = commandLine(USAGE, {
  docs: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  today: { type: 'string' },
  force: { type: 'boolean', default: false },
}, fail);
if (!values.docs || !/^\d+$/.test(values.docs)) fail('cần --docs là số nguyên dương');
if (!values.out) fail('cần --out (thư mục đích)');
if (values.seed !== undefined && !/^-?\d+$/.test(values.seed)) fail('--seed phải là số nguyên');
const docs = Number(values.docs);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const today = values.today ?? DEFAULT_TODAY;
const out = resolve(values.out);

if (existsSync(out)) {
  if (!statSync(out).isDirectory()) fail(`${out} không phải là thư mục`);
  const entries = readdirSync(out);
  if (entries.length > 0) {
    if (!values.force) fail(`${out} không rỗng (${entries.length} mục); không ghi đè. Thêm --force để thay thế kho thử nghiệm cũ`);
    const projectContent = resolve(import.meta.dirname, '..', 'content');
    if (out === projectContent || entries.includes('package.json') || entries.includes('.git') || entries.includes('src')) {
      fail(`${out} trông như nội dung thật hoặc một dự án; --force chỉ dành cho thư mục kho thử nghiệm`);
    }
    for (const name of OWNED) rmSync(join(out, name), { recursive: true, force: true });
  }
}

const started = performance.now();
const counts = new Map<string, number>();
let files = 0;
let bytes = 0;
const drafts = new Map<string, number>();
const made = new Set<string>();
try {
  for (const file of generateCorpus({ docs, seed, today })) {
    const path = join(out, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(path, file.content);
    files++;
    bytes += Buffer.byteLength(file.content);
    const collection = file.path.includes('/') ? file.path.split('/')[0]! : 'agencies';
    counts.set(collection, (counts.get(collection) ?? 0) + 1);
    if (/\ndraft: true\n/.test(file.content)) drafts.set(collection, (drafts.get(collection) ?? 0) + 1);
  }
} catch (error) {
  if (error instanceof RangeError) fail(error.message);
  throw error;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const mb = (bytes / 1024 / 1024).toFixed(1);
const n = (c: string) => `${counts.get(c) ?? 0}${drafts.get(c) ? ` (${drafts.get(c)} bản nháp)` : ''}`;
console.log(
  `bench:corpus: ${n('directives')} văn bản, ${n('campaigns')} phong trào, ${n('figures')} điển hình, ${n('results')} kết quả, ${n('agencies')} tệp cơ quan; ${files} tệp, ${mb} MB (${bytes} byte) → ${out} trong ${seconds} giây (seed ${seed}, today ${today})`,
);
