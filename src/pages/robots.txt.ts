/** robots.txt, naming the sitemap at the site's address (src/settings.ts). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../domain/hosting.ts';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!));
