/**
 * The sitemap's lastmod of each entry page: the newest of the dates the
 * archive knows for what the page shows (its own issue, decision or report
 * date, a campaign's launch and timeline, the documents that cite it, the
 * figures and results it lists). A date of a month alone counts as its
 * first day, so lastmod never claims a change later than the archive can
 * show. Pages without a dated entry (listings, search) get none. Pure.
 */
import { dateRange, type PartialDate } from './dates.ts';
import type { AnyArchiveGraph } from './graph.ts';
import { ENTRY_ROUTE } from './routes.ts';

/** The newest day among `dates` ('YYYY-MM-DD'), or undefined. */
function newest(dates: readonly (PartialDate | null | undefined)[]): string | undefined {
  let found: string | undefined;
  for (const date of dates) {
    const day = date ? dateRange(date).start : undefined;
    if (day && (found === undefined || day > found)) found = day;
  }
  return found;
}

/** Page path → 'YYYY-MM-DD', for each entry page with a dated entry on it. */
export function pageLastModified(graph: AnyArchiveGraph): Map<string, string> {
  const days = new Map<string, string>();
  const set = (path: string, day: string | undefined) => day && days.set(path, day);
  for (const d of graph.directives)
    set(
      ENTRY_ROUTE.directives(d.id),
      newest([
        d.data.issued,
        ...graph.citedBy(d.id).map((c) => c.data.issued),
        ...graph.figuresOfDirective(d.id).map((f) => f.data.decision.date),
        ...graph.resultsOfDirective(d.id).map((r) => r.data.report.date),
      ]),
    );
  for (const c of graph.campaigns)
    set(
      ENTRY_ROUTE.campaigns(c.id),
      newest([c.data.period?.from, graph.launcherOfCampaign(c.id)?.data.issued, ...graph.timelineOfCampaign(c.id).map((e) => e.date)]),
    );
  for (const f of graph.figures) set(ENTRY_ROUTE.figures(f.id), newest([f.data.decision.date]));
  for (const r of graph.results) set(ENTRY_ROUTE.results(r.id), newest([r.data.report.date]));
  for (const a of graph.agencies)
    set(
      ENTRY_ROUTE.agencies(a.id),
      newest([...graph.directivesOfAgency(a.id).map((d) => d.data.issued), ...graph.resultsOfAgency(a.id).map((r) => r.data.report.date)]),
    );
  return days;
}
