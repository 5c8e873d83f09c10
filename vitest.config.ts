/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs on source alone; `site` reads the built site in dist/ (and drives
// Chromium for the browser tests), so `npm test` builds between them.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
