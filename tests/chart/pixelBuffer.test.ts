import { describe, expect, it } from 'vitest';
import { parseColor } from '../../src/lib/components/chart/pixelBuffer.ts';

describe('parseColor', () => {
  it('reads what browsers give for a computed colour: rgb() and rgba()', () => {
    expect(parseColor('rgb(102, 51, 153)')).toEqual([102, 51, 153, 1]);
    expect(parseColor('rgba(255, 165, 0, 0.5)')).toEqual([255, 165, 0, 0.5]);
    expect(parseColor(' rgba(0, 0, 0, 0) ')).toEqual([0, 0, 0, 0]);
  });

  it('reads the space syntax, percentages and fractions', () => {
    expect(parseColor('rgb(184 20 184 / 80%)')).toEqual([184, 20, 184, 0.8]);
    expect(parseColor('rgb(100% 0% 50%)')).toEqual([255, 0, 127.5, 1]);
    expect(parseColor('rgb(10.5, 20, 30)')).toEqual([10.5, 20, 30, 1]);
  });

  it('reads every hex form, with alpha for 4 and 8 digits', () => {
    expect(parseColor('#f59f00')).toEqual([245, 159, 0, 1]);
    expect(parseColor('#F90')).toEqual([255, 153, 0, 1]);
    expect(parseColor('#f59f0080')).toEqual([245, 159, 0, 128 / 255]);
    expect(parseColor('#f908')).toEqual([255, 153, 0, 136 / 255]);
  });

  it('clamps channels and alpha to their ranges', () => {
    expect(parseColor('rgba(300, -5, 20, 2)')).toEqual([255, 0, 20, 1]);
  });

  it('leaves what it cannot read to the browser: names, other functions, junk', () => {
    for (const text of ['rebeccapurple', 'orange', 'hsl(300 80% 40%)', 'oklch(0.7 0.1 200)', 'color(srgb 1 0 0)', '#12345', 'rgb(1, 2)', '', 'var(--mark)']) {
      expect(parseColor(text), text).toBeUndefined();
    }
  });
});
