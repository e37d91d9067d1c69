/**
 * Keeps a non-overlapping subset of the drafts: the longest extent wins; on equal length the parser listed first in
 * the pipeline wins (ranks come from the pipeline order). The result is sorted by start.
 */
import type { Draft } from '../draft.ts';

export function removeOverlaps(drafts: readonly Draft[], rank: (d: Draft) => number): Draft[] {
  const ranked = drafts.map((d) => ({ d, length: d.end - d.start, rank: rank(d) }));
  ranked.sort((a, b) => b.length - a.length || a.rank - b.rank || a.d.start - b.d.start);
  // One flag per character taken: checking a draft costs its own length, so the whole pass is linear in the text
  // (comparing each draft with every kept one was quadratic on texts with thousands of dates).
  const taken = new Uint8Array(drafts.reduce((n, d) => Math.max(n, d.end), 0));
  const kept: Draft[] = [];
  for (const { d } of ranked) {
    if (isTaken(taken, d.start, d.end)) continue;
    taken.fill(1, d.start, d.end);
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}
