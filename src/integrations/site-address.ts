/**
 * Build step 0: a build for the web needs the site's own address
 * (src/settings.ts, siteUrlRefusal). Checked before the content, so a
 * deployment that forgot ARCHIVE_SITE_URL stops at once with the fix;
 * `astro dev` keeps the placeholder.
 */
import type { AstroIntegration } from 'astro';
import { siteUrlRefusal, type Settings } from '../settings.ts';

export function siteAddress(config: Pick<Settings, 'siteUrl'>): AstroIntegration {
  return {
    name: 'archive:site-address',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const refusal = command === 'build' ? siteUrlRefusal(config) : null;
        if (refusal) throw new Error(refusal);
      },
    },
  };
}
