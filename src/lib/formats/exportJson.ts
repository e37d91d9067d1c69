/** Our own format: the whole timeline, documents included, as version 1 JSON (docs/format.md). */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { instantToIso } from './isoInstant.ts';
import {
  timelineFormat, timelineVersion, type Correction, type FileEvent, type FileUncertainty, type PortableEvent, type Timeline, type TimelineFile,
} from './timelineFile.ts';

export interface ExportJsonOptions {
  /** Spaces of indentation; 0 writes one line. */
  readonly indent: number;
}

export const defaultExportJsonOptions: ExportJsonOptions = { indent: 2 };

export function exportJson(timeline: Timeline, options: ExportJsonOptions = defaultExportJsonOptions): string {
  return `${JSON.stringify(toTimelineFile(timeline), null, options.indent || undefined)}\n`;
}

/**
 * `exportJson` on one line, as pieces: the members before `events`, then a slice of events at a time with
 * `await pause()` between slices, then the rest. A timeline of 100,000 events takes about a second to write out, which
 * as one task would freeze the page. Without `pause`, all at once (a page being closed has no time to wait).
 */
export async function* jsonPieces(timeline: Timeline, pause?: () => Promise<void>, slice = 2_000): AsyncGenerator<string> {
  const file: Partial<TimelineFile> = toTimelineFile({ ...timeline, events: [] });
  // The members before and after `events`, in the file's order, written whole; the events between them in slices.
  const keys = Object.keys(file) as (keyof TimelineFile)[];
  const at = keys.indexOf('events');
  const members = (from: number, to: number) => JSON.stringify(Object.fromEntries(keys.slice(from, to).map((k) => [k, file[k]])));
  yield `${members(0, at).slice(0, -1)},"events":[`;
  for (let from = 0; from < timeline.events.length; from += slice) {
    if (from > 0 && pause) await pause();
    yield `${from > 0 ? ',' : ''}${timeline.events.slice(from, from + slice).map((e) => JSON.stringify(fileEvent(e))).join(',')}`;
  }
  const tail = members(at + 1, keys.length);
  yield `]${tail === '{}' ? '}' : `,${tail.slice(1)}`}\n`;
}

/** The file object; fields are copied one by one so that app-only fields never leak into the file. */
export function toTimelineFile(timeline: Timeline): TimelineFile {
  return {
    format: timelineFormat,
    version: timelineVersion,
    ...(timeline.title !== undefined ? { title: timeline.title } : {}),
    documents: timeline.documents.map(fileDocument),
    events: timeline.events.map(fileEvent),
    ...(timeline.undated ? { undated: timeline.undated } : {}),
    ...(timeline.entities ? { entities: timeline.entities } : {}),
    ...(timeline.story ? { story: { steps: timeline.story.steps.map((s) => ({ eventId: s.eventId, ...(s.note ? { note: s.note } : {}) })) } } : {}),
  };
}

function fileEvent(e: PortableEvent): FileEvent {
  return {
    id: e.id,
    value: e.value,
    type: e.type,
    ...(e.mod ? { mod: e.mod } : {}),
    granularity: e.granularity,
    start: instantToIso(e.start),
    end: instantToIso(e.end),
    title: e.title,
    sources: e.sources,
    ...(e.participants ? { participants: e.participants } : {}),
    ...(e.merge ? { merge: { reason: e.merge.reason } } : {}),
    ...(e.uncertainty ? { uncertainty: fileUncertainty(e.uncertainty) } : {}),
    ...(e.range ? { range: { kind: e.range.kind, to: e.range.to } } : {}),
    ...(e.correction ? { correction: fileCorrection(e.correction) } : {}),
  };
}

function fileCorrection(c: Correction): Correction {
  return { value: c.value, type: c.type, ...(c.mod ? { mod: c.mod } : {}), title: c.title, ...(c.removed ? { removed: true } : {}) };
}

function fileUncertainty(u: NonNullable<PortableEvent['uncertainty']>): FileUncertainty {
  return {
    ...(u.earliest !== undefined ? { earliest: instantToIso(u.earliest) } : {}),
    ...(u.latest !== undefined ? { latest: instantToIso(u.latest) } : {}),
    why: u.why,
  };
}

function fileDocument(d: SourceDocument): SourceDocument {
  return {
    id: d.id,
    name: d.name,
    ...(d.dct ? { dct: d.dct } : {}),
    ...(d.title !== undefined ? { title: d.title } : {}),
    ...(d.source !== undefined ? { source: d.source } : {}),
    ...(d.url !== undefined ? { url: d.url } : {}),
    text: d.text,
  };
}
