import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import type { EventEntity, TimelineEvent, UndatedEvent } from '../events/types.ts';
import type { Timeline, UndatedMention } from '../formats/timelineFile.ts';
import { availableGroupings } from '../layout/chartData.ts';
import type { LaneGrouping } from '../layout/groupTracks.ts';
import { filterWords, matchesFilter } from './eventFilter.ts';
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
  /** How the chart's lanes group the events; one the events cannot be split by gives `none`. */
  readonly grouping?: LaneGrouping;
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
  // A participant the data does not know would filter everything out while the menu shows no one chosen.
  let participants = $state.raw<readonly string[]>((initial.participants ?? []).filter((id) => entityById(id)));
  const words = $derived(filterWords(query));
  const events = $derived(words.length || participants.length ? data.events.filter((e) => matchesFilter(e, words, participants)) : data.events);
  let range = $state.raw<TimeRange | undefined>();
  // A grouping that splits nothing (by document, with one document) would draw one named track, and the chart
  // offers no Lanes menu to leave it.
  let grouping = $state<LaneGrouping>(initial.grouping && availableGroupings(data.events).includes(initial.grouping) ? initial.grouping : 'none');
  // A new object per request, so that asking twice for the same range moves the view twice.
  let rangeRequest = $state.raw<TimeRange | undefined>(initial.range ? { ...initial.range } : undefined);
  // The presenter presents only what the filters show; undefined when they show everything.
  const shownIds = $derived(events === data.events ? undefined : new Set(events.map((e) => e.id)));
  const story = createStoryState(() => data.events.map((e) => e.id), data.story, () => shownIds);
  // Story edits are part of the data, as corrections are: a new object after each, which the saver keeps (App.svelte).
  const initialSteps = story.custom;
  const current = $derived.by((): TimelineData => {
    const steps = story.custom;
    if (steps === initialSteps) return data;
    const { story: _old, ...rest } = data;
    return steps ? { ...rest, story: { steps } } : rest;
  });
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
    /** The data shown, with the presenter's story as edited: the same object until the story is edited. */
    get data(): TimelineData {
      return current;
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
    /** How the chart's lanes group the events (its Lanes menu); the exports draw the same tracks. */
    get grouping() {
      return grouping;
    },
    setGrouping(next: LaneGrouping) {
      grouping = next;
    },
    /** What a track of a grouping is called: a document's title, a participant's name, or the group itself. */
    trackName(by: LaneGrouping, key: string): string {
      if (by === 'document') return documentById(key)?.title ?? documentById(key)?.name ?? key;
      if (by === 'participant') return key === '' ? 'No one named' : (entityById(key)?.name ?? key);
      return key;
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
