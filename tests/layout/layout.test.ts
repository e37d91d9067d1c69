import { describe, expect, test } from 'vitest';
import { timeDomain } from '../../src/lib/layout/timeDomain.ts';
import { zoomLimits } from '../../src/lib/layout/zoomLimits.ts';

const day = 864e5;

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
    ['-000499-01-01T00:00Z', '500 BCE'],
    ['0000-01-01T00:00Z', '1 BCE'],
    ['0001-01-01T00:00Z', '1'],
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
