import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, parseVietnameseNumber } from '../../src/domain/numbers.ts';

describe('formatNumber', () => {
  it.each([
    [26281000, undefined, '26.281.000'],
    [43245000, undefined, '43.245.000'],
    [67250000000, undefined, '67.250.000.000'],
    [1234, undefined, '1.234'],
    [3.5, undefined, '3,5'],
    [3.456, undefined, '3,46'],
    [3.1, undefined, '3,1'],
    [0, undefined, '0'],
    [-1234.5, undefined, '-1.234,5'],
    [3, 1, '3,0'],
    [164.456, 1, '164,5'],
    [125, 1, '125,0'],
    [1234.5, 0, '1.235'],
    [0.125, 2, '0,13'],
  ])('formatNumber(%s, %s) → %s', (n, digits, expected) => {
    expect(formatNumber(n, digits)).toBe(expected);
  });

  it('never prints a negative zero after rounding', () => {
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('formatPercent', () => {
  it('defaults to one decimal with no space before %', () => {
    expect(formatPercent(164.548)).toBe('164,5%');
    expect(formatPercent(125)).toBe('125,0%');
  });

  it('accepts other precisions', () => {
    expect(formatPercent(99.256, 2)).toBe('99,26%');
    expect(formatPercent(1500, 0)).toBe('1.500%');
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['31.410.000', 31410000],
    ['26.281.000', 26281000],
    ['67.250.000.000', 67250000000],
    ['3,0', 3],
    ['164,5', 164.5],
    ['02', 2],
    ['1.234,56', 1234.56],
    ['0,5', 0.5],
    ['1234', 1234],
    [' 43.245.000 ', 43245000],
    ['\u00a056\u00a0', 56],
    ['-1.500', -1500],
    ['\u22122,5', -2.5],
  ])('%j → %s', (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['12a'],
    ['1.5'],
    ['1.2345'],
    ['1234.567'],
    ['1..000'],
    ['.000'],
    ['3,'],
    [',5'],
    ['1,2,3'],
    ['164,5%'],
    ['--1'],
  ])('%j → null', (input) => {
    expect(parseVietnameseNumber(input)).toBeNull();
  });

  it('round-trips with formatNumber', () => {
    for (const n of [0, 7, 1234, 26281000, 164.5, 3.25]) {
      expect(parseVietnameseNumber(formatNumber(n))).toBe(n);
    }
  });
});
