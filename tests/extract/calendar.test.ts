import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, formatWeek, isoWeekday, isValidDay, utcDate } from '../../src/lib/extract/calendar.ts';

describe('calendar arithmetic on UTC days', () => {
  it.each([
    [{ year: 2024, month: 2, day: 28 }, 1, { year: 2024, month: 2, day: 29 }],
    [{ year: 2023, month: 2, day: 28 }, 1, { year: 2023, month: 3, day: 1 }],
    [{ year: 2024, month: 12, day: 31 }, 1, { year: 2025, month: 1, day: 1 }],
    [{ year: 2024, month: 3, day: 1 }, -1, { year: 2024, month: 2, day: 29 }],
    [{ year: 2024, month: 4, day: 4 }, -400, { year: 2023, month: 3, day: 1 }],
    // Around year 100, where Date.UTC would read 0–99 as 1900–1999.
    [{ year: 99, month: 12, day: 31 }, 1, { year: 100, month: 1, day: 1 }],
    [{ year: 100, month: 1, day: 1 }, -1, { year: 99, month: 12, day: 31 }],
    [{ year: 1, month: 1, day: 1 }, -1, { year: 0, month: 12, day: 31 }],
    [{ year: -43, month: 3, day: 14 }, 1, { year: -43, month: 3, day: 15 }],
  ])('%o plus %i days is %o', (day, n, expected) => {
    expect(addDays(day, n)).toEqual(expected);
  });

  it.each([
    [{ year: 2024, month: 4, day: 4 }, '2024-W14'],
    // The ISO week-numbering year differs from the calendar year around January 1.
    [{ year: 2024, month: 12, day: 30 }, '2025-W01'],
    [{ year: 2021, month: 1, day: 3 }, '2020-W53'],
    [{ year: 2020, month: 12, day: 31 }, '2020-W53'],
    [{ year: 44, month: 3, day: 15 }, '0044-W11'],
  ])('%o lies in ISO week %s', (day, week) => {
    // Asked twice: the second answer comes from the cache of weeks.
    expect(formatWeek(day)).toBe(week);
    expect(formatWeek(day)).toBe(week);
  });

  it('keeps a month sum within the month reached', () => {
    expect(addMonths({ year: 2024, month: 3, day: 31 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addYears({ year: 2024, month: 2, day: 29 }, 1)).toEqual({ year: 2025, month: 2, day: 28 });
  });

  it('reads years 0–99 as themselves and runs a day past its month over into the next', () => {
    expect(utcDate(44, 3, 15).getUTCFullYear()).toBe(44);
    expect(utcDate(2024, 2, 30).toISOString().slice(0, 10)).toBe('2024-03-01');
    expect(utcDate(2024, 3, 0).toISOString().slice(0, 10)).toBe('2024-02-29');
  });

  it('knows weekdays and real days', () => {
    expect(isoWeekday({ year: 2024, month: 4, day: 4 })).toBe(4);
    expect(isoWeekday({ year: 2024, month: 4, day: 7 })).toBe(7);
    expect(isValidDay(2024, 2, 29)).toBe(true);
    expect(isValidDay(2023, 2, 29)).toBe(false);
    expect(isValidDay(2024, 4, 31)).toBe(false);
  });
});
