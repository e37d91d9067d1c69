/**
 * The tagging pipeline: every parser proposes drafts, then ordered refiners turn them into timexes.
 * Parser order is also the tie-break when two drafts have the same extent (earlier wins), so more specific
 * families come first.
 */
import type { Draft, Parser } from './draft.ts';
import { ageParser } from './parsers/age.ts';
import { absoluteDateParser } from './parsers/absoluteDate.ts';
import { decadeCenturyParser } from './parsers/decadeCentury.ts';
import { deicticParser } from './parsers/deictic.ts';
import { durationParser } from './parsers/duration.ts';
import { eventDayParser } from './parsers/eventDay.ts';
import { holidayParser } from './parsers/holiday.ts';
import { monthDayParser } from './parsers/monthDay.ts';
import { rangeParser } from './parsers/range.ts';
import { partOfYearParser } from './parsers/partOfYear.ts';
import { relativeOffsetParser } from './parsers/relativeOffset.ts';
import { setParser } from './parsers/set.ts';
import { timeOfDayParser } from './parsers/timeOfDay.ts';
import { weekdayParser } from './parsers/weekday.ts';
import { applyModifiers } from './refiners/modifiers.ts';
import { removeOverlaps } from './refiners/removeOverlaps.ts';
import { dropQuotedTitles } from './refiners/quotedTitle.ts';
import { takeRestatedDates } from './refiners/restatedDate.ts';
import { resolveValues, type Resolved } from './refiners/resolveValues.ts';
import { mergeShiftedDates } from './refiners/shiftedDates.ts';
import { mergeWeekdayOfDay } from './refiners/weekdayOfDay.ts';
import { moveSmallHoursPastNight } from './refiners/smallHours.ts';
import { orderWeekdaysInTurn } from './refiners/weekdaySequence.ts';
import type { TagOptions, Timex } from './types.ts';
import { valueToInterval } from './valueToInterval.ts';

export const PARSERS: readonly (readonly [string, Parser])[] = [
  ['absoluteDate', absoluteDateParser],
  ['range', rangeParser],
  ['timeOfDay', timeOfDayParser],
  ['set', setParser],
  ['relativeOffset', relativeOffsetParser],
  ['partOfYear', partOfYearParser],
  ['decadeCentury', decadeCenturyParser],
  ['monthDay', monthDayParser],
  ['weekday', weekdayParser],
  ['eventDay', eventDayParser],
  ['holiday', holidayParser],
  ['deictic', deicticParser],
  ['duration', durationParser],
  ['age', ageParser],
];

const RANK: ReadonlyMap<string, number> = new Map(PARSERS.map(([name], i) => [name, i]));
const rankOf = (d: Draft): number => RANK.get(d.source) ?? PARSERS.length;

export function runPipeline(text: string, options: TagOptions = {}): Timex[] {
  // 1. Parsers: independent proposals, overlapping freely. Each pattern runs only near its trigger words (near.ts).
  const drafts: Draft[] = [];
  for (const [, parse] of PARSERS) for (const d of parse(text)) drafts.push(d);
  // 2. Modifier words join the extent before overlaps are settled, so "early October" beats "October".
  const modified = applyModifiers(text, drafts);
  // 3. One reading per stretch of text, none a word of a title in quotes ("Manic Monday").
  const kept = dropQuotedTitles(text, removeOverlaps(modified, rankOf));
  // 4. Values need the reference time, the tense and the narrative anchor, in text order.
  // 5. A count before or after a date ("two days after Christmas") joins it, now that the date has its value; so does a
  //    weekday ("the Friday before Thanksgiving").
  // 6. A weekday right before a timex of its day joins it ("Sunday dawn of 25 June 1950").
  // 7. An offset told again by its date ("a year later, in 1965") takes that date.
  // 8. A clock in the small hours told with a night ("last night at 1:30 a.m.") is on the day after the night's, and
  //    weekdays told as deeds in turn ("leaves Tuesday and returns Saturday") keep their order.
  const merged = takeRestatedDates(text, mergeWeekdayOfDay(text, mergeShiftedDates(text, resolveValues(text, kept, options))));
  const resolved = orderWeekdaysInTurn(text, moveSmallHoursPastNight(text, merged, options.dct?.slice(0, 10)), options.dct?.slice(0, 10));
  // 9. Calendar placement for the timeline.
  const timexes: Timex[] = [];
  for (const d of resolved) timexes.push(toTimex(text, d));
  return timexes;
}

/** A resolved draft as the timex the tagger returns, placed on the calendar. */
function toTimex(text: string, d: Resolved): Timex {
  const placed = d.type === 'DATE' || d.type === 'TIME' ? valueToInterval(d.value) : undefined;
  // Optional fields are set only when present (no spreads: this runs for every timex).
  const t: { -readonly [K in keyof Timex]: Timex[K] } = { start: d.start, end: d.end, text: text.slice(d.start, d.end), type: d.type, value: d.value };
  if (d.mod) t.mod = d.mod;
  if (placed) {
    t.interval = placed.interval;
    t.granularity = placed.granularity;
  }
  return t;
}
