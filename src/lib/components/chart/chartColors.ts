/**
 * The chart's colours, resolved by the browser from the CSS custom properties and followed as they change. The canvas
 * needs numbers, but the properties hold whatever a page or theme wrote (`rebeccapurple`, `hsl(300 80% 40%)`,
 * `#f59f00cc`, `var(--brand)`), and they change without the chart being told: a theme, a class a page puts on
 * <body>, the reader's colour scheme. So each colour is the `color` of a hidden probe element, which the browser
 * resolves, and the probe's `color` has a 1 ms transition: when the resolved colour changes anywhere up the tree, the
 * transition runs and its end says to read the colours again.
 */
import type { ChartColors } from './paintFrame.ts';
import { parseColor, type Rgba } from './pixelBuffer.ts';

/** Each colour of the chart: its custom property, and the colour used when the property is not set. */
const properties: Readonly<Record<keyof ChartColors, readonly [property: string, fallback: string]>> = {
  mark: ['--mark', '#3b6fd8'],
  markStroke: ['--mark-stroke', '#1f4aa8'],
  markHover: ['--mark-hover', '#2855b8'],
  selected: ['--selected', '#d9480f'],
  text: ['--text', '#1d1f23'],
  background: ['--chart-bg', '#f0f2f5'],
};
const keys = Object.keys(properties) as (keyof ChartColors)[];

export interface ColorWatch {
  /** Reads the colours again (the probes run no transition while the chart is not rendered, e.g. `display: none`). */
  refresh(): void;
  /** Removes the probes and their listeners. */
  stop(): void;
}

/**
 * Puts the probes, empty spans, into `host` (an element inside the chart that shows nothing of them: no room, no
 * overflow) and calls `onchange` with the colours now and each time they change.
 */
export function watchChartColors(host: HTMLElement, onchange: (colors: ChartColors) => void): ColorWatch {
  const probes = keys.map((key) => {
    const probe = host.ownerDocument.createElement('span');
    const [property, fallback] = properties[key];
    // Set through the CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows.
    probe.style.color = `var(${property}, ${fallback})`;
    probe.style.transition = 'color 1ms linear';
    host.append(probe);
    return probe;
  });
  let last = '';
  const refresh = () => {
    const computed = probes.map((probe) => getComputedStyle(probe).color);
    // Nothing new (a transition of one probe ends while others run): the painter keeps its sprites.
    if (computed.join() === last) return;
    last = computed.join();
    onchange(Object.fromEntries(keys.map((key, i) => [key, toRgba(computed[i]!)])) as unknown as ChartColors);
  };
  // A transition that is cancelled (the colour changed again meanwhile) may not be followed by another.
  const events = ['transitionend', 'transitioncancel'] as const;
  for (const type of events) host.addEventListener(type, refresh);
  refresh();
  return {
    refresh,
    stop() {
      for (const type of events) host.removeEventListener(type, refresh);
      for (const probe of probes) probe.remove();
    },
  };
}

let scratch: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as numbers. Browsers give `rgb()` / `rgba()` for most colours, but keep the colour space of
 * `oklch()`, `lab()` or `color()`; those are painted on a 1×1 canvas and read back.
 */
function toRgba(computed: string): Rgba {
  const parsed = parseColor(computed);
  if (parsed) return parsed;
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!scratch) return [0, 0, 0, 1];
  scratch.clearRect(0, 0, 1, 1);
  scratch.fillStyle = computed;
  scratch.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = scratch.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}
