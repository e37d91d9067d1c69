import { utcYear } from 'd3';

/** An interval in epoch ms, as the layout reads it from an event. */
export interface Extent {
  readonly start: number;
  readonly end: number;
}

/**
 * The time range to show when all events fit: their extent widened by `padding` of its length on each side,
 * and at least `minSpan` long so that one event does not fill the whole chart.
 */
export function timeDomain(items: readonly Extent[], padding = 0.05, minSpan = 30 * 864e5): [number, number] {
  if (items.length === 0) {
    const year = utcYear.floor(new Date(0)).getTime();
    return [year, utcYear.offset(new Date(year), 1).getTime()];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (const { start, end } of items) {
    if (start < lo) lo = start;
    if (end > hi) hi = end;
  }
  const span = Math.max(hi - lo, minSpan);
  const middle = (lo + hi) / 2;
  return [middle - (span / 2) * (1 + 2 * padding), middle + (span / 2) * (1 + 2 * padding)];
}
