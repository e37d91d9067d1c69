import type { Granularity, TimexMod, TimexType } from '../extract/types.ts';

/** A span of a document's text: `document.text.slice(start, end) === text`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Where an event was read: the temporal expression and the sentence around it. For an undated mention without an
 * expression, `timex` holds the words that mark it as an event ("a planned round of peace talks").
 */
export interface EventSource {
  readonly docId: string;
  readonly timex: TextSpan;
  readonly sentence: TextSpan;
}

/**
 * How loosely the text places an event, for the view to draw: `[start, end)` is where it most likely is, and
 * `[earliest, latest)` where it could be; a missing bound is open ("before 1990").
 */
export interface EventUncertainty {
  readonly earliest?: number;
  readonly latest?: number;
  /** approximate: "around 1990"; part: "early 2023" (the whole year is possible); before / after: "before 1990". */
  readonly why: 'approximate' | 'part' | 'before' | 'after';
}

/** An event that lasts from one date to another: "from March to May", "since October 2022", "during the three-week strike". */
export interface EventRange {
  readonly kind: 'from-to' | 'since' | 'duration';
  /** TIMEX3 value of where it ends (for `since`, the document date); the event's `value` is where it starts. */
  readonly to: string;
}

/** Why several passages were taken for one event (same shape as the file format's `merge`). */
export interface MergeReason {
  readonly reason: string;
}

/** One dated event on the timeline. */
export interface TimelineEvent {
  /** Stable within a build: document id plus the offset of the temporal expression. */
  readonly id: string;
  /** TIMEX3 value: `2024-04-03`, `2024-02`. */
  readonly value: string;
  readonly type: TimexType;
  readonly mod?: TimexMod;
  readonly granularity: Granularity;
  /** First instant of the event, epoch ms UTC. */
  readonly start: number;
  /** Instant just after the event (half-open), epoch ms UTC: a month event ends at the first of the next month. */
  readonly end: number;
  /** A short title taken from the event's clause: who did what. */
  readonly title: string;
  /** Every passage that reports the event; the first is the one the title comes from. Never empty. */
  readonly sources: readonly [EventSource, ...EventSource[]];
  /** Ids of the entities (`EventEntity`) named in the event's clause. */
  readonly participants?: readonly string[];
  /** Present when several passages were merged into this event. */
  readonly merge?: MergeReason;
  readonly uncertainty?: EventUncertainty;
  readonly range?: EventRange;
  /** The events as read before merging, one per source in the order of `sources`; `splitEvent` gives them back. */
  readonly parts?: readonly TimelineEvent[];
}

export type EntityKind = 'person' | 'organization' | 'place';

/** Where an entity is named: `document.text.slice(start, end) === text`. */
export interface EntityMention {
  readonly docId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A person, organisation or place that events name; the file format's `Entity` has the same shape. */
export interface EventEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  /** Other ways the documents write it ("Shoigu" for "Sergei Shoigu"). */
  readonly aliases?: readonly string[];
  readonly mentions?: readonly EntityMention[];
}

/** Something the text reports without a date that can be placed: "a planned round of talks", "in the future". */
export interface UndatedEvent {
  readonly id: string;
  readonly title: string;
  /** The TIMEX3 value when there is an expression that could not be placed (`FUTURE_REF`, `XXXX-02`, `P3W`). */
  readonly value?: string;
  readonly type?: TimexType;
  readonly sources: readonly [EventSource, ...EventSource[]];
  readonly participants?: readonly string[];
}
