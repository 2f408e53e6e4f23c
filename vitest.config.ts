import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are real, and the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // expect.poll waits for a state of the page; its default 1 s ceiling (each call to a busy Chromium included)
    // made a loaded machine fail tests that pass alone. 30 s is Playwright's own default wait.
    expect: { poll: { timeout: 30_000 } },
  },
});
