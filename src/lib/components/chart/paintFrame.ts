import { hexColor, readableOpacity } from '../../export/readableFill.ts';
import type { FrameLayout, MarkLayout } from '../../layout/layoutFrame.ts';
import type { TrackRow } from '../../layout/trackRows.ts';
import { discSprite, drawSprite, fillColumn, fillDevice, fillRect, over, pack, packWithAlpha, withAlpha, type PixelBuffer, type Rgba, type Sprite } from './pixelBuffer.ts';

/** The chart's colours, from the CSS custom properties (chartColors.ts resolves and follows them). */
export interface ChartColors {
  readonly mark: Rgba;
  readonly markStroke: Rgba;
  readonly markHover: Rgba;
  readonly selected: Rgba;
  readonly text: Rgba;
  /** The chart's background under the canvas: what a translucent fill is seen against. */
  readonly background?: Rgba;
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
  // Sprites belong to one set of colours and one device scale; a change of either (the dark scheme) starts afresh.
  let sprites = new Map<string, Sprite>();
  let madeFor: { readonly colors: ChartColors; readonly scale: number } | undefined;
  const sprite = (colors: ChartColors, scale: number, style: MarkStyle, soft: boolean) => {
    if (madeFor?.colors !== colors || madeFor.scale !== scale) [sprites, madeFor] = [new Map(), { colors, scale }];
    const key = soft ? `${style} soft` : style;
    let found = sprites.get(key);
    if (!found) {
      const fill = withAlpha(markColor(colors, style), 0.9);
      const ring = style === 'selected' ? { color: colors.text, width: 2 } : { color: colors.markStroke, width: 1.5 };
      sprites.set(key, (found = discSprite(pointRadius, scale, fill, soft ? undefined : ring, soft)));
    }
    return found;
  };

  return (buffer, scene) => {
    const { frame, rows, laneHeight, colors } = scene;
    const height = buffer.image.height / buffer.scale;
    buffer.pixels.fill(0);
    const rule = pack(withAlpha(colors.text, 0.08));
    for (const x of scene.gridX) fillRect(buffer, Math.round(x), 0, Math.round(x) + 1, height, rule);
    const divider = pack(withAlpha(colors.text, 0.18));
    rows.forEach((row, i) => i > 0 && fillRect(buffer, 0, row.y, frame.width, row.y + 1, divider));
    paintClusters(buffer, scene);

    let selectedMark: MarkLayout | undefined;
    for (const mark of frame.marks) {
      if (mark.index === scene.selected) selectedMark = mark;
      else paintMark(mark, mark.index === scene.highlighted ? 'hover' : 'mark');
    }
    if (selectedMark) paintMark(selectedMark, 'selected');
    const line = scene.selectedLine;
    const row = line && rows[line.track];
    if (line && row) fillRect(buffer, line.x - 1, row.laneTop, line.x + 1, row.laneTop + row.lanes * laneHeight, pack(colors.selected));

    function paintMark(mark: MarkLayout, style: MarkStyle) {
      const row = rows[mark.track];
      if (!row || mark.lane >= row.lanes) return;
      const cy = row.laneTop + mark.lane * laneHeight + laneHeight / 2;
      const selected = style === 'selected';
      const fuzzy = scene.fuzzy[mark.index] === 1;
      if (mark.kind === 'point') drawSprite(buffer, sprite(colors, buffer.scale, style, fuzzy && !selected), mark.cx, cy);
      else paintSpan(buffer, mark, cy, withAlpha(markColor(colors, style), selected ? selectedAlpha(colors) : 0.4), selected ? colors.text : colors.markStroke, fuzzy);
    }
  };
}

const selectedAlphas = new WeakMap<ChartColors, number>();

/**
 * The opacity of a selected span's fill: 0.75, or less where its title, written over it in the text colour, would
 * read below 4.5:1 (a strong accent under light text, as in the dark and high-contrast themes). Once per set of colours.
 */
function selectedAlpha(colors: ChartColors): number {
  let alpha = selectedAlphas.get(colors);
  if (alpha === undefined) {
    alpha = colors.background ? readableOpacity(hexColor(colors.selected), hexColor(colors.background), hexColor(colors.text), 0.75) : 0.75;
    selectedAlphas.set(colors, alpha);
  }
  return alpha;
}

/** How a mark is drawn: plain, under the pointer or keyboard, or selected. */
type MarkStyle = 'mark' | 'hover' | 'selected';

const markColor = (colors: ChartColors, style: MarkStyle): Rgba =>
  style === 'selected' ? colors.selected : style === 'hover' ? colors.markHover : colors.mark;

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
    const scale = (bottom - top - 2) / Math.log1p(most[cluster.track]!);
    const [x0, x1] = [Math.max(left, 0), Math.min(right, buffer.image.width)];
    const [y0, y1] = [Math.max(top, 0), Math.min(bottom, buffer.image.height)];
    const { pixels } = buffer;
    const width = buffer.image.width;
    // The band first, row by row, then each density bar down its column: every write is a run or a bar pixel.
    for (let y = y0; y < y1; y++) pixels.fill(fill, y * width + x0, y * width + x1);
    const floor = Math.min(bottom - 1, y1);
    for (let x = Math.max(left + 1, 0); x < Math.min(right - 1, x1); x++) {
      const count = frame.density[cluster.track * frame.width + Math.floor(x / s)] ?? 0;
      if (count === 0) continue;
      const barTop = Math.max(y0, Math.round(bottom - 1 - Math.max(2 * s, Math.log1p(count) * scale)));
      for (let at = barTop * width + x, end = floor * width; at < end; at += width) pixels[at] = bar;
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
    const [inner, outline] = fade === 1 ? [plainInner, plainOutline] : [packWithAlpha(fill, fill[3] * fade), packWithAlpha(stroke, fade)];
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
