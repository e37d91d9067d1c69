import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  // svelte-check sees only these static options, not the per-file customElement flag below.
  compilerOptions: { warningFilter: (w) => w.code !== 'options_missing_custom_element' },
  vitePlugin: {
    // `*.ce.svelte` is the <event-timeline> custom element; compiled as one so that `$host()` works in the app build
    // and in svelte-check. The embed build (vite.embed.config.ts) compiles every component this way.
    dynamicCompileOptions({ filename }) {
      if (filename.endsWith('.ce.svelte')) return { customElement: true };
    },
  },
};
