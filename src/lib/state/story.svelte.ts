/**
 * The story a presenter steps through: an ordered pick of events, each with an optional note, and where the
 * presentation is. Invariants: `steps` only holds ids of known events (unknown ids are dropped on the way in), and
 * `step` always indexes a step (or is 0 when there are none). Every change goes through the actions below.
 */
export interface StoryStep {
  readonly eventId: string;
  readonly note?: string;
}

export interface Story {
  readonly steps: readonly StoryStep[];
}

export function createStoryState(eventIds: () => readonly string[], initial: Story | undefined) {
  const known = () => new Set(eventIds());
  const keepKnown = (steps: readonly StoryStep[]) => {
    const ids = known();
    return steps.filter((s) => ids.has(s.eventId));
  };
  /** Undefined until the presenter edits it: then the story follows the events (all of them, in time order). */
  let custom = $state.raw<readonly StoryStep[] | undefined>(initial ? keepKnown(initial.steps) : undefined);
  const steps = $derived(custom ?? eventIds().map((eventId) => ({ eventId })));
  let step = $state(0);
  let presenting = $state(false);

  const clamp = (i: number) => Math.max(0, Math.min(steps.length - 1, i));

  return {
    get steps(): readonly StoryStep[] {
      return steps;
    },
    /** Whether the presenter has chosen the steps (saved with the timeline) or the default applies. */
    get isCustom() {
      return custom !== undefined;
    },
    get step() {
      return step;
    },
    get current(): StoryStep | undefined {
      return steps[step];
    },
    get presenting() {
      return presenting;
    },
    /** Replaces the steps; unknown events are dropped. `undefined` goes back to all events in time order. */
    setSteps(next: readonly StoryStep[] | undefined) {
      custom = next === undefined ? undefined : keepKnown(next);
      step = clamp(step);
    },
    goTo(index: number) {
      step = clamp(index);
    },
    next() {
      step = clamp(step + 1);
    },
    previous() {
      step = clamp(step - 1);
    },
    present(on: boolean, at = step) {
      presenting = on;
      step = clamp(at);
    },
  };
}

export type StoryState = ReturnType<typeof createStoryState>;
