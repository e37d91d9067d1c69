/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html). Each event has its dates at the event's
 * precision, the human date as `display_date`, our title as the headline, and as text the quoted sentence with the
 * time expression in `<mark>`, followed by the citation of its document. TimelineJS text fields are HTML, so every
 * piece of our plain text is escaped. One group per document.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { EventSource } from '../events/types.ts';
import { formatEventDate } from '../format/formatEventDate.ts';
import { documentsById } from './citeDocument.ts';
import { escapeHtml } from './escapeHtml.ts';
import { eventDates, type TimelineJSDate } from './timelineJsDate.ts';
import type { Timeline } from './timelineFile.ts';

export interface TimelineJSEvent {
  readonly start_date: TimelineJSDate;
  readonly end_date?: TimelineJSDate;
  readonly display_date?: string;
  readonly text?: { readonly headline?: string; readonly text?: string };
  readonly group?: string;
  readonly unique_id?: string;
}

export interface TimelineJSFile {
  readonly title?: { readonly text: { readonly headline: string; readonly text: string } };
  readonly events: readonly TimelineJSEvent[];
}

export function exportTimelineJS(timeline: Timeline): string {
  const docs = documentsById(timeline.documents);
  const file: TimelineJSFile = {
    ...(timeline.title !== undefined
      ? { title: { text: { headline: escapeHtml(timeline.title), text: escapeHtml(summary(timeline)) } } }
      : {}),
    events: timeline.events.map((e) => {
      const doc = docs.get(e.sources[0].docId);
      return {
        ...eventDates(e.start, e.end, e.granularity),
        display_date: formatEventDate(e),
        text: { headline: escapeHtml(e.title), text: e.sources.map((s) => passageHtml(s, docs.get(s.docId))).join('') },
        group: doc?.title || doc?.name || e.sources[0].docId,
        unique_id: e.id,
      };
    }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function summary(timeline: Timeline): string {
  const n = timeline.events.length;
  const m = timeline.documents.length;
  return `${n} event${n === 1 ? '' : 's'} from ${m} document${m === 1 ? '' : 's'}`;
}

/** `<blockquote>…<mark>Wednesday</mark>…</blockquote><p>— <cite>Title</cite> (AP, 2024-04-04), <a href>…</a></p>` */
function passageHtml(source: EventSource, doc: SourceDocument | undefined): string {
  const { sentence, timex } = source;
  const from = timex.start - sentence.start;
  const to = timex.end - sentence.start;
  const quote = sentence.text;
  const marked =
    from >= 0 && to <= quote.length && to > from
      ? `${escapeHtml(quote.slice(0, from))}<mark>${escapeHtml(quote.slice(from, to))}</mark>${escapeHtml(quote.slice(to))}`
      : escapeHtml(quote);
  return `<blockquote>${marked}</blockquote><p>— ${doc ? citationHtml(doc) : escapeHtml(source.docId)}</p>`;
}

function citationHtml(doc: SourceDocument): string {
  const details = [doc.source, doc.dct].filter((x): x is string => !!x).map(escapeHtml).join(', ');
  const name = doc.title ? `<cite>${escapeHtml(doc.title)}</cite>, ${escapeHtml(doc.name)}` : `<cite>${escapeHtml(doc.name)}</cite>`;
  // Only http(s) addresses become links; documents are checked on the way in, this guards hand-made data.
  const link = doc.url && /^https?:\/\//i.test(doc.url) ? `, <a href="${escapeHtml(doc.url)}">${escapeHtml(doc.url)}</a>` : '';
  return `${name}${details ? ` (${details})` : ''}${link}`;
}
