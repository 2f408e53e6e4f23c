/**
 * The published archive as pages see it: Astro entries filtered by the one
 * publication rule, linked once by the graph, with each page's cache key
 * (page-keys.ts). Memoised for the whole build.
 */
import { getCollection } from 'astro:content';
import { checkContentForBuild } from './check.ts';
import { archiveFeeds } from '../domain/feeds.ts';
import { buildPublishedGraph } from '../domain/graph.ts';
import { pageKeys } from '../domain/page-keys.ts';
import { legalStatus } from '../domain/legal-status.ts';
import { campaignStatus } from '../domain/campaign-status.ts';
import { settings } from '../settings.ts';

async function load() {
  const { today, contentRoot } = settings();
  const [directives, campaigns, figures, results, agencies] = await Promise.all([
    getCollection('directives'),
    getCollection('campaigns'),
    getCollection('figures'),
    getCollection('results'),
    getCollection('agencies'),
  ]);
  // The numbers each body cites, as the build's content check (step 1, memoised in this process) read them.
  const { citations } = await checkContentForBuild(contentRoot, today);
  const bodyCitations = (id: string) => citations.get(id) ?? [];
  const graph = buildPublishedGraph({ directives, campaigns, figures, results, agencies, bodyCitations }, today);
  return {
    ...graph,
    today,
    pageKey: pageKeys(graph, today),
    feeds: archiveFeeds(graph),
    /** A directive's legal status as of the build's day. */
    legalStatusOf: (d: (typeof graph.directives)[number]) => legalStatus(d.data, graph.legalLinksTo(d.id), today),
    /** A campaign's status as of the build's day (undefined without a period). */
    campaignStatusOf: (c: (typeof graph.campaigns)[number]) => campaignStatus(c.data, today),
  };
}

let archive: ReturnType<typeof load> | undefined;

export function getArchive() {
  archive ??= load();
  return archive;
}

export type Archive = Awaited<ReturnType<typeof load>>;
export type DirectiveEntry = Archive['directives'][number];
export type CampaignEntry = Archive['campaigns'][number];
export type FigureEntry = Archive['figures'][number];
export type ResultEntry = Archive['results'][number];
export type AgencyEntry = Archive['agencies'][number];
