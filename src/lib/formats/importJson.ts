/** Reads our own JSON format back, validated: a file that does not pass `validateTimelineFile` gives its errors. */
import { inTimeOrder } from './inTimeOrder.ts';
import type { ImportResult, PortableEvent, Timeline, TimelineFile } from './timelineFile.ts';
import { validateTimelineFile } from './validateTimelineFile.ts';

export function importJson(text: string): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`the file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = validateTimelineFile(parsed);
  return result.ok ? { ok: true, timeline: timelineOfFile(result.file, result.events) } : result;
}

/** The timeline of a validated file, given the events its checks read (`TimelineFileChecker`), in time order. */
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
