/**
 * The search records: one per published detail page, from the same link
 * graph the pages come from. Astro's process leaves them in a file for the
 * index step (cli/build.ts), which runs in a process of its own.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { publishedGraphForBuild } from '../../content/check.ts';
import type { Settings } from '../../settings.ts';
import { searchRecords, type SearchRecord } from '../records.ts';

/** The published archive, read and linked outside Astro with the pages' own rules. */
async function loadRecords(root: string, today: string): Promise<SearchRecord[]> {
  return searchRecords(await publishedGraphForBuild(root, today), today);
}

/**
 * Inside Astro's build: the records of the published archive, from the
 * content check the build has already run (memoised in this process), left
 * in a file for the index step, which runs in a process of its own and would
 * otherwise read and validate every file again (docs/performance.md,
 * "Search records handoff").
 */
export function searchRecordsHandoff({
  contentRoot,
  today,
  searchRecordsFile,
}: Pick<Settings, 'contentRoot' | 'today' | 'searchRecordsFile'>): AstroIntegration {
  return {
    name: 'archive:search-records',
    hooks: {
      'astro:build:done': async () => {
        if (searchRecordsFile) await writeFile(searchRecordsFile, JSON.stringify(await loadRecords(contentRoot, today)));
      },
    },
  };
}

/** The records Astro's process left in `file`; without one (a plain `astro build`), read from the content. */
export async function readRecords(file: string | undefined, root: string, today: string): Promise<SearchRecord[]> {
  if (file) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as SearchRecord[];
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return loadRecords(root, today);
}
