/**
 * The embed build: `<event-timeline>` as one ES module (dist/embed.js) and one classic script (dist/embed.iife.js,
 * for file:// pages and CMSs that cannot load modules). Every component is compiled as a custom element so that
 * their styles go into the shadow root, with rem lengths as px (the page's root font size would scale them). Runs after
 * the app's build, into the same dist/ (see tests/e2e/globalSetup.ts).
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { PreprocessorGroup } from 'svelte/compiler';
import { gzipSync } from 'node:zlib';
import svelteConfig from './svelte.config.js';
import { remToPx } from './scripts/remToPx.ts';

/** Rewrites the components' rem lengths as px (scripts/remToPx.ts); the app's build keeps them. */
const remToPxStyles: PreprocessorGroup = { name: 'rem-to-px', style: ({ content }) => ({ code: remToPx(content) }) };

/** Prints each output file's size, raw and gzipped: the embed's weight on a host page. */
function reportSize(): Plugin {
  return {
    name: 'report-embed-size',
    writeBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
        console.log(`embed size: ${name} ${kB(Buffer.byteLength(chunk.code))}, gzip ${kB(gzipSync(chunk.code, { level: 9 }).length)}`);
      }
    },
  };
}

export default defineConfig({
  // The inline preprocess replaces svelte.config.js's; its own preprocessors run first.
  plugins: [svelte({ compilerOptions: { customElement: true }, preprocess: [svelteConfig.preprocess, remToPxStyles] }), reportSize()],
  publicDir: false,
  build: {
    outDir: process.env.EMBED_OUT_DIR || 'dist',
    emptyOutDir: false,
    minify: true,
    // Vite leaves the whitespace of an ES library for the app bundler that consumes it; this file goes straight to pages.
    rolldownOptions: { output: { minify: true } },
    lib: {
      entry: 'src/embed.ts',
      name: 'EventTimelineEmbed',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'embed.js' : 'embed.iife.js'),
    },
  },
});
