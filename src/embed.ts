/**
 * The embed's entry (dist/embed.js, dist/embed.iife.js): defines `<event-timeline>`. Defining the element is the
 * one thing this module does on load, and only once, so that a page that includes the script twice still works.
 */
import EventTimeline from './lib/components/embed/EventTimeline.ce.svelte';
import type { TimelineElementMethods } from './lib/components/embed/elementMethods.ts';

/** The custom element class Svelte builds for a component compiled with `customElement`. */
const elementClass = (EventTimeline as unknown as { element?: CustomElementConstructor }).element;

if (elementClass && !customElements.get('event-timeline')) customElements.define('event-timeline', elementClass);

/** `<event-timeline>` as a page's script sees it (docs/embedding.md). */
export interface EventTimelineElement extends HTMLElement, TimelineElementMethods {
  /** The timeline as an object (our format or TimelineJS3's); wins over `src`. */
  data: unknown;
}

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
  }
}

export { EventTimeline };
