import type { PortableEvent } from './timelineFile.ts';

/**
 * Imported events in time order (earlier first, longer first on a tie). The sort is stable, so events the file
 * gives at the same time keep the file's order: their offsets may point into stand-in documents, where offset
 * order means nothing.
 */
export function inTimeOrder(events: PortableEvent[]): PortableEvent[] {
  return events.sort((a, b) => a.start - b.start || b.end - a.end);
}
