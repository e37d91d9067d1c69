import type { FrameLayout } from './layoutFrame.ts';
import type { TrackRow } from './trackRows.ts';

export type Hit = { readonly kind: 'mark'; readonly mark: number } | { readonly kind: 'cluster'; readonly cluster: number };

export interface HitGrid {
  /** What is drawn at (x, y) of the plot, if anything: a mark (its position in `frame.marks`) or a cluster. */
  at(x: number, y: number): Hit | undefined;
}

/**
 * A spatial index for hover and click: one row of pixel columns per lane holding the mark drawn there, and one per
 * track for its clusters. Built per frame in time linear in the marks' widths; a look-up is two array reads.
 */
export function createHitGrid(frame: FrameLayout, rows: readonly TrackRow[], laneHeight: number, slop = 3): HitGrid {
  const width = frame.width;
  const laneStart = rows.reduce<number[]>((acc, row, t) => [...acc, (acc[t] ?? 0) + row.lanes], [0]);
  const marks = new Int32Array((laneStart[rows.length] ?? 0) * width);
  const clusters = new Int32Array(rows.length * width);
  const firstLane = new Int32Array(frame.clusters.length);
  frame.clusters.forEach((c, i) => (firstLane[i] = c.lane));
  const fill = (cells: Int32Array, offset: number, x0: number, x1: number, value: number) => {
    for (let x = Math.max(0, Math.floor(x0 - slop)); x < Math.min(width, Math.ceil(x1 + slop)); x++) cells[offset + x] = value;
  };
  frame.clusters.forEach((c, i) => fill(clusters, c.track * width, c.x0, c.x1, i + 1));
  frame.marks.forEach((m, i) => {
    if (m.lane < (rows[m.track]?.lanes ?? 0)) fill(marks, ((laneStart[m.track] ?? 0) + m.lane) * width, m.x0, m.x1, i + 1);
  });
  return {
    at(x, y) {
      const column = Math.floor(x);
      if (column < 0 || column >= width) return undefined;
      const track = rows.findIndex((row) => y >= row.y && y < row.y + row.height);
      const row = rows[track];
      if (!row) return undefined;
      const lane = Math.floor((y - row.laneTop) / laneHeight);
      const mark = lane >= 0 && lane < row.lanes ? marks[((laneStart[track] ?? 0) + lane) * width + column]! : 0;
      if (mark) return { kind: 'mark', mark: mark - 1 };
      const cluster = clusters[track * width + column]!;
      return cluster && lane >= firstLane[cluster - 1]! ? { kind: 'cluster', cluster: cluster - 1 } : undefined;
    },
  };
}
