/**
 * The view written into the page's address: the parameters `formatViewState` knows, followed by any other
 * parameters the page was opened with (such as the iframe's `origins`), kept as they were.
 */
import { formatViewState, type ViewState } from './viewState.ts';

const known = ['src', 'embed', 'start', 'end', 'event', 'q', 'who', 'lanes', 'present', 'step', 'theme'];

const day = 864e5;

/**
 * A visible range rounded for the address: to the day when it spans years, the minute when it spans days, the
 * second below that. The view shown after reopening differs by less than a rounding step (a thousandth of the range
 * at most), and reading it back gives the same address.
 */
export function roundRange(range: { readonly start: number; readonly end: number }): { start: number; end: number } {
  const span = range.end - range.start;
  const unit = span >= 2 * 365 * day ? day : span >= 2 * day ? 60_000 : 1000;
  const start = Math.round(range.start / unit) * unit;
  const end = Math.max(start + unit, Math.round(range.end / unit) * unit);
  return { start, end };
}

/** The query string (without `?`) for `state`, keeping the unknown parameters of `current`. */
export function shareQuery(state: ViewState, current: URLSearchParams): string {
  const params = new URLSearchParams(formatViewState({ ...state, ...(state.range ? { range: roundRange(state.range) } : {}) }));
  for (const [key, value] of current) if (!known.includes(key)) params.append(key, value);
  return params.toString();
}
