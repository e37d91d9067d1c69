/**
 * A clock time in the small hours told with a night is of the morning that night runs into: "last night at 1:30 a.m.",
 * "at 2:15 a.m. last night", "late last night, at about 2 a.m.", "tonight at 2 a.m.". A night is written on the day it
 * begins (`2024-04-03TNI`), so a time after its midnight is on the day after.
 */
import { addDays, formatDay, parseDay } from '../calendar.ts';
import type { Resolved } from './resolveValues.ts';

const NIGHT = /^(\d{4}-\d\d-\d\d)TNI$/;
const SMALL_HOURS = /^(\d{4}-\d\d-\d\d)(T0[0-5]:\d\d.*)$/;
/** The clock and the night side by side: "last night at 1:30", "late last night, at about 2 a.m.", "2:15 a.m. last night". */
const BETWEEN = /^(?:\s+|,?\s+at\s+|,\s+)$/;
/** A clock that names no day of its own: digits, a.m., and words of nearness only. */
const CLOCK_ALONE = /^(?:(?:at|about|around|approximately|roughly|some|shortly|just|after|before|midnight|a\.?m\.?|o['’]clock)\b|[\d:.\s,])+$/i;

export function moveSmallHoursPastNight(text: string, timexes: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (let i = 0; i < timexes.length; i++) out.push(pastNightAt(text, timexes, i));
  return out;
}

/** The timex at `i`, moved to the morning after the night told next to it when it is a clock in the small hours. */
function pastNightAt(text: string, timexes: readonly Resolved[], i: number): Resolved {
  const t = timexes[i]!;
  const clock = t.type === 'TIME' ? SMALL_HOURS.exec(t.value) : null;
  if (!clock || !CLOCK_ALONE.test(text.slice(t.start, t.end))) return t;
  const previous = timexes[i - 1];
  const next = timexes[i + 1];
  const night = nightOf(previous, previous ? text.slice(previous.end, t.start) : '') ?? nightOf(next, next ? text.slice(t.end, next.start) : '');
  const day = night === clock[1] ? parseDay(night) : undefined;
  return day ? { ...t, value: `${formatDay(addDays(day, 1))}${clock[2]}` } : t;
}

/** The day of the night `n` is, when it is told right next to the clock (`gap` between them). */
const nightOf = (n: Resolved | undefined, gap: string): string | undefined =>
  n?.type === 'TIME' && gap.length <= 12 && BETWEEN.test(gap) ? NIGHT.exec(n.value)?.[1] : undefined;
