/**
 * A weekday written right before a timex of the day it names is part of it: "at Sunday dawn of 25 June 1950" is one
 * time, on 25 June, not a Sunday of its own counted from the story; one in apposition after a date is that date's day.
 */
import { isoWeekday, parseDay, utcDate, type Day } from '../calendar.ts';
import { weekdayOf } from '../lexicon.ts';
import type { Resolved } from './resolveValues.ts';

/**
 * Only spaces between the weekday and the timex after it, or a comma before a date ("THURSDAY, MARCH 7, 2013"); not
 * before a phrase that tells more of the day ("on Tuesday, the second day of the offensive").
 */
const ADJACENT = /^\s{1,3}$/;
const COMMA_BEFORE_DATE = /^,\s{1,3}[\dA-Z]/;
/** "on March 31, a Sunday": the weekday after a date, in apposition, is that date's day. */
export const APPOSITION = /^,\s{1,3}an?\s{1,3}$/;
/**
 * "markets closed on Wednesday for New Year's Day", "shut Friday for Good Friday": a weekday a thing is done on for a
 * day named right after it is that day, when it falls on that weekday.
 */
const FOR_BETWEEN = /^\s{1,3}for\s{1,3}(?:the\s{1,3})?$/;
/** How far apart the weekday read alone and the day it is for may be: the same week's day, read on the wrong side. */
const FOR_DAY_REACH = 7;

/**
 * A weekday with a part of the day, before the date of that weekday: "on Monday night, April 8" is the night of April 8,
 * one time, whatever week the weekday alone would be counted in.
 */
const WEEKDAY_PART = /^([A-Za-z]+)\s+(?:morning|afternoon|evening|night)$/;
const PART_OF_DAY_VALUE = /^\d{4}-\d\d-\d\d(T(?:MO|AF|EV|NI))$/;

/** The weekday a timex names, and the part of the day it adds to the date after it ("" for a weekday alone). */
function weekdayAndPart(text: string, t: Resolved): [number | undefined, string] {
  if (t.type === 'DATE') return [weekdayOf(text.slice(t.start, t.end)), ''];
  const part = PART_OF_DAY_VALUE.exec(t.value)?.[1];
  const words = part ? WEEKDAY_PART.exec(text.slice(t.start, t.end)) : null;
  return words ? [weekdayOf(words[1] ?? ''), part ?? ''] : [undefined, ''];
}

const toDays = (d: Day): number => utcDate(d.year, d.month, d.day).getTime() / 86_400_000;

export function mergeWeekdayOfDay(text: string, timexes: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    const next = timexes[i + 1];
    const adjacent = next !== undefined && next.start - t.end <= 3 && !t.mod && (ADJACENT.test(text.slice(t.end, next.start)) || COMMA_BEFORE_DATE.test(text.slice(t.end, next.start + 1)));
    const [weekday, part] = adjacent ? weekdayAndPart(text, t) : [undefined, ''];
    const day = weekday ? parseDay(next!.value.slice(0, 10)) : undefined;
    if (day && /^\d{4}-\d\d-\d\d/.test(next!.value) && isoWeekday(day) === weekday) {
      // The part of the day goes on a bare date only ("Monday night, April 8"), not on one with a clock time of its own.
      if (part && next!.value.length !== 10) { out.push(t); continue; }
      out.push(part ? { ...next!, start: t.start, type: 'TIME', value: next!.value + part } : { ...next!, start: t.start });
      i++;
      continue;
    }
    // "closed on Wednesday for New Year's Day": the weekday is the day it is for.
    if (next !== undefined && t.type === 'DATE' && next.type === 'DATE' && next.start - t.end <= 12 && FOR_BETWEEN.test(text.slice(t.end, next.start))) {
      const [told, named] = [parseDay(t.value), parseDay(next.value)];
      const gap = told && named ? Math.abs(toDays(named) - toDays(told)) : Infinity;
      if (t.value.length === 10 && next.value.length === 10 && gap > 0 && gap <= FOR_DAY_REACH && isoWeekday(named!) === weekdayOf(text.slice(t.start, t.end))) {
        out.push({ ...t, value: next.value });
        continue;
      }
    }
    // "were reported on March 31, a Sunday": the weekday names the day of the date before it, not one of its own.
    if (next !== undefined && next.type === 'DATE' && t.type === 'DATE' && next.start - t.end <= 6 && APPOSITION.test(text.slice(t.end, next.start))) {
      const told = parseDay(t.value);
      if (told && t.value.length === 10 && isoWeekday(told) === weekdayOf(text.slice(next.start, next.end))) {
        out.push(t, { ...next, value: t.value });
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
