/**
 * Our own format: the whole timeline, documents included, as JSON (docs/format.md): version 1 with events as objects,
 * or version 2 with events as rows.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { eventRow } from './eventRow.ts';
import { instantToIso } from './isoInstant.ts';
import {
  timelineFormat, timelineVersion, type Correction, type FileEvent, type FileUncertainty, type PortableEvent, type Timeline, type TimelineFile,
} from './timelineFile.ts';

export interface ExportJsonOptions {
  /** Spaces of indentation; 0 writes one line. Rows are written one to a line. */
  readonly indent: number;
  /** Events as objects, or as rows (`eventRow.ts`); `auto`, the default, writes rows from `rowsFrom` events on. */
  readonly layout?: EventLayout;
}

export type EventLayout = 'objects' | 'rows' | 'auto';

/**
 * From this many events on, `auto` writes rows: a file of thousands of events is read by programs, not people, and
 * in rows it is about half the size and `JSON.parse` takes about half the time on it.
 */
export const rowsFrom = 1_000;

export const defaultExportJsonOptions: ExportJsonOptions = { indent: 2 };

const writesRows = (events: number, layout: EventLayout = 'auto') => layout === 'rows' || (layout === 'auto' && events >= rowsFrom);

export function exportJson(timeline: Timeline, options: ExportJsonOptions = defaultExportJsonOptions): string {
  if (!writesRows(timeline.events.length, options.layout)) return `${JSON.stringify(toTimelineFile(timeline), null, options.indent || undefined)}\n`;
  return [...jsonParts(timeline, true, options.indent, timeline.events.length)].join('');
}

/**
 * `exportJson` on one line, as pieces: the members before `events`, then a slice of events at a time with
 * `await pause()` between slices, then the rest. A timeline of 100,000 events takes about a second to write out, which
 * as one task would freeze the page. Without `pause`, all at once (a page being closed has no time to wait).
 */
export async function* jsonPieces(timeline: Timeline, pause?: () => Promise<void>, slice = 2_000, layout?: EventLayout): AsyncGenerator<string> {
  let first = true;
  for (const part of jsonParts(timeline, writesRows(timeline.events.length, layout), 0, slice)) {
    if (!first && pause) await pause();
    first = false;
    yield part;
  }
}

/**
 * The file in parts of `slice` events each, one to a line when indented; the members before `events` come with the
 * first part and those after it with the last.
 */
function* jsonParts(timeline: Timeline, rows: boolean, indent: number, slice: number): Generator<string> {
  // Rows need version 2; a file of objects stays version 1, which older readers read.
  const file: Partial<TimelineFile> = { ...toTimelineFile({ ...timeline, events: [] }), version: rows ? timelineVersion : 1 };
  // The members before and after `events`, in the file's order, written whole; the events between them in slices.
  const keys = Object.keys(file) as (keyof TimelineFile)[];
  const at = keys.indexOf('events');
  const members = (from: number, to: number) => JSON.stringify(Object.fromEntries(keys.slice(from, to).map((k) => [k, file[k]])), null, indent || undefined);
  const [line, pad] = indent ? ['\n', ' '.repeat(indent)] : ['', ''];
  const head = members(0, at);
  const item = rows ? (e: PortableEvent) => JSON.stringify(eventRow(fileEvent(e))) : (e: PortableEvent) => JSON.stringify(fileEvent(e));
  let events = `${head.slice(0, head.lastIndexOf('}')).trimEnd()},${line}${pad}"events":${indent ? ' ' : ''}[`;
  for (let from = 0; from < timeline.events.length; from += slice) {
    if (from > 0) {
      yield events;
      events = ',';
    }
    events += `${line}${pad}${pad}${timeline.events.slice(from, from + slice).map(item).join(`,${line}${pad}${pad}`)}`;
  }
  const tail = members(at + 1, keys.length);
  yield `${events}${timeline.events.length ? line + pad : ''}]${tail === '{}' ? `${line}}` : `,${tail.slice(1)}`}\n`;
}

/** The file object; fields are copied one by one so that app-only fields never leak into the file. */
export function toTimelineFile(timeline: Timeline): TimelineFile {
  return {
    format: timelineFormat,
    version: 1,
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
