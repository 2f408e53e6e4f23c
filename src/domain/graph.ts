/**
 * The link graph: the one place that computes how directives, campaigns,
 * figures, results and agencies point at each other. Built once per build
 * from published entries; every page reads from it. Pure: no Astro.
 */
import type { Agency, Campaign, Directive, Figure, LegalRelationEntry, Result } from './schema/index.ts';
import { comparePartialDates, dateRange, type PartialDate } from './dates.ts';
import type { BodyCitation } from './cited-in-text.ts';
import { documentNumberKey } from './document-number.ts';
import { compareVi, fold } from './vietnamese.ts';
import { isPublished } from './publication.ts';
import type { CampaignRelation, LegalRelation } from './vocabulary.ts';

/** Anything with an id and data: an Astro entry, or a plain object in tests. */
export interface Node<T> {
  id: string;
  data: T;
}

export interface GraphInput<
  D extends Node<Directive>,
  C extends Node<Campaign>,
  F extends Node<Figure>,
  R extends Node<Result>,
  A extends Node<Agency>,
> {
  directives: readonly D[];
  campaigns: readonly C[];
  figures: readonly F[];
  results: readonly R[];
  agencies: readonly A[];
  /** The numbers a directive's body cites (cited-in-text.ts), by its id; none when not given. */
  bodyCitations?: ((directiveId: string) => readonly BodyCitation[]) | undefined;
}

export type CitedDocument = Directive['basis'][number];

export interface ResolvedCitation<D> {
  cited: CitedDocument;
  /** The archived directive with the same number, when the archive holds it. */
  entry: D | undefined;
}

export interface ResolvedBodyCitation<D> {
  citation: BodyCitation;
  /** The archived directive it names, by the rule of `basis`; never the citing one. */
  entry: D | undefined;
}

/** A relation between two documents, seen from either: `source` wrote it and acts on `target`. */
export interface LegalLink<D> {
  relation: LegalRelationEntry;
  /** The newer document, which amends, replaces, repeals, guides or corrects. */
  source: D;
  /** The older document, when the archive publishes it; else the relation shows its own text. */
  target: D | undefined;
}

/** One line of a document's history (lịch sử), oldest first. */
export type HistoryEvent<D> =
  | { type: 'issued' | 'effective' | 'expires'; date: PartialDate | null }
  | { type: LegalRelation; date: PartialDate | null; link: LegalLink<D> };

export type TimelineEvent<D, F, R> =
  | { type: 'directive'; date: PartialDate | null; entry: D; relation: CampaignRelation }
  | { type: 'figure'; date: PartialDate; entry: F }
  | { type: 'result'; date: PartialDate; entry: R };

/** Newest first; undated documents last. */
export function compareIssuedDesc(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return comparePartialDates(b, a);
}

/** Oldest first; undated events last (a date nobody wrote is not "before everything"). */
function compareDatedAsc(a: PartialDate | null, b: PartialDate | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return comparePartialDates(a, b);
}

/** The day a document starts to act: its stated effective date, else the day it was issued. */
export const actsFrom = (d: Pick<Directive, 'effective' | 'issued'>): PartialDate | null => d.effective ?? d.issued;

/** '2023-01' and '2023-01-12' can be the same day; '2023-01-12' and '2023-01-13' cannot. */
function datesOverlap(a: PartialDate, b: PartialDate): boolean {
  const x = dateRange(a);
  const y = dateRange(b);
  return x.start <= y.end && y.start <= x.end;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The rule that links a number written in frontmatter (a citation in
 * `basis`, a relation, a figure's decision) to an archived directive.
 * Numbers repeat across issuers and years (every UBND has an 01/CT-UBND),
 * so it links only when number, date and issuer leave one candidate.
 * Shared by the graph (published directives) and the integrity rules (all).
 */
export function numberResolver<D extends Node<Directive>>(directives: readonly D[], agencyOf: (id: string) => Agency | undefined) {
  const byNumber = new Map<string, D[]>();
  for (const d of directives) if (d.data.number) push(byNumber, documentNumberKey(d.data.number), d);
  const issuerMatches = (d: D, issuerText: string) => {
    const a = agencyOf(d.data.issuer);
    const cited = fold(issuerText);
    return a !== undefined && [a.name, a.shortName].some((name) => cited.includes(fold(name)));
  };
  return (number: string, date?: PartialDate, issuerText?: string): D | undefined => {
    let candidates = byNumber.get(documentNumberKey(number)) ?? [];
    if (date) candidates = candidates.filter((d) => !d.data.issued || datesOverlap(d.data.issued, date));
    if (candidates.length > 1 && issuerText) candidates = candidates.filter((d) => issuerMatches(d, issuerText));
    return candidates.length === 1 ? candidates[0] : undefined;
  };
}

export function buildGraph<
  D extends Node<Directive>,
  C extends Node<Campaign>,
  F extends Node<Figure>,
  R extends Node<Result>,
  A extends Node<Agency>,
>(input: GraphInput<D, C, F, R, A>) {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const directive = byId(input.directives);
  const campaign = byId(input.campaigns);
  const figure = byId(input.figures);
  const result = byId(input.results);
  const agency = byId(input.agencies);

  const directives = [...input.directives].sort(
    (a, b) => compareIssuedDesc(a.data.issued, b.data.issued) || compareVi(a.data.title, b.data.title),
  );
  const campaigns = [...input.campaigns].sort((a, b) => compareVi(a.data.name, b.data.name));
  const figures = [...input.figures].sort((a, b) => b.data.year - a.data.year || compareVi(a.data.name, b.data.name));
  const results = [...input.results].sort((a, b) => comparePartialDates(b.data.asOf, a.data.asOf) || compareVi(a.data.title, b.data.title));
  const agencies = [...input.agencies].sort((a, b) => compareVi(a.data.name, b.data.name));

  const resolveNumber = numberResolver(directives, (id) => agency.get(id)?.data);
  /** A number in a body links by the same rule, with the date and words written after it; a document never cites itself. */
  const bodyCitationTarget = (fromId: string, { number, date, issuer }: BodyCitation): D | undefined => {
    const entry = resolveNumber(number, date, issuer);
    return entry?.id === fromId ? undefined : entry;
  };

  const campaignsOfDirective = new Map<string, { campaign: C; relation: CampaignRelation }[]>();
  const directivesOfCampaign = new Map<string, { directive: D; relation: CampaignRelation }[]>();
  const citationsOf = new Map<string, ResolvedCitation<D>[]>();
  const citedBy = new Map<string, D[]>();
  const bodyCitationsOf = new Map<string, ResolvedBodyCitation<D>[]>();
  /** Per directive, what each number its body cites links to: null when its mentions name different directives. */
  const bodyLinkOf = new Map<string, Map<string, D | null>>();
  const legalLinksOf = new Map<string, LegalLink<D>[]>();
  const legalLinksTo = new Map<string, LegalLink<D>[]>();
  const directivesOfAgency = new Map<string, D[]>();
  for (const d of directives) {
    push(directivesOfAgency, d.data.issuer, d);
    for (const link of d.data.campaigns) {
      const c = campaign.get(link.campaign);
      if (!c) continue;
      push(campaignsOfDirective, d.id, { campaign: c, relation: link.relation });
      push(directivesOfCampaign, c.id, { directive: d, relation: link.relation });
    }
    const citations = d.data.basis.map((cited) => {
      const entry = cited.number ? resolveNumber(cited.number, cited.date, cited.issuer) : undefined;
      return { cited, entry: entry?.id === d.id ? undefined : entry };
    });
    citationsOf.set(d.id, citations);
    const inBody = (input.bodyCitations?.(d.id) ?? []).map((citation) => ({ citation, entry: bodyCitationTarget(d.id, citation) }));
    bodyCitationsOf.set(d.id, inBody);
    const bodyLinks = new Map<string, D | null>();
    for (const { citation, entry } of inBody) {
      if (!entry) continue;
      const key = documentNumberKey(citation.number);
      bodyLinks.set(key, bodyLinks.get(key) === undefined || bodyLinks.get(key) === entry ? entry : null);
    }
    bodyLinkOf.set(d.id, bodyLinks);
    for (const { entry } of [...citations, ...inBody]) if (entry && !citedBy.get(entry.id)?.includes(d)) push(citedBy, entry.id, d);
    const links = d.data.relations.map((relation) => {
      // The schema asks for exactly one of the two.
      const target =
        relation.directive !== undefined
          ? directive.get(relation.directive)
          : resolveNumber(relation.number!, relation.date, relation.issuer);
      return { relation, source: d, target: target === d ? undefined : target };
    });
    legalLinksOf.set(d.id, links);
    for (const link of links) if (link.target) push(legalLinksTo, link.target.id, link);
  }
  // Oldest acting document first, so "replaced by" lists read in the order things happened.
  for (const links of legalLinksTo.values()) links.sort((a, b) => compareDatedAsc(actsFrom(a.source.data), actsFrom(b.source.data)));
  // A campaign's launching directive counts even if that directive forgot to list it.
  for (const c of campaigns) {
    const launcher = c.data.launchedBy ? directive.get(c.data.launchedBy) : undefined;
    if (launcher && !directivesOfCampaign.get(c.id)?.some((link) => link.directive === launcher)) {
      push(directivesOfCampaign, c.id, { directive: launcher, relation: 'phát động' });
      push(campaignsOfDirective, launcher.id, { campaign: c, relation: 'phát động' });
    }
  }

  const childrenOfCampaign = new Map<string, C[]>();
  for (const c of campaigns) if (c.data.parent && campaign.has(c.data.parent)) push(childrenOfCampaign, c.data.parent, c);

  const figuresOfCampaign = new Map<string, F[]>();
  const figuresOfDirective = new Map<string, F[]>();
  const decisionOfFigure = new Map<string, D>();
  for (const f of figures) {
    for (const id of f.data.campaigns) if (campaign.has(id)) push(figuresOfCampaign, id, f);
    const decision = f.data.decision.directive
      ? directive.get(f.data.decision.directive)
      : f.data.decision.number
        ? resolveNumber(f.data.decision.number, f.data.decision.date)
        : undefined;
    if (decision) {
      decisionOfFigure.set(f.id, decision);
      push(figuresOfDirective, decision.id, f);
    }
  }
  const resultsOfCampaign = new Map<string, R[]>();
  const resultsOfDirective = new Map<string, R[]>();
  const resultsOfAgency = new Map<string, R[]>();
  for (const r of results) {
    for (const id of r.data.campaigns) if (campaign.has(id)) push(resultsOfCampaign, id, r);
    for (const id of r.data.directives) if (directive.has(id)) push(resultsOfDirective, id, r);
    if (r.data.issuer) push(resultsOfAgency, r.data.issuer, r);
  }
  const childrenOfAgency = new Map<string, A[]>();
  for (const a of agencies) if (a.data.parent && agency.has(a.data.parent)) push(childrenOfAgency, a.data.parent, a);

  const unique = <T>(items: T[]) => [...new Set(items)];
  /** Published entries among the ids an entry lists, in its order. */
  const listed = <T>(ids: readonly string[], from: Map<string, T>) => ids.flatMap((id) => from.get(id) ?? []);

  return {
    directives,
    campaigns,
    figures,
    results,
    agencies,
    directive: (id: string) => directive.get(id),
    campaign: (id: string) => campaign.get(id),
    figure: (id: string) => figure.get(id),
    result: (id: string) => result.get(id),
    agency: (id: string) => agency.get(id),

    campaignsOfDirective: (id: string) => campaignsOfDirective.get(id) ?? [],
    citationsOf: (id: string) => citationsOf.get(id) ?? [],
    /** The directives citing this one, in `basis` or in their bodies, newest first. */
    citedBy: (id: string) => citedBy.get(id) ?? [],
    /** The numbers a directive's body cites, each with the directive it names, if any. */
    bodyCitationsOf: (id: string) => bodyCitationsOf.get(id) ?? [],
    /**
     * The directive a number in this directive's body links to: the one its
     * mentions there name (bodyCitationsOf), unless two of them name different
     * ones. A function of bodyCitationsOf, which the page key holds.
     */
    bodyLink: (id: string, number: string) => bodyLinkOf.get(id)?.get(documentNumberKey(number)) ?? undefined,
    /** What this document does to older ones ("Thay thế …"), as written, resolved where the archive holds the target. */
    legalLinksOf: (id: string) => legalLinksOf.get(id) ?? [],
    /** What newer published documents do to this one ("Được thay thế bởi …"), oldest first. */
    legalLinksTo: (id: string) => legalLinksTo.get(id) ?? [],
    /** Issued, in force, amended, replaced, repealed, guided, corrected, expired: oldest first, undated last. */
    historyOf: (id: string): HistoryEvent<D>[] => {
      const d = directive.get(id)?.data;
      if (!d) return [];
      const events: HistoryEvent<D>[] = [
        { type: 'issued', date: d.issued },
        ...(d.effective ? [{ type: 'effective' as const, date: d.effective }] : []),
        ...(legalLinksTo.get(id) ?? []).map((link) => ({ type: link.relation.type, date: actsFrom(link.source.data), link })),
        ...(d.expires ? [{ type: 'expires' as const, date: d.expires }] : []),
      ];
      // A stable sort: on the same day, issued before effective before what others did, before expiry.
      return events.sort((a, b) => compareDatedAsc(a.date, b.date));
    },
    /** Figures honoured by this directive's decision, or in the campaigns it launches. */
    figuresOfDirective: (id: string) =>
      unique([
        ...(figuresOfDirective.get(id) ?? []),
        ...(campaignsOfDirective.get(id) ?? [])
          .filter((l) => l.relation === 'phát động')
          .flatMap((l) => figuresOfCampaign.get(l.campaign.id) ?? []),
      ]),
    resultsOfDirective: (id: string) =>
      unique([
        ...(resultsOfDirective.get(id) ?? []),
        ...(campaignsOfDirective.get(id) ?? [])
          .filter((l) => l.relation === 'phát động')
          .flatMap((l) => resultsOfCampaign.get(l.campaign.id) ?? []),
      ]),

    /** The archived quyết định that honoured a figure: by id, or by its number and date. */
    decisionOfFigure: (id: string) => decisionOfFigure.get(id),
    campaignsOfFigure: (id: string) => listed(figure.get(id)?.data.campaigns ?? [], campaign),
    campaignsOfResult: (id: string) => listed(result.get(id)?.data.campaigns ?? [], campaign),
    directivesOfResult: (id: string) => listed(result.get(id)?.data.directives ?? [], directive),

    directivesOfCampaign: (id: string) => directivesOfCampaign.get(id) ?? [],
    launcherOfCampaign: (id: string) => {
      const launchedBy = campaign.get(id)?.data.launchedBy;
      return launchedBy ? directive.get(launchedBy) : undefined;
    },
    figuresOfCampaign: (id: string) => figuresOfCampaign.get(id) ?? [],
    resultsOfCampaign: (id: string) => resultsOfCampaign.get(id) ?? [],
    childrenOfCampaign: (id: string) => childrenOfCampaign.get(id) ?? [],
    /** From the national campaign down to this one's parent. */
    ancestorsOfCampaign: (id: string) => {
      const chain: C[] = [];
      const seen = new Set([id]);
      let parent = campaign.get(id)?.data.parent;
      while (parent && !seen.has(parent)) {
        const c = campaign.get(parent);
        if (!c) break;
        chain.unshift(c);
        seen.add(parent);
        parent = c.data.parent;
      }
      return chain;
    },
    /** Directives, figures and results of a campaign in date order (undated directives last). */
    timelineOfCampaign: (id: string): TimelineEvent<D, F, R>[] => {
      const events: TimelineEvent<D, F, R>[] = [
        ...(directivesOfCampaign.get(id) ?? []).map((l) => ({
          type: 'directive' as const,
          date: l.directive.data.issued,
          entry: l.directive,
          relation: l.relation,
        })),
        ...(figuresOfCampaign.get(id) ?? []).map((f) => ({ type: 'figure' as const, date: f.data.decision.date, entry: f })),
        ...(resultsOfCampaign.get(id) ?? []).map((r) => ({ type: 'result' as const, date: r.data.report.date, entry: r })),
      ];
      return events.sort((a, b) => compareDatedAsc(a.date, b.date));
    },

    directivesOfAgency: (id: string) => directivesOfAgency.get(id) ?? [],
    resultsOfAgency: (id: string) => resultsOfAgency.get(id) ?? [],
    childrenOfAgency: (id: string) => childrenOfAgency.get(id) ?? [],
  };
}

export type ArchiveGraph<
  D extends Node<Directive>,
  C extends Node<Campaign>,
  F extends Node<Figure>,
  R extends Node<Result>,
  A extends Node<Agency>,
> = ReturnType<typeof buildGraph<D, C, F, R, A>>;

/** Any archive graph, for what reads it without handing its entries back (feeds, lastmod). */
export type AnyArchiveGraph = ArchiveGraph<Node<Directive>, Node<Campaign>, Node<Figure>, Node<Result>, Node<Agency>>;

/**
 * The graph of what is public on `today`: the same publication rule for the
 * pages (Astro entries) and for the search index (checked files).
 */
export function buildPublishedGraph<
  D extends Node<Directive>,
  C extends Node<Campaign>,
  F extends Node<Figure>,
  R extends Node<Result>,
  A extends Node<Agency>,
>(input: GraphInput<D, C, F, R, A>, today: string) {
  return buildGraph({
    directives: input.directives.filter((e) => isPublished('directives', e.data, today)),
    campaigns: input.campaigns.filter((e) => isPublished('campaigns', e.data, today)),
    figures: input.figures.filter((e) => isPublished('figures', e.data, today)),
    results: input.results.filter((e) => isPublished('results', e.data, today)),
    agencies: input.agencies,
    bodyCitations: input.bodyCitations,
  });
}
