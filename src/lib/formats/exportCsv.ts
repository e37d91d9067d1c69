/**
 * One row per event, RFC 4180 CSV with a header row. `start` and `end` are a day (`2024-04-03`) at midnight UTC and
 * an ISO 8601 UTC instant otherwise; `end` is exclusive, as in our JSON and in iCalendar. The quote and offsets
 * are those of the event's first source; docs/format.md describes every column.
 */
import { citeDocument, documentsById } from './citeDocument.ts';
import { writeCsv } from './csvTable.ts';
import { instantToDayOrIso } from './isoInstant.ts';
import type { Timeline } from './timelineFile.ts';

export const csvColumns = [
  'id', 'start', 'end', 'value', 'type', 'mod', 'granularity', 'title', 'document', 'quote', 'timex',
  'quote_start', 'timex_start', 'timex_end', 'document_title', 'document_date', 'document_url', 'citation',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

export function exportCsv(timeline: Timeline): string {
  const docs = documentsById(timeline.documents);
  const rows = timeline.events.map((e) => {
    const source = e.sources[0];
    const doc = docs.get(source.docId);
    const row: Record<CsvColumn, string> = {
      id: e.id,
      start: instantToDayOrIso(e.start),
      end: instantToDayOrIso(e.end),
      value: e.value,
      type: e.type,
      mod: e.mod ?? '',
      granularity: e.granularity,
      title: e.title,
      document: doc?.name ?? source.docId,
      quote: source.sentence.text,
      timex: source.timex.text,
      quote_start: String(source.sentence.start),
      timex_start: String(source.timex.start),
      timex_end: String(source.timex.end),
      document_title: doc?.title ?? '',
      document_date: doc?.dct ?? '',
      document_url: doc?.url ?? '',
      citation: doc ? citeDocument(doc) : source.docId,
    };
    return csvColumns.map((c) => row[c]);
  });
  return writeCsv([[...csvColumns], ...rows]);
}
