import { describe, expect, test } from 'vitest';
import { fitText, placeClusterLabels, placeLabels, type LabelLayout } from '../../src/lib/layout/placeLabels.ts';
import type { ClusterLayout, MarkLayout } from '../../src/lib/layout/layoutFrame.ts';

const measure = (text: string) => text.length * 7;
const point = (index: number, cx: number, lane = 0, track = 0): MarkLayout => ({ index, kind: 'point', cx, x0: cx - 6, x1: cx + 6, lane, track });
const titles = ['The council opened the harbour', 'A strike closed the railway', 'The senate voted', 'Flood'];
const title = (i: number) => titles[i % titles.length]!;

function intersect(a: { x: number; width: number }, b: { x: number; width: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width;
}

describe('placeLabels', () => {
  test('a label goes right of its point, in full when there is room', () => {
    const [label] = placeLabels([point(0, 100)], title, 1000, measure);
    expect(label).toMatchObject({ index: 0, x: 110, text: titles[0], width: titles[0]!.length * 7 });
  });

  test('a label is cut with an ellipsis before the next mark of its lane, or left out when too little room', () => {
    const labels = placeLabels([point(0, 100), point(1, 200), point(2, 230)], title, 1000, measure);
    const first = labels.find((l) => l.index === 0)!;
    expect(first.text.endsWith('…')).toBe(true);
    expect(first.x + first.width).toBeLessThanOrEqual(200 - 6 - 4);
    expect(labels.find((l) => l.index === 1)).toBeUndefined();
  });

  test('no two labels intersect, nor a label and a mark of its lane, however crowded', () => {
    const marks = Array.from({ length: 60 }, (_, i) => point(i, (i * 373) % 1000, i % 4));
    // Marks in one lane must not overlap each other, as layoutFrame guarantees: keep the first of any overlap.
    const kept: MarkLayout[] = [];
    for (const m of [...marks].sort((a, b) => a.x0 - b.x0)) {
      if (!kept.some((k) => k.lane === m.lane && k.x0 < m.x1 + 4 && m.x0 < k.x1 + 4)) kept.push(m);
    }
    const labels = placeLabels(kept, title, 1000, measure);
    expect(labels.length).toBeGreaterThan(5);
    const sameLane = (a: LabelLayout, b: { lane: number; track: number }) => a.lane === b.lane && a.track === b.track;
    for (const a of labels) {
      for (const b of labels) if (a !== b && sameLane(a, b)) expect(intersect(a, b)).toBe(false);
      for (const m of kept) if (sameLane(a, m)) expect(intersect(a, { x: m.x0, width: m.x1 - m.x0 })).toBe(false);
      expect(a.x + a.width).toBeLessThanOrEqual(1000);
    }
  });

  test('a span is labelled inside, from its visible left edge', () => {
    const span: MarkLayout = { index: 0, kind: 'span', x0: -300, x1: 400, cx: 50, lane: 0, track: 0 };
    expect(placeLabels([span], title, 1000, measure)[0]).toMatchObject({ x: 4, text: titles[0] });
  });

  test('a span wholly left or right of the view has no label, as a point off screen has none', () => {
    // 12 March in a view of 15 March to 10 April: the mark is laid out off screen, for marks sliding in.
    const before: MarkLayout = { index: 0, kind: 'span', x0: -150, x1: -115, cx: -132, lane: 0, track: 0 };
    const after: MarkLayout = { index: 1, kind: 'span', x0: 1010, x1: 1040, cx: 1025, lane: 1, track: 0 };
    const edge: MarkLayout = { index: 2, kind: 'span', x0: -150, x1: 20, cx: -65, lane: 2, track: 0 };
    expect(placeLabels([before, after, edge], title, 1000, measure).map((l) => l.index)).toEqual([2]);
  });
});

describe('fitText', () => {
  test('keeps the longest start that fits with an ellipsis', () => {
    expect(fitText('abcdefghij', 70, measure)).toBe('abcdefghij');
    expect(fitText('abcdefghij', 42, measure)).toBe('abcde…');
    expect(fitText('abcdefghij', 20, measure)).toBeUndefined();
  });

  test('never cuts between the two halves of a surrogate pair', () => {
    // 'abcd😀efgh': cut after five code units would leave the emoji's high half alone.
    expect(fitText('abcd\u{1F600}efgh', 42, measure)).toBe('abcd…');
  });
});

describe('placeClusterLabels', () => {
  test('writes the count where it fits inside the cluster', () => {
    const cluster = (x0: number, x1: number, count: number): ClusterLayout => ({ track: 0, lane: 0, x0, x1, count, start: 0, end: 1, midMin: 0, midMax: 1, first: 0 });
    const labels = placeClusterLabels([cluster(0, 60, 1204), cluster(100, 110, 5000)], measure);
    expect(labels).toEqual([{ cluster: 0, text: '1,204', width: 35, x: 12.5 }]);
  });
});
