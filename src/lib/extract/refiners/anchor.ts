/** The time a TIMEX3 value puts the story at, as an anchor for what is told after it. */
import { addDays } from '../calendar.ts';
import type { Anchor } from '../draft.ts';
import { memoize } from '../memoize.ts';

/** Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD…` as an anchor; other values do not move the narrative time. */
export const anchorOf: (value: string) => Anchor | undefined = memoize(parseAnchor);

function parseAnchor(value: string): Anchor | undefined {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) return { year: Number(q[1]), quarter: Number(q[2]) };
  // A half of a year still moves the story to that year ("in the latter half of 2008 ... By October"). Seasons do
  // not: "next summer", "the spring" are told ahead or aside far more often than they move a history on; only a
  // season written with its year does (see writtenSeason).
  const half = /^(\d{4})-H[12]$/.exec(value);
  if (half) return { year: Number(half[1]) };
  const m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T(?:(\d{2}):(\d{2}))?)/.exec(value);
  if (!m) return undefined;
  const year = m[1] ? 1 - Number(m[2]) : Number(m[2]);
  const month = m[3] === undefined ? undefined : Number(m[3]);
  const day = m[4] === undefined ? undefined : Number(m[4]);
  // Midnight written as the end of a day (T24:00) is the start of the next one: the story is on that next day.
  if (month !== undefined && day !== undefined && /T24/.test(value)) return addDays({ year, month, day }, 1);
  const minute = day !== undefined && m[5] !== undefined ? Number(m[5]) * 60 + Number(m[6]) : undefined;
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}), ...(minute !== undefined ? { minute } : {}) };
}

/** A value that is one whole day and nothing more: `2013-03-20`. */
export const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;

/** Months since year 0 of an anchor, its first month when it names none: for counting months between two anchors. */
export const monthIndex = (a: Pick<Anchor, 'year' | 'month'>): number => a.year * 12 + (a.month ?? 1);

/** Does the period `a` names begin after the day `b`? ("2027" after 2025-03-05; "2025" not.) */
export const beginsAfter = (a: Anchor, b: Anchor): boolean =>
  (a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1)) > 0;

/** Does the period `a` names end before the day `b`? ("October 2024" before 2024-11-19; "2024" not.) */
export const endsBefore = (a: Anchor, b: Anchor): boolean =>
  (a.year - b.year || (a.month === undefined ? 0 : a.month - (b.month ?? 1)) || (a.day === undefined ? 0 : a.day - (b.day ?? 1))) < 0;

/** Is `a` a later day than `b` (both known to the day)? */
export const isAfter = (a: Anchor, b: Anchor | undefined): boolean =>
  b?.day !== undefined && a.day !== undefined && beginsAfter(a, b);
