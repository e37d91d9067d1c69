/**
 * Undoing a merge: one source of a merged event becomes its own event again, as it was read, and the others stay
 * together (or alone, when one is left). Pure: gives back new timeline data.
 */
import type { TimelineData } from '../state/timeline.svelte.ts';
import { compareEvents } from './compareEvents.ts';
import { combineEvents } from './mergeEvents.ts';
import type { TimelineEvent } from './types.ts';

/** The parts of an event, one per source; an imported event without `parts` is split by its sources. */
function partsOf(event: TimelineEvent): readonly TimelineEvent[] {
  if (event.parts && event.parts.length === event.sources.length) return event.parts;
  const { parts: _parts, merge: _merge, ...base } = event;
  return event.sources.map((source, i) => ({ ...base, id: i === 0 ? event.id : `${source.docId}:${source.timex.start}`, sources: [source] }));
}

export function splitEvent(data: TimelineData, eventId: string, sourceIndex: number): TimelineData {
  const event = data.events.find((e) => e.id === eventId);
  if (!event || event.sources.length < 2 || sourceIndex < 0 || sourceIndex >= event.sources.length) return data;
  const parts = partsOf(event);
  const taken = parts[sourceIndex]!;
  const rest = parts.filter((_, i) => i !== sourceIndex);
  const kept = rest.length === 1 ? rest[0]! : combineEvents(rest, `${event.merge?.reason ?? 'merged'}; ${taken.sources[0].docId} split off by hand`);
  const events = data.events.filter((e) => e !== event).concat(kept, taken).sort(compareEvents);
  return { ...data, events };
}
