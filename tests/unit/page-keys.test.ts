import { describe, expect, it } from 'vitest';
import { agencySchema, resultSchema } from '../../src/domain/schema/index.ts';
import { directiveListings } from '../../src/domain/directive-listings.ts';
import type { BodyCitation } from '../../src/domain/cited-in-text.ts';
import { buildPublishedGraph } from '../../src/domain/graph.ts';
import { pageKeys } from '../../src/domain/page-keys.ts';
import { paginate, routes } from '../../src/domain/routes.ts';
import { testCampaign as campaign, testDirective, testFigure } from '../support/entries.ts';

// Here a directive carries a date unless a case gives its own.
const directive = (id: string, data: Record<string, unknown>) => testDirective(id, { issued: '2023-05-01', ...data });
const agency = (id: string, name: string) => ({ id, data: agencySchema.parse({ name, shortName: name, level: 'huyện' }) });

function archive() {
  return {
    agencies: [agency('ubnd-a', 'UBND huyện An Lạc'), agency('ubnd-b', 'UBND huyện Bắc Hà')],
    directives: [
      directive('ke-hoach', {
        kind: 'kế hoạch',
        number: '01/KH-UBND',
        issued: '2023-01-12',
        campaigns: [{ campaign: 'dot-cao-diem', relation: 'thực hiện' }],
      }),
      directive('trich-dan', { issued: '2024-03-19', basis: [{ kind: 'kế hoạch', number: '1/KH-UBND', date: '2023-01-12' }] }),
      directive('khen-thuong', { kind: 'quyết định', number: '15/QĐ-UBND', issued: '2024-11-05' }),
      directive('khac', { issuer: 'ubnd-b', issued: '2022-02-02' }),
      directive('thay-the-khac', { issuer: 'ubnd-b', issued: '2024-06-01', relations: [{ type: 'thay thế', directive: 'khac' }] }),
      directive('tuong-lai', { issued: '2030-01-01', campaigns: [{ campaign: 'dot-cao-diem', relation: 'thực hiện' }] }),
    ],
    campaigns: [campaign('dot-cao-diem', { launchedBy: 'trich-dan' }), campaign('rieng')],
    figures: [testFigure('ho-diep', { name: 'Hộ bà Điệp', campaigns: ['dot-cao-diem'] })],
    results: [
      {
        id: 'tong-ket',
        data: resultSchema.parse({
          title: 'Tổng kết',
          kind: 'tổng kết',
          report: { number: null, date: '2024-11-10' },
          asOf: '2024-10',
          directives: ['ke-hoach'],
          indicators: [{ name: 'Thu nhập', unit: 'đồng', target: 56, actual: 70 }],
        }),
      },
    ],
  };
}
type Archive = ReturnType<typeof archive> & { bodyCitations?: (id: string) => readonly BodyCitation[] };

/** Every keyed page's URL and key, the way the pages' getStaticPaths pair them. */
function keysOf(input: Archive, today = '2025-01-01'): Map<string, string> {
  const graph = buildPublishedGraph(input, today);
  const key = pageKeys(graph, today);
  const pages = new Map<string, string>();
  for (const d of graph.directives) pages.set(routes.directive(d.id), key.directive(d));
  for (const c of graph.campaigns) pages.set(routes.campaign(c.id), key.campaign(c));
  for (const f of graph.figures) pages.set(routes.figure(f.id), key.figure(f));
  for (const r of graph.results) pages.set(routes.result(r.id), key.result(r));
  for (const a of graph.agencies) {
    const chunks = paginate(graph.directivesOfAgency(a.id), 2);
    chunks.forEach((directives, i) => pages.set(routes.agency(a.id, i + 1), key.agency(a, directives, i + 1, chunks.length)));
  }
  for (const page of directiveListings(graph.directives)) pages.set(page.href(page.page), key.listing(page));
  return pages;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after]
    .filter(([url, key]) => before.get(url) !== key)
    .map(([url]) => url)
    .sort();
}

function edit(input: Archive, id: string, data: Record<string, unknown>): Archive {
  const directives = input.directives.map((d) => (d.id === id ? { id, data: { ...d.data, ...data } } : d));
  return { ...input, directives };
}

describe('page cache keys', () => {
  it('are the same for the same archive', () => {
    expect(keysOf(archive())).toEqual(keysOf(archive()));
  });

  it('change on every page that shows an edited directive, and only there', () => {
    const before = keysOf(archive());
    const after = keysOf(edit(archive(), 'ke-hoach', { title: 'Kế hoạch đã sửa' }));
    expect(changed(before, after)).toEqual(
      [
        routes.directive('ke-hoach'),
        routes.campaign('dot-cao-diem'), // timeline
        routes.result('tong-ket'),
        routes.agency('ubnd-a', 2), // its page of the issuer's list (two per page here)
        routes.directives(),
        routes.directivesByYear(2023),
        routes.directivesByKind('kế hoạch'),
      ].sort(),
    );
  });

  it('follow a figure to its decision, a campaign to its launcher, a directive to those citing it', () => {
    const before = keysOf(archive());
    expect(changed(before, keysOf(edit(archive(), 'khen-thuong', { title: 'Quyết định đã sửa' })))).toContain(routes.figure('ho-diep'));
    expect(changed(before, keysOf(edit(archive(), 'trich-dan', { title: 'Phát động đã sửa' })))).toEqual(
      expect.arrayContaining([routes.campaign('dot-cao-diem'), routes.directive('ke-hoach')]),
    );
  });

  it('change where an entry is published on a later day, and not elsewhere', () => {
    const before = keysOf(archive(), '2029-12-31');
    const after = keysOf(archive(), '2030-01-01');
    const renewed = changed(before, after);
    expect(renewed).toEqual(expect.arrayContaining([routes.directive('tuong-lai'), routes.campaign('dot-cao-diem'), routes.directives()]));
    expect(renewed).not.toContain(routes.agency('ubnd-b'));
    expect(renewed).not.toContain(routes.campaign('rieng'));
  });

  it('change on every directive page from one day to the next, since each states its legal status as of the day', () => {
    const before = keysOf(archive(), '2025-01-01');
    const renewed = changed(before, keysOf(archive(), '2025-01-02'));
    expect(renewed).toEqual(
      [...before.keys()]
        .filter((url) => url.startsWith('/van-ban/') && !url.includes('/nam/') && !url.includes('/loai/') && url !== routes.directives())
        .sort(),
    );
  });

  it('change on both pages of a relation when either document is edited', () => {
    const before = keysOf(archive());
    expect(changed(before, keysOf(edit(archive(), 'thay-the-khac', { title: 'Văn bản mới đã sửa' })))).toContain(routes.directive('khac'));
    expect(changed(before, keysOf(edit(archive(), 'khac', { number: '09/CT-UBND' })))).toContain(routes.directive('thay-the-khac'));
  });

  it('change on a campaign page when its status changes with the day, and not on a campaign without a period', () => {
    const withPeriod = (): Archive => ({
      ...archive(),
      campaigns: [
        campaign('dot-cao-diem', { launchedBy: 'trich-dan', period: { from: '2025-01-01', to: '2025-06-30' } }),
        campaign('rieng'),
      ],
    });
    const lastDay = keysOf(withPeriod(), '2025-06-30');
    const renewed = changed(lastDay, keysOf(withPeriod(), '2025-07-01'));
    expect(renewed).toContain(routes.campaign('dot-cao-diem'));
    expect(renewed).not.toContain(routes.campaign('rieng'));
    expect(changed(keysOf(withPeriod(), '2025-03-01'), keysOf(withPeriod(), '2025-03-02'))).not.toContain(routes.campaign('dot-cao-diem'));
  });

  it('change on every page when an agency is renamed, since lists name issuers', () => {
    const before = keysOf(archive());
    const renamed = archive();
    renamed.agencies[1] = agency('ubnd-b', 'UBND huyện Bắc Hà Sơn');
    expect(changed(before, keysOf(renamed))).toEqual([...before.keys()].sort());
  });

  it('change only on its own page when a directive’s body changes, since no other page shows it', () => {
    const withDigest = (digest: string) => {
      const input = archive();
      input.directives[0] = { ...input.directives[0]!, digest } as Archive['directives'][number];
      return keysOf(input);
    };
    expect(changed(withDigest('a'), withDigest('b'))).toEqual([routes.directive('ke-hoach')]);
  });

  it('follow a body’s citations: to the page it cites, and from the cited page being published', () => {
    const citing = (input: Archive, cites: BodyCitation[]): Archive => ({ ...input, bodyCitations: (id) => (id === 'khac' ? cites : []) });
    // "Văn bản dẫn chiếu" of the cited page lists the citing one; the citing body now links.
    expect(changed(keysOf(archive()), keysOf(citing(archive(), [{ number: '15/QĐ-UBND' }])))).toEqual(
      [routes.directive('khac'), routes.directive('khen-thuong')].sort(),
    );
    // The citing body links the cited document from the day it is published.
    const later = citing(edit(archive(), 'tuong-lai', { number: '09/KH-UBND' }), [{ number: '9/KH-UBND' }]);
    expect(changed(keysOf(later, '2029-12-31'), keysOf(later, '2030-01-01'))).toContain(routes.directive('khac'));
  });
});
