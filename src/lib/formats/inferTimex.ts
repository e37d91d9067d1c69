/**
 * The TIMEX3 value of an interval read from a file that has dates but no values (TimelineJS): the value whose
 * calendar span is exactly the interval, among those the start's precision allows (`2024-Q1` or `2024-SP` for three
 * months, `2024-W14` for seven days from a Monday, `199` for ten years from 1990…).
 */
import { valueToInterval } from '../extract/valueToInterval.ts';
import type { Granularity } from '../extract/types.ts';
import type { DateUnit } from './timelineJsDate.ts';

export interface InferredTimex {
  readonly value: string;
  readonly granularity: Granularity;
  /** False when no value spans the interval exactly: the value then names its start, at the start's precision. */
  readonly exact: boolean;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const seasons: Readonly<Record<number, string>> = { 3: 'SP', 6: 'SU', 9: 'FA', 12: 'WI' };
const partsOfDay: Readonly<Record<number, readonly string[]>> = { 6: ['MO'], 9: ['DT'], 11: ['MI'], 12: ['AF'], 18: ['EV'], 21: ['NI'] };
const unitGranularity: Readonly<Record<DateUnit, Granularity>> = {
  year: 'year', month: 'month', day: 'day', hour: 'hour', minute: 'minute', second: 'second',
};

export function inferTimex(start: number, end: number, unit: DateUnit): InferredTimex {
  const candidates = candidateValues(start, unit);
  for (const value of candidates) {
    const placed = valueToInterval(value);
    const exact = placed && placed.interval.start === start && placed.interval.end === end;
    if (exact) return { value, granularity: placed.granularity, exact: true };
  }
  const value = candidates[0] ?? String(new Date(start).getUTCFullYear());
  return { value, granularity: valueToInterval(value)?.granularity ?? unitGranularity[unit], exact: false };
}

function candidateValues(start: number, unit: DateUnit): string[] {
  const d = new Date(start);
  const year = d.getUTCFullYear();
  const [month, day, hour] = [d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours()];
  // Years before 1 CE: the tagger writes BC0500 for 500 BC (astronomical −499); -0499 is the ISO form of the same year.
  const yearValue = (n: number) => (n > 0 ? pad(n, 4) : `BC${pad(1 - n, 4)}`);
  const y = yearValue(year);
  const ymd = `${y}-${pad(month, 2)}-${pad(day, 2)}`;
  switch (unit) {
    case 'year':
      return [y, ...(year > 0 && year % 10 === 0 ? [y.slice(0, 3)] : []), ...(year > 0 && year % 100 === 0 ? [y.slice(0, 2)] : [])];
    case 'month':
      return [
        `${y}-${pad(month, 2)}`,
        ...(month % 3 === 1 ? [`${y}-Q${(month + 2) / 3}`] : []),
        ...(month % 6 === 1 ? [`${y}-H${(month + 5) / 6}`] : []),
        // A winter from December is named by the year of its January.
        ...(seasons[month] ? [month === 12 ? `${yearValue(year + 1)}-WI` : `${y}-${seasons[month]}`] : []),
      ];
    case 'day':
      return [ymd, ...(d.getUTCDay() === 1 ? [isoWeek(start)] : [])];
    case 'hour':
      return [`${ymd}T${pad(hour, 2)}`, ...(partsOfDay[hour] ?? []).map((p) => `${ymd}T${p}`)];
    case 'minute':
      return [`${ymd}T${pad(hour, 2)}:${pad(d.getUTCMinutes(), 2)}`];
    case 'second':
      return [`${ymd}T${pad(hour, 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`];
  }
}

/** `2024-W14` for the Monday that starts ISO week 14 of 2024 (the week-year is that of the week's Thursday). */
function isoWeek(monday: number): string {
  const thursday = new Date(monday + 3 * 86_400_000);
  const weekYear = thursday.getUTCFullYear();
  const jan1 = new Date(0);
  jan1.setUTCFullYear(weekYear, 0, 1);
  const ordinal = Math.round((thursday.getTime() - jan1.getTime()) / 86_400_000);
  return `${pad(weekYear, 4)}-W${pad(Math.floor(ordinal / 7) + 1, 2)}`;
}
