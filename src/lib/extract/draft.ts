/**
 * The intermediate result passed from parsers to refiners. A draft knows its extent and type; its value is either
 * final or a resolver that needs the reference time, the narrative anchor and the tense.
 */
import type { Day } from './calendar.ts';
import { isAsciiLetter, isSpace } from './chars.ts';
import { windowsNear, type Trigger } from './near.ts';
import type { TimexMod, TimexType } from './types.ts';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** The time a relative expression is counted from: a known year, maybe month and day. */
export interface Anchor {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Set when the mention was a quarter (`1989-Q3`): "a year earlier" then means the same quarter a year before. */
  readonly quarter?: number;
  /** Minutes after midnight, when the mention was a clock time of a known day ("9:40 a.m. on Wednesday"). */
  readonly minute?: number;
}

export interface ResolveContext {
  /** What "yesterday", "Friday", "March" are relative to: the DCT in news, the last mentioned date in narratives. */
  readonly base?: Anchor;
  readonly tense: Tense;
  /** The last mentioned time, whatever the document kind (the quarter under discussion in an earnings report). */
  readonly previous?: Anchor;
  /** The last mentioned quarter was told as one to come ("will result in a fourth-quarter charge"). */
  readonly previousAhead?: boolean;
  /**
   * The last quarter told that had ended by the writing: the quarter an earnings report is of, which its comparisons
   * ("the year-ago period", "last year's quarter") are made with when a year, or a quarter still to come, was told since.
   */
  readonly reported?: Anchor;
  /**
   * The last quarter told, in the sentence or the one before, when a day told since has moved the story off it
   * ("will issue guidance for the October-December quarter on Jan. 7. Analysts expect a profit of $9 billion for the
   * quarter"): what a bare "the quarter" still means.
   */
  readonly quarterTold?: Anchor;
  /**
   * A decade or century told since the story's time was last set, by its first year ("In the 1950s it expanded … by
   * the end of the decade", "in the 18th century … by the end of the century"): what "the decade", "that century" and
   * "mid-decade" mean, where they count from the story. A week told since, by its Monday ("rose this week … up from
   * 3.52 percent the week before"): what "the week before" counts from.
   */
  readonly period?: { readonly grain: 'decade' | 'century' | 'week'; readonly year: number; readonly month?: number; readonly day?: number };
  /** The document is a history told in order: a bare month or day after a date most often lies after it. */
  readonly narrative?: boolean;
  /**
   * The tense is that of a verb right before the timex ("stepped down in March", "died on May 5", "will begin on 5
   * March"): a date on the other side of the base does not win however near it is.
   */
  readonly firm?: boolean;
}

export type Resolver = (ctx: ResolveContext) => string;

export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string | Resolver;
  readonly mod?: TimexMod;
  /** Relative to the last mentioned time even in news ("the next day", "that month", "two days later"). */
  readonly anaphoric?: boolean;
  /**
   * A time told in passing: a comparison point ("a year earlier", "the year-ago quarter"), a look far back ("two
   * decades earlier"), a night ("overnight"). Resolved like the rest, but it does not become the time later
   * expressions count from.
   */
  readonly comparison?: boolean;
  /** Counted from the time of writing ("last week", "two years ago"): a sign that the text is news; in a history, a quote. */
  readonly deictic?: boolean;
  /** A clock time whose day is written right after it ("11 a.m. on 11 November 1918"): the day of the next timex. */
  readonly dayAfter?: boolean;
  /**
   * A time of day with no day of its own ("was shot at 10 p.m.", "overnight"), or a day with no month ("on the 5th"):
   * told in the past, it counts from the day the text last named, when it named one; otherwise from the day of writing.
   */
  readonly dayless?: boolean;
  /** A month, or a month and day, written without a year: in news, a year that opens its sentence is its year. */
  readonly yearless?: boolean;
  /**
   * A convention of the history corpora, not of the news ones ("former president", "future wars", "present-day
   * Belize"): kept only when the text is read as a history.
   */
  readonly historyOnly?: boolean;
  /**
   * An age told in a life ("At the age of 18 she won a scholarship"): no timex (TimeML tags no ages), but the year the
   * person reached it, counted from the birth the text told, is where the story is ("… and graduated three years
   * later").
   */
  readonly age?: number;
  /**
   * "a few days later": no day can be written for it, so in news it is tagged as TimeML tags a count before "later" (a
   * signal), the span alone (PXD); a history's annotators write the day's year. The span's end and value, written out
   * when the text is not read as a history.
   */
  readonly countSpan?: { readonly end: number; readonly value: string };
  /**
   * The value a history's annotators write for it, when it differs: a recurring day, week or year as a calendar pattern
   * ("daily" XXXX-XX-XX, "annually" XXXX) rather than as a period (P1D, P1Y).
   */
  readonly historyValue?: string;
  /** The day of an election, a vote or a poll ("election day", "polling day"): the day the text gave it, if it did. */
  readonly ofVote?: boolean;
  /** Which parser made it; for debugging and for family-specific refiners. */
  readonly source: string;
}

export type Parser = (text: string) => readonly Draft[];

/**
 * Does the text just before `start` end with `context` (a regex anchored with `$`)? Checking the left context after
 * a match is much cheaper than a lookbehind at the front of a pattern, which the engine tries at every position.
 */
export const precededBy = (text: string, start: number, context: RegExp): boolean =>
  context.test(text.slice(Math.max(0, start - 40), start));

/**
 * Does the sticky `pattern` (flag `y`) match at `at`? A pattern tried in place reads the text after (or, with a
 * lookbehind, before) a timex with no copy of it, once.
 */
export function matchesAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}

/**
 * The word right before `at`, past any spaces, in lower case, with a dot or hyphen that ends it ("c.", "mid-", "end-"):
 * read by hand, as a regex anchored at the end of a slice is tried at every position of it.
 */
export function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  const last = text.charCodeAt(end - 1);
  if (last === 46 || last === 45) start--;
  const letters = start;
  while (start > 0 && letters - start < 20 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < letters ? text.slice(start, end).toLowerCase() : '';
}

/** Day of an anchor when it is known to the day. */
export const anchorDay = (a: Anchor | undefined): Day | undefined =>
  a && a.month !== undefined && a.day !== undefined ? { year: a.year, month: a.month, day: a.day } : undefined;

/** A regex compiled once with the flags scan needs, and the trigger every one of its matches contains. */
export interface Pattern {
  readonly re: RegExp;
  readonly near?: Trigger;
  /**
   * What every match holds ("of that year"): where it is missing the pattern is not run. Strings, one of which must
   * occur as written, are looked for in the whole text (a search for a string is some ten times faster than a
   * pattern); a regex, in each window of the trigger only. One that starts with a literal and looks back
   * (`/year\b(?<=\b(?:this|last|next)\s+year)/`) reads a text about twice as fast as one that starts with an alternation.
   */
  readonly requires?: RegExp | readonly string[];
}

/**
 * Builds a pattern at module load: `near` (from near.ts TRIGGER) limits the search to the trigger's windows, and
 * `requires` skips texts or windows that cannot hold a match, for a pattern whose trigger is common but whose matches are
 * rare.
 */
export const pattern = (re: RegExp, near?: Trigger, requires?: RegExp | readonly string[]): Pattern =>
  ({ re: forScan(re), ...(near ? { near } : {}), ...(requires ? { requires } : {}) });

/**
 * The same pattern with the `g` flag scan needs, compiled once per pattern. Group offsets (`d`) cost an array per
 * match, so only patterns that ask for them with their own `d` flag get them.
 */
const compiled = new WeakMap<RegExp, RegExp>();
function forScan(re: RegExp): RegExp {
  let rx = compiled.get(re);
  if (!rx) {
    rx = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    compiled.set(re, rx);
  }
  return rx;
}

/**
 * Runs a regex over the text and maps each match to drafts. For a pattern with a trigger, only the windows around that trigger are
 * searched (see near.ts); offsets given to `make` are always offsets in the whole text.
 */
export function scan(
  text: string,
  re: RegExp | Pattern,
  make: (m: RegExpExecArray, start: number, end: number) => Draft | undefined,
): Draft[] {
  const out: Draft[] = [];
  const requires = re instanceof RegExp ? undefined : re.requires;
  const near = re instanceof RegExp ? undefined : re.near;
  // Strings are looked for in the whole text (fast); a regex only in the windows, as what it finds lies in the match.
  if (requires && (!(requires instanceof RegExp) || !near) && !holds(text, requires)) return out;
  const inWindow = near && requires instanceof RegExp ? requires : undefined;
  const rx = re instanceof RegExp ? forScan(re) : re.re;
  for (const [from, to] of near ? windowsNear(text, near) : [[0, text.length] as const]) {
    const part = from === 0 && to === text.length ? text : text.slice(from, to);
    if (inWindow && !inWindow.test(part)) continue;
    rx.lastIndex = 0;
    for (let m = rx.exec(part); m; m = rx.exec(part)) {
      if (m[0] === '') {
        rx.lastIndex++;
        continue;
      }
      if (from > 0) shiftMatch(m, from);
      const d = make(m, m.index, m.index + m[0].length);
      if (d) out.push(d);
    }
  }
  return out;
}

const holds = (text: string, requires: RegExp | readonly string[]): boolean =>
  requires instanceof RegExp ? requires.test(text) : requires.some((s) => text.includes(s));

/** Moves a match found in a window to whole-text offsets. */
function shiftMatch(m: RegExpExecArray, by: number): void {
  m.index += by;
  const groups = m.indices ?? [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    if (g) groups[i] = [g[0] + by, g[1] + by];
  }
}
