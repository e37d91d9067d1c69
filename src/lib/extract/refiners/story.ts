/** The record a text's values are resolved over, as its drafts are read in order. */
import type { Anchor, Draft, ResolveContext } from '../draft.ts';
import type { Chronology } from './chronology.ts';
import type { TenseLookup } from './tense.ts';

/**
 * Where the story of a text is as it is read, and what is known of the text: one record, read and moved on by the
 * functions of resolveValues.ts and frameYear.ts. (One literal with every field, and functions of modules rather than
 * closures made for each text: the engine then keeps their optimised code from one text to the next.)
 */
export interface Story {
  readonly text: string;
  readonly drafts: readonly Draft[];
  readonly dct: Anchor | undefined;
  readonly narrative: boolean;
  readonly dctQuarter: number;
  readonly tenseAround: TenseLookup;
  /** The year of the next date written in full after each draft, for a history's leaps ahead. */
  readonly nextWrittenYear: readonly (number | undefined)[];
  /** A list of dated lines in time order gives its lines' dates the years around them. */
  readonly chronology: Chronology;
  /** The nearest draft before each that is a date written in full: where a sentence's frame year can come from. */
  readonly lastWritten: Int32Array;
  readonly habitOf: (d: Draft) => string | undefined;
  /**
   * "New childcare support from April … from April 2024": a month in the headline takes the year the story writes
   * with that month.
   */
  readonly headlineEnd: number;
  /** News keeps a weekday name for one day (see sameWeekday.ts); a history moves on from day to day. */
  readonly sameWeekdayAgain: (d: Draft, value: string, record?: boolean) => string;
  /** Values found so far, in text order. */
  readonly values: string[];
  /** The drafts read as days of such a sentence: the weekday's name stays free for the writing's week after them. */
  readonly ofOpeningDay: Set<number>;
  /** The time the story is at: the DCT in news and unknown in narratives until a date is written. */
  last: Anchor | undefined;
  /** The first day the text tells: in news, the day of its story. */
  firstDay: Anchor | undefined;
  /**
   * The day the story opened with: the first day told, or the one after it when that was the dateline's ("THE HAGUE,
   * May 30 (AFP) - The court on Wednesday acquitted …" opens on Wednesday).
   */
  openingDay: Anchor | undefined;
  /** `openingDay` is still the dateline's day. */
  openingOnDateline: boolean;
  /** The last time told that had a day ("Tuesday"), which `last` may have moved on from to a month ("the end of the month"). */
  lastDay: Anchor | undefined;
  /** The last time told that had a month ("March 20, 2003", "in March 2003"), which `last` may have moved on from to a year. */
  lastMonth: Anchor | undefined;
  /** The year of the birth the text told ("born on 4 June 1952"), which its ages count from. */
  birthYear: number | undefined;
  /** Where `last` was written. */
  lastAt: number;
  /** Where the timex of `last` ends: its own dots ("Sat., March 23", "Sept. 5") end no sentence. */
  lastEnd: number;
  /** `last` was a quarter told as one to come. */
  lastAhead: boolean;
  /** The day told last was one further back than the story, told in the past perfect ("had passed on April 12"). */
  lastFurtherBack: boolean;
  /**
   * The day told last was one a state runs "since" ("his first trip abroad since being sworn in on Feb. 27"): a
   * starting point told in passing, which leaves a time told after it in its sentence, past a comma, to the story's day.
   */
  lastSince: boolean;
  /**
   * The day told last was told in a relative clause on someone or something of the story ("a successor to Hugo Chavez,
   * who died on 5 March"): a day told in passing, which is no day of the story.
   */
  lastAside: boolean;
  /** The last quarter told, and where it ends (see ResolveContext.quarterTold). */
  lastQuarter: Anchor | undefined;
  lastQuarterEnd: number;
  /** The last quarter told that had ended by the writing (see ResolveContext.reported). */
  reported: Anchor | undefined;
  /** The last decade or century told ("the 1950s", "the 18th century"), and where: "the end of the decade" after it is of it. */
  lastPeriod: ResolveContext['period'];
  lastPeriodAt: number;
  /** The last week told ("last week", "this week"), by its Monday, and where. */
  lastWeek: ResolveContext['period'];
  lastWeekAt: number;
  /** Where the last sentence opening on "now" (see resolveDraft) ends, or -1. */
  nowSentenceEnd: number;
  /** In a history, the last day told aside, ahead of its story (see resolveDraft), and where that timex ends. */
  aside: Anchor | undefined;
  asideEnd: number;
  /** The year of the last time told aside in news (one that left the story where it was), and where. */
  yearAside: number | undefined;
  yearAsideAt: number;
}
