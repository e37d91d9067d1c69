/**
 * A timeline file chosen on the user's disk: our JSON format, TimelineJS3's JSON or the CSV that the export writes.
 * Pure, and never throws: a bad file gives the importers' own messages.
 */
import { importCsv } from '../formats/index.ts';
import { readTimeline, type ReadResult } from './readTimeline.ts';

/** JSON by its extension or its first character; anything else is taken for CSV. */
export function timelineFileKind(name: string, text: string): 'json' | 'csv' {
  if (/\.csv$/i.test(name)) return 'csv';
  return /\.json$/i.test(name) || /^\s*[{[]/.test(text) ? 'json' : 'csv';
}

export function openTimelineFile(name: string, text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (timelineFileKind(name, body) === 'csv') {
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
