import type { MarkLayout } from './layoutFrame.ts';

/** Packs the wide spans into the top lanes of their tracks; those that do not fit are left to the other events. */
export function placeWideSpans(
  n: number,
  found: Uint32Array,
  x0s: Float64Array,
  x1s: Float64Array,
  trackOf: Uint16Array,
  lanes: readonly number[],
  wideSpan: number,
  gap: number,
) {
  const placed = new Uint8Array(n);
  const used = lanes.map(() => 0);
  const candidates: number[] = [];
  for (let k = 0; k < n; k++) if (x1s[k]! - x0s[k]! >= wideSpan) candidates.push(k);
  candidates.sort((a, b) => trackOf[found[a]!]! - trackOf[found[b]!]! || x0s[a]! - x0s[b]! || found[a]! - found[b]!);
  const marks: MarkLayout[] = [];
  const ends = lanes.map((l) => new Array<number>(Math.max(0, l - Math.max(1, Math.ceil(l / 3)))).fill(-Infinity));
  for (const k of candidates) {
    const track = trackOf[found[k]!]!;
    const lane = ends[track]!.findIndex((end) => end + gap <= x0s[k]!);
    if (lane < 0) continue;
    ends[track]![lane] = x1s[k]!;
    used[track] = Math.max(used[track]!, lane + 1);
    placed[k] = 1;
    marks.push({ index: found[k]!, kind: 'span', x0: x0s[k]!, x1: x1s[k]!, cx: (x0s[k]! + x1s[k]!) / 2, track, lane });
  }
  return { placed, used, marks };
}

/**
 * Greedy lane packing in order of left edge: optimal for intervals, so marks that fit their lanes never overflow.
 * A mark first looks for a lane whose last mark also has its label room free, then for any lane it fits in.
 */
export function packLanes(items: Omit<MarkLayout, 'lane'>[], lanes: readonly number[], gap: number, labelRoom: number): MarkLayout[] {
  items.sort((a, b) => a.track - b.track || a.x0 - b.x0 || b.x1 - a.x1 || a.index - b.index);
  const marks: MarkLayout[] = [];
  let ends: number[] = [];
  let track = -1;
  for (const item of items) {
    if (item.track !== track) {
      track = item.track;
      ends = new Array<number>(Math.max(1, lanes[track] ?? 1)).fill(-Infinity);
    }
    let lane = labelRoom > 0 ? ends.findIndex((end) => end + labelRoom + gap <= item.x0) : -1;
    if (lane < 0) lane = ends.findIndex((end) => end + gap <= item.x0);
    // Unreachable when the marks fit their lanes; kept so that a rounding surprise overlaps rather than vanishes.
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = item.x1;
    marks.push({ ...item, lane });
  }
  return marks;
}
