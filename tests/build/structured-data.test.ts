/**
 * What the fixture corpus' pages tell search engines and share previews:
 * every JSON-LD block of every page checked against the schema.org
 * vocabulary (tests/support/schema-org.ts), the entity each kind of page
 * describes, and the OpenGraph and Twitter tags of every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from '../../harness/build.ts';
import { buildSite } from '../support/build.ts';
import { files, page } from '../support/html.ts';
import { loadVocabulary, schemaOrgProblems, type Vocabulary } from '../support/schema-org.ts';

const SITE = TEST_SITE_URL;
let vocabulary: Vocabulary;
let dist: string;
let pages: { path: string; doc: HTMLElement }[];

beforeAll(async () => {
  vocabulary = loadVocabulary();
  dist = await buildSite('corpus');
  // Redirect pages at old and permanent addresses (src/domain/redirects.ts) only send the reader on: no card, no data.
  pages = files(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: f.replace(/index\.html$/u, ''), doc: page(dist, f) }))
    .filter(({ doc }) => doc.querySelector('meta[http-equiv="refresh"]') === null);
});

type Node = Record<string, unknown>;
const blocks = (doc: HTMLElement): Node[] =>
  doc.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText) as Node);
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content');

describe('the schema.org check can fail', () => {
  it('finds a misspelt property, a property of another type, a wrong value type and a foreign enumeration value', () => {
    expect(
      schemaOrgProblems(vocabulary, {
        '@context': 'https://schema.org',
        '@type': 'Legislation',
        legislationIdentifer: '01/CT-UBND',
        dissolutionDate: '2025-07-01',
        legislationPassedBy: { '@type': 'Place', name: 'Hữu Lũng' },
        legislationLegalForce: 'https://schema.org/InStock',
        isBasedOn: [{ '@type': 'Legislaton', name: 'x' }],
      }),
    ).toEqual([
      '$.legislationIdentifer: không phải thuộc tính schema.org',
      '$.dissolutionDate: không dùng cho Legislation (chỉ cho Organization)',
      '$.legislationPassedBy: Place không thuộc các kiểu Organization, Person',
      '$.legislationLegalForce: https://schema.org/InStock không phải giá trị của LegalForceStatus',
      '$.isBasedOn[0].@type: không phải kiểu schema.org: Legislaton',
    ]);
  });
});

describe('the corpus site, as search engines and share previews read it', () => {
  it('has only JSON-LD that schema.org defines, on every page', () => {
    const problems = pages.flatMap(({ path, doc }) =>
      blocks(doc).flatMap((b) => schemaOrgProblems(vocabulary, b).map((p) => `${path} ${p}`)),
    );
    expect(problems).toEqual([]);
    expect(pages.reduce((n, { doc }) => n + blocks(doc).length, 0)).toBeGreaterThan(150);
  });

  it('gives every page but the 404 its breadcrumbs, ending with the page itself', () => {
    for (const { path, doc } of pages) {
      const crumbs = blocks(doc).filter((b) => b['@type'] === 'BreadcrumbList');
      if (path === '/404.html') {
        expect(crumbs).toEqual([]);
        continue;
      }
      expect(crumbs, path).toHaveLength(1);
      const items = crumbs[0]!['itemListElement'] as Node[];
      expect(items[0], path).toMatchObject({ position: 1, item: `${SITE}/` });
      expect(items.at(-1)!['item'], path).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    }
  });

  it('describes each entry as its schema.org type', () => {
    const types = (path: string) => blocks(page(dist, path)).map((b) => b['@type']);
    expect(types('/')).toEqual(['BreadcrumbList', 'WebSite']);
    expect(types('/van-ban/dong-tam-05-ct-ubnd-2023/')).toEqual(['BreadcrumbList', 'Legislation']);
    expect(types('/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/')).toEqual(['BreadcrumbList', 'Event']);
    expect(types('/dien-hinh/dang-thi-diep/')).toEqual(['BreadcrumbList', 'Person']);
    expect(types('/dien-hinh/hop-tac-xa-nong-nghiep-dong-dao/')).toEqual(['BreadcrumbList', 'Organization']);
    expect(types('/ket-qua/so-ket-nong-thon-moi-dong-tam-2021-2023/')).toEqual(['BreadcrumbList', 'Dataset']);
    expect(types('/co-quan/ubnd-huyen-dong-tam/trang/2/')).toEqual(['BreadcrumbList', 'GovernmentOrganization']);
    expect(types('/van-ban/trang/2/')).toEqual(['BreadcrumbList']);
  });

  it('links a cited document to its page when the archive holds it, and states the one it does not', () => {
    const legislation = blocks(page(dist, '/van-ban/dong-tam-02-pd-ubnd-2021/'))[1]!;
    expect(legislation['isBasedOn']).toContainEqual(expect.objectContaining({ '@id': `${SITE}/van-ban/dong-tam-01-kh-ubnd-2021/` }));
    const cited = blocks(page(dist, '/van-ban/dong-tam-05-ct-ubnd-2023/'))[1]!['isBasedOn'] as Node[];
    expect(cited[0]).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '34-CT/TW',
      legislationPassedBy: { name: 'Bộ Chính trị' },
    });
    expect(cited[0]).not.toHaveProperty('@id');
  });

  it('gives every page a share card: title, description, canonical URL, type, site, locale and a 1200×630 picture', () => {
    for (const { path, doc } of pages) {
      expect(meta(doc, 'og:site_name'), path).toBe('Lưu trữ văn bản thi đua, khen thưởng');
      expect(meta(doc, 'og:locale'), path).toBe('vi_VN');
      expect(meta(doc, 'og:title'), path).toBeTruthy();
      expect(meta(doc, 'og:description'), path).toBeTruthy();
      expect(['website', 'article'], path).toContain(meta(doc, 'og:type'));
      expect(meta(doc, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(doc, 'og:url'), path).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      const image = new URL(meta(doc, 'og:image')!);
      expect(image.origin, path).toBe(SITE);
      // The PNG's own header: width and height at bytes 16–23.
      const png = readFileSync(join(dist, image.pathname));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  it('describes a directive on its card by kind and number, issuer and date, with the directive picture', () => {
    const doc = page(dist, '/van-ban/dong-tam-05-ct-ubnd-2023/');
    expect(meta(doc, 'og:description')).toBe('Chỉ thị số 05/CT-UBND · Ủy ban nhân dân huyện Đồng Tâm · ngày 5 tháng 1 năm 2023');
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:image')).toBe(`${SITE}/chia-se/van-ban.png`);
    expect(meta(page(dist, '/'), 'og:type')).toBe('website');
  });
});
