/**
 * Validate a whole content root: schema per file, then integrity across files.
 * The build's first step and `npm run check` both call this, so there is one
 * copy of the rules.
 */
import { join } from 'node:path';
import type { z } from 'zod';
import { SOURCES } from '../domain/schema/index.ts';
import { bodyLinks, type BodyLink } from '../domain/body-links.ts';
import { bodyAnchors } from '../render/anchors.ts';
import { renderTree } from '../render/render-body.ts';
import { citationsInText, type BodyCitation } from '../domain/cited-in-text.ts';
import { keptCheck, type CheckResult } from './build-check.ts';

export type { CheckResult };
import { isRefusal, regularFileInside } from './content-files.ts';
import { readContent } from './content-source.ts';
import { buildPublishedGraph } from '../domain/graph.ts';
import { byCollection, checkIntegrity, type CheckedEntry } from '../domain/integrity.ts';
import { LIMITS } from '../domain/limits.ts';
import { checkMdxSafety } from '../domain/mdx-safety.ts';
import { problemFromZodIssue, sortProblems, type FieldPath } from '../domain/problems.ts';
import { settings } from '../settings.ts';


type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** Descend a zod schema along a data path, looking through wrappers. */
function schemaAt(schema: AnySchema, path: FieldPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) {
      return unwrap(def.innerType as AnySchema);
    }
    if (def.type === 'pipe') return unwrap((def.out as AnySchema)._zod.def.type === 'transform' ? (def.in as AnySchema) : (def.out as AnySchema));
    return s;
  };
  for (const key of path) {
    if (!current) return undefined;
    current = unwrap(current);
    const def = current._zod.def;
    if (def.type === 'object' && typeof key === 'string') current = (def.shape as Record<string, AnySchema>)[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element as AnySchema;
    else return undefined;
  }
  return current ? unwrap(current) : undefined;
}

function keysAt(schema: AnySchema, path: FieldPath): string[] {
  const at = schemaAt(schema, path);
  return at && at._zod.def.type === 'object' ? Object.keys(at._zod.def.shape as object) : [];
}

export async function checkContent(root: string, options: { today?: string; cwd?: string } = {}): Promise<CheckResult> {
  const { entries: sources, problems, agenciesReadable } = await readContent(root, options.cwd);
  const entries: CheckedEntry[] = [];
  const bodies = new Map<string, { body: string; firstLine: number; links: BodyLink[] }>();
  const citations = new Map<string, BodyCitation[]>();

  for (const source of sources) {
    const schema = SOURCES[source.collection].schema as unknown as AnySchema;
    const parsed = schema.safeParse(source.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push(...problemFromZodIssue(issue, source.data, source.lineOf, source.file, (p) => keysAt(schema, p)));
      }
    } else {
      entries.push({ collection: source.collection, id: source.id, file: source.file, data: parsed.data as never, lineOf: source.lineOf });
    }
    if (source.collection !== 'agencies') {
      const safety = checkMdxSafety(source.body, source.file, source.bodyLine);
      problems.push(...safety);
      // An unsafe body does not build anyway, and may be hostile: its links wait until it is mended.
      if (safety.length === 0) {
        bodies.set(`${source.collection}/${source.id}`, { body: source.body, firstLine: source.bodyLine, links: bodyLinks(source.body) });
        // Read from the source, not the rendered tree: a pattern over the text costs a fraction of rendering every body.
        if (source.collection === 'directives') citations.set(source.id, citationsInText(source.body).map(({ citation }) => citation));
      }
    }
  }
  const bodyOf = (entry: CheckedEntry) => bodies.get(`${entry.collection}/${entry.id}`);

  problems.push(
    ...checkIntegrity({
      entries,
      today: options.today ?? settings().today,
      agenciesReadable,
      attachmentProblem: (name) => {
        const file = regularFileInside(root, join(root, 'files', name), LIMITS.attachmentBytes);
        return isRefusal(file) ? file.found : null;
      },
      bodyLinks: bodyOf,
      bodyAnchors: (entry) => {
        const body = bodyOf(entry);
        return body ? bodyAnchors(renderTree(body.body)) : new Set();
      },
    }),
  );
  return { problems: sortProblems(problems), entries, citations };
}

/** The content of the current build, checked once per process (see build-check.ts). */
export function checkContentForBuild(root: string, today: string): Promise<CheckResult> {
  return keptCheck(root, today, () => checkContent(root, { today }));
}

/**
 * The published graph of the current build's checked content, for the build
 * steps outside Astro's pages (search records, host redirects, sitemap):
 * the pages' own publication rule and links.
 */
export async function publishedGraphForBuild(root: string, today: string) {
  const { entries, citations } = await checkContentForBuild(root, today);
  return buildPublishedGraph({ ...byCollection(entries), bodyCitations: (id) => citations.get(id) ?? [] }, today);
}
