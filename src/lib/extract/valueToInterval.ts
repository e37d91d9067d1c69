/**
 * Places a TIMEX3 value on the calendar: the whole span it denotes, as a half-open UTC interval, with its granularity.
 * Values with unknown parts (X), durations, sets and *_REF have no place and give undefined.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcSecond } from 'd3-time';
import { utcDate } from './calendar.ts';
import { memoize } from './memoize.ts';
import type { Granularity, Interval } from './types.ts';

export interface Placement {
  readonly interval: Interval;
  readonly granularity: Granularity;
}

/** Parts of the day as hour ranges (end may pass midnight). TIMEX3 leaves them vague; these are conventional. */
const PART_OF_DAY: Readonly<Record<string, readonly [number, number]>> = {
  MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 22], NI: [21, 30], DT: [9, 17],
};
/**
 * Meteorological seasons: first month and length. A winter is named by the year of its January, as "Winter 2024" and
 * the histories' "the winter" (after "December 1777", 1778-WI) name it: it starts in December of the year before.
 */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const span = (start: Date, end: Date, granularity: Granularity): Placement => ({
  interval: { start: start.getTime(), end: end.getTime() }, granularity,
});

/** `2024` → 2024; `BC0500` → −499 (500 BC; there is no year 0); `-0500` → −500 (ISO 8601 astronomical). */
function yearOf(raw: string): number {
  if (raw.startsWith('BC')) return 1 - Number(raw.slice(2));
  return Number(raw);
}

/**
 * Years covered by a decade, century or millennium prefix; BC prefixes mirror the CE ones (BC03 = 399–300 BC). BC00,
 * BC000 and BC0 end with 1 BC: there is no year 0 BC, so they stop where 1 CE begins.
 */
function yearRange(prefix: string, width: number): readonly [number, number] {
  const bc = prefix.startsWith('BC');
  const n = Number(bc ? prefix.slice(2) : prefix) * width;
  return bc ? [1 - (n + width - 1), Math.min(1, 1 - n + 1)] : [n, n + width];
}

/** Placement of a TIMEX3 value; cached, as the same values come back again and again. */
export const valueToInterval: (value: string) => Placement | undefined = memoize(placeValue);

function placeValue(value: string): Placement | undefined {
  const v = value.trim();
  // A decade may be written with a trailing X (199X); any other unknown part means no place.
  if (/^\d{3}X$/.test(v)) return span(utcDate(Number(v.slice(0, 3)) * 10), utcDate(Number(v.slice(0, 3)) * 10 + 10), 'decade');
  if (/X|^P|_REF$/.test(v)) return undefined;

  // Years before 9999 BC have more digits ("BC97977", a hundred thousand years ago): a Date reaches 271,821 BC.
  if (/^(?:BC\d{4,6}|-?\d{4})$/.test(v)) {
    const y = yearOf(v);
    return span(utcDate(y), utcDate(y + 1), 'year');
  }
  if (/^(BC)?\d{3}$/.test(v)) {
    const [a, b] = yearRange(v, 10);
    return span(utcDate(a), utcDate(b), 'decade');
  }
  const century = /^(BC)?(\d{2})$/.exec(v);
  if (century) {
    const [a, b] = yearRange(v, 100);
    return span(utcDate(a), utcDate(b), 'century');
  }
  if (/^(BC)?\d$/.test(v)) {
    const [a, b] = yearRange(v, 1000);
    return span(utcDate(a), utcDate(b), 'millennium');
  }

  const m = /^(BC\d{4}|-?\d{4})(?:-(.+))?$/.exec(v);
  if (!m || m[2] === undefined) return undefined;
  const year = yearOf(m[1] ?? '');
  return placeInYear(year, m[2]);
}

function placeInYear(year: number, rest: string): Placement | undefined {
  const q = /^Q([1-4])$/.exec(rest);
  if (q) return monthSpan(year, 3 * Number(q[1]) - 2, 3, 'quarter');
  const h = /^H([12])$/.exec(rest);
  if (h) return monthSpan(year, 6 * Number(h[1]) - 5, 6, 'half');
  const season = SEASON_START[rest];
  if (season !== undefined) return monthSpan(season === 12 ? year - 1 : year, season, 3, 'season');
  const w = /^W(\d{2})$/.exec(rest);
  if (w) return isoWeek(year, Number(w[1]));
  const mo = /^(\d{2})$/.exec(rest);
  if (mo) return monthSpan(year, Number(mo[1]), 1, 'month');
  const d = /^(\d{2})-(\d{2})(?:T(.+))?$/.exec(rest);
  if (!d) return undefined;
  const [month, day] = [Number(d[1]), Number(d[2])];
  const start = utcDate(year, month, day);
  if (month < 1 || month > 12 || start.getUTCMonth() !== month - 1) return undefined;
  return d[3] === undefined ? span(start, utcDay.offset(start, 1), 'day') : placeTime(start, d[3]);
}

function monthSpan(year: number, month: number, months: number, granularity: Granularity): Placement | undefined {
  if (month < 1 || month > 12) return undefined;
  const start = utcDate(year, month);
  return span(start, utcMonth.offset(start, months), granularity);
}

/** ISO week: the week with the year's first Thursday is W01; weeks start on Monday. */
function isoWeek(year: number, week: number): Placement | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = utcDate(year, 1, 4);
  const week1 = utcDay.offset(jan4, -((jan4.getUTCDay() + 6) % 7));
  const start = utcDay.offset(week1, 7 * (week - 1));
  const end = utcDay.offset(start, 7);
  if (week === 53 && utcDay.offset(end, -4).getUTCFullYear() !== year) return undefined;
  return span(start, end, 'week');
}

function placeTime(day: Date, time: string): Placement | undefined {
  const part = PART_OF_DAY[time];
  if (part) return span(utcHour.offset(day, part[0]), utcHour.offset(day, part[1]), 'part-of-day');
  const t = /^(\d{2})(?::(\d{2})(?::(\d{2}))?)?$/.exec(time);
  if (!t) return undefined;
  const [h, min, sec] = [Number(t[1]), t[2] === undefined ? undefined : Number(t[2]), t[3] === undefined ? undefined : Number(t[3])];
  if (h > 24 || (min ?? 0) > 59 || (sec ?? 0) > 59) return undefined;
  const start = new Date(day.getTime() + ((h * 60 + (min ?? 0)) * 60 + (sec ?? 0)) * 1000);
  if (sec !== undefined) return span(start, utcSecond.offset(start, 1), 'second');
  if (min !== undefined) return span(start, utcMinute.offset(start, 1), 'minute');
  return span(start, utcHour.offset(start, 1), 'hour');
}

