/**
 * The open data's rules on small archives: records with their links both
 * ways and derived values, the CSV naming rule, quoting and formula
 * neutralisation (read back by an independent parser, csv-parse), the JSON
 * Schemas (checked by ajv) and the field dictionary.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellText, columnPath, flatten, neutralise, tableColumns, toCsv, unneutralise } from '../../src/domain/csv.ts';
import { dictionaryOf, jsonSchemaOf } from '../../src/domain/data-dictionary.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { dataFiles, dataRecords, INDICATOR_ROW_SCHEMA, RECORD_SCHEMAS } from '../../src/domain/open-data.ts';
import { agencySchema, resultSchema } from '../../src/domain/schema/index.ts';
import { testCampaign, testDirective, testFigure } from '../support/entries.ts';

const agency = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  data: agencySchema.parse({ name: `Ủy ban nhân dân ${id}`, shortName: `UBND ${id}`, level: 'huyện', ...data }),
});
const result = (id: string, data: Record<string, unknown>) => ({
  id,
  data: resultSchema.parse({
    title: `Kết quả ${id}`,
    kind: 'sơ kết',
    report: { number: null, date: '2024-06-30' },
    asOf: '2024-06',
    indicators: [{ name: 'Hộ nghèo giảm', unit: 'hộ', target: 80, actual: 100 }],
    ...data,
  }),
});

function smallArchive() {
  const graph = buildGraph({
    directives: [
      testDirective('phat-dong', {
        kind: 'phát động',
        number: '01/PĐ-UBND',
        issued: '2024-02-01',
        campaigns: [{ campaign: 'xay-dung', relation: 'phát động' }],
        attachments: [{ file: 'ban-goc.pdf', label: 'Bản ký' }],
        recipients: ['- Như trên;', '=HYPERLINK("http://x")', 'Lưu: VT, NV.'],
      }),
      testDirective('ke-hoach', {
        kind: 'kế hoạch',
        number: '02/KH-UBND',
        issued: '2024-03-01',
        basis: [
          { number: '34-CT/TW', issuer: 'Bộ Chính trị' },
          { number: '1/PĐ-UBND', date: '2024-02-01' },
        ],
      }),
      testDirective('khen-thuong', { kind: 'quyết định', number: '15/QĐ-UBND', issued: '2024-11-05' }),
    ],
    campaigns: [testCampaign('xay-dung', { parent: 'toan-quoc' }), testCampaign('toan-quoc', { scope: 'toàn quốc' })],
    figures: [testFigure('ho-a', { campaigns: ['xay-dung'] })],
    results: [
      result('so-ket', {
        issuer: 'ubnd-a',
        campaigns: ['xay-dung'],
        directives: ['ke-hoach'],
        indicators: [
          { name: 'Hộ nghèo giảm', unit: 'hộ', target: 80, actual: 100, percent: 125 },
          { name: 'Sự cố', unit: 'vụ', target: 0, actual: 0 },
        ],
      }),
    ],
    agencies: [agency('ubnd-a', { parent: 'ubnd-tinh' }), agency('ubnd-tinh', { level: 'tỉnh' })],
  });
  return dataRecords({ graph, today: '2026-11-24' });
}

describe('records', () => {
  const records = smallArchive();
  const byId = <T extends { id: string }>(list: T[], id: string) => list.find((r) => r.id === id)!;

  it('carry the schema’s fields as validated, without draft, with the page URL', () => {
    const d = byId(records.directives, 'phat-dong');
    expect(d.url).toBe('/van-ban/phat-dong/');
    expect(d.kind).toBe('phát động');
    expect(d.number).toBe('01/PĐ-UBND');
    expect('draft' in d).toBe(false);
    expect(Object.keys(d).slice(0, 4)).toEqual(['id', 'url', 'kind', 'number']);
    expect(Object.keys(d).slice(-2)).toEqual(['links', 'derived']);
  });

  it('link both ways, by id and by URL, from the graph', () => {
    const launcher = byId(records.directives, 'phat-dong');
    const plan = byId(records.directives, 'ke-hoach');
    expect(launcher.links.issuer).toEqual({ id: 'ubnd-a', url: '/co-quan/ubnd-a/' });
    expect(launcher.links.campaigns).toEqual([{ id: 'xay-dung', url: '/phong-trao/xay-dung/', relation: 'phát động' }]);
    // The second citation (index 1) is the archived 1/PĐ-UBND; the first is outside the archive.
    expect(plan.links.basis).toEqual([{ id: 'phat-dong', url: '/van-ban/phat-dong/', citation: 1 }]);
    expect(launcher.links.citedBy).toEqual([{ id: 'ke-hoach', url: '/van-ban/ke-hoach/' }]);
    expect(launcher.links.figures.map((f) => f.id)).toEqual(['ho-a']);
    expect(launcher.links.results.map((r) => r.id)).toEqual(['so-ket']);
    expect(launcher.links.attachments).toEqual([{ url: '/tep/ban-goc.pdf' }]);
    const campaign = byId(records.campaigns, 'xay-dung');
    expect(campaign.links.parent).toEqual({ id: 'toan-quoc', url: '/phong-trao/toan-quoc/' });
    expect(byId(records.campaigns, 'toan-quoc').links.children.map((c) => c.id)).toEqual(['xay-dung']);
    expect(campaign.links.directives).toEqual([{ id: 'phat-dong', url: '/van-ban/phat-dong/', relation: 'phát động' }]);
    expect(byId(records.figures, 'ho-a').links.decision).toEqual({ id: 'khen-thuong', url: '/van-ban/khen-thuong/' });
    expect(byId(records.agencies, 'ubnd-tinh').links.children.map((a) => a.id)).toEqual(['ubnd-a']);
    expect(byId(records.agencies, 'ubnd-a').links.results.map((r) => r.id)).toEqual(['so-ket']);
  });

  it('derive each indicator’s percent from its figures, raw, and null where the target is 0', () => {
    expect(byId(records.results, 'so-ket').derived).toEqual({ indicators: [{ percent: 125 }, { percent: null }] });
  });

  it('give a collection’s JSON as its entries’ files in a list, byte for byte', () => {
    const { entries, tables } = dataFiles(records);
    const json = tables.find((t) => t.name === 'directives' && t.format === 'json')!;
    const own = entries.filter((e) => e.collection === 'directives').map((e) => e.body);
    expect(json.body).toBe(`[${own.join(',')}]`);
    expect(entries.map((e) => e.path)).toContain('/du-lieu/van-ban/phat-dong.json');
  });
});

describe('the CSV rule', () => {
  const records = smallArchive();
  const read = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

  it('names columns by path, with dots and 0-based brackets, in the schema’s order', () => {
    expect(columnPath('links.campaigns[12].relation')).toEqual(['links', 'campaigns', 12, 'relation']);
    const cells = flatten({ signer: { name: 'A' }, campaigns: [{ campaign: 'x' }], recipients: ['a', 'b'], number: null });
    expect([...cells]).toEqual([
      ['signer.name', 'A'],
      ['campaigns[0].campaign', 'x'],
      ['recipients[0]', 'a'],
      ['recipients[1]', 'b'],
      ['number', null],
    ]);
    const many = flatten({ recipients: Array.from({ length: 11 }, (_, i) => `r${i}`), id: 'x' });
    const columns = tableColumns(RECORD_SCHEMAS.directives, [many]);
    // Schema order (id before recipients), then item order by number: [10] after [9].
    expect(columns.indexOf('id')).toBeLessThan(columns.indexOf('recipients[0]'));
    expect(columns.indexOf('recipients[9]') + 1).toBe(columns.indexOf('recipients[10]'));
    expect(columns).toContain('signer.onBehalfOf');
  });

  it('quotes a cell with a comma, a double quote or a line break, doubling its quotes (RFC 4180)', () => {
    expect(cellText('Lưu: VT, NV.')).toBe('"Lưu: VT, NV."');
    expect(cellText('Phong trào "Dân vận khéo"')).toBe('"Phong trào ""Dân vận khéo"""');
    expect(cellText('dòng một\ndòng hai')).toBe('"dòng một\ndòng hai"');
    expect(cellText('a\rb')).toBe('"a\rb"');
    expect(cellText('Hữu Lũng; Cao Bằng')).toBe('Hữu Lũng; Cao Bằng');
    expect([cellText(null), cellText(undefined), cellText(164.5), cellText('=1')]).toEqual(['', '', '164.5', "'=1"]);
    const tricky = ['"', ',', 'a\r\nb', '""', 'x"y,z\nw'];
    expect(parse(`${tricky.map(cellText).join(',')}\r\n`)).toEqual([tricky]);
  });

  it('writes UTF-8 with a BOM, CRLF and RFC 4180 quoting that a CSV parser reads back', () => {
    const csv = toCsv(RECORD_SCHEMAS.directives, records.directives);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const [header, ...rows] = read(csv);
    expect(rows).toHaveLength(records.directives.length);
    const row = Object.fromEntries(header!.map((column, i) => [column, rows.find((r) => r[0] === 'phat-dong')![i]]));
    expect(row['signer.name']).toBe('Đặng Văn Đức');
    expect(row['recipients[2]']).toBe('Lưu: VT, NV.');
    expect(row['links.campaigns[0].relation']).toBe('phát động');
    expect(row['number']).toBe('01/PĐ-UBND');
  });

  it('neutralises a cell that a spreadsheet would run as a formula, reversibly', () => {
    for (const value of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"]) {
      expect(neutralise(value), JSON.stringify(value)).toBe(`'${value}`);
      expect(unneutralise(neutralise(value))).toBe(value);
    }
    for (const value of ['Lưu: VT', "'x", 'a=b', '']) {
      expect(neutralise(value)).toBe(value);
      expect(unneutralise(value)).toBe(value);
    }
    const [header, ...rows] = read(toCsv(RECORD_SCHEMAS.directives, records.directives));
    const cell = (column: string) => rows.find((r) => r[0] === 'phat-dong')![header!.indexOf(column)];
    expect(cell('recipients[0]')).toBe("'- Như trên;");
    expect(cell('recipients[1]')).toBe('\'=HYPERLINK("http://x")');
  });

  it('gives an empty collection its header', () => {
    const [header, ...rows] = read(toCsv(RECORD_SCHEMAS.figures, []));
    expect(rows).toEqual([]);
    expect(header).toEqual(expect.arrayContaining(['id', 'url', 'name', 'decision.number', 'photo.alt', 'links.decision.id']));
  });

  it('has one row per indicator in the indicators’ table, with its report and computed percent', () => {
    const { tables } = dataFiles(records);
    const [header, ...rows] = read(tables.find((t) => t.name === 'indicators')!.body);
    expect(header).toEqual(['result.id', 'result.url', 'name', 'unit', 'target', 'actual', 'percent', 'derived.percent']);
    expect(rows).toEqual([
      ['so-ket', '/ket-qua/so-ket/', 'Hộ nghèo giảm', 'hộ', '80', '100', '125', '125'],
      ['so-ket', '/ket-qua/so-ket/', 'Sự cố', 'vụ', '0', '0', '', ''],
    ]);
  });
});

describe('the JSON Schemas', () => {
  const records = smallArchive();
  const ajv = new Ajv2020({ allErrors: true });

  it.each(Object.keys(RECORD_SCHEMAS) as (keyof typeof RECORD_SCHEMAS)[])('of %s accept its records and refuse a broken one', (name) => {
    const schema = jsonSchemaOf(RECORD_SCHEMAS[name], name);
    const validate = ajv.compile(schema);
    for (const record of records[name]) expect(validate(JSON.parse(JSON.stringify(record))), JSON.stringify(validate.errors)).toBe(true);
    const [first] = records[name];
    expect(validate({ ...first, draft: false })).toBe(false);
    expect(validate({ ...first, id: 'Có dấu' })).toBe(false);
  });

  it('carry the wording as standard keywords, and the date pattern a refinement holds', () => {
    const schema = JSON.stringify(jsonSchemaOf(RECORD_SCHEMAS.directives, 'x'));
    // (An attachment's `label` is a field of its own.)
    expect(schema).not.toMatch(/"(help|initial|example)":/u);
    expect(schema).not.toMatch(/"label":"/u);
    expect(schema).toContain('"title":"trích yếu"');
    const validate = ajv.compile(jsonSchemaOf(RECORD_SCHEMAS.directives, 'x'));
    const record = records.directives[0]!;
    expect(validate({ ...record, issued: '2024-13-01' })).toBe(false);
    expect(validate({ ...record, issued: '2024-02' })).toBe(true);
  });
});

describe('the field dictionary', () => {
  it.each([...Object.entries(RECORD_SCHEMAS), ['indicators', INDICATOR_ROW_SCHEMA] as const])('explains every field of %s', (_, schema) => {
    const rows = dictionaryOf(schema);
    for (const row of rows) expect(row.meaning, row.key).not.toBe('');
    expect(rows.length).toBeGreaterThan(3);
  });

  it('names a group’s parts, and splits the link groups into a row each', () => {
    const rows = dictionaryOf(RECORD_SCHEMAS.directives);
    expect(rows.find((r) => r.key === 'signer')!.type).toContain('`name`, `position`');
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(['links.issuer', 'links.citedBy', 'id', 'url']));
    expect(rows.find((r) => r.key === 'theme')!.type).toContain('có thể không có');
  });
});
