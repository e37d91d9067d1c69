declare module 'virtual:seed-documents' {
  import type { TimelineData } from './lib/state/timeline.svelte.ts';
  /** The documents of the seeds folder and their events, extracted at build time. */
  const data: TimelineData;
  export default data;
}
