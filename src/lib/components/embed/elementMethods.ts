/**
 * The methods of `<event-timeline>` (docs/embedding.md), defined on the element's class so that they exist as soon as
 * the element is defined. Svelte hands a component's exports to its element only once the component has started, a
 * microtask after the element is connected: `customElements.whenDefined(…).then(() => el.focusEvent(id))` would find
 * no method. Until the component gives its timeline (`provideTimeline`), and while it loads, the methods answer false.
 */
import type { TimelineState } from '../../state/timeline.svelte.ts';
import { applyCommand } from '../../embed/connect.svelte.ts';
import { messageType, parseCommand } from '../../embed/messages.ts';

/** What a page may call on the element. */
export interface TimelineElementMethods {
  /** Selects the event with this id and zooms to it; false when there is no such event, or no timeline yet. */
  focusEvent(id: string): boolean;
  /** Shows the range from `start` to `end`: ISO dates (`2024-03`, `2024-03-22T10:00`) or epoch ms; false for a bad range. */
  setRange(start: string | number, end: string | number): boolean;
}

/** Each element's current timeline, as its component gives it. */
const timelines = new WeakMap<HTMLElement, () => TimelineState | undefined>();

/** Called by the element's component while it runs; `timeline` says what it shows now (undefined while loading). */
export function provideTimeline(element: HTMLElement, timeline: () => TimelineState | undefined): () => void {
  timelines.set(element, timeline);
  return () => timelines.delete(element);
}

/** Obeys a message as the iframe would: through the same parser, so both accept the same ids and dates. */
function obey(element: HTMLElement, message: Record<string, unknown>): boolean {
  const timeline = timelines.get(element)?.();
  const command = parseCommand({ type: messageType, ...message });
  return !!(timeline && command && applyCommand(timeline, command));
}

/** The element class with the methods: for `<svelte:options customElement={{ extend }}>`. */
export function withMethods<Base extends CustomElementConstructor>(base: Base) {
  return class extends base implements TimelineElementMethods {
    focusEvent(id: string): boolean {
      return obey(this, { command: 'focusEvent', id });
    }
    setRange(start: string | number, end: string | number): boolean {
      return obey(this, { command: 'setRange', start, end });
    }
  };
}
