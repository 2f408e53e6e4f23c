/** The campaigns feed (src/domain/feeds.ts). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../content/archive.ts';
import { feedResponse } from '../../content/feeds.ts';

export const GET: APIRoute = async ({ site }) => feedResponse((await getArchive()).feeds.campaigns(), site!);
