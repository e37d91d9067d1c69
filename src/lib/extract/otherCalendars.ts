/**
 * Days of the Hebrew, Islamic and Chinese calendars in a Gregorian year, for the feasts they fix (Passover, Eid
 * al-Fitr, the Lunar New Year). They are read from the platform's own calendars (`Intl.DateTimeFormat` with a
 * `calendar`), which Node and the browsers carry; where one is missing, its feasts have no day (`XXXX-04-XX`).
 */
import { dayOf, type Day } from './calendar.ts';

export type OtherCalendar = 'hebrew' | 'islamic-umalqura' | 'chinese';

/** A feast's day in its calendar: the month as that calendar's format names it ("Nisan", "10") and the day. */
export interface OtherCalendarDay {
  readonly calendar: OtherCalendar;
  readonly month: string;
  readonly day: number;
}

/** The years whose feasts are looked up: news and histories of the last two centuries and the next. */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2200;
const DAY_MS = 86_400_000;

const formats = new Map<OtherCalendar, Intl.DateTimeFormat | null>();
function formatOf(calendar: OtherCalendar): Intl.DateTimeFormat | undefined {
  let format = formats.get(calendar);
  if (format === undefined) {
    // Hebrew months by name: their numbers shift in a leap year, which adds a month before Nisan.
    const made = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
    format = made.resolvedOptions().calendar === calendar ? made : null;
    formats.set(calendar, format);
  }
  return format ?? undefined;
}

/**
 * Each calendar's days of a Gregorian year, read once ("10/1" → the day), for the years within range: a text can name
 * a few hundred years at most, each read in about a millisecond.
 */
const yearTables = new Map<string, ReadonlyMap<string, Day>>();
function tableOf(calendar: OtherCalendar, year: number): ReadonlyMap<string, Day> | undefined {
  const format = formatOf(calendar);
  if (!format || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  const key = `${calendar} ${year}`;
  let table = yearTables.get(key);
  if (!table) {
    const days = new Map<string, Day>();
    for (let at = Date.UTC(year, 0, 1), end = Date.UTC(year + 1, 0, 1); at < end; at += DAY_MS) {
      let month = '';
      let day = '';
      for (const part of format.formatToParts(at)) {
        if (part.type === 'month') month = part.value;
        else if (part.type === 'day') day = part.value;
      }
      // A date the Islamic year brings twice into one Gregorian year is kept at its first.
      const name = `${month}/${Number(day)}`;
      if (!days.has(name)) days.set(name, dayOf(new Date(at)));
    }
    yearTables.set(key, (table = days));
  }
  return table;
}

/** The Gregorian day of `feast` in `year`, or undefined when the calendar or the year is out of reach. */
export const dayInOtherCalendar = (feast: OtherCalendarDay, year: number): Day | undefined =>
  tableOf(feast.calendar, year)?.get(`${feast.month}/${feast.day}`);
