/** The least and most that can be shown across the chart: an hour, and ten thousand years. */
export const defaults = { minVisible: 3_600_000, maxVisible: 10_000 * 365.2425 * 864e5 } as const;

/** d3-zoom scale extent [kMin, kMax] for a base domain, so that zooming stops at an hour and at ten millennia. */
export function zoomLimits(domain: readonly [number, number], options: Partial<typeof defaults> = {}): [number, number] {
  const { minVisible, maxVisible } = { ...defaults, ...options };
  const span = domain[1] - domain[0];
  return [Math.min(1, span / maxVisible), Math.max(1, span / minVisible)];
}
