/**
 * The body of an archive entry, rendered when its page is: read from the
 * entry's file and rendered by render-body.ts.
 *
 * Bodies stay out of Astro's content store on purpose. The store is bundled
 * into the build as one JavaScript module holding every entry, so keeping
 * each rendered body there made it grow with the archive's text: bundled,
 * parsed and held in memory for the whole build (docs/performance.md,
 * "Bodies out of the content store").
 * A body is shown on its own page only, so that page renders it; the
 * incremental build's page keys include the file's digest, so an unchanged
 * page is not rendered again.
 */
import { resolve } from 'node:path';
import { readContentText } from './content-files.ts';
import { splitFrontmatter } from './content-source.ts';
import { LIMITS } from '../domain/limits.ts';
import type { CitationHref } from '../render/citations.ts';
import { renderBody, type RenderedBody } from '../render/render-body.ts';
import { settings } from '../settings.ts';

/** What a content entry carries: its file, relative to the project (Astro's `filePath`). */
export interface BodySource {
  id: string;
  filePath?: string | undefined;
}

/**
 * The rendered body of the entry's file, resolved like the content root from
 * the project directory; with `citationHref`, its cited numbers link to the
 * documents the link graph resolves them to.
 */
export async function entryBody(entry: BodySource, citationHref?: CitationHref, cwd = process.cwd()): Promise<RenderedBody> {
  if (!entry.filePath) throw new Error(`Mục ${entry.id}: không biết tệp nguồn để hiển thị nội dung.`);
  const path = resolve(cwd, entry.filePath);
  const source = await readContentText(settings().contentRoot, path, LIMITS.entryFileBytes);
  if (typeof source !== 'string') throw new Error(`${path}: ${source.found}`);
  const split = splitFrontmatter(source);
  if (!split) throw new Error(`${path}: không có frontmatter`);
  return renderBody(split.body, citationHref);
}
