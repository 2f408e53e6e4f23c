/**
 * Entries in the content root. Where the root is comes from the settings
 * (src/settings.ts, ARCHIVE_CONTENT_DIR).
 */
import { basename, extname } from 'node:path';
import { slugify } from '../domain/vietnamese.ts';

/**
 * An entry's id, and so its URL segment, is its file name as an ASCII slug:
 * folders only organise files, and "Hữu Lũng.mdx" still gets /huu-lung/.
 */
export function entryIdFromPath(path: string): string {
  return slugify(basename(path, extname(path)));
}
