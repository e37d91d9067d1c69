import type { Granularity, TimexMod } from '../extract/types.ts';
import { createEventIndex, type EventIndex } from './eventIndex.ts';
import { comparePrecision, groupTracks, precisionGroup, type LaneGrouping, type TrackPlan } from './groupTracks.ts';

/** What the chart reads of an event. */
export interface ChartEvent {
  readonly start: number;
  readonly end: number;
  readonly granularity: Granularity;
  readonly mod?: TimexMod;
  readonly sources: readonly { readonly docId: string }[];
  /** Entity ids of the people, organisations and places the event names, most prominent first. */
  readonly participants?: readonly string[];
}

/** The track of events that name nobody, when events are grouped by participant. */
export const noParticipant = '';

const vagueMods: ReadonlySet<TimexMod> = new Set(['START', 'MID', 'END', 'APPROX']);
const coarse: ReadonlySet<Granularity> = new Set(['decade', 'century', 'millennium']);

/** An event whose bounds are not sharp: "early 2024", "about March", "the 1990s". Drawn with soft edges. */
export function isFuzzy(event: ChartEvent): boolean {
  return (event.mod !== undefined && vagueMods.has(event.mod)) || coarse.has(event.granularity);
}

const groupKey: Record<LaneGrouping, (event: ChartEvent) => string> = {
  none: () => '',
  document: (event) => event.sources[0]?.docId ?? '',
  // An event goes to the track of its first participant: one track each keeps lanes readable.
  participant: (event) => event.participants?.[0] ?? noParticipant,
  precision: (event) => precisionGroup(event.granularity),
};

/** The groupings that split these events into more than one track, 'none' always first. */
export function availableGroupings(events: readonly ChartEvent[]): LaneGrouping[] {
  const splits = (grouping: LaneGrouping) => {
    const key = groupKey[grouping];
    const first = key(events[0]!);
    // A plain loop: with one document, or one participant, every one of 100,000 events is looked at.
    for (let i = 1; i < events.length; i++) if (key(events[i]!) !== first) return true;
    return false;
  };
  return ['none', ...(['document', 'participant', 'precision'] as const).filter((g) => events.length > 0 && splits(g))];
}

/** Tracks and the time index of the events for one grouping; rebuilt only when the data or the grouping changes. */
export function indexEvents(events: readonly ChartEvent[], grouping: LaneGrouping): { plan: TrackPlan; index: EventIndex } {
  // Ungrouped, every event is on the one track (what grouping them all under '' gives, without a key each to count).
  const plan: TrackPlan = grouping === 'none' && events.length > 0
    ? { names: [''], trackOf: new Uint16Array(events.length), counts: [events.length] }
    : groupTracks(events.map(groupKey[grouping]), grouping === 'precision' ? { order: comparePrecision } : {});
  const index = createEventIndex(events, {
    trackOf: (i) => plan.trackOf[i]!,
    trackCount: plan.names.length,
    isFuzzy: (i) => isFuzzy(events[i]!),
  });
  return { plan, index };
}
