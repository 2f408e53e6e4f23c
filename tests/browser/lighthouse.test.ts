/**
 * Lighthouse 12 (mobile: its default emulation and throttling) on the built
 * site served by Debian's nginx with the shipped server block, in Debian's
 * Chromium: accessibility, best practices and SEO score 100 on each kind of
 * page, for the shipped content and the fixture corpus. Performance is the
 * benchmark's (it measures the machine as much as the site).
 *
 * One Chromium for the file and one audit at a time (harness/lighthouse.ts).
 * A failure names the audits that cost points. The sites keep their
 * placeholder address (ARCHIVE_SITE_URL unset): Lighthouse 12's canonical
 * audit checks that the link is absolute and valid, not that it names the
 * origin it was served from.
 */
import type { Served } from '../../harness/nginx.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFailures, launchLighthouse, type Lighthouse } from '../../harness/lighthouse.ts';
import { startNginx } from '../../harness/nginx.ts';
import { TODAY_ENV } from '../../src/settings.ts';
import { buildSite } from '../support/build.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const PERFECT = { accessibility: 1, 'best-practices': 1, seo: 1 };

/** The content roots, how each is built (the corpus as of the day it was written for), and their pages. */
const SITES: { content: string; env: Record<string, string>; pages: Record<string, string> }[] = [
  {
    content: 'content',
    env: {},
    pages: {
      home: '/',
      listing: '/van-ban/',
      directive: '/van-ban/hoa-an-chi-thi-thi-dua-2-thang-cuoi-nam-2022/',
      campaign: '/phong-trao/hoa-an-thi-dua-2-thang-cuoi-nam-2022/',
      result: '/ket-qua/hoa-an-ket-qua-10-thang-2022/',
      search: '/tim-kiem/?q=dien+hinh',
    },
  },
  {
    content: 'corpus',
    env: { [TODAY_ENV]: '2026-11-24' },
    pages: {
      home: '/',
      listing: '/van-ban/',
      directive: '/van-ban/dong-tam-05-ct-ubnd-2023/',
      campaign: '/phong-trao/son-dong-chung-suc-xay-dung-nong-thon-moi/',
      result: '/ket-qua/bao-cao-chuyen-doi-so-son-dong-6-thang-2026/',
      figure: '/dien-hinh/dang-thi-diep/',
      search: '/tim-kiem/?q=thi+dua+yeu+nuoc',
    },
  },
];

let lighthouse: Lighthouse;
beforeAll(async () => {
  lighthouse = await launchLighthouse();
});
afterAll(() => lighthouse?.close());

describe.each(SITES)('Lighthouse on $content', ({ content, env, pages }) => {
  let server: Served;
  beforeAll(async () => {
    server = await startNginx(await buildSite(content, env));
  });
  afterAll(() => server?.stop());

  it.each(Object.entries(pages))('%s (%s) scores 100 in accessibility, best practices and SEO', async (_, path) => {
    const run = await lighthouse.audit(`${server.url}${path}`, CATEGORIES);
    expect(run.scores, describeFailures(run)).toEqual(PERFECT);
    // The site's robots.txt was read and found valid, not skipped as missing.
    expect(run.notApplicable).not.toContain('robots-txt');
  });
});
