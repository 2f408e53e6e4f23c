/**
 * The synthetic fixture corpus through the real build: pagination, links that
 * the graph resolves, figures, attachments and the campaign chain.
 * Entry ids are documented in tests/fixtures/corpus/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { FIXTURES } from '../support/fixtures.ts';
import { files, hrefs, page, text } from '../support/html.ts';

let dist: string;
beforeAll(async () => {
  dist = await buildSite('corpus');
});

const listed = (path: string) => hrefs(page(dist, path).querySelector('main table.directive-table')!);

describe('the fixture corpus', () => {
  it('paginates listings of more than 20 directives, without losing or repeating any', () => {
    const first = listed('/co-quan/ubnd-huyen-dong-tam/');
    const second = listed('/co-quan/ubnd-huyen-dong-tam/trang/2/');
    expect(first).toHaveLength(20);
    expect(second.length).toBe(7);
    expect(new Set([...first, ...second]).size).toBe(27);
    const all = [...listed('/van-ban/'), ...listed('/van-ban/trang/2/'), ...listed('/van-ban/trang/3/')];
    expect(new Set(all).size).toBe(42);
    const nav = page(dist, '/van-ban/').querySelector('nav.pagination')!;
    expect(hrefs(nav)).toContain('/van-ban/trang/2/');
    expect(text(nav.querySelector('[aria-current="page"]'))).toBe('1');
    expect(text(nav)).toContain('Trang 1/3');
  });

  it('links a citation written without zero padding to the archived document, both ways', () => {
    const citing = page(dist, '/van-ban/dong-tam-02-pd-ubnd-2021/');
    const item = citing.querySelectorAll('section[aria-labelledby="can-cu"] li').find((li) => text(li).includes('1/KH-UBND'))!;
    expect(hrefs(item)).toEqual(['/van-ban/dong-tam-01-kh-ubnd-2021/']);
    const cited = page(dist, '/van-ban/dong-tam-01-kh-ubnd-2021/');
    expect(hrefs(cited.querySelector('section[aria-labelledby="dan-chieu"]')!)).toContain('/van-ban/dong-tam-02-pd-ubnd-2021/');
  });

  it('links a number its body cites to the archived document, which lists the citing one', () => {
    const citing = page(dist, '/van-ban/dong-tam-02-ct-ubnd-2024/');
    const body = citing.querySelector('[data-pagefind-body]')!;
    const link = body.querySelectorAll('a').find((a) => a.getAttribute('href') === '/van-ban/dong-tam-1520-qd-ubnd-2023/')!;
    expect(text(link)).toBe('1520/QĐ-UBND');
    // Its frontmatter does not cite it: the link and the back-link come from the body alone.
    expect(hrefs(citing.querySelector('section[aria-labelledby="can-cu"]')!)).not.toContain('/van-ban/dong-tam-1520-qd-ubnd-2023/');
    const cited = page(dist, '/van-ban/dong-tam-1520-qd-ubnd-2023/');
    expect(hrefs(cited.querySelector('section[aria-labelledby="dan-chieu"]')!)).toContain('/van-ban/dong-tam-02-ct-ubnd-2024/');
    // Numbers the archive does not hold stay text.
    expect(text(body)).toContain('98/2023/NĐ-CP');
    expect(body.querySelectorAll('a').filter((a) => text(a).includes('98/2023/NĐ-CP'))).toEqual([]);
  });

  it('gives numbered parts their ids and self-links, and a long body its table of contents', () => {
    const decision = page(dist, '/van-ban/tinh-3105-qd-ubnd-2025/');
    const self = decision.querySelector('#dieu-1 a.self-link')!;
    expect(self.getAttribute('href')).toBe('#dieu-1');
    expect(self.getAttribute('aria-label')).toBe('Liên kết đến Điều 1');
    const plan = page(dist, '/van-ban/dong-tam-01-kh-ubnd-2021/');
    const contents = plan.querySelector('nav.contents')!;
    expect(contents.getAttribute('aria-labelledby')).toBe('bang-muc-luc-tieu-de');
    expect(hrefs(contents)).toEqual(['#muc-i', '#muc-ii', '#muc-iii', '#muc-iv']);
    for (const href of hrefs(contents)) expect(plan.querySelector(`[data-pagefind-body] ${href}`)).not.toBeNull();
    expect(hrefs(plan.querySelector('.back-to-top')!)).toEqual(['#noi-dung']);
    expect(decision.querySelector('nav.contents')).toBeNull();
  });

  it('shows a replacement on both documents, linked, and the status it leads to', () => {
    const replaced = page(dist, '/van-ban/dong-tam-1520-qd-ubnd-2023/');
    const by = replaced.querySelectorAll('section[aria-labelledby="van-ban-tac-dong"] li');
    expect(by.map(text)).toEqual([expect.stringMatching(/^Được thay thế bởi Quyết định số 905\/QĐ-UBND ngày 15\/08\/2024: /u)]);
    expect(hrefs(by[0]!)).toEqual(['/van-ban/dong-tam-905-qd-ubnd-2024/']);
    const status = replaced.querySelector('.legal-status')!;
    expect(text(status)).toMatch(
      /^Tình trạng hiệu lực: Hết hiệu lực toàn bộ \(tính đến ngày \d+ tháng \d+ năm \d{4}\) Đã bị thay thế bởi Quyết định số 905\/QĐ-UBND/u,
    );
    expect(hrefs(status)).toEqual(['/van-ban/dong-tam-905-qd-ubnd-2024/']);
    // Found by its number, 1520/QĐ-UBND, like a citation.
    const replacing = page(dist, '/van-ban/dong-tam-905-qd-ubnd-2024/');
    const acts = replacing.querySelectorAll('section[aria-labelledby="tac-dong-den"] li');
    expect(acts.map(text)).toEqual([expect.stringMatching(/^Thay thế Quyết định số 1520\/QĐ-UBND ngày 28\/06\/2023: /u)]);
    expect(hrefs(acts[0]!)).toEqual(['/van-ban/dong-tam-1520-qd-ubnd-2023/']);
    // A target outside the archive reads as its citation, unlinked.
    const external = replaced.querySelectorAll('section[aria-labelledby="tac-dong-den"] li');
    expect(external.map(text)).toEqual(['Thay thế Quyết định số 845/QĐ-UBND ngày 12/04/2018 của UBND huyện Đồng Tâm']);
    expect(hrefs(external[0]!)).toEqual([]);
  });

  it('states each legal status in words, from the dates and relations of the documents', () => {
    const statusOf = (id: string) => text(page(dist, `/van-ban/${id}/`).querySelector('.legal-status .legal-status-value'));
    expect(statusOf('dong-tam-905-qd-ubnd-2024')).toBe('Còn hiệu lực');
    expect(statusOf('dong-tam-215-kh-ubnd-2024')).toBe('Còn hiệu lực'); // amended, by 31/KH-UBND
    expect(statusOf('dong-tam-28-kh-ubnd-2019')).toBe('Hết hiệu lực một phần');
    expect(statusOf('hoa-binh-thuong-06-ct-ubnd-2025')).toBe('Hết hiệu lực toàn bộ'); // expired on 2026-01-01
    expect(statusOf('dong-tam-03-ct-ubnd-2020')).toBe('Không xác định');
    const amended = page(dist, '/van-ban/dong-tam-215-kh-ubnd-2024/');
    expect(text(amended.querySelector('.legal-status'))).toContain('Đã được sửa đổi, bổ sung bởi Kế hoạch số 31/KH-UBND ngày 10/03/2025');
    const history = amended.querySelectorAll('section[aria-labelledby="lich-su"] li').map(text);
    expect(history).toEqual([
      'ngày 5 tháng 11 năm 2024 Ban hành',
      'ngày 5 tháng 11 năm 2024 Có hiệu lực',
      'ngày 10 tháng 3 năm 2025 Được sửa đổi một phần (Mục III (thời gian, địa điểm)) bởi Kế hoạch số 31/KH-UBND ngày 10/03/2025',
      'ngày 10 tháng 3 năm 2025 Được bổ sung một phần (Phụ lục 2 (cơ cấu đại biểu)) bởi Kế hoạch số 31/KH-UBND ngày 10/03/2025',
    ]);
  });

  it('relates figures to the decision that honoured them, by id or by number', () => {
    const decision = page(dist, '/van-ban/dong-tam-2468-qd-ubnd-2024/');
    const figures = hrefs(decision.querySelector('section[aria-labelledby="dien-hinh"]')!);
    expect(figures).toEqual(
      expect.arrayContaining(['/dien-hinh/dang-thi-diep/', '/dien-hinh/hop-tac-xa-nong-nghiep-dong-dao/', '/dien-hinh/nguyen-thi-huong/']),
    );
    const figure = page(dist, '/dien-hinh/nguyen-thi-huong/');
    expect(hrefs(figure.querySelector('.meta-table')!)).toContain('/van-ban/dong-tam-2468-qd-ubnd-2024/');
  });

  it('publishes photos with their alt text and attachments as downloads', () => {
    const img = page(dist, '/dien-hinh/dang-thi-diep/').querySelector('main img')!;
    expect(img.getAttribute('src')).toBe('/tep/dang-thi-diep.png');
    expect(img.getAttribute('alt')!.length).toBeGreaterThan(10);
    expect(readFileSync(join(dist, 'tep/dang-thi-diep.png'))).toEqual(readFileSync(join(FIXTURES, 'corpus/files/dang-thi-diep.png')));
    const link = page(dist, '/van-ban/dong-tam-05-ct-ubnd-2023/').querySelector('section[aria-labelledby="dinh-kem"] a[download]')!;
    expect(link.getAttribute('href')).toBe('/tep/chi-thi-05-2023.pdf');
    expect(readFileSync(join(dist, 'tep/chi-thi-05-2023.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('shows a campaign’s chain from the national campaign, and its children', () => {
    const html = page(dist, '/phong-trao/dong-dao-xay-dung-xa-nong-thon-moi-kieu-mau/');
    const crumbs = hrefs(html.querySelector('nav.breadcrumbs')!);
    expect(crumbs.slice(2)).toEqual([
      '/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi-tu-2011/',
      '/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/',
      '/phong-trao/dong-tam-chung-suc-xay-dung-nong-thon-moi-nang-cao-kieu-mau/',
    ]);
    const national = page(dist, '/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi-tu-2011/');
    expect(hrefs(national.querySelector('section[aria-labelledby="phong-trao-con"]')!)).toContain(
      '/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/',
    );
  });

  it('states a campaign’s status from its period, on its page and in lists', () => {
    const row = (path: string) => {
      const found = page(dist, path)
        .querySelectorAll('.meta-table tr')
        .find((tr) => text(tr.querySelector('th')) === 'Tình trạng');
      return found && text(found.querySelector('td'));
    };
    // Periods chosen so that the status holds on any later day.
    expect(row('/phong-trao/ca-nuoc-chung-suc-xay-dung-nong-thon-moi-tu-2011/')).toBe('Đang diễn ra');
    expect(row('/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/')).toBe('Đã kết thúc');
    expect(row('/phong-trao/ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau/')).toBeUndefined();
    const listed = page(dist, '/phong-trao/')
      .querySelectorAll('.entry-list li')
      .find((li) => hrefs(li).includes('/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/'))!;
    expect(text(listed.querySelector('.campaign-status'))).toBe('Đã kết thúc');
  });

  it('lists the campaigns in progress today on the home page', () => {
    const active = hrefs(page(dist, '/').querySelector('section[aria-labelledby="phong-trao-dang-dien-ra"]')!);
    expect(active).toEqual(
      expect.arrayContaining(['/phong-trao/son-dong-day-manh-chuyen-doi-so-2026/', '/phong-trao/tan-duc-phuong-van-minh-do-thi-xanh/']),
    );
    expect(active).not.toContain('/phong-trao/ca-nuoc-chung-tay-vi-nguoi-ngheo/');
  });

  it('keeps drafts and future-dated entries out of every page and listing', () => {
    for (const id of ['dong-dao-du-thao-ke-hoach-2026', 'tinh-99-ct-ubnd-2099']) expect(existsSync(join(dist, 'van-ban', id))).toBe(false);
    expect(existsSync(join(dist, 'dien-hinh/ho-so-nhap-dien-hinh-dong-dao-2026'))).toBe(false);
    expect(existsSync(join(dist, 'ket-qua/ket-qua-nhap-chuyen-doi-so-dong-dao-2026'))).toBe(false);
    const links = files(dist)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => hrefs(page(dist, f)));
    for (const id of ['dong-dao-du-thao-ke-hoach-2026', 'tinh-99-ct-ubnd-2099', 'ho-so-nhap-dien-hinh', 'ket-qua-nhap']) {
      expect(links.filter((l) => l.includes(id))).toEqual([]);
    }
  });

  it('formats dates and numbers the Vietnamese way throughout', () => {
    const html = text(page(dist, '/ket-qua/so-ket-nong-thon-moi-dong-tam-2021-2023/').querySelector('main'));
    expect(html).toContain('43.245.000');
    expect(html).toContain('164,5%');
    expect(html).toMatch(/ngày \d{1,2} tháng \d{1,2} năm \d{4}/);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('moved and permanent addresses', () => {
  it('a page at the old address of a renamed file refreshes to the page, names it canonical and stays out of search engines, without script', () => {
    for (const [from, to] of [
      ['/van-ban/chi-thi-05-2023/', '/van-ban/dong-tam-05-ct-ubnd-2023/'],
      ['/phong-trao/chuyen-doi-so-2026/', '/phong-trao/son-dong-day-manh-chuyen-doi-so-2026/'],
      ['/ket-qua/so-ket-ntm-dong-tam/', '/ket-qua/so-ket-nong-thon-moi-dong-tam-2021-2023/'],
      ['/eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/', '/van-ban/dong-tam-05-ct-ubnd-2023/'],
    ]) {
      const moved = page(dist, from!);
      expect(moved.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content'), from).toBe(`0; url=${to}`);
      expect(moved.querySelector('link[rel="canonical"]')?.getAttribute('href'), from).toBe(`https://luutru.test${to}`);
      expect(moved.querySelector('meta[name="robots"]')?.getAttribute('content'), from).toBe('noindex');
      expect(moved.querySelectorAll('script'), from).toHaveLength(0);
      expect(hrefs(moved.querySelector('main')!), from).toEqual([to]);
      expect(existsSync(join(dist, to!, 'index.html')), to).toBe(true);
    }
  });

  it('lists the redirects for static hosts, renamed files first', () => {
    const lines = readFileSync(join(dist, '_redirects'), 'utf8').trim().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '/van-ban/chi-thi-05-2023/ /van-ban/dong-tam-05-ct-ubnd-2023/ 301',
      '/phong-trao/chuyen-doi-so-2026/ /phong-trao/son-dong-day-manh-chuyen-doi-so-2026/ 301',
      '/phong-trao/son-dong-chuyen-doi-so/ /phong-trao/son-dong-day-manh-chuyen-doi-so-2026/ 301',
      '/ket-qua/so-ket-ntm-dong-tam/ /ket-qua/so-ket-nong-thon-moi-dong-tam-2021-2023/ 301',
    ]);
    expect(lines.slice(4).every((line) => line.startsWith('/eli/'))).toBe(true);
    expect(readFileSync(join(dist, '_redirects.nginx.conf'), 'utf8')).toContain(
      'location = /eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/ { return 301 /van-ban/dong-tam-05-ct-ubnd-2023/; }',
    );
  });

  it('a directive page shows its permanent link; one without a number or a date has none', () => {
    const permanent = page(dist, '/van-ban/dong-tam-05-ct-ubnd-2023/').querySelector('.permanent-link');
    expect(text(permanent)).toBe('Đường dẫn cố định: https://luutru.test/eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/');
    expect(hrefs(permanent!)).toEqual(['https://luutru.test/eli/ubnd-huyen-dong-tam/2023/5-ct-ubnd/']);
    for (const id of ['dong-tam-phat-dong-thi-dua-2022', 'dong-tam-67-tb-ubnd'])
      expect(page(dist, `/van-ban/${id}/`).querySelector('.permanent-link'), id).toBeNull();
  });

  it('the sitemap dates each entry page by the newest change it shows', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const lastmod = (path: string) => new RegExp(`<loc>https://luutru.test${path}</loc>(?:<lastmod>([^<]+)</lastmod>)?`).exec(sitemap)?.[1];
    expect(lastmod('/dien-hinh/dang-thi-diep/')).toBe('2024-10-28T00:00:00.000Z');
    // Issued 2021-01-08, cited by the report of 2025-06-20.
    expect(lastmod('/van-ban/dong-tam-01-kh-ubnd-2021/')).toBe('2025-06-20T00:00:00.000Z');
    // Issued 2024-07-10; replaced by hdnd-tinh-15-2026-nq-hdnd, issued 2026-07-08 (acting from 2027, after the build's day).
    expect(lastmod('/van-ban/hdnd-tinh-09-2024-nq-hdnd/')).toBe('2026-07-08T00:00:00.000Z');
    // Its period ends 2024-12-31, so from the next day its page says "đã kết thúc".
    expect(lastmod('/phong-trao/so-noi-vu-tan-tuy-chuyen-nghiep-2024/')).toBe('2025-01-01T00:00:00.000Z');
    expect(sitemap).toContain('<loc>https://luutru.test/van-ban/dong-tam-67-tb-ubnd/</loc>');
    expect(lastmod('/van-ban/dong-tam-67-tb-ubnd/')).toBeUndefined();
  });
});
