import type { FrameLayout, MarkLayout } from '../../layout/layoutFrame.ts';
import type { TrackRow } from '../../layout/trackRows.ts';
import { discSprite, drawSprite, fillColumn, fillDevice, fillRect, over, pack, parseColor, withAlpha, type PixelBuffer, type Rgba, type Sprite } from './pixelBuffer.ts';

/** The chart's colours, read from the page's CSS custom properties so that the dark scheme applies. */
export interface ChartColors {
  readonly mark: Rgba;
  readonly markStroke: Rgba;
  readonly markHover: Rgba;
  readonly selected: Rgba;
  readonly text: Rgba;
}

export function readColors(element: Element): ChartColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: Rgba) => parseColor(style.getPropertyValue(name), fallback);
  return {
    mark: read('--mark', [59, 111, 216, 1]),
    markStroke: read('--mark-stroke', [31, 74, 168, 1]),
    markHover: read('--mark-hover', [40, 85, 184, 1]),
    selected: read('--selected', [217, 72, 15, 1]),
    text: read('--text', [29, 31, 35, 1]),
  };
}

export interface Scene {
  readonly frame: FrameLayout;
  readonly rows: readonly TrackRow[];
  readonly laneHeight: number;
  /** 1 for events drawn with soft edges, by event index. */
  readonly fuzzy: Uint8Array;
  readonly selected: number | undefined;
  /** Hovered or keyboard-focused event. */
  readonly highlighted: number | undefined;
  /** Where the selected event is when it is inside a cluster: a line across its track. */
  readonly selectedLine: { readonly x: number; readonly track: number } | undefined;
  /** Fine ticks of the axis, drawn as faint grid lines. */
  readonly gridX: readonly number[];
  readonly colors: ChartColors;
}

const barHalf = 7;
const pointRadius = 6;

/**
 * A painter for one canvas: paints a frame back to front (grid, clusters with their density, marks, the selection),
 * each shape overwriting what is under it. Point marks are sprites, made once per style and kept here.
 */
export function createPainter(): (buffer: PixelBuffer, scene: Scene) => void {
  const sprites = new Map<string, Sprite>();
  const sprite = (scale: number, fill: Rgba, ring: Rgba | undefined, ringWidth: number, soft: boolean) => {
    const key = [scale, fill, ring, ringWidth, soft].join('|');
    let found = sprites.get(key);
    if (!found) sprites.set(key, (found = discSprite(pointRadius, scale, fill, ring && { color: ring, width: ringWidth }, soft)));
    return found;
  };

  return (buffer, scene) => {
    const { frame, rows, laneHeight, colors } = scene;
    const height = buffer.image.height / buffer.scale;
    buffer.pixels.fill(0);
    const rule = pack(withAlpha(colors.text, 0.08));
    for (const x of scene.gridX) fillRect(buffer, Math.round(x), 0, Math.round(x) + 1, height, rule);
    rows.forEach((row, i) => i > 0 && fillRect(buffer, 0, row.y, frame.width, row.y + 1, pack(withAlpha(colors.text, 0.18))));
    paintClusters(buffer, scene);

    let selectedMark: MarkLayout | undefined;
    for (const mark of frame.marks) {
      if (mark.index === scene.selected) selectedMark = mark;
      else paintMark(mark, mark.index === scene.highlighted ? colors.markHover : colors.mark, false);
    }
    if (selectedMark) paintMark(selectedMark, colors.selected, true);
    const line = scene.selectedLine;
    const row = line && rows[line.track];
    if (line && row) fillRect(buffer, line.x - 1, row.laneTop, line.x + 1, row.laneTop + row.lanes * laneHeight, pack(colors.selected));

    function paintMark(mark: MarkLayout, color: Rgba, selected: boolean) {
      const row = rows[mark.track];
      if (!row || mark.lane >= row.lanes) return;
      const cy = row.laneTop + mark.lane * laneHeight + laneHeight / 2;
      const soft = scene.fuzzy[mark.index] === 1 && !selected;
      const ring = selected ? colors.text : colors.markStroke;
      if (mark.kind === 'point') drawSprite(buffer, sprite(buffer.scale, withAlpha(color, 0.9), soft ? undefined : ring, selected ? 2 : 1.5, soft), mark.cx, cy);
      else paintSpan(buffer, mark, cy, withAlpha(color, selected ? 0.75 : 0.4), ring, scene.fuzzy[mark.index] === 1);
    }
  };
}

/** Clusters as bands over their track's lanes, with columns rising from the floor by the log of the events there. */
function paintClusters(buffer: PixelBuffer, { frame, rows, laneHeight, colors }: Scene) {
  const s = buffer.scale;
  const background = withAlpha(colors.mark, 0.14);
  const [fill, border, bar] = [pack(background), pack(over(withAlpha(colors.markStroke, 0.5), background)), pack(over(withAlpha(colors.mark, 0.6), background))];
  // One density scale per track across the view, so that clusters compare with each other.
  const most = rows.map((_, track) => {
    let peak = 1;
    for (let x = 0; x < frame.width; x++) peak = Math.max(peak, frame.density[track * frame.width + x]!);
    return peak;
  });
  for (const cluster of frame.clusters) {
    const row = rows[cluster.track];
    if (!row) continue;
    const [top, bottom] = [Math.round((row.laneTop + cluster.lane * laneHeight + 2) * s), Math.round((row.laneTop + row.lanes * laneHeight - 2) * s)];
    const [left, right] = [Math.round((cluster.x0 + 1) * s), Math.round((cluster.x1 - 1) * s)];
    // Band and density bars in one pass, row by row: each pixel written once, in memory order.
    const scale = (bottom - top - 2) / Math.log1p(most[cluster.track]!);
    const [x0, x1] = [Math.max(left, 0), Math.min(right, buffer.image.width)];
    const barTop = new Int32Array(Math.max(0, x1 - x0)).fill(bottom);
    for (let x = Math.max(left + 1, 0); x < Math.min(right - 1, x1); x++) {
      const count = frame.density[cluster.track * frame.width + Math.floor(x / s)] ?? 0;
      if (count > 0) barTop[x - x0] = Math.round(bottom - 1 - Math.max(2 * s, Math.log1p(count) * scale));
    }
    const { pixels } = buffer;
    const width = buffer.image.width;
    const highest = barTop.reduce((a, b) => Math.min(a, b), bottom);
    for (let y = Math.max(top, 0); y < Math.min(bottom, buffer.image.height); y++) {
      const row = y * width;
      // Rows above every bar (most of a band) and the floor row are plain fills.
      if (y < highest || y >= bottom - 1) pixels.fill(fill, row + x0, row + x1);
      else for (let x = x0; x < x1; x++) pixels[row + x] = y >= barTop[x - x0]! ? bar : fill;
    }
    fillDevice(buffer, left, top, right, top + 1, border);
    fillDevice(buffer, left, bottom - 1, right, bottom, border);
    fillDevice(buffer, left, top, left + 1, bottom, border);
    fillDevice(buffer, right - 1, top, right, bottom, border);
  }
}

/**
 * A bar over the event's extent; an uncertain one fades in and out over its ends instead of having hard edges. Only the
 * ends vary column by column; the middle, often most of a long span, is filled row by row.
 */
function paintSpan(buffer: PixelBuffer, mark: MarkLayout, cy: number, fill: Rgba, stroke: Rgba, soft: boolean) {
  const s = buffer.scale;
  const ramp = soft ? Math.min(40, (mark.x1 - mark.x0) * 0.3) : 0;
  const [left, right] = [Math.max(mark.x0, -1), Math.min(mark.x1, buffer.image.width / s + 1)];
  const [top, bottom, edge] = [Math.round((cy - barHalf) * s), Math.round((cy + barHalf) * s), Math.max(1, Math.round(1.5 * s))];
  const [first, end] = [Math.floor(left * s), Math.ceil(right * s)];
  // Columns [from, to) are at full strength and not a side: at least `margin` inside both ends.
  const margin = soft ? ramp : 1.5;
  const from = Math.max(first, Math.ceil((mark.x0 + margin) * s - 0.5));
  const to = Math.max(from, Math.min(end, Math.floor((mark.x1 - margin) * s - 0.5) + 1));
  const [plainInner, plainOutline] = [pack(fill), pack(withAlpha(stroke, 1))];
  const column = (x: number) => {
    const at = (x + 0.5) / s;
    const fade = ramp > 0 ? Math.min(1, (at - mark.x0) / ramp, (mark.x1 - at) / ramp) : 1;
    const side = !soft && (at - mark.x0 < 1.5 || mark.x1 - at < 1.5);
    const [inner, outline] = fade === 1 ? [plainInner, plainOutline] : [pack(withAlpha(fill, fill[3] * fade)), pack(withAlpha(stroke, fade))];
    fillColumn(buffer, x, top, bottom, side ? outline : inner);
    fillColumn(buffer, x, top, top + edge, outline);
    fillColumn(buffer, x, bottom - edge, bottom, outline);
  };
  for (let x = first; x < Math.min(from, end); x++) column(x);
  fillDevice(buffer, from, top, to, bottom, plainInner);
  fillDevice(buffer, from, top, to, top + edge, plainOutline);
  fillDevice(buffer, from, bottom - edge, to, bottom, plainOutline);
  for (let x = Math.max(to, first); x < end; x++) column(x);
}
