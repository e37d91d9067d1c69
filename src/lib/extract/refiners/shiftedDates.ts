/**
 * A count of days, weeks, months or years before or after a date is one date: `the day before last Tuesday`, `two days
 * after Christmas`, `a week before the 4 July deadline`, `three years after 1914`, `a week from Friday`, `a week from tonight`, `a week on
 * Tuesday`, `a week today`, `a week ago Sunday` (the Sunday a week before last Sunday, as American news writes it), `the Tuesday after
 * Labor Day` (the first Tuesday after it). The parsers read
 * the count and the date apart (a duration or "the day before", then the date); once the date has its value, the two
 * become one timex whose value is the date shifted, as TimeML tags it. So does a weekday named before or after a day:
 * `the Friday before Thanksgiving`, and a week named by a day in it: `the week of Thanksgiving`.
 */
import { addDays, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, parseDay } from '../calendar.ts';
import { SLASH } from '../chars.ts';
import { COUNT_RE, FULL_WEEKDAY, numberValue, weekdayOf } from '../lexicon.ts';
import { shift, type Grain } from '../resolve.ts';
import type { Resolved } from './resolveValues.ts';

/** The count, the unit and the direction right before a date, at the end of the text before it. */
const SHIFT_BEFORE = new RegExp(`\\b(the|${COUNT_RE})\\s+(days?|weeks?|fortnights?|months?|years?|decades?)\\s+(before|after|from|on|ago)\\s+(?:the\\s+)?$`, 'i');
/**
 * A weekday and the direction right before a date: "the Tuesday after Labor Day", "the Saturday before Easter", "the
 * first Monday after Thanksgiving", "the last Saturday before Christmas" (the same day: the first after, or the last
 * before, is the one named). So is a weekend: "the weekend before Christmas", "the final weekend before Christmas".
 */
const WEEKDAY_BEFORE = new RegExp(`\\b[Tt]he\\s+(?:(?:first|last|final)\\s+)?(${FULL_WEEKDAY}|weekend)\\s+(before|after)\\s+(?:the\\s+)?$`);
/** The direction word alone: a cheap look before the whole pattern, which is tried at every position it could start. */
const DIRECTION_BEFORE = /\b(?:before|after|from|on|ago)\s+(?:the\s+)?$/i;
/**
 * "a week today", "a fortnight tomorrow" (British): that many weeks after the day, with no word of direction (the
 * pattern gives "on" for the direction, as "a week on Friday" has it).
 */
const WEEKS_ON_TODAY = new RegExp(`\\b(${COUNT_RE})\\s+(weeks?|fortnights?)()\\s+$`, 'i');
const WEEKS_ON_BEFORE_TODAY = /(?:week|fortnight)s?\s+$/i;
const TODAY_OR_TOMORROW = /^(?:today|tomorrow)$/i;
/**
 * "a week Saturday", "a fortnight Sunday" (British, as "a week on Saturday"): the weekday a week or two after the
 * coming one. Only a single week or fortnight, and not a tally reached by the day ("it will have been a week Saturday
 * since", "the strike hit a week Saturday"), which American news writes with the bare weekday.
 */
const A_WEEK_BEFORE_WEEKDAY = /\b(?:an?|one)\s+(?:week|fortnight)\s+$/i;
const BARE_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const TALLY_BEFORE = /\b(?:been|being|hit|hits|reached|reaches|entered|enters|marked|marks|marking|lasted|lasts|after|within|than|nearly|almost|about|over|for|spent|took|in|into|of|just|only|least|more|less|once|twice)\s+(?:an?|one)\s+(?:week|fortnight)\s+$/i;
const TALLY_AFTER = /^\s+(?:since|after|ago|old|before)\b/i;
const aWeekWeekday = (text: string, t: Resolved): boolean =>
  t.type === 'DATE' && !t.mod && BARE_WEEKDAY.test(text.slice(t.start, t.end)) && A_WEEK_BEFORE_WEEKDAY.test(text.slice(Math.max(0, t.start - 16), t.start)) &&
  !TALLY_BEFORE.test(text.slice(Math.max(0, t.start - 36), t.start)) && !TALLY_AFTER.test(text.slice(t.end, t.end + 8));
/** "a week yesterday", "a fortnight last Friday" (British): that many weeks before the day gone. */
const DAY_GONE = /^(?:yesterday|last\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i;
/** A time of a day with its part or clock: `2013-03-25TNI`, `2013-03-25T20:00`. */
const DAY_AND_PART = /^(\d{4}-\d{2}-\d{2})(T.+)$/;
/**
 * Words before "two weeks from Friday" that make it a span starting then; not "for" after a word of scheduling ("the
 * vote is set for a week from Friday" is a day).
 */
const LASTING = /\b(?:for(?<!\b(?:set|scheduled|planned|slated|due)\s+for)|over|during|lasting|within)\s+$/i;
/**
 * Words before the count that make it a stretch of time up to or from the date: "the next three weeks before
 * Christmas", "the final two days before the vote", "in the three years before the 2008 crisis" (not "the day before",
 * whose "the" is the count).
 */
const STRETCH_BEFORE = /\bthe\s+(?:(?:next|past|last|final|first|coming|remaining|previous)\s+)?$/i;
/** After the date, the word that ends a span it opens: "from August through November", "from 2010 to 2012". */
const SPAN_GOES_ON = /^\s*(?:through|thru|to|until|till|[-–])\s/i;
/** "the week of " right before a day ("the week of Thanksgiving"). */
const WEEK_OF_BEFORE = /\b[Tt]he\s+week\s+of\s+(?:the\s+)?$/;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const POSSESSIVE_AFTER = /^['’]s\b/;
/** "the" right before the date, after the direction: "the years after the ". */
const THE_BEFORE_DATE = /\s(?:before|after)\s+the\s+$/i;
/** The longest stretch a count, a unit and "before the" take ("twenty-five months after the "). */
const REACH = 48;

const GRAIN: Readonly<Record<string, Grain>> = { day: 'day', week: 'week', fortnight: 'week', month: 'month', year: 'year', decade: 'year' };
/** The span of some units: "the years after 1453" (PXY). */
const VAGUE_SPAN: Readonly<Record<string, string>> = { day: 'PXD', week: 'PXW', fortnight: 'PXW', month: 'PXM', year: 'PXY', decade: 'PXDE' };
/** Units counted in another grain: a fortnight is two weeks, a decade ten years ("a decade ago Wednesday"). */
const PER_GRAIN: Readonly<Record<string, number>> = { fortnight: 2, decade: 10 };

/** The first `weekday` (Monday 1) after (`step` 1) or before (−1) the day `value`, if it is a day. */
function firstWeekdayFrom(value: string, weekday: number, step: 1 | -1): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDay(value) : undefined;
  if (!day) return undefined;
  const gap = step > 0 ? (weekday - isoWeekday(day) + 7) % 7 || 7 : (isoWeekday(day) - weekday + 7) % 7 || 7;
  return formatDay(addDays(day, step * gap));
}

/**
 * The first weekend wholly after (`step` 1) or before (−1) the day `value`: the week of its Saturday after, or of its
 * Sunday before ("the weekend before Christmas", told of a Christmas on a Wednesday, is the Saturday and Sunday before).
 */
function firstWeekendFrom(value: string, step: 1 | -1): string | undefined {
  const day = firstWeekdayFrom(value, step > 0 ? 6 : 7, step);
  const at = day === undefined ? undefined : parseDay(day);
  return at ? `${formatWeek(at)}-WE` : undefined;
}

/**
 * `value` moved by `n` units, or undefined when the value is too coarse for the unit (days from a month). `whole`: the
 * unit that holds the day moved to ("the week before Thanksgiving" is a week, "a week before" it a day).
 */
function shifted(value: string, grain: Grain, n: number, whole = false): string | undefined {
  const day = parseDay(value);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const moved = grain === 'week' ? shift(day, 'day', 7 * n) : shift(day, grain, n);
    if (whole && grain === 'week') return formatWeek(moved);
    if (whole && grain === 'month') return formatMonth(moved.year, moved.month);
    if (whole && grain === 'year') return formatYear(moved.year);
    return formatDay(moved);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && (grain === 'month' || grain === 'year')) {
    const d = shift({ year: Number(month[1]), month: Number(month[2]), day: 1 }, grain, n);
    return formatMonth(d.year, d.month);
  }
  const year = /^\d{4}$/.exec(value);
  if (year && grain === 'year') return formatYear(Number(value) + n);
  return undefined;
}

/**
 * The day a count of days or weeks right before the day `value` at `start` names, as a story goes on from it: "two
 * days after Christmas. The next day …" counts on from December 27, "the day before Thanksgiving" from its eve. Not a
 * stretch up to or from the day ("for three days after Christmas", "the final two days before the vote"), nor a week
 * named whole ("the week before Easter").
 */
export function dayShiftedBefore(text: string, start: number, value: string): string | undefined {
  if (!FULL_DAY.test(value) || !DIRECTION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return undefined;
  const m = SHIFT_BEFORE.exec(text.slice(Math.max(0, start - REACH), start));
  const direction = (m?.[3] ?? '').toLowerCase();
  if (!m || (direction !== 'before' && direction !== 'after')) return undefined;
  const the = /^the$/i.test(m[1] ?? '');
  const unit = (m[2] ?? '').toLowerCase();
  const count = the ? 1 : numberValue(m[1] ?? '');
  const countStart = start - m[0].length;
  // "the day before", "two days after", "a week after"; not "the days after" nor "the week before".
  const grain = unit === 'day' || (unit === 'days' && !the) ? 'day' : !the && (unit === 'week' || unit === 'weeks') ? 'week' : undefined;
  if (!grain || count === undefined || !Number.isInteger(count)) return undefined;
  if (STRETCH_BEFORE.test(text.slice(Math.max(0, countStart - 16), countStart)) || LASTING.test(text.slice(Math.max(0, countStart - 24), countStart))) return undefined;
  return shifted(value, grain, direction === 'before' ? -count : count);
}

export function mergeShiftedDates(text: string, timexes: readonly Resolved[]): Resolved[] {
  const out: Resolved[] = [];
  for (const t of timexes) {
    // "a week from tonight": a part of a day moves with its day, and stays a TIME.
    const part = t.type === 'TIME' ? DAY_AND_PART.exec(t.value) : null;
    const found = (t.type === 'DATE' || part) && !t.mod && DIRECTION_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))
      ? SHIFT_BEFORE.exec(text.slice(Math.max(0, t.start - REACH), t.start))
      : t.type === 'DATE' && WEEKS_ON_BEFORE_TODAY.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
          (TODAY_OR_TOMORROW.test(text.slice(t.start, t.end)) || DAY_GONE.test(text.slice(t.start, t.end)) || aWeekWeekday(text, t))
        ? WEEKS_ON_TODAY.exec(text.slice(Math.max(0, t.start - REACH), t.start))
        : null;
    const back = found?.[3] === '' && DAY_GONE.test(text.slice(t.start, t.end));
    // The "2" of "2 1/2 years ago this month" is no count of its own.
    const m = found && text.charCodeAt(t.start - found[0].length - 1) === SLASH ? null : found;
    const unit = (m?.[2] ?? '').toLowerCase().replace(/s$/, '');
    const counted = m ? (/^the$/i.test(m[1] ?? '') ? 1 : numberValue(m[1] ?? '')) : undefined;
    const count = counted === undefined ? undefined : counted * (PER_GRAIN[unit] ?? 1);
    const grain = GRAIN[unit];
    // "a week on Tuesday", "a fortnight on Friday" (British): that many weeks after the day; "three days on Monday" is
    // no date.
    const on = /^(?:on|)$/i.test(m?.[3] ?? 'x');
    const value = m && grain && count !== undefined && Number.isInteger(count) && (!on || grain === 'week')
      ? shifted(part?.[1] ?? t.value, grain, back || /^(?:before|ago)$/i.test(m[3] ?? '') ? -count : count, !part && /^the$/i.test(m[1] ?? ''))
      : undefined;
    const start = t.start - (m?.[0].length ?? 0);
    // "for two weeks from Friday" lasts two weeks from then, "fasted for 40 days before Easter" up to then: a span, not a
    // date ("a record for the week after Christmas" names a week).
    const lastsFrom = m !== null && (/^(?:from|on|)$/i.test(m[3] ?? '') || (/^(?:before|after)$/i.test(m[3] ?? '') && !/^the$/i.test(m[1] ?? '')));
    const lasting = m !== null && ((lastsFrom && LASTING.test(text.slice(Math.max(0, start - 24), start))) ||
      STRETCH_BEFORE.test(text.slice(Math.max(0, start - 16), start)));
    // "204,000 a month from August through November": a rate, then a span from the date; no month after August.
    const rate = out.length > 0 && out[out.length - 1]?.type === 'SET' && (out[out.length - 1]?.end ?? 0) > start;
    const span = /^from$/i.test(m?.[3] ?? '') && SPAN_GOES_ON.test(text.slice(t.end, t.end + 8));
    // "more than two months after the Feb. 4 deadline": a hedged count names no day, and "3 days ago 3 days ago" holds
    // a whole timex before the count; where one begins before the count, the two stay apart and neither is lost.
    const last = out[out.length - 1];
    const straddled = last !== undefined && last.start < start && last.end > start;
    if (!m || value === undefined || lasting || rate || span || straddled) {
      // "the week of Thanksgiving", "the week of Memorial Day": the ISO week that holds the day, one timex with it.
      const weekOf = !m && t.type === 'DATE' && !t.mod && FULL_DAY.test(t.value) ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, t.start - 16), t.start)) : null;
      const inWeek = weekOf ? parseDay(t.value) : undefined;
      if (weekOf && inWeek) {
        out.push({ start: t.start - weekOf[0].length, end: t.end, type: 'DATE', value: formatWeek(inWeek) });
        continue;
      }
      // "the Tuesday after Labor Day": the first such weekday after (before) the date, one timex with it.
      // Not before a day's event: "the final weekend before Monday's caucuses" counts from the caucuses, a timex apart.
      const wd = !m && !POSSESSIVE_AFTER.test(text.slice(t.end, t.end + 3)) && DIRECTION_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))
        ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, t.start - 38), t.start))
        : null;
      const step = wd?.[2] === 'after' ? 1 : -1;
      const day = !wd ? undefined : wd[1] === 'weekend' ? firstWeekendFrom(t.value, step) : firstWeekdayFrom(t.value, weekdayOf(wd[1] ?? '') ?? 0, step);
      if (!wd || day === undefined || t.type !== 'DATE' || t.mod) {
        out.push(t);
        continue;
      }
      const from = t.start - wd[0].length;
      while (out.length > 0 && (out[out.length - 1]?.end ?? 0) > from) out.pop();
      out.push({ start: from, end: t.end, type: 'DATE', value: day });
      continue;
    }
    // "in the years after 1453", "the decades after 1815": a stretch of unknown length from the date, no date.
    const stretch = /^the$/i.test(m[1] ?? '') && /s$/i.test(m[2] ?? '') ? VAGUE_SPAN[unit] : undefined;
    // "in the years after the 1968 riots": a year after "the" is the event's, which the stretch counts from; the year
    // stays a date of its own.
    if (stretch && THE_BEFORE_DATE.test(m[0])) {
      out.push(t);
      continue;
    }
    // The count read alone ("two days", "the day before") gives way to the date it counts from.
    while (out.length > 0 && (out[out.length - 1]?.end ?? 0) > start) out.pop();
    if (stretch) {
      out.push({ start, end: t.end, type: 'DURATION', value: stretch });
      continue;
    }
    const clock = out[out.length - 1];
    if (!part && clock !== undefined && clockOfDate(text, clock, t, start)) out[out.length - 1] = { ...clock, value: `${value}${clock.value.slice(t.value.length)}` };
    out.push({ start, end: t.end, type: part ? 'TIME' : 'DATE', value: part ? `${value}${part[2]}` : value });
  }
  return out;
}

/** What stands between a clock time and the count of days after it: a space, maybe "on". */
const CLOCK_TO_COUNT = /^\s{1,3}(?:on\s{1,3})?$/;
/**
 * "opened at 5 a.m. the day after Christmas", "at noon two days before the vote on March 3": a clock time written right
 * before the count took the day of the date counted from, and moves with it to the day counted to.
 */
const clockOfDate = (text: string, clock: Resolved, t: Resolved, countStart: number): boolean =>
  clock.type === 'TIME' && countStart - clock.end <= 8 && FULL_DAY.test(t.value) && clock.value.startsWith(`${t.value}T`) &&
  CLOCK_TO_COUNT.test(text.slice(clock.end, countStart));
