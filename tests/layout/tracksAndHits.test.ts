import { describe, expect, test } from 'vitest';
import { groupTracks, precisionGroup } from '../../src/lib/layout/groupTracks.ts';
import { trackRows } from '../../src/lib/layout/trackRows.ts';
import { createHitGrid } from '../../src/lib/layout/hitGrid.ts';
import { hitTargets } from '../../src/lib/layout/hitTargets.ts';
import { availableGroupings, indexEvents, isFuzzy } from '../../src/lib/layout/chartData.ts';
import type { FrameLayout } from '../../src/lib/layout/layoutFrame.ts';

describe('groupTracks', () => {
  test('one track per key, in order, and each item on its track', () => {
    const plan = groupTracks(['b', 'a', 'b', 'c']);
    expect(plan.names).toEqual(['a', 'b', 'c']);
    expect([...plan.trackOf]).toEqual([1, 0, 1, 2]);
    expect(plan.counts).toEqual([1, 2, 1]);
  });

  test('beyond the most tracks, the smaller groups share "Other"', () => {
    const plan = groupTracks(['a', 'a', 'a', 'b', 'b', 'c', 'd'], { maxTracks: 3 });
    expect(plan.names).toEqual(['a', 'b', 'Other']);
    expect(plan.counts).toEqual([3, 2, 2]);
  });

  test('precision groups run from hours to decades', () => {
    expect(['hour', 'day', 'month', 'year', 'century'].map((g) => precisionGroup(g as 'day'))).toEqual([
      'Hours',
      'Days',
      'Weeks and months',
      'Years',
      'Decades and longer',
    ]);
  });
});

describe('chart data', () => {
  const event = (docId: string, granularity: 'day' | 'decade', mod?: 'APPROX') => ({ start: 0, end: 1, granularity, ...(mod ? { mod } : {}), sources: [{ docId }] });

  test('vague and coarse events are fuzzy, plain ones are not', () => {
    expect([event('a', 'day'), event('a', 'day', 'APPROX'), event('a', 'decade')].map(isFuzzy)).toEqual([false, true, true]);
  });

  test('offers only the groupings that split the data', () => {
    expect(availableGroupings([event('a', 'day'), event('a', 'day')])).toEqual(['none']);
    expect(availableGroupings([event('a', 'day'), event('b', 'decade')])).toEqual(['none', 'document', 'precision']);
  });

  test('grouping by participant puts each event on the track of its first participant', () => {
    const withWho = (who: string[]) => ({ ...event('a', 'day'), participants: who });
    const events = [withWho(['person-shoigu', 'place-moscow']), withWho([]), withWho(['person-lecornu']), withWho(['person-shoigu'])];
    expect(availableGroupings(events)).toEqual(['none', 'participant']);
    const { plan } = indexEvents(events, 'participant');
    expect(plan.names).toEqual(['', 'person-lecornu', 'person-shoigu']);
    expect([...plan.trackOf]).toEqual([2, 0, 1, 2]);
  });

  test('ungrouped, every event is on one track, as grouping them all under one key gives', () => {
    const events = [event('a', 'day'), event('b', 'decade'), event('a', 'day')];
    expect(indexEvents(events, 'none').plan).toEqual(groupTracks(events.map(() => '')));
    expect(indexEvents([], 'none').plan).toEqual(groupTracks([]));
  });
});

describe('trackRows', () => {
  test('a lone track has at least three lanes and at most the budget', () => {
    expect(trackRows([1]).rows[0]!.lanes).toBe(3);
    expect(trackRows([100_000]).rows[0]!.lanes).toBe(14);
  });

  test('tracks stack, each with a name row and its share of lanes', () => {
    const { rows, height } = trackRows([50, 1], { laneHeight: 20, headerHeight: 10, laneBudget: 8 });
    expect(rows).toEqual([
      { y: 0, laneTop: 10, lanes: 4, height: 90 },
      { y: 90, laneTop: 100, lanes: 1, height: 30 },
    ]);
    expect(height).toBe(120);
  });
});

describe('createHitGrid and hitTargets', () => {
  const frame: FrameLayout = {
    width: 400,
    visibleCount: 12,
    density: new Uint32Array(400),
    marks: [
      { index: 0, kind: 'point', cx: 50, x0: 44, x1: 56, track: 0, lane: 0 },
      { index: 1, kind: 'span', cx: 150, x0: 100, x1: 200, track: 0, lane: 1 },
    ],
    clusters: [{ track: 0, lane: 0, x0: 300, x1: 340, count: 10, start: 0, end: 1, midMin: 0, midMax: 1, first: 2 }],
  };
  const rows = [{ y: 0, laneTop: 0, lanes: 2, height: 48 }];

  test('finds the mark or cluster under a point, and nothing elsewhere', () => {
    const grid = createHitGrid(frame, rows, 24);
    expect(grid.at(50, 12)).toEqual({ kind: 'mark', mark: 0 });
    expect(grid.at(150, 30)).toEqual({ kind: 'mark', mark: 1 });
    expect(grid.at(150, 12)).toBeUndefined();
    expect(grid.at(320, 40)).toEqual({ kind: 'cluster', cluster: 0 });
    expect(grid.at(250, 12)).toBeUndefined();
    expect(grid.at(50, 60)).toBeUndefined();
  });

  test('hit targets cover labelled marks with their labels, clusters, and the event that has the keyboard', () => {
    const labels = [{ index: 0, track: 0, lane: 0, x: 60, width: 30, text: 'x' }];
    const targets = hitTargets(frame, labels, rows, 24, [{ index: 7, cx: 250, track: 0 }]);
    expect(targets.map((t) => [t.kind, t.item, t.x, t.width])).toEqual([
      ['event', 0, 44, 46],
      ['event', 7, 244, 12],
      ['cluster', 0, 300, 40],
    ]);
  });
});
