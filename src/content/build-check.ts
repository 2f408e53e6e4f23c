/**
 * The validated content of the current build, kept by its first step
 * (integrations/content-check.ts) for the later ones: the content loader and
 * the search index, so a build parses and checks each file once. Astro runs
 * the integrations and the content loader as separate module instances of
 * one process, so the memo lives on globalThis. Keyed by content root and
 * day; a new build process starts empty.
 */
import type { BodyCitation } from '../domain/cited-in-text.ts';
import type { CheckedEntry } from '../domain/integrity.ts';
import type { Problem } from '../domain/problems.ts';
import type { CollectionName } from '../domain/publication.ts';

/** What a check of a content root found (check.ts). */
export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  /** The document numbers each directive's body cites (render/citations.ts), by id: the link graph's body citations. */
  citations: ReadonlyMap<string, readonly BodyCitation[]>;
}


const KEPT = Symbol.for('archive.build-check');
const kept: Map<string, Promise<CheckResult>> = ((globalThis as { [KEPT]?: Map<string, Promise<CheckResult>> })[KEPT] ??= new Map());

export function keptCheck(root: string, today: string, check: () => Promise<CheckResult>): Promise<CheckResult> {
  const key = `${root}|${today}`;
  let result = kept.get(key);
  if (!result) kept.set(key, (result = check()));
  return result;
}

/** Forget the kept result (dev servers re-run the check after edits). */
export function forgetBuildCheck(): void {
  kept.clear();
}

/**
 * The validated data of one collection's files, by id, when this process has
 * checked the root without a problem; otherwise (a dev server showing
 * problems, `astro sync` alone) undefined, and the loader parses the files.
 */
export async function checkedData(root: string, today: string, collection: CollectionName): Promise<Map<string, unknown> | undefined> {
  const result = kept.get(`${root}|${today}`);
  if (!result) return undefined;
  const { problems, entries } = await result;
  if (problems.length > 0) return undefined;
  return new Map(entries.filter((e) => e.collection === collection).map((e) => [e.id, e.data]));
}
