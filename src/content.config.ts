/**
 * The content contract, as Astro reads it: each collection's schema (pure,
 * src/domain/schema/) with its loader (src/content/archive-loader.ts).
 * Cross-entry rules (references, duplicates…) live in
 * src/domain/integrity.ts; `npm run check` and the build both run them.
 */
import { defineCollection } from 'astro/content/config';
import { file } from 'astro/loaders';
import type { z } from 'zod';
import { archiveLoader } from './content/archive-loader.ts';
import { settings } from './settings.ts';
import { agencySchema, campaignSchema, directiveSchema, figureSchema, resultSchema, SOURCES } from './domain/schema/index.ts';

const root = settings().contentRoot;

const mdxCollection = <S extends z.ZodType>(collection: Parameters<typeof archiveLoader>[1], schema: S) =>
  defineCollection({ loader: archiveLoader(root, collection), schema });

export const collections = {
  directives: mdxCollection('directives', directiveSchema),
  campaigns: mdxCollection('campaigns', campaignSchema),
  figures: mdxCollection('figures', figureSchema),
  results: mdxCollection('results', resultSchema),
  agencies: defineCollection({ loader: file(`${root}/${SOURCES.agencies.file}`), schema: agencySchema }),
};
