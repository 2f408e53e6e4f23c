/**
 * The RSS feeds: what is new in the whole archive, in each collection, from
 * each agency and in each campaign, newest first, from the published graph
 * (so no draft or future entry). Each holds the FEED_ITEMS newest: a feed
 * reader polls it and wants what changed, not the archive. Pure: the
 * pages hand a feed to @astrojs/rss (src/content/feeds.ts).
 */
import type { Agency, Campaign, Directive, Figure, Result } from './schema/index.ts';
import { dateRange, type PartialDate } from './dates.ts';
import { directiveLabel, periodText, sentence } from './format.ts';
import { compareIssuedDesc, type AnyArchiveGraph, type Node } from './graph.ts';
import { eliPath } from './redirects.ts';
import { routes } from './routes.ts';
import { compareVi } from './vietnamese.ts';
import { lang, ui } from '../i18n/vi.ts';

/** The most items a feed holds. */
export const FEED_ITEMS = 50;

export interface FeedItem {
  title: string;
  /** The entry's page. */
  path: string;
  /** What makes it new (issued, decided, reported, launched); null when the archive has no date for it. */
  date: PartialDate | null;
  description: string;
  /** Its identity for feed readers: the permanent path where it has one, so renaming a file never makes an old item new. */
  guidPath: string;
}

export interface Feed {
  path: string;
  title: string;
  description: string;
  language: string;
  /** Asked for by the feed only: the pages that link a feed need its path and title. */
  items(): FeedItem[];
}

/** The moment an item is dated: midnight in Vietnam on its (first) day. */
export function feedDate(date: PartialDate): Date {
  return new Date(`${dateRange(date).start}T00:00:00+07:00`);
}

export function archiveFeeds(graph: AnyArchiveGraph) {
  const directive = (d: Node<Directive>): FeedItem => {
    const path = routes.directive(d.id);
    return {
      title: `${directiveLabel(d.data)}: ${d.data.title}`,
      path,
      date: d.data.issued,
      description: graph.agency(d.data.issuer)?.data.name ?? '',
      guidPath: eliPath(d.data) ?? path,
    };
  };
  const campaign = (c: Node<Campaign>): FeedItem => ({
    title: c.data.name,
    path: routes.campaign(c.id),
    // A campaign is new when it is launched.
    date: graph.launcherOfCampaign(c.id)?.data.issued ?? c.data.period?.from ?? null,
    description: periodText(c.data.period) ?? sentence(c.data.kind),
    guidPath: routes.campaign(c.id),
  });
  const figure = (f: Node<Figure>): FeedItem => ({
    title: `${f.data.name}: ${f.data.awardDetail ?? f.data.award}`,
    path: routes.figure(f.id),
    date: f.data.decision.date,
    description: f.data.locality,
    guidPath: routes.figure(f.id),
  });
  const result = (r: Node<Result>): FeedItem => ({
    title: r.data.title,
    path: routes.result(r.id),
    date: r.data.report.date,
    description: sentence(r.data.kind),
    guidPath: routes.result(r.id),
  });

  const newest = (items: FeedItem[]) =>
    items.sort((a, b) => compareIssuedDesc(a.date, b.date) || compareVi(a.title, b.title)).slice(0, FEED_ITEMS);
  const feed = (path: string, title: string, description: string, items: () => FeedItem[]): Feed => ({
    path,
    title: `${ui.siteName}: ${title}`,
    description,
    language: lang,
    items: () => newest(items()),
  });

  const directives = () => graph.directives.map(directive);
  const campaigns = () => graph.campaigns.map(campaign);
  const figures = () => graph.figures.map(figure);
  const results = () => graph.results.map(result);

  return {
    all: () => feed(routes.feed(), ui.feeds.all, ui.feeds.allIntro, () => [...directives(), ...campaigns(), ...figures(), ...results()]),
    directives: () => feed(routes.directivesFeed(), ui.directive.listTitle, ui.directive.listIntro, directives),
    campaigns: () => feed(routes.campaignsFeed(), ui.campaign.listTitle, ui.campaign.listIntro, campaigns),
    figures: () => feed(routes.figuresFeed(), ui.figure.listTitle, ui.figure.listIntro, figures),
    results: () => feed(routes.resultsFeed(), ui.result.listTitle, ui.result.listIntro, results),
    agency: (a: Node<Agency>) =>
      feed(routes.agencyFeed(a.id), ui.feeds.ofAgency(a.data.name), ui.feeds.ofAgencyIntro(a.data.name), () => [
        ...graph.directivesOfAgency(a.id).map(directive),
        ...graph.resultsOfAgency(a.id).map(result),
      ]),
    campaign: (c: Node<Campaign>) =>
      feed(routes.campaignFeed(c.id), ui.feeds.ofCampaign(c.data.name), ui.feeds.ofCampaignIntro(c.data.name), () =>
        graph
          .timelineOfCampaign(c.id)
          .map((event) =>
            event.type === 'directive' ? directive(event.entry) : event.type === 'figure' ? figure(event.entry) : result(event.entry),
          ),
      ),
  };
}
