import { describe, expect, test } from 'vitest';
import { createEventIndex, visibleItems } from '../../src/lib/layout/eventIndex.ts';
import { layoutFrame, type FrameLayout, type MarkLayout } from '../../src/lib/layout/layoutFrame.ts';

const day = 864e5;
/** A view of one pixel a day from day 0. */
const view = (days: number, from = 0) => ({ t0: from * day, t1: (from + days) * day, width: days });
const items = (...spans: [number, number][]) => spans.map(([a, b]) => ({ start: a * day, end: b * day }));

function overlapping(marks: readonly MarkLayout[], gap: number): [MarkLayout, MarkLayout] | undefined {
  for (const a of marks)
    for (const b of marks)
      if (a !== b && a.track === b.track && a.lane === b.lane && a.x0 < b.x1 + gap && b.x0 < a.x1 + gap) return [a, b];
  return undefined;
}

const total = (frame: FrameLayout) => frame.marks.length + frame.clusters.reduce((n, c) => n + c.count, 0);

describe('createEventIndex and visibleItems', () => {
  test('finds exactly the items overlapping a range, short and long alike', () => {
    const index = createEventIndex(items([0, 1], [10, 11], [5, 400], [300, 301], [-1000, -999]));
    const out = new Uint32Array(index.count);
    const n = visibleItems(index, 9 * day, 12 * day, out);
    expect([...out.slice(0, n)].sort()).toEqual([1, 2]);
  });

  test('each duration class holds its items by middle, equal middles in item order, with their blocks summed', () => {
    const index = createEventIndex(items([30, 31], [10, 11], [20, 21], [10, 11], [-5, -4], [20, 21]));
    expect(index.classes).toHaveLength(1);
    const [cls] = index.classes;
    expect([...cls!.items]).toEqual([4, 1, 3, 2, 5, 0]);
    expect([...cls!.mids]).toEqual([-4.5, 10.5, 10.5, 20.5, 20.5, 30.5].map((d) => d * day));
    expect([...cls!.starts]).toEqual([-5, 10, 10, 20, 20, 30].map((d) => d * day));
    expect([cls!.maxHalf, cls!.blockFirst[0], cls!.blockStart[0], cls!.blockEnd[0]]).toEqual([day / 2, 0, -5 * day, 31 * day]);
  });
});

describe('layoutFrame', () => {
  test('an event narrower than the minimum is a point at its middle; a wide one a span over its extent', () => {
    const frame = layoutFrame(createEventIndex(items([100, 101], [200, 231])), view(400), [3]);
    const [point, span] = [...frame.marks].sort((a, b) => a.index - b.index);
    expect(point).toMatchObject({ kind: 'point', cx: 100.5, x0: 94.5, x1: 106.5, lane: 0 });
    expect(span).toMatchObject({ kind: 'span', x0: 200, x1: 231, lane: 0 });
    expect(frame.clusters).toEqual([]);
  });

  test('overlapping marks go to separate lanes, and a lane is reused once free', () => {
    const frame = layoutFrame(createEventIndex(items([0, 40], [10, 50], [45, 80])), view(100), [3]);
    expect([...frame.marks].sort((a, b) => a.index - b.index).map((m) => m.lane)).toEqual([0, 1, 0]);
  });

  test('events denser than the lanes become clusters that count every event, and no two marks in a lane overlap', () => {
    // 60 one-day events on ten days, and three lone ones far away.
    const dense = Array.from({ length: 60 }, (_, i): [number, number] => [100 + (i % 10), 101 + (i % 10)]);
    const index = createEventIndex(items(...dense, [400, 401], [600, 601], [800, 801]));
    const frame = layoutFrame(index, view(1000), [4]);
    expect(frame.clusters.length).toBeGreaterThan(0);
    expect(frame.clusters.reduce((n, c) => n + c.count, 0)).toBe(60);
    expect(frame.marks.map((m) => m.index).sort((a, b) => a - b)).toEqual([60, 61, 62]);
    expect(total(frame)).toBe(63);
    expect(overlapping(frame.marks, 4)).toBeUndefined();
    const cluster = frame.clusters[0]!;
    expect(cluster.midMin).toBeGreaterThanOrEqual(100 * day);
    expect(cluster.midMax).toBeLessThanOrEqual(110 * day);
  });

  test('a cluster splits as the zoom grows, until its events are marks of their own', () => {
    const index = createEventIndex(items(...Array.from({ length: 20 }, (_, i): [number, number] => [100 + i, 101 + i])));
    const far = layoutFrame(index, view(4000), [3]);
    expect(far.marks).toEqual([]);
    expect(far.clusters.reduce((n, c) => n + c.count, 0)).toBe(20);
    // Zoomed to the cluster's 20 days across 1,000 pixels: 50 pixels a day.
    const near = layoutFrame(index, { t0: 98 * day, t1: 122 * day, width: 1000 }, [3]);
    expect(near.clusters).toEqual([]);
    expect(near.marks).toHaveLength(20);
    expect(overlapping(near.marks, 4)).toBeUndefined();
  });

  test('clusters stay put while panning: bins are aligned to time, not to the screen', () => {
    const index = createEventIndex(items(...Array.from({ length: 300 }, (_, i): [number, number] => [i * 3, i * 3 + 1])));
    const a = layoutFrame(index, { t0: 0, t1: 1000 * day, width: 500 }, [2]);
    const b = layoutFrame(index, { t0: 100 * day, t1: 1100 * day, width: 500 }, [2]);
    const starts = (f: FrameLayout, shift: number) => f.clusters.filter((c) => c.x0 > 60 && c.x1 < 440).map((c) => Math.round(c.x0 + shift));
    expect(starts(b, 50).slice(0, 5)).toEqual(starts(a, 0).filter((x) => x >= 110).slice(0, 5));
  });

  test('long spans over the view take the top lanes, and the short events under them stay marks', () => {
    // Four spans longer than the view, and three short events that overlap each other.
    const index = createEventIndex(items([-500, 900], [-400, 800], [-300, 700], [-200, 600], [100, 101], [101, 102], [102, 103]));
    const frame = layoutFrame(index, { t0: 90 * day, t1: 115 * day, width: 1000 }, [6]);
    expect(frame.clusters).toEqual([]);
    const lanes = new Map(frame.marks.map((m) => [m.index, m.lane]));
    expect([0, 1, 2, 3].map((i) => lanes.get(i)).sort()).toEqual([0, 1, 2, 3]);
    expect([4, 5, 6].every((i) => lanes.get(i)! >= 4)).toBe(true);
    expect(overlapping(frame.marks, 4)).toBeUndefined();
  });

  test('tracks are laid out independently, each with its own lanes', () => {
    const index = createEventIndex(items([10, 11], [10, 11], [10, 11]), { trackOf: (i) => (i === 2 ? 1 : 0), trackCount: 2 });
    const frame = layoutFrame(index, view(100), [2, 1]);
    expect(frame.marks.map((m) => [m.index, m.track, m.lane]).sort()).toEqual([
      [0, 0, 0],
      [1, 0, 1],
      [2, 1, 0],
    ]);
  });

  test('does not change its input, and returns the same layout for the same view', () => {
    const spans = Object.freeze(items([5, 6], [0, 1], [3, 40]).map((s) => Object.freeze(s)));
    const index = createEventIndex(spans);
    const first = layoutFrame(index, view(50), [3]);
    expect(layoutFrame(index, view(50), [3])).toEqual(first);
    expect(first.marks.map((m) => m.index).sort()).toEqual([0, 1, 2]);
  });

  test('100,000 events in view are all accounted for, as marks or in clusters', () => {
    const many = Array.from({ length: 100_000 }, (_, i): [number, number] => [(i * 7919) % 45000, ((i * 7919) % 45000) + 1]);
    const index = createEventIndex(items(...many));
    const frame = layoutFrame(index, { t0: 0, t1: 45000 * day, width: 1200 }, [14]);
    expect(total(frame)).toBe(100_000);
  });
});
