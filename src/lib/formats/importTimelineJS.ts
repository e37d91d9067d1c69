/**
 * Reads TimelineJS3 JSON. Its text fields are HTML from anywhere, so they only pass through `htmlToPlainText`:
 * nothing of the markup survives. Dates give the interval; the TIMEX3 value is the one that spans it exactly.
 * The quote is the first `<blockquote>` of the text (the whole text when there is none) and the time expression
 * its first `<mark>` (the whole quote when there is none). The `group` names the document.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { TimexMod } from '../extract/types.ts';
import { inTimeOrder } from './inTimeOrder.ts';
import { formatEventDate } from '../format/formatEventDate.ts';
import { htmlToPlainText } from './htmlToPlainText.ts';
import { inferTimex } from './inferTimex.ts';
import { JsonChecker, pathOf, show } from './jsonChecker.ts';
import { PassageBook } from './passageBook.ts';
import { afterUnit, dateUnits, instantOfParts, unitOfParts, type TimelineJSDate } from './timelineJsDate.ts';
import { timexMods, type ImportResult, type PortableEvent } from './timelineFile.ts';

export interface ImportTimelineJSOptions {
  /** Documents the events may point into (matched by name, title or id); others get a stand-in made of their quotes. */
  readonly documents: readonly SourceDocument[];
  /** Document name for events without a group. */
  readonly name: string;
}

export const defaultImportTimelineJSOptions: ImportTimelineJSOptions = { documents: [], name: 'timeline' };

const ranges: Readonly<Record<string, readonly [number, number]>> = {
  month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59], second: [0, 59], millisecond: [0, 999],
};

export function importTimelineJS(text: string, options: Partial<ImportTimelineJSOptions> = {}): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`the file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return readTimelineJS(parsed, options);
}

/** A TimelineJS3 timeline already parsed (from JSON, or built from its spreadsheet's rows). */
export function readTimelineJS(parsed: unknown, options: Partial<ImportTimelineJSOptions> = {}): ImportResult {
  const { documents, name } = { ...defaultImportTimelineJSOptions, ...options };
  const check = new JsonChecker();
  const root = check.record(parsed, '$');
  if (!root) return { ok: false, errors: check.errors() };
  const titleSlide = check.optional(root, 'title', '$', (v, p) => check.record(v, p));
  const titleObject = titleSlide && check.optional(titleSlide, 'text', '$.title', (v, p) => check.record(v, p));
  const titleText = oneLine(htmlField(check, titleObject, '$.title.text', 'headline'));

  if (!Object.hasOwn(root, 'events')) check.error('$.events', 'required field is missing');
  const book = new PassageBook(documents);
  const events: PortableEvent[] = [];
  const ids = new Map<string, string>();
  check.array(root.events, '$.events')?.forEach((item, i) => {
    const path = pathOf('$.events', i);
    const event = readEvent(check, item, path, book, name);
    if (!event) return;
    const first = ids.get(event.id);
    if (first !== undefined) return check.error(pathOf(path, 'unique_id'), `${show(event.id)} is already used by ${first}`);
    ids.set(event.id, path);
    events.push(event);
  });
  if (!check.ok) return { ok: false, errors: check.errors() };
  return {
    ok: true,
    timeline: { ...(titleText ? { title: titleText } : {}), documents: book.documents(), events: inTimeOrder(events) },
  };
}

/** One TimelineJS event as ours, its quote placed in the book; undefined (after reporting) when it is bad. */
function readEvent(check: JsonChecker, item: unknown, path: string, book: PassageBook, name: string): PortableEvent | undefined {
  const e = check.record(item, path);
  if (!e) return undefined;
  if (!Object.hasOwn(e, 'start_date')) check.error(pathOf(path, 'start_date'), 'required field is missing');
  const start = readDate(check, e.start_date, pathOf(path, 'start_date'));
  const end = Object.hasOwn(e, 'end_date') ? readDate(check, e.end_date, pathOf(path, 'end_date')) : undefined;
  if (!start || (Object.hasOwn(e, 'end_date') && !end)) return undefined;
  const startMs = instantOfParts(start);
  const unit = unitOfParts(start);
  const endMs = end ? afterUnit(instantOfParts(end), unitOfParts(end)) : afterUnit(startMs, unit);
  if (endMs <= startMs) {
    check.error(pathOf(path, 'end_date'), 'is before start_date');
    return undefined;
  }
  const { value, granularity } = inferTimex(startMs, endMs, unit);

  const textPath = pathOf(path, 'text');
  const textObject = check.optional(e, 'text', path, (v, p) => check.record(v, p));
  const title = oneLine(htmlField(check, textObject, textPath, 'headline'));
  const bodyHtml = htmlField(check, textObject, textPath, 'text');
  const body = bodyHtml ? htmlToPlainText(bodyHtml, { within: 'blockquote' }) : undefined;
  const display = check.optional(e, 'display_date', path, (v, p) => check.string(v, p));
  const group = oneLine(check.optional(e, 'group', path, (v, p) => check.string(v, p)) ?? '');
  const uniqueId = check.optional(e, 'unique_id', path, (v, p) => check.string(v, p));
  const mod = modOfDisplayDate(display, { value, granularity, start: startMs });

  // An event without text is still quoted by something, so that its source points at words.
  const quote = body?.text || title || display || formatEventDate({ value, granularity, start: startMs });
  const mark = body?.text ? body.marks[0] : undefined;
  const placed = book.place({ document: group || name, quote, ...(mark ? { timexInQuote: mark } : {}) });
  if (!placed.ok) {
    check.error(pathOf(textPath, 'text'), placed.message);
    return undefined;
  }
  return {
    id: uniqueId || `${placed.source.docId}:${placed.source.timex.start}`,
    value,
    type: value.includes('T') ? 'TIME' : 'DATE',
    ...(mod ? { mod } : {}),
    granularity,
    start: startMs,
    end: endMs,
    title: title || quote,
    sources: [placed.source],
  };
}

/** The TIMEX3 mod whose wording (`early 2024`, `about March 2024`) the display date is exactly, if any. */
function modOfDisplayDate(display: string | undefined, event: Parameters<typeof formatEventDate>[0]): TimexMod | undefined {
  if (display === undefined || formatEventDate(event) === display) return undefined;
  return timexMods.find((mod) => formatEventDate({ ...event, mod }) === display);
}

/** An HTML string field of a TimelineJS text object ('' when absent). */
function htmlField(check: JsonChecker, text: Record<string, unknown> | undefined, path: string, key: string): string {
  if (!text || !Object.hasOwn(text, key)) return '';
  return check.string(text[key], pathOf(path, key)) ?? '';
}

/** HTML made plain text on one line: for headlines and group names. */
function oneLine(html: string): string {
  return htmlToPlainText(html).text.replace(/\s+/g, ' ').trim();
}

/** A TimelineJS date object: whole numbers (TimelineJS files often write them as strings), in range, no gaps. */
function readDate(check: JsonChecker, value: unknown, path: string): TimelineJSDate | undefined {
  const d = check.record(value, path);
  if (!d) return undefined;
  if (!Object.hasOwn(d, 'year')) {
    check.error(pathOf(path, 'year'), 'required field is missing');
    return undefined;
  }
  const parts: Record<string, number> = {};
  let ok = true;
  for (const key of [...dateUnits, 'millisecond']) {
    const raw = d[key];
    if (raw === undefined || raw === null || raw === '') continue;
    const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : NaN;
    const range = ranges[key];
    if (!Number.isInteger(n)) {
      check.error(pathOf(path, key), `${show(raw)} is not a whole number`);
      ok = false;
    } else if (range && (n < range[0] || n > range[1])) {
      check.error(pathOf(path, key), `${n} is not a ${key} (${range[0]}–${range[1]})`);
      ok = false;
    } else {
      parts[key] = n;
    }
  }
  if (!ok) return undefined;
  const given = dateUnits.map((u) => parts[u] !== undefined);
  const gap = given.findIndex((g, i) => g && i > 0 && !given[i - 1]);
  if (gap > 0) {
    check.error(pathOf(path, dateUnits[gap] ?? ''), `is given without ${dateUnits[gap - 1]}`);
    return undefined;
  }
  const date = parts as unknown as TimelineJSDate;
  if (date.day !== undefined && new Date(instantOfParts(date)).getUTCDate() !== date.day) {
    check.error(pathOf(path, 'day'), `${date.year}-${date.month}-${date.day} is not a real day`);
    return undefined;
  }
  return date;
}
