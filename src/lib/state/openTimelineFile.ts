/**
 * A timeline file chosen on the user's disk or fetched from `?src=`: our JSON format, TimelineJS3's JSON, the CSV that
 * the export writes, or TimelineJS3's spreadsheet saved as CSV.
 * Pure, and never throws: a bad file gives the importers' own messages.
 */
import { importCsv } from '../formats/index.ts';
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
