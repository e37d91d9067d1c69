import { describe, expect, test } from 'vitest';
import { layoutMarks } from '../../src/lib/layout/layoutMarks.ts';
import { timeDomain } from '../../src/lib/layout/timeDomain.ts';
import { zoomLimits } from '../../src/lib/layout/zoomLimits.ts';

const day = 864e5;
const x = (t: number) => t / day; // one pixel a day

describe('layoutMarks', () => {
  test('an event narrower than the minimum is a point at its middle; a wide one a span over its extent', () => {
    const [point, span] = layoutMarks(
      [
        { start: 0, end: day },
        { start: 100 * day, end: 131 * day },
      ],
      x,
    );
    expect(point).toMatchObject({ kind: 'point', cx: 0.5, x0: -5.5, x1: 6.5, lane: 0 });
    expect(span).toMatchObject({ kind: 'span', x0: 100, x1: 131, lane: 0 });
  });

  test('overlapping marks go to separate lanes, and a lane is reused once free', () => {
    const marks = layoutMarks(
      [
        { start: 0, end: 40 * day },
        { start: 10 * day, end: 50 * day },
        { start: 45 * day, end: 80 * day },
      ],
      x,
    );
    expect(marks.map((m) => m.lane)).toEqual([0, 1, 0]);
  });

  test('does not reorder or change its input', () => {
    const items = Object.freeze([Object.freeze({ start: 5 * day, end: 6 * day }), Object.freeze({ start: 0, end: day })]);
    expect(layoutMarks(items, x).map((m) => m.index)).toEqual([0, 1]);
  });
});

describe('timeDomain and zoomLimits', () => {
  test('pads the extent of the events', () => {
    expect(timeDomain([{ start: 0, end: 100 * day }], 0.1)).toEqual([-10 * day, 110 * day]);
  });

  test('widens a lone event to the minimum span around it', () => {
    const [a, b] = timeDomain([{ start: 0, end: day }], 0);
    expect(b - a).toBe(30 * day);
    expect((a + b) / 2).toBe(day / 2);
  });

  test('zoom stops at one hour and at ten thousand years', () => {
    const domain: [number, number] = [0, 365 * day];
    const [kMin, kMax] = zoomLimits(domain);
    expect((365 * day) / kMax).toBe(3_600_000);
    expect((365 * day) / kMin).toBeCloseTo(10_000 * 365.2425 * day, -3);
  });
});

describe('tickFormat', () => {
  test.each([
    ['2023-01-01T00:00Z', '2023'],
    ['2023-04-01T00:00Z', 'Apr'],
    ['2023-04-03T00:00Z', '3 Apr'],
    ['2023-04-03T15:00Z', '15:00'],
    ['2023-04-03T15:30Z', '15:30'],
    ['2023-04-03T15:30:20Z', ':20'],
  ])('a tick at %s reads "%s"', async (iso, label) => {
    const { tickFormat } = await import('../../src/lib/layout/tickFormat.ts');
    expect(tickFormat(new Date(iso))).toBe(label);
  });
});

describe('zoomAround and panBy', () => {
  test('zooming keeps the time under the anchor where it was, within the limits', async () => {
    const { zoomIdentity } = await import('d3');
    const { zoomAround, panBy } = await import('../../src/lib/layout/zoomSteps.ts');
    const from = zoomIdentity.translate(30, 0).scale(2);
    const to = zoomAround(from, 4, 500, [0.5, 100]);
    expect(to.k).toBe(8);
    expect(to.invertX(500)).toBeCloseTo(from.invertX(500));
    expect(zoomAround(to, 1000, 500, [0.5, 100]).k).toBe(100);
    expect(panBy(to, 40).x).toBe(to.x + 40);
  });
});
