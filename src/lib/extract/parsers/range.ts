/**
 * The second half of ranges, which TimeML tags as its own timex: `1915-17` (17 → 1917), `1990-94`, `6-7 January 1916`
 * (6 → 1916-01-06), `May 4 and 5`, and a first date that borrows the year of the second (`26 June - 4 August 1952`).
 */
import { formatDay, formatYear, isValidDay } from '../calendar.ts';
import { pattern, scan, type Draft, type Parser } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { MONTH_RE, monthOf } from '../lexicon.ts';
import { monthDayResolver } from '../resolve.ts';

const source = 'range';
const date = (start: number, end: number, value: Draft['value']): Draft => ({ start, end, type: 'DATE', value, source });
const DASH = '\\s*[-–—]\\s*';

const SHORT_YEAR_RANGE = pattern(new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})${DASH}(\\d{2})(?![\\d%-])`, 'g'), TRIGGER.digit);
/** `1915-17`: the short second year takes the century of the first, rolling over when it is smaller. */
const shortYearRange: Parser = (text) =>
  scan(text, SHORT_YEAR_RANGE, (m, s, e) => {
    const first = Number(m[1]);
    const tail = Number(m[2]);
    let second = first - (first % 100) + tail;
    if (second <= first) second += 100;
    return second - first <= 30 ? date(e - (m[2] ?? '').length, e, formatYear(second)) : undefined;
  });

const DAY_RANGE = pattern(new RegExp(`\\b(\\d{1,2})${DASH}(\\d{1,2})\\s+(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, 'gd'), TRIGGER.month);
/** `6-7 January 1916`, `23-28 March`: the bare first day gets the month (and year) written after the second. */
const dayRange: Parser = (text) =>
  scan(text, DAY_RANGE, (m, s) => {
    const month = monthOf(m[3] ?? '');
    const day = Number(m[1]);
    if (!month || !isValidDay(2000, month, day) || Number(m[2]) <= day) return undefined;
    const end = m.indices?.[1]?.[1] ?? s;
    return m[4]
      ? isValidDay(Number(m[4]), month, day) ? date(s, end, formatDay({ year: Number(m[4]), month, day })) : undefined
      : date(s, end, monthDayResolver(month, day));
  });

const SECOND_DAY = pattern(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:${DASH}|\\s+(?:and|to|or)\\s+)(\\d{1,2})\\b(?!\\s*(?:${MONTH_RE}|:|%|percent))(?:,?\\s+(\\d{4})\\b)?`, 'gd'), TRIGGER.month);
/** `May 4 and 5`, `March 12-14`: the second day number. */
const secondDay: Parser = (text) =>
  scan(text, SECOND_DAY, (m, s, e) => {
    const month = monthOf(m[1] ?? '');
    const day = Number(m[3]);
    if (!month || !isValidDay(2000, month, day) || day <= Number(m[2])) return undefined;
    const dayAt = m.indices?.[3]?.[0] ?? s;
    const end = m[4] ? e : (m.indices?.[3]?.[1] ?? e);
    return m[4]
      ? date(dayAt, end, formatDay({ year: Number(m[4]), month, day }))
      : date(dayAt, end, monthDayResolver(month, day));
  });

const BORROWED_YEAR = pattern(new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_RE})${DASH}\\d{1,2}\\s+${MONTH_RE},?\\s+(\\d{4})\\b`, 'gd'), TRIGGER.month);
/** `26 June - 4 August 1952`: the first date borrows the year written at the end. */
const borrowedYear: Parser = (text) =>
  scan(text, BORROWED_YEAR, (m, s) => {
    const [day, month, year] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
    if (!month || !isValidDay(year, month, day)) return undefined;
    const end = m.indices?.[2]?.[1] ?? s;
    return date(s, end, formatDay({ year, month, day }));
  });

export const rangeParser: Parser = (text) => [
  ...shortYearRange(text), ...dayRange(text), ...secondDay(text), ...borrowedYear(text),
];
