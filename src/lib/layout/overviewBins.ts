/**
 * The overview under the chart: how many events fall in each of `bins` equal stretches of the whole timeline, and the
 * outline that draws those counts as bars. Counted by each event's middle, as the chart's clusters are. Heights are
 * on a log scale, so that one dense week does not flatten the rest of a century into nothing.
 */

export interface OverviewBins {
  readonly counts: Uint32Array;
  readonly max: number;
}

export function overviewBins(start: Float64Array, end: Float64Array, [d0, d1]: readonly [number, number], bins: number): OverviewBins {
  const n = Math.max(1, Math.floor(bins));
  const counts = new Uint32Array(n);
  const scale = n / (d1 - d0);
  let max = 0;
  for (let i = 0; i < start.length; i++) {
    const bin = Math.floor(((start[i]! + end[i]!) / 2 - d0) * scale);
    if (bin < 0 || bin >= n) continue;
    const count = ++counts[bin]!;
    if (count > max) max = count;
  }
  return { counts, max };
}

/** An SVG path of the counts as bars rising from the bottom of a `width` × `height` box; empty when there are none. */
export function overviewPath({ counts, max }: OverviewBins, width: number, height: number): string {
  if (max === 0) return '';
  const w = width / counts.length;
  const top = (count: number) => height - (Math.log1p(count) / Math.log1p(max)) * height;
  const parts: string[] = [];
  for (let i = 0; i < counts.length; i++) {
    if (!counts[i]) continue;
    const [x, y] = [i * w, top(counts[i]!)];
    parts.push(`M${round(x)},${height}V${round(y)}H${round(x + w)}V${height}Z`);
  }
  return parts.join('');
}

const round = (v: number) => Math.round(v * 10) / 10;
