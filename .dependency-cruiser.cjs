/**
 * The layers of docs/architecture.md, as rules `npm run lint` enforces
 * (tests/quality/architecture.test.ts shows each rule failing on a
 * deliberate violation). Type-only imports count: a cycle through types
 * still ties two modules together.
 */
const OURS_BUT = (...allowed) => `^src/(?!${allowed.join('|')})`;
const NODE_IO = ['fs', 'fs/promises', 'child_process', 'os', 'worker_threads', 'net', 'http', 'https'];

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', comment: 'Modules never import each other in a circle.', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain/ holds the rules: it imports only itself and the strings, never Astro or input/output.',
      from: { path: '^src/domain/' },
      to: { path: [OURS_BUT('domain/', 'i18n/'), '^node_modules/(astro|@astrojs|vite)/', ...NODE_IO.map((m) => `^${m}$`), '^astro:'] },
    },
    {
      name: 'render-is-pure',
      severity: 'error',
      comment: 'Body rendering is a function of the body: domain and strings only.',
      from: { path: '^src/render/' },
      to: { path: [OURS_BUT('render/', 'domain/', 'i18n/'), '^node_modules/(astro|@astrojs|vite)/', ...NODE_IO.map((m) => `^${m}$`)] },
    },
    {
      name: 'search-modules-are-pure',
      severity: 'error',
      comment: 'src/search/*.ts serve the build and the browser alike.',
      from: { path: '^src/search/[^/]+\\.ts$' },
      to: {
        path: [OURS_BUT('search/[^/]+\\.ts$', 'domain/', 'i18n/'), '^node_modules/(astro|@astrojs|vite)/', ...NODE_IO.map((m) => `^${m}$`)],
      },
    },
    {
      name: 'browser-code-stays-in-the-browser',
      severity: 'error',
      comment: 'The search page script: the pure search modules, domain and strings, no Node.',
      from: { path: '^src/search/browser/' },
      to: { path: [OURS_BUT('search/browser/', 'search/[^/]+\\.ts$', 'domain/', 'i18n/'), '^node:', ...NODE_IO.map((m) => `^${m}$`)] },
    },
    {
      name: 'content-below-pages',
      severity: 'error',
      comment: 'Reading content never depends on pages, integrations, search or the editor tools.',
      from: { path: '^src/content/' },
      to: { path: '^src/(pages|components|layouts|integrations|search|editor)/' },
    },
    {
      name: 'settings-read-at-the-edges',
      severity: 'error',
      comment: 'Only adapters, pages and entry points ask for the settings; rules get values passed in.',
      from: { path: '^src/(domain|render|search/[^/]+\\.ts$|search/browser)' },
      to: { path: '^src/settings\\.ts$' },
    },
    {
      name: 'src-knows-no-tools',
      severity: 'error',
      comment: 'The site never imports the command line, the harness, benchmarks or tests.',
      from: { path: '^(src/|astro\\.config)' },
      to: { path: '^(cli|harness|bench|tests)/' },
    },
    {
      name: 'bench-does-not-reach-into-tests',
      severity: 'error',
      comment: 'Benchmarks and tests share harness/; neither reaches into the other.',
      from: { path: '^(bench|harness)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'harness-is-shared',
      severity: 'error',
      from: { path: '^harness/' },
      to: { path: '^bench/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^tests/fixtures/|^tests/\\.tmp/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.astro'] },
  },
};
