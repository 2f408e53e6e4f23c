import { describe, expect, it } from 'vitest';
import { resultSchema } from '../../src/domain/schema/index.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import {
  agencyStructuredData,
  breadcrumbStructuredData,
  campaignStructuredData,
  directiveStructuredData,
  figureStructuredData,
  jsonLdText,
  resultStructuredData,
  websiteStructuredData,
  relationCitation,
  type LegalRelation,
} from '../../src/domain/structured-data.ts';
import type { LegalStatus } from '../../src/domain/vocabulary.ts';
import { agencyShareLine, campaignShareLine, directiveShareLine, figureShareLine, resultShareLine } from '../../src/domain/share-card.ts';
import { testAgencies, testCampaign as campaign, testDirective as directive, testFigure as figure } from '../support/entries.ts';

const SITE = 'https://luutru.example.gov.vn';
const agencies = testAgencies({ activeTo: '2025-07-01' });
const directives = [
  directive('ke-hoach', { kind: 'kế hoạch', number: '01/KH-UBND', issued: '2023-01-12' }),
  directive('phat-dong', {
    kind: 'phát động',
    number: '02/PĐ-UBND',
    issued: '2024-03',
    basis: [
      { kind: 'kế hoạch', number: '1/KH-UBND', date: '2023-01-12' },
      { kind: 'chỉ thị', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị' },
    ],
    attachments: [{ file: 'phat-dong-02.pdf', label: 'Bản ký (PDF)' }],
  }),
];
const graph = buildGraph({ directives, campaigns: [], figures: [], results: [], agencies });
const phatDong = graph.directive('phat-dong')!;
const links = { issuer: graph.agency('ubnd-a'), citations: graph.citationsOf('phat-dong') };

describe('a directive as schema.org Legislation', () => {
  it('carries its number, kind, date, issuer, the documents it is based on and its attachments', () => {
    expect(directiveStructuredData(SITE, phatDong, links)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': `${SITE}/van-ban/phat-dong/`,
      url: `${SITE}/van-ban/phat-dong/`,
      name: 'Văn bản phat-dong',
      inLanguage: 'vi',
      legislationType: 'Phát động',
      legislationIdentifier: '02/PĐ-UBND',
      legislationDate: '2024-03',
      legislationPassedBy: {
        '@type': 'GovernmentOrganization',
        '@id': `${SITE}/co-quan/ubnd-a/`,
        url: `${SITE}/co-quan/ubnd-a/`,
        name: 'Ủy ban nhân dân huyện An Lạc',
      },
      author: { '@id': `${SITE}/co-quan/ubnd-a/` },
      isBasedOn: [
        // In the archive: as cited, with our page.
        {
          '@type': 'Legislation',
          '@id': `${SITE}/van-ban/ke-hoach/`,
          url: `${SITE}/van-ban/ke-hoach/`,
          name: 'Kế hoạch số 1/KH-UBND ngày 12/01/2023',
          legislationIdentifier: '1/KH-UBND',
          legislationType: 'Kế hoạch',
          legislationDate: '2023-01-12',
        },
        // Not in the archive: what the citation says.
        {
          '@type': 'Legislation',
          name: 'Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị',
          legislationIdentifier: '34-CT/TW',
          legislationType: 'Chỉ thị',
          legislationDate: '2014-04-07',
          legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'Bộ Chính trị' },
        },
      ],
      encoding: [
        { '@type': 'MediaObject', contentUrl: `${SITE}/tep/phat-dong-02.pdf`, name: 'Bản ký (PDF)', encodingFormat: 'application/pdf' },
      ],
    });
  });

  it('leaves out what an unnumbered, undated directive of an unknown issuer does not have', () => {
    const bare = directiveStructuredData(SITE, directive('khong-so', {}), { issuer: undefined, citations: [] });
    expect(Object.keys(bare).sort()).toEqual(['@context', '@id', '@type', 'inLanguage', 'legislationType', 'name', 'url']);
  });

  it.each<[LegalStatus, string | undefined]>([
    ['còn hiệu lực', 'https://schema.org/InForce'],
    ['hết hiệu lực toàn bộ', 'https://schema.org/NotInForce'],
    ['hết hiệu lực một phần', 'https://schema.org/PartiallyInForce'],
    ['chưa có hiệu lực', 'https://schema.org/NotInForce'],
    ['không xác định', undefined],
  ])('states the legal status "%s" as %s', (legalStatus, legalForce) => {
    expect(directiveStructuredData(SITE, phatDong, { ...links, legalStatus }).legislationLegalForce).toBe(legalForce);
  });

  it('states what it amends, replaces, repeals, corrects or guides with the Legislation property of each', () => {
    const [inArchive, cited] = links.citations;
    const relations: LegalRelation<(typeof directives)[number]>[] = [
      { type: 'sửa đổi', ...inArchive! },
      { type: 'bổ sung', ...cited! },
      { type: 'thay thế', ...inArchive! },
      { type: 'bãi bỏ', ...cited! },
      { type: 'đính chính', ...inArchive! },
      { type: 'hướng dẫn', ...cited! },
    ];
    const data = directiveStructuredData(SITE, phatDong, { ...links, relations });
    const named = (value: unknown) => (value as { name: string }[]).map((l) => l.name);
    expect({
      legislationAmends: named(data.legislationAmends),
      legislationChanges: named(data.legislationChanges),
      legislationRepeals: named(data.legislationRepeals),
      legislationCorrects: named(data.legislationCorrects),
      legislationEnsuresImplementationOf: named(data.legislationEnsuresImplementationOf),
    }).toEqual({
      legislationAmends: ['Kế hoạch số 1/KH-UBND ngày 12/01/2023', 'Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị'],
      legislationChanges: ['Kế hoạch số 1/KH-UBND ngày 12/01/2023'],
      legislationRepeals: ['Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị'],
      legislationCorrects: ['Kế hoạch số 1/KH-UBND ngày 12/01/2023'],
      legislationEnsuresImplementationOf: ['Chỉ thị số 34-CT/TW ngày 07/04/2014 của Bộ Chính trị'],
    });
  });

  it('states a relation written by id with the archived target’s number, date and page', () => {
    const target = graph.directive('ke-hoach')!;
    const byId = relationCitation({
      relation: { type: 'thay thế', scope: 'toàn bộ', directive: 'ke-hoach' },
      source: graph.directive('phat-dong')!,
      target,
    });
    const data = directiveStructuredData(SITE, phatDong, { ...links, relations: [byId] });
    expect(data.legislationChanges).toEqual([
      expect.objectContaining({ '@id': `${SITE}/van-ban/ke-hoach/`, legislationIdentifier: '01/KH-UBND', legislationDate: '2023-01-12' }),
    ]);
    // Outside the archive, what the relation wrote stands alone.
    const byNumber = relationCitation({
      relation: { type: 'bãi bỏ', scope: 'một phần', number: '845/QĐ-UBND', date: '2018-04-12' },
      source: graph.directive('phat-dong')!,
      target: undefined,
    });
    expect(byNumber).toEqual({
      type: 'bãi bỏ',
      cited: expect.objectContaining({ number: '845/QĐ-UBND', date: '2018-04-12' }),
      entry: undefined,
    });
  });
});

describe('the other entries as schema.org', () => {
  it('an agency is a GovernmentOrganization with its parent and the day it stopped operating', () => {
    expect(agencyStructuredData(SITE, agencies[0]!, graph.agency('ubnd-t'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      '@id': `${SITE}/co-quan/ubnd-a/`,
      url: `${SITE}/co-quan/ubnd-a/`,
      name: 'Ủy ban nhân dân huyện An Lạc',
      alternateName: 'UBND huyện An Lạc',
      parentOrganization: {
        '@type': 'GovernmentOrganization',
        '@id': `${SITE}/co-quan/ubnd-t/`,
        url: `${SITE}/co-quan/ubnd-t/`,
        name: 'Ủy ban nhân dân tỉnh Bình Sơn',
      },
      dissolutionDate: '2025-07-01',
    });
  });

  it('a person is a Person with an award; a household or collective an Organization', () => {
    const person = figure('nguyen-van-a', {
      name: 'Nguyễn Văn A',
      type: 'cá nhân',
      unit: 'Trường Tiểu học An Lạc',
      awardDetail: 'Bằng khen của Chủ tịch UBND tỉnh',
      award: 'Bằng khen',
      photo: { src: 'nguyen-van-a.jpg', alt: 'Ảnh chân dung' },
    });
    expect(figureStructuredData(SITE, person, phatDong)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${SITE}/dien-hinh/nguyen-van-a/`,
      url: `${SITE}/dien-hinh/nguyen-van-a/`,
      name: 'Nguyễn Văn A',
      award: 'Bằng khen của Chủ tịch UBND tỉnh',
      image: `${SITE}/tep/nguyen-van-a.jpg`,
      subjectOf: { '@id': `${SITE}/van-ban/phat-dong/` },
      homeLocation: { '@type': 'Place', name: 'xã Đông Đào' },
      affiliation: { '@type': 'Organization', name: 'Trường Tiểu học An Lạc' },
    });
    expect(figureStructuredData(SITE, figure('ho-b', {}), undefined)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${SITE}/dien-hinh/ho-b/`,
      url: `${SITE}/dien-hinh/ho-b/`,
      name: 'Hộ ho-b',
      award: 'Giấy khen',
      location: 'xã Đông Đào',
    });
  });

  it('a result is a Dataset measuring each indicator against its target', () => {
    const result = {
      id: 'so-ket',
      data: resultSchema.parse({
        title: 'Sơ kết 3 năm',
        kind: 'sơ kết',
        issuer: 'ubnd-a',
        report: { number: '700/BC-UBND', date: '2024-10-20' },
        asOf: '2024-10',
        indicators: [{ name: 'Thu nhập bình quân', unit: 'đồng/người/năm', target: 26281000, actual: 43245000, percent: 164.5 }],
      }),
    };
    const description = resultShareLine(result.data, agencies[0]!.data);
    expect(resultStructuredData(SITE, result, agencies[0], description)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      '@id': `${SITE}/ket-qua/so-ket/`,
      url: `${SITE}/ket-qua/so-ket/`,
      name: 'Sơ kết 3 năm',
      description:
        'Sơ kết · Báo cáo số 700/BC-UBND ngày 20 tháng 10 năm 2024 · Ủy ban nhân dân huyện An Lạc · Số liệu đến tháng 10 năm 2024',
      inLanguage: 'vi',
      datePublished: '2024-10-20',
      temporalCoverage: '../2024-10',
      creator: {
        '@type': 'GovernmentOrganization',
        '@id': `${SITE}/co-quan/ubnd-a/`,
        url: `${SITE}/co-quan/ubnd-a/`,
        name: 'Ủy ban nhân dân huyện An Lạc',
      },
      variableMeasured: [
        {
          '@type': 'PropertyValue',
          name: 'Thu nhập bình quân',
          value: 43245000,
          unitText: 'đồng/người/năm',
          valueReference: { '@type': 'PropertyValue', name: 'Kế hoạch giao', value: 26281000, unitText: 'đồng/người/năm' },
        },
      ],
    });
  });

  it('a campaign is an Event with its period, organizer, launching directive and place in the chain', () => {
    const c = campaign('dot-cao-diem', { period: { from: '2024-03-19', to: '2024-10-30' } });
    const data = campaignStructuredData(SITE, c, {
      parent: campaign('quoc-gia'),
      children: [campaign('xa-a')],
      launcher: phatDong,
      organizer: agencies[0],
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      name: 'Phong trào dot-cao-diem',
      startDate: '2024-03-19',
      endDate: '2024-10-30',
      organizer: { '@type': 'GovernmentOrganization', name: 'Ủy ban nhân dân huyện An Lạc' },
      superEvent: { '@type': 'Event', '@id': `${SITE}/phong-trao/quoc-gia/`, name: 'Phong trào quoc-gia' },
      subEvent: [{ '@type': 'Event', '@id': `${SITE}/phong-trao/xa-a/`, name: 'Phong trào xa-a' }],
      subjectOf: { '@id': `${SITE}/van-ban/phat-dong/` },
    });
    expect(
      campaignStructuredData(SITE, campaign('tro-troi'), { parent: undefined, children: [], launcher: undefined, organizer: undefined }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `${SITE}/phong-trao/tro-troi/`,
      url: `${SITE}/phong-trao/tro-troi/`,
      name: 'Phong trào tro-troi',
      inLanguage: 'vi',
    });
  });

  it('breadcrumbs end with the page itself; the site offers its search', () => {
    const page = { url: `${SITE}/van-ban/phat-dong/`, label: 'Văn bản phat-dong' };
    expect(breadcrumbStructuredData(SITE, [{ href: '/', label: 'Trang chủ' }], page).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: `${SITE}/` },
      { '@type': 'ListItem', position: 2, name: 'Văn bản phat-dong', item: `${SITE}/van-ban/phat-dong/` },
    ]);
    expect(websiteStructuredData(SITE, 'Lưu trữ', 'Mô tả').potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${SITE}/tim-kiem/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  });
});

describe('JSON-LD text', () => {
  const hostile = 'Về việc </script><script>alert(1)</script> <!-- x --> & \u2028';

  it('holds no character that could end the script block or open markup, and parses back to the same data', () => {
    const text = jsonLdText({ name: hostile });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual({ name: hostile });
  });
});

describe('share card descriptions', () => {
  it('read as the kind of entry, who and when, joined by middle dots', () => {
    expect(directiveShareLine(phatDong.data, agencies[0]!.data)).toBe(
      'Phát động số 02/PĐ-UBND · Ủy ban nhân dân huyện An Lạc · tháng 3 năm 2024',
    );
    expect(directiveShareLine(directive('khong-so', {}).data, undefined)).toBe('Chỉ thị · Không ghi ngày');
    expect(campaignShareLine(campaign('c', { period: { from: '2024-03-19', to: '2024-10-30' } }).data)).toBe(
      'Phong trào thi đua chuyên đề · phạm vi huyện · Từ ngày 19 tháng 3 năm 2024 đến hết ngày 30 tháng 10 năm 2024',
    );
    expect(figureShareLine(figure('h', {}).data)).toBe('Giấy khen · Hộ gia đình · xã Đông Đào · năm 2024');
    expect(agencyShareLine(agencies[0]!.data, agencies[1]!.data)).toBe(
      'Cấp huyện · trực thuộc Ủy ban nhân dân tỉnh Bình Sơn · thôi hoạt động từ ngày 1 tháng 7 năm 2025',
    );
  });
});
