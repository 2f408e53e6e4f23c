/**
 * Build step: the redirects of the published archive (src/domain/redirects.ts)
 * for hosts, as 301s: `dist/_redirects` (Netlify, Cloudflare Pages) and
 * `dist/_redirects.nginx.conf`, which deploy/nginx/luu-tru.conf includes;
 * and a page at each old address for any other host. From the content check
 * the build has already run, as the search records are.
 *
 * Every page is written again on each build: stale-output.ts then keeps
 * them, and removes the page of an address no longer redirected.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedGraphForBuild } from '../content/check.ts';
import { inBatches } from '../domain/batches.ts';
import { nginxRedirects, redirectPage, redirectsOf, staticHostRedirects } from '../domain/redirects.ts';
import type { Settings } from '../settings.ts';

/** The file deploy/nginx/luu-tru.conf includes, next to the pages. */
export const NGINX_REDIRECTS_FILE = '_redirects.nginx.conf';

const AT_ONCE = 64;

export function hostRedirects({ contentRoot, today, siteUrl }: Pick<Settings, 'contentRoot' | 'today' | 'siteUrl'>): AstroIntegration {
  return {
    name: 'archive:host-redirects',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const redirects = redirectsOf(await publishedGraphForBuild(contentRoot, today));
        await writeFile(new URL('_redirects', dir), staticHostRedirects(redirects));
        await writeFile(new URL(NGINX_REDIRECTS_FILE, dir), nginxRedirects(redirects));
        const outDir = fileURLToPath(dir);
        await inBatches(redirects, AT_ONCE, async (redirect) => {
          const folder = join(outDir, redirect.from);
          await mkdir(folder, { recursive: true });
          await writeFile(join(folder, 'index.html'), redirectPage(redirect, siteUrl));
        });
      },
    },
  };
}
