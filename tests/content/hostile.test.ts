/**
 * Hostile input (tests/support/hostile.ts): every case gives exactly one
 * problem, with its file, line and field, and the check never throws.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DOCX_FILE_BYTES, MAX_DOCX_PART_BYTES, MAX_DOCX_UNPACKED_BYTES, MAX_DOCX_XML_BYTES, MAX_TEXT_FILE_BYTES } from '../../src/editor/importer/read.ts';
import { checkContent } from '../../src/content/check.ts';
import { LIMITS } from '../../src/domain/limits.ts';
import { MAX_NESTING } from '../../src/domain/mdx-safety.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { formatBytes, formatNumber } from '../../src/domain/numbers.ts';
import { PROJECT } from '../../harness/build.ts';
import { directiveSource, HOSTILE_CASES, hostileRoot } from '../support/hostile.ts';

const TODAY = '2026-06-30';

describe('hostile input is refused with file, line and field', () => {
  it.each(HOSTILE_CASES.map((c) => [c.family, c.name, c] as const))('%s: %s', async (_family, _name, hostile) => {
    const root = hostileRoot(hostile);
    const { problems } = await checkContent(root, { cwd: root, today: TODAY });
    const lines = problems.map(formatProblem);
    expect(lines, lines.join('\n')).toHaveLength(1);
    const [problem] = problems;
    expect({ file: problem!.file, line: problem!.line, field: problem!.field }).toEqual({
      file: hostile.problem.file,
      line: hostile.problem.line,
      field: hostile.problem.field,
    });
    expect(formatProblem(problem!)).toMatch(hostile.problem.found);
    expect(lines[0]).toMatch(/^\S.*:\d+ \S.*: cần .+, nhận được .+$/su);
  });
});

describe('what editors’ own tools write is still read', () => {
  it('a byte-order mark (Windows Notepad) before the frontmatter and in agencies.yaml', async () => {
    const root = hostileRoot({ ...HOSTILE_CASES[0]!, make: () => {} });
    for (const file of ['directives/van-ban-mot.mdx', 'agencies.yaml']) writeFileSync(join(root, file), `\uFEFF${readFileSync(join(root, file), 'utf8')}`);
    const { problems, entries } = await checkContent(root, { cwd: root, today: TODAY });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.find((e) => e.id === 'van-ban-mot')?.data).toMatchObject({ title: 'Về việc thử nghiệm' });
    expect(entries.filter((e) => e.collection === 'agencies').map((e) => e.id).sort()).toEqual(['ubnd-huyen-a', 'ubnd-tinh-b']);
  });

  it('an attachment that links to another file inside the root', async () => {
    const root = hostileRoot({ ...HOSTILE_CASES[0]!, make: () => {} });
    mkdirSync(join(root, 'files'));
    writeFileSync(join(root, 'files/ban-that.pdf'), '%PDF-1.4');
    symlinkSync('ban-that.pdf', join(root, 'files/ban-goc.pdf'));
    writeFileSync(join(root, 'directives/tep-noi-bo.mdx'), directiveSource({ extra: 'attachments:\n  - file: ban-goc.pdf\n    label: Bản gốc\n' }));
    const { problems } = await checkContent(root, { cwd: root, today: TODAY });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('the limits', () => {
  it('are stated in the editor guide as the check and the importer enforce them', () => {
    const guide = readFileSync(join(PROJECT, 'docs/bien-tap.md'), 'utf8');
    const stated = [
      `| ${formatBytes(LIMITS.entryFileBytes)} |`,
      `| ${formatBytes(LIMITS.agenciesFileBytes)} |`,
      `| ${formatBytes(LIMITS.attachmentBytes)} |`,
      `| ${formatNumber(LIMITS.textCharacters)} ký tự |`,
      `| ${MAX_NESTING} cấp |`,
      `đến ${formatNumber(LIMITS.largestFigure)}`,
      `ít nhất ${formatNumber(LIMITS.smallestFigure, 6)}`,
      `\`.docx\` lớn hơn ${formatBytes(MAX_DOCX_FILE_BYTES)}`,
      `lớn hơn\n${formatBytes(MAX_TEXT_FILE_BYTES)}`,
      `không quá ${formatBytes(MAX_DOCX_XML_BYTES)}`,
      `không quá ${formatBytes(MAX_DOCX_PART_BYTES)}`,
      `${formatBytes(MAX_DOCX_UNPACKED_BYTES)}`,
    ];
    expect(stated.filter((s) => !guide.includes(s))).toEqual([]);
  });
});
