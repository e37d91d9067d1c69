import type { StoryStep } from '../formats/timelineFile.ts';
import type { InitialView, TimelineData, TimelineState } from './timeline.svelte.ts';

/**
 * What a timeline keeps when its data changes (documents added, a correction, an undo): the visible range, the
 * selection, the filters, the lanes and the presenter's own story, so that the view stays where it was. `next`
 * itself comes back when it already has that story: the saver knows data by identity, and undoing every correction
 * must give back the very data that was loaded, not a copy it would save as a change.
 */
export function carryView(state: TimelineState, next: TimelineData): { readonly data: TimelineData; readonly view: InitialView } {
  const steps = state.story.custom;
  let data = next;
  if (!sameSteps(next.story?.steps, steps)) {
    const { story: _story, ...rest } = next;
    data = steps ? { ...rest, story: { steps } } : rest;
  }
  return {
    data,
    view: {
      ...(state.range ? { range: state.range } : {}),
      ...(state.selectedId !== undefined ? { event: state.selectedId } : {}),
      ...(state.query ? { query: state.query } : {}),
      ...(state.participants.length ? { participants: state.participants } : {}),
      ...(state.grouping !== 'none' ? { grouping: state.grouping } : {}),
    },
  };
}

function sameSteps(a: readonly StoryStep[] | undefined, b: readonly StoryStep[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((step, i) => step.eventId === b[i]!.eventId && step.note === b[i]!.note);
}
