/**
 * An offset told again by its date right after it: "a year later, in 1965", "two decades later, in 2003", "three days
 * earlier, on March 5". The writer names the time the offset leads to, so the offset takes that date's value (cut to
 * its own precision) rather than one counted from a reference time the tagger may have wrong.
 */
import type { Resolved } from './resolveValues.ts';

/** The offset's own text ends with its direction. */
const OFFSET = /\s(?:later|earlier|afterwards?|before|after)$/i;
/** Between the two: a comma, then "in" or "on". */
const RESTATING = /^,\s{1,3}(?:in|on)\s{1,3}$/i;
/** A calendar value: a year, then maybe its month and day. */
const CALENDAR = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

export function takeRestatedDates(text: string, timexes: readonly Resolved[]): Resolved[] {
  return timexes.map((t, i) => {
    const next = timexes[i + 1];
    // A bounded offset ("at least 40 years earlier, in 1941") is a limit the date lies beyond, not the date.
    if (!next || t.type !== 'DATE' || next.type !== 'DATE' || t.mod || next.mod || next.start - t.end > 8) return t;
    if (!CALENDAR.test(t.value) || !CALENDAR.test(next.value) || next.value.length < t.value.length) return t;
    if (!RESTATING.test(text.slice(t.end, next.start)) || !OFFSET.test(text.slice(t.start, t.end))) return t;
    return { ...t, value: next.value.slice(0, t.value.length) };
  });
}
