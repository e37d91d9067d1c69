/** The rows of a long list of equal-height rows that are in view, for a windowed list (only those are in the DOM). */
export interface ListWindow {
  /** First row rendered and one past the last. */
  readonly first: number;
  readonly last: number;
}

/** Rows in view of a scroller `viewHeight` tall scrolled to `scrollTop`, with `overscan` more on each side. */
export function listWindow(scrollTop: number, viewHeight: number, rowHeight: number, count: number, overscan = 6): ListWindow {
  if (count <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + Math.max(viewHeight, rowHeight)) / rowHeight) + overscan);
  return { first: Math.min(first, last), last };
}

/** Where a key moves the roving focus of a list of `count` rows from `current`, `page` rows to a page; undefined for other keys. */
export function listKeyTarget(key: string, current: number, count: number, page: number): number | undefined {
  if (count <= 0) return undefined;
  const step = Math.max(1, Math.floor(page));
  const to: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 0,
    End: count - 1,
    PageDown: current + step,
    PageUp: current - step,
  };
  const next = to[key];
  return next === undefined ? undefined : Math.min(count - 1, Math.max(0, next));
}

/** The scroll position that brings row `index` into view, moving as little as needed (undefined when it is in view). */
export function scrollToRow(index: number, scrollTop: number, viewHeight: number, rowHeight: number): number | undefined {
  const [top, bottom] = [index * rowHeight, (index + 1) * rowHeight];
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewHeight) return Math.max(0, bottom - viewHeight);
  return undefined;
}
