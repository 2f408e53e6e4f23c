/**
 * One search record per published detail page: its URL, the metadata a
 * result shows (kind, number, date, issuer, title), the facet values and the
 * date to sort by. Built from the same link graph the pages are built from,
 * so the index can never list a draft or miss a link. Pure: no Astro.
 */
import type { Agency, Campaign, Directive, Figure, Result } from '../domain/schema/index.ts';
import { ui } from '../i18n/vi.ts';
import { sentence } from '../domain/format.ts';
import type { ArchiveGraph, Node } from '../domain/graph.ts';
import { routes } from '../domain/routes.ts';
import { dateRange, formatDateShort, yearOf, type PartialDate } from '../domain/dates.ts';
import type { FacetKey } from './facets.ts';
import { UNDATED_SORT_VALUE } from './facets.ts';
import { legalStatus } from '../domain/legal-status.ts';

type EntryKind = 'directive' | 'campaign' | 'figure' | 'result' | 'agency';

export interface SearchRecord {
  url: string;
  entry: EntryKind;
  /**
   * Shown with each result and searched by Pagefind (every meta field is):
   * title, kind (entry label, plus the document kind), number, date, issuer,
   * and `extra` (slogan, unit, locality…: searched, not shown).
   */
  meta: { title: string; kind: string; number?: string; date?: string; issuer?: string; extra?: string };
  filters: Partial<Record<FacetKey, string[]>>;
  /** ISO date to sort by; UNDATED_SORT_VALUE so undated entries sort last but are kept. */
  sortDate: string;
  /**
   * Document numbers known from metadata (own, cited, the award decision),
   * searchable through their canonical keys.
   */
  numbers: string[];
  /** The entry's own number (directives, reports): its canonical key ranks highest. */
  ownNumber?: string;
  /** Text to index for pages whose HTML marks no body (agencies). */
  body?: string;
}

type Graph = ArchiveGraph<Node<Directive>, Node<Campaign>, Node<Figure>, Node<Result>, Node<Agency>>;

const label = ui.search.entryKinds;

/** The facet values of a directive's year and kind, as its record and the listings' links to the search page write them. */
export const yearFacetValue = (year: number | null): string => (year === null ? ui.directive.undatedYear : String(year));
export const doctypeFacetValue = (kind: string): string => sentence(kind);

function dated(d: PartialDate | null | undefined): { date?: string; sortDate: string; year: string } {
  if (!d) return { sortDate: UNDATED_SORT_VALUE, year: yearFacetValue(null) };
  return { date: formatDateShort(d), sortDate: dateRange(d).start, year: yearFacetValue(yearOf(d)) };
}

const compact = <T>(items: readonly (T | undefined | null | false | '')[]): T[] => items.filter(Boolean) as T[];
const uniq = (items: readonly string[]): string[] => [...new Set(items)];

type Meta = SearchRecord['meta'];
type Filters = SearchRecord['filters'];
type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** Drop empty keys: exactOptionalPropertyTypes and Pagefind both prefer absent fields. */
function clean<T extends object>(o: Loose<T>): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
}

/** The records of what `graph` publishes; a directive's status facet is as of `today`, the graph's day. */
export function searchRecords(graph: Graph, today: string): SearchRecord[] {
  const agencyName = (id: string | undefined) => (id ? graph.agency(id)?.data.name : undefined);
  const records: SearchRecord[] = [];

  for (const d of graph.directives) {
    const x = d.data;
    const when = dated(x.issued);
    const issuer = agencyName(x.issuer) ?? x.issuer;
    records.push({
      url: routes.directive(d.id),
      entry: 'directive',
      meta: clean<Meta>({
        title: x.title,
        kind: `${label.directive} · ${sentence(x.kind)}`,
        number: x.number ?? undefined,
        date: when.date,
        issuer,
        extra: compact<string>([x.theme, x.signer.name]).join(' · '),
      }),
      filters: clean<Filters>({
        entry: [label.directive],
        doctype: [doctypeFacetValue(x.kind)],
        status: [ui.legal.statuses[legalStatus(x, graph.legalLinksTo(d.id), today).status]],
        year: [when.year],
        issuer: [issuer],
        campaign: uniq(graph.campaignsOfDirective(d.id).map((l) => l.campaign.data.name)),
        field: uniq(x.fields),
      }),
      sortDate: when.sortDate,
      numbers: compact<string>([x.number, ...x.basis.map((b) => b.number)]),
      ...(x.number ? { ownNumber: x.number } : {}),
    });
  }

  for (const c of graph.campaigns) {
    const x = c.data;
    const launcher = x.launchedBy ? graph.directive(x.launchedBy) : undefined;
    const when = dated(x.period?.from ?? launcher?.data.issued);
    const issuer = launcher ? agencyName(launcher.data.issuer) : undefined;
    records.push({
      url: routes.campaign(c.id),
      entry: 'campaign',
      meta: clean<Meta>({ title: x.name, kind: label.campaign, date: when.date, issuer }),
      filters: clean<Filters>({
        entry: [label.campaign],
        year: when.date ? [when.year] : undefined,
        issuer: issuer ? [issuer] : undefined,
        campaign: uniq([...graph.ancestorsOfCampaign(c.id).map((a) => a.data.name), x.name]),
      }),
      sortDate: when.sortDate,
      numbers: compact<string>([launcher?.data.number]),
    });
  }

  for (const f of graph.figures) {
    const x = f.data;
    const when = dated(x.decision.date);
    records.push({
      url: routes.figure(f.id),
      entry: 'figure',
      meta: clean<Meta>({
        title: x.name,
        kind: `${label.figure} · ${sentence(x.type)}`,
        date: when.date,
        extra: compact<string>([x.unit, x.locality, x.awardDetail ?? x.award]).join(' · '),
      }),
      filters: clean<Filters>({
        entry: [label.figure],
        year: [String(x.year)],
        campaign: uniq(compact<string>(x.campaigns.map((id) => graph.campaign(id)?.data.name))),
      }),
      sortDate: when.sortDate,
      numbers: compact<string>([x.decision.number]),
    });
  }

  for (const r of graph.results) {
    const x = r.data;
    const when = dated(x.report.date);
    const issuer = agencyName(x.issuer);
    records.push({
      url: routes.result(r.id),
      entry: 'result',
      meta: clean<Meta>({
        title: x.title,
        kind: `${label.result} · ${sentence(x.kind)}`,
        number: x.report.number ?? undefined,
        date: when.date,
        issuer,
        extra: x.indicators.map((i) => i.name).join(' · '),
      }),
      filters: clean<Filters>({
        entry: [label.result],
        year: [when.year],
        issuer: issuer ? [issuer] : undefined,
        campaign: uniq(compact<string>(x.campaigns.map((id) => graph.campaign(id)?.data.name))),
      }),
      sortDate: when.sortDate,
      numbers: compact<string>([x.report.number]),
      ...(x.report.number ? { ownNumber: x.report.number } : {}),
    });
  }

  for (const a of graph.agencies) {
    const x = a.data;
    const parent = agencyName(x.parent);
    const when = dated(x.activeFrom);
    const body = compact<string>([
      x.name,
      `(${x.shortName}).`,
      `${ui.agency.level}: ${x.level}.`,
      parent && `${ui.agency.parent}: ${parent}.`,
      x.activeTo && ui.agency.historical(formatDateShort(x.activeTo)),
    ]).join(' ');
    records.push({
      url: routes.agency(a.id),
      entry: 'agency',
      // The issuer of its own documents: a place's name finds its issuer page as it finds them.
      meta: clean<Meta>({ title: x.name, kind: `${label.agency} · ${sentence(x.level)}`, issuer: x.name, extra: x.shortName }),
      filters: clean<Filters>({ entry: [label.agency], issuer: [x.name] }),
      sortDate: when.sortDate,
      numbers: [],
      body,
    });
  }

  return records;
}
