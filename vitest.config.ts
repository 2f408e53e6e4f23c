import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are real, and the machine has two cores.
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
