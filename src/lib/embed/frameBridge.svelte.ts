/**
 * The iframe side of the postMessage protocol (messages.ts): commands from the parent page are obeyed only when
 * their origin is allowed and they parse; notices go to the allowed origins only (the own origin when none are
 * listed, any with `*`). Call while a component initialises; the listener goes with the component.
 */
import type { TimelineState } from '../state/timeline.svelte.ts';
import { applyCommand, watchTimeline } from './connect.svelte.ts';
import { isAllowedOrigin, notice, parseCommand, type EmbedNotice } from './messages.ts';

export function bridgeFrame(timeline: TimelineState, allowed: readonly string[]): void {
  const own = location.origin;
  const parent = window.parent;
  const targets = allowed.includes('*') ? ['*'] : allowed.length ? allowed : [own];
  const post = (message: EmbedNotice) => {
    if (parent === window) return;
    for (const target of targets) parent.postMessage(message, target);
  };

  $effect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== parent || !isAllowedOrigin(e.origin, allowed, own)) return;
      const command = parseCommand(e.data);
      if (command) applyCommand(timeline, command);
    };
    window.addEventListener('message', onMessage);
    post(notice('ready', { events: timeline.allEvents.length }));
    return () => window.removeEventListener('message', onMessage);
  });
  watchTimeline(timeline, {
    eventselect: (detail) => post(notice('eventselect', detail)),
    rangechange: (detail) => post(notice('rangechange', detail)),
  });
}
