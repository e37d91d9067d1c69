import type { TimelineEvent } from './types.ts';

/** Time order: earlier start first, then the longer event, then document and offset. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    a.sources[0].docId.localeCompare(b.sources[0].docId) ||
    a.sources[0].timex.start - b.sources[0].timex.start
  );
}
