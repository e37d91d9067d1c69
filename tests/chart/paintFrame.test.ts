import { beforeAll, describe, expect, it } from 'vitest';
import type { FrameLayout } from '../../src/lib/layout/layoutFrame.ts';

// The painter writes into an ImageData; Node has none, and only its size and bytes are used.
beforeAll(() => {
  (globalThis as { ImageData?: unknown }).ImageData ??= class {
    readonly data: Uint8ClampedArray;
    constructor(
      readonly width: number,
      readonly height: number,
    ) {
      this.data = new Uint8ClampedArray(width * height * 4);
    }
  };
});

const { createPainter } = await import('../../src/lib/components/chart/paintFrame.ts');
const { createPixelBuffer, over, pack, withAlpha } = await import('../../src/lib/components/chart/pixelBuffer.ts');

const colors = { mark: [59, 111, 216, 1], markStroke: [31, 74, 168, 1], markHover: [40, 85, 184, 1], selected: [217, 72, 15, 1], text: [29, 31, 35, 1] } as const;
const laneHeight = 24;
const rows = [{ y: 0, laneTop: 0, lanes: 4, height: 96 }];

/** A 200 × 96 frame: one cluster over x 100–180 with events at columns 120 (one) and 150 (fifty), and one point at x 40. */
function frame(): FrameLayout {
  const density = new Uint32Array(200);
  density[120] = 1;
  density[150] = 50;
  return {
    width: 200,
    visibleCount: 52,
    density,
    marks: [{ index: 0, kind: 'point', x0: 34, x1: 46, cx: 40, track: 0, lane: 0 }],
    clusters: [{ track: 0, lane: 0, x0: 100, x1: 180, count: 51, start: 0, end: 1, midMin: 0, midMax: 1, first: 1 }],
  };
}

function paint(scale: number) {
  const buffer = createPixelBuffer(200, 96, scale);
  createPainter()(buffer, { frame: frame(), rows, laneHeight, fuzzy: new Uint8Array(2), selected: undefined, highlighted: undefined, selectedLine: undefined, gridX: [20], colors });
  return (x: number, y: number) => buffer.pixels[Math.floor(y * scale) * buffer.image.width + Math.floor(x * scale)];
}

describe('the painter', () => {
  const band = withAlpha(colors.mark, 0.14);
  const fill = pack(band);
  const bar = pack(over(withAlpha(colors.mark, 0.6), band));

  for (const scale of [1, 2]) {
    it(`draws a cluster as a band with density bars rising from its floor, taller where more events are (scale ${scale})`, () => {
      const at = paint(scale);
      const floor = 96 - 2 - 1.5; // just above the band's bottom border
      expect(at(110, 50)).toBe(fill); // no events in this column
      expect(at(150, floor)).toBe(bar);
      expect(at(120, floor)).toBe(bar);
      // Heights follow the log of the count, on one scale for the view: the busiest column fills the band, and one
      // event in fifty rises a sixth of the way.
      expect(at(150, 5)).toBe(bar);
      expect(at(120, 80)).toBe(bar);
      expect(at(120, 70)).toBe(fill);
      expect(at(190, 50)).toBe(0); // outside the cluster, nothing
    });

    it(`draws a point as a disc at its centre, and the axis grid as a faint line (scale ${scale})`, () => {
      const at = paint(scale);
      expect(at(40, 12)).toBe(pack(withAlpha(colors.mark, 0.9)));
      expect(at(40, 60)).toBe(0);
      expect(at(20, 60)).toBe(pack(withAlpha(colors.text, 0.08)));
    });
  }
});

describe('a selected span', () => {
  // The dark theme's colours (themes.ts): a light text over a strong orange accent on a dark chart.
  const dark = { mark: [109, 155, 255, 1], markStroke: [169, 194, 255, 1], markHover: [143, 178, 255, 1], selected: [255, 138, 76, 1], text: [232, 234, 237, 1] } as const;
  const background = [32, 36, 43, 1] as const;
  const span = (colors: Parameters<ReturnType<typeof createPainter>>[1]['colors']) => {
    const buffer = createPixelBuffer(200, 96, 1);
    const marks = [{ index: 0, kind: 'span' as const, x0: 20, x1: 180, cx: 100, track: 0, lane: 0 }];
    createPainter()(buffer, {
      frame: { width: 200, visibleCount: 1, density: new Uint32Array(200), marks, clusters: [] },
      rows, laneHeight, fuzzy: new Uint8Array(1), selected: 0, highlighted: undefined, selectedLine: undefined, gridX: [], colors,
    });
    const pixel = buffer.pixels[12 * buffer.image.width + 100]!;
    return (pixel >>> 24) / 255; // the fill's alpha, as painted
  };
  const luminance = (rgb: readonly number[]) =>
    rgb.slice(0, 3).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
  const seen = (alpha: number) => dark.selected.slice(0, 3).map((c, i) => c * alpha + background[i]! * (1 - alpha));

  it('is filled lightly enough that its title, in the text colour, reads at 4.5:1 against the chart behind it', () => {
    const alpha = span({ ...dark, background });
    expect(alpha).toBeLessThan(0.75);
    const [hi, lo] = [luminance(dark.text), luminance(seen(alpha))].sort((a, b) => b - a);
    expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the chart\'s 0.75 where the title reads anyway, or where the background is not known', () => {
    expect(span({ ...colors, background: [240, 242, 245, 1] })).toBeCloseTo(0.75, 2);
    expect(span(dark)).toBeCloseTo(0.75, 2);
  });
});
