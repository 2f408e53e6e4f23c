import { describe, expect, it } from 'vitest';
import { barFractions, computePercent, roundingTolerance, statedPercentIsConsistent } from '../../src/domain/indicators.ts';

describe('computePercent', () => {
  it('divides actual by target', () => {
    expect(computePercent(70, 56)).toBe(125);
    expect(computePercent(43245000, 26281000)).toBeCloseTo(164.548533160839, 9);
    expect(computePercent(0, 10)).toBe(0);
  });

  it('is null when the target is 0 or a value is not finite', () => {
    expect(computePercent(10, 0)).toBeNull();
    expect(computePercent(0, 0)).toBeNull();
    expect(computePercent(Number.NaN, 10)).toBeNull();
    expect(computePercent(10, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('roundingTolerance', () => {
  it.each([
    [164.5, 0.05],
    [125, 0.5],
    [125.0, 0.5],
    [99.25, 0.005],
    [0, 0.5],
    [-3.5, 0.05],
    [100.125, 0.0005],
    [1e-7, 5e-8],
    [1e21, 0.5],
  ])('roundingTolerance(%s) = %s', (stated, tol) => {
    expect(roundingTolerance(stated)).toBe(tol);
  });
});

describe('statedPercentIsConsistent', () => {
  it('accepts the percentages stated in the documents', () => {
    expect(statedPercentIsConsistent(164.5, 43245000, 26281000)).toBe(true);
    expect(statedPercentIsConsistent(125.0, 70, 56)).toBe(true);
    expect(statedPercentIsConsistent(165, 43245000, 26281000)).toBe(true);
    expect(statedPercentIsConsistent(164.55, 43245000, 26281000)).toBe(true);
  });

  it('rejects mismatching percentages', () => {
    expect(statedPercentIsConsistent(150, 70, 56)).toBe(false);
    expect(statedPercentIsConsistent(164.6, 43245000, 26281000)).toBe(false);
    // 164,5485...: "164,55" is right to two decimals, "164,56" is not.
    expect(statedPercentIsConsistent(164.56, 43245000, 26281000)).toBe(false);
  });

  it('accepts a value exactly on the half-unit boundary', () => {
    // 1/8 = 12,5 %: stated "13" is 12,5 rounded half up.
    expect(statedPercentIsConsistent(13, 1, 8)).toBe(true);
    expect(statedPercentIsConsistent(12, 1, 8)).toBe(true);
    expect(statedPercentIsConsistent(14, 1, 8)).toBe(false);
  });

  it('is false when the target is 0', () => {
    expect(statedPercentIsConsistent(0, 0, 0)).toBe(false);
    expect(statedPercentIsConsistent(100, 5, 0)).toBe(false);
  });
});

describe('barFractions', () => {
  it('scales both bars to the larger value', () => {
    expect(barFractions(56, 70)).toEqual({ target: 0.8, actual: 1 });
    expect(barFractions(200, 50)).toEqual({ target: 1, actual: 0.25 });
    expect(barFractions(26281000, 26281000)).toEqual({ target: 1, actual: 1 });
  });

  it('returns zeros when both are 0', () => {
    expect(barFractions(0, 0)).toEqual({ target: 0, actual: 0 });
  });

  it('clamps negative and non-finite inputs to 0', () => {
    expect(barFractions(-10, 5)).toEqual({ target: 0, actual: 1 });
    expect(barFractions(40, -3)).toEqual({ target: 1, actual: 0 });
    expect(barFractions(-1, -1)).toEqual({ target: 0, actual: 0 });
    expect(barFractions(Number.NaN, 4)).toEqual({ target: 0, actual: 1 });
  });
});
