/**
 * Partial dates. Many documents are signed with the day left blank
 * ("ngày   tháng 02 năm 2022"), so the archive stores 'YYYY-MM-DD' or
 * 'YYYY-MM' and never invents a day. Plain strings (not Date objects) avoid
 * time-zone shifts between the build machine and Vietnam.
 */
import { fold } from './vietnamese.ts';

/** 'YYYY-MM-DD' or 'YYYY-MM'; validate with `parsePartialDate`. */
export type PartialDate = string;

export const PARTIAL_DATE_PATTERN: RegExp = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

interface ParsedDate {
  year: number;
  month: number;
  day: number | null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Own arithmetic: `Date` maps years 0–99 to 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function pad4(n: number): string {
  return String(n).padStart(4, '0');
}

/** The pattern alone accepts 2023-02-30; the calendar check rejects it. */
export function parsePartialDate(s: string): ParsedDate | null {
  const m = PARTIAL_DATE_PATTERN.exec(s.normalize('NFC').trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (day !== null && !isValidDay(year, month, day)) return null;
  return { year, month, day };
}

/** Invalid dates are content bugs; fail the build loudly instead of printing garbage. */
function parseOrThrow(d: PartialDate): ParsedDate {
  const parsed = parsePartialDate(d);
  if (!parsed) throw new RangeError(`Ngày không hợp lệ: "${d}" (cần YYYY-MM-DD hoặc YYYY-MM)`);
  return parsed;
}

/** The wording of the documents themselves: "ngày 19 tháng 3 năm 2024". Throws RangeError on invalid input. */
export function formatDate(d: PartialDate): string {
  const { year, month, day } = parseOrThrow(d);
  const monthYear = `tháng ${month} năm ${year}`;
  return day === null ? monthYear : `ngày ${day} ${monthYear}`;
}

/** Compact dd/mm/yyyy for tables. Throws RangeError on invalid input. */
export function formatDateShort(d: PartialDate): string {
  const { year, month, day } = parseOrThrow(d);
  const monthYear = `${pad2(month)}/${pad4(year)}`;
  return day === null ? monthYear : `${pad2(day)}/${monthYear}`;
}

/**
 * The span of days a partial date may denote, as ISO strings that compare
 * correctly as plain strings. Throws RangeError on invalid input.
 */
export function dateRange(d: PartialDate): { start: string; end: string } {
  const { year, month, day } = parseOrThrow(d);
  const ym = `${pad4(year)}-${pad2(month)}`;
  if (day !== null) {
    const iso = `${ym}-${pad2(day)}`;
    return { start: iso, end: iso };
  }
  return { start: `${ym}-01`, end: `${ym}-${pad2(daysInMonth(year, month))}` };
}

/**
 * Chronological by first possible day, then by last possible day: so on a
 * tie the more precise date comes first ('2022-02-01' before '2022-02').
 * Throws RangeError on invalid input.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
  if (ra.end !== rb.end) return ra.end < rb.end ? -1 : 1;
  return 0;
}

/**
 * Whether a period could be valid: only rejects `to` when it certainly ends
 * before `from` starts, so '2022-02' .. '2022-02-15' is accepted.
 */
export function periodIsOrdered(from: PartialDate, to: PartialDate): boolean {
  return dateRange(to).end >= dateRange(from).start;
}

/** Throws RangeError on invalid input. */
export function yearOf(d: PartialDate): number {
  return parseOrThrow(d).year;
}

const VN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Vietnam's date, not the build machine's (CI runs in UTC, 7 hours behind). */
export function todayIso(now: Date): string {
  const parts: Record<string, string> = {};
  for (const p of VN_DAY.formatToParts(now)) parts[p.type] = p.value;
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/**
 * Dates as written in documents, searched on folded text so NFD, upper case
 * and missing diacritics all work. Alternatives, in one regex so the leftmost
 * date wins:
 *   1. "[ngày [d]] tháng m[,] năm yyyy" (blank or dotted day allowed)
 *   2. "tháng m/yyyy"
 *   3. "d/m/yyyy" (also with "-" or "." used consistently)
 */
const DATE_IN_TEXT =
  /(?:\bngay[\s.…_]*(?:(\d{1,2})[\s.…_]*)?)?\bthang\s*(\d{1,2})[\s,]*nam\s*(\d{4})(?!\d)|\bthang\s*(\d{1,2})[/-](\d{4})(?!\d)|(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\7(\d{4})(?![\d/])/gu;

/**
 * First valid date in free text, or null. Matches that are not real dates
 * (e.g. "30/02/2024") are skipped rather than returned.
 */
export function parseVietnameseDate(text: string): PartialDate | null {
  for (const m of fold(text).matchAll(DATE_IN_TEXT)) {
    let day: number | null;
    let month: number;
    let year: number;
    if (m[2] !== undefined) {
      day = m[1] === undefined ? null : Number(m[1]);
      month = Number(m[2]);
      year = Number(m[3]);
    } else if (m[4] !== undefined) {
      day = null;
      month = Number(m[4]);
      year = Number(m[5]);
    } else {
      day = Number(m[6]);
      month = Number(m[8]);
      year = Number(m[9]);
    }
    if (month < 1 || month > 12) continue;
    if (day !== null && !isValidDay(year, month, day)) continue;
    const ym = `${pad4(year)}-${pad2(month)}`;
    return day === null ? ym : `${ym}-${pad2(day)}`;
  }
  return null;
}
