/**
 * The events of one document with the default analyser (compromise). Code that must not load the NLP package up
 * front (the browser) calls `readDocument` with an analyser it imported lazily.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { compromiseAnalyser } from './nlp/compromiseAnalyser.ts';
import type { SentenceAnalyser } from './nlp/analysis.ts';
import { readDocument } from './readDocument.ts';
import type { TimelineEvent } from './types.ts';

export { compareEvents } from './compareEvents.ts';

/** The dated events of one document, before merging, in text order. */
export function eventsOfDocument(document: SourceDocument, analyser: SentenceAnalyser = compromiseAnalyser): TimelineEvent[] {
  return readDocument(document, analyser).events.map((r) => r.event);
}
