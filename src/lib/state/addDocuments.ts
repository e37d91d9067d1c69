/**
 * Documents added in the browser, merged into the timeline already shown: `readNewDocuments` then
 * `mergeTimelineData`. The extraction pipeline comes in as a function, so that the tests can pass the real one and
 * the page can run it in a worker.
 */
import { knownDocument } from './knownDocument.ts';
import { mergeAdded, type AddDocumentsResult } from './mergeAdded.ts';
import { readNewDocuments, type AddDocumentsInput, type AssembleDocuments, type JoinDocuments } from './readNewDocuments.ts';
import type { TimelineData } from './timeline.svelte.ts';

export type { AddDocumentsInput, AssembleDocuments, PastedText, RepeatedDocument, UnreadFile } from './readNewDocuments.ts';
export type { AddDocumentsResult } from './mergeAdded.ts';

export function addDocuments(current: TimelineData, input: AddDocumentsInput, assemble: AssembleDocuments, join?: JoinDocuments): AddDocumentsResult {
  return mergeAdded(current, readNewDocuments(current.documents.map(knownDocument), input, assemble, join));
}
