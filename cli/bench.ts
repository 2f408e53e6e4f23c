/**
 * `npm run bench -- --docs N [--docs M …] [--compare 1000,5000,10000]
 *                  [--out bench/out] [--results bench/results] [--keep] [--seed S]
 *                  [--no-lighthouse]`
 *
 * Builds a synthetic archive of N directives with the project's real build and
 * measures it (see bench/run.ts). Each size writes bench/results/<date>-<N>.json;
 * the markdown table at the end has one column per size, each measure next to
 * the budget. Progress goes to stderr, the table to stdout. Exit code 1
 * when a budget is missed, 2 on bad arguments.
 *
 * Not part of `npm test`: the test suite only runs a tiny corpus through this
 * code (tests/bench/run.test.ts).
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { allBudgetsMet, markdownTable, type BenchReport } from '../bench/report.ts';
import { DEFAULT_OUT, DEFAULT_RESULTS, runBench } from '../bench/run.ts';
import { commandLine } from './cli.ts';

const USAGE =
  'Usage: npm run bench -- --docs N [--docs M …] [--compare 1000,5000,10000] [--out bench/out] [--results bench/results] [--keep] [--seed S] [--no-lighthouse]';

function fail(message: string): never {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

const values = commandLine(
  USAGE,
  {
    docs: { type: 'string', multiple: true },
    compare: { type: 'string' },
    out: { type: 'string' },
    results: { type: 'string' },
    keep: { type: 'boolean', default: false },
    seed: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
  },
  fail,
);

const sizes = [...(values.docs ?? []), ...(values.compare ? values.compare.split(',') : [])].map((s) => s.trim().replace(/_/gu, ''));
if (sizes.length === 0) fail('give --docs N or --compare N,M,…');
for (const s of sizes) if (!/^[1-9]\d*$/u.test(s)) fail(`not a positive integer: "${s}"`);
if (values.seed !== undefined && !/^-?\d+$/u.test(values.seed)) fail('--seed must be an integer');
const docsList = [...new Set(sizes.map(Number))].sort((a, b) => a - b);

const reports: BenchReport[] = [];
// Each size's work folder (60,000 files at 10k) is removed after the last
// size, not before the next: on a disk that keeps freed inodes aside for
// minutes (ext4 without a journal, as on the project's machine), deleting
// them slowed the next size's build, which then measured the clean-up.
const workDirs: string[] = [];
try {
  for (const docs of docsList) {
    const { report, workDir } = await runBench({
      docs,
      out: resolve(values.out ?? DEFAULT_OUT),
      resultsDir: resolve(values.results ?? DEFAULT_RESULTS),
      keep: true,
      lighthouse: !values['no-lighthouse'],
      ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
    });
    reports.push(report);
    if (workDir) workDirs.push(workDir);
  }
} finally {
  if (!values.keep) {
    for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
    if (workDirs.length > 0) console.error(`bench: work folders removed: ${workDirs.join(', ')}`);
  }
}

console.log(`\n${markdownTable(reports)}\n`);
if (!reports.every(allBudgetsMet)) {
  console.error('bench: at least one budget is missed (see ❌ above).');
  process.exitCode = 1;
}
