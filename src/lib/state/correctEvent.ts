/**
 * Corrections a person makes to what the extractor read: a new date or title for an event, an event that is not one
 * taken off the timeline, and such a one put back. Pure: timeline data in, new timeline data out, or an error that
 * says what is wrong and leaves the data as it was.
 *
 * Every corrected event carries a `correction` with the extractor's own reading (value, type, mod, title), written at
 * the first correction and kept after, so that an exported file says which events a person changed and from what.
 */
import { compareEvents } from '../events/compareEvents.ts';
import { durationMs } from '../events/ranges.ts';
import type { EventRange, TimelineEvent } from '../events/types.ts';
import { valueToInterval } from '../extract/valueToInterval.ts';
import type { Correction, PortableEvent, UndatedMention } from '../formats/timelineFile.ts';
import { placeTypedValue, readTypedDate } from './readTypedDate.ts';
import type { TimelineData } from './timeline.svelte.ts';

/** What a person changes; a field left out stays as it is. */
export interface EventEdit {
  /** The date as typed (`readTypedDate`). */
  readonly date?: string;
  readonly title?: string;
}

export type CorrectionError =
  | { readonly kind: 'unknown-event'; readonly message: string }
  | { readonly kind: 'date'; readonly message: string }
  | { readonly kind: 'title'; readonly message: string };

export type CorrectionResult =
  | { readonly ok: true; readonly data: TimelineData }
  | { readonly ok: false; readonly error: CorrectionError };

const unknown = (id: string, what = 'event'): CorrectionResult => ({
  ok: false,
  error: { kind: 'unknown-event', message: `There is no ${what} with the id “${id}”.` },
});

/** The correction an event has, or a new one holding what the extractor read. */
function correctionOf(event: PortableEvent): Correction {
  return event.correction ?? { value: event.value, type: event.type, ...(event.mod ? { mod: event.mod } : {}), title: event.title };
}

/** Dates and titles changed; the data itself (same object) when the edit changes nothing. */
export function correctEvent(data: TimelineData, id: string, edit: EventEdit): CorrectionResult {
  const event: PortableEvent | undefined = data.events.find((e) => e.id === id);
  if (!event) return unknown(id);
  const title = edit.title?.trim().replace(/\s+/g, ' ');
  if (title === '') return { ok: false, error: { kind: 'title', message: 'A title cannot be empty.' } };
  const reading = edit.date === undefined ? undefined : readTypedDate(edit.date);
  if (reading && !reading.ok) return { ok: false, error: { kind: 'date', message: reading.error } };
  const date = reading?.date;
  const newDate = date !== undefined && (date.value !== event.value || date.mod !== event.mod);
  const newTitle = title !== undefined && title !== event.title;
  if (!newDate && !newTitle) return { ok: true, data };

  // A person's date replaces the extractor's placement whole: a range or fuzziness the text gave no longer applies.
  // `parts` (the events as read before a merge) would put the old dates back if the event were split, so they go too.
  const { mod: _mod, uncertainty: _uncertainty, range: _range, parts: _parts, ...kept } = event;
  const corrected: PortableEvent = {
    ...(newDate ? kept : event),
    ...(newDate ? date : {}),
    ...(newTitle ? { title } : {}),
    correction: correctionOf(event),
  };
  return { ok: true, data: { ...data, events: placeInTimeOrder(data.events.filter((e) => e !== event), corrected) } };
}

/**
 * Takes an event that is not one off the timeline. Like the "reject" of annotation tools, a removal is kept, not
 * deleted: the mention moves to the undated list with its passages and the date it had, flagged as removed by a
 * person. Exports of dates (CSV, calendars) leave it out as they leave out any undated mention, the JSON file keeps
 * it, and `restoreEvent` puts it back.
 */
export function removeEvent(data: TimelineData, id: string): CorrectionResult {
  const event: PortableEvent | undefined = data.events.find((e) => e.id === id);
  if (!event) return unknown(id);
  const mention: UndatedMention = {
    id: event.id,
    title: event.title,
    value: event.value,
    type: event.type,
    ...(event.mod ? { mod: event.mod } : {}),
    sources: event.sources,
    ...(event.participants ? { participants: event.participants } : {}),
    ...(event.merge ? { merge: event.merge } : {}),
    ...(event.range ? { range: event.range } : {}),
    correction: { ...correctionOf(event), removed: true },
  };
  // The story keeps the event's steps: they are skipped while it is off the timeline and come back with Put back.
  return { ok: true, data: { ...data, events: data.events.filter((e) => e !== event), undated: [...(data.undated ?? []), mention] } };
}

/** Mentions a person removed from the timeline, which `restoreEvent` can put back. */
export function removedMentions(undated: readonly UndatedMention[]): UndatedMention[] {
  return undated.filter((u) => u.correction?.removed);
}

/**
 * Puts a removed event back on the timeline at the date it had, rebuilt from what the file keeps: its value and mod,
 * and the span it had (`range`: "from March to May", "since October 2022", "the three-week strike").
 */
export function restoreEvent(data: TimelineData, id: string): CorrectionResult {
  const mention: UndatedMention | undefined = data.undated?.find((u) => u.id === id);
  if (!mention?.correction?.removed || mention.value === undefined) return unknown(id, 'removed event');
  const { removed: _removed, ...original } = mention.correction;
  const placed = placeTypedValue(mention.value, mention.mod);
  if (!placed) return { ok: false, error: { kind: 'date', message: `The date ${mention.value} of “${mention.title}” has no place on the calendar.` } };
  const event: PortableEvent = {
    id: mention.id,
    ...placed,
    ...(mention.range ? spanOf(placed.start, mention.range) : {}),
    type: mention.type ?? placed.type,
    title: mention.title,
    sources: mention.sources,
    ...(mention.participants ? { participants: mention.participants } : {}),
    ...(mention.merge ? { merge: mention.merge } : {}),
    // Still a person's work: the extractor's reading stays beside it, even when the two agree again.
    correction: original,
  };
  const undated = (data.undated ?? []).filter((u) => u !== mention);
  return { ok: true, data: { ...data, events: placeInTimeOrder(data.events, event), undated } };
}

/** The span of a range as the extractor placed it (ranges.ts): to the end of `to`, or for as long as `to` lasts. */
function spanOf(start: number, range: EventRange): { end: number; range: EventRange } | undefined {
  const end = range.kind === 'duration' ? start + (durationMs(range.to) ?? 0) : valueToInterval(range.to)?.interval.end;
  return end !== undefined && end > start ? { end, range } : undefined;
}

/** Events in time order with one more, inserted where `compareEvents` puts it. */
function placeInTimeOrder(events: readonly TimelineEvent[], event: TimelineEvent): TimelineEvent[] {
  let at = events.findIndex((e) => compareEvents(event, e) < 0);
  if (at < 0) at = events.length;
  return [...events.slice(0, at), event, ...events.slice(at)];
}
