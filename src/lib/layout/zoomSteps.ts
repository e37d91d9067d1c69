import { zoomIdentity, type ZoomTransform } from 'd3';

/**
 * One keyboard or button step of the time zoom, computed from a given transform (not the one in flight) so that
 * quick repeated presses add up instead of restarting from the middle of an animation. Only x is zoomed.
 */
export function zoomAround(from: ZoomTransform, factor: number, cx: number, [kMin, kMax]: readonly [number, number]): ZoomTransform {
  const k = Math.min(kMax, Math.max(kMin, from.k * factor));
  const anchor = from.invertX(cx);
  return zoomIdentity.translate(cx - anchor * k, from.y).scale(k);
}

/** Moves the view by `dx` screen pixels (positive shows earlier times). */
export function panBy(from: ZoomTransform, dx: number): ZoomTransform {
  return zoomIdentity.translate(from.x + dx, from.y).scale(from.k);
}

/**
 * The transform that shows [t0, t1] across the screen range [left, right] of the base scale `baseX`, zoom clamped to
 * the limits around the range's middle: how a cluster is zoomed into and the selection brought close.
 */
export function fitRange(
  baseX: (t: number) => number,
  [t0, t1]: readonly [number, number],
  [left, right]: readonly [number, number],
  [kMin, kMax]: readonly [number, number],
): ZoomTransform {
  const span = Math.max(baseX(t1) - baseX(t0), Number.EPSILON);
  const k = Math.min(kMax, Math.max(kMin, (right - left) / span));
  const middle = baseX((t0 + t1) / 2);
  return zoomIdentity.translate((left + right) / 2 - middle * k, 0).scale(k);
}

/** The time range that opens a cluster: its events' middles, at least a fortieth of the view, about their centre. */
export function clusterRange(cluster: { readonly midMin: number; readonly midMax: number }, viewSpan: number): [number, number] {
  const middle = (cluster.midMin + cluster.midMax) / 2;
  const half = Math.max(cluster.midMax - cluster.midMin, viewSpan / 40) / 2;
  return [middle - half, middle + half];
}

/** The time range that shows an event with some context: three times its length, at least two days. */
export function eventRange(event: { readonly start: number; readonly end: number }): [number, number] {
  const middle = (event.start + event.end) / 2;
  const half = Math.max(1.5 * (event.end - event.start), 864e5);
  return [middle - half, middle + half];
}
