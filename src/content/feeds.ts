/**
 * A feed (src/domain/feeds.ts) as an RSS 2.0 response, through
 * @astrojs/rss: links absolute on the site's address, text escaped by its
 * XML builder, each item's guid its permanent address.
 */
import rss from '@astrojs/rss';
import { feedDate, type Feed } from '../domain/feeds.ts';

export function feedResponse(feed: Feed, site: URL): Promise<Response> {
  return rss({
    title: feed.title,
    description: feed.description,
    site,
    customData: `<language>${feed.language}</language>`,
    items: feed.items().map((item) => ({
      title: item.title,
      link: item.path,
      description: item.description,
      ...(item.date ? { pubDate: feedDate(item.date) } : {}),
      // Replaces the guid @astrojs/rss derives from the link: the permanent address outlives a renamed file.
      customData: `<guid isPermaLink="true">${new URL(item.guidPath, site).href}</guid>`,
    })),
  });
}
