/** Each campaign's feed (src/domain/feeds.ts): its newest directives, figures and results. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type CampaignEntry } from '../../../content/archive.ts';
import { feedResponse } from '../../../content/feeds.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).campaigns.map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ campaign: CampaignEntry }> = async ({ props, site }) =>
  feedResponse((await getArchive()).feeds.campaign(props.campaign), site!);
