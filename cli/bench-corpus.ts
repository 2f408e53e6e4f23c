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
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, DEFAULT_TODAY, generateCorpus, writeCorpus, type WrittenCorpus } from '../bench/corpus.ts';
import { commandLine } from './cli.ts';

const USAGE = 'Cách dùng: npm run bench:corpus -- --docs N --out THƯ_MỤC [--seed S] [--today YYYY-MM-DD] [--force]';
const OWNED = ['agencies.yaml', 'campaigns', 'directives', 'figures', 'results', 'files'];

function fail(message: string): never {
  console.error(`bench:corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

const values = commandLine(
  USAGE,
  {
    docs: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    today: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  fail,
);
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

let written: WrittenCorpus;
try {
  written = writeCorpus(out, generateCorpus({ docs, seed, today }));
} catch (error) {
  if (error instanceof RangeError) fail(error.message);
  throw error;
}
const { files, bytes, counts, drafts } = written;
const seconds = (written.ms / 1000).toFixed(1);
const mb = (bytes / 1024 / 1024).toFixed(1);
const n = (c: string) => `${counts[c] ?? 0}${drafts[c] ? ` (${drafts[c]} bản nháp)` : ''}`;
console.log(
  `bench:corpus: ${n('directives')} văn bản, ${n('campaigns')} phong trào, ${n('figures')} điển hình, ${n('results')} kết quả, ${n('agencies')} tệp cơ quan; ${files} tệp, ${mb} MB (${bytes} byte) → ${out} trong ${seconds} giây (seed ${seed}, today ${today})`,
);
