import type { Granularity, TimexMod, TimexType } from '../extract/types.ts';

/** A span of a document's text: `document.text.slice(start, end) === text`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where an event was read: the temporal expression and the sentence around it. */
export interface EventSource {
  readonly docId: string;
  readonly timex: TextSpan;
  readonly sentence: TextSpan;
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
  /** A short title taken from the event's sentence. */
  readonly title: string;
  /** Every passage that reports the event; the first is the one the title comes from. Never empty. */
  readonly sources: readonly [EventSource, ...EventSource[]];
}
