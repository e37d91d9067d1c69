import { tagTimexes } from '../extract/index.ts';
import type { SourceDocument } from '../documents/parseDocument.ts';
import { sentenceAround, splitSentences } from './sentences.ts';
import { titleFromSentence } from './title.ts';
import type { TimelineEvent } from './types.ts';

/**
 * The dated events of one document: each temporal expression the tagger can place on the calendar becomes an event
 * titled by its sentence. Durations, sets and unplaceable values are left out here.
 */
export function eventsOfDocument(document: SourceDocument): TimelineEvent[] {
  const sentences = splitSentences(document.text);
  const events: TimelineEvent[] = [];
  for (const timex of tagTimexes(document.text, document.dct ? { dct: document.dct } : {})) {
    if (!timex.interval || !timex.granularity) continue;
    const sentence = sentenceAround(sentences, document.text, timex.start, timex.end);
    events.push({
      id: `${document.id}:${timex.start}`,
      value: timex.value,
      type: timex.type,
      ...(timex.mod ? { mod: timex.mod } : {}),
      granularity: timex.granularity,
      start: timex.interval.start,
      end: timex.interval.end,
      title: titleFromSentence(sentence.text),
      sources: [{ docId: document.id, timex: { start: timex.start, end: timex.end, text: timex.text }, sentence }],
    });
  }
  return events;
}

export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    a.sources[0].docId.localeCompare(b.sources[0].docId) ||
    a.sources[0].timex.start - b.sources[0].timex.start
  );
}
