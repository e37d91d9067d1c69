/**
 * How tabs of the app showing the same timeline tell each other that its saved work changed, so that each shows the
 * latest instead of one tab's next save silently writing over another's. A `BroadcastChannel` in the page (it does not
 * deliver to the tab that posts); an in-memory one in tests.
 */

/** Saved work on `base` (a `workBaseKey`) was written or deleted by another tab. */
export interface WorkMessage {
  readonly base: string;
  readonly what: 'saved' | 'deleted';
}

export interface WorkChannel {
  post(message: WorkMessage): void;
  listen(take: (message: WorkMessage) => void): void;
}

export const workChannelName = 'passage-timeline-work';

/** The page's channel; undefined in a browser without `BroadcastChannel`, where tabs are simply not told. */
export function createBroadcastWorkChannel(): WorkChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(workChannelName);
  return {
    post: (message) => channel.postMessage(message),
    listen: (take) => channel.addEventListener('message', ({ data }: MessageEvent<WorkMessage>) => take(data)),
  };
}

/** Channels for tabs in one test: a message posted on one reaches the others, as a `BroadcastChannel`'s would. */
export function createMemoryWorkChannels(): () => WorkChannel {
  const listeners: { readonly tab: number; readonly take: (message: WorkMessage) => void }[] = [];
  let tabs = 0;
  return () => {
    const tab = tabs++;
    return {
      post: (message) => {
        for (const l of listeners) if (l.tab !== tab) queueMicrotask(() => l.take(message));
      },
      listen: (take) => void listeners.push({ tab, take }),
    };
  };
}
