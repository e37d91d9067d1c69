/**
 * Calendar arithmetic on UTC days, delegated to the platform's Date and d3-time so no month-length or week rules are
 * hand-rolled (a month sum only keeps its day within the month reached).
 * A `Day` is a plain value; helpers return new values and never read the clock.
 */
import { utcMonth } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { memoize } from './memoize.ts';

export interface Day {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/**
 * A UTC Date for a calendar day; a month or day past its end runs over into the next (day 0 is the last of the month
 * before). Years 0–99 go through setUTCFullYear, as Date.UTC reads them as 1900–1999.
 */
export function utcDate(year: number, month = 1, day = 1): Date {
  if (year < 0 || year > 99) return new Date(Date.UTC(year, month - 1, day));
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

export const dayOf = (d: Date): Day => ({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
const toDate = (d: Day): Date => utcDate(d.year, d.month, d.day);

export const addDays = (d: Day, n: number): Day => dayOf(utcDate(d.year, d.month, d.day + n));
/** Days in a month: day 0 of the next one is its last. */
const monthLength = (year: number, month: number): number => utcDate(year, month + 1, 0).getUTCDate();
/**
 * Months (years) on from a day, kept in the month reached: "last month" told on March 29 or 31 is February, not the
 * March 1 or 3 a day of February that does not exist would run over into.
 */
const clampedOffset = (d: Day, months: number): Day => {
  const first = utcMonth.offset(utcDate(d.year, d.month, 1), months);
  const [year, month] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  return { year, month, day: Math.min(d.day, monthLength(year, month)) };
};
export const addMonths = (d: Day, n: number): Day => clampedOffset(d, n);
export const addYears = (d: Day, n: number): Day => clampedOffset(d, 12 * n);

/** ISO weekday, Monday = 1 … Sunday = 7. */
export const isoWeekday = (d: Day): number => toDate(d).getUTCDay() || 7;
/** The Monday of an ISO week: week 1 is the one with the year's first Thursday (January 4 is always in it). */
export const isoWeekMonday = (year: number, week: number): Day => {
  const jan4 = { year, month: 1, day: 4 };
  return addDays(jan4, 7 * (week - 1) - isoWeekday(jan4) + 1);
};

/** Is this a real calendar day (no 31 April)? */
export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = utcDate(year, month, day);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

/** TIMEX3 year: four digits; years before 1 CE use the BC prefix (astronomical 0 = 1 BC). */
export const formatYear = (y: number): string => (y > 0 ? pad(y, 4) : `BC${pad(1 - y, 4)}`);
export const formatMonth = (y: number, m: number): string => `${formatYear(y)}-${pad(m, 2)}`;
export const formatDay = (d: Day): string => `${formatMonth(d.year, d.month)}-${pad(d.day, 2)}`;

const isoWeekFormat = utcFormat('%G-W%V');
/** A day of years 0–9999 as one number, for caching what is computed from it. */
const dayKey = (d: Day): number => (d.year * 13 + d.month) * 32 + d.day;
const weekOfDayKey = memoize((key: number): string => isoWeekFormat(utcDate(Math.floor(key / 416), Math.floor(key / 32) % 13, key % 32)));
/** ISO week value `2024-W14` of the week containing the day (a text asks the weeks of few days, often). */
export const formatWeek = (d: Day): string => (d.year >= 0 && d.year <= 9999 ? weekOfDayKey(dayKey(d)) : isoWeekFormat(toDate(d)));

export const quarterOf = (month: number): number => Math.ceil(month / 3);

/** Parses `YYYY-MM-DD` (also a longer value starting with it, e.g. `1998-01-08T10:00`). */
export function parseDay(value: string | undefined): Day | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : undefined;
}
