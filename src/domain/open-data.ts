/**
 * The archive as open data: one record per published entry, made of the
 * fields its schema validated (NFC, canonical vocabulary values; `draft`,
 * always false here, left out), the links the graph computed (ids and page
 * URLs, both ways) and the values derived from its data. Each collection's
 * record has ONE zod schema, from which come its JSON Schema, the columns
 * of its CSV and its field dictionary; TypeScript holds the record builders
 * to it. A new schema field joins the records by itself; a derived value
 * (a directive's legal status, say) is added in the collection's `derived`
 * schema and function. Pure: no Astro, no file system.
 */
import { z } from 'zod';
import { ui } from '../i18n/vi.ts';
import { toCsv } from './csv.ts';
import { jsonSchemaOf } from './data-dictionary.ts';
import { comparePartialDates, type PartialDate } from './dates.ts';
import type { ArchiveGraph, Node } from './graph.ts';
import { computePercent } from './indicators.ts';
import type { CollectionName } from './publication.ts';
import { ENTRY_ROUTE, routes, SECTION } from './routes.ts';
import { agencySchema, campaignSchema, directiveSchema, figureSchema, resultSchema } from './schema/index.ts';
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';
import { ref } from './schema/base.ts';
import { campaignStatus } from './campaign-status.ts';
import { legalStatus } from './legal-status.ts';
import { CAMPAIGN_RELATIONS, CAMPAIGN_STATUSES, LEGAL_RELATIONS, LEGAL_STATUSES } from './vocabulary.ts';

type Graph = ArchiveGraph<Node<Directive>, Node<Campaign>, Node<Figure>, Node<Result>, Node<Agency>>;

/** What a record's derived values may depend on besides the entry: the graph, and the day the build publishes as of. */
export interface RecordContext {
  graph: Graph;
  today: string;
}

const words = ui.data.fields;

/** A link to another entry: its id and its page. */
const entryLink = z.strictObject({
  id: ref.meta({ help: words.linkId }),
  url: z.string().meta({ help: words.linkUrl }),
});
const entryLinks = (help: string) => z.array(entryLink).meta({ help });
const campaignRelation = z.enum(CAMPAIGN_RELATIONS).meta({ help: words.relation });
const legalRelation = z.enum(LEGAL_RELATIONS).meta({ help: words.legalRelation });
const fileLink = z.strictObject({ url: z.string().meta({ help: words.fileUrl }) });

type Link = z.output<typeof entryLink>;
const linkTo =
  (collection: CollectionName) =>
  ({ id }: { id: string }): Link => ({ id, url: ENTRY_ROUTE[collection](id) });
const toDirective = linkTo('directives');
const toCampaign = linkTo('campaigns');
const toFigure = linkTo('figures');
const toResult = linkTo('results');
const toAgency = linkTo('agencies');

/**
 * A collection's record: the entry's own fields, its links and its derived
 * values, each a schema, with the functions that compute the last two
 * (TypeScript holds them to their schemas).
 */
function recordSpec<T, F extends z.ZodObject, L extends z.ZodObject, D extends z.ZodObject>(spec: {
  fields: F;
  links: L;
  derived: D;
  linksOf: (graph: Graph, entry: Node<T>) => z.output<L>;
  derivedOf: (entry: Node<T>, context: RecordContext) => z.output<D>;
}) {
  return {
    ...spec,
    schema: z.strictObject({
      id: ref.meta({ help: words.id }),
      url: z.string().meta({ help: words.url }),
      ...(spec.fields.shape as F['shape']),
      links: spec.links,
      derived: spec.derived,
    }),
  };
}

// `draft` is false for every published entry: it says nothing, so records leave it out.
const COLLECTIONS = {
  directives: recordSpec({
    fields: directiveSchema.omit({ draft: true }),
    links: z.strictObject({
      issuer: entryLink.meta({ help: words.directives.issuer }),
      campaigns: z.array(entryLink.extend({ relation: campaignRelation })).meta({ help: words.directives.campaigns }),
      basis: z
        .array(entryLink.extend({ citation: z.number().int().nonnegative().meta({ help: words.citation }) }))
        .meta({ help: words.directives.basis }),
      citesInText: entryLinks(words.directives.citesInText),
      citedBy: entryLinks(words.directives.citedBy),
      relations: z.array(entryLink.extend({ type: legalRelation })).meta({ help: words.directives.relations }),
      relatedBy: z.array(entryLink.extend({ type: legalRelation })).meta({ help: words.directives.relatedBy }),
      figures: entryLinks(words.directives.figures),
      results: entryLinks(words.directives.results),
      attachments: z.array(fileLink).meta({ help: words.directives.attachments }),
    }),
    derived: z.strictObject({ legalStatus: z.enum(LEGAL_STATUSES).meta({ help: words.directives.legalStatus }) }),
    linksOf: (g: Graph, d: Node<Directive>) => ({
      issuer: toAgency({ id: d.data.issuer }),
      campaigns: g.campaignsOfDirective(d.id).map((l) => ({ ...toCampaign(l.campaign), relation: l.relation })),
      basis: g.citationsOf(d.id).flatMap((c, citation) => (c.entry ? [{ ...toDirective(c.entry), citation }] : [])),
      citesInText: [...new Set(g.bodyCitationsOf(d.id).flatMap((c) => c.entry ?? []))].map(toDirective),
      citedBy: g.citedBy(d.id).map(toDirective),
      relations: g.legalLinksOf(d.id).flatMap((l) => (l.target ? [{ ...toDirective(l.target), type: l.relation.type }] : [])),
      relatedBy: g.legalLinksTo(d.id).map((l) => ({ ...toDirective(l.source), type: l.relation.type })),
      figures: g.figuresOfDirective(d.id).map(toFigure),
      results: g.resultsOfDirective(d.id).map(toResult),
      attachments: d.data.attachments.map((a) => ({ url: routes.attachment(a.file) })),
    }),
    derivedOf: (d: Node<Directive>, { graph, today }: RecordContext) => ({
      legalStatus: legalStatus(d.data, graph.legalLinksTo(d.id), today).status,
    }),
  }),
  campaigns: recordSpec({
    fields: campaignSchema.omit({ draft: true }),
    links: z.strictObject({
      parent: entryLink.optional().meta({ help: words.campaigns.parent }),
      children: entryLinks(words.campaigns.children),
      launchedBy: entryLink.optional().meta({ help: words.campaigns.launchedBy }),
      directives: z.array(entryLink.extend({ relation: campaignRelation })).meta({ help: words.campaigns.directives }),
      figures: entryLinks(words.campaigns.figures),
      results: entryLinks(words.campaigns.results),
    }),
    // Optional: a campaign without any date has no status (nothing is guessed).
    derived: z.strictObject({ status: z.enum(CAMPAIGN_STATUSES).optional().meta({ help: words.campaigns.status }) }),
    linksOf: (g: Graph, c: Node<Campaign>) => {
      const parent = c.data.parent ? g.campaign(c.data.parent) : undefined;
      const launcher = g.launcherOfCampaign(c.id);
      return {
        ...(parent ? { parent: toCampaign(parent) } : {}),
        children: g.childrenOfCampaign(c.id).map(toCampaign),
        ...(launcher ? { launchedBy: toDirective(launcher) } : {}),
        directives: g.directivesOfCampaign(c.id).map((l) => ({ ...toDirective(l.directive), relation: l.relation })),
        figures: g.figuresOfCampaign(c.id).map(toFigure),
        results: g.resultsOfCampaign(c.id).map(toResult),
      };
    },
    derivedOf: (c: Node<Campaign>, { today }: RecordContext) => {
      const status = campaignStatus(c.data, today);
      return status ? { status } : {};
    },
  }),
  figures: recordSpec({
    fields: figureSchema.omit({ draft: true }),
    links: z.strictObject({
      decision: entryLink.optional().meta({ help: words.figures.decision }),
      campaigns: entryLinks(words.figures.campaigns),
      photo: fileLink.optional().meta({ help: words.figures.photo }),
    }),
    derived: z.strictObject({}),
    linksOf: (g: Graph, f: Node<Figure>) => {
      const decision = g.decisionOfFigure(f.id);
      return {
        ...(decision ? { decision: toDirective(decision) } : {}),
        campaigns: g.campaignsOfFigure(f.id).map(toCampaign),
        ...(f.data.photo ? { photo: { url: routes.attachment(f.data.photo.src) } } : {}),
      };
    },
    derivedOf: (_entry: Node<Figure>, _context: RecordContext) => ({}),
  }),
  results: recordSpec({
    fields: resultSchema.omit({ draft: true }),
    links: z.strictObject({
      issuer: entryLink.optional().meta({ help: words.results.issuer }),
      campaigns: entryLinks(words.results.campaigns),
      directives: entryLinks(words.results.directives),
    }),
    derived: z.strictObject({
      indicators: z.array(z.strictObject({ percent: z.number().nullable() })).meta({ help: words.results.indicators }),
    }),
    linksOf: (g: Graph, r: Node<Result>) => ({
      ...(r.data.issuer ? { issuer: toAgency({ id: r.data.issuer }) } : {}),
      campaigns: g.campaignsOfResult(r.id).map(toCampaign),
      directives: g.directivesOfResult(r.id).map(toDirective),
    }),
    derivedOf: (r: Node<Result>, _context: RecordContext) => ({
      indicators: r.data.indicators.map((i) => ({ percent: computePercent(i.actual, i.target) })),
    }),
  }),
  agencies: recordSpec({
    fields: agencySchema,
    links: z.strictObject({
      parent: entryLink.optional().meta({ help: words.agencies.parent }),
      children: entryLinks(words.agencies.children),
      directives: entryLinks(words.agencies.directives),
      results: entryLinks(words.agencies.results),
    }),
    derived: z.strictObject({}),
    linksOf: (g: Graph, a: Node<Agency>) => {
      const parent = a.data.parent ? g.agency(a.data.parent) : undefined;
      return {
        ...(parent ? { parent: toAgency(parent) } : {}),
        children: g.childrenOfAgency(a.id).map(toAgency),
        directives: g.directivesOfAgency(a.id).map(toDirective),
        results: g.resultsOfAgency(a.id).map(toResult),
      };
    },
    derivedOf: (_entry: Node<Agency>, _context: RecordContext) => ({}),
  }),
};

/** One record's schema per collection: id and page URL, the entry's fields, its links and its derived values. */
export const RECORD_SCHEMAS = {
  directives: COLLECTIONS.directives.schema,
  campaigns: COLLECTIONS.campaigns.schema,
  figures: COLLECTIONS.figures.schema,
  results: COLLECTIONS.results.schema,
  agencies: COLLECTIONS.agencies.schema,
} satisfies Record<CollectionName, z.ZodObject>;

export type DataRecord<C extends CollectionName> = z.output<(typeof RECORD_SCHEMAS)[C]>;

type DataByCollection = { directives: Directive; campaigns: Campaign; figures: Figure; results: Result; agencies: Agency };

/** The entry's record; its fields in the schema's order, absent ones left out. */
function dataRecord<C extends CollectionName>(collection: C, entry: Node<DataByCollection[C]>, context: RecordContext): DataRecord<C> {
  const spec = COLLECTIONS[collection] as unknown as {
    fields: z.ZodObject;
    linksOf: (graph: Graph, e: typeof entry) => unknown;
    derivedOf: (e: typeof entry, context: RecordContext) => unknown;
  };
  const data = entry.data as Record<string, unknown>;
  const fields = Object.keys(spec.fields.shape).flatMap((key) => (data[key] === undefined ? [] : [[key, data[key]] as const]));
  return {
    id: entry.id,
    url: ENTRY_ROUTE[collection](entry.id),
    ...Object.fromEntries(fields),
    links: spec.linksOf(context.graph, entry),
    derived: spec.derivedOf(entry, context),
  } as DataRecord<C>;
}

/** Every published entry's record, collection by collection, in the graph's order. */
export function dataRecords(context: RecordContext): { [C in CollectionName]: DataRecord<C>[] } {
  const { graph } = context;
  return {
    directives: graph.directives.map((e) => dataRecord('directives', e, context)),
    campaigns: graph.campaigns.map((e) => dataRecord('campaigns', e, context)),
    figures: graph.figures.map((e) => dataRecord('figures', e, context)),
    results: graph.results.map((e) => dataRecord('results', e, context)),
    agencies: graph.agencies.map((e) => dataRecord('agencies', e, context)),
  };
}

/** The indicators' table's name in its URL. */
export const INDICATORS = 'chi-tieu';

/** The indicators' table: one row per indicator of every published result, with its report and its computed percent. */
export const INDICATOR_ROW_SCHEMA = z.strictObject({
  result: entryLink.meta({ help: words.indicators.result }),
  ...resultSchema.shape.indicators.element.shape,
  derived: z.strictObject({ percent: z.number().nullable().meta({ help: words.indicators.percent }) }),
});
export type IndicatorRow = z.output<typeof INDICATOR_ROW_SCHEMA>;

function indicatorRows(results: readonly DataRecord<'results'>[]): IndicatorRow[] {
  return results.flatMap((r) =>
    r.indicators.map((indicator, i) => ({
      result: { id: r.id, url: r.url },
      ...indicator,
      derived: { percent: r.derived.indicators[i]!.percent },
    })),
  );
}

/** The date an entry's record stands for: its issue or report date, or (campaigns, agencies) the latest date it carries. */
const RECORD_DATE: { [C in CollectionName]: (record: DataRecord<C>) => PartialDate | null | undefined } = {
  directives: (d) => d.issued,
  campaigns: (c) => c.period?.from,
  figures: (f) => f.decision.date,
  results: (r) => r.report.date,
  agencies: (a) => a.activeTo ?? a.activeFrom,
};

/** The newest date among the records', for "last change" of a file that holds them; null when none has one. */
function newestDate<C extends CollectionName>(collection: C, records: readonly DataRecord<C>[]): PartialDate | null {
  let newest: PartialDate | null = null;
  for (const record of records) {
    const date = RECORD_DATE[collection](record);
    if (date && (newest === null || comparePartialDates(date, newest) > 0)) newest = date;
  }
  return newest;
}

interface DataFile {
  /** Its URL (routes.ts). */
  path: string;
  body: string;
}

interface DataTable extends DataFile {
  /** A collection's name, or the indicators' table. */
  name: CollectionName | 'indicators';
  format: 'json' | 'csv';
  rows: number;
  newest: PartialDate | null;
}

/**
 * Every data file: a JSON per entry, the JSON and CSV of each collection,
 * the indicators' CSV, and each record's JSON Schema. A collection's JSON is
 * its entries' files in a list, byte for byte.
 */
export function dataFiles(records: { [C in CollectionName]: DataRecord<C>[] }) {
  const entries: (DataFile & { collection: CollectionName })[] = [];
  const tables: DataTable[] = [];
  const schemas: (DataFile & { collection: CollectionName })[] = [];
  for (const collection of Object.keys(RECORD_SCHEMAS) as CollectionName[]) {
    const list = records[collection] as DataRecord<CollectionName>[];
    const section = SECTION[collection];
    const newest = newestDate(collection, list);
    const bodies = list.map((record) => JSON.stringify(record));
    list.forEach((record, i) => entries.push({ collection, path: routes.dataEntry(collection, record.id), body: bodies[i]! }));
    tables.push(
      {
        name: collection,
        format: 'json',
        path: routes.dataTable(section, 'json'),
        body: `[${bodies.join(',')}]`,
        rows: list.length,
        newest,
      },
      {
        name: collection,
        format: 'csv',
        path: routes.dataTable(section, 'csv'),
        body: toCsv(RECORD_SCHEMAS[collection], list),
        rows: list.length,
        newest,
      },
    );
    const title = ui.data.schemaTitle(ui.data.collections[collection]);
    schemas.push({
      collection,
      path: routes.dataSchema(collection),
      body: JSON.stringify(jsonSchemaOf(RECORD_SCHEMAS[collection], title), null, 2),
    });
  }
  const indicators = indicatorRows(records.results);
  tables.push({
    name: 'indicators',
    format: 'csv',
    path: routes.dataTable(INDICATORS, 'csv'),
    body: toCsv(INDICATOR_ROW_SCHEMA, indicators),
    rows: indicators.length,
    newest: newestDate('results', records.results),
  });
  return { entries, tables, schemas };
}
