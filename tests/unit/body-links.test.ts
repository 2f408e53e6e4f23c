import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { bodyLinks, linkProblems, listingPaths, mayHaveLinks, type LinkingEntry, type LinkResolver } from '../../src/domain/body-links.ts';
import { bodyAnchors } from '../../src/render/anchors.ts';
import { splitFrontmatter } from '../../src/content/content-source.ts';
import { formatProblem, type Problem } from '../../src/domain/problems.ts';
import { renderBody, renderTree } from '../../src/render/render-body.ts';
import { routes } from '../../src/domain/routes.ts';
import { PROJECT } from '../../harness/build.ts';
import { FIXTURES } from '../support/fixtures.ts';

const realBodies = [join(PROJECT, 'content'), join(FIXTURES, 'corpus')].flatMap((root) =>
  ['directives', 'campaigns', 'figures', 'results'].flatMap((collection) =>
    readdirSync(join(root, collection))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => [`${collection}/${f}`, splitFrontmatter(readFileSync(join(root, collection, f), 'utf8'))!.body] as const),
  ),
);

describe('bodyLinks', () => {
  it('finds links, images and reference definitions with their body line, as Sätteri decodes them', () => {
    const body = [
      '## Căn cứ',
      '',
      'Xem [Chỉ thị 01](/van-ban/a/#muc-i) và ![ảnh](/tep/anh.jpg "Ảnh").',
      '',
      '| Văn bản |',
      '|---|',
      '| [kế hoạch](/van-ban/a\\_b/) |',
      '',
      '> - [phong trào][pt]',
      '',
      '<GhiChu>Bản gốc: [tệp](/tep/a.pdf).</GhiChu>',
      '',
      '[pt]: /phong-trao/pt/',
      '[^1]: [chú thích](/ket-qua/kq/) và www.chinhphu.vn',
    ].join('\n');
    expect(bodyLinks(body)).toEqual([
      { kind: 'link', url: '/van-ban/a/#muc-i', line: 3 },
      { kind: 'image', url: '/tep/anh.jpg', line: 3 },
      { kind: 'link', url: '/van-ban/a_b/', line: 7 },
      { kind: 'link', url: '/tep/a.pdf', line: 11 },
      { kind: 'definition', url: '/phong-trao/pt/', line: 13 },
      { kind: 'link', url: '/ket-qua/kq/', line: 14 },
      { kind: 'link', url: 'http://www.chinhphu.vn', line: 14 },
    ]);
  });

  it('parses nothing without link syntax, footnotes included', () => {
    const body = 'Thi đua[^1] *yêu nước*.\n\n[^1]: Ghi chú [không phải liên kết].';
    expect(mayHaveLinks(body)).toBe(false);
    expect(bodyLinks(body)).toEqual([]);
    expect(mayHaveLinks('[x]: /a/')).toBe(true);
    expect(mayHaveLinks('> - [x]\n  [x]: /a/')).toBe(true);
    expect(mayHaveLinks('[x](/a/)')).toBe(true);
  });

  it('misses no link of a real body that could need checking', () => {
    expect(realBodies.length).toBeGreaterThan(50);
    for (const [name, body] of realBodies) {
      const urls: string[] = [];
      visit(mdxToMdast(body) as never, (node: { type: string; url?: string }) => {
        if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url!);
      });
      // Unparsed, a body can hold only autolinked web addresses (www., https://…): external, never checked.
      if (!mayHaveLinks(body))
        expect(
          urls.filter((url) => !/^(?:https?|mailto):/i.test(url)),
          name,
        ).toEqual([]);
      else
        expect(
          bodyLinks(body).map((link) => link.url),
          name,
        ).toEqual(urls);
    }
  });

  it('leaves syntax errors to the safety check, and walks any depth', () => {
    expect(bodyLinks('[x](/a/) <b')).toEqual([]);
    expect(bodyLinks(`${'>'.repeat(10_000)} [x](/a/)`)).toEqual([{ kind: 'link', url: '/a/', line: 1 }]);
  });
});

/** An archive of one entry per collection, a draft directive, an attachment of each kind and a few listings. */
const resolver: LinkResolver = {
  entry: (collection, id) =>
    ({
      directives: { a: { published: true }, nhap: { published: false } },
      campaigns: { pt: { published: true } },
      figures: { dh: { published: true } },
      results: { kq: { published: true } },
      agencies: { ubnd: { published: true } },
    })[collection][id as never],
  anchors: (collection, id) => new Set(collection === 'directives' && id === 'a' ? ['muc-i-muc-tieu', 'chu-thich-fn-1'] : []),
  attachment: (file) => ({ 'a.pdf': { published: true }, 'nhap.pdf': { published: false } })[file as never],
  listing: (path) => ['/van-ban/trang/2/', '/van-ban/nam/2021/', '/van-ban/loai/chi-thi/', '/co-quan/ubnd/trang/2/'].includes(path),
  suggest: (collection, id) => (collection === 'directives' && id === 'aa' ? 'a' : undefined),
};
const published: LinkingEntry = {
  file: 'directives/x.mdx',
  firstLine: 12,
  published: true,
  ownAnchors: () => new Set(['muc-rieng', 'chu-thich-fn-1']),
};

const problemsOf = (urls: string[], from: LinkingEntry = published) =>
  linkProblems(
    urls.map((url, i) => ({ kind: 'link', url, line: i + 1 })),
    from,
    resolver,
  );
const one = (url: string, from?: LinkingEntry): Problem => {
  const problems = problemsOf([url], from);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
};

describe('linkProblems', () => {
  it('accepts every URL the route table writes for what the site publishes', () => {
    const urls = [
      routes.home(),
      routes.directives(),
      routes.directives(2),
      routes.directivesByYear(2021),
      routes.directivesByKind('chỉ thị'),
      routes.directive('a'),
      routes.campaigns(),
      routes.campaign('pt'),
      routes.figures(),
      routes.figure('dh'),
      routes.results(),
      routes.result('kq'),
      routes.agencies(),
      routes.agency('ubnd'),
      routes.agency('ubnd', 2),
      routes.attachment('a.pdf'),
      routes.search(),
      '/van-ban/rss.xml',
    ];
    expect(problemsOf(urls)).toEqual([]);
  });

  it('checks no external link, and leaves script URLs to the safety check', () => {
    expect(
      problemsOf([
        'https://chinhphu.vn/x',
        'http://x.vn',
        'HTTPS://X.VN',
        'mailto:vp@x.gov.vn',
        'tel:+84241234567',
        '//cdn.x.vn/a.js',
        'javascript:alert(1)',
        'java\tscript:x',
      ]),
    ).toEqual([]);
  });

  it('accepts anchors the target page has, queries, and a PDF page', () => {
    expect(
      problemsOf([
        '/van-ban/a/#muc-i-muc-tieu',
        '/van-ban/a/#chu-thich-fn-1',
        '#muc-rieng',
        '#',
        '/tim-kiem/?q=thi+đua',
        '/tep/a.pdf#page=3',
      ]),
    ).toEqual([]);
  });

  it('refuses a link to an entry the archive does not have, at its line in the file', () => {
    expect(one('/van-ban/abc/')).toEqual({
      file: 'directives/x.mdx',
      line: 12,
      field: '(nội dung)',
      expected: 'liên kết tới một văn bản đã công bố',
      found: '"/van-ban/abc/" (không có văn bản này)',
    });
    expect(one('/van-ban/aa/').expected).toBe('liên kết tới một văn bản đã công bố, có phải "/van-ban/a/"?');
    expect(
      problemsOf(['/phong-trao/x/', '/dien-hinh/x/', '/ket-qua/x/', '/co-quan/x/', '/co-quan/x/trang/2/']).map((p) => p.found),
    ).toEqual([
      '"/phong-trao/x/" (không có phong trào này)',
      '"/dien-hinh/x/" (không có điển hình này)',
      '"/ket-qua/x/" (không có kết quả này)',
      '"/co-quan/x/" (không có cơ quan này)',
      '"/co-quan/x/trang/2/" (không có cơ quan này)',
    ]);
    expect(problemsOf(['/van-ban/abc/'])[0]!.line).toBe(12);
    expect(problemsOf(['/', '/van-ban/abc/'])[0]!.line).toBe(13);
  });

  it('refuses a link from a published page to a draft, naming no more than the link', () => {
    const problem = one('/van-ban/nhap/#muc-i');
    expect(problem.expected).toBe('liên kết tới một văn bản đã công bố');
    expect(problem.found).toBe('"/van-ban/nhap/#muc-i" (bản nháp hoặc chưa đến ngày công bố)');
    // A draft may link to a draft: neither page is written.
    expect(problemsOf(['/van-ban/nhap/'], { ...published, published: false })).toEqual([]);
  });

  it('refuses an anchor the target page does not have', () => {
    const problem = one('/van-ban/a/#muc-i');
    expect(problem.expected).toBe('liên kết tới một mục có trên trang (tiêu đề hoặc chú thích), có phải "#muc-i-muc-tieu"?');
    expect(problem.found).toBe('"/van-ban/a/#muc-i" (trang không có mục "muc-i")');
    expect(one('#muc-khac').found).toBe('"#muc-khac" (trang này không có mục "muc-khac")');
    expect(one('/phong-trao/pt/#muc-i').found).toBe('"/phong-trao/pt/#muc-i" (trang không có mục "muc-i")');
    expect(one('/van-ban/#muc-i').found).toBe('"/van-ban/#muc-i" (trang đích không có mục cố định để liên kết)');
  });

  it('refuses a file no published entry attaches, the same way whether a draft attaches it or none does', () => {
    const draftOnly = one('/tep/nhap.pdf');
    const missing = one('/tep/khong-co.pdf');
    expect(draftOnly.expected).toBe('liên kết tới một tệp đính kèm của một mục đã công bố');
    expect(draftOnly.found).toBe('"/tep/nhap.pdf" (không có mục đã công bố nào đính kèm tệp này)');
    expect(missing.found).toBe('"/tep/khong-co.pdf" (không có mục đã công bố nào đính kèm tệp này)');
    expect(problemsOf(['/tep/nhap.pdf'], { ...published, published: false })).toEqual([]);
    expect(problemsOf(['/tep/khong-co.pdf'], { ...published, published: false })).toHaveLength(1);
  });

  it('refuses an internal path that is no page of the site', () => {
    const found = (url: string) => one(url).found;
    expect(found('/trang-khong-co/')).toBe('"/trang-khong-co/" (không có trang này)');
    expect(found('/van-ban/trang/9/')).toBe('"/van-ban/trang/9/" (không có trang này)');
    expect(found('/van-ban/nam/1999/')).toBe('"/van-ban/nam/1999/" (không có trang này)');
    expect(found('/van-ban/a/thua/')).toBe('"/van-ban/a/thua/" (không có trang này)');
    expect(found('/tep/')).toBe('"/tep/" (không có trang này)');
    expect(one('/trang-khong-co/').expected).toBe('liên kết tới một trang có trên trang web');
    // The site writes every page with a trailing slash.
    expect(one('/van-ban/a').expected).toBe('liên kết tới một trang có trên trang web, có phải "/van-ban/a/"?');
  });

  it('refuses relative links, which break when a page moves', () => {
    const problem = one('van-ban/a/');
    expect(problem.expected).toBe('đường dẫn bắt đầu bằng "/" (ví dụ "/van-ban/<mã>/"), có phải "/van-ban/a/"?');
    expect(problem.found).toBe('"van-ban/a/" (đường dẫn tương đối, hỏng khi trang đổi địa chỉ)');
    expect(problemsOf(['../a/', './a.pdf', 'a.pdf', '?q=1'])).toHaveLength(4);
  });

  it('refuses empty links and other schemes', () => {
    expect(one('').found).toBe('liên kết trống');
    expect(one('ftp://x.vn/a.pdf').found).toBe('"ftp://x.vn/a.pdf" (giao thức "ftp:")');
    expect(one('C:\\Users\\a.pdf').found).toBe('"C:\\Users\\a.pdf" (giao thức "c:")');
  });

  it('checks the links of a real body end to end', () => {
    const body = 'Theo [Chỉ thị](/van-ban/a/#muc-i-muc-tieu) và [kế hoạch](/van-ban/khong-co/).\n\n[tệp]: /tep/nhap.pdf\n';
    expect(linkProblems(bodyLinks(body), { ...published, firstLine: 20 }, resolver).map(formatProblem)).toEqual([
      'directives/x.mdx:20 (nội dung): cần liên kết tới một văn bản đã công bố, nhận được "/van-ban/khong-co/" (không có văn bản này)',
      'directives/x.mdx:22 (nội dung): cần liên kết tới một tệp đính kèm của một mục đã công bố, nhận được "/tep/nhap.pdf" (không có mục đã công bố nào đính kèm tệp này)',
    ]);
  });

  it('computes the own anchors only when a link needs them', () => {
    let calls = 0;
    const lazy = { ...published, ownAnchors: () => (calls++, new Set(['a'])) };
    expect(problemsOf(['/van-ban/a/', 'https://x.vn'], lazy)).toEqual([]);
    expect(calls).toBe(0);
    expect(problemsOf(['#a', '#a', '#b'], lazy)).toHaveLength(1);
    expect(calls).toBe(1);
  });
});

describe('bodyAnchors', () => {
  const idsInHtml = (html: string) => {
    const ids = new Set<string>();
    visit(fromHtml(html, { fragment: true }) as Root, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    return ids;
  };

  it('gives the heading, part and footnote ids of the rendered body', () => {
    const body = '## I. Mục tiêu\n\nx[^1] y[^ghi-chu]\n\n## I. Mục tiêu\n\n| a |\n|---|\n| b |\n\n[^1]: a\n[^ghi-chu]: b\n';
    expect([...bodyAnchors(renderTree(body))].sort()).toEqual(
      [
        'chu-thich-fn-1',
        'chu-thich-fn-ghi-chu',
        'chu-thich-fnref-1',
        'chu-thich-fnref-ghi-chu',
        'footnote-label',
        'muc-i',
        'muc-i-2',
      ].sort(),
    );
  });

  it('gives exactly the ids in renderBody’s HTML, for every real body', () => {
    for (const [name, body] of realBodies) expect(bodyAnchors(renderTree(body)), name).toEqual(idsInHtml(renderBody(body).html));
  });
});

describe('listingPaths', () => {
  it('lists the listing pages the build writes: each filter and page, and agency pages after the first', () => {
    const directive = (issued: string, kind: string, issuer: string) => ({ data: { issued, kind, issuer } as never });
    const directives = [
      ...Array.from({ length: 21 }, () => directive('2021-03', 'chỉ thị', 'ubnd')),
      directive('2022-01-05', 'kế hoạch', 'so-noi-vu'),
    ];
    expect([...listingPaths(directives, [{ id: 'ubnd' }, { id: 'so-noi-vu' }, { id: 'trong' }])].sort()).toEqual(
      [
        '/van-ban/',
        '/van-ban/trang/2/',
        '/van-ban/nam/2022/',
        '/van-ban/nam/2021/',
        '/van-ban/nam/2021/trang/2/',
        '/van-ban/loai/chi-thi/',
        '/van-ban/loai/chi-thi/trang/2/',
        '/van-ban/loai/ke-hoach/',
        '/co-quan/ubnd/trang/2/',
      ].sort(),
    );
  });
});
