import type { Extent } from './timeDomain.ts';

/** How marks are sized and stacked, in pixels. */
export const defaults = {
  /** An event narrower than this on screen is drawn as a point at its middle. */
  minSpanWidth: 10,
  /** Radius of a point mark; also the half-width a point occupies when lanes are packed. */
  pointRadius: 6,
  /** Space kept between two marks in one lane. */
  gap: 4,
} as const;

export interface MarkLayout {
  readonly index: number;
  readonly kind: 'point' | 'span';
  /** Left and right edge of the mark on screen (a point's edges are its circle's). */
  readonly x0: number;
  readonly x1: number;
  /** Centre of a point mark, or of a span. */
  readonly cx: number;
  /** Row, from 0, so that marks in one lane never overlap. */
  readonly lane: number;
}

export type LayoutOptions = Partial<typeof defaults>;

/**
 * Places each item on screen with the (zoomed) scale `x` and packs overlapping marks into lanes, greedily in time order.
 * Pure: returns new objects, leaves the items as they are; `index` points back into `items`.
 */
export function layoutMarks(items: readonly Extent[], x: (t: number) => number, options: LayoutOptions = {}): MarkLayout[] {
  const { minSpanWidth, pointRadius, gap } = { ...defaults, ...options };
  const placed = items.map((item, index) => {
    const left = x(item.start);
    const right = x(item.end);
    const cx = (left + right) / 2;
    return right - left < minSpanWidth
      ? { index, kind: 'point' as const, x0: cx - pointRadius, x1: cx + pointRadius, cx }
      : { index, kind: 'span' as const, x0: left, x1: right, cx };
  });
  const order = placed.map((_, i) => i).sort((a, b) => placed[a]!.x0 - placed[b]!.x0 || placed[b]!.x1 - placed[a]!.x1);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(placed.length);
  for (const i of order) {
    const mark = placed[i]!;
    let lane = laneEnds.findIndex((end) => end + gap <= mark.x0);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = mark.x1;
    lanes[i] = lane;
  }
  return placed.map((mark, i) => ({ ...mark, lane: lanes[i]! }));
}
