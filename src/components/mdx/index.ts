/** The components MDX bodies may use; the allow-list in lib/mdx-safety.ts names the same keys. */
import GhiChu from './GhiChu.astro';

export const mdxComponents = { GhiChu };
