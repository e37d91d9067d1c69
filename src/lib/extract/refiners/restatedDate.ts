/**
 * An offset told again by its date right after it: "a year later, in 1965", "two decades later, in 2003", "three days
 * earlier, on March 5". The writer names the time the offset leads to, so the offset takes that date's value (cut to
 * its own precision) rather than one counted from a reference time the tagger may have wrong.
 */
import { formatWeek, parseDay } from '../calendar.ts';
import type { Resolved } from './resolveValues.ts';

/** The offset's own text ends with its direction. */
const OFFSET = /\s(?:later|earlier|afterwards?|before|after)$/i;
/** Between the two: a comma, then "in" or "on". */
const RESTATING = /^,\s{1,3}(?:in|on)\s{1,3}$/i;
/** A calendar value: a year, then maybe its month and day. */
const CALENDAR = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;
/** The offset's own value may be one with no known year ("XXXX", "XXXX-XX-XX"): the date told gives it one. */
const OFFSET_CALENDAR = /^(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX))?)?$/;

/**
 * The same the other way round: "emerged in November 2011, three and a half years later.", "had died in 1984, six
 * years earlier", "died on Saturday, nearly two weeks later": an offset after a comma, closing its clause, counts to
 * the date just told from another.
 */
const RESTATED_BEFORE = /^,\s{1,3}$/;
const COUNTED_OFFSET = /\s(?:later|earlier)$/i;
const CLAUSE_END = /^\s*(?:[.;,:)!?]|$)/;
const WEEK = /^\d{4}-W\d\d$/;
/** A week counted to, or one whose number is not known ("1754-WXX" from a month told). */
const WEEK_OR_UNKNOWN = /^(?:\d{4}|XXXX)-W(?:\d\d|XX)$/;

/**
 * A part of the date told ("got her permit in mid-February, four months later", "in late 2011, two years later") still
 * names the time counted to; a bound or a hedge on it does not.
 */
const PART_MOD: ReadonlySet<string> = new Set(['START', 'MID', 'END']);

function restatesDateBefore(text: string, t: Resolved, previous: Resolved): boolean {
  if (previous.type !== 'DATE' || (previous.mod && !PART_MOD.has(previous.mod))) return false;
  if (!CALENDAR.test(previous.value) || previous.value.length < t.value.length) return false;
  return RESTATED_BEFORE.test(text.slice(previous.end, t.start)) && CLAUSE_END.test(text.slice(t.end, t.end + 3));
}

export function takeRestatedDates(text: string, timexes: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(restatedAt(text, timexes, i));
  return out;
}

/** The timex at `i`, with the value of the date that restates it, if one does. */
function restatedAt(text: string, timexes: readonly Resolved[], i: number): Resolved {
  const t = timexes[i]!;
  const next = timexes[i + 1];
  const previous = timexes[i - 1];
  // A hedge keeps the restating ("died on Saturday, nearly two weeks later"); a bound does not.
  const countedTo = previous !== undefined && t.start - previous.end <= 4 && t.type === 'DATE' && (!t.mod || t.mod === 'APPROX') &&
    COUNTED_OFFSET.test(text.slice(t.start, t.end));
  if (countedTo && OFFSET_CALENDAR.test(t.value) && restatesDateBefore(text, t, previous)) return { ...t, value: previous.value.slice(0, t.value.length) };
  // Counted in weeks, the offset is the week of the day told.
  const day = countedTo && WEEK.test(t.value) && restatesDateBefore(text, t, previous) ? parseDay(previous.value) : undefined;
  if (day) return { ...t, value: formatWeek(day) };
  // A bounded offset ("at least 40 years earlier, in 1941") is a limit the date lies beyond, not the date; a hedged one
  // is the date ("canonised nearly five centuries later, in 1920").
  if (!next || t.type !== 'DATE' || next.type !== 'DATE' || (t.mod && t.mod !== 'APPROX') || next.mod || next.start - t.end > 8) return t;
  // "A week later, on 14 September", "Five weeks later, on 3 July": counted in weeks, the week of the day told.
  const weeks = WEEK_OR_UNKNOWN.test(t.value);
  if ((!weeks && !OFFSET_CALENDAR.test(t.value)) || !CALENDAR.test(next.value) || next.value.length < t.value.length) return t;
  if (!RESTATING.test(text.slice(t.end, next.start)) || !OFFSET.test(text.slice(t.start, t.end))) return t;
  const told = weeks ? parseDay(next.value) : undefined;
  if (weeks) return told ? { ...t, value: formatWeek(told) } : t;
  return { ...t, value: next.value.slice(0, t.value.length) };
}
