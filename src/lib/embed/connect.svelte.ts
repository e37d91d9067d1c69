/**
 * What both embeds (the custom element and the iframe) share: the notices a timeline gives as its view changes, and
 * the commands it obeys. Call `watchTimeline` while a component initialises (it sets up effects).
 */
import { untrack } from 'svelte';
import { eventRange } from '../layout/zoomSteps.ts';
import { formatInstant } from '../share/viewState.ts';
import type { TimelineState } from '../state/timeline.svelte.ts';
import type { EmbedCommand, EventSelectDetail, RangeChangeDetail, ReadyDetail } from './messages.ts';

export interface TimelineNotices {
  ready(detail: ReadyDetail): void;
  eventselect(detail: EventSelectDetail | null): void;
  rangechange(detail: RangeChangeDetail): void;
}

/**
 * Reports that the timeline is ready (at once: commands act on it from now on), then selection changes (not the
 * initial selection) and every settled range, in the protocol's shapes.
 */
export function watchTimeline(timeline: TimelineState, notices: TimelineNotices): void {
  notices.ready({ events: timeline.allEvents.length });
  let first = true;
  $effect(() => {
    const event = timeline.selected;
    if (first) return void (first = false);
    untrack(() => notices.eventselect(event ? { id: event.id, value: event.value, title: event.title } : null));
  });
  $effect(() => {
    const range = timeline.range;
    if (range) untrack(() => notices.rangechange({ start: formatInstant(Math.round(range.start)), end: formatInstant(Math.round(range.end)) }));
  });
}

/** Obeys a command: focusEvent selects the event and zooms to it; setRange shows the range. False for an unknown id. */
export function applyCommand(timeline: TimelineState, command: EmbedCommand): boolean {
  if (command.command === 'setRange') {
    timeline.requestRange(command.start, command.end);
    return true;
  }
  const event = timeline.event(command.id);
  if (!event) return false;
  timeline.select(event.id);
  const [start, end] = eventRange(event);
  timeline.requestRange(start, end);
  return true;
}
