/**
 * The iframe side of the postMessage protocol (messages.ts): commands from the parent page are obeyed only when
 * their origin is allowed and they parse; notices go to the parent's origin when it is allowed (messages.ts
 * `noticeTargets`). Call while a component initialises; the listener goes with the component.
 */
import { untrack } from 'svelte';
import type { TimelineState } from '../state/timeline.svelte.ts';
import { applyCommand, watchTimeline } from './connect.svelte.ts';
import { isAllowedOrigin, notice, noticeTargets, parseCommand, type EmbedNotice } from './messages.ts';

/** What the frame shows: a timeline once loaded, or why it could not be loaded. Read as it changes. */
export interface FrameContent {
  readonly timeline?: TimelineState | undefined;
  readonly failure?: string | undefined;
}

export function bridgeFrame(content: FrameContent, allowed: readonly string[]): void {
  const own = location.origin;
  const parent = window.parent;
  // Firefox has no ancestorOrigins.
  const targets = noticeTargets(allowed, own, location.ancestorOrigins?.[0]);
  const post = (message: EmbedNotice) => {
    if (parent === window) return;
    for (const target of targets) parent.postMessage(message, target);
  };

  $effect(() => {
    const onMessage = (e: MessageEvent) => {
      const timeline = content.timeline;
      if (!timeline || e.source !== parent || !isAllowedOrigin(e.origin, allowed, own)) return;
      const command = parseCommand(e.data);
      if (command) applyCommand(timeline, command);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  });
  $effect(() => {
    const timeline = content.timeline;
    if (!timeline) return;
    untrack(() =>
      watchTimeline(timeline, {
        ready: (detail) => post(notice('ready', detail)),
        eventselect: (detail) => post(notice('eventselect', detail)),
        rangechange: (detail) => post(notice('rangechange', detail)),
      }),
    );
  });
  $effect(() => {
    const message = content.failure;
    if (message) untrack(() => post(notice('loaderror', { message })));
  });
}
