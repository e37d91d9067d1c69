/**
 * Saves the timeline shown a moment after each change, in the background. Writes and deletes run one after another,
 * so a slow write can never land after a later discard and bring the discarded work back.
 */
import { savedWorkOf, workBaseKey, type WorkBase } from './savedWork.ts';
import type { WorkStore } from './workStore.ts';

export interface WorkSaverOptions {
  /** Milliseconds of quiet before a save; default 500. */
  readonly delay?: number;
  /** Epoch ms of a save; default `Date.now`. */
  readonly now?: () => number;
  /** Told after each write or delete: undefined when it worked, else why not. */
  readonly onresult?: (error: string | undefined) => void;
}

const defaults = { delay: 500, now: () => Date.now(), onresult: () => {} } as const;

export function createWorkSaver(store: WorkStore, base: WorkBase, options: WorkSaverOptions = {}) {
  const { delay, now, onresult } = { ...defaults, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: (() => string) | undefined;
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (write: () => Promise<void>) =>
    (queue = queue.then(write).then(
      () => onresult(undefined),
      (error: unknown) => onresult(error instanceof Error ? error.message : String(error)),
    ));
  function write() {
    timer = undefined;
    const serialize = pending;
    pending = undefined;
    // Serialised when written, not when scheduled, so that a burst of changes is turned into JSON once.
    if (serialize) return enqueue(() => store.put(savedWorkOf(base, serialize(), now())));
    return queue;
  }
  return {
    /** Saves `serialize()` once changes have paused for `delay`. */
    schedule(serialize: () => string) {
      pending = serialize;
      clearTimeout(timer);
      timer = setTimeout(write, delay);
    },
    /** Writes a scheduled save now (the page is being hidden); resolves when the queue is done. */
    flush(): Promise<void> {
      clearTimeout(timer);
      return write();
    },
    /** Drops any scheduled save and deletes the saved copy. */
    discard(): Promise<void> {
      clearTimeout(timer);
      pending = undefined;
      return enqueue(() => store.delete(workBaseKey(base)));
    },
  };
}

export type WorkSaver = ReturnType<typeof createWorkSaver>;
