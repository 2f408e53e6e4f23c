/**
 * `npm run import` end to end, run as the editor runs it (Node on
 * cli/import.ts) against a temporary content root under the OS temp dir.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUIRED_FIELDS } from '../../src/editor/importer/extract.ts';
import { checkContent } from '../../src/content/check.ts';
import { agenciesYaml, CAMPAIGNS, campaignMdx, FIXTURES, PROJECT, SEEDS } from './context.ts';

const SEED_000 = join(SEEDS, '000_d9fba9cffce33b6e.txt');
const SEED_004 = join(SEEDS, '004_25a8ec443bc39fc5.txt');
const OUTPUT_004 = '01-pd-ubnd-ubnd-huyen-huu-lung-2024.mdx';

/** A content root with the test agencies and campaigns, and an empty directives folder. */
function contentRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-import-'));
  writeFileSync(join(root, 'agencies.yaml'), agenciesYaml());
  mkdirSync(join(root, 'campaigns'));
  mkdirSync(join(root, 'directives'));
  for (const [id, name] of CAMPAIGNS) writeFileSync(join(root, 'campaigns', `${id}.mdx`), campaignMdx(name));
  return root;
}

function runImport(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(PROJECT, 'cli/import.ts'), ...args], {
    cwd: PROJECT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: root },
    encoding: 'utf8',
  });
}

const directives = (root: string) => readdirSync(join(root, 'directives')).sort();
/** A Node stack frame ("    at main (file:line)"): the editor must see a message, never a crash. */
const STACK_FRAME = /^\s+at /m;

describe('npm run import', () => {
  it('--dry-run --json prints the extraction as JSON and writes nothing', () => {
    const root = contentRoot();
    const run = runImport(root, SEED_004, '--dry-run', '--json');
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['frontmatter', 'missing', 'proposals', 'notes']);
    expect(out['frontmatter']).toMatchObject({
      kind: 'phát động',
      number: '01/PD-UBND',
      issuer: 'ubnd-huyen-huu-lung',
      issued: '2024-03-19',
    });
    expect(out['missing']).toEqual(['effective', 'expires', 'relations', 'targets', 'fields']);
    expect(out['proposals']).toEqual({ campaigns: ['Người tốt, việc tốt', 'Xây dựng nông thôn mới'] });
    // The report goes to stderr so stdout stays machine-readable.
    expect(run.stderr).toContain(
      'Cần bổ sung: effective (ngày có hiệu lực), expires (ngày hết hiệu lực), relations (văn bản bị tác động), targets (chỉ tiêu), fields (lĩnh vực)',
    );
    expect(run.stderr).toContain('Chạy thử (--dry-run)');
    expect(directives(root)).toEqual([]);
  });

  it('--dry-run alone prints the report to stdout and writes nothing', () => {
    const root = contentRoot();
    const run = runImport(root, SEED_004, '--dry-run');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('  • number (số, ký hiệu): 01/PD-UBND');
    expect(directives(root)).toEqual([]);
  });

  it('writes the file, refuses to overwrite it (exit 2), and overwrites with --force', () => {
    const root = contentRoot();
    const first = runImport(root, SEED_004);
    expect(first.status, first.stderr).toBe(0);
    expect(directives(root)).toEqual([OUTPUT_004]);
    const path = join(root, 'directives', OUTPUT_004);
    expect(first.stdout).toContain(`Đã ghi ${path}`);
    const generated = readFileSync(path, 'utf8');
    expect(generated.startsWith('---\nkind: phát động\nnumber: 01/PD-UBND\n')).toBe(true);

    writeFileSync(path, `${generated}\nGhi chú của biên tập viên.\n`);
    const edited = readFileSync(path, 'utf8');
    const mtime = statSync(path).mtimeMs;
    const second = runImport(root, SEED_004);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(OUTPUT_004);
    expect(second.stderr).toMatch(/đã tồn tại — không ghi đè\. Dùng --force/u);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(statSync(path).mtimeMs).toBe(mtime);

    const forced = runImport(root, SEED_004, '--force');
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('refuses a file whose id an existing entry has, in any subfolder, even with --force or --out, and changes nothing', () => {
    const root = contentRoot();
    mkdirSync(join(root, 'directives', '2024'));
    const editors = join(root, 'directives', '2024', '01 PD-UBND UBND huyện Hữu Lũng 2024.mdx');
    writeFileSync(editors, 'công sức của biên tập viên');
    for (const extra of [[], ['--force'], ['--out', join(root, 'directives', '2025')]]) {
      const run = runImport(root, SEED_004, ...extra);
      expect(run.status, extra.join(' ')).toBe(2);
      expect(run.stderr).toMatch(
        /Không ghi .*01-pd-ubnd-ubnd-huyen-huu-lung-2024\.mdx: mã "01-pd-ubnd-ubnd-huyen-huu-lung-2024" trùng với .*directives\/2024\/01 PD-UBND UBND huyện Hữu Lũng 2024\.mdx/u,
      );
      expect(run.stderr).toContain('--slug');
      expect(run.stderr).not.toMatch(STACK_FRAME);
      expect(readdirSync(join(root, 'directives'), { recursive: true }).sort()).toEqual([
        '2024',
        '2024/01 PD-UBND UBND huyện Hữu Lũng 2024.mdx',
      ]);
      expect(readFileSync(editors, 'utf8')).toBe('công sức của biên tập viên');
    }
    // --slug names the file otherwise.
    const renamed = runImport(root, SEED_004, '--slug', 'Phát động 01 bản 2');
    expect(renamed.status, renamed.stderr).toBe(0);
    expect(directives(root)).toEqual(['2024', 'phat-dong-01-ban-2.mdx']);
  });

  it('names the file after the input when the title gives no file name, and refuses an unusable --slug', () => {
    const root = contentRoot();
    const dir = mkdtempSync(join(tmpdir(), 'archive-import-title-'));
    const input = join(dir, 'Chỉ thị không tên.txt');
    writeFileSync(
      input,
      'ỦY BAN NHÂN DÂN\nHUYỆN HỮU LŨNG\n\nCHỈ THỊ\n!!! ???\n\nĐể thực hiện tốt công tác thi đua, khen thưởng trong năm tới, Chủ tịch Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau.\n',
    );
    const run = runImport(root, input);
    expect(run.status, run.stderr).toBe(0);
    expect(directives(root)).toEqual(['chi-thi-khong-ten.mdx']);
    expect(readFileSync(join(root, 'directives', 'chi-thi-khong-ten.mdx'), 'utf8')).toContain("title: '!!! ???'");

    const bad = runImport(root, input, '--slug', '???');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^--slug "\?\?\?" không dùng được làm tên tệp: tên tệp cần có ít nhất một chữ hoặc số\./mu);
    expect(bad.stderr).not.toMatch(STACK_FRAME);
    expect(directives(root)).toEqual(['chi-thi-khong-ten.mdx']);
  });

  it('writes to --out when given', () => {
    const root = contentRoot();
    const out = mkdtempSync(join(tmpdir(), 'archive-import-out-'));
    const run = runImport(root, SEED_004, '--out', join(out, 'moi'));
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(out, 'moi'))).toEqual([OUTPUT_004]);
    expect(directives(root)).toEqual([]);
  });

  it('writes a file the checker accepts once the agencies and campaigns exist (seed 004: nothing required missing)', async () => {
    const root = contentRoot();
    expect(runImport(root, SEED_004).status).toBe(0);
    const { problems, entries } = await checkContent(root, { cwd: root });
    expect(problems).toEqual([]);
    expect(entries.find((e) => e.collection === 'directives')?.id).toBe('01-pd-ubnd-ubnd-huyen-huu-lung-2024');
  });

  it('writes a file on which the checker reports exactly the missing required fields (seed 000)', async () => {
    const root = contentRoot();
    const json = runImport(root, SEED_000, '--dry-run', '--json');
    const missing = (JSON.parse(json.stdout) as { missing: string[] }).missing;
    const run = runImport(root, SEED_000);
    expect(run.status, run.stderr).toBe(0);
    const { problems } = await checkContent(root, { cwd: root });
    const requiredMissing = missing.filter((f) => REQUIRED_FIELDS.includes(f));
    expect(requiredMissing).toEqual(['number', 'place', 'issued']);
    expect(problems.map((p) => p.field).sort()).toEqual([...requiredMissing].sort());
    expect(new Set(problems.map((p) => p.file))).toEqual(
      new Set(['directives/hoan-thanh-thang-loi-cac-muc-tieu-kinh-te-xa-hoi-nam-2022.mdx']),
    );
  });

  it('imports a .docx', async () => {
    const root = contentRoot();
    const run = runImport(root, join(FIXTURES, 'ke-hoach.docx'));
    expect(run.status, run.stderr).toBe(0);
    expect(directives(root)).toEqual(['5-kh-ubnd-ubnd-huyen-huu-lung-2024.mdx']);
    const { problems } = await checkContent(root, { cwd: root });
    expect(problems).toEqual([]);
  });

  it('imports the new fixtures (.docx, Word web page, portal page) into files the checker accepts', async () => {
    const root = contentRoot();
    for (const name of ['huong-dan-huyen-uy.docx', 'quyet-dinh-ubnd.docx', 'trang-web-ke-hoach.html']) {
      const run = runImport(root, join(FIXTURES, name));
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).not.toMatch(STACK_FRAME);
    }
    // The Word web page is the same document as the .docx: same file name, refused without --force.
    const again = runImport(root, join(FIXTURES, 'huong-dan-huyen-uy.html'));
    expect(again.status).toBe(2);
    expect(directives(root)).toEqual([
      '03-hd-hu-huyen-uy-hoa-an-2025.mdx',
      '215-qd-ubnd-ubnd-huyen-huu-lung-2025.mdx',
      '32-kh-ubnd-ubnd-huyen-huu-lung-2025.mdx',
    ]);
    const { problems } = await checkContent(root, { cwd: root });
    expect(problems).toEqual([]);
  });

  it('exits 1 with a Vietnamese message for unsupported, missing or unreadable files', () => {
    const root = contentRoot();
    const dir = mkdtempSync(join(tmpdir(), 'archive-import-bad-'));
    const pdf = join(dir, 'van-ban.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    const unsupported = runImport(root, pdf);
    expect(unsupported.status).toBe(1);
    expect(unsupported.stderr).toMatch(/Định dạng không được hỗ trợ: .*van-ban\.pdf/u);

    const missing = runImport(root, join(dir, 'khong-co.docx'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/Không đọc được tệp .*khong-co\.docx: không tìm thấy tệp/u);

    const corrupt = join(dir, 'hong.docx');
    copyFileSync(SEED_004, corrupt);
    const bad = runImport(root, corrupt);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/Không đọc được tệp Word/u);
    expect(directives(root)).toEqual([]);
  });

  it('explains its usage when the file is missing or an option is unknown', () => {
    const root = contentRoot();
    const none = runImport(root);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/Thiếu tệp văn bản cần nhập\.\n\nCách dùng: npm run import --/u);
    const unknown = runImport(root, SEED_004, '--ghi-de');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/Tham số không hợp lệ/u);
    expect(existsSync(join(root, 'directives', OUTPUT_004))).toBe(false);
  });
});
