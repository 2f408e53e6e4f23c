// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { staticHeaders } from './src/integrations/static-headers.ts';
import { footnoteOptions } from './src/i18n/vi.ts';
import { rehypeDocument } from './src/lib/rehype-document.ts';

export default defineConfig({
  site: process.env.ARCHIVE_SITE_URL || 'https://luutru.example.gov.vn',
  trailingSlash: 'always',
  // Separate caches let tests and benchmarks build several content roots side by side.
  ...(process.env.ARCHIVE_CACHE_DIR ? { cacheDir: process.env.ARCHIVE_CACHE_DIR } : {}),
  // The default 'jsx' mode drops whitespace between inline elements, gluing
  // Vietnamese words together on screen and in the search index.
  compressHTML: true,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // Astro 7's default processor ignores remark plugins; GFM (tables,
    // footnotes) needs the unified one. Smart quotes off: keep official text verbatim.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeDocument], remarkRehype: footnoteOptions }),
  },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), staticHeaders(), searchIndex()],
});
