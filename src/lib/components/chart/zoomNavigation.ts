import { select, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import { fitRange, panBy, zoomAround } from '../../layout/zoomSteps.ts';

export interface NavigationSource {
  readonly surface: () => HTMLElement | undefined;
  readonly transform: () => ZoomTransform;
  readonly width: () => number;
  readonly limits: () => readonly [number, number];
  /** The unzoomed scale, time to x. */
  readonly base: () => (t: number) => number;
}

/**
 * Animated moves of the view for buttons and keys, through d3-zoom so that its state stays the one truth. Each step
 * builds on where the running animation is heading, so that quick repeated presses add up; with reduced motion the
 * view jumps.
 */
export function createZoomNavigation(behavior: ZoomBehavior<HTMLElement, unknown>, source: NavigationSource, zoomStep = 1.6) {
  const reduceMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  let target: ZoomTransform | undefined;

  /** Moves by `step`, animated unless motion is reduced or `at once` is asked for (a view kept through a resize). */
  function moveTo(step: (from: ZoomTransform) => ZoomTransform, atOnce = false) {
    const surface = source.surface();
    if (!surface) return;
    const to = step(target ?? source.transform());
    const selection = select<HTMLElement, unknown>(surface);
    if (reduceMotion || atOnce) {
      target = undefined;
      return void behavior.transform(selection.interrupt(), to);
    }
    target = to;
    const done = () => {
      if (target === to) target = undefined;
    };
    behavior.transform(selection.transition().duration(250).on('end', done).on('interrupt', done), to);
  }

  return {
    moveTo,
    /** Whether an animated move is under way. */
    moving: () => target !== undefined,
    zoomBy: (direction: 1 | -1) => moveTo((t) => zoomAround(t, zoomStep ** direction, source.width() / 2, source.limits())),
    fitAll: () => moveTo(() => zoomIdentity),
    /** Moves by `dx` pixels; positive shows earlier times. */
    pan: (dx: number) => moveTo((t) => panBy(t, dx)),
    /** Shows [t0, t1] across the chart, with a margin. */
    zoomToRange([t0, t1]: readonly [number, number]) {
      const width = source.width();
      moveTo(() => fitRange(source.base(), [t0, t1], [width * 0.08, width * 0.92], source.limits()));
    },
  };
}
