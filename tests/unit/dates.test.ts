import { describe, expect, it } from 'vitest';
import {
  PARTIAL_DATE_PATTERN,
  comparePartialDates,
  dateRange,
  formatDate,
  formatDateShort,
  parsePartialDate,
  parseVietnameseDate,
  periodIsOrdered,
  todayIso,
  yearOf,
} from '../../src/domain/dates.ts';

const NFD = (s: string): string => s.normalize('NFD');

describe('PARTIAL_DATE_PATTERN', () => {
  it.each(['2024-03-19', '2022-02', '2023-12-31', '2024-01-01'])('accepts %s', (s) => {
    expect(PARTIAL_DATE_PATTERN.test(s)).toBe(true);
  });

  it.each(['2024-13', '2024-00', '2024-03-00', '2024-03-32', '2024-3-19', '24-03-19', '2024', '2024-03-19T00:00', ' 2024-03'])(
    'rejects %j',
    (s) => {
      expect(PARTIAL_DATE_PATTERN.test(s)).toBe(false);
    },
  );
});

describe('parsePartialDate', () => {
  it('parses full and month-only dates', () => {
    expect(parsePartialDate('2024-03-19')).toEqual({ year: 2024, month: 3, day: 19 });
    expect(parsePartialDate('2022-02')).toEqual({ year: 2022, month: 2, day: null });
  });

  it('rejects impossible calendar dates', () => {
    expect(parsePartialDate('2023-02-30')).toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2100-02-29')).toBeNull();
    expect(parsePartialDate('2024-04-31')).toBeNull();
    expect(parsePartialDate('2024-11-31')).toBeNull();
  });

  it('accepts leap days', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
  });

  it('rejects malformed strings', () => {
    expect(parsePartialDate('')).toBeNull();
    expect(parsePartialDate('19/03/2024')).toBeNull();
    expect(parsePartialDate('2024-13-01')).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes dates as the documents do, without leading zeros', () => {
    expect(formatDate('2024-03-19')).toBe('ngày 19 tháng 3 năm 2024');
    expect(formatDate('2014-04-07')).toBe('ngày 7 tháng 4 năm 2014');
    expect(formatDate('2022-02')).toBe('tháng 2 năm 2022');
    expect(formatDate('2024-10-30')).toBe('ngày 30 tháng 10 năm 2024');
  });

  it('throws on invalid dates', () => {
    expect(() => formatDate('2023-02-30')).toThrow(RangeError);
    expect(() => formatDate('abc')).toThrow(RangeError);
  });
});

describe('formatDateShort', () => {
  it('pads day and month', () => {
    expect(formatDateShort('2024-03-19')).toBe('19/03/2024');
    expect(formatDateShort('2014-04-07')).toBe('07/04/2014');
    expect(formatDateShort('2022-02')).toBe('02/2022');
  });

  it('throws on invalid dates', () => {
    expect(() => formatDateShort('2022-13')).toThrow(RangeError);
  });
});

describe('dateRange', () => {
  it('expands a month to its first and last day', () => {
    expect(dateRange('2022-02')).toEqual({ start: '2022-02-01', end: '2022-02-28' });
    expect(dateRange('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateRange('2024-04')).toEqual({ start: '2024-04-01', end: '2024-04-30' });
    expect(dateRange('2024-12')).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });

  it('is a single day for full dates', () => {
    expect(dateRange('2024-03-19')).toEqual({ start: '2024-03-19', end: '2024-03-19' });
  });

  it('throws on invalid dates', () => {
    expect(() => dateRange('2023-02-29')).toThrow(RangeError);
  });
});

describe('comparePartialDates', () => {
  it('orders chronologically', () => {
    expect(comparePartialDates('2022-02', '2024-03-19')).toBeLessThan(0);
    expect(comparePartialDates('2024-03-19', '2024-03-18')).toBeGreaterThan(0);
    expect(comparePartialDates('2024-03-19', '2024-03-19')).toBe(0);
    expect(comparePartialDates('2022-02', '2022-02')).toBe(0);
  });

  it('puts the more precise date first on an equal start', () => {
    expect(comparePartialDates('2022-02-01', '2022-02')).toBeLessThan(0);
    expect(comparePartialDates('2022-02', '2022-02-01')).toBeGreaterThan(0);
  });

  it('orders a month before its later days', () => {
    expect(comparePartialDates('2022-02', '2022-02-15')).toBeLessThan(0);
  });

  it('sorts a mixed list', () => {
    const dates = ['2024-03-19', '2022-02', '2014-04-07', '2022-02-01', '2024-10-30', '2024-03'];
    expect([...dates].sort(comparePartialDates)).toEqual(['2014-04-07', '2022-02-01', '2022-02', '2024-03', '2024-03-19', '2024-10-30']);
  });
});

describe('periodIsOrdered', () => {
  it('accepts ordered and overlapping periods', () => {
    expect(periodIsOrdered('2021-01-01', '2025-12-31')).toBe(true);
    expect(periodIsOrdered('2022-02', '2022-02-15')).toBe(true);
    expect(periodIsOrdered('2022-02-15', '2022-02')).toBe(true);
    expect(periodIsOrdered('2024-03-19', '2024-03-19')).toBe(true);
  });

  it('rejects periods that end before they start', () => {
    expect(periodIsOrdered('2025-01', '2024-12')).toBe(false);
    expect(periodIsOrdered('2024-03-19', '2024-03-18')).toBe(false);
    expect(periodIsOrdered('2022-03-01', '2022-02')).toBe(false);
  });
});

describe('yearOf', () => {
  it('returns the year', () => {
    expect(yearOf('2024-03-19')).toBe(2024);
    expect(yearOf('2022-02')).toBe(2022);
  });

  it('throws on invalid dates', () => {
    expect(() => yearOf('2022')).toThrow(RangeError);
  });
});

describe('todayIso', () => {
  it('uses the Vietnam date, which is 7 hours ahead of UTC', () => {
    expect(todayIso(new Date('2024-03-18T16:59:59Z'))).toBe('2024-03-18');
    expect(todayIso(new Date('2024-03-18T17:00:00Z'))).toBe('2024-03-19');
    expect(todayIso(new Date('2024-12-31T18:30:00Z'))).toBe('2025-01-01');
  });

  it('returns a valid full date for the current moment', () => {
    expect(parsePartialDate(todayIso(new Date()))?.day).toEqual(expect.any(Number));
  });
});

describe('parseVietnameseDate', () => {
  it.each([
    ['ngày 19 tháng 3 năm 2024', '2024-03-19'],
    ['Hữu Lũng, ngày 19 tháng 3 năm 2024', '2024-03-19'],
    ['ngày tháng 02 năm 2022', '2022-02'],
    ['ngày  tháng  02  năm 2022', '2022-02'],
    ['ngày\u00a0\u00a0 tháng 02 năm 2022', '2022-02'],
    ['ngày ... tháng 5 năm 2023', '2023-05'],
    ['tháng 02 năm 2022', '2022-02'],
    ['07/4/2014', '2014-04-07'],
    ['30/10/2024', '2024-10-30'],
    ['ngày 7 tháng 4 năm 2014', '2014-04-07'],
    ['NGÀY 05 THÁNG 6 NĂM 2020', '2020-06-05'],
    ['ngay 5 thang 6 nam 2020', '2020-06-05'],
    ['ngày 19/3/2024', '2024-03-19'],
    ['trong tháng 10/2024', '2024-10'],
    ['ký ngày 19-3-2024', '2024-03-19'],
  ])('%j → %s', (text, expected) => {
    expect(parseVietnameseDate(text)).toBe(expected);
  });

  it('reads NFD text', () => {
    expect(parseVietnameseDate(NFD('Lạng Sơn, ngày 19 tháng 3 năm 2024'))).toBe('2024-03-19');
    expect(parseVietnameseDate(NFD('ngày   tháng 02 năm 2022'))).toBe('2022-02');
  });

  it('returns the first date in the text', () => {
    expect(parseVietnameseDate('Căn cứ Chỉ thị ngày 07/4/2014; Hữu Lũng, ngày 19 tháng 3 năm 2024')).toBe('2014-04-07');
    expect(parseVietnameseDate('ngày 30 tháng 10 năm 2024 thay thế văn bản 07/4/2014')).toBe('2024-10-30');
  });

  it('skips impossible dates', () => {
    expect(parseVietnameseDate('30/02/2024 rồi 01/03/2024')).toBe('2024-03-01');
    expect(parseVietnameseDate('ngày 31 tháng 4 năm 2024')).toBeNull();
    expect(parseVietnameseDate('tháng 13 năm 2024')).toBeNull();
  });

  it('does not read document numbers, amounts or year spans as dates', () => {
    expect(parseVietnameseDate('Nghị quyết số 71/2021/NQ-HĐND')).toBeNull();
    expect(parseVietnameseDate('giai đoạn 2021 - 2025, tổng 31.410.000 đồng')).toBeNull();
    expect(parseVietnameseDate('tỷ lệ 1/2')).toBeNull();
  });

  it('returns null when there is no date', () => {
    expect(parseVietnameseDate('')).toBeNull();
    expect(parseVietnameseDate('Phát động phong trào thi đua')).toBeNull();
  });
});
