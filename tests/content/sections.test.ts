import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem } from '../../src/domain/problems.ts';
import { MINIMAL_ROOT } from '../support/fixtures.ts';

const TODAY = '2025-01-01';
const DECISION = `---
kind: quyết định
number: 02/QĐ-UBND
title: Về việc khen thưởng
issuer: ubnd-huyen-a
place: An Lạc
issued: '2024-05-02'
signer:
  name: Đặng Văn Đức
  position: Chủ tịch
---

**Điều 1.** Tặng Giấy khen.

**Điều 2.** Mức thưởng.

**Điều 3.** Chánh Văn phòng chịu trách nhiệm thi hành.
`;

/** The minimal root with a decision of three Điều, and the first directive's body ending in `text`. */
function rootWith(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'archive-sections-'));
  cpSync(MINIMAL_ROOT, root, { recursive: true });
  writeFileSync(join(root, 'directives/quyet-dinh-hai.mdx'), DECISION);
  const file = join(root, 'directives/van-ban-mot.mdx');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${text}\n`);
  return root;
}

describe('the check and citable parts', () => {
  it('accepts a body link to an Điều the other document has, and refuses one it lacks, with a hint', async () => {
    const good = rootWith('Xem [Điều 3](/van-ban/quyet-dinh-hai/#dieu-3).');
    expect((await checkContent(good, { cwd: good, today: TODAY })).problems.map(formatProblem)).toEqual([]);
    const bad = rootWith('Xem [Điều 4](/van-ban/quyet-dinh-hai/#dieu-4).');
    expect((await checkContent(bad, { cwd: bad, today: TODAY })).problems.map(formatProblem)).toEqual([
      'directives/van-ban-mot.mdx:29 (nội dung): cần liên kết tới một mục có trên trang (tiêu đề hoặc chú thích), có phải "#dieu-3"?, nhận được "/van-ban/quyet-dinh-hai/#dieu-4" (trang không có mục "dieu-4")',
    ]);
  });

  it('lists the numbers each directive’s body cites, with the date written after them', async () => {
    const root = rootWith('Theo Quyết định số 02/QĐ-UBND ngày 02/5/2024 của UBND huyện.');
    const { citations } = await checkContent(root, { cwd: root, today: TODAY });
    expect(citations.get('van-ban-mot')).toEqual([{ number: '02/QĐ-UBND', date: '2024-05-02', issuer: 'ngày 02/5/2024 của UBND huyện' }]);
    expect(citations.get('quyet-dinh-hai')).toEqual([]);
  });
});
