import { describe, expect, test } from 'vitest';
import type { Granularity } from '../../src/lib/extract/types.ts';
import { formatEventDate } from '../../src/lib/format/formatEventDate.ts';

/** An instant from an ISO string; years before 1 CE are written with six digits and a sign (`-000044-03-15`). */
const at = (iso: string) => Date.parse(iso.includes('T') ? `${iso}Z` : iso);

test.each([
  [{ value: '2024-04-03', granularity: 'day', start: at('2024-04-03') }, 'Wednesday, 3 April 2024'],
  [{ value: '2024-02', granularity: 'month', start: at('2024-02-01') }, 'February 2024'],
  [{ value: '2022', granularity: 'year', start: at('2022-01-01'), mod: 'START' }, 'early 2022'],
  [{ value: '199X', granularity: 'decade', start: at('1990-01-01') }, '1990s'],
  [{ value: '19', granularity: 'century', start: at('1900-01-01') }, '20th century'],
  [{ value: '2024-Q1', granularity: 'quarter', start: at('2024-01-01') }, 'Q1 2024'],
  [{ value: '2024-SP', granularity: 'season', start: at('2024-03-01') }, 'spring 2024'],
  [{ value: '2024-04-03T15:30', granularity: 'minute', start: at('2024-04-03T15:30') }, '3 April 2024 at 15:30'],
] as const)('formatEventDate(%o) is "%s"', (event, text) => {
  expect(formatEventDate(event)).toBe(text);
});

// Years are astronomical, as in ISO 8601: 0000 is 1 BCE and -0044 is 45 BCE. Each precision is shown for a CE year,
// for year 0000 and for a BCE year, written as an ISO year (-0044) or as the extractor writes it (BC0480, BC048, BC03).
test.each<[Granularity, string, string, string]>([
  ['millennium', '2', '2000-01-01', '3rd millennium'],
  ['millennium', '0', '0000-01-01', '1st millennium BCE'],
  ['millennium', 'BC1', '-001998-01-01', '2nd millennium BCE'],
  ['century', '19', '1900-01-01', '20th century'],
  ['century', 'BC00', '-000098-01-01', '1st century BCE'],
  ['century', 'BC03', '-000398-01-01', '4th century BCE'],
  ['decade', '199', '1990-01-01', '1990s'],
  ['decade', 'BC000', '-000008-01-01', '0s BCE'],
  ['decade', 'BC048', '-000488-01-01', '480s BCE'],
  ['year', '2024', '2024-01-01', '2024'],
  ['year', '0000', '0000-01-01', '1 BCE'],
  ['year', '-0044', '-000044-01-01', '45 BCE'],
  ['half', '2024-H2', '2024-07-01', 'second half of 2024'],
  ['half', '0000-H1', '0000-01-01', 'first half of 1 BCE'],
  ['half', '-0044-H2', '-000044-07-01', 'second half of 45 BCE'],
  ['quarter', '2024-Q3', '2024-07-01', 'Q3 2024'],
  ['quarter', '0000-Q1', '0000-01-01', 'Q1 1 BCE'],
  ['quarter', '-0044-Q2', '-000044-04-01', 'Q2 45 BCE'],
  ['season', '2024-WI', '2023-12-01', 'winter 2024'],
  ['season', '0000-SU', '0000-06-01', 'summer 1 BCE'],
  ['season', '-0500-SP', '-000500-03-01', 'spring 501 BCE'],
  ['season', 'BC0480-FA', '-000479-09-01', 'autumn 480 BCE'],
  ['month', '2024-02', '2024-02-01', 'February 2024'],
  ['month', '0000-06', '0000-06-01', 'June 1 BCE'],
  ['month', '-0044-03', '-000044-03-01', 'March 45 BCE'],
  ['week', '2024-W14', '2024-04-01', 'week of 1 April 2024'],
  ['week', '0000-W01', '0000-01-03', 'week of 3 January 1 BCE'],
  ['week', '-0044-W11', '-000044-03-12', 'week of 12 March 45 BCE'],
  ['day', '2024-04-03', '2024-04-03', 'Wednesday, 3 April 2024'],
  // Days before the Gregorian calendar (1583) are shown without a weekday: the proleptic one is not their source's.
  ['day', '0000-01-01', '0000-01-01', '1 January 1 BCE'],
  ['day', '-0044-03-15', '-000044-03-15', '15 March 45 BCE'],
  ['day', '1415-10-25', '1415-10-25', '25 October 1415'],
  ['day', '1600-02-17', '1600-02-17', 'Thursday, 17 February 1600'],
  ['part-of-day', '2024-04-03TEV', '2024-04-03T18:00', '3 April 2024, evening'],
  ['part-of-day', '0000-01-01TMO', '0000-01-01T06:00', '1 January 1 BCE, morning'],
  ['part-of-day', '-0044-03-15TMO', '-000044-03-15T06:00', '15 March 45 BCE, morning'],
  ['hour', '2024-04-03T15', '2024-04-03T15:00', '3 April 2024 at 15:00'],
  ['hour', '0000-01-01T09', '0000-01-01T09:00', '1 January 1 BCE at 09:00'],
  ['hour', '-0044-03-15T11', '-000044-03-15T11:00', '15 March 45 BCE at 11:00'],
  ['minute', '2024-04-03T15:30', '2024-04-03T15:30', '3 April 2024 at 15:30'],
  ['minute', '0000-01-01T09:05', '0000-01-01T09:05', '1 January 1 BCE at 09:05'],
  ['minute', '-0044-03-15T12:30', '-000044-03-15T12:30', '15 March 45 BCE at 12:30'],
])('at %s precision, %s (starting %s) is "%s"', (granularity, value, start, text) => {
  expect(formatEventDate({ value, granularity, start: at(start) })).toBe(text);
});

describe('formatEventDate with a mod', () => {
  test('names a part of a BCE period by its era', () => {
    expect(formatEventDate({ value: 'BC03', granularity: 'century', start: at('-000332-08-31T08:00'), mod: 'END' })).toBe('late 4th century BCE');
    expect(formatEventDate({ value: '-0044-03', granularity: 'month', start: at('-000044-03-11'), mod: 'MID' })).toBe('mid-March 45 BCE');
  });

  test('names a decade by its first year even when the likely part starts later', () => {
    expect(formatEventDate({ value: '199', granularity: 'decade', start: at('1996-08-31T16:00'), mod: 'END' })).toBe('late 1990s');
  });

  test('names an early winter after the year of its January, though its likely part starts in the December before', () => {
    expect(formatEventDate({ value: '2024-WI', granularity: 'season', start: at('2023-12-01'), mod: 'START' })).toBe('early winter 2024');
  });
});

test('a BCE date in another locale keeps that locale\'s order and gains the era', () => {
  expect(formatEventDate({ value: '-0044-03-15', granularity: 'day', start: at('-000044-03-15') }, 'en-US')).toBe('March 15, 45 BCE');
  expect(formatEventDate({ value: '2024-04-03', granularity: 'day', start: at('2024-04-03') }, 'en-US')).toBe('Wednesday, April 3, 2024');
});
