import { select, zoom, type ZoomBehavior, type ZoomTransform } from 'd3';

/**
 * d3-zoom on the chart's surface: wheel and trackpad, pinch, drag and double-click. Input events can come several
 * times a frame; they are folded into one update per animation frame so that a frame is laid out and painted once.
 * Transitions (buttons, keys) already run on animation frames and pass straight through.
 */
export function createZoomSurface(onTransform: (t: ZoomTransform) => void): {
  behavior: ZoomBehavior<HTMLElement, unknown>;
  attach(element: HTMLElement): () => void;
} {
  let pending: ZoomTransform | undefined;
  let frame = 0;
  const flush = () => {
    frame = 0;
    if (pending) onTransform(pending);
    pending = undefined;
  };
  const behavior = zoom<HTMLElement, unknown>().on('zoom', (e: { transform: ZoomTransform; sourceEvent: Event | null }) => {
    if (!e.sourceEvent) {
      pending = undefined;
      return onTransform(e.transform);
    }
    pending = e.transform;
    frame ||= requestAnimationFrame(flush);
  });
  return {
    behavior,
    attach(element) {
      const selection = select(element).call(behavior);
      return () => {
        selection.on('.zoom', null);
        cancelAnimationFrame(frame);
      };
    },
  };
}
