import { describe, expect, it } from 'vitest';
import { directiveSummary } from '../../src/domain/format.ts';

describe('the line under a directive’s title', () => {
  it('reads kind, number, issuer and date, in that order', () => {
    expect(directiveSummary({ kind: 'chỉ thị', number: '01/CT-UBND', issued: '2024-03-19' }, 'UBND huyện Hữu Lũng', 'Không ghi ngày')).toBe(
      'Chỉ thị · 01/CT-UBND · UBND huyện Hữu Lũng · ngày 19 tháng 3 năm 2024',
    );
  });

  it('leaves out a missing number and says when the date is missing', () => {
    expect(directiveSummary({ kind: 'phát động', number: null, issued: null }, 'UBND xã Đông Tâm', 'Không ghi ngày')).toBe(
      'Phát động · UBND xã Đông Tâm · Không ghi ngày',
    );
    expect(directiveSummary({ kind: 'kế hoạch', number: null, issued: '2022-10' }, 'UBND huyện Hòa An', '–')).toBe(
      'Kế hoạch · UBND huyện Hòa An · tháng 10 năm 2022',
    );
  });
});
