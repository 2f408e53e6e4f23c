import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedResponse } from '../../src/content/feeds.ts';
import { archiveFeeds, FEED_ITEMS } from '../../src/domain/feeds.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { pageLastModified } from '../../src/domain/lastmod.ts';
import { agencySchema, resultSchema } from '../../src/domain/schema/index.ts';
import { testCampaign, testDirective, testFigure } from '../support/entries.ts';

const agencies = [
  { id: 'ubnd-a', data: agencySchema.parse({ name: 'Ủy ban nhân dân huyện An Lạc', shortName: 'UBND huyện An Lạc', level: 'huyện' }) },
];
const report = (id: string, date: string, data: Record<string, unknown> = {}) => ({
  id,
  data: resultSchema.parse({
    title: `Báo cáo ${id}`,
    kind: 'sơ kết',
    issuer: 'ubnd-a',
    report: { number: null, date },
    asOf: date,
    indicators: [{ name: 'Hộ', unit: 'hộ', target: 10, actual: 12 }],
    ...data,
  }),
});

const directives = [
  testDirective('cu', { number: '01/CT-UBND', issued: '2023-03-19' }),
  testDirective('moi', { number: '05/PĐ-UBND', issued: '2024-06-02', campaigns: [{ campaign: 'pt', relation: 'phát động' }] }),
  testDirective('khong-ngay', { number: '07/KH-UBND', issued: null }),
  testDirective('thang', { number: null, issued: '2024-06' }),
];
const campaigns = [testCampaign('pt', { launchedBy: 'moi' }), testCampaign('khong-ngay-pt')];
const figures = [testFigure('ho-a', { decision: { number: null, date: '2024-11-05' }, campaigns: ['pt'] })];
const results = [report('so-ket', '2024-12-20', { campaigns: ['pt'], directives: ['cu'] })];
const graph = buildGraph({ directives, campaigns, figures, results, agencies });
const feeds = archiveFeeds(graph);

describe('the feeds', () => {
  it('list everything newest first, undated last, each collection with its own date', () => {
    expect(
      feeds
        .all()
        .items()
        .map((i) => [i.path, i.date]),
    ).toEqual([
      ['/ket-qua/so-ket/', '2024-12-20'],
      ['/dien-hinh/ho-a/', '2024-11-05'],
      // A campaign is dated by its launching directive; on the same day, by title ("Chỉ thị…" before "Phong trào…").
      ['/van-ban/moi/', '2024-06-02'],
      ['/phong-trao/pt/', '2024-06-02'],
      ['/van-ban/thang/', '2024-06'],
      ['/van-ban/cu/', '2023-03-19'],
      ['/van-ban/khong-ngay/', null],
      ['/phong-trao/khong-ngay-pt/', null],
    ]);
  });

  it('give a directive its permanent address as guid, when it has one', () => {
    const byPath = new Map(
      feeds
        .directives()
        .items()
        .map((i) => [i.path, i.guidPath]),
    );
    expect(byPath.get('/van-ban/cu/')).toBe('/eli/ubnd-a/2023/1-ct-ubnd/');
    expect(byPath.get('/van-ban/thang/')).toBe('/van-ban/thang/');
    expect(byPath.get('/van-ban/khong-ngay/')).toBe('/van-ban/khong-ngay/');
  });

  it('of an agency and of a campaign hold what their pages list', () => {
    const agency = feeds.agency(agencies[0]!);
    expect(agency.path).toBe('/co-quan/ubnd-a/rss.xml');
    expect(agency.title).toMatch(/Văn bản và báo cáo của Ủy ban nhân dân huyện An Lạc$/);
    expect(agency.items().map((i) => i.path)).toEqual([
      '/ket-qua/so-ket/',
      '/van-ban/moi/',
      '/van-ban/thang/',
      '/van-ban/cu/',
      '/van-ban/khong-ngay/',
    ]);
    const campaign = feeds.campaign(campaigns[0]!);
    expect(campaign.path).toBe('/phong-trao/pt/rss.xml');
    expect(campaign.items().map((i) => i.path)).toEqual(['/ket-qua/so-ket/', '/dien-hinh/ho-a/', '/van-ban/moi/']);
  });

  it(`hold the ${FEED_ITEMS} newest items at most`, () => {
    const many = Array.from({ length: FEED_ITEMS + 5 }, (_, i) =>
      testDirective(`vb-${i}`, { issued: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }),
    );
    const items = archiveFeeds(buildGraph({ directives: many, campaigns: [], figures: [], results: [], agencies }))
      .directives()
      .items();
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items.at(-1)!.date! >= '2024-01-02').toBe(true);
  });

  it('become RSS 2.0 with absolute links, RFC 822 dates and the text escaped', async () => {
    const hostile = testDirective('hostile', {
      number: '02/CT-UBND',
      issued: '2024-03-19',
      title: 'Về <script>alert(1)</script> & “trích”',
    });
    const feed = archiveFeeds(buildGraph({ directives: [hostile], campaigns: [], figures: [], results: [], agencies })).directives();
    const xml = await (await feedResponse(feed, new URL('https://luutru.test'))).text();
    expect(xml).not.toContain('<script>');
    const channel = new XMLParser({ ignoreAttributes: false }).parse(xml).rss.channel;
    expect(channel.link).toBe('https://luutru.test/');
    expect(channel.language).toBe('vi');
    expect(channel.item.title).toBe('Chỉ thị số 02/CT-UBND: Về <script>alert(1)</script> & “trích”');
    expect(channel.item.link).toBe('https://luutru.test/van-ban/hostile/');
    expect(channel.item.guid).toEqual({ '#text': 'https://luutru.test/eli/ubnd-a/2024/2-ct-ubnd/', '@_isPermaLink': 'true' });
    // Midnight in Vietnam on the day it was issued.
    expect(channel.item.pubDate).toBe('Mon, 18 Mar 2024 17:00:00 GMT');
  });
});

describe('the sitemap’s lastmod', () => {
  it('is the newest date of what each entry page shows, a month counting as its first day', () => {
    const days = pageLastModified(graph, '2026-01-01');
    // Cited by nothing, listed by the report of 2024-12-20.
    expect(days.get('/van-ban/cu/')).toBe('2024-12-20');
    // Its campaign's figure and report are on its page.
    expect(days.get('/van-ban/moi/')).toBe('2024-12-20');
    expect(days.get('/van-ban/thang/')).toBe('2024-06-01');
    expect(days.has('/van-ban/khong-ngay/')).toBe(false);
    expect(days.get('/phong-trao/pt/')).toBe('2024-12-20');
    expect(days.has('/phong-trao/khong-ngay-pt/')).toBe(false);
    expect(days.get('/dien-hinh/ho-a/')).toBe('2024-11-05');
    expect(days.get('/ket-qua/so-ket/')).toBe('2024-12-20');
    expect(days.get('/co-quan/ubnd-a/')).toBe('2024-12-20');
  });
});
