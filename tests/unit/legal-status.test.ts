import { describe, expect, it } from 'vitest';
import { agencySchema } from '../../src/domain/schema/index.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { legalStatus } from '../../src/domain/legal-status.ts';
import { campaignIsActive, campaignStatus } from '../../src/domain/campaign-status.ts';
import { testDirective as directive } from '../support/entries.ts';

const agencies = [
  { id: 'ubnd-a', data: agencySchema.parse({ name: 'Ủy ban nhân dân huyện An Lạc', shortName: 'UBND huyện An Lạc', level: 'huyện' }) },
];

/** The status of `id` on `today`, in an archive of these directives. */
function statusOf(directives: ReturnType<typeof directive>[], id: string, today: string) {
  const graph = buildGraph({ directives, campaigns: [], figures: [], results: [], agencies });
  return legalStatus(graph.directive(id)!.data, graph.legalLinksTo(id), today);
}

const old = (data: Record<string, unknown> = {}) =>
  directive('cu', { number: '05/CT-UBND', issued: '2023-02-10', effective: '2023-02-10', ...data });

describe('the legal status of a directive', () => {
  it('is "còn hiệu lực" from its effective day on, and "chưa có hiệu lực" the day before', () => {
    const d = [old({ effective: '2023-03-01' })];
    expect(statusOf(d, 'cu', '2023-02-28').status).toBe('chưa có hiệu lực');
    expect(statusOf(d, 'cu', '2023-03-01').status).toBe('còn hiệu lực');
    expect(statusOf(d, 'cu', '2023-03-01').asOf).toBe('2023-03-01');
  });

  it('is "không xác định" without an effective date, even when issued long ago', () => {
    expect(statusOf([old({ effective: undefined })], 'cu', '2026-11-24').status).toBe('không xác định');
  });

  it('ends on its own expiry day, not the day before', () => {
    const d = [old({ expires: '2023-12-31' })];
    expect(statusOf(d, 'cu', '2023-12-30').status).toBe('còn hiệu lực');
    expect(statusOf(d, 'cu', '2023-12-31').status).toBe('hết hiệu lực toàn bộ');
  });

  it('is "không xác định" while a month-only date may or may not have come', () => {
    const starts = [old({ effective: '2023-03' })];
    expect(statusOf(starts, 'cu', '2023-02-28').status).toBe('chưa có hiệu lực');
    expect(statusOf(starts, 'cu', '2023-03-15').status).toBe('không xác định');
    expect(statusOf(starts, 'cu', '2023-03-31').status).toBe('còn hiệu lực');
    const ends = [old({ expires: '2024-06' })];
    expect(statusOf(ends, 'cu', '2024-05-31').status).toBe('còn hiệu lực');
    expect(statusOf(ends, 'cu', '2024-06-10').status).toBe('không xác định');
    expect(statusOf(ends, 'cu', '2024-06-30').status).toBe('hết hiệu lực toàn bộ');
  });

  it('ends wholly when replaced by a document already in effect, and says by which', () => {
    const d = [
      old(),
      directive('moi', {
        number: '02/CT-UBND',
        issued: '2024-05-02',
        effective: '2024-05-15',
        relations: [{ type: 'thay thế', directive: 'cu' }],
      }),
    ];
    expect(statusOf(d, 'cu', '2024-05-14').status).toBe('còn hiệu lực');
    const ended = statusOf(d, 'cu', '2024-05-15');
    expect(ended.status).toBe('hết hiệu lực toàn bộ');
    expect(ended.endedBy.map((l) => l.source.id)).toEqual(['moi']);
  });

  it('ends wholly when repealed, matched by number like a citation, even if it was not yet in effect', () => {
    const d = [
      old({ effective: '2030-01-01' }),
      directive('bai-bo', {
        issued: '2024-05-02',
        effective: '2024-05-02',
        relations: [{ type: 'bãi bỏ', number: '5/CT-UBND', date: '2023-02-10' }],
      }),
    ];
    expect(statusOf(d, 'cu', '2024-05-02').status).toBe('hết hiệu lực toàn bộ');
  });

  it('counts a replacing document without dates of its own as acting, since it is published', () => {
    const d = [old(), directive('moi', { issued: null, relations: [{ type: 'thay thế', directive: 'cu' }] })];
    expect(statusOf(d, 'cu', '2024-01-01').status).toBe('hết hiệu lực toàn bộ');
  });

  it('is "hết hiệu lực một phần" when a part is replaced or repealed, and stays in force when amended', () => {
    const partly = [
      old(),
      directive('mot-phan', { issued: '2024-01-05', relations: [{ type: 'bãi bỏ', scope: 'một phần', part: 'Mục III', directive: 'cu' }] }),
    ];
    const standing = statusOf(partly, 'cu', '2024-02-01');
    expect(standing.status).toBe('hết hiệu lực một phần');
    expect(standing.endedBy.map((l) => l.relation.part)).toEqual(['Mục III']);
    const amended = [old(), directive('sua', { issued: '2024-01-05', relations: [{ type: 'sửa đổi', directive: 'cu' }] })];
    const kept = statusOf(amended, 'cu', '2024-02-01');
    expect(kept.status).toBe('còn hiệu lực');
    expect(kept.amendedBy.map((l) => l.source.id)).toEqual(['sua']);
    // Guidance and corrections change nothing.
    for (const type of ['hướng dẫn', 'đính chính'])
      expect(
        statusOf([old(), directive('khac', { issued: '2024-01-05', relations: [{ type, directive: 'cu' }] })], 'cu', '2024-02-01').status,
      ).toBe('còn hiệu lực');
  });

  it('lets a whole replacement win over a partial one and over its own dates', () => {
    const d = [
      old({ effective: '2099-01-01' }),
      directive('mot-phan', { issued: '2024-01-05', relations: [{ type: 'thay thế', scope: 'một phần', directive: 'cu' }] }),
      directive('toan-bo', { issued: '2024-03-05', relations: [{ type: 'thay thế', directive: 'cu' }] }),
    ];
    expect(statusOf(d, 'cu', '2024-02-01').status).toBe('chưa có hiệu lực');
    expect(statusOf(d, 'cu', '2024-03-05').status).toBe('hết hiệu lực toàn bộ');
  });
});

describe('the status of a campaign', () => {
  const period = { from: '2026-01-01', to: '2026-12-31' };
  it('is upcoming before its first day, under way through its last, and over after', () => {
    expect(campaignStatus({ period }, '2025-12-31')).toBe('sắp diễn ra');
    expect(campaignStatus({ period }, '2026-01-01')).toBe('đang diễn ra');
    expect(campaignStatus({ period }, '2026-12-31')).toBe('đang diễn ra');
    expect(campaignStatus({ period }, '2027-01-01')).toBe('đã kết thúc');
    expect(campaignIsActive({ period }, '2027-01-01')).toBe(false);
  });
  it('reads a month as the whole month, and has no status without a period', () => {
    expect(campaignStatus({ period: { to: '2026-02' } }, '2026-02-28')).toBe('đang diễn ra');
    expect(campaignStatus({ period: { from: '2011-06' } }, '2026-11-24')).toBe('đang diễn ra');
    expect(campaignStatus({}, '2026-11-24')).toBeUndefined();
  });
});
