/**
 * Reads the CSV that `exportCsv` writes (columns in any order; unknown columns ignored), or TimelineJS3's spreadsheet
 * saved as CSV (`importTimelineJSSheet`), told by its `Year` and `Headline` columns. Needed: `title`, `quote`,
 * and `value` or `start`; the others are filled in from the value when empty. Bad data gives an error naming the
 * row (the header is row 1) and the column: `row 4, column "start": "2023-13-01" is not a date`.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { validDay, validUrl } from '../documents/validDay.ts';
import { inTimeOrder } from './inTimeOrder.ts';
import { importTimelineJSSheet, isTimelineJSSheet } from './importTimelineJSSheet.ts';
import { valueToInterval } from '../extract/valueToInterval.ts';
import { parseCsv } from './csvTable.ts';
import type { CsvColumn } from './exportCsv.ts';
import { instantToDayOrIso, isoToInstant } from './isoInstant.ts';
import { PassageBook } from './passageBook.ts';
import { granularities, timexMods, timexTypes, type ImportResult, type PortableEvent } from './timelineFile.ts';

export interface ImportCsvOptions {
  /** Documents the rows may point into (matched by name, title or id); others get a stand-in made of their quotes. */
  readonly documents: readonly SourceDocument[];
  /** Document name for rows without a `document` column. */
  readonly name: string;
  /** Errors kept before giving up. */
  readonly maxErrors: number;
}

export const defaultImportCsvOptions: ImportCsvOptions = { documents: [], name: 'imported.csv', maxErrors: 50 };

const required: readonly (readonly CsvColumn[])[] = [['title'], ['quote'], ['value', 'start']];

export function importCsv(text: string, options: Partial<ImportCsvOptions> = {}): ImportResult {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [`row ${parsed.row}: ${parsed.message}`] };
  return importTable(parsed.rows, options);
}

/** The rows of a table (a CSV file's, or a workbook's first sheet), the header first, read as `importCsv` reads them. */
export function importTable(table: readonly (readonly string[])[], options: Partial<ImportCsvOptions> = {}): ImportResult {
  const { documents, name, maxErrors } = { ...defaultImportCsvOptions, ...options };
  const [header, ...rows] = table;
  if (!header) return { ok: false, errors: ['the file is empty; it needs a header row'] };
  const columns = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  if (!columns.has('quote') && isTimelineJSSheet(header)) return importTimelineJSSheet(header, rows, { documents, name });
  const missing = required.filter((any) => !any.some((c) => columns.has(c))).map((any) => any.join('" or "'));
  if (missing.length) {
    const sheet = 'a TimelineJS3 spreadsheet has "Year" and "Headline" columns instead';
    return { ok: false, errors: [`row 1: the header has no column "${missing.join('", no column "')}"; ${sheet}`] };
  }

  const book = new PassageBook(documents);
  const events: PortableEvent[] = [];
  const errors: string[] = [];
  const ids = new Map<string, number>();
  rows.forEach((cells, index) => {
    if (errors.length >= maxErrors) return;
    const rowNumber = index + 2;
    const cell = (c: CsvColumn) => (columns.has(c) ? (cells[columns.get(c) ?? -1] ?? '').trim() : '');
    const fail = (c: CsvColumn, message: string) => errors.push(`row ${rowNumber}, column "${c}": ${message}`);
    const event = readRow(cell, fail, book, name);
    if (!event) return;
    const first = ids.get(event.id);
    if (first !== undefined) return fail('id', `"${event.id}" is already used by row ${first}`);
    ids.set(event.id, rowNumber);
    events.push(event);
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, timeline: { documents: book.documents(), events: inTimeOrder(events) } };
}

type Cell = (c: CsvColumn) => string;
type Fail = (c: CsvColumn, message: string) => void;

function readRow(cell: Cell, fail: Fail, book: PassageBook, defaultName: string): PortableEvent | undefined {
  let rowErrors = 0;
  const bad: Fail = (c, m) => {
    rowErrors++;
    fail(c, m);
  };
  const instant = (c: 'start' | 'end') => {
    const s = cell(c);
    if (s === '') return undefined;
    const ms = isoToInstant(s);
    if (ms === undefined) bad(c, `"${s}" is not a date (write 2024-04-03 or 2024-04-03T15:00:00Z)`);
    return ms;
  };
  let start = instant('start');
  let end = instant('end');
  // A date that does not parse is the one error worth naming; what would follow from it is not reported.
  const datesBad = rowErrors > 0;
  let value = cell('value');
  if (value === '' && start !== undefined) value = instantToDayOrIso(start).replace(/T.*$/, '');
  const placement = valueToInterval(value);
  start ??= placement?.interval.start;
  end ??= placement?.interval.end;
  if (!datesBad && start === undefined && value !== '') {
    bad('value', `"${value}" cannot be placed on the calendar; give "start" and "end"`);
  }
  if (!datesBad && start !== undefined && end === undefined) bad('end', 'is needed when the value does not give the end');
  if (start !== undefined && end !== undefined && end <= start) bad('end', `"${cell('end')}" is not after the start`);

  const granularity = cell('granularity') || placement?.granularity;
  if (granularity === undefined) {
    if (!datesBad) bad('granularity', `is needed when the value "${value}" cannot be placed`);
  } else if (!(granularities as readonly string[]).includes(granularity)) {
    bad('granularity', `"${granularity}" is not one of ${granularities.join(', ')}`);
  }
  const type = cell('type') || (value.includes('T') ? 'TIME' : 'DATE');
  if (!(timexTypes as readonly string[]).includes(type)) bad('type', `"${type}" is not one of ${timexTypes.join(', ')}`);
  const mod = cell('mod');
  if (mod !== '' && !(timexMods as readonly string[]).includes(mod)) bad('mod', `"${mod}" is not one of ${timexMods.join(', ')}`);

  const quote = cell('quote');
  if (quote === '') bad('quote', 'is empty; every event needs the passage it came from');
  const timexText = cell('timex');
  const timexAt = offset(cell, bad, 'timex_start');
  const quoteStart = offset(cell, bad, 'quote_start');
  let timexInQuote: { start: number; end: number } | undefined;
  if (timexText !== '') {
    // The absolute offsets place the expression when they agree with the quote; else its first occurrence does.
    const relative = timexAt !== undefined && quoteStart !== undefined ? timexAt - quoteStart : -1;
    const at = quote.startsWith(timexText, relative) && relative >= 0 ? relative : quote.indexOf(timexText);
    if (at < 0) bad('timex', `"${timexText}" does not occur in the quote`);
    else timexInQuote = { start: at, end: at + timexText.length };
  }
  const meta = { title: cell('document_title'), dct: cell('document_date'), url: cell('document_url') };
  if (meta.dct !== '' && !validDay(meta.dct)) bad('document_date', `"${meta.dct}" is not a date written YYYY-MM-DD`);
  if (meta.url !== '' && !validUrl(meta.url)) bad('document_url', `"${meta.url}" is not an absolute http(s) address`);
  if (rowErrors > 0 || start === undefined || end === undefined) return undefined;

  const documentName = cell('document') || defaultName;
  const placed = book.place({
    document: documentName,
    quote,
    ...(timexInQuote ? { timexInQuote } : {}),
    ...(quoteStart !== undefined ? { quoteStart } : {}),
    meta: Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== '')),
  });
  if (!placed.ok) {
    fail(placed.part === 'quote' ? 'quote' : 'quote_start', placed.message);
    return undefined;
  }
  const source = placed.source;
  return {
    id: cell('id') || `${source.docId}:${source.timex.start}`,
    value,
    type: type as PortableEvent['type'],
    ...(mod ? { mod: mod as NonNullable<PortableEvent['mod']> } : {}),
    granularity: granularity as PortableEvent['granularity'],
    start,
    end,
    title: cell('title'),
    sources: [source],
  };
}

function offset(cell: Cell, bad: Fail, c: CsvColumn): number | undefined {
  const s = cell(c);
  if (s === '') return undefined;
  if (!/^\d+$/.test(s)) {
    bad(c, `"${s}" is not a whole number ≥ 0`);
    return undefined;
  }
  return Number(s);
}
