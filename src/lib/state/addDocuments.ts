/**
 * Documents added in the browser, merged into the timeline already shown: `readNewDocuments` then
 * `mergeTimelineData`. The extraction pipeline comes in as a function, so that the tests can pass the real one and
 * the page can run it in a worker.
 */
import type { SourceDocument, DocumentProblem } from '../documents/parseDocument.ts';
import { mergeTimelineData } from './mergeTimelineData.ts';
import {
  knownDocument, readNewDocuments, type AddDocumentsInput, type AssembleDocuments, type NewDocuments, type RepeatedDocument,
} from './readNewDocuments.ts';
import type { TimelineData } from './timeline.svelte.ts';

export type { AddDocumentsInput, AssembleDocuments, PastedText, RepeatedDocument, UnreadFile } from './readNewDocuments.ts';

export interface AddDocumentsResult {
  /** The current timeline with the new documents, events, undated mentions, entities and problems. */
  readonly data: TimelineData;
  /** The documents that were added, with the ids they were given. */
  readonly added: readonly SourceDocument[];
  /** How many dated events the new documents gave. */
  readonly events: number;
  /** What could not be read this time, one problem per file. */
  readonly problems: readonly DocumentProblem[];
  /** Files whose text and date were already on the timeline, so were not added again. */
  readonly repeated: readonly RepeatedDocument[];
}

export function addDocuments(current: TimelineData, input: AddDocumentsInput, assemble: AssembleDocuments): AddDocumentsResult {
  return mergeAdded(current, readNewDocuments(current.documents.map(knownDocument), input, assemble));
}

/** The result of adding what `readNewDocuments` gave to `current`. */
export function mergeAdded(current: TimelineData, { read, repeated }: NewDocuments): AddDocumentsResult {
  return { data: mergeTimelineData(current, read), added: read.documents, events: read.events.length, problems: read.problems, repeated };
}
