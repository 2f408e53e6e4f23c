/**
 * What each page tells search engines, as schema.org JSON-LD: a directive is
 * a Legislation, an agency a GovernmentOrganization, a figure a Person or an
 * Organization with its award, a result a Dataset of its indicators, a
 * campaign an Event; every page has its BreadcrumbList and the home page the
 * WebSite with its search. Pure: the pages hand over entries and the links
 * the graph resolved, and an absolute site URL. Typed with schema-dts, so a
 * misspelt property or a property of another type fails the type check;
 * tests/build/structured-data.test.ts checks the built pages against the
 * schema.org vocabulary itself.
 */
import type {
  BreadcrumbList,
  DatasetLeaf,
  EventLeaf,
  GovernmentOrganizationLeaf,
  IdReference,
  LegalForceStatus,
  LegislationLeaf,
  MediaObjectLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PropertyValueLeaf,
  SearchAction,
  WebSiteLeaf,
  WithActionConstraints,
  WithContext,
} from 'schema-dts';
import { ui } from '../i18n/vi.ts';
import { citationText, sentence } from './format.ts';
import type { LegalLink, Node, ResolvedCitation } from './graph.ts';
import { routes } from './routes.ts';
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';
import type { LegalRelation as LegalRelationType, LegalStatus } from './vocabulary.ts';

const CONTEXT = 'https://schema.org';
const LANGUAGE = 'vi';

/**
 * The legal statuses a directive can be derived to have, as schema.org's
 * LegalForceStatus. A document not yet in force is, today, not in force;
 * "không xác định" (unknown) says nothing rather than guess.
 */
const LEGAL_FORCE = {
  'còn hiệu lực': 'https://schema.org/InForce',
  'hết hiệu lực toàn bộ': 'https://schema.org/NotInForce',
  'hết hiệu lực một phần': 'https://schema.org/PartiallyInForce',
  'chưa có hiệu lực': 'https://schema.org/NotInForce',
  'không xác định': undefined,
} as const satisfies Record<LegalStatus, LegalForceStatus | undefined>;

/**
 * What a directive does to another document, as schema.org's Legislation
 * properties (sub-properties of legislationChanges, or of legislationApplies
 * for guidance). schema.org has no "replaces": its legislationChanges names
 * replacement among the changes it covers.
 */
const LEGISLATION_RELATION = {
  'sửa đổi': 'legislationAmends',
  'bổ sung': 'legislationAmends',
  'thay thế': 'legislationChanges',
  'bãi bỏ': 'legislationRepeals',
  'đính chính': 'legislationCorrects',
  'hướng dẫn': 'legislationEnsuresImplementationOf',
} as const satisfies Record<LegalRelationType, keyof LegislationLeaf>;
type RelationProperty = (typeof LEGISLATION_RELATION)[LegalRelationType];

/** A document this directive amends, repeals… (stated on the directive that acts), resolved like a citation. */
export interface LegalRelation<D> extends ResolvedCitation<D> {
  type: LegalRelationType;
}

/**
 * A relation the graph resolved, as a citation: what the relation wrote,
 * completed from the archived target when it names it by id alone.
 */
export function relationCitation<D extends Entry<Directive>>({ relation, target }: LegalLink<D>): LegalRelation<D> {
  const { type, kind, number, date, issuer, title } = relation;
  return {
    type,
    cited: {
      kind: kind ?? target?.data.kind,
      number: number ?? target?.data.number ?? null,
      date: date ?? target?.data.issued ?? undefined,
      issuer,
      title: title ?? target?.data.title,
    },
    entry: target,
  };
}

type Entry<T> = Node<T>;
type Site = URL | string;

/** A schema-dts type whose optional properties may be given as undefined: they are left out. */
type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops the properties a page has no value for; the literal is still checked against the schema.org type. */
function defined<T extends object>(value: Loose<T>): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** undefined for an empty list, so the property is left out. */
const list = <T>(items: readonly T[]) => (items.length > 0 ? items : undefined);

const absolute = (site: Site, path: string) => new URL(path, site).href;

/** A reference to an entity another block of the page (or another page) describes in full. */
const ref = (url: string): IdReference => ({ '@id': url });

function governmentOrganization(site: Site, agency: Entry<Agency>): GovernmentOrganizationLeaf & IdReference {
  const url = absolute(site, routes.agency(agency.id));
  return { '@type': 'GovernmentOrganization', '@id': url, url, name: agency.data.name };
}

const MEDIA_TYPE: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

function attachment(site: Site, file: string, label: string): MediaObjectLeaf {
  return defined<MediaObjectLeaf>({
    '@type': 'MediaObject',
    contentUrl: absolute(site, routes.attachment(file)),
    name: label,
    encodingFormat: MEDIA_TYPE[file.slice(file.lastIndexOf('.') + 1)],
  });
}

/**
 * A cited document as the citation states it, with our page's URL when the
 * graph found it in the archive (its page keys on that id alone:
 * src/domain/page-keys.ts).
 */
function citedLegislation<D extends Entry<Directive>>(site: Site, { cited, entry }: ResolvedCitation<D>): LegislationLeaf {
  const url = entry && absolute(site, routes.directive(entry.id));
  return defined<LegislationLeaf>({
    '@type': 'Legislation',
    '@id': url,
    url,
    name: cited.title ?? citationText(cited),
    legislationIdentifier: cited.number ?? undefined,
    legislationType: cited.kind && sentence(cited.kind),
    legislationDate: cited.date,
    legislationPassedBy: cited.issuer === undefined ? undefined : { '@type': 'GovernmentOrganization', name: cited.issuer },
  });
}

export interface DirectiveLinks<D extends Entry<Directive>> {
  issuer: Entry<Agency> | undefined;
  citations: readonly ResolvedCitation<D>[];
  /** The directive's derived legal status (còn hiệu lực…), once the archive records it. */
  legalStatus?: LegalStatus;
  /** The documents this directive amends, replaces, repeals, corrects or guides. */
  relations?: readonly LegalRelation<D>[];
}

export function directiveStructuredData<D extends Entry<Directive>>(
  site: Site,
  directive: D,
  links: DirectiveLinks<D>,
): WithContext<LegislationLeaf> {
  const d = directive.data;
  const url = absolute(site, routes.directive(directive.id));
  const issuer = links.issuer && governmentOrganization(site, links.issuer);
  const relations: Partial<Record<RelationProperty, LegislationLeaf[]>> = {};
  for (const relation of links.relations ?? [])
    (relations[LEGISLATION_RELATION[relation.type]] ??= []).push(citedLegislation(site, relation));
  return defined<WithContext<LegislationLeaf>>({
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: d.title,
    inLanguage: LANGUAGE,
    legislationType: sentence(d.kind),
    legislationIdentifier: d.number ?? undefined,
    legislationDate: d.issued ?? undefined,
    legislationPassedBy: issuer,
    author: issuer && ref(issuer['@id']),
    legislationLegalForce: links.legalStatus && LEGAL_FORCE[links.legalStatus],
    isBasedOn: list(links.citations.map((c) => citedLegislation(site, c))),
    ...relations,
    encoding: list(d.attachments.map((a) => attachment(site, a.file, a.label))),
  });
}

export function agencyStructuredData(
  site: Site,
  agency: Entry<Agency>,
  parent: Entry<Agency> | undefined,
): WithContext<GovernmentOrganizationLeaf> {
  const a = agency.data;
  return defined<WithContext<GovernmentOrganizationLeaf>>({
    '@context': CONTEXT,
    ...governmentOrganization(site, agency),
    alternateName: a.shortName,
    parentOrganization: parent && governmentOrganization(site, parent),
    foundingDate: a.activeFrom,
    dissolutionDate: a.activeTo,
  });
}

/**
 * A person, or a collective or household as an Organization (schema.org has
 * no household), with its award and the decision that gave it, when the
 * archive holds that decision.
 */
export function figureStructuredData(
  site: Site,
  figure: Entry<Figure>,
  decision: Entry<Directive> | undefined,
): WithContext<PersonLeaf> | WithContext<OrganizationLeaf> {
  const f = figure.data;
  const url = absolute(site, routes.figure(figure.id));
  const shared: Loose<Pick<WithContext<PersonLeaf>, '@context' | '@id' | 'url' | 'name' | 'award' | 'image' | 'subjectOf'>> = {
    '@context': CONTEXT,
    '@id': url,
    url,
    name: f.name,
    award: f.awardDetail ?? f.award,
    image: f.photo && absolute(site, routes.attachment(f.photo.src)),
    subjectOf: decision && ref(absolute(site, routes.directive(decision.id))),
  };
  if (f.type === 'cá nhân') {
    return defined<WithContext<PersonLeaf>>({
      ...shared,
      '@type': 'Person',
      homeLocation: { '@type': 'Place', name: f.locality },
      affiliation: f.unit === undefined ? undefined : { '@type': 'Organization', name: f.unit },
    });
  }
  return defined<WithContext<OrganizationLeaf>>({ ...shared, '@type': 'Organization', location: f.locality });
}

/** The results of a report: each indicator measured (actual), with its target as the value it is read against. */
export function resultStructuredData(
  site: Site,
  result: Entry<Result>,
  issuer: Entry<Agency> | undefined,
  description: string,
): WithContext<DatasetLeaf> {
  const r = result.data;
  const url = absolute(site, routes.result(result.id));
  const indicator = (i: Result['indicators'][number]): PropertyValueLeaf => ({
    '@type': 'PropertyValue',
    name: i.name,
    value: i.actual,
    unitText: i.unit,
    valueReference: { '@type': 'PropertyValue', name: ui.result.target, value: i.target, unitText: i.unit },
  });
  return defined<WithContext<DatasetLeaf>>({
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': url,
    url,
    name: r.title,
    description,
    inLanguage: LANGUAGE,
    datePublished: r.report.date,
    // Totals up to the day of the figures; the report does not say since when.
    temporalCoverage: `../${r.asOf}`,
    creator: issuer && governmentOrganization(site, issuer),
    variableMeasured: r.indicators.map(indicator),
  });
}

/**
 * A campaign as an Event: a period (startDate, endDate), an organizer (who
 * launched it) and a place in a chain of campaigns (superEvent, subEvent),
 * which CreativeWork or Project would not carry. Its launching directive is
 * what it is the subject of.
 */
export function campaignStructuredData(
  site: Site,
  campaign: Entry<Campaign>,
  links: {
    parent: Entry<Campaign> | undefined;
    children: readonly Entry<Campaign>[];
    launcher: Entry<Directive> | undefined;
    organizer: Entry<Agency> | undefined;
  },
): WithContext<EventLeaf> {
  const c = campaign.data;
  const url = absolute(site, routes.campaign(campaign.id));
  const campaignRef = (other: Entry<Campaign>): EventLeaf => {
    const otherUrl = absolute(site, routes.campaign(other.id));
    return { '@type': 'Event', '@id': otherUrl, url: otherUrl, name: other.data.name };
  };
  return defined<WithContext<EventLeaf>>({
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': url,
    url,
    name: c.name,
    inLanguage: LANGUAGE,
    startDate: c.period?.from,
    endDate: c.period?.to,
    organizer: links.organizer && governmentOrganization(site, links.organizer),
    superEvent: links.parent && campaignRef(links.parent),
    subEvent: list(links.children.map(campaignRef)),
    subjectOf: links.launcher && ref(absolute(site, routes.directive(links.launcher.id))),
  });
}

/** The page's breadcrumbs, the page itself last. */
export function breadcrumbStructuredData(
  site: Site,
  crumbs: readonly { href: string; label: string }[],
  current: { url: string; label: string },
): WithContext<BreadcrumbList> {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: [...crumbs.map((c) => ({ url: absolute(site, c.href), label: c.label })), current].map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: item.url,
    })),
  };
}

/** The site, with the search a search engine may offer from its results. */
export function websiteStructuredData(site: Site, name: string, description: string): WithContext<WebSiteLeaf> {
  const url = absolute(site, routes.home());
  const search: WithActionConstraints<SearchAction> = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absolute(site, routes.search())}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return { '@context': CONTEXT, '@type': 'WebSite', '@id': url, url, name, description, inLanguage: LANGUAGE, potentialAction: search };
}

/**
 * JSON for a `<script type="application/ld+json">` block that no content can
 * end early or turn into markup: `<`, `>` and `&` become JSON escapes (a
 * title holding `</script>` or `<!--` stays inside the block), and so do
 * U+2028 and U+2029. JSON.parse reads the same text back.
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
