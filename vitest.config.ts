import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Property tests: a fixed seed under CI (test/helpers/fast-check.ts).
    setupFiles: ['test/helpers/fast-check.ts'],
    // The CLI and worker-pool tests run dist/: rebuild it when the source is newer.
    globalSetup: ['test/helpers/fresh-build.ts'],
    testTimeout: 30_000,
    // Two cores: keep the pool small so CLI end-to-end tests do not starve each other.
    maxWorkers: 2,
  },
});
