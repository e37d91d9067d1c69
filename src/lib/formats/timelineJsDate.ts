/**
 * TimelineJS3 date objects (`{ year, month, day, hour, minute, second, millisecond }`, as precise as the event) and
 * the half-open UTC intervals of our events. An `end_date` names the last unit the event covers (a quarter
 * `2024-Q1` runs from `{year: 2024, month: 1}` to `{year: 2024, month: 3}`), so the exclusive end is one unit later.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Granularity } from '../extract/types.ts';

export interface TimelineJSDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
  readonly second?: number;
}

/** The finest field a date object has. */
export type DateUnit = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export const dateUnits: readonly DateUnit[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];

const intervals: Readonly<Record<DateUnit, CountableTimeInterval>> = {
  year: utcYear, month: utcMonth, day: utcDay, hour: utcHour, minute: utcMinute, second: utcSecond,
};

/** The unit an event's dates are written in: a quarter in months, a week in days, a part of the day in hours. */
export function unitOfGranularity(granularity: Granularity): DateUnit {
  switch (granularity) {
    case 'millennium': case 'century': case 'decade': case 'year': return 'year';
    case 'half': case 'quarter': case 'season': case 'month': return 'month';
    case 'week': case 'day': return 'day';
    case 'part-of-day': case 'hour': return 'hour';
    default: return granularity;
  }
}

/** The date object of an instant, down to `unit`. */
export function dateParts(ms: number, unit: DateUnit): TimelineJSDate {
  const d = new Date(ms);
  const all = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()] as const;
  const depth = dateUnits.indexOf(unit);
  const [year, month, day, hour, minute, second] = all;
  return {
    year,
    ...(depth >= 1 ? { month } : {}),
    ...(depth >= 2 ? { day } : {}),
    ...(depth >= 3 ? { hour } : {}),
    ...(depth >= 4 ? { minute } : {}),
    ...(depth >= 5 ? { second } : {}),
  };
}

/**
 * `start_date` and, when the event covers more than one unit, `end_date`, in the unit of the granularity. A bound
 * that falls inside that unit (an event "since October 2022" that ends on the document date) is written finer, so
 * that the dates still give the exact interval.
 */
export function eventDates(
  start: number,
  end: number,
  granularity: Granularity,
): { start_date: TimelineJSDate; end_date?: TimelineJSDate } {
  const unit = unitOfGranularity(granularity);
  const startUnit = alignedUnit(start, unit);
  const endUnit = alignedUnit(end, unit);
  const last = intervals[endUnit].offset(new Date(end), -1).getTime();
  return { start_date: dateParts(start, startUnit), ...(last > start ? { end_date: dateParts(last, endUnit) } : {}) };
}

/** The coarsest unit, from `unit` down, on whose boundary the instant falls. */
function alignedUnit(ms: number, unit: DateUnit): DateUnit {
  const from = dateUnits.indexOf(unit);
  return dateUnits.slice(from).find((u) => intervals[u].floor(new Date(ms)).getTime() === ms) ?? 'second';
}

/** The first instant of a (checked) date object. */
export function instantOfParts(parts: TimelineJSDate): number {
  const d = new Date(0);
  d.setUTCFullYear(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1);
  d.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
  return d.getTime();
}

export function unitOfParts(parts: TimelineJSDate): DateUnit {
  const keys = [parts.month, parts.day, parts.hour, parts.minute, parts.second];
  const depth = keys.findIndex((v) => v === undefined);
  return dateUnits[depth < 0 ? 5 : depth] ?? 'second';
}

/** One unit after an instant: the exclusive end of a date object. */
export function afterUnit(ms: number, unit: DateUnit): number {
  return intervals[unit].offset(new Date(ms), 1).getTime();
}
