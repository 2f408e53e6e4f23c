/**
 * Build step: the redirects of the published archive (src/domain/redirects.ts)
 * for hosts, as 301s: `dist/_redirects` (Netlify, Cloudflare Pages) and
 * `dist/_redirects.nginx.conf`, which deploy/nginx/luu-tru.conf includes.
 * From the content check the build has already run, as the search records
 * are; the pages at the same addresses come from the same list.
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { publishedGraphForBuild } from '../content/check.ts';
import { nginxRedirects, redirectsOf, staticHostRedirects } from '../domain/redirects.ts';
import type { Settings } from '../settings.ts';

/** The file deploy/nginx/luu-tru.conf includes, next to the pages. */
export const NGINX_REDIRECTS_FILE = '_redirects.nginx.conf';

export function hostRedirects({ contentRoot, today }: Pick<Settings, 'contentRoot' | 'today'>): AstroIntegration {
  return {
    name: 'archive:host-redirects',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const redirects = redirectsOf(await publishedGraphForBuild(contentRoot, today));
        await writeFile(new URL('_redirects', dir), staticHostRedirects(redirects));
        await writeFile(new URL(NGINX_REDIRECTS_FILE, dir), nginxRedirects(redirects));
      },
    },
  };
}
