import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/domain/schema/index.ts';
import { fieldsOf } from '../../src/domain/schema/fields.ts';
import { checkContent } from '../../src/content/check.ts';
import { COLLECTION_DIR, SCAFFOLD_KINDS, scaffold } from '../../src/editor/scaffold.ts';
import { MINIMAL_ROOT } from '../support/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** A Node stack frame ("    at main (file:line)"): the editor must see a message, never a crash. */
const STACK_FRAME = /^\s+at /m;
const runNew = (contentDir: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'cli/new.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ARCHIVE_CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });

/** What an editor must still fill in after scaffolding, per collection. */
const TO_FILL: Record<string, string[]> = {
  directive: ['issuer', 'place', 'signer.name'],
  campaign: [],
  figure: ['decision.date', 'locality'],
  result: ['asOf', 'indicators[0].name', 'indicators[0].unit', 'report.date'],
};

describe('npm run new', () => {
  for (const kind of SCAFFOLD_KINDS) {
    it(`writes a ${kind} with every field of its collection, as a draft`, () => {
      const { fileName, text } = scaffold(kind, 'Phong trào “Đồng Tâm đoàn kết” năm 2026', 2026);
      expect(fileName).toBe('phong-trao-dong-tam-doan-ket-nam-2026.mdx');
      const schema = SOURCES[COLLECTION_DIR[kind] as keyof typeof SOURCES].schema;
      for (const key of Object.keys(schema.shape)) expect(text, key).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
      // Each field's explanation is the schema's help for it, as a comment.
      for (const { key, meta } of fieldsOf(schema))
        if (meta.help) expect(text, key).toContain(`# ${meta.help.split('\n')[0]!.replace(/`/gu, '')}\n`);
      expect(text).toMatch(/^draft: true$/m);
    });

    it(`creates the ${kind} file where the checker lists exactly what is left to fill`, async () => {
      const root = mkdtempSync(join(tmpdir(), 'archive-new-'));
      cpSync(MINIMAL_ROOT, root, { recursive: true });
      const run = runNew(root, kind, 'Đợt thi đua Đông Đào');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/Đã tạo .*dot-thi-dua-dong-dao\.mdx/);
      const { problems } = await checkContent(root, { cwd: root });
      expect(problems.map((p) => p.field).sort()).toEqual(TO_FILL[kind]);
      expect(new Set(problems.map((p) => p.file))).toEqual(
        new Set(TO_FILL[kind]!.length ? [`${COLLECTION_DIR[kind]}/dot-thi-dua-dong-dao.mdx`] : []),
      );
    });
  }

  it('never overwrites an editor’s file', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-new-'));
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    expect(runNew(root, 'directive', 'Văn bản đã có').status).toBe(0);
    const path = join(root, 'directives', 'van-ban-da-co.mdx');
    writeFileSync(path, 'công sức của biên tập viên');
    const again = runNew(root, 'directive', 'Văn bản đã có');
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/Không ghi: .*van-ban-da-co\.mdx đã có/);
    expect(readFileSync(path, 'utf8')).toBe('công sức của biên tập viên');
  });

  it('refuses a title without letters or digits, with a Vietnamese message, and creates nothing', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-new-'));
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    const before = readdirSync(join(root, 'directives'), { recursive: true }).sort();
    const run = runNew(root, 'directive', '!!! ???');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /Tiêu đề "!!! \?\?\?" không cho tên tệp dùng được: tên tệp cần có ít nhất một chữ hoặc số\. Đặt tên tệp bằng --slug/u,
    );
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(join(root, 'directives'), { recursive: true }).sort()).toEqual(before);

    const badSlug = runNew(root, 'directive', '!!! ???', '--slug', '???');
    expect(badSlug.status).toBe(1);
    expect(badSlug.stderr).toMatch(/--slug "\?\?\?" không dùng được làm tên tệp: tên tệp cần có ít nhất một chữ hoặc số\./u);
    expect(badSlug.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(join(root, 'directives'), { recursive: true }).sort()).toEqual(before);
  });

  it('names the file after --slug, keeping the title as written', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-new-'));
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    const run = runNew(root, 'directive', '!!! ???', '--slug', 'Chỉ thị 01');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Đã tạo .*directives\/chi-thi-01\.mdx/u);
    expect(readFileSync(join(root, 'directives', 'chi-thi-01.mdx'), 'utf8')).toMatch(/^title: "!!! \?\?\?"$/mu);
  });

  it('refuses a title whose file would have the id of an existing entry, in any subfolder, and leaves that file alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-new-'));
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    mkdirSync(join(root, 'directives', '2024'));
    const editors = join(root, 'directives', '2024', 'Zq Hợp lệ.mdx');
    writeFileSync(editors, 'công sức của biên tập viên');
    const run = runNew(root, 'directive', 'Zq hợp lệ');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /Không ghi: .*directives\/zq-hop-le\.mdx sẽ có mã "zq-hop-le" trùng với .*directives\/2024\/Zq Hợp lệ\.mdx/u,
    );
    expect(run.stderr).toContain('--slug');
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(readdirSync(join(root, 'directives')).sort()).not.toContain('zq-hop-le.mdx');
    expect(readFileSync(editors, 'utf8')).toBe('công sức của biên tập viên');
    // Another name for the same title is the way out.
    expect(runNew(root, 'directive', 'Zq hợp lệ', '--slug', 'zq-hop-le-2').status).toBe(0);
  });

  it('explains its usage on bad arguments', () => {
    const run = runNew(MINIMAL_ROOT, 'thong-bao');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cách dùng: npm run new -- directive\|campaign\|figure\|result/);
  });
});
