/**
 * Attachments and photos: copied from the content root's files/ only when a
 * published entry links them, so a draft's file never reaches dist/.
 */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../content/archive.ts';
import { readContentBytes } from '../../content/content-files.ts';
import { LIMITS } from '../../domain/limits.ts';
import { settings } from '../../settings.ts';

export const getStaticPaths = (async () => {
  const archive = await getArchive();
  const files = new Set([
    ...archive.directives.flatMap((d) => d.data.attachments.map((a) => a.file)),
    ...archive.figures.flatMap((f) => (f.data.photo ? [f.data.photo.src] : [])),
  ]);
  return [...files].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

// Read through the content root's guard again: the check refused links out of the root, and this never follows one.
export const GET: APIRoute = async ({ params }) => {
  const root = settings().contentRoot;
  return new Response(await readContentBytes(root, join(root, 'files', params.file!), LIMITS.attachmentBytes));
};
