/**
 * The portable timeline: the shapes our JSON file holds (`TimelineFile`, schema in schema/timeline.schema.json,
 * field-by-field description in docs/format.md) and the in-memory `Timeline` the exports read and the imports return.
 * The optional parts (entities, undated mentions, merge explanations) are defined now so that version 1 files
 * written later by the events pipeline stay valid.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { Granularity, TimexMod, TimexType } from '../extract/types.ts';
import type { EntityKind, EventEntity, EventRange, MergeReason, TimelineEvent, UndatedEvent } from '../events/types.ts';
import type { EventRow } from './eventRow.ts';

export const timelineFormat = 'passage-timeline';
/** The newest version: 2 lets events be rows (`eventRow.ts`). A file without rows is written as version 1, which older readers read. */
export const timelineVersion = 2;
export const timelineVersions = [1, 2] as const;

export const granularities: readonly Granularity[] = [
  'millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day',
  'hour', 'minute', 'second',
];
export const timexTypes: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET'];
export const timexMods: readonly TimexMod[] = [
  'START', 'MID', 'END', 'APPROX', 'EQUAL_OR_MORE', 'MORE_THAN', 'LESS_THAN', 'EQUAL_OR_LESS', 'BEFORE', 'AFTER',
  'ON_OR_BEFORE', 'ON_OR_AFTER',
];
/** The fields of an event in the file: those it must have, and those it may. */
export const eventFields = {
  required: ['id', 'value', 'type', 'granularity', 'start', 'end', 'title', 'sources'],
  optional: ['mod', 'participants', 'merge', 'uncertainty', 'range', 'correction'],
} as const;

export const entityKinds = ['person', 'organization', 'place'] as const satisfies readonly EntityKind[];

// The file stores the events pipeline's own shapes: one definition each, in src/lib/events/types.ts.
export type { EntityKind, EntityMention } from '../events/types.ts';
/** Why several passages were taken for one event. */
export type MergeExplanation = MergeReason;
/** A participant of events: a person, an organisation or a place. Events refer to it by id. */
export type Entity = EventEntity;

/**
 * A person corrected what the extractor read. It keeps the extractor's own reading, written at the first correction
 * and never changed after, so that a file always says both what the text gave and what a person made of it.
 */
export interface Correction {
  /** The TIMEX3 value, type and mod the extractor read. */
  readonly value: string;
  readonly type: TimexType;
  readonly mod?: TimexMod;
  /** The title the extractor wrote. */
  readonly title: string;
  /** On an undated mention only: a person said the passage reports no event; it can be put back on the timeline. */
  readonly removed?: true;
}

/** An event as the exports read it: a timeline event, with the optional links later pipelines add. */
export interface PortableEvent extends TimelineEvent {
  /** Entity ids. */
  readonly participants?: readonly string[];
  readonly merge?: MergeExplanation;
  /** Present when a person changed the event's date or title. */
  readonly correction?: Correction;
}

/** Something the text reports without a date that can be placed (no date, or one with unknown parts: `XXXX-02`). */
export interface UndatedMention extends UndatedEvent {
  readonly merge?: MergeExplanation;
  /** TIMEX3 mod of `value`; only a mention a person removed from the timeline has one (the date it had there). */
  readonly mod?: TimexMod;
  /** Present when a person removed this mention from the dated events (`removed: true`). */
  readonly correction?: Correction;
  /** Only a mention a person removed has one: the span it had on the timeline ("from March to May"), kept for Put back. */
  readonly range?: EventRange;
}

/** One step of a presenter's story: an event, and what to say about it. */
export interface StoryStep {
  readonly eventId: string;
  readonly note?: string;
}

/** The events a presenter steps through, in the chosen order (docs/presenting.md). */
export interface TimelineStory {
  readonly steps: readonly StoryStep[];
}

/** What the exports write and the imports give back. */
export interface Timeline {
  readonly title?: string;
  readonly documents: readonly SourceDocument[];
  /** In time order. */
  readonly events: readonly PortableEvent[];
  readonly undated?: readonly UndatedMention[];
  readonly entities?: readonly Entity[];
  readonly story?: TimelineStory;
}

export const uncertaintyReasons = ['approximate', 'part', 'before', 'after'] as const;
export const rangeKinds = ['from-to', 'since', 'duration'] as const;

/** How loosely the text places an event: `[earliest, latest)` is where it could be (a missing bound is open). */
export interface FileUncertainty {
  readonly earliest?: string;
  readonly latest?: string;
  readonly why: (typeof uncertaintyReasons)[number];
}

/**
 * An event as the JSON file stores it: instants as ISO 8601 UTC strings instead of epoch milliseconds. `parts`
 * (the events as read before a merge) is not stored: the sources and the merge reason say what was merged.
 */
export type FileEvent = Omit<PortableEvent, 'start' | 'end' | 'uncertainty' | 'parts'> & {
  readonly start: string;
  readonly end: string;
  readonly uncertainty?: FileUncertainty;
};

/** Our JSON file: the timeline, marked with its format and version, with events as stored (objects, or in version 2 rows). */
export type TimelineFile = Omit<Timeline, 'events'> & {
  readonly format: typeof timelineFormat;
  readonly version: (typeof timelineVersions)[number];
  readonly events: readonly (FileEvent | EventRow)[];
};

/** The outcome of every import: a timeline, or the reasons there is none. Imports never throw. */
export type ImportResult =
  | { readonly ok: true; readonly timeline: Timeline }
  | { readonly ok: false; readonly errors: readonly string[] };
