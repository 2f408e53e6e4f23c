import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MINIMAL_ROOT, overlayNames } from '../support/fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const runCheck = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'cli/check.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('npm run check', () => {
  it('passes on the shipped content', () => {
    const run = runCheck();
    expect(run.stdout + run.stderr).toMatch(/✓ Nội dung hợp lệ: \d+ mục/);
    expect(run.status).toBe(0);
  });

  it('lists every problem of a broken corpus at once, one per line, and exits non-zero', () => {
    // All bad-input fixtures laid over one root: every one must be reported.
    const root = mkdtempSync(join(tmpdir(), 'archive-broken-'));
    cpSync(MINIMAL_ROOT, root, { recursive: true });
    for (const group of ['invalid', 'unsafe-mdx'] as const) {
      for (const name of overlayNames(group))
        if (group === 'invalid' || name === 'script') cpSync(join(FIXTURES, group, name), root, { recursive: true });
    }
    const run = runCheck(root);
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n');
    for (const line of lines) expect(line).toMatch(/^\/\S+\.(mdx|yaml):\d+ [^:]+: cần .+, nhận được .+$/);
    const files = new Set(lines.map((l) => l.split(':')[0]!.split('/').slice(-2).join('/')));
    expect([...files].sort()).toEqual(
      [
        'directives/khong-an-toan.mdx',
        'directives/loai-sai.mdx',
        'directives/loi-yaml.mdx',
        'directives/ngay-sai-dinh-dang.mdx',
        'directives/sau-khi-giai-the.mdx',
        'directives/tham-chieu-hong.mdx',
        'directives/thoi-gian-nguoc.mdx',
        'directives/trung-so.mdx',
        'directives/tu-sai-chinh-ta.mdx',
        'directives/van-ban-mot.mdx',
        'directives/thay-the-truoc.mdx',
        'directives/vong-thay-the-a.mdx',
        'directives/het-truoc-hieu-luc.mdx',
        'directives/hieu-luc-hoi-to.mdx',
        'directives/sua-doi-theo-so.mdx',
        'directives/huong-dan-khong-ton-tai.mdx',
        'directives/tu-dinh-chinh.mdx',
        'campaigns/tro-toi-ban-nhap.mdx',
        'campaigns/doi-ten-sai.mdx',
        'campaigns/chiem-ma.mdx',
        'campaigns/doi-ten-mot.mdx',
        'results/ty-le-sai.mdx',
      ].sort(),
    );
    expect(run.stderr).toMatch(new RegExp(`✗ ${lines.length} lỗi`));
  });
});
