import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const here = import.meta.dirname;

/** Builds the benchmark's two pages: our chart alone, and the bare canvas reference. */
export default defineConfig({
  root: here,
  base: './',
  plugins: [svelte({ configFile: resolve(here, '../../svelte.config.js') })],
  build: {
    target: 'es2022',
    emptyOutDir: true,
    rollupOptions: { input: { chart: resolve(here, 'chart.html'), reference: resolve(here, 'reference.html') } },
  },
  logLevel: 'warn',
});
