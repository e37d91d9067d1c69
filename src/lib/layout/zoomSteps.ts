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
