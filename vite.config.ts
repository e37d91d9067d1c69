/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { seedsPlugin } from './scripts/vite-plugin-seeds.ts';

export default defineConfig({
  // SEEDS_DIR builds the app on another folder of documents (the tests use it for a folder of bad files).
  plugins: [svelte(), seedsPlugin({ dir: process.env.SEEDS_DIR || 'seeds' })],
  // The dev server's dependency scan starts from the app's page only: the embed example in public/ loads the built
  // embed.js, which the scan cannot resolve, and a failed scan leaves dependencies to be found while the page loads,
  // each find reloading it.
  // The document reader's worker is not reached by that scan: its dependencies are named, so that they are bundled as
  // the server starts rather than while the first document is read (a late optimisation may reload the page).
  optimizeDeps: { entries: ['index.html'], include: ['compromise/two', 'fflate', 'unpdf'] },
  // The document reader's worker is a module, so that PDF.js (large, for PDFs only) is a chunk of its own, fetched the
  // first time a PDF is read.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
