import type { InitialView, TimelineData, TimelineState } from './timeline.svelte.ts';

/**
 * What a timeline keeps when its data grows (documents added in the page): the visible range, the selection, the
 * filters and the presenter's own story, so that the view stays where it was.
 */
export function carryView(state: TimelineState, next: TimelineData): { readonly data: TimelineData; readonly view: InitialView } {
  const { story: _story, ...rest } = next;
  return {
    data: state.story.isCustom ? { ...rest, story: { steps: state.story.steps } } : rest,
    view: {
      ...(state.range ? { range: state.range } : {}),
      ...(state.selectedId !== undefined ? { event: state.selectedId } : {}),
      ...(state.query ? { query: state.query } : {}),
      ...(state.participants.length ? { participants: state.participants } : {}),
    },
  };
}
