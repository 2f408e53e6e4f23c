/** Build step: write dist/_headers for static hosts from the one header list. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { staticHostHeaders } from '../domain/hosting.ts';

export function staticHeaders(): AstroIntegration {
  return {
    name: 'archive:static-headers',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), staticHostHeaders());
      },
    },
  };
}
