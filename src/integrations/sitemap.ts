/**
 * @astrojs/sitemap with the archive's own lastmod (src/domain/lastmod.ts)
 * and without the pages at moved addresses (src/domain/redirects.ts): from
 * the content check the build has already run, like the search records.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { publishedGraphForBuild } from '../content/check.ts';
import { pageLastModified } from '../domain/lastmod.ts';
import { redirectsOf } from '../domain/redirects.ts';
import type { Settings } from '../settings.ts';

export function archiveSitemap({ contentRoot, today }: Pick<Settings, 'contentRoot' | 'today'>): AstroIntegration {
  let pages: Promise<{ lastModified: Map<string, string>; moved: Set<string> }> | undefined;
  const load = async () => {
    const graph = await publishedGraphForBuild(contentRoot, today);
    return { lastModified: pageLastModified(graph), moved: new Set(redirectsOf(graph).map((r) => r.from)) };
  };
  return sitemap({
    filter: (page) => !page.endsWith('/404/'),
    serialize: async (item) => {
      const { lastModified, moved } = await (pages ??= load());
      const path = new URL(item.url).pathname;
      if (moved.has(path)) return undefined;
      const lastmod = lastModified.get(path);
      return lastmod ? { ...item, lastmod } : item;
    },
  });
}
