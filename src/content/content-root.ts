/**
 * Where the archive's content lives. Tests and benchmarks point the very same
 * build at another corpus with ARCHIVE_CONTENT_DIR, so there is one pipeline.
 */
import { basename, extname, resolve } from 'node:path';
import { slugify } from '../domain/vietnamese.ts';

export const CONTENT_DIR_ENV = 'ARCHIVE_CONTENT_DIR';

/** Absolute path of the content root (default: ./content of the project). */
export function contentRoot(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env[CONTENT_DIR_ENV] || 'content');
}

/**
 * An entry's id, and so its URL segment, is its file name as an ASCII slug:
 * folders only organise files, and "Hữu Lũng.mdx" still gets /huu-lung/.
 */
export function entryIdFromPath(path: string): string {
  return slugify(basename(path, extname(path)));
}
