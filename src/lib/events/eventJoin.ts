/**
 * What the page needs to know of joins (`findJoins` in joinExisting.ts, which runs in the worker): their shape, how
 * a passage is named in them, and which of the timeline's documents the worker reads again to find them. Kept apart
 * so that the page's bundle does not take in the tagger.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { EventSource } from './types.ts';

/** A passage by its document and the offsets of its time expression: the same in every reading of that text. */
export const passageKey = (s: Pick<EventSource, 'docId' | 'timex'>): string => `${s.docId}:${s.timex.start}:${s.timex.end}`;

/**
 * Characters of the timeline's documents read again to find joins, at most: a few articles take a moment, while a
 * large opened file would take minutes each time a document is added (its events are then added beside).
 */
export const joinContextLimit = 1_000_000;

/** The timeline's documents to read for joins, or none when they are too long to read again. */
export function joinContext(documents: readonly SourceDocument[]): readonly SourceDocument[] {
  let length = 0;
  for (const d of documents) if ((length += d.text.length) > joinContextLimit) return [];
  return documents;
}

export interface EventJoin {
  /** Passages of the documents already on the timeline. */
  readonly existing: readonly string[];
  /** Passages of the added documents that report the same event. */
  readonly added: readonly string[];
  /** Why they are one event, as merging says it. */
  readonly reason: string;
}

