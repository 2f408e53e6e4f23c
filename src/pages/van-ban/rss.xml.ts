/** The directives feed: the latest published documents, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { lang, ui } from '../../i18n/vi.ts';
import { getArchive } from '../../content/archive.ts';
import { directiveLabel } from '../../domain/format.ts';
import { routes } from '../../domain/routes.ts';
import { dateRange } from '../../domain/dates.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return rss({
    title: `${ui.siteName}: ${ui.directive.listTitle}`,
    description: ui.directive.listIntro,
    site: site!,
    customData: `<language>${lang}</language>`,
    items: archive.directives.slice(0, 50).map((d) => ({
      title: `${directiveLabel(d.data)}: ${d.data.title}`,
      link: routes.directive(d.id),
      ...(d.data.issued ? { pubDate: new Date(`${dateRange(d.data.issued).start}T00:00:00+07:00`) } : {}),
      description: archive.agency(d.data.issuer)?.data.name ?? '',
    })),
  });
};
