/**
 * The sitemap's lastmod of each entry page: the newest day, up to `today`,
 * on which something the page shows changed. That is the entry's own date,
 * the dates of the entries it lists (the documents that cite, amend,
 * replace, repeal, guide or correct it; a campaign's launch, timeline and
 * sub-campaigns; figures and results), and the days a derived status turns:
 * a directive's `effective` and `expires`, the day an amending or replacing
 * document starts to act, the start and the day after the end of a
 * campaign's period. A date of a month alone counts as its first day, so
 * lastmod never claims a change later than the archive can show; a day
 * after `today` has not happened yet and is left out. Pages without a dated
 * entry (listings, search) get none. Pure; `today` is passed in.
 */
import { dateRange, type PartialDate } from './dates.ts';
import { actsFrom, type AnyArchiveGraph } from './graph.ts';
import { ENTRY_ROUTE } from './routes.ts';

/** The newest day among `days` ('YYYY-MM-DD') that is not after `today`, or undefined. */
function newest(days: readonly (string | undefined)[], today: string): string | undefined {
  let found: string | undefined;
  for (const day of days) if (day && day <= today && (found === undefined || day > found)) found = day;
  return found;
}

/** The first day a date can name. */
const dayOf = (date: PartialDate | null | undefined) => (date ? dateRange(date).start : undefined);

/** The day after a date's last day: a campaign is over ("đã kết thúc") from then on. */
function dayAfter(date: PartialDate | null | undefined): string | undefined {
  if (!date) return undefined;
  const next = new Date(`${dateRange(date).end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Page path → 'YYYY-MM-DD', for each entry page with a dated entry on it. */
export function pageLastModified(graph: AnyArchiveGraph, today: string): Map<string, string> {
  const days = new Map<string, string>();
  const set = (path: string, dates: readonly (string | undefined)[]) => {
    const day = newest(dates, today);
    if (day) days.set(path, day);
  };
  for (const d of graph.directives)
    set(ENTRY_ROUTE.directives(d.id), [
      dayOf(d.data.issued),
      dayOf(d.data.effective),
      dayOf(d.data.expires),
      // "Được thay thế bởi …" shows once the newer document is public; the status turns when it acts.
      ...graph.legalLinksTo(d.id).flatMap((link) => [dayOf(link.source.data.issued), dayOf(actsFrom(link.source.data))]),
      ...graph.citedBy(d.id).map((c) => dayOf(c.data.issued)),
      ...graph.figuresOfDirective(d.id).map((f) => dayOf(f.data.decision.date)),
      ...graph.resultsOfDirective(d.id).map((r) => dayOf(r.data.report.date)),
    ]);
  for (const c of graph.campaigns)
    set(ENTRY_ROUTE.campaigns(c.id), [
      dayOf(c.data.period?.from),
      dayAfter(c.data.period?.to),
      dayOf(graph.launcherOfCampaign(c.id)?.data.issued),
      ...graph.timelineOfCampaign(c.id).map((e) => dayOf(e.date)),
      ...graph.childrenOfCampaign(c.id).map((child) => dayOf(child.data.period?.from)),
    ]);
  for (const f of graph.figures) set(ENTRY_ROUTE.figures(f.id), [dayOf(f.data.decision.date)]);
  for (const r of graph.results) set(ENTRY_ROUTE.results(r.id), [dayOf(r.data.report.date)]);
  for (const a of graph.agencies)
    set(ENTRY_ROUTE.agencies(a.id), [
      ...graph.directivesOfAgency(a.id).map((d) => dayOf(d.data.issued)),
      ...graph.resultsOfAgency(a.id).map((r) => dayOf(r.data.report.date)),
    ]);
  return days;
}
