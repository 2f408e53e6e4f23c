/**
 * Attachments and photos: copied from the content root's files/ only when a
 * published entry links them, so a draft's file never reaches dist/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { contentRoot } from '../../lib/content-root.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const files = new Set([
    ...archive.directives.flatMap((d) => d.data.attachments.map((a) => a.file)),
    ...archive.figures.flatMap((f) => (f.data.photo ? [f.data.photo.src] : [])),
  ]);
  return [...files].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => new Response(await readFile(join(contentRoot(), 'files', params.file!)));
