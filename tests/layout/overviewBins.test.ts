import { describe, expect, test } from 'vitest';
import { overviewBins, overviewPath } from '../../src/lib/layout/overviewBins.ts';

const day = 864e5;
const f64 = (xs: number[]) => Float64Array.from(xs);

describe('the overview', () => {
  test('counts each event once, in the stretch of its middle; events outside the domain are left out', () => {
    // Ten days in five bins of two days: a point on day 0.5, a span over days 1–3 (middle 2), three on day 9.5, one before.
    const start = f64([0.5, 1, 9.5, 9.5, 9.5, -3].map((d) => d * day));
    const end = f64([0.5, 3, 9.5, 9.5, 9.5, -2].map((d) => d * day));
    const bins = overviewBins(start, end, [0, 10 * day], 5);
    expect([...bins.counts]).toEqual([1, 1, 0, 0, 3]);
    expect(bins.max).toBe(3);
  });

  test('draws a bar per stretch that has events, the fullest one the full height, on a log scale', () => {
    const path = overviewPath({ counts: Uint32Array.from([1, 0, 3]), max: 3 }, 30, 20);
    // log1p(1) / log1p(3) = 0.5 of the height.
    expect(path).toBe('M0,20V10H10V20ZM20,20V0H30V20Z');
    expect(overviewPath({ counts: new Uint32Array(4), max: 0 }, 30, 20)).toBe('');
  });
});
