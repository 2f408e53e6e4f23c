/** The feed of everything new (src/domain/feeds.ts): directives, campaigns, figures and results. */
import type { APIRoute } from 'astro';
import { getArchive } from '../content/archive.ts';
import { feedResponse } from '../content/feeds.ts';

export const GET: APIRoute = async ({ site }) => feedResponse((await getArchive()).feeds.all(), site!);
