import { describe, expect, test } from 'vitest';
import { layoutAxis, yearTicks, type AxisLabel } from '../../src/lib/layout/layoutAxis.ts';

/** A fixed-width font: 7 pixels a character. */
const measure = (text: string) => text.length * 7;
const utc = (iso: string) => Date.parse(iso);
const year = (y: number) => {
  const d = new Date(0);
  d.setUTCFullYear(y, 0, 1);
  return d.getTime();
};

function collides(row: readonly AxisLabel[]): boolean {
  return row.some((a, i) => row.some((b, j) => i !== j && a.left < b.left + b.width && b.left < a.left + a.width));
}

describe('layoutAxis', () => {
  test.each([
    ['125 years', utc('1900-01-01T00:00Z'), utc('2025-12-31T00:00Z')],
    ['seven weeks', utc('2024-02-20T00:00Z'), utc('2024-04-10T00:00Z')],
    ['three days', utc('2024-04-01T00:00Z'), utc('2024-04-04T00:00Z')],
    ['one hour', utc('2024-04-01T10:00Z'), utc('2024-04-01T11:00Z')],
    ['ten millennia', year(-8000), year(2000)],
  ])('over %s no two labels of a row meet, and every label is inside the view', (_, t0, t1) => {
    for (const width of [320, 800, 1200]) {
      const axis = layoutAxis({ t0, t1, width }, measure);
      expect(axis.ticks.length).toBeGreaterThan(1);
      for (const row of [axis.ticks, ...axis.context]) {
        expect(collides(row)).toBe(false);
        for (const label of row) expect(label.left >= 0 && label.left + label.width <= width).toBe(true);
      }
    }
  });

  test('days sit over months over years', () => {
    const axis = layoutAxis({ t0: utc('2024-02-20T00:00Z'), t1: utc('2024-04-10T00:00Z'), width: 1200 }, measure);
    expect(axis.ticks.every((t) => /^(\d{1,2} )?[A-Z][a-z]{2}$/.test(t.text))).toBe(true);
    expect(axis.context.map((row) => row.map((l) => l.text))).toEqual([['February', 'March', 'April'], ['2024']]);
  });

  test('hours sit over days over months', () => {
    const axis = layoutAxis({ t0: utc('2024-04-01T00:00Z'), t1: utc('2024-04-04T00:00Z'), width: 1200 }, measure);
    expect(axis.ticks.some((t) => /^\d{2}:00$/.test(t.text))).toBe(true);
    expect(axis.context[0]!.map((l) => l.text)).toEqual(['Mon 1', 'Tue 2', 'Wed 3']);
    expect(axis.context[1]!.map((l) => l.text)).toEqual(['April 2024']);
  });

  test('the first period label stays in view when its period started off screen', () => {
    const axis = layoutAxis({ t0: utc('2024-02-20T00:00Z'), t1: utc('2024-04-10T00:00Z'), width: 1200 }, measure);
    expect(axis.context[0]![0]).toMatchObject({ text: 'February', left: 4 });
    expect(axis.context[0]![0]!.x).toBeLessThan(0);
  });

  test('BCE years read as such, with no year 0', () => {
    const labels = layoutAxis({ t0: year(-800), t1: year(300), width: 1200 }, measure).ticks.map((t) => t.text);
    expect(labels).toEqual(['700 BCE', '600 BCE', '500 BCE', '400 BCE', '300 BCE', '200 BCE', '100 BCE', '1 CE', '100', '200']);
  });
});

describe('yearTicks', () => {
  test('counts multiples of the step on both sides of the era', () => {
    const years = yearTicks(year(-350), year(250), 100).map((t) => new Date(t).getUTCFullYear());
    // Astronomical years: -299 is 300 BCE, 0 would be 1 BCE; 1 is 1 CE.
    expect(years).toEqual([-299, -199, -99, 1, 100, 200]);
  });

  test('a step of one gives every year, 1 BCE then 1 CE', () => {
    const years = yearTicks(year(-2), year(2), 1).map((t) => new Date(t).getUTCFullYear());
    expect(years).toEqual([-2, -1, 0, 1, 2]);
  });
});
