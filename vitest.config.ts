import { defineConfig } from 'vitest/config';

/**
 * The fast tier (`npm run test:unit`): no site build, no browser, no nginx.
 * `npm test` runs it and the full tier, which builds real sites and drives
 * Chromium and nginx against them.
 */
const UNIT = [
  'tests/unit/**/*.test.ts',
  'tests/content/**/*.test.ts',
  'tests/editor/**/*.test.ts',
  'tests/importer/**/*.test.ts',
  'tests/search/helpers.test.ts',
  'tests/quality/architecture.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are real, and the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // expect.poll waits for a state of the page; its default 1 s ceiling (each call to a busy Chromium included)
    // made a loaded machine fail tests that pass alone. 30 s is Playwright's own default wait.
    expect: { poll: { timeout: 30_000 } },
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'full', include: ['tests/**/*.test.ts'], exclude: UNIT } },
    ],
  },
});
