import type { FrameLayout, MarkLayout } from './layoutFrame.ts';
import type { LabelLayout } from './placeLabels.ts';
import type { TrackRow } from './trackRows.ts';

/** A focusable stand-in for something drawn on the canvas: a labelled event or a cluster. */
export interface HitTarget {
  readonly key: string;
  readonly kind: 'event' | 'cluster';
  /** Event index, or the cluster's position in `frame.clusters`. */
  readonly item: number;
  /** How the event is drawn: its own point or span, or inside a cluster ('loose'); absent for clusters. */
  readonly shape?: 'point' | 'span' | 'loose';
  /** Width of the drawn mark (a box may be wider, covering the label too). */
  readonly markWidth?: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where an event is drawn when it is not a mark of its own (inside a cluster, or just scrolled to). */
export interface LooseEvent {
  readonly index: number;
  readonly cx: number;
  readonly track: number;
}

/**
 * The few hit targets a frame needs: every labelled mark (box over the mark and its label), every cluster, and the
 * events in `keep` (the selected one, the one with the keyboard) even when they are not labelled. Boxes are clipped to the view; in time order per track.
 */
export function hitTargets(
  frame: FrameLayout,
  labels: readonly LabelLayout[],
  rows: readonly TrackRow[],
  laneHeight: number,
  keep: readonly LooseEvent[] = [],
): HitTarget[] {
  const markOf = new Map<number, MarkLayout>(frame.marks.map((m) => [m.index, m]));
  const targets: HitTarget[] = [];
  const add = (target: HitTarget & { readonly x1: number }) => {
    const { x1, ...rest } = target;
    const [left, right] = [Math.max(0, target.x), Math.min(frame.width, x1)];
    if (right > left || target.kind === 'event') targets.push({ ...rest, x: left, width: Math.max(right - left, 12) });
  };
  const laneY = (track: number, lane: number) => (rows[track]?.laneTop ?? 0) + lane * laneHeight;
  const ofMark = (mark: MarkLayout, x1: number) => ({
    key: `e${mark.index}`,
    kind: 'event' as const,
    item: mark.index,
    shape: mark.kind,
    markWidth: mark.x1 - mark.x0,
    x: mark.x0,
    x1,
    y: laneY(mark.track, mark.lane),
    width: 0,
    height: laneHeight,
  });
  const done = new Set<number>();
  for (const label of labels) {
    const mark = markOf.get(label.index);
    if (!mark) continue;
    done.add(label.index);
    add(ofMark(mark, label.x + label.width));
  }
  frame.clusters.forEach((c, i) => {
    const row = rows[c.track];
    if (row) add({ key: `c${c.track}:${c.midMin}`, kind: 'cluster', item: i, x: c.x0, x1: c.x1, y: laneY(c.track, c.lane), width: 0, height: (row.lanes - c.lane) * laneHeight });
  });
  for (const event of keep) {
    if (done.has(event.index)) continue;
    done.add(event.index);
    const mark = markOf.get(event.index);
    const height = (rows[event.track]?.lanes ?? 1) * laneHeight;
    add(mark ? ofMark(mark, mark.x1) : { key: `e${event.index}`, kind: 'event', item: event.index, shape: 'loose', x: event.cx - 6, x1: event.cx + 6, y: laneY(event.track, 0), width: 0, height });
  }
  return targets.sort((a, b) => a.y - b.y || a.x - b.x);
}
