/**
 * The open data files (src/content/open-data.ts): one JSON per published
 * entry, each collection as JSON and CSV, and the JSON Schemas, all under
 * /du-lieu/. Each path carries the digest of its bytes as its cache key.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getOpenData } from '../../content/open-data.ts';
import { routes } from '../../domain/routes.ts';

export const getStaticPaths = (async () => {
  const { entries, tables, schemas } = await getOpenData();
  return [...entries, ...tables, ...schemas].map(({ path, body, cacheKey }) => ({
    params: { file: path.slice(routes.data().length) },
    props: { body },
    cacheKey,
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body);
