/**
 * A weekday written right before a timex of the day it names is part of it: "at Sunday dawn of 25 June 1950" is one
 * time, on 25 June, not a Sunday of its own counted from the story.
 */
import { isoWeekday, parseDay } from '../calendar.ts';
import { weekdayOf } from '../lexicon.ts';
import type { Resolved } from './resolveValues.ts';

/**
 * Only spaces between the weekday and the timex after it, or a comma before a date ("THURSDAY, MARCH 7, 2013"); not
 * before a phrase that tells more of the day ("on Tuesday, the second day of the offensive").
 */
const ADJACENT = /^\s{1,3}$/;
const COMMA_BEFORE_DATE = /^,\s{1,3}[\dA-Z]/;

export function mergeWeekdayOfDay(text: string, timexes: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    const next = timexes[i + 1];
    const adjacent = next !== undefined && next.start - t.end <= 3 && t.type === 'DATE' && !t.mod && (ADJACENT.test(text.slice(t.end, next.start)) || COMMA_BEFORE_DATE.test(text.slice(t.end, next.start + 1)));
    const weekday = adjacent ? weekdayOf(text.slice(t.start, t.end)) : undefined;
    const day = weekday ? parseDay(next!.value.slice(0, 10)) : undefined;
    if (day && /^\d{4}-\d\d-\d\d/.test(next!.value) && isoWeekday(day) === weekday) {
      out.push({ ...next!, start: t.start });
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
