/** Reads our own JSON format back, validated: a file that does not pass `validateTimelineFile` gives its errors. */
import { inTimeOrder } from './inTimeOrder.ts';
import { isoToInstant } from './isoInstant.ts';
import type { FileEvent, ImportResult, PortableEvent, Timeline, TimelineFile } from './timelineFile.ts';
import { validateTimelineFile } from './validateTimelineFile.ts';

export function importJson(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`the file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = validateTimelineFile(parsed);
  return result.ok ? { ok: true, timeline: fromTimelineFile(result.file) } : result;
}

/** The in-memory timeline of a validated file: instants back to epoch milliseconds, events in time order. */
export function fromTimelineFile(file: TimelineFile): Timeline {
  return timelineOfFile(file, file.events.map(portableEvent));
}

/** One event of a validated file in memory: its instants as epoch milliseconds. */
export function portableEvent(event: FileEvent): PortableEvent {
  // A spread and two overwrites: a rest pattern (`{ start, ...rest }`) takes V8's slow path, a second a file of 100,000 events.
  const { uncertainty } = event;
  const copy = { ...event, start: instant(event.start), end: instant(event.end) };
  if (!uncertainty) return copy as PortableEvent;
  return {
    ...copy,
    uncertainty: {
      ...(uncertainty.earliest !== undefined ? { earliest: instant(uncertainty.earliest) } : {}),
      ...(uncertainty.latest !== undefined ? { latest: instant(uncertainty.latest) } : {}),
      why: uncertainty.why,
    },
  };
}

/** The timeline of a validated file whose events are already in memory (`portableEvent`), for readers that convert as they go. */
export function timelineOfFile(file: TimelineFile, events: PortableEvent[]): Timeline {
  return {
    ...(file.title !== undefined ? { title: file.title } : {}),
    documents: file.documents,
    events: inTimeOrder(events),
    ...(file.undated ? { undated: file.undated } : {}),
    ...(file.entities ? { entities: file.entities } : {}),
    ...(file.story ? { story: file.story } : {}),
  };
}

// The validator has checked every instant, so the fallback never applies.
const instant = (iso: string) => isoToInstant(iso) ?? 0;
