/**
 * TimelineJS3's spreadsheet, saved as CSV: the Google Sheets template most TimelineJS timelines are written in
 * (`Year`, `Month`, `Day`, `Time`, `End Year` … `Display Date`, `Headline`, `Text`, `Media` …, `Type`, `Group`).
 * Each row becomes a TimelineJS event and is read by the TimelineJS importer, so dates, HTML and quotes follow its
 * rules; errors are told in the sheet's terms: `row 5, column "Month": 13 is not a month (1–12)`. A `title` row
 * names the timeline; `era` rows (coloured bands without a story) are not events.
 */
import { readTimelineJS, type ImportTimelineJSOptions } from './importTimelineJS.ts';
import type { ImportResult } from './timelineFile.ts';

/** The date columns of the start (`Year`…) and of the end (`End Year`…). */
const dateColumns = ['year', 'month', 'day'] as const;

/** A sheet has the template's date and headline columns; CSV of our own export has neither. */
export function isTimelineJSSheet(header: readonly string[]): boolean {
  const names = new Set(header.map(columnKey));
  return names.has('year') && names.has('headline');
}

/** Header cells compared without case or spacing: "End Year", "end  year" and "End year" are one column. */
const columnKey = (h: string) => h.trim().toLowerCase().replace(/\s+/g, ' ');

export function importTimelineJSSheet(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: Partial<ImportTimelineJSOptions> = {},
): ImportResult {
  const columns = new Map(header.map((h, i) => [columnKey(h), i] as const));
  const headerName = new Map(header.map((h) => [columnKey(h), h.trim()] as const));
  const errors: string[] = [];
  const events: Record<string, unknown>[] = [];
  /** The spreadsheet row of each event (the header is row 1). */
  const rowOfEvent: number[] = [];
  let title: Record<string, unknown> | undefined;
  rows.forEach((cells, index) => {
    const row = index + 2;
    const cell = (key: string) => (columns.has(key) ? (cells[columns.get(key) ?? -1] ?? '').trim() : '');
    if (cells.every((c) => c.trim() === '')) return;
    const type = cell('type').toLowerCase();
    if (type === 'era') return;
    const text = { ...optional('headline', cell('headline')), ...optional('text', cell('text')) };
    if (type === 'title') {
      title ??= { text };
      return;
    }
    const start = dateOf(cell, '', row, headerName, errors);
    const end = [...dateColumns, 'time'].some((c) => cell(`end ${c}`) !== '') ? dateOf(cell, 'end ', row, headerName, errors) : undefined;
    if (!start || end === null) return;
    rowOfEvent.push(row);
    events.push({
      start_date: start,
      ...(end ? { end_date: end } : {}),
      text,
      ...optional('display_date', cell('display date')),
      ...optional('group', cell('group')),
    });
  });
  const result = readTimelineJS({ ...(title ? { title } : {}), events }, options);
  if (result.ok && !errors.length) return result;
  // The sheet's own errors and the importer's, in row order, as a spreadsheet user reads them.
  const all = [...errors, ...(result.ok ? [] : result.errors.map((e) => inSheetTerms(e, rowOfEvent, headerName)))];
  const rowOf = (e: string) => Number(/^row (\d+)/.exec(e)?.[1] ?? 0);
  return { ok: false, errors: all.sort((a, b) => rowOf(a) - rowOf(b)) };
}

const optional = (key: string, value: string) => (value ? { [key]: value } : {});

/**
 * The TimelineJS date of a row's start or end (`prefix` "end "): the number cells as they are (the importer checks
 * them) and the `Time` cell split into hours, minutes and seconds. Undefined when the start has no year (reported),
 * null when a cell is bad (reported).
 */
function dateOf(
  cell: (key: string) => string,
  prefix: '' | 'end ',
  row: number,
  headerName: ReadonlyMap<string, string>,
  errors: string[],
): Record<string, string | number> | undefined | null {
  const column = (key: string) => headerName.get(`${prefix}${key}`) ?? `${prefix ? 'End ' : ''}${key[0]!.toUpperCase()}${key.slice(1)}`;
  const date: Record<string, string | number> = {};
  for (const key of dateColumns) {
    const value = cell(`${prefix}${key}`);
    if (value) date[key] = value;
  }
  if (date.year === undefined) {
    errors.push(`row ${row}, column "${column('year')}": ${prefix ? 'an end needs its year' : 'every event needs a year'}`);
    return prefix ? null : undefined;
  }
  const written = cell(`${prefix}time`);
  if (!written) return date;
  const time = clockTime(written);
  if (!time) {
    errors.push(`row ${row}, column "${column('time')}": "${written}" is not a time of day (write 13:15, 13:15:30 or 1:15 PM)`);
    return null;
  }
  return { ...date, ...time };
}

/**
 * `13:15`, `13:15:30`, `1:15 PM`, `1 pm`: the hour, minute and second given. A workbook stores a time as the part of
 * a day that has gone by (`0.5520833` is 13:15), which its cell shows formatted: that is read too.
 */
function clockTime(text: string): { hour: number; minute?: number; second?: number } | undefined {
  if (/^0?\.\d+$/.test(text.trim())) {
    const seconds = Math.round(Number(text) * 86400);
    const [hour, minute, second] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
    return hour > 23 ? undefined : { hour, minute, ...(second ? { second } : {}) };
  }
  const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(?:m\.?)?$/i.exec(text.trim());
  if (!m || (m[2] === undefined && !m[4])) return undefined;
  let hour = Number(m[1]);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const minute = m[2] === undefined ? undefined : Number(m[2]);
  const second = m[3] === undefined ? undefined : Number(m[3]);
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return { hour, ...(minute !== undefined ? { minute } : {}), ...(second !== undefined ? { second } : {}) };
}

/** The sheet's cells for the importer's paths: `start_date.month` is "Month", `end_date.hour` "End Time". */
const pathColumns: Readonly<Record<string, string>> = {
  'start_date.year': 'year', 'start_date.month': 'month', 'start_date.day': 'day',
  'start_date.hour': 'time', 'start_date.minute': 'time', 'start_date.second': 'time', 'start_date': 'year',
  'end_date.year': 'end year', 'end_date.month': 'end month', 'end_date.day': 'end day',
  'end_date.hour': 'end time', 'end_date.minute': 'end time', 'end_date.second': 'end time', 'end_date': 'end year',
  'text.headline': 'headline', 'text.text': 'text', 'text.text.text': 'text', 'display_date': 'display date', 'group': 'group',
};

/** `$.events[3].start_date.month: 13 is not a month` as `row 5, column "Month": 13 is not a month`. */
function inSheetTerms(error: string, rowOfEvent: readonly number[], headerName: ReadonlyMap<string, string>): string {
  const m = /^\$\.events\[(\d+)\](?:\.([\w.]+))?: (.*)$/s.exec(error);
  if (!m) return error;
  const row = rowOfEvent[Number(m[1])];
  const path = m[2] ?? '';
  const key = pathColumns[path];
  const column = key ? headerName.get(key) ?? key : undefined;
  // "is before start_date" said of end_date, "is given without month" of a day: the subject comes first.
  const subject = path === 'end_date' ? 'the end' : `the ${path.split('.').at(-1)?.replace('_date', '') ?? 'value'}`;
  const message = (m[3] ?? '').replace(/\bstart_date\b/g, 'the start').replace(/\bend_date\b/g, 'the end');
  return `row ${row}${column ? `, column "${column}"` : ''}: ${/^is\b/.test(message) ? `${subject} ${message}` : message}`;
}
