/**
 * Drawing straight into an ImageData's pixels. Without a GPU, Chromium rasterises canvas paths in software at a cost
 * per call; writing the pixels a frame needs into one buffer and handing it over with one putImageData is what keeps
 * a frame within budget. Shapes here do not overlap (what overlaps is composed beforehand with `over`), so they are
 * written as packed 32-bit values with no per-pixel blending. Coordinates are CSS pixels; `scale` is the device ratio.
 */
export interface PixelBuffer {
  readonly image: ImageData;
  /** The same pixels as one 32-bit RGBA value each (little-endian: 0xAABBGGRR). */
  readonly pixels: Uint32Array;
  readonly scale: number;
}

/** A colour with its opacity, 0–255 channels and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

export function createPixelBuffer(width: number, height: number, scale: number): PixelBuffer {
  const image = new ImageData(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  return { image, pixels: new Uint32Array(image.data.buffer), scale };
}

export function pack([r, g, b, a]: Rgba): number {
  return packWithAlpha([r, g, b, a], a);
}

/** `pack(withAlpha(color, alpha))` without the intermediate colour: for values computed pixel column by column. */
export function packWithAlpha([r, g, b]: Rgba, alpha: number): number {
  return ((Math.round(alpha * 255) << 24) | (Math.round(b) << 16) | (Math.round(g) << 8) | Math.round(r)) >>> 0;
}

/** `top` painted over `bottom` (source-over), as one colour. */
export function over([r, g, b, a]: Rgba, [r2, g2, b2, a2]: Rgba): Rgba {
  const out = a + a2 * (1 - a);
  if (out === 0) return [0, 0, 0, 0];
  const mix = (c: number, c2: number) => (c * a + c2 * a2 * (1 - a)) / out;
  return [mix(r, r2), mix(g, g2), mix(b, b2), out];
}

export const withAlpha = ([r, g, b]: Rgba, a: number): Rgba => [r, g, b, a];

/** Writes `value` over device rows [top, bottom) and columns [left, right), clipped. */
export function fillDevice(buffer: PixelBuffer, left: number, top: number, right: number, bottom: number, value: number): void {
  const { width, height } = buffer.image;
  const x0 = Math.max(0, left);
  const x1 = Math.min(width, right);
  if (x1 <= x0) return;
  const { pixels } = buffer;
  const [y0, y1] = [Math.max(0, top), Math.min(height, bottom)];
  // Grid lines and borders are a pixel or two wide: a call to fill per row would cost more than the writes.
  if (x1 - x0 <= 4) {
    for (let y = y0; y < y1; y++) for (let at = y * width + x0, end = y * width + x1; at < end; at++) pixels[at] = value;
  } else {
    for (let y = y0; y < y1; y++) pixels.fill(value, y * width + x0, y * width + x1);
  }
}

/** One device column [top, bottom) at x: for the many one-pixel-wide bars a frame draws. */
export function fillColumn(buffer: PixelBuffer, x: number, top: number, bottom: number, value: number): void {
  const { width, height } = buffer.image;
  if (x < 0 || x >= width) return;
  for (let y = Math.max(0, top), end = Math.min(height, bottom); y < end; y++) buffer.pixels[y * width + x] = value;
}

/** A rectangle in CSS pixels, written with no blending. */
export function fillRect(buffer: PixelBuffer, x0: number, y0: number, x1: number, y1: number, value: number): void {
  const s = buffer.scale;
  fillDevice(buffer, Math.round(x0 * s), Math.round(y0 * s), Math.round(x1 * s), Math.round(y1 * s), value);
}

/** A small picture drawn many times (a point mark of one style): device offsets from its centre and their values. */
export interface Sprite {
  readonly dx: Int16Array;
  readonly dy: Int16Array;
  readonly values: Uint32Array;
}

/**
 * A disc with an optional ring, anti-aliased; a soft disc fades out over its outer part instead of ending at a ring
 * (an uncertain date).
 */
export function discSprite(radius: number, scale: number, fill: Rgba, ring: { readonly color: Rgba; readonly width: number } | undefined, soft: boolean): Sprite {
  const [r, ringWidth, reach] = [radius * scale, (ring?.width ?? 0) * scale, Math.ceil((radius + (soft ? 3 : 1)) * scale)];
  const [dx, dy, values]: [number[], number[], number[]] = [[], [], []];
  for (let y = -reach; y <= reach; y++) {
    for (let x = -reach; x <= reach; x++) {
      const d = Math.hypot(x + 0.5, y + 0.5);
      let color: Rgba;
      if (soft) {
        const fade = Math.min(1, Math.max(0, (r + 3 * scale - d) / (6 * scale)));
        color = withAlpha(fill, fill[3] * fade * fade);
      } else {
        const inside = Math.min(1, Math.max(0, r - d + 0.5));
        const onRing = ring ? Math.min(1, Math.max(0, d - (r - ringWidth) + 0.5)) : 0;
        color = ring ? over(withAlpha(ring.color, ring.color[3] * onRing), fill) : fill;
        color = withAlpha(color, color[3] * inside);
      }
      if (color[3] < 1 / 255) continue;
      dx.push(x);
      dy.push(y);
      values.push(pack(color));
    }
  }
  return { dx: Int16Array.from(dx), dy: Int16Array.from(dy), values: Uint32Array.from(values) };
}

export function drawSprite(buffer: PixelBuffer, sprite: Sprite, cx: number, cy: number): void {
  const { width, height } = buffer.image;
  const [px, py] = [Math.floor(cx * buffer.scale), Math.floor(cy * buffer.scale)];
  for (let k = 0; k < sprite.values.length; k++) {
    const [x, y] = [px + sprite.dx[k]!, py + sprite.dy[k]!];
    if (x >= 0 && y >= 0 && x < width && y < height) buffer.pixels[y * width + x] = sprite.values[k]!;
  }
}

/** A channel of `rgb()`: a number 0–255 or a percentage. */
const channel = (text: string) => (text.endsWith('%') ? (parseFloat(text) / 100) * 255 : parseFloat(text));
/** An alpha value: a number 0–1 or a percentage. */
const alphaValue = (text: string | undefined) => (text === undefined ? 1 : text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text));
const clamp = (x: number, hi: number) => Math.min(hi, Math.max(0, x));
const number = String.raw`[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%?`;
const rgbPattern = new RegExp(String.raw`^rgba?\(\s*(${number})\s*[\s,]\s*(${number})\s*[\s,]\s*(${number})\s*(?:[,/]\s*(${number})\s*)?\)$`, 'i');

/**
 * Parses the colours a browser gives for a computed `color` (`rgb(r, g, b)`, `rgba(r, g, b, a)`) and the hex forms
 * (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`), in the comma and the space syntax (`rgb(r g b / a)`). Undefined for
 * anything else (a name, `hsl()`, `oklch()`): those are for the browser to resolve (chart/chartColors.ts).
 */
export function parseColor(text: string): Rgba | undefined {
  const value = text.trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [byte(0), byte(2), byte(4), full.length === 8 ? byte(6) / 255 : 1];
  }
  const rgb = rgbPattern.exec(value);
  if (!rgb) return undefined;
  const [r, g, b] = [rgb[1]!, rgb[2]!, rgb[3]!].map((c) => clamp(channel(c), 255));
  return [r!, g!, b!, clamp(alphaValue(rgb[4]), 1)];
}
