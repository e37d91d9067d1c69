/**
 * Two days of the week told as deeds in turn ("leaves Tuesday and returns Saturday", "arrived Wednesday and left
 * Monday") come in that order. Each is read alone as the nearest such day in its clause's tense; where that puts the
 * second before the first, the one further from the writing moves a week: ahead of the writing the second moves on,
 * before it the first moves back.
 *
 * What a deed on a day sets going "starting" or "beginning" on another cannot start before the deed: "on Thursday
 * ordered gas rationing starting at noon Saturday" is the Saturday after that Thursday, even when told on the Friday.
 *
 * A span from one day of the week to another lies within a week, its end after its start: warnings "in effect from
 * Tuesday through Friday evening" told on a Monday run from the coming Tuesday, and stations closed "from 10 p.m.
 * Friday until the system opens on Monday" reopen on the Monday after that Friday. One told in the past is over:
 * "featured 200 acts from Tuesday through Saturday", told on a Tuesday, is the week before.
 */
import { addDays, formatDay, parseDay, type Day } from '../calendar.ts';
import { WEEKDAY_RE, weekdayOf } from '../lexicon.ts';
import { DAY_VALUE } from './anchor.ts';
import type { Resolved } from './resolveValues.ts';

/** "and" and the second deed's verb between them: " and returns ", " and then flies home on ". */
const IN_TURN = /^\s+and\s+(?:then\s+)?[a-z]+(?:\s+(?:back|home|out|off|up|down|on|again))?\s+(?:on\s+)?$/i;
/**
 * "and", then a second thing of the same plan up to its day: " and on the federal law on ", " and the final on " ("will
 * hear one case on Tuesday and the other on Wednesday").
 */
const AND_THEN_ON = /^\s+and\s+(?:on\s+)?[^.;!?]{1,60}?\s+on\s+$/i;
/** The rest of the deed's clause, then the word that sets its time going: " ordered rationing starting at ". */
const SET_GOING = /^[^.;!?]{1,100}\b(?:starting|beginning)\s+(?:(?:at|from|on)\s+)?$/i;
/**
 * The word that ends a span, and after "until" or "through" maybe a short clause up to its day: " through ", " until
 * the system opens on " (not " to discuss ", a purpose).
 */
const SPAN_TO = /^\s+(?:(?:through|thru|until|till)\s+(?:[a-z]+\s+){0,4}?|to\s+)(?:on\s+)?$/i;
/** "between Monday and Friday": "and" ends a span after "between". */
const [BETWEEN_AND, BETWEEN_BEFORE] = [/^\s+and\s+$/i, /\bbetween\s+$/i];
/** "Monday-Wednesday". */
const SPAN_DASH = /^\s*[-–]\s*$/;
/** A day, with maybe its clock time ("2012-11-03T12:00"). */
const DAY_OF = /^(\d{4}-\d\d-\d\d)(?=$|T)/;
const NAMES_WEEKDAY = new RegExp(`\\b${WEEKDAY_RE}`);

/** The timex moved `weeks` weeks from its day `day`, keeping any clock time after the day. */
const weeksOn = (t: Resolved, day: Day, weeks: number): Resolved => ({ ...t, value: formatDay(addDays(day, 7 * weeks)) + t.value.slice(10) });

export function orderWeekdaysInTurn(text: string, timexes: readonly Resolved[], dct: string | undefined): Resolved[] {
  const out = [...timexes];
  if (!dct) return out;
  for (let i = 0; i + 1 < out.length; i++) {
    if (ofSomeWeek(text, out, i) || orderSpan(text, out, i, dct) || callForNextDay(text, out, i)) continue;
    const [first, second] = [out[i]!, out[i + 1]!];
    if (setGoingWeekLate(text, first, second)) {
      out[i + 1] = weeksOn(second, parseDay(second.value.slice(0, 10))!, -1);
      continue;
    }
    // A day's value is ten characters: most pairs are told apart by length and order before any pattern is tried.
    if (first.value.length !== 10 || second.value.slice(0, 10) >= first.value || !DAY_VALUE.test(first.value)) continue;
    const secondDay = DAY_OF.exec(second.value)?.[1];
    if (secondDay === undefined || secondDay >= first.value || weekdayOf(text.slice(first.start, first.end)) === undefined) continue;
    const join = text.slice(first.end, second.start);
    const secondText = text.slice(second.start, second.end);
    const [a, b] = [parseDay(first.value), parseDay(secondDay)];
    if (!a || !b) continue;
    if (SET_GOING.test(join) && NAMES_WEEKDAY.test(secondText)) {
      out[i + 1] = weeksOn(second, b, 1);
      continue;
    }
    if (secondDay !== second.value || weekdayOf(secondText) === undefined) continue;
    // Two things of a plan ahead of the writing, each on its day: the second is not the day of writing when the first
    // is days ahead.
    if (first.value > dct && AND_THEN_ON.test(join)) {
      out[i + 1] = weeksOn(second, b, 1);
      continue;
    }
    if (!IN_TURN.test(join)) continue;
    if (second.value > dct) out[i + 1] = weeksOn(second, b, 1);
    else if (first.value <= dct) out[i] = weeksOn(first, a, -1);
  }
  return out;
}

/** Some day of the week, of no week told: "on a Sunday". */
const SOME_WEEKDAY_VALUE = /^XXXX-WXX-[1-7]$/;
/** What ends a span from some day right before a bare day: " and by ", ", by ", " until ", " and then by ". */
const BY_DAY_AFTER_SOME = /^,?\s+(?:and\s+(?:then\s+)?)?(?:by|until|till|through)\s+$/i;
/**
 * "We'd go to an open house on a Sunday and by Tuesday there would be five offers": a day a span from some day of the
 * week runs to is of that same week, some week too; true if it made the second one so.
 */
function ofSomeWeek(text: string, out: Resolved[], i: number): boolean {
  const [first, second] = [out[i]!, out[i + 1]!];
  // Told apart by the first's value before any text is read.
  if (!SOME_WEEKDAY_VALUE.test(first.value) || second.value.length !== 10 || second.start - first.end > 16) return false;
  const day = weekdayOf(text.slice(second.start, second.end));
  if (day === undefined || !BY_DAY_AFTER_SOME.test(text.slice(first.end, second.start))) return false;
  out[i + 1] = { ...second, value: `XXXX-WXX-${day}` };
  return true;
}

/**
 * "The rebels agreed on Tuesday to a truce beginning Wednesday": what a deed on a day of the week sets going on another
 * starts within the week after the deed, not a week later, when its clause's tense put it ahead of the writing.
 */
function setGoingWeekLate(text: string, first: Resolved, second: Resolved): boolean {
  // A day's value is ten characters; only a second day more than a week after the first is asked about.
  if (first.value.length !== 10 || second.value.slice(0, 10) <= first.value || !DAY_VALUE.test(first.value)) return false;
  // Two days of the week with a setting going between them, looked for before any date is worked out.
  if (weekdayOf(text.slice(first.start, first.end)) === undefined || !NAMES_WEEKDAY.test(text.slice(second.start, second.end)) ||
    !SET_GOING.test(text.slice(first.end, second.start))) return false;
  const a = parseDay(first.value);
  const secondDay = DAY_OF.exec(second.value)?.[1];
  return a !== undefined && secondDay !== undefined && secondDay > formatDay(addDays(a, 7));
}

/**
 * Puts the two ends of a span "from" one day of the week to another in order, within a week, and those of a span told
 * without "from" whose end was moved back; true if it moved one.
 */
function orderSpan(text: string, out: Resolved[], i: number, dct: string): boolean {
  // "from 6pm on Friday until 6am on Saturday": a clock time right before its day goes with the day.
  const endAt = clockOfDayAfter(text, out, i + 1) ? i + 2 : i + 1;
  const [first, second] = [out[i]!, out[endAt]!];
  const from = text.slice(first.start - 5, first.start);
  const opened = from === 'from ' || from === 'From ';
  // Without "from" ("were held Tuesday through Thursday", "between Monday and Friday") the end was read from the start
  // and comes after it, unless a span told in the past moved it back a week (resolveValues.ts): told apart by values
  // first, as this runs for every two timexes in turn.
  if (!opened && !(first.value.length >= 10 && second.value.length >= 10 && second.value.slice(0, 10) < first.value.slice(0, 10))) return false;
  const join = text.slice(first.end, out[i + 1]!.start);
  const spans = SPAN_TO.test(join) || SPAN_DASH.test(join) || (BETWEEN_AND.test(join) && BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 8), first.start)));
  if (!spans) return false;
  const [startDay, endDay] = [DAY_OF.exec(first.value)?.[1], DAY_OF.exec(second.value)?.[1]];
  const [a, b] = [parseDay(startDay), parseDay(endDay)];
  if (!a || !b) return false;
  if (!NAMES_WEEKDAY.test(text.slice(first.start, first.end)) || !NAMES_WEEKDAY.test(text.slice(second.start, second.end))) return false;
  // The end before the start, or a week or more after it: the end of the writing's side keeps its day.
  if (endDay! < startDay!) {
    if (startDay! > dct) moveWithClock(text, out, endAt, b, 1);
    else moveWithClock(text, out, i, a, -1);
    return true;
  }
  if (!opened || formatDay(addDays(a, 7)) > endDay!) return false;
  if (endDay! > dct) moveWithClock(text, out, i, a, 1);
  else moveWithClock(text, out, endAt, b, -1);
  return true;
}

/** Is the timex at `k` a clock time of the day written right after it ("6am on Saturday", "0600 GMT on Saturday")? */
function clockOfDayAfter(text: string, out: readonly Resolved[], k: number): boolean {
  const [clock, day] = [out[k], out[k + 1]];
  if (!clock || !day || k < 0 || clock.value.charCodeAt(10) !== 84 || day.start - clock.end > 4 || clock.value.slice(0, 10) !== day.value) return false;
  return CLOCK_DAY_JOIN.test(text.slice(clock.end, day.start));
}
/** What stands between a clock time and its day: a space, maybe "on". */
const CLOCK_DAY_JOIN = /^\s+(?:on\s+)?$/;
/** Moves the day at `k` `weeks` weeks, and the clock time written right before it with it. */
function moveWithClock(text: string, out: Resolved[], k: number, day: Day, weeks: number): void {
  if (clockOfDayAfter(text, out, k - 1)) out[k - 1] = weeksOn(out[k - 1]!, day, weeks);
  out[k] = weeksOn(out[k]!, day, weeks);
}

/** "called on Sunday for": a call made on the day of the week just told. */
const CALLED_ON_BEFORE = /\bcall(?:ed|s)\s+(?:(?:on|late|early)\s+)*$/i;
/** What was called for, up to its day: " for mass rallies on ", " for a general strike on ". */
const FOR_ACTION_ON = /^\s+for\s+[^.;!?]{1,60}?\s+on\s+$/i;
/**
 * "He called on Sunday for protests on Monday": what is called for on a day of the week is the first such day after
 * the call (read alone, a day called for is ahead of the writing, a week on when the call was days before it); true if
 * it moved one.
 */
function callForNextDay(text: string, out: Resolved[], i: number): boolean {
  const [first, second] = [out[i]!, out[i + 1]!];
  if (first.value.length !== 10 || !CALLED_ON_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start))) return false;
  const [a, b] = [parseDay(first.value), parseDay(DAY_OF.exec(second.value)?.[1])];
  if (!a || !b || !FOR_ACTION_ON.test(text.slice(first.end, second.start)) || !NAMES_WEEKDAY.test(text.slice(second.start, second.end))) return false;
  if (formatDay(addDays(a, 7)) >= second.value.slice(0, 10)) return false;
  out[i + 1] = weeksOn(second, b, -1);
  return true;
}
