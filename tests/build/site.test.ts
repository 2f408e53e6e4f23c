/**
 * The shipped archive, built by the real pipeline: seed directives with their
 * official metadata, links both ways, and Vietnamese formatting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directive } from '../../src/domain/schema/index.ts';
import { checkContent } from '../../src/content/check.ts';
import { buildGraph } from '../../src/domain/graph.ts';
import { byCollection } from '../../src/domain/integrity.ts';
import { PROJECT, TEST_SITE_URL } from '../../harness/build.ts';
import { buildSite } from '../support/build.ts';
import { files, hrefs, page, text } from '../support/html.ts';

let dist: string;
let graph: ReturnType<typeof buildGraph>;

beforeAll(async () => {
  dist = await buildSite('content');
  const { entries, problems } = await checkContent(join(PROJECT, 'content'));
  expect(problems).toEqual([]);
  graph = buildGraph(byCollection(entries));
});

/** The seed directives as an editor would read them off the signed documents. */
const SEEDS = [
  {
    id: 'trung-khanh-phat-dong-thi-dua-2022',
    number: 'Không ghi số',
    date: 'Không ghi ngày',
    issuer: 'Ủy ban nhân dân huyện Trùng Khánh',
    signer: 'TM. Ủy ban nhân dân – Chủ tịch Nông Văn Bộ',
  },
  {
    id: 'hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022',
    number: 'Không ghi số',
    date: 'Không ghi ngày',
    issuer: 'Ủy ban nhân dân huyện Hòa An',
    signer: 'Chủ tịch Luân Chiến Công',
  },
  {
    id: 'cam-my-chi-thi-thi-dua-2023',
    number: 'Không ghi số',
    date: 'Không ghi ngày',
    issuer: 'Ủy ban nhân dân huyện Cẩm Mỹ',
    signer: 'Chủ tịch Huỳnh Tấn Thìn',
  },
  {
    id: 'ban-dan-toc-cao-bang-phat-dong-thi-dua-2022',
    number: 'Không ghi số',
    date: 'Cao Bằng, tháng 2 năm 2022',
    issuer: 'Ban Dân tộc tỉnh Cao Bằng',
    signer: 'Trưởng ban Bế Văn Hùng',
  },
  {
    id: 'huu-lung-01-pd-ubnd-2024',
    number: '01/PD-UBND',
    date: 'Hữu Lũng, ngày 19 tháng 3 năm 2024',
    issuer: 'Ủy ban nhân dân huyện Hữu Lũng',
    signer: 'Chủ tịch Bùi Quốc Khánh',
  },
];

const metaRow = (html: ReturnType<typeof page>, label: string) =>
  text(
    html
      .querySelectorAll('.meta-table tr')
      .find((tr) => text(tr.querySelector('th')) === label)
      ?.querySelector('td'),
  );

describe('the shipped archive', () => {
  it.each(SEEDS)('has a page for seed $id with its number, date, issuer and signer', (seed) => {
    const html = page(dist, `/van-ban/${seed.id}/`);
    expect(html.querySelector('html')!.getAttribute('lang')).toBe('vi');
    expect(metaRow(html, 'Số ký hiệu')).toBe(seed.number);
    expect(metaRow(html, 'Ngày ban hành')).toContain(seed.date);
    expect(metaRow(html, 'Cơ quan ban hành')).toBe(seed.issuer);
    expect(metaRow(html, 'Người ký')).toBe(seed.signer);
  });

  it('shows the Hữu Lũng period and theme as the document states them', () => {
    const html = page(dist, '/van-ban/huu-lung-01-pd-ubnd-2024/');
    expect(metaRow(html, 'Thời gian thi đua')).toBe('Từ ngày 19 tháng 3 năm 2024 đến hết ngày 30 tháng 10 năm 2024');
    expect(metaRow(html, 'Chủ đề')).toMatch(/^“Đảng bộ, chính quyền, quân và nhân dân các dân tộc huyện Hữu Lũng/);
  });

  it('links every campaign page back to each directive that names it', () => {
    let links = 0;
    for (const directive of graph.directives) {
      for (const { campaign } of graph.campaignsOfDirective(directive.id)) {
        expect(hrefs(page(dist, `/phong-trao/${campaign.id}/`)), `${campaign.id} → ${directive.id}`).toContain(`/van-ban/${directive.id}/`);
        links++;
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it('makes every cited number that the archive holds a link, and lists the citing document', () => {
    let resolved = 0;
    for (const directive of graph.directives) {
      const html = page(dist, `/van-ban/${directive.id}/`);
      for (const { cited, entry } of graph.citationsOf(directive.id)) {
        const item = html
          .querySelectorAll('section[aria-labelledby="can-cu"] li')
          .find((li) => text(li).includes(cited.number ?? '\u0000'));
        if (!cited.number) continue;
        expect(item, `${directive.id} cites ${cited.number}`).toBeTruthy();
        if (entry) {
          resolved++;
          expect(hrefs(item!)).toContain(`/van-ban/${entry.id}/`);
          expect(hrefs(page(dist, `/van-ban/${entry.id}/`))).toContain(`/van-ban/${directive.id}/`);
        } else {
          expect(hrefs(item!)).toEqual([]);
        }
      }
    }
    // The seeds cite only documents outside the archive; the corpus test covers resolved links.
    expect(resolved).toBe(0);
  });

  it('writes a cited document as one phrase: kind, number, date, issuer, then its title after a colon', () => {
    const html = page(dist, '/van-ban/huu-lung-01-pd-ubnd-2024/');
    const items = html.querySelectorAll('section[aria-labelledby="can-cu"] li').map(text);
    expect(items[0]).toBe(
      'Kế hoạch số 16/KH-UBND ngày 12/01/2023 của UBND huyện Hữu Lũng: Triển khai tổ chức các hoạt động kỷ niệm các ngày lễ lớn, sự kiện lịch sử quan trọng trong 03 năm 2023 - 2025 trên địa bàn huyện Hữu Lũng',
    );
  });

  it('renders footnotes under Vietnamese labels, with working anchors', () => {
    const html = page(dist, '/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/');
    const notes = html.querySelector('section.footnotes')!;
    expect(text(notes.querySelector('h2'))).toBe('Chú thích');
    expect(text(notes)).toContain('Báo cáo 657/BC-UBND ngày 19/10/2022 của UBND huyện Hòa An');
    const backrefs = notes.querySelectorAll('a[data-footnote-backref]');
    expect(backrefs.map((a) => a.getAttribute('aria-label'))).toEqual(['Quay lại chỗ dẫn chú thích 1', 'Quay lại chỗ dẫn chú thích 2']);
    for (const ref of html.querySelectorAll('a[data-footnote-ref]')) {
      expect(html.getElementById(ref.getAttribute('href')!.slice(1)), ref.getAttribute('href')!).toBeTruthy();
    }
    expect(text(html)).not.toMatch(/Footnotes|Back to reference/);
  });

  it('keeps the spaces between inline elements, so no words are glued together', () => {
    const html = page(dist, '/van-ban/trung-khanh-phat-dong-thi-dua-2022/');
    const source = readFileSync(join(PROJECT, 'content/directives/trung-khanh-phat-dong-thi-dua-2022.mdx'), 'utf8');
    const body = text(html.querySelector('main .prose'));
    // Every sentence of the source paragraphs appears verbatim in the rendered text.
    const paragraphs = source
      .split(/\n---\n/)[1]!
      .split(/\n\n+/)
      .map((p) =>
        p
          .replace(/^\s*\d+\.\s*/, '')
          .replace(/[*_]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    for (const paragraph of paragraphs.filter(Boolean)) expect(body).toContain(paragraph);
    expect(text(page(dist, '/ket-qua/hoa-an-ket-qua-10-thang-2022/').querySelector('#chi-tieu + table.indicator-table tbody'))).toContain(
      '164,5% (theo báo cáo: 164,5%)',
    );
  });

  it('writes the indicator table with computed percents and an inline SVG bar per indicator', () => {
    const html = page(dist, '/ket-qua/hoa-an-ket-qua-10-thang-2022/');
    const rows = html
      .querySelectorAll('#chi-tieu + table.indicator-table tbody tr')
      .map((tr) => tr.querySelectorAll('th, td').slice(0, 5).map(text));
    expect(rows).toEqual([
      ['Giá trị sản xuất công nghiệp và tiểu thủ công nghiệp', 'đồng', '26.281.000', '43.245.000', '164,5% (theo báo cáo: 164,5%)'],
      ['Tỷ lệ chiều dài các tuyến đường xã được nhựa hóa/bê tông hóa mặt đường', '%', '56', '70', '125,0% (theo báo cáo: 125,0%)'],
    ]);
    const bars = html.querySelectorAll('#chi-tieu + table.indicator-table tbody svg[role="img"]');
    expect(bars).toHaveLength(2);
    expect(bars[0]!.getAttribute('aria-label')).toBe(
      'Giá trị sản xuất công nghiệp và tiểu thủ công nghiệp: thực hiện 43.245.000, kế hoạch 26.281.000, đạt 164,5%',
    );
    // Actual exceeds target: the actual bar is full width, the target bar 26.281/43.245 of it.
    expect(bars[0]!.querySelector('.bar-actual')!.getAttribute('width')).toBe('300.0');
    expect(bars[0]!.querySelector('.bar-target')!.getAttribute('width')).toBe('182.3');
  });

  it('keeps districts as historical issuers', () => {
    const html = page(dist, '/co-quan/ubnd-huyen-huu-lung/');
    expect(text(html.querySelector('.note'))).toBe('Cơ quan đã thôi hoạt động từ ngày 1 tháng 7 năm 2025; văn bản được giữ để tra cứu.');
    expect(hrefs(html)).toContain('/van-ban/huu-lung-01-pd-ubnd-2024/');
  });

  it('says plainly that no exemplary figure is published yet', () => {
    expect(text(page(dist, '/dien-hinh/').querySelector('main'))).toContain('Chưa có điển hình tiên tiến nào được đăng.');
  });

  it('browses directives by year, kind and issuer, with undated ones grouped', () => {
    const list = page(dist, '/van-ban/');
    expect(hrefs(list)).toEqual(
      expect.arrayContaining([
        '/van-ban/nam/2024/',
        '/van-ban/nam/2022/',
        '/van-ban/nam/khong-ro/',
        '/van-ban/loai/chi-thi/',
        '/van-ban/loai/phat-dong/',
        '/co-quan/ubnd-huyen-hoa-an/',
      ]),
    );
    const undated = page(dist, '/van-ban/nam/khong-ro/');
    expect(undated.querySelectorAll('main table.directive-table tbody tr')).toHaveLength(3);
    // Newest first; undated last.
    expect(hrefs(list.querySelector('main table.directive-table')!)[0]).toBe('/van-ban/huu-lung-01-pd-ubnd-2024/');
    // On a kind's listing, a year keeps the kind: the link goes to the search page with both facets.
    const kind = page(dist, '/van-ban/loai/chi-thi/');
    const year = kind.querySelectorAll('.listing-facets a').find((a) => text(a) === '2022')!;
    const search = new URL(year.getAttribute('href')!, 'https://example.org');
    expect(search.pathname).toBe('/tim-kiem/');
    expect(search.searchParams.getAll('loai-van-ban')).toEqual(['Chỉ thị']);
    expect(search.searchParams.getAll('nam')).toEqual(['2022']);
  });

  it('sorts agency names with Vietnamese collation', () => {
    const names = page(dist, '/co-quan/')
      .querySelectorAll('main section')
      .map((s) => s.querySelectorAll('a.title').map(text));
    for (const group of names) expect(group).toEqual([...group].sort(new Intl.Collator('vi').compare));
    expect(names.flat()).toContain('Ủy ban nhân dân huyện Cẩm Mỹ');
  });

  it('uses ASCII URLs only and writes a 404 page', () => {
    const paths = files(dist);
    expect(paths).toContain('/404.html');
    for (const path of paths) expect(path, path).toMatch(/^[\x21-\x7e]+$/);
  });

  it('writes a robots.txt that lets every page be crawled and names the sitemap it wrote, at the site address', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
    expect(robots).not.toMatch(/Disallow/);
    const sitemap = new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!);
    expect(sitemap.origin).toBe(TEST_SITE_URL);
    expect(files(dist)).toContain(sitemap.pathname);
  });
});

export type { Directive };
