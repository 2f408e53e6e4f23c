/**
 * The open data of the fixture corpus build, read back from dist/ as a
 * stranger would (JSON.parse, csv-parse, ajv) and compared with the link
 * graph made here from the checked content: the same entries, the same
 * values, the same links both ways, every URL a page of the site, every
 * entry file valid against its published JSON Schema.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { columnPath, unneutralise } from '../../src/domain/csv.ts';
import { campaignStatus } from '../../src/domain/campaign-status.ts';
import { buildPublishedGraph } from '../../src/domain/graph.ts';
import { legalStatus } from '../../src/domain/legal-status.ts';
import { byCollection } from '../../src/domain/integrity.ts';
import type { CollectionName } from '../../src/domain/publication.ts';
import { settings } from '../../src/settings.ts';
import { buildSite, resolveContentRoot } from '../support/build.ts';
import { page } from '../support/html.ts';

const SECTIONS: Record<CollectionName, string> = {
  directives: 'van-ban',
  campaigns: 'phong-trao',
  figures: 'dien-hinh',
  results: 'ket-qua',
  agencies: 'co-quan',
};
const COLLECTIONS = Object.keys(SECTIONS) as CollectionName[];

interface Link {
  id: string;
  url: string;
}
type DataRecord = Record<string, unknown> & { id: string; url: string; links: Record<string, Link | Link[] | undefined>; derived: unknown };

let dist: string;
let graph: ReturnType<typeof buildPublishedGraph>;

beforeAll(async () => {
  dist = await buildSite('corpus');
  // The build's own day (settings read the same environment and clock).
  const { today } = settings();
  const { entries, citations } = await checkContent(resolveContentRoot('corpus'), { today });
  graph = buildPublishedGraph({ ...byCollection(entries), bodyCitations: (id) => citations.get(id) ?? [] }, today);
});

const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const entryFiles = (c: CollectionName) => readdirSync(join(dist, 'du-lieu', SECTIONS[c])).sort();
const record = (c: CollectionName, id: string) => JSON.parse(read(`du-lieu/${SECTIONS[c]}/${id}.json`)) as DataRecord;
const ids = (links: Link | Link[] | undefined) => (links === undefined ? [] : Array.isArray(links) ? links.map((l) => l.id) : [links.id]);
const graphEntries = (c: CollectionName) => graph[c] as readonly { id: string; data: Record<string, unknown> }[];

/** A CSV file as objects, by the naming rule, formula guards taken off; empty cells are absent. */
function readCsv(path: string): Record<string, unknown>[] {
  const [header, ...rows] = parse(readFileSync(join(dist, path)), { bom: true }) as string[][];
  return rows.map((cells) => {
    const root: Record<string, unknown> = {};
    header!.forEach((column, i) => {
      const cell = unneutralise(cells[i]!);
      if (cell === '') return;
      const path = columnPath(column);
      let node: Record<string | number, unknown> = root;
      path.slice(0, -1).forEach((segment, j) => {
        node[segment] ??= typeof path[j + 1] === 'number' ? [] : {};
        node = node[segment] as Record<string | number, unknown>;
      });
      node[path.at(-1)!] = cell;
    });
    return root;
  });
}

/** A JSON value as the CSV carries it: leaves as text, no nulls, no empty lists or groups (an empty cell is absent or null). */
function asCells(value: unknown): unknown {
  if (Array.isArray(value)) {
    // An item with nothing but nulls has no cell: the list read back ends at the last item with a value.
    const items = value.map(asCells);
    while (items.length && items.at(-1) === undefined) items.pop();
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([k, v]) => {
      const cell = asCells(v);
      return cell === undefined ? [] : [[k, cell]];
    });
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value === null || value === undefined ? undefined : String(value);
}

describe('the open data of the fixture corpus', () => {
  it.each(COLLECTIONS)('has a JSON file for each published entry of %s and no other, its values those of the entry', (c) => {
    const expected = graphEntries(c);
    expect(expected.length).toBeGreaterThan(0);
    expect(entryFiles(c)).toEqual(expected.map((e) => `${e.id}.json`).sort());
    for (const entry of expected) {
      const { id, url, links, derived, ...fields } = record(c, entry.id);
      expect(id).toBe(entry.id);
      expect(existsSync(join(dist, url, 'index.html')), url).toBe(true);
      expect(links).toBeTypeOf('object');
      expect(derived).toBeTypeOf('object');
      const { draft, ...data } = entry.data;
      expect(draft ?? false).toBe(false);
      expect(fields, entry.id).toEqual(JSON.parse(JSON.stringify(data)));
    }
  });

  it.each(COLLECTIONS)('gives %s as one JSON list, in the graph’s order, each item its entry’s file', (c) => {
    const list = JSON.parse(read(`du-lieu/${SECTIONS[c]}.json`)) as DataRecord[];
    expect(list.map((r) => r.id)).toEqual(graphEntries(c).map((e) => e.id));
    for (const item of list) expect(item).toEqual(record(c, item.id));
  });

  it.each(COLLECTIONS)('names each %s page’s own data file in its head, for programs that read the page', (c) => {
    for (const entry of graphEntries(c)) {
      const { url } = record(c, entry.id);
      const link = page(dist, url).querySelector('link[rel="alternate"][type="application/json"]');
      expect(link?.getAttribute('href'), url).toBe(`/du-lieu/${SECTIONS[c]}/${entry.id}.json`);
    }
  });

  it('links what the graph links, by id, each link’s URL the target’s own', () => {
    const url = (c: CollectionName, id: string) => record(c, id).url;
    const check = (c: CollectionName, id: string, name: string, target: CollectionName, expected: readonly { id: string }[]) => {
      const links = record(c, id).links[name];
      expect(ids(links), `${c}/${id} links.${name}`).toEqual(expected.map((e) => e.id));
      for (const link of [links ?? []].flat()) expect(link.url, `${c}/${id} links.${name}`).toBe(url(target, link.id));
    };
    for (const d of graph.directives) {
      check('directives', d.id, 'issuer', 'agencies', [{ id: d.data.issuer }]);
      check(
        'directives',
        d.id,
        'campaigns',
        'campaigns',
        graph.campaignsOfDirective(d.id).map((l) => l.campaign),
      );
      check(
        'directives',
        d.id,
        'basis',
        'directives',
        graph.citationsOf(d.id).flatMap((c) => c.entry ?? []),
      );
      check('directives', d.id, 'citesInText', 'directives', [...new Set(graph.bodyCitationsOf(d.id).flatMap((c) => c.entry ?? []))]);
      check('directives', d.id, 'citedBy', 'directives', graph.citedBy(d.id));
      check(
        'directives',
        d.id,
        'relations',
        'directives',
        graph.legalLinksOf(d.id).flatMap((l) => l.target ?? []),
      );
      check(
        'directives',
        d.id,
        'relatedBy',
        'directives',
        graph.legalLinksTo(d.id).map((l) => l.source),
      );
      check('directives', d.id, 'figures', 'figures', graph.figuresOfDirective(d.id));
      check('directives', d.id, 'results', 'results', graph.resultsOfDirective(d.id));
      const basis = record('directives', d.id).links.basis as (Link & { citation: number })[];
      for (const link of basis) expect(graph.citationsOf(d.id)[link.citation]!.entry!.id).toBe(link.id);
    }
    for (const c of graph.campaigns) {
      check('campaigns', c.id, 'parent', 'campaigns', c.data.parent ? [{ id: c.data.parent }] : []);
      check('campaigns', c.id, 'children', 'campaigns', graph.childrenOfCampaign(c.id));
      check('campaigns', c.id, 'launchedBy', 'directives', [graph.launcherOfCampaign(c.id) ?? []].flat());
      check(
        'campaigns',
        c.id,
        'directives',
        'directives',
        graph.directivesOfCampaign(c.id).map((l) => l.directive),
      );
      check('campaigns', c.id, 'figures', 'figures', graph.figuresOfCampaign(c.id));
      check('campaigns', c.id, 'results', 'results', graph.resultsOfCampaign(c.id));
    }
    for (const f of graph.figures) {
      check('figures', f.id, 'decision', 'directives', [graph.decisionOfFigure(f.id) ?? []].flat());
      check('figures', f.id, 'campaigns', 'campaigns', graph.campaignsOfFigure(f.id));
    }
    for (const r of graph.results) {
      check('results', r.id, 'issuer', 'agencies', r.data.issuer ? [{ id: r.data.issuer }] : []);
      check('results', r.id, 'campaigns', 'campaigns', graph.campaignsOfResult(r.id));
      check('results', r.id, 'directives', 'directives', graph.directivesOfResult(r.id));
    }
    for (const a of graph.agencies) {
      check('agencies', a.id, 'parent', 'agencies', a.data.parent ? [{ id: a.data.parent }] : []);
      check('agencies', a.id, 'children', 'agencies', graph.childrenOfAgency(a.id));
      check('agencies', a.id, 'directives', 'directives', graph.directivesOfAgency(a.id));
      check('agencies', a.id, 'results', 'results', graph.resultsOfAgency(a.id));
    }
  });

  it('links both ways: each link from one file is the reverse of a link in the other', () => {
    const pairs: [CollectionName, string, CollectionName, string][] = [
      ['directives', 'relations', 'directives', 'relatedBy'],
      ['directives', 'campaigns', 'campaigns', 'directives'],
      ['agencies', 'directives', 'directives', 'issuer'],
      ['agencies', 'children', 'agencies', 'parent'],
      ['campaigns', 'children', 'campaigns', 'parent'],
      ['campaigns', 'figures', 'figures', 'campaigns'],
      ['campaigns', 'results', 'results', 'campaigns'],
      ['agencies', 'results', 'results', 'issuer'],
    ];
    let checked = 0;
    for (const [from, forward, to, back] of [...pairs, ...pairs.map(([a, f, b, r]) => [b, r, a, f] as const)])
      for (const e of graphEntries(from))
        for (const target of ids(record(from, e.id).links[forward])) {
          expect(ids(record(to, target).links[back]), `${from}/${e.id} ${forward} → ${to}/${target} ${back}`).toContain(e.id);
          checked++;
        }
    // A directive cites another in `basis` or in its text: citedBy is the reverse of both together.
    const cites = (id: string) => [...ids(record('directives', id).links['basis']), ...ids(record('directives', id).links['citesInText'])];
    for (const d of graphEntries('directives')) {
      for (const citing of ids(record('directives', d.id).links['citedBy']))
        expect(cites(citing), `${d.id} citedBy ${citing}`).toContain(d.id);
      for (const cited of cites(d.id)) expect(ids(record('directives', cited).links['citedBy']), `${d.id} cites ${cited}`).toContain(d.id);
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('derives each indicator’s percent from its figures', () => {
    for (const r of graph.results) {
      const { derived } = record('results', r.id) as unknown as { derived: { indicators: { percent: number | null }[] } };
      expect(derived.indicators).toHaveLength(r.data.indicators.length);
      r.data.indicators.forEach((i, n) => {
        const percent = derived.indicators[n]!.percent;
        if (i.target === 0) expect(percent).toBeNull();
        else expect(percent).toBeCloseTo((i.actual / i.target) * 100, 9);
      });
    }
  });

  it('states each directive’s legal status and each campaign’s status as of the build’s day, as the pages do', () => {
    const { today } = settings();
    const statuses = new Set<string>();
    for (const d of graph.directives) {
      const { derived } = record('directives', d.id) as unknown as { derived: { legalStatus: string } };
      expect(derived.legalStatus, d.id).toBe(legalStatus(d.data, graph.legalLinksTo(d.id), today).status);
      statuses.add(derived.legalStatus);
    }
    // The corpus holds every status, so a constant would not pass.
    expect(statuses.size).toBe(5);
    for (const c of graph.campaigns) {
      const { derived } = record('campaigns', c.id) as unknown as { derived: { status?: string } };
      expect(derived.status, c.id).toBe(campaignStatus(c.data, today));
    }
  });

  it.each(COLLECTIONS)('gives %s as a CSV that reads back into the same records', (c) => {
    const rows = readCsv(`du-lieu/${SECTIONS[c]}.csv`);
    expect(rows.map((r) => r.id)).toEqual(graphEntries(c).map((e) => e.id));
    for (const row of rows) expect(row).toEqual(asCells(record(c, row.id as string)));
  });

  it('gives the indicators one CSV row each, with their report', () => {
    const rows = readCsv('du-lieu/chi-tieu.csv');
    const expected = graph.results.flatMap((r) => r.data.indicators.map((i) => ({ result: r.id, ...i })));
    expect(expected.length).toBeGreaterThan(3);
    expect(rows.map((row) => [(row.result as Link).id, row.name, Number(row.target), Number(row.actual)])).toEqual(
      expected.map((i) => [i.result, i.name, i.target, i.actual]),
    );
  });

  it('validates every entry file against its published JSON Schema', () => {
    const ajv = new Ajv2020({ allErrors: true });
    let validated = 0;
    for (const c of COLLECTIONS) {
      const validate = ajv.compile(JSON.parse(read(`du-lieu/schema/${SECTIONS[c]}.json`)) as object);
      for (const file of entryFiles(c)) {
        const data = JSON.parse(read(`du-lieu/${SECTIONS[c]}/${file}`)) as unknown;
        expect(validate(data), `${c}/${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        validated++;
      }
      // The schema can refuse: an unknown key.
      expect(validate({ ...record(c, graphEntries(c)[0]!.id), draft: false })).toBe(false);
    }
    expect(validated).toBe(COLLECTIONS.reduce((n, c) => n + graphEntries(c).length, 0));
  });

  it('names no file of the build machine', () => {
    const root = resolveContentRoot('corpus');
    for (const file of ['van-ban.json', 'van-ban.csv', 'dien-hinh.json', 'ket-qua.csv', 'co-quan.json']) {
      const body = read(`du-lieu/${file}`);
      expect(body).not.toContain(root);
      expect(body).not.toMatch(/\.mdx\b|content\/files/u);
    }
  });
});
