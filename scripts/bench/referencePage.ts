/**
 * The near-limit reference for the view benchmark: the same events as points, d3-zoom on a canvas, every frame
 * computing each point's x and writing its pixels straight into one ImageData. No lanes, labels, clusters or axis:
 * what is left is the floor cost of touching every event per frame on a machine without a GPU.
 */
import { scaleUtc, select, zoom, zoomIdentity, type ZoomTransform } from 'd3';

const width = 1160;
const height = 396;
const rows = 48;

const src = new URLSearchParams(location.search).get('src');
const canvas = document.querySelector('canvas');
const context = canvas?.getContext('2d');
if (!src || !canvas || !context) throw new Error('reference.html needs a canvas and ?src=URL');

// Our format's events are objects or rows (`[id, value, type, granularity, start, end, …]`); large files hold rows.
type FileEvent = { start: string; end: string } | [string, string, string, string, string, string, ...unknown[]];
const file = (await (await fetch(src)).json()) as { events: FileEvent[] };
const middles = Float64Array.from(file.events, (e) =>
  Array.isArray(e) ? (Date.parse(e[4]) + Date.parse(e[5])) / 2 : (Date.parse(e.start) + Date.parse(e.end)) / 2,
);
performance.mark('timeline:data-loaded');
let [lo, hi] = [Infinity, -Infinity];
for (const t of middles) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
const base = scaleUtc().domain([lo, hi]).range([0, width]);

canvas.width = width;
canvas.height = height;
const image = new ImageData(width, height);
const pixels = new Uint32Array(image.data.buffer);
const colour = 0xffd86f3b; // opaque #3b6fd8, little-endian ABGR

let transform: ZoomTransform = zoomIdentity;
let pending = 0;
let first = true;

function draw() {
  pending = 0;
  const x = transform.rescaleX(base);
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const k = width / (d1 - d0);
  pixels.fill(0);
  for (let i = 0; i < middles.length; i++) {
    const px = Math.round((middles[i]! - d0) * k);
    if (px < 1 || px >= width - 1) continue;
    const py = 4 + (((i * 2654435761) >>> 0) % rows) * 8;
    for (let dy = -1; dy <= 1; dy++) {
      const row = (py + dy) * width + px;
      pixels[row - 1] = pixels[row] = pixels[row + 1] = colour;
    }
  }
  context!.putImageData(image, 0, 0);
  if (first) {
    first = false;
    requestAnimationFrame(() => performance.mark('timeline:first-frame'));
  }
}

select(canvas).call(
  zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.5, 1e6])
    .on('zoom', (e: { transform: ZoomTransform }) => {
      transform = e.transform;
      pending ||= requestAnimationFrame(draw);
    }),
);
draw();
