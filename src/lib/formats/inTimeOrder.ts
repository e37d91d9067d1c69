import type { PortableEvent } from './timelineFile.ts';

/**
 * Imported events in time order (earlier first, longer first on a tie). The sort is stable, so events the file
 * gives at the same time keep the file's order: their offsets may point into stand-in documents, where offset
 * order means nothing.
 */
export function inTimeOrder(events: PortableEvent[]): PortableEvent[] {
  const before = (a: PortableEvent, b: PortableEvent) => a.start - b.start || b.end - a.end;
  // Our own files are written in time order: checking that is linear, where sorting 100,000 events is not.
  for (let i = 1; i < events.length; i++) if (before(events[i - 1]!, events[i]!) > 0) return events.sort(before);
  return events;
}
