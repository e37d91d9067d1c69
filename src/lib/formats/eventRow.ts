/**
 * The row form of an event in our JSON file: the same fields as the object form in a fixed order, and each passage as
 * its offsets alone, its texts being those of the document at those offsets. A timeline of thousands of events is
 * about half the size in rows and parses in about half the time, since a parser builds one array per event instead of
 * five objects and reads no field names and no repeated passages.
 *
 * ```json
 * ["call:31", "2024-04-03", "DATE", "day", "2024-04-03T00:00:00.000Z", "2024-04-04T00:00:00.000Z",
 *  "the minister called on Wednesday", [["call", 31, 40, 0, 41]], { "mod": "APPROX" }]
 * ```
 */
import { isRecord } from './jsonChecker.ts';
import { eventFields, type FileEvent } from './timelineFile.ts';

/** A passage as a row holds it: `[docId, timex start, timex end, sentence start, sentence end]`. */
export type SourceRow = readonly [string, number, number, number, number];

/** A row holds an event's required fields in the order of `eventFields.required`, then, when it has any, its optional ones. */
type Optional = Omit<FileEvent, (typeof eventFields.required)[number]>;

export type EventRow =
  | readonly [string, string, FileEvent['type'], FileEvent['granularity'], string, string, string, readonly SourceRow[]]
  | readonly [string, string, FileEvent['type'], FileEvent['granularity'], string, string, string, readonly SourceRow[], Optional];

/** The event as a row: its optional fields, when it has any, in the ninth item. */
export function eventRow(e: FileEvent): EventRow {
  const { id, value, type, granularity, start, end, title, sources, ...optional } = e;
  const sourceRows = sources.map((s): SourceRow => [s.docId, s.timex.start, s.timex.end, s.sentence.start, s.sentence.end]);
  const head = [id, value, type, granularity, start, end, title, sourceRows] as const;
  return Object.keys(optional).length ? [...head, optional] : head;
}

/**
 * The object form of a row, its passages' texts taken from `texts` (document texts by id), for the checks of the
 * object form to run on; or, when it is not a row of 8 or 9 items with passages of five, what is wrong with it. A bad
 * field is left as it is for those checks to report; a passage whose document or offsets are bad gets no text.
 */
export function eventOfRow(row: readonly unknown[], texts: ReadonlyMap<string, string>): Record<string, unknown> | string {
  if (row.length !== 8 && row.length !== 9) return `expected an event object, or a row of 8 or 9 items (${eventFields.required.join(', ')}, then optional fields), got ${row.length} items`;
  const optional = row[8];
  if (row.length === 9) {
    if (!isRecord(optional)) return 'expected the optional fields of a row (its ninth item) as an object';
    const other = Object.keys(optional).find((key) => !(eventFields.optional as readonly string[]).includes(key));
    if (other !== undefined) return `${JSON.stringify(other)} is not an optional field of an event (the ninth item of a row holds ${eventFields.optional.join(', ')})`;
  }
  const sources = row[7];
  if (!Array.isArray(sources)) return 'expected the passages of a row (its eighth item) as an array';
  const passages: unknown[] = [];
  for (const source of sources as unknown[]) {
    if (!Array.isArray(source) || source.length !== 5) return 'expected each passage of a row as [docId, timex start, timex end, sentence start, sentence end]';
    const docId: unknown = source[0];
    const text = typeof docId === 'string' ? texts.get(docId) : undefined;
    passages.push({ docId, timex: span(text, source[1], source[2]), sentence: span(text, source[3], source[4]) });
  }
  const fields = { id: row[0], value: row[1], type: row[2], granularity: row[3], start: row[4], end: row[5], title: row[6], sources: passages };
  return optional === undefined ? fields : { ...fields, ...optional };
}

function span(docText: string | undefined, start: unknown, end: unknown) {
  const text = typeof start === 'number' && typeof end === 'number' && docText !== undefined ? docText.slice(start, end) : '';
  return { start, end, text };
}
