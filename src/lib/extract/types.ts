/**
 * The temporal tagger's output: TIMEX3-style time expressions with their place in the text.
 * Pure data; no DOM, no clock. Instants are epoch milliseconds UTC.
 */

/** TIMEX3 `type`. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TIMEX3 `mod` values the tagger emits. */
export type TimexMod =
  | 'START' // early ...
  | 'MID'
  | 'END' // late ...
  | 'APPROX' // about, around
  | 'EQUAL_OR_MORE' // at least
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'EQUAL_OR_LESS' // at most
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER';

/** How fine a calendar value is: the unit of its last known component. */
export type Granularity =
  | 'millennium'
  | 'century'
  | 'decade'
  | 'year'
  | 'half'
  | 'quarter'
  | 'season'
  | 'month'
  | 'week'
  | 'day'
  | 'part-of-day'
  | 'hour'
  | 'minute'
  | 'second';

/** A half-open interval [start, end) in epoch ms UTC. */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** One time expression found in a text. */
export interface Timex {
  /** Offset of the first character of the expression in the tagged text (UTF-16 code units). */
  readonly start: number;
  /** Offset just past the last character: `text.slice(start, end) === this.text`. */
  readonly end: number;
  /** The expression as written. */
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2024-04-03`, `2024-02`, `2024-W14`, `199X`, `P3D`, `PAST_REF`, `XXXX-03`… */
  readonly value: string;
  readonly mod?: TimexMod;
  /**
   * Where the expression sits on the calendar, when it can be placed there: the whole span the value denotes
   * (a month value covers its month). Absent for durations, sets, `*_REF` and values with unknown parts.
   */
  readonly interval?: Interval;
  /** Granularity of `interval`, present exactly when `interval` is. */
  readonly granularity?: Granularity;
}

/** What the tagger needs to know about the document. */
export interface TagOptions {
  /**
   * Document creation time as a TIMEX3 date value (`2024-04-04`), the reference for deictic expressions.
   * Without it, deictic expressions keep unknown parts (`XXXX-02`) and get no interval.
   */
  readonly dct?: string;
}
