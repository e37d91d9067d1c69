import type { ClusterLayout, MarkLayout } from './layoutFrame.ts';

export const defaults = {
  /** Space between a mark and its label, and between a label and the next mark. */
  padding: 4,
  /** A label is left out rather than cut shorter than this many pixels. */
  minWidth: 40,
  /** Longest a label gets; longer titles are cut with an ellipsis. */
  maxWidth: 280,
  /** Rooms are rounded down to this many pixels so that a cut title stays the same while zooming (and its width is cached). */
  quantum: 8,
} as const;

export type LabelOptions = { readonly [K in keyof typeof defaults]?: number };

export interface LabelLayout {
  readonly index: number;
  readonly track: number;
  readonly lane: number;
  /** Left edge of the text and its measured width. */
  readonly x: number;
  readonly width: number;
  readonly text: string;
}

/**
 * Cut titles by measure and room, kept across frames: while zooming, the same titles meet the same (quantised) rooms
 * frame after frame, and each new cut would cost several text measurements.
 */
const cutTitles = new WeakMap<(text: string) => number, Map<string, string | undefined>>();
const cutLimit = 20_000;

function fitTextCached(text: string, room: number, measure: (text: string) => number): string | undefined {
  let cuts = cutTitles.get(measure);
  if (!cuts) cutTitles.set(measure, (cuts = new Map()));
  const key = `${room}|${text}`;
  if (cuts.has(key)) return cuts.get(key);
  if (cuts.size >= cutLimit) cuts.clear();
  const cut = fitText(text, room, measure);
  cuts.set(key, cut);
  return cut;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Whether no part of a mark is in [0, width]: its label would stand at an edge, away from it. */
const isOffView = (mark: MarkLayout, width: number) => (mark.kind === 'point' ? mark.cx < 0 || mark.cx > width : mark.x1 < 0 || mark.x0 > width);

/** The longest start of `text` that fits `room` pixels with an ellipsis, or undefined when under four characters do. */
export function fitText(text: string, room: number, measure: (text: string) => number): string | undefined {
  if (measure(text) <= room) return text;
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= room) lo = mid;
    else hi = mid - 1;
  }
  // Never between the two halves of a surrogate pair (an emoji): a lone half is not text, and not XML.
  if (isHighSurrogate(text.charCodeAt(lo - 1))) lo -= 1;
  return lo >= 4 ? `${text.slice(0, lo).trimEnd()}…` : undefined;
}

/**
 * Titles for the marks, each in its mark's lane between the mark and the next mark of that lane: to the right of a
 * point, inside a span from its visible left edge, and short of the next cluster of its track. Lanes do not overlap
 * and marks in a lane do not either, so no two labels (nor a label and a mark or cluster) ever intersect. A label that does not fit in full is cut, or left out.
 */
export function placeLabels(
  marks: readonly MarkLayout[],
  title: (index: number) => string,
  viewWidth: number,
  measure: (text: string) => number,
  options: LabelOptions = {},
  clusters: readonly Pick<ClusterLayout, 'track' | 'x0' | 'x1'>[] = [],
): LabelLayout[] {
  const { padding, minWidth, maxWidth, quantum } = { ...defaults, ...options };
  // A cluster spans every lane of its track: a label stops before the next one.
  const clusterStarts = (track: number) => clusters.filter((c) => c.track === track).map((c) => c.x0).sort((a, b) => a - b);
  const startsByTrack = new Map<number, number[]>();
  const byLane = new Map<number, MarkLayout[]>();
  for (const mark of marks) {
    const key = mark.track * 65536 + mark.lane;
    let lane = byLane.get(key);
    if (!lane) byLane.set(key, (lane = []));
    lane.push(mark);
  }
  const labels: LabelLayout[] = [];
  for (const lane of byLane.values()) {
    lane.sort((a, b) => a.x0 - b.x0);
    lane.forEach((mark, i) => {
      const next = lane[i + 1];
      if (isOffView(mark, viewWidth)) return;
      const x = (mark.kind === 'point' ? mark.x1 : Math.max(mark.x0, 0)) + padding;
      let starts = startsByTrack.get(mark.track);
      if (!starts) startsByTrack.set(mark.track, (starts = clusterStarts(mark.track)));
      const cluster = starts.find((x0) => x0 >= mark.x1) ?? Infinity;
      const end = Math.min(next ? next.x0 - padding : Infinity, cluster - padding, viewWidth - padding, x + maxWidth);
      const room = Math.floor((end - x) / quantum) * quantum;
      if (room < minWidth) return;
      const text = fitTextCached(title(mark.index), room, measure);
      if (text) labels.push({ index: mark.index, track: mark.track, lane: mark.lane, x, width: measure(text), text });
    });
  }
  return labels;
}

export interface ClusterLabel {
  readonly cluster: number;
  readonly x: number;
  readonly width: number;
  readonly text: string;
}

/** The count of each cluster, centred on it, where it fits inside: "1,204". */
export function placeClusterLabels(clusters: readonly ClusterLayout[], measure: (text: string) => number, padding = 3): ClusterLabel[] {
  const labels: ClusterLabel[] = [];
  clusters.forEach((c, cluster) => {
    const text = String(c.count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const width = measure(text);
    if (width + 2 * padding <= c.x1 - c.x0) labels.push({ cluster, x: (c.x0 + c.x1) / 2 - width / 2, width, text });
  });
  return labels;
}
