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

export interface DurationClass {
  /** The track all its items are on. */
  readonly track: number;
  /** Middles, ascending, and the item each belongs to; their starts and ends in the same order. */
  readonly mids: Float64Array;
  readonly items: Uint32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Half the longest duration in the class: an item overlaps [t0, t1] only if its middle is within this of it. */
  readonly maxHalf: number;
  /** Per block of `blockSize` positions: least item, earliest start, latest end (for `summarise`). */
  readonly blockFirst: Uint32Array;
  readonly blockStart: Float64Array;
  readonly blockEnd: Float64Array;
}

const blockSize = 64;

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
    // One class per track and power-of-two duration, so that a track's short events can be counted by time alone.
    const key = track[i]! * 64 + Math.ceil(Math.log2(Math.max(1, end[i]! - start[i]!)));
    let members = byClass.get(key);
    if (!members) byClass.set(key, (members = []));
    members.push(i);
  }
  const middle = new Float64Array(count);
  for (let i = 0; i < count; i++) middle[i] = (start[i]! + end[i]!) / 2;
  const classes = [...byClass.values()].map((members): DurationClass => {
    // Members come in item order, and the sort is stable, so equal middles stay in item order. Files are mostly in
    // time order already: a class that is sorted skips the sort.
    if (!ascendingBy(members, middle)) members.sort((a, b) => middle[a]! - middle[b]!);
    const n = members.length;
    const [items, mids, starts, ends] = [new Uint32Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    const blocks = Math.ceil(n / blockSize);
    const [blockFirst, blockStart, blockEnd] = [new Uint32Array(blocks).fill(0xffffffff), new Float64Array(blocks).fill(Infinity), new Float64Array(blocks).fill(-Infinity)];
    let maxHalf = 0;
    // Plain assignments in this loop, no arrays destructured: it runs once per event, too few times to be optimised
    // before the first frame, and at 100,000 events the short-lived arrays took about a quarter of the index's time.
    for (let k = 0; k < n; k++) {
      const i = members[k]!;
      const s = start[i]!, e = end[i]!;
      items[k] = i;
      mids[k] = middle[i]!;
      starts[k] = s;
      ends[k] = e;
      maxHalf = Math.max(maxHalf, (e - s) / 2);
      const b = (k / blockSize) | 0;
      blockFirst[b] = Math.min(blockFirst[b]!, i);
      blockStart[b] = Math.min(blockStart[b]!, s);
      blockEnd[b] = Math.max(blockEnd[b]!, e);
    }
    return { track: track[items[0]!]!, mids, items, starts, ends, maxHalf, blockFirst, blockStart, blockEnd };
  });
  return { count, start, end, track, trackCount: Math.max(1, trackCount), fuzzy, classes };
}

/** Whether `members` are in ascending order of `key`. */
function ascendingBy(members: readonly number[], key: Float64Array): boolean {
  for (let k = 1; k < members.length; k++) if (key[members[k]!]! < key[members[k - 1]!]!) return false;
  return true;
}

/** First position in ascending `values`, from `lo` on, whose value is at least `t`. */
export function lowerBound(values: Float64Array, t: number, lo = 0): number {
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
 * The order is by duration class, then by middle. `skip(cls)` may give ranges of middles to leave out of a class, as
 * ascending pairs `[from, to)` (events counted in bulk instead); they are stepped over by binary search.
 */
export function visibleItems(index: EventIndex, t0: number, t1: number, out: Uint32Array, skip?: (cls: DurationClass) => readonly number[] | undefined): number {
  let n = 0;
  for (const cls of index.classes) {
    const { mids, items, maxHalf } = cls;
    const last = t1 + maxHalf;
    const gaps = skip?.(cls) ?? [];
    let g = 0;
    for (let k = lowerBound(mids, t0 - maxHalf); k < mids.length && mids[k]! <= last; k++) {
      while (g < gaps.length && gaps[g + 1]! <= mids[k]!) g += 2;
      if (g < gaps.length && mids[k]! >= gaps[g]!) {
        k = lowerBound(mids, gaps[g + 1]!, k) - 1;
        continue;
      }
      const i = items[k]!;
      if (index.end[i]! >= t0 && index.start[i]! <= t1) out[n++] = i;
    }
  }
  return n;
}

/** Running totals of a group of items: how many, the least item, the earliest start and latest end. */
export interface Summary {
  count: number;
  first: number;
  start: number;
  end: number;
}

export const emptySummary = (): Summary => ({ count: 0, first: Infinity, start: Infinity, end: -Infinity });

/** Adds positions [lo, hi) of a class to `into`, reading whole blocks where it can: cost per block, not per item. */
export function summarise(cls: DurationClass, lo: number, hi: number, into: Summary): void {
  if (hi <= lo) return;
  into.count += hi - lo;
  const add = (k: number) => {
    into.first = Math.min(into.first, cls.items[k]!);
    into.start = Math.min(into.start, cls.starts[k]!);
    into.end = Math.max(into.end, cls.ends[k]!);
  };
  let k = lo;
  for (; k < hi && k % blockSize !== 0; k++) add(k);
  for (; k + blockSize <= hi; k += blockSize) {
    const b = k / blockSize;
    into.first = Math.min(into.first, cls.blockFirst[b]!);
    into.start = Math.min(into.start, cls.blockStart[b]!);
    into.end = Math.max(into.end, cls.blockEnd[b]!);
  }
  for (; k < hi; k++) add(k);
}
