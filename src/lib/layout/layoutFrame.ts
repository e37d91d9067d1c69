import { visibleItems, type EventIndex } from './eventIndex.ts';
import { addDensity, denseBins } from './denseBins.ts';
import { cutIntoPieces, workspaceOf } from './framePieces.ts';
import { packLanes, placeWideSpans } from './packLanes.ts';

/** How marks and clusters are sized, in CSS pixels. */
export const defaults = {
  /** An event narrower than this on screen is drawn as a point at its middle. */
  minSpanWidth: 10,
  /** Radius of a point mark: the half-width a point occupies in its lane. */
  pointRadius: 6,
  /** Space kept between two marks in one lane. */
  gap: 4,
  /** Least width of a cluster: events are binned in time-aligned bins at least this wide. */
  clusterWidth: 40,
  /** Laid out beyond each edge of the view too, so that marks sliding in are already placed as they will be. */
  overscan: 40,
  /**
   * Room wanted after a mark for its title. Lanes are packed to leave it where the lanes allow; it never turns marks
   * into clusters, since whether events can be told apart depends on the marks alone.
   */
  labelRoom: 0,
  /**
   * Spans at least this wide (a year seen over a few months) take lanes of their own at the top of the track, up to
   * two thirds of them, so that a few long events over a stretch of time do not turn its short events into clusters.
   */
  wideSpan: 120,
} as const;

export type FrameOptions = { readonly [K in keyof typeof defaults]?: number };

/** What the chart shows: time `t0` at x = 0, `t1` at x = `width`. */
export interface View {
  readonly t0: number;
  readonly t1: number;
  readonly width: number;
}

export interface MarkLayout {
  /** The item's position in the indexed data. */
  readonly index: number;
  readonly kind: 'point' | 'span';
  /** Left and right edge on screen (a point's are its circle's), and the middle. */
  readonly x0: number;
  readonly x1: number;
  readonly cx: number;
  readonly track: number;
  /** Row within the track, from 0; marks in one lane never overlap. */
  readonly lane: number;
}

/** Events too dense to tell apart at this zoom, drawn as one band with their count. */
export interface ClusterLayout {
  readonly track: number;
  /** First lane it covers (those above hold wide spans); it reaches down to the track's last lane. */
  readonly lane: number;
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** Earliest start and latest end of its events. */
  readonly start: number;
  readonly end: number;
  /** First and last middle of its events: the range to zoom to for them to spread out. */
  readonly midMin: number;
  readonly midMax: number;
  /** Its earliest event (lowest index). */
  readonly first: number;
}

export interface FrameLayout {
  readonly marks: readonly MarkLayout[];
  readonly clusters: readonly ClusterLayout[];
  /** Per track, per pixel column of the view: clustered events whose middle falls there (`track * width + x`). */
  readonly density: Uint32Array;
  readonly width: number;
  /** Events overlapping the view, in marks and clusters alike. */
  readonly visibleCount: number;
}

/**
 * Lays out one frame. Wide spans take the top lanes of their track. The other events' marks are cut into pieces of
 * time-aligned bins (so that clusters stay put while panning and split in two as the zoom doubles): a piece where more
 * marks overlap than the lanes left hold is dense, and its events, with any that reach into it, become one cluster;
 * the rest are drawn mark by mark, packed greedily into the lanes, which they are sure to fit.
 * Cost: linear in the visible events plus the width, and a sort of the marks only. Pure; `index` is read, not changed.
 */
export function layoutFrame(index: EventIndex, view: View, lanes: readonly number[], options: FrameOptions = {}): FrameLayout {
  const { minSpanWidth, pointRadius, gap, clusterWidth, overscan, labelRoom, wideSpan } = { ...defaults, ...options };
  const width = Math.max(1, Math.round(view.width));
  const tracks = index.trackCount;
  const pxPerMs = width / (view.t1 - view.t0);
  const pad = overscan + clusterWidth;
  const cols = width + 2 * pad;
  const toX = (t: number) => (t - view.t0) * pxPerMs;
  const column = (x: number) => Math.min(cols - 1, Math.max(0, Math.floor(x + pad)));

  const binMs = 1000 * 2 ** Math.max(0, Math.ceil(Math.log2(clusterWidth / (pxPerMs * 1000))));
  const grid = { t0: view.t0, pxPerMs, pad, cols, binMs };
  // Bins certainly too full for their lanes are clusters counted in bulk; their events are not visited one by one.
  // A point covers at least pointRadius + gap / 2 - 1 columns of its own bin (the 1 for rounding to columns).
  const isPoint = (cls: EventIndex['classes'][number]) => 2 * cls.maxHalf * pxPerMs < minSpanWidth;
  const dense = denseBins(index, grid, lanes, isPoint, pointRadius + gap / 2 - 1);
  const { found, x0s, x1s, cxs, isSpan } = workspaceOf(index);
  const n = visibleItems(index, view.t0 - pad / pxPerMs, view.t1 + pad / pxPerMs, found, (cls) => dense.skip.get(cls));
  const cover = new Int32Array(tracks * (cols + 1));
  for (let k = 0; k < n; k++) {
    const i = found[k]!;
    const left = toX(index.start[i]!);
    const right = toX(index.end[i]!);
    const cx = (left + right) / 2;
    const point = right - left < minSpanWidth;
    x0s[k] = point ? cx - pointRadius : left;
    x1s[k] = point ? cx + pointRadius : right;
    cxs[k] = cx;
    isSpan[k] = point ? 0 : 1;
  }
  const wide = placeWideSpans(n, found, x0s, x1s, index.track, lanes, wideSpan, gap);
  const rest = lanes.map((l, t) => l - wide.used[t]!);
  for (let k = 0; k < n; k++) {
    if (wide.placed[k]) continue;
    const row = index.track[found[k]!]! * (cols + 1);
    cover[row + column(x0s[k]! - gap / 2)]!++;
    cover[row + column(x1s[k]! + gap / 2) + 1]!--;
  }
  // A dense bin is deeper than any track's lanes over all its columns: the pieces make it one dense piece.
  for (const bin of dense.bins) {
    const deep = (lanes[bin.track] ?? 1) + 1;
    cover[bin.track * (cols + 1) + bin.c0]! += deep;
    cover[bin.track * (cols + 1) + bin.c1 + 1]! -= deep;
  }
  const pieces = cutIntoPieces(cover, cols, rest, (c) => Math.floor((view.t0 + (c - pad + 0.5) / pxPerMs) / binMs));

  const density = new Uint32Array(tracks * width);
  // Per-cluster sums in typed arrays: this loop runs for every clustered event, up to all of them, each frame.
  const m = pieces.track.length;
  const [count, start, end, midMin, midMax, first, left, right] = [
    new Uint32Array(m),
    new Float64Array(m).fill(Infinity),
    new Float64Array(m).fill(-Infinity),
    new Float64Array(m).fill(Infinity),
    new Float64Array(m).fill(-Infinity),
    new Float64Array(m).fill(Infinity),
    new Float64Array(m).fill(Infinity),
    new Float64Array(m).fill(-Infinity),
  ];
  const sparse: number[] = [];
  for (let k = 0; k < n; k++) {
    if (wide.placed[k]) continue;
    const i = found[k]!;
    const track = index.track[i]!;
    const row = track * cols;
    // The piece under the event's middle if it is dense, else the first dense piece the event reaches into.
    let c = pieces.of[row + column(cxs[k]!)]!;
    if (!pieces.dense[c]) {
      c = -1;
      for (let col = column(x0s[k]! - gap / 2), last = column(x1s[k]! + gap / 2); col <= last && c < 0; col++) {
        const p = pieces.of[row + col]!;
        if (p >= 0 && pieces.dense[p]) c = p;
      }
    }
    if (c < 0) {
      sparse.push(k);
      continue;
    }
    const cx = Math.min(pieces.to[c]! - pad + 1, Math.max(pieces.from[c]! - pad, cxs[k]!));
    count[c]!++;
    if (index.start[i]! < start[c]!) start[c] = index.start[i]!;
    if (index.end[i]! > end[c]!) end[c] = index.end[i]!;
    const t = view.t0 + cx / pxPerMs;
    if (t < midMin[c]!) midMin[c] = t;
    if (t > midMax[c]!) midMax[c] = t;
    if (i < first[c]!) first[c] = i;
    if (x0s[k]! < left[c]!) left[c] = x0s[k]!;
    if (x1s[k]! > right[c]!) right[c] = x1s[k]!;
    if (cx >= 0 && cx < width) density[track * width + Math.floor(cx)]!++;
  }
  for (const bin of dense.bins) {
    const c = pieces.of[bin.track * cols + bin.c0]!;
    const [x0, x1] = [Math.max(toX(bin.midFirst), pieces.from[c]! - pad), Math.min(toX(bin.midLast), pieces.to[c]! - pad + 1)];
    count[c]! += bin.count;
    start[c] = Math.min(start[c]!, bin.start);
    end[c] = Math.max(end[c]!, bin.end);
    midMin[c] = Math.min(midMin[c]!, view.t0 + x0 / pxPerMs);
    midMax[c] = Math.max(midMax[c]!, view.t0 + x1 / pxPerMs);
    left[c] = Math.min(left[c]!, x0 - pointRadius);
    right[c] = Math.max(right[c]!, x1 + pointRadius);
    first[c] = Math.min(first[c]!, bin.first);
    addDensity(density, width, bin, dense.classes, grid);
  }
  const clusters: ClusterLayout[] = [];
  for (let c = 0; c < m; c++) {
    if (count[c]! === 0) continue;
    const track = pieces.track[c]!;
    const [x0, x1] = [Math.max(left[c]!, pieces.from[c]! - pad), Math.min(right[c]!, pieces.to[c]! - pad + 1)];
    clusters.push({ track, lane: wide.used[track]!, x0, x1, count: count[c]!, start: start[c]!, end: end[c]!, midMin: midMin[c]!, midMax: midMax[c]!, first: first[c]! });
  }
  const marks = wide.marks.concat(packLanes(
    sparse.map((k) => ({ index: found[k]!, kind: isSpan[k] ? 'span' : 'point', x0: x0s[k]!, x1: x1s[k]!, cx: cxs[k]!, track: index.track[found[k]!]! })),
    rest,
    gap,
    labelRoom,
  ).map((m) => ({ ...m, lane: m.lane + wide.used[m.track]! })));
  return {
    marks,
    clusters,
    density,
    width,
    visibleCount: n + dense.bins.reduce((sum, bin) => sum + bin.count, 0),
  };
}
