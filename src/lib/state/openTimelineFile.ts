/**
 * A timeline file chosen on the user's disk or fetched from `?src=`: our JSON format, TimelineJS3's JSON, the CSV that
 * the export writes, or TimelineJS3's spreadsheet saved as CSV (or, chosen on disk, downloaded as an Excel workbook).
 * Pure, and never throws: a bad file gives the importers' own messages.
 */
import { importCsv, importTable, readXlsxTable } from '../formats/index.ts';
import { readTimeline, type ReadResult } from './readTimeline.ts';

/** JSON by its extension or its first character, a web page by its `<`; anything else is taken for CSV. */
export function timelineFileKind(name: string, text: string): 'json' | 'csv' | 'page' {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.json$/i.test(name) || /^\s*[{[]/.test(text)) return 'json';
  return /^\s*</.test(text) ? 'page' : 'csv';
}

/**
 * A web page where a timeline was expected: most often a Google Sheet's "publish as web page" address, which
 * TimelineJS3 users have; its CSV address is the one that works.
 */
export const webPageMessage =
  'the file is a web page (HTML), not a timeline file; a Google Sheet in the TimelineJS3 template is read once published as CSV (File → Share → Publish to web → Comma-separated values)';

export function openTimelineFile(name: string, text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  const kind = timelineFileKind(name, body);
  if (kind === 'page') return { ok: false, errors: [webPageMessage] };
  if (kind === 'csv') {
    const result = importCsv(body, { name });
    return result.ok ? { ok: true, data: { ...result.timeline, problems: [] } } : result;
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return { ok: false, errors: [`the file is not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  return readTimeline(value, name);
}

/** A chosen file as its bytes: an Excel workbook (a ZIP archive) is read as a table, anything else as text. */
export function openTimelineBytes(name: string, bytes: Uint8Array): ReadResult {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!zip) return openTimelineFile(name, new TextDecoder('utf-8').decode(bytes));
  const table = readXlsxTable(bytes);
  if (!table.ok) return { ok: false, errors: [table.message] };
  const result = importTable(table.rows, { name });
  return result.ok ? { ok: true, data: { ...result.timeline, problems: [] } } : result;
}
