import { getContext, setContext } from 'svelte';
import type { TimelineState } from './timeline.svelte.ts';

const key = Symbol('timeline');

/** Provides a timeline's state to the components under it; each timeline on a page has its own. */
export function setTimelineContext(state: TimelineState): TimelineState {
  return setContext(key, state);
}

export function getTimelineContext(): TimelineState {
  const state = getContext<TimelineState | undefined>(key);
  if (!state) throw new Error('getTimelineContext: no timeline state; wrap the component in a <TimelineView>');
  return state;
}
