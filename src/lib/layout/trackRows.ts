export const defaults = {
  laneHeight: 24,
  /** Height of a track's name row, when there is more than one track. */
  headerHeight: 16,
  /** Lanes shared out between the tracks. */
  laneBudget: 14,
  /** Least lanes of a lone track, so that a chart of two events is not a sliver. */
  minLanes: 3,
} as const;

export type RowOptions = { readonly [K in keyof typeof defaults]?: number };

export interface TrackRow {
  /** Top of the track, top of its first lane, its lanes and total height, in pixels from the top of the plot. */
  readonly y: number;
  readonly laneTop: number;
  readonly lanes: number;
  readonly height: number;
}

/**
 * Stacks the tracks: each gets as many lanes as it has events, within its share of the budget (at least two when
 * there are several tracks). The plot's height follows from the data, not from the zoom, so it never jumps.
 */
export function trackRows(counts: readonly number[], options: RowOptions = {}): { rows: TrackRow[]; height: number } {
  const { laneHeight, headerHeight, laneBudget, minLanes } = { ...defaults, ...options };
  const single = counts.length <= 1;
  const share = single ? laneBudget : Math.max(2, Math.floor(laneBudget / counts.length));
  let y = 0;
  const rows = counts.map((count) => {
    const lanes = Math.max(single ? minLanes : 1, Math.min(share, count));
    const header = single ? 0 : headerHeight;
    const row = { y, laneTop: y + header, lanes, height: header + lanes * laneHeight };
    y += row.height;
    return row;
  });
  return { rows, height: Math.max(y, minLanes * laneHeight) };
}
