import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import type { EventEntity, TimelineEvent, UndatedEvent } from '../events/types.ts';
import type { Timeline, UndatedMention } from '../formats/timelineFile.ts';
import { lazyLookup } from './lazyLookup.ts';
import { createStoryState, type Story } from './story.svelte.ts';

export interface TimelineData {
  readonly documents: readonly SourceDocument[];
  /** In time order. */
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly DocumentProblem[];
  /** What the documents report without a placeable date, in document order (buildTimelineData always fills it). */
  readonly undated?: readonly UndatedEvent[];
  /** The people, organisations and places that events name (buildTimelineData always fills it). */
  readonly entities?: readonly EventEntity[];
  /** The timeline file's title, when it has one. */
  readonly title?: string;
  /** The presenter's story saved with the timeline file. */
  readonly story?: Story;
}

/** A visible time range, epoch ms UTC, start before end. */
export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

/** How the view starts (from the URL, the embed's attributes); everything optional. */
export interface InitialView {
  readonly range?: TimeRange;
  readonly event?: string;
  readonly query?: string;
  readonly participants?: readonly string[];
}

/** Whether an event passes the filters: the query in its title or quotes, every listed participant among its own. */
function matches(event: TimelineEvent, query: string, participants: readonly string[]): boolean {
  if (participants.some((p) => !event.participants?.includes(p))) return false;
  if (!query) return true;
  const q = query.toLocaleLowerCase();
  return event.title.toLocaleLowerCase().includes(q) || event.sources.some((s) => s.sentence.text.toLocaleLowerCase().includes(q));
}

/**
 * The state of one timeline: its data, the selected event, the filters, the visible range and the story. A factory,
 * not a module singleton, so that several timelines live on one page. Invariants: `select` is the only write path
 * of the selection; only the chart writes `range` (through `reportRange`), and it follows `rangeRequest`.
 */
export function createTimelineState(data: TimelineData, initial: InitialView = {}) {
  const documentById = lazyLookup(() => new Map(data.documents.map((d) => [d.id, d])));
  const entityById = lazyLookup(() => new Map((data.entities ?? []).map((e) => [e.id, e])));
  const eventById = lazyLookup(() => new Map(data.events.map((e) => [e.id, e])));
  let selectedId = $state<string | undefined>(initial.event !== undefined && eventById(initial.event) ? initial.event : undefined);
  const selected = $derived(selectedId === undefined ? undefined : eventById(selectedId));
  let query = $state(initial.query ?? '');
  let participants = $state.raw<readonly string[]>(initial.participants ?? []);
  const events = $derived(query || participants.length ? data.events.filter((e) => matches(e, query, participants)) : data.events);
  let range = $state.raw<TimeRange | undefined>();
  // A new object per request, so that asking twice for the same range moves the view twice.
  let rangeRequest = $state.raw<TimeRange | undefined>(initial.range ? { ...initial.range } : undefined);
  const story = createStoryState(() => data.events.map((e) => e.id), data.story);
  // Mentions a person took off the timeline are listed apart, with a way back (correctEvent.ts).
  const removed = (data.undated ?? []).filter((u: UndatedMention) => u.correction?.removed);
  const undated = removed.length ? (data.undated ?? []).filter((u: UndatedMention) => !u.correction?.removed) : (data.undated ?? []);

  return {
    get title() {
      return data.title;
    },
    get documents() {
      return data.documents;
    },
    /** The events that pass the filters, in time order: what the chart and the list show. */
    get events() {
      return events;
    },
    /** Every event, filtered or not. */
    get allEvents() {
      return data.events;
    },
    get problems() {
      return data.problems;
    },
    /** What the documents report without a date that can be placed. */
    get undated() {
      return undated;
    },
    /** Events a person removed as not events, which can be put back. */
    get removed(): readonly UndatedMention[] {
      return removed;
    },
    /** The name of a participant, by entity id. */
    entityName(id: string): string | undefined {
      return entityById(id)?.name;
    },
    get selectedId() {
      return selectedId;
    },
    get selected() {
      return selected;
    },
    get query() {
      return query;
    },
    get participants() {
      return participants;
    },
    /** The range the chart shows once it has settled; undefined before it is first drawn. */
    get range() {
      return range;
    },
    get rangeRequest() {
      return rangeRequest;
    },
    story,
    /** Selects the event with this id everywhere; an unknown id clears the selection. */
    select(id: string | undefined) {
      selectedId = id !== undefined && eventById(id) ? id : undefined;
    },
    event(id: string): TimelineEvent | undefined {
      return eventById(id);
    },
    /**
     * Everything a saved file must hold to be opened again as it is: every event (filtered or not), the undated and
     * removed mentions, the entities the events name, and the story when the presenter has made one.
     */
    toTimeline(): Timeline {
      return {
        ...(data.title !== undefined ? { title: data.title } : {}),
        documents: data.documents,
        events: data.events,
        ...(data.undated?.length ? { undated: data.undated } : {}),
        ...(data.entities?.length ? { entities: data.entities } : {}),
        ...(story.isCustom ? { story: { steps: story.steps } } : {}),
      };
    },
    document(id: string): SourceDocument | undefined {
      return documentById(id);
    },
    setFilter(next: { readonly query?: string; readonly participants?: readonly string[] }) {
      if (next.query !== undefined) query = next.query;
      if (next.participants !== undefined) participants = next.participants;
    },
    /** Asks the chart to show [start, end]; it animates there (or jumps, with reduced motion). */
    requestRange(start: number, end: number) {
      if (Number.isFinite(start) && Number.isFinite(end) && start < end) rangeRequest = { start, end };
    },
    /** The chart's report of what it shows, once a zoom or pan has settled. */
    reportRange(start: number, end: number) {
      if (range?.start !== start || range?.end !== end) range = { start, end };
    },
  };
}

export type TimelineState = ReturnType<typeof createTimelineState>;
