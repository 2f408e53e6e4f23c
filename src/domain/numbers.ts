/**
 * Numbers as Vietnamese documents write them: "." groups thousands and ","
 * marks decimals ("26.281.000", "164,5%"). Reports are transcribed verbatim,
 * so both directions must agree exactly with that convention.
 */

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDigits: number, maxDigits: number): Intl.NumberFormat {
  const cacheKey = `${minDigits}:${maxDigits}`;
  let f = formatters.get(cacheKey);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
      // "-0" after rounding (e.g. -0,001) would read as a sign error in a report.
      signDisplay: 'negative',
    });
    formatters.set(cacheKey, f);
  }
  return f;
}

/**
 * With `fractionDigits`, pads/rounds to exactly that many decimals, matching
 * how documents state rates ("3,0"). Without it, shows up to 2 decimals and
 * drops trailing zeros, which suits counts and money.
 */
export function formatNumber(n: number, fractionDigits?: number): string {
  if (fractionDigits === undefined) return formatter(0, 2).format(n);
  return formatter(fractionDigits, fractionDigits).format(n);
}

/** No space before "%", as in the source reports ("đạt 164,5%"). */
export function formatPercent(p: number, fractionDigits = 1): string {
  return `${formatNumber(p, fractionDigits)}%`;
}

/**
 * A dot is only accepted as a thousands separator when each group has exactly
 * three digits; anything else ("1.5", "1234.567") is ambiguous and rejected
 * rather than silently misread by a factor of 1000.
 */
const VI_NUMBER = /^([+\-\u2212])?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u;

export function parseVietnameseNumber(s: string): number | null {
  const text = s.normalize('NFC').replace(/\s+/gu, '');
  const m = VI_NUMBER.exec(text);
  if (!m) return null;
  const [, sign, intPart = '', fracPart] = m;
  const value = Number(`${intPart.replace(/\./g, '')}${fracPart ? `.${fracPart}` : ''}`);
  if (!Number.isFinite(value)) return null;
  if (sign === '-' || sign === '\u2212') return value === 0 ? 0 : -value;
  return value;
}

const BYTE_UNITS = ['byte', 'KB', 'MB', 'GB', 'TB'] as const;

/** A file size as a clerk reads it, in binary units: "50 MB", "1,5 GB". */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, unit === 0 || Number.isInteger(value) ? 0 : 1)} ${BYTE_UNITS[unit]}`;
}
