/**
 * iCalendar (RFC 5545): one all-day VEVENT per event of a day or coarser (DTEND is exclusive, as in our data), a
 * timed one in UTC for finer events. The output is deterministic: UIDs come from event ids and DTSTAMP from the
 * latest document date, never from the clock. Events outside the years 1–9999 cannot be written and are left out.
 */
import type { Granularity } from '../extract/types.ts';
import { formatEventDate } from '../format/formatEventDate.ts';
import { citeDocument, documentsById } from './citeDocument.ts';
import { escapeIcsText, foldIcsLine } from './icsText.ts';
import { instantToIso } from './isoInstant.ts';
import type { Timeline } from './timelineFile.ts';

export interface ExportIcsOptions {
  /** PRODID of the calendar. */
  readonly productId: string;
  /** Domain part of every UID, so that ids from other tools cannot collide with ours. */
  readonly uidDomain: string;
}

export const defaultExportIcsOptions: ExportIcsOptions = {
  productId: '-//Passage Timeline//Passage Timeline 1.0//EN',
  uidDomain: 'passage-timeline',
};

/** Granularities drawn as whole days. */
const allDay: ReadonlySet<Granularity> = new Set([
  'millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day',
]);

export function exportIcs(timeline: Timeline, options: ExportIcsOptions = defaultExportIcsOptions): string {
  const docs = documentsById(timeline.documents);
  const lastDct = timeline.documents.map((d) => d.dct ?? '').reduce((a, b) => (b > a ? b : a), '');
  // DTSTAMP says when the calendar data was made; the newest document date is the closest the data gets to that.
  const stamp = lastDct ? `${lastDct.replace(/-/g, '')}T000000Z` : '19700101T000000Z';
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${options.productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (timeline.title) lines.push(`X-WR-CALNAME:${escapeIcsText(timeline.title)}`);
  for (const event of timeline.events) {
    const start = icsInstant(event.start, allDay.has(event.granularity));
    const end = icsInstant(event.end, allDay.has(event.granularity));
    if (!start || !end) continue;
    const source = event.sources[0];
    const doc = docs.get(source.docId);
    const description = [
      `“${source.sentence.text}”`,
      '',
      `When: ${formatEventDate(event)} (${event.value}), written “${source.timex.text}”`,
      `Source: ${doc ? citeDocument(doc) : source.docId}`,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeIcsText(event.id)}@${options.uidDomain}`,
      `DTSTAMP:${stamp}`,
      start,
      end.replace(/^DTSTART/, 'DTEND'),
      `SUMMARY:${escapeIcsText(event.title)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      ...(doc?.url ? [`URL:${doc.url}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldIcsLine(line)).join('');
}

/** `DTSTART;VALUE=DATE:20240403` or `DTSTART:20240403T150000Z`; undefined outside the years 1–9999. */
function icsInstant(ms: number, day: boolean): string | undefined {
  const iso = instantToIso(ms);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!m || m[1] === '0000') return undefined;
  const date = `${m[1]}${m[2]}${m[3]}`;
  return day ? `DTSTART;VALUE=DATE:${date}` : `DTSTART:${date}T${m[4]}${m[5]}${m[6]}Z`;
}
