/**
 * Documents added in the browser, merged into the timeline already shown: `readNewDocuments` then
 * `mergeTimelineData`. The extraction pipeline comes in as a function, so that the tests can pass the real one and
 * the page can run it in a worker.
 */
import type { SourceDocument, DocumentProblem } from '../documents/parseDocument.ts';
import { mergeTimelineData } from './mergeTimelineData.ts';
import { readNewDocuments, type AddDocumentsInput, type AssembleDocuments } from './readNewDocuments.ts';
import type { TimelineData } from './timeline.svelte.ts';

export type { AddDocumentsInput, AssembleDocuments, PastedText, UnreadFile } from './readNewDocuments.ts';

export interface AddDocumentsResult {
  /** The current timeline with the new documents, events, undated mentions, entities and problems. */
  readonly data: TimelineData;
  /** The documents that were added, with the ids they were given. */
  readonly added: readonly SourceDocument[];
  /** How many dated events the new documents gave. */
  readonly events: number;
  /** What could not be read this time, one problem per file. */
  readonly problems: readonly DocumentProblem[];
}

export function addDocuments(current: TimelineData, input: AddDocumentsInput, assemble: AssembleDocuments): AddDocumentsResult {
  return mergeAdded(current, readNewDocuments(current.documents.map((d) => d.id), input, assemble));
}

/** The result of adding `added` (what `readNewDocuments` gave) to `current`. */
export function mergeAdded(current: TimelineData, added: TimelineData): AddDocumentsResult {
  return { data: mergeTimelineData(current, added), added: added.documents, events: added.events.length, problems: added.problems };
}
