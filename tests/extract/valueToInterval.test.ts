import { describe, expect, it } from 'vitest';
import { valueToInterval } from '../../src/lib/extract/index.ts';

const utc = (y: number, m = 1, d = 1, h = 0, min = 0): number => {
  const date = new Date(Date.UTC(2000, m - 1, d, h, min));
  date.setUTCFullYear(y);
  return date.getTime();
};

describe('valueToInterval places TIMEX3 values on the calendar', () => {
  it.each([
    ['2024-04-03', utc(2024, 4, 3), utc(2024, 4, 4), 'day'],
    ['2024-02', utc(2024, 2, 1), utc(2024, 3, 1), 'month'],
    ['2024-W14', utc(2024, 4, 1), utc(2024, 4, 8), 'week'],
    ['2024-Q1', utc(2024, 1, 1), utc(2024, 4, 1), 'quarter'],
    ['2024-H2', utc(2024, 7, 1), utc(2025, 1, 1), 'half'],
    ['2024-SU', utc(2024, 6, 1), utc(2024, 9, 1), 'season'],
    ['2024-WI', utc(2023, 12, 1), utc(2024, 3, 1), 'season'],
    ['2024', utc(2024), utc(2025), 'year'],
    ['199X', utc(1990), utc(2000), 'decade'],
    ['199', utc(1990), utc(2000), 'decade'],
    ['19', utc(1900), utc(2000), 'century'],
    ['2024-04-03T15:30', utc(2024, 4, 3, 15, 30), utc(2024, 4, 3, 15, 31), 'minute'],
    ['2024-04-03TMO', utc(2024, 4, 3, 6), utc(2024, 4, 3, 12), 'part-of-day'],
    ['BC0500', utc(-499), utc(-498), 'year'],
    ['-0500', utc(-500), utc(-499), 'year'],
    ['0044', utc(44), utc(45), 'year'],
    ['BC0044-03-15', utc(-43, 3, 15), utc(-43, 3, 16), 'day'],
    // 399–300 BC; the first century BC (BC00) and the decade BC000 end with 1 BC, not inside 1 CE.
    ['BC03', utc(-398), utc(-298), 'century'],
    ['BC00', utc(-98), utc(1), 'century'],
    ['BC000', utc(-8), utc(1), 'decade'],
    // A millennium by its first digit: 2000–2999; 3999–3000 BC.
    ['2', utc(2000), utc(3000), 'millennium'],
    ['BC3', utc(-3998), utc(-2998), 'millennium'],
    // A year before 9999 BC, a hundred thousand years ago.
    ['BC97977', utc(-97976), utc(-97975), 'year'],
  ] as const)('%s', (value, start, end, granularity) => {
    expect(valueToInterval(value)).toEqual({ interval: { start, end }, granularity });
  });

  it('ISO week 1 can start in the previous year', () => {
    expect(valueToInterval('2020-W01')?.interval.start).toBe(utc(2019, 12, 30));
  });

  it.each(['XXXX-02', 'P3D', 'PRESENT_REF', '2024-XX-03', 'XXXX-WXX-4', '2024-13', '2023-02-29', 'garbage'])('%s has no place', (value) => {
    expect(valueToInterval(value)).toBeUndefined();
  });
});
