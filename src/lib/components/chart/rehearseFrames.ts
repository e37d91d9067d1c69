import type { View } from '../../layout/layoutFrame.ts';

/**
 * Views a first gesture from `view` passes through: zooming in on the middle, half a wheel notch's worth of steps at a
 * time down to 1/256 of the span, and a pan of half a screen each way. Laying out and painting these while the page
 * is idle gets the frame code compiled and optimised before a person's first zoom; run cold, in the interpreter, the
 * first dozen frames of that zoom each missed a refresh.
 */
export function rehearsalViews(view: View, steps = 16): View[] {
  const middle = (view.t0 + view.t1) / 2;
  const span = view.t1 - view.t0;
  const views: View[] = [];
  for (let k = 1; k <= steps; k++) {
    const half = span / 2 / 2 ** (k / 2);
    views.push({ t0: middle - half, t1: middle + half, width: view.width });
  }
  for (const shift of [-span / 2, span / 2]) views.push({ t0: view.t0 + shift, t1: view.t1 + shift, width: view.width });
  return views;
}
