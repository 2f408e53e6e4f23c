/**
 * @astrojs/sitemap with the archive's own lastmod (src/domain/lastmod.ts),
 * from the content check the build has already run, like the search
 * records. The pages at moved addresses are not Astro's (host-redirects.ts),
 * so the sitemap never lists them.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { publishedGraphForBuild } from '../content/check.ts';
import { pageLastModified } from '../domain/lastmod.ts';
import type { Settings } from '../settings.ts';

export function archiveSitemap({ contentRoot, today }: Pick<Settings, 'contentRoot' | 'today'>): AstroIntegration {
  let lastModified: Promise<Map<string, string>> | undefined;
  const load = async () => pageLastModified(await publishedGraphForBuild(contentRoot, today), today);
  return sitemap({
    filter: (page) => !page.endsWith('/404/'),
    serialize: async (item) => {
      const lastmod = (await (lastModified ??= load())).get(new URL(item.url).pathname);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
