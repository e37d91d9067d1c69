import type { Extent } from './timeDomain.ts';

/**
 * A time index over events for visible-range queries, built once per data set: items are split into duration classes
 * (each a power of two long) and sorted by their middle, so a query is a binary search per class plus a scan of what
 * it returns. Per-item fields live in typed arrays because a frame reads them for up to every item.
 */
export interface EventIndex {
  readonly count: number;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** Track (lane group) of each item, from 0. */
  readonly track: Uint16Array;
  readonly trackCount: number;
  /** 1 where the item's extent is uncertain and is drawn with soft edges. */
  readonly fuzzy: Uint8Array;
  readonly classes: readonly DurationClass[];
}

interface DurationClass {
  /** Middles, ascending, and the item each belongs to. */
  readonly mids: Float64Array;
  readonly items: Uint32Array;
  /** Half the longest duration in the class: an item overlaps [t0, t1] only if its middle is within this of it. */
  readonly maxHalf: number;
}

export interface IndexOptions {
  /** Track of item `i`; all items on track 0 by default. */
  readonly trackOf?: (i: number) => number;
  readonly trackCount?: number;
  /** Whether item `i` is drawn with soft edges; none by default. */
  readonly isFuzzy?: (i: number) => boolean;
}

export function createEventIndex(items: readonly Extent[], options: IndexOptions = {}): EventIndex {
  const { trackOf = () => 0, trackCount = 1, isFuzzy = () => false } = options;
  const count = items.length;
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  const track = new Uint16Array(count);
  const fuzzy = new Uint8Array(count);
  const byClass = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const item = items[i]!;
    start[i] = item.start;
    end[i] = Math.max(item.end, item.start);
    track[i] = trackOf(i);
    fuzzy[i] = isFuzzy(i) ? 1 : 0;
    const key = Math.ceil(Math.log2(Math.max(1, end[i]! - start[i]!)));
    let members = byClass.get(key);
    if (!members) byClass.set(key, (members = []));
    members.push(i);
  }
  const middle = new Float64Array(count);
  for (let i = 0; i < count; i++) middle[i] = (start[i]! + end[i]!) / 2;
  const classes = [...byClass.values()].map((members) => {
    const mid = (i: number) => middle[i]!;
    members.sort((a, b) => middle[a]! - middle[b]! || a - b);
    let maxHalf = 0;
    for (const i of members) maxHalf = Math.max(maxHalf, (end[i]! - start[i]!) / 2);
    return { mids: Float64Array.from(members, mid), items: Uint32Array.from(members), maxHalf };
  });
  return { count, start, end, track, trackCount: Math.max(1, trackCount), fuzzy, classes };
}

/** First position in ascending `values` whose value is at least `t`. */
export function lowerBound(values: Float64Array, t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Writes into `out` the items that overlap [t0, t1] and returns how many there are; `out` must hold `index.count`.
 * The order is by duration class, then by middle.
 */
export function visibleItems(index: EventIndex, t0: number, t1: number, out: Uint32Array): number {
  let n = 0;
  for (const { mids, items, maxHalf } of index.classes) {
    const last = t1 + maxHalf;
    for (let k = lowerBound(mids, t0 - maxHalf); k < mids.length && mids[k]! <= last; k++) {
      const i = items[k]!;
      if (index.end[i]! >= t0 && index.start[i]! <= t1) out[n++] = i;
    }
  }
  return n;
}
