/**
 * The SVG of what a timeline shows now: its visible range, its events, the selection, a title and a line naming the
 * documents in view. What the SVG and PNG exports save and what the printed handout shows on top.
 */
import type { TimelineState } from '../state/timeline.svelte.ts';
import { timelineSvg, type SvgOptions } from './timelineSvg.ts';

/** What the view does not say itself; the range, selection, grouping and source line come from the timeline. */
export type ViewSvgOptions = Pick<SvgOptions, 'title' | 'palette' | 'measure' | 'measureTitle' | 'width'>;

/** "Source: Russia warns France (2024-04-04)": the documents the events in [start, end] come from. */
export function sourceLine(timeline: TimelineState, start: number, end: number): string {
  const ids = new Set(timeline.events.filter((e) => e.end >= start && e.start <= end).map((e) => e.sources[0].docId));
  const names = [...ids]
    .map((id) => timeline.document(id))
    .map((d) => (d ? `${d.title ?? d.name}${d.dct ? ` (${d.dct})` : ''}` : ''))
    .filter(Boolean);
  return `Source${names.length === 1 ? '' : 's'}: ${names.join('; ') || 'none in view'}. Made with Passage Timeline.`;
}

export function viewSvg(timeline: TimelineState, options: ViewSvgOptions): string {
  const range = timeline.range ?? { start: timeline.events[0]?.start ?? 0, end: timeline.events.at(-1)?.end ?? 864e5 };
  const selected = timeline.selectedId === undefined ? -1 : timeline.events.findIndex((e) => e.id === timeline.selectedId);
  const grouping = timeline.grouping;
  return timelineSvg(timeline.events, {
    ...options,
    grouping,
    trackName: (key) => timeline.trackName(grouping, key),
    sourceLine: sourceLine(timeline, range.start, range.end),
    start: range.start,
    end: range.end,
    ...(selected >= 0 ? { selected } : {}),
  });
}
