import { emptySummary, lowerBound, summarise, type DurationClass, type EventIndex, type Summary } from './eventIndex.ts';

/** The frame's grid: column `c` is centred at time `t0 + (c - pad + 0.5) / pxPerMs`; bins are `binMs` long, time-aligned. */
export interface FrameGrid {
  readonly t0: number;
  readonly pxPerMs: number;
  readonly pad: number;
  readonly cols: number;
  readonly binMs: number;
}

/** A bin whose point events are too many for its lanes whatever their order: one cluster, counted without visiting its events. */
export interface DenseBin extends Summary {
  readonly track: number;
  /** Its columns, [c0, c1], and the middles it holds, [from, to). */
  readonly c0: number;
  readonly c1: number;
  readonly from: number;
  readonly to: number;
  /** Its earliest and latest middle. */
  midFirst: number;
  midLast: number;
}

/**
 * Finds the bins so full of point events (classes drawn as points at this zoom) that they are clusters for sure: by
 * pigeonhole, when each point covers at least `minCover` of the bin's columns (all of a narrower one) and together they
 * cover more than its columns times the track's lanes, some column holds more marks than there are lanes. Counting a bin is a binary search
 * per class, so a view of 100,000 clustered events costs per bin, not per event. Returns the bins and, per class, the
 * ranges of middles they took (for `visibleItems` to skip).
 */
export function denseBins(index: EventIndex, grid: FrameGrid, lanes: readonly number[], isPoint: (cls: DurationClass) => boolean, minCover: number) {
  const { t0, pxPerMs, pad, cols, binMs } = grid;
  const timeAt = (c: number) => t0 + (c - pad) / pxPerMs;
  const binAt = (c: number) => Math.floor((t0 + (c - pad + 0.5) / pxPerMs) / binMs);
  const byTrack = new Map<number, DurationClass[]>();
  for (const cls of index.classes) if (isPoint(cls)) byTrack.set(cls.track, [...(byTrack.get(cls.track) ?? []), cls]);
  const bins: DenseBin[] = [];
  const skip = new Map<DurationClass, number[]>();
  const classes = [...byTrack.values()].flat();
  if (byTrack.size === 0 || !(binMs * pxPerMs >= minCover)) return { bins, skip, classes };
  const [lo, hi] = [timeAt(0), timeAt(cols)];
  for (let c0 = 0; c0 < cols; ) {
    const bin = binAt(c0);
    // The bin's last column: estimated from its end, then corrected against binAt, which cuts the pieces.
    let c1 = Math.min(cols - 1, Math.max(c0, Math.ceil(((bin + 1) * binMs - t0) * pxPerMs + pad - 0.5) - 1));
    while (c1 + 1 < cols && binAt(c1 + 1) === bin) c1++;
    while (c1 > c0 && binAt(c1) !== bin) c1--;
    const [from, to] = [Math.max(lo, bin * binMs), Math.min(hi, (bin + 1) * binMs)];
    for (const [track, classes] of byTrack) {
      const ranges = classes.map((cls) => [lowerBound(cls.mids, from), lowerBound(cls.mids, to)] as const);
      const count = ranges.reduce((n, [a, b]) => n + b - a, 0);
      // A bin narrower than a point (at the edges of the grid) is covered whole by each of its points.
      const columns = c1 - c0 + 1;
      if (count * Math.min(minCover, columns) <= columns * (lanes[track] ?? 1)) continue;
      const summary: DenseBin = { ...emptySummary(), track, c0, c1, from, to, midFirst: Infinity, midLast: -Infinity };
      classes.forEach((cls, k) => {
        const [a, b] = ranges[k]!;
        if (b <= a) return;
        summarise(cls, a, b, summary);
        summary.midFirst = Math.min(summary.midFirst, cls.mids[a]!);
        summary.midLast = Math.max(summary.midLast, cls.mids[b - 1]!);
        let gaps = skip.get(cls);
        if (!gaps) skip.set(cls, (gaps = []));
        gaps.push(from, to);
      });
      bins.push(summary);
    }
    c0 = c1 + 1;
  }
  return { bins, skip, classes };
}

/** Adds a dense bin's events to the density columns (`track * width + x`), column by column; `classes` are the point classes. */
export function addDensity(density: Uint32Array, width: number, bin: DenseBin, classes: readonly DurationClass[], grid: FrameGrid): void {
  const timeAt = (x: number) => grid.t0 + x / grid.pxPerMs;
  const [x0, x1] = [Math.max(0, bin.c0 - grid.pad), Math.min(width - 1, bin.c1 - grid.pad)];
  for (const cls of classes) {
    if (cls.track !== bin.track) continue;
    let a = lowerBound(cls.mids, Math.max(bin.from, timeAt(x0)));
    for (let x = x0; x <= x1; x++) {
      const b = lowerBound(cls.mids, Math.min(bin.to, timeAt(x + 1)), a);
      density[bin.track * width + x]! += b - a;
      a = b;
    }
  }
}
