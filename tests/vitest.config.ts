import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { OFFLINE_PAGE_SETTINGS } from './unit/offline-page-settings';

const root = fileURLToPath(new URL('..', import.meta.url));

// CI reads the real pass and fail counts from this file (see .ci/run).
const resultsFile = process.env.SMM_DECK_TEST_RESULTS;

export default defineConfig({
  root,
  test: {
    reporters: resultsFile ? ['default', 'json'] : ['default'],
    outputFile: resultsFile ? { json: resultsFile } : undefined,
    projects: [
      {
        // The WXT plugin does not carry over the Preact preset, so both are listed.
        plugins: [WxtVitest({ root }), preact()],
        test: {
          name: 'unit',
          root,
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { settings: OFFLINE_PAGE_SETTINGS } },
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          root,
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
