/**
 * Checks on reported indicators (chỉ tiêu): reports state a target, an actual
 * value and a rounded percentage, and transcription errors show up as a
 * percentage that no longer matches the two numbers.
 */

/** Null instead of Infinity/NaN so the UI can say "không xác định". */
export function computePercent(actual: number, target: number): number | null {
  if (target === 0 || !Number.isFinite(actual) || !Number.isFinite(target)) return null;
  return (actual / target) * 100;
}

/**
 * A stated "164,5%" is any value in [164,45; 164,55), so the allowed error is
 * half a unit of its last written decimal. Uses the shortest decimal form of
 * the number, so 125.0 and 125 are the same (tolerance 0,5).
 */
export function roundingTolerance(stated: number): number {
  if (!Number.isFinite(stated)) return Number.NaN;
  const [mantissa = '', exponent = '0'] = Math.abs(stated).toString().split('e');
  const decimals = Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
  return 0.5 / 10 ** decimals;
}

/** The 1e-9 absorbs binary floating-point error at the exact half-unit boundary. */
export function statedPercentIsConsistent(stated: number, actual: number, target: number): boolean {
  const computed = computePercent(actual, target);
  if (computed === null || !Number.isFinite(stated)) return false;
  return Math.abs(stated - computed) <= roundingTolerance(stated) + 1e-9;
}

function nonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * Bar lengths on a shared scale, so an over-achieved target shows as a shorter
 * target bar. Negative or non-finite inputs are data errors: draw nothing.
 */
export function barFractions(target: number, actual: number): { target: number; actual: number } {
  const t = nonNegative(target);
  const a = nonNegative(actual);
  const max = Math.max(t, a);
  if (max === 0) return { target: 0, actual: 0 };
  return { target: t / max, actual: a / max };
}
