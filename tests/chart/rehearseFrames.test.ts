import { describe, expect, it } from 'vitest';
import { rehearsalViews } from '../../src/lib/components/chart/rehearseFrames.ts';

const year = 365 * 864e5;

describe('rehearsalViews', () => {
  const view = { t0: 0, t1: 100 * year, width: 1200 };
  const views = rehearsalViews(view);

  it('zooms in on the middle, halving the span every two steps, down to 1/256', () => {
    const zooms = views.slice(0, 16);
    for (const v of zooms) expect((v.t0 + v.t1) / 2).toBeCloseTo(50 * year, -3);
    expect(zooms[1]!.t1 - zooms[1]!.t0).toBeCloseTo(50 * year, -3);
    expect(zooms.at(-1)!.t1 - zooms.at(-1)!.t0).toBeCloseTo((100 * year) / 256, -3);
    expect(zooms.every((v, i) => i === 0 || v.t1 - v.t0 < zooms[i - 1]!.t1 - zooms[i - 1]!.t0)).toBe(true);
  });

  it('pans half a screen each way at the same zoom and width', () => {
    expect(views.slice(16)).toEqual([
      { t0: -50 * year, t1: 50 * year, width: 1200 },
      { t0: 50 * year, t1: 150 * year, width: 1200 },
    ]);
    expect(views.every((v) => v.width === 1200)).toBe(true);
  });
});
