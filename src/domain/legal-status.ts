/**
 * A directive's legal status (tình trạng hiệu lực) on a given day, derived,
 * never typed: from its own `effective` and `expires` dates and from what
 * newer published documents say about it (`relations` written on them,
 * resolved by the graph). Pure; the day is passed in (settings().today).
 *
 * - Replaced or repealed as a whole by a document already acting: "hết
 *   hiệu lực toàn bộ". So is a document whose own `expires` has come.
 * - No `effective` date: "không xác định". `issued` does not stand in for
 *   it: "có hiệu lực kể từ ngày ký" is written as `effective` equal to
 *   `issued`, so the status always rests on what the text says.
 * - Before `effective`: "chưa có hiệu lực".
 * - Replaced or repealed in part: "hết hiệu lực một phần".
 * - Otherwise "còn hiệu lực"; amendments leave it in force and are shown.
 *
 * A date with no day ('2026-12') is a month: until that month has passed
 * the day is unknown, and so is the status ("không xác định").
 */
import type { Directive } from './schema/index.ts';
import { actsFrom, type LegalLink } from './graph.ts';
import { dateRange, type PartialDate } from './dates.ts';
import type { LegalRelation, LegalStatus } from './vocabulary.ts';

/** Relations that end the older document (wholly or in part); the others leave it in force. */
const ENDING: ReadonlySet<LegalRelation> = new Set(['thay thế', 'bãi bỏ']);
const AMENDING: ReadonlySet<LegalRelation> = new Set(['sửa đổi', 'bổ sung']);

export interface LegalStanding<D> {
  status: LegalStatus;
  /** The day the status is stated for. */
  asOf: string;
  /** What ended it, wholly or in part, by documents already acting. */
  endedBy: LegalLink<D>[];
  /** Amendments already acting: shown with the status, which they leave as it is. */
  amendedBy: LegalLink<D>[];
}

/** 'before', 'during' (a month not yet over) or 'after' the day `date` names, seen from `today`. */
function passed(date: PartialDate, today: string): 'before' | 'during' | 'after' {
  const { start, end } = dateRange(date);
  return today < start ? 'before' : today < end ? 'during' : 'after';
}

/** A published document with no date at all still acts: it is public, hence issued. */
const acting = <D extends { data: Directive }>(link: LegalLink<D>, today: string) => {
  const from = actsFrom(link.source.data);
  return from === null || passed(from, today) === 'after';
};

export function legalStatus<D extends { data: Directive }>(
  directive: Pick<Directive, 'effective' | 'expires'>,
  linksTo: readonly LegalLink<D>[],
  today: string,
): LegalStanding<D> {
  const now = linksTo.filter((link) => acting(link, today));
  const ends = now.filter((link) => ENDING.has(link.relation.type));
  const whole = ends.filter((link) => link.relation.scope === 'toàn bộ');
  const amendedBy = now.filter((link) => AMENDING.has(link.relation.type));
  const standing = (status: LegalStatus, endedBy: LegalLink<D>[] = []) => ({ status, asOf: today, endedBy, amendedBy });

  if (whole.length > 0) return standing('hết hiệu lực toàn bộ', whole);
  const expiry = directive.expires && passed(directive.expires, today);
  if (expiry === 'after') return standing('hết hiệu lực toàn bộ');
  const start = directive.effective && passed(directive.effective, today);
  if (start === 'before') return standing('chưa có hiệu lực');
  if (!start || start === 'during' || expiry === 'during') return standing('không xác định');
  const partly = ends.filter((link) => link.relation.scope === 'một phần');
  return partly.length > 0 ? standing('hết hiệu lực một phần', partly) : standing('còn hiệu lực');
}
