/**
 * The story a presenter steps through: an ordered pick of events, each with an optional note, and where the
 * presentation is. A story may come back to an event (steps A, B, A). Invariants: `steps` only holds ids of known
 * events (unknown ids are dropped on the way in); only the steps whose events the filters show are presented, and
 * `step` always indexes one of those (or is 0 when there are none). Every change goes through the actions below.
 */
export interface StoryStep {
  readonly eventId: string;
  readonly note?: string;
}

export interface Story {
  readonly steps: readonly StoryStep[];
}

/**
 * `eventIds`: every event, in time order (the default story). `shownIds`: the events the filters show, or undefined
 * when they show them all.
 */
export function createStoryState(eventIds: () => readonly string[], initial: Story | undefined, shownIds: () => ReadonlySet<string> | undefined = () => undefined) {
  const known = () => new Set(eventIds());
  const keepKnown = (steps: readonly StoryStep[]) => {
    const ids = known();
    return steps.filter((s) => ids.has(s.eventId));
  };
  /** Undefined until the presenter edits it: then the story follows the events (all of them, in time order). */
  let custom = $state.raw<readonly StoryStep[] | undefined>(initial ? keepKnown(initial.steps) : undefined);
  const steps = $derived(custom ?? eventIds().map((eventId) => ({ eventId })));
  // A presentation follows the filters: an event the chart hides is not presented over it.
  const presented = $derived.by(() => {
    const shown = shownIds();
    return shown ? steps.filter((s) => shown.has(s.eventId)) : steps;
  });
  const clamp = (i: number) => Math.max(0, Math.min(presented.length - 1, i));
  let wanted = $state(0);
  // Clamped when read, as a filter changed under the presentation may leave fewer steps.
  const step = $derived(clamp(wanted));
  let presenting = $state(false);
  let fullScreen = $state(false);

  return {
    /** Every step of the story, shown by the filters or not: what the editor lists. */
    get steps(): readonly StoryStep[] {
      return steps;
    },
    /** The presenter's own steps, undefined while the default applies. */
    get custom(): readonly StoryStep[] | undefined {
      return custom;
    },
    /** Whether the presenter has chosen the steps (saved with the timeline) or the default applies. */
    get isCustom() {
      return custom !== undefined;
    },
    /** The steps presented: those whose events the filters show, in story order. */
    get presented(): readonly StoryStep[] {
      return presented;
    },
    /** The index of the step presented, in `presented`. */
    get step() {
      return step;
    },
    get current(): StoryStep | undefined {
      return presented[step];
    },
    get presenting() {
      return presenting;
    },
    /**
     * Whether the presentation asks for the whole screen: only one a person started here (the Present button), since
     * the browser allows it only for a gesture. One opened from the address or carried over another tab's change is
     * shown in the page, so that a tab never jumps into full screen by itself.
     */
    get fullScreen() {
      return fullScreen;
    },
    /** Replaces the steps; unknown events are dropped. `undefined` goes back to all events in time order. */
    setSteps(next: readonly StoryStep[] | undefined) {
      custom = next === undefined ? undefined : keepKnown(next);
      wanted = clamp(wanted);
    },
    goTo(index: number) {
      wanted = clamp(index);
    },
    next() {
      wanted = clamp(step + 1);
    },
    previous() {
      wanted = clamp(step - 1);
    },
    /** Starts (at step `at` of the presented steps, on the whole screen when asked) or ends the presentation. */
    present(on: boolean, at = step, { screen = false }: { readonly screen?: boolean } = {}) {
      presenting = on;
      fullScreen = on && screen;
      wanted = clamp(at);
    },
  };
}

export type StoryState = ReturnType<typeof createStoryState>;
