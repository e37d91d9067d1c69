/**
 * Fuzziness of a date from its TIMEX3 mod: "early 2023" is most likely in the first third of 2023 but could be any of
 * it; "around 1990" is 1990 give or take a spread that grows with the granularity; "before 1990" is open on one side.
 */
import type { Granularity, TimexMod } from '../extract/types.ts';
import type { EventUncertainty } from './types.ts';

const DAY = 86_400_000;

/** How far "about X" may stray on each side, by the granularity of X. */
export const approximateSpread: Readonly<Partial<Record<Granularity, number>>> = {
  second: 30_000, minute: 5 * 60_000, hour: 3_600_000, 'part-of-day': 3 * 3_600_000, day: 2 * DAY, week: 7 * DAY,
  month: 31 * DAY, season: 45 * DAY, quarter: 45 * DAY, half: 91 * DAY, year: 2 * 365 * DAY, decade: 5 * 365 * DAY,
  century: 25 * 365 * DAY, millennium: 250 * 365 * DAY,
};

/** The same spread in calendar years for the long granularities, so that "around 1990" is 1988 to 1992 exactly. */
const approximateYears: Readonly<Partial<Record<Granularity, number>>> = { year: 2, decade: 5, century: 25, millennium: 250 };

function shiftYears(instant: number, years: number): number {
  const d = new Date(instant);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

export interface Placed {
  readonly start: number;
  readonly end: number;
  readonly uncertainty?: EventUncertainty;
}

/** The likely interval and its uncertainty for an interval qualified by `mod`. */
export function placeWithMod(start: number, end: number, granularity: Granularity, mod: TimexMod | undefined): Placed {
  const third = Math.round((end - start) / 3);
  switch (mod) {
    case 'START': return { start, end: start + third, uncertainty: { earliest: start, latest: end, why: 'part' } };
    case 'MID': return { start: start + third, end: end - third, uncertainty: { earliest: start, latest: end, why: 'part' } };
    case 'END': return { start: end - third, end, uncertainty: { earliest: start, latest: end, why: 'part' } };
    case 'APPROX': {
      const years = approximateYears[granularity];
      const spread = approximateSpread[granularity] ?? 0;
      const [earliest, latest] = years ? [shiftYears(start, -years), shiftYears(end, years)] : [start - spread, end + spread];
      return { start, end, uncertainty: { earliest, latest, why: 'approximate' } };
    }
    case 'BEFORE': case 'ON_OR_BEFORE': return { start, end, uncertainty: { latest: end, why: 'before' } };
    case 'AFTER': case 'ON_OR_AFTER': return { start, end, uncertainty: { earliest: start, why: 'after' } };
    default: return { start, end };
  }
}
