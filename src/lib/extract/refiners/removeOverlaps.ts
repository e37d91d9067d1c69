/**
 * Keeps a non-overlapping subset of the drafts: the longest extent wins; on equal length the parser listed first in
 * the pipeline wins (ranks come from the pipeline order). The result is sorted by start.
 */
import type { Draft } from '../draft.ts';

export function removeOverlaps(drafts: readonly Draft[], rank: (d: Draft) => number): Draft[] {
  const ordered = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
  const kept: Draft[] = [];
  for (const d of ordered) {
    if (kept.every((k) => d.end <= k.start || d.start >= k.end)) kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}
