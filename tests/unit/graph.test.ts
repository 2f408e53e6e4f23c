import { describe, expect, it } from 'vitest';
import { resultSchema, agencySchema } from '../../src/domain/schema/index.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { testAgencies, testCampaign as campaign, testDirective as directive, testFigure } from '../support/entries.ts';

const agencies = testAgencies();
const directives = [
  directive('ke-hoach', { kind: 'kế hoạch', number: '01/KH-UBND', issued: '2023-01-12' }),
  directive('phat-dong', {
    kind: 'phát động',
    number: '02/PĐ-UBND',
    issued: '2024-03-19',
    campaigns: [
      { campaign: 'dot-cao-diem', relation: 'phát động' },
      { campaign: 'quoc-gia', relation: 'nhắc đến' },
    ],
    basis: [
      { kind: 'kế hoạch', number: '1/KH-UBND', date: '2023-01-12' },
      { kind: 'chỉ thị', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị' },
    ],
  }),
  directive('khong-ngay', { number: null, issued: null, campaigns: [{ campaign: 'dot-cao-diem', relation: 'thực hiện' }] }),
  directive('khen-thuong', { kind: 'quyết định', number: '15/QĐ-UBND', issued: '2024-11-05' }),
];
const campaigns = [
  campaign('quoc-gia', { scope: 'toàn quốc', kind: 'thường xuyên' }),
  campaign('tinh', { scope: 'tỉnh', parent: 'quoc-gia' }),
  campaign('dot-cao-diem', { parent: 'tinh', period: { from: '2024-03-19', to: '2024-10-30' } }),
  // Launched by a directive that forgot to list it: the graph still links both ways.
  campaign('quen-liet-ke', { launchedBy: 'ke-hoach' }),
];
const figures = [testFigure('ho-dang-thi-diep', { name: 'Hộ bà Đặng Thị Điệp', campaigns: ['dot-cao-diem'] })];
const results = [
  {
    id: 'tong-ket',
    data: resultSchema.parse({
      title: 'Tổng kết đợt cao điểm',
      kind: 'tổng kết',
      report: { number: '700/BC-UBND', date: '2024-11-10' },
      asOf: '2024-10',
      campaigns: ['dot-cao-diem'],
      indicators: [{ name: 'Thu nhập', unit: 'đồng', target: 56, actual: 70, percent: 125 }],
    }),
  },
];
const graph = buildGraph({ directives, campaigns, figures, results, agencies });

describe('the link graph', () => {
  it('sorts directives newest first with undated ones last', () => {
    expect(graph.directives.map((d) => d.id)).toEqual(['khen-thuong', 'phat-dong', 'ke-hoach', 'khong-ngay']);
  });

  it('resolves a cited number to the archived directive even without zero padding', () => {
    const citations = graph.citationsOf('phat-dong');
    expect(citations.map((c) => c.entry?.id)).toEqual(['ke-hoach', undefined]);
    expect(graph.citedBy('ke-hoach').map((d) => d.id)).toEqual(['phat-dong']);
    expect(graph.citedBy('phat-dong')).toEqual([]);
  });

  it('links directives and campaigns both ways, with their relation', () => {
    expect(graph.campaignsOfDirective('phat-dong').map((l) => [l.campaign.id, l.relation])).toEqual([
      ['dot-cao-diem', 'phát động'],
      ['quoc-gia', 'nhắc đến'],
    ]);
    expect(graph.directivesOfCampaign('dot-cao-diem').map((l) => [l.directive.id, l.relation])).toEqual([
      ['phat-dong', 'phát động'],
      ['khong-ngay', 'thực hiện'],
    ]);
    expect(graph.directivesOfCampaign('quen-liet-ke').map((l) => l.directive.id)).toEqual(['ke-hoach']);
    expect(graph.campaignsOfDirective('ke-hoach').map((l) => l.campaign.id)).toEqual(['quen-liet-ke']);
  });

  it('walks the parent chain from the national campaign down', () => {
    expect(graph.ancestorsOfCampaign('dot-cao-diem').map((c) => c.id)).toEqual(['quoc-gia', 'tinh']);
    expect(graph.childrenOfCampaign('quoc-gia').map((c) => c.id)).toEqual(['tinh']);
  });

  it('orders a campaign timeline by date, undated documents last', () => {
    expect(graph.timelineOfCampaign('dot-cao-diem').map((e) => `${e.type}:${e.entry.id}`)).toEqual([
      'directive:phat-dong',
      'figure:ho-dang-thi-diep',
      'result:tong-ket',
      'directive:khong-ngay',
    ]);
  });

  it('relates figures to the decision that honoured them, matched by number', () => {
    expect(graph.figuresOfDirective('khen-thuong').map((f) => f.id)).toEqual(['ho-dang-thi-diep']);
    // …and to the directive that launched their campaign.
    expect(graph.figuresOfDirective('phat-dong').map((f) => f.id)).toEqual(['ho-dang-thi-diep']);
    expect(graph.resultsOfDirective('phat-dong').map((r) => r.id)).toEqual(['tong-ket']);
    expect(graph.resultsOfDirective('khong-ngay')).toEqual([]);
  });

  it('links a shared number only to the document its date and issuer designate', () => {
    const other = {
      id: 'ubnd-b',
      data: agencySchema.parse({ name: 'Ủy ban nhân dân huyện Bắc Hà Sơn', shortName: 'UBND huyện Bắc Hà Sơn', level: 'huyện' }),
    };
    const a2023 = directive('a-2023', { number: '01/CT-UBND', issued: '2023-02-01' });
    const a2024 = directive('a-2024', { number: '01/CT-UBND', issued: '2024-02-01' });
    const b2024 = directive('b-2024', { number: '01/CT-UBND', issued: '2024-02-01', issuer: 'ubnd-b' });
    const citing = directive('citing', {
      issued: '2024-06-01',
      basis: [
        { number: '1/CT-UBND', date: '2023-02-01' },
        { number: '01/CT-UBND', date: '2024-02-01', issuer: 'Uỷ ban nhân dân huyện Bắc Hà Sơn' },
        { number: '01/CT-UBND', date: '2024-02' },
        { number: '01/CT-UBND', date: '2021-05-05' },
      ],
    });
    const g = buildGraph({
      directives: [a2023, a2024, b2024, citing],
      campaigns: [],
      figures: [],
      results: [],
      agencies: [...agencies, other],
    });
    // By date alone; by date and the issuer's name (spelt Uỷ); ambiguous; no such document.
    expect(g.citationsOf('citing').map((c) => c.entry?.id)).toEqual(['a-2023', 'b-2024', undefined, undefined]);
  });

  it('groups by agency', () => {
    expect(graph.directivesOfAgency('ubnd-a')).toHaveLength(4);
    expect(graph.childrenOfAgency('ubnd-t').map((a) => a.id)).toEqual(['ubnd-a']);
  });
});

describe('relations between documents', () => {
  const documents = [
    directive('cu', { number: '05/CT-UBND', issued: '2023-02-10', effective: '2023-02-10', expires: '2025-12-31' }),
    directive('sua', {
      kind: 'quyết định',
      number: '12/QĐ-UBND',
      issued: '2023-06-01',
      relations: [{ type: 'sửa đổi', scope: 'một phần', part: 'Mục II', directive: 'cu' }],
    }),
    directive('thay', {
      number: '02/CT-UBND',
      issued: '2024-05-02',
      effective: '2024-05-15',
      relations: [
        // By number, written as a citation is: unpadded, with date and issuer.
        { type: 'thay thế', number: '5/CT-UBND', date: '2023-02-10', issuer: 'UBND huyện An Lạc' },
        { type: 'bãi bỏ', number: '99/QĐ-UBND', date: '2020-01-01', issuer: 'UBND tỉnh Bình Sơn', title: 'Văn bản ngoài kho' },
        // Its own number: a relation to itself links nowhere.
        { type: 'đính chính', number: '02/CT-UBND' },
      ],
    }),
    directive('khong-ngay', { number: null, issued: null, relations: [{ type: 'hướng dẫn', directive: 'cu' }] }),
  ];
  const g = buildGraph({ directives: documents, campaigns: [], figures: [], results: [], agencies });

  it('resolve both ways, by id or by number, with the same rule as citations', () => {
    expect(g.legalLinksTo('cu').map((l) => `${l.relation.type}:${l.source.id}`)).toEqual([
      'sửa đổi:sua',
      'thay thế:thay',
      'hướng dẫn:khong-ngay',
    ]);
    expect(g.legalLinksOf('thay').map((l) => `${l.relation.type}:${l.target?.id ?? '-'}`)).toEqual([
      'thay thế:cu',
      'bãi bỏ:-',
      'đính chính:-',
    ]);
    expect(g.legalLinksOf('sua').map((l) => l.target?.id)).toEqual(['cu']);
    expect(g.legalLinksTo('thay')).toEqual([]);
  });

  it('give each document its history: oldest first, what others did to it, undated events last', () => {
    expect(g.historyOf('cu').map((e) => `${e.type}@${e.date ?? '-'}`)).toEqual([
      'issued@2023-02-10',
      'effective@2023-02-10',
      'sửa đổi@2023-06-01',
      // A replacement counts from the day the new document takes effect.
      'thay thế@2024-05-15',
      'expires@2025-12-31',
      'hướng dẫn@-',
    ]);
    expect(g.historyOf('khong-ngay').map((e) => `${e.type}@${e.date ?? '-'}`)).toEqual(['issued@-']);
  });
});
