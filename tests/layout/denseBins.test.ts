import { describe, expect, test } from 'vitest';
import { createEventIndex, emptySummary, summarise, visibleItems } from '../../src/lib/layout/eventIndex.ts';
import { denseBins } from '../../src/lib/layout/denseBins.ts';
import { layoutFrame } from '../../src/lib/layout/layoutFrame.ts';

const day = 864e5;
const items = (...spans: [number, number][]) => spans.map(([a, b]) => ({ start: a * day, end: b * day }));
/** `count` one-day events spread evenly over `days` days from `from`. */
const burst = (from: number, days: number, count: number) =>
  Array.from({ length: count }, (_, i): [number, number] => [from + Math.floor((i * days) / count), from + Math.floor((i * days) / count) + 1]);

describe('dense bins: clusters counted per bin, not per event', () => {
  test('visibleItems leaves out the middles in the ranges it is told to skip, and nothing else', () => {
    const index = createEventIndex(items(...Array.from({ length: 100 }, (_, i): [number, number] => [i, i + 1])));
    const out = new Uint32Array(index.count);
    const skip = [10.5 * day, 20.5 * day, 50.5 * day, 60.5 * day];
    const n = visibleItems(index, 0, 100 * day, out, () => skip);
    const kept = [...out.slice(0, n)].sort((a, b) => a - b);
    expect(kept).toEqual(Array.from({ length: 100 }, (_, i) => i).filter((i) => !(i >= 10 && i < 20) && !(i >= 50 && i < 60)));
  });

  test('a summary of a range reads whole blocks and agrees with a plain scan', () => {
    const spans = Array.from({ length: 1000 }, (_, i): [number, number] => [(i * 37) % 500, ((i * 37) % 500) + 1 + (i % 3)]);
    const index = createEventIndex(items(...spans));
    for (const cls of index.classes) {
      for (const [lo, hi] of [[0, cls.mids.length], [3, 200], [64, 128], [65, 66], [100, 100]] as const) {
        const summary = emptySummary();
        summarise(cls, lo, Math.min(hi, cls.mids.length), summary);
        const members = [...cls.items.slice(lo, Math.min(hi, cls.mids.length))];
        expect(summary.count).toBe(members.length);
        if (members.length === 0) continue;
        expect(summary.first).toBe(Math.min(...members));
        expect(summary.start).toBe(Math.min(...members.map((i) => index.start[i]!)));
        expect(summary.end).toBe(Math.max(...members.map((i) => index.end[i]!)));
      }
    }
  });

  test('only bins too full for their lanes whatever the order are taken; a few events are always laid out one by one', () => {
    const index = createEventIndex(items(...burst(100, 10, 2000), [400, 401], [600, 601]));
    const grid = { t0: 0, pxPerMs: 1 / day, pad: 80, cols: 1160, binMs: 64 * day };
    const { bins } = denseBins(index, grid, [4], () => true, 7);
    expect(bins.length).toBeGreaterThan(0);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(2000);
    expect(denseBins(createEventIndex(items(...burst(100, 10, 20))), grid, [4], () => true, 7).bins).toEqual([]);
  });

  test('a bin cut to a column or two at the edge of the grid is not taken for a few points', () => {
    // Bins of 64 days at a pixel a day; column 0 is centred on day 63.5, the last column of its bin.
    const grid = { t0: 143 * day, pxPerMs: 1 / day, pad: 80, cols: 400, binMs: 64 * day };
    const index = createEventIndex(items([63.2, 63.3], [63.3, 63.4], [63.4, 63.5], [63.5, 63.6], [63.6, 63.7]));
    expect(denseBins(index, grid, [14], () => true, 7).bins).toEqual([]);
  });

  test('a view of 100,000 clustered events: every event counted once, clusters in their bins, marks clear of them', () => {
    const spans = [...burst(1000, 30, 60_000), ...burst(5000, 200, 39_990), ...burst(0, 9000, 10)];
    const index = createEventIndex(items(...spans));
    const frame = layoutFrame(index, { t0: -100 * day, t1: 9100 * day, width: 1200 }, [14]);
    expect(frame.marks.length + frame.clusters.reduce((n, c) => n + c.count, 0)).toBe(100_000);
    expect(frame.visibleCount).toBe(100_000);
    for (const mark of frame.marks) {
      for (const c of frame.clusters) if (c.track === mark.track && mark.lane >= c.lane) expect(mark.x1 <= c.x0 || mark.x0 >= c.x1).toBe(true);
    }
    const big = frame.clusters.find((c) => c.count > 50_000)!;
    // The burst of 60,000 over days 1000–1030, with at most a neighbour that reaches into its bin.
    expect(big.start).toBeGreaterThanOrEqual(900 * day);
    expect(big.end).toBeLessThanOrEqual(1100 * day);
    expect(spans[big.first]![0]).toBeLessThanOrEqual(1000);
    expect(frame.density.reduce((n, d) => n + d, 0)).toBeGreaterThan(99_000);
  });
});
