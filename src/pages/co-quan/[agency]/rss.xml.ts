/** Each agency's feed (src/domain/feeds.ts): its newest directives and reports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive, type AgencyEntry } from '../../../content/archive.ts';
import { feedResponse } from '../../../content/feeds.ts';

export const getStaticPaths = (async () =>
  (await getArchive()).agencies.map((agency) => ({ params: { agency: agency.id }, props: { agency } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ agency: AgencyEntry }> = async ({ props, site }) =>
  feedResponse((await getArchive()).feeds.agency(props.agency), site!);
