/** Documents read away from the page (`readNewDocuments`) merged into the timeline shown. */
import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import { joinEvents } from './joinEvents.ts';
import { mergeTimelineData } from './mergeTimelineData.ts';
import type { NewDocuments, RepeatedDocument } from './readNewDocuments.ts';
import type { TimelineData } from './timeline.svelte.ts';

export interface AddDocumentsResult {
  /** The current timeline with the new documents, events, undated mentions, entities and problems. */
  readonly data: TimelineData;
  /** The documents that were added, with the ids they were given. */
  readonly added: readonly SourceDocument[];
  /** How many dated events the new documents gave, and how many of them joined an event already on the timeline. */
  readonly events: number;
  readonly joined: number;
  /** What could not be read this time, one problem per file. */
  readonly problems: readonly DocumentProblem[];
  /** Files whose text and date were already on the timeline, so were not added again. */
  readonly repeated: readonly RepeatedDocument[];
}

/**
 * The result of adding what `readNewDocuments` gave to `current`: new events that report one of the timeline's
 * join it as passages of its own, the others are added beside.
 */
export function mergeAdded(current: TimelineData, { read, repeated, joins }: NewDocuments): AddDocumentsResult {
  const { events, added } = joinEvents(current.events, read.events, joins);
  const joined = read.events.length - added.length;
  const data = mergeTimelineData(events === current.events ? current : { ...current, events }, { ...read, events: added });
  return { data, added: read.documents, events: read.events.length, joined, problems: read.problems, repeated };
}
