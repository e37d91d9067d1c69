import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import type { EventEntity, TimelineEvent, UndatedEvent } from '../events/types.ts';

export interface TimelineData {
  readonly documents: readonly SourceDocument[];
  /** In time order. */
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly DocumentProblem[];
  /** What the documents report without a placeable date, in document order (buildTimelineData always fills it). */
  readonly undated?: readonly UndatedEvent[];
  /** The people, organisations and places that events name (buildTimelineData always fills it). */
  readonly entities?: readonly EventEntity[];
}

/**
 * The state of one timeline: its data and the selected event. A factory, not a module singleton, so that several
 * timelines live on one page. Invariant: `select` is the only write path of the selection.
 */
export function createTimelineState(data: TimelineData) {
  const documentsById = new Map(data.documents.map((d) => [d.id, d]));
  const eventsById = new Map(data.events.map((e) => [e.id, e]));
  let selectedId = $state<string | undefined>(undefined);
  const selected = $derived(selectedId === undefined ? undefined : eventsById.get(selectedId));

  return {
    get documents() {
      return data.documents;
    },
    get events() {
      return data.events;
    },
    get problems() {
      return data.problems;
    },
    get selectedId() {
      return selectedId;
    },
    get selected() {
      return selected;
    },
    /** Selects the event with this id everywhere; an unknown id clears the selection. */
    select(id: string | undefined) {
      selectedId = id !== undefined && eventsById.has(id) ? id : undefined;
    },
    document(id: string): SourceDocument | undefined {
      return documentsById.get(id);
    },
  };
}

export type TimelineState = ReturnType<typeof createTimelineState>;
