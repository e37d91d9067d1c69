import type { DocumentCollection } from '../documents/collectDocuments.ts';
import type { DocumentProblem } from '../documents/parseDocument.ts';
import type { TimelineData } from '../state/timeline.svelte.ts';
import { compareEvents, eventsOfDocument } from './buildEvents.ts';
import type { TimelineEvent } from './types.ts';

/** Documents and their events, ready for a timeline. A document whose extraction fails is reported, not fatal. */
export function buildTimelineData(collection: DocumentCollection): TimelineData {
  const problems: DocumentProblem[] = [...collection.problems];
  const events: TimelineEvent[] = [];
  for (const document of collection.documents) {
    try {
      events.push(...eventsOfDocument(document));
    } catch (error) {
      problems.push({ name: document.name, message: `${document.name}: extraction failed (${String(error)})` });
    }
  }
  return { documents: collection.documents, events: events.sort(compareEvents), problems };
}
