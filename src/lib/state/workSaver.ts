/**
 * Saves the timeline shown a moment after each change, in the background. Writes and deletes run one after another,
 * so a slow write can never land after a later discard and bring the discarded work back.
 */
import { whenIdle } from './idle.ts';
import { savedWorkOf, workBaseKey, type WorkBase } from './savedWork.ts';
import type { WorkStore } from './workStore.ts';

/**
 * The timeline as JSON. In the background it is given `pause`, to await between slices of the work so that a large
 * timeline never holds up the page; when the page is going, none, and it should be quick about it.
 */
export type Serialize = (pause?: () => Promise<void>) => string | Blob | Promise<string | Blob>;

export interface WorkSaverOptions {
  /** Milliseconds of quiet before a save; default 500. */
  readonly delay?: number;
  /** Epoch ms of a save; default `Date.now`. */
  readonly now?: () => number;
  /** Told after each write or delete: undefined when it worked, else why not. */
  readonly onresult?: (error: string | undefined) => void;
  /** Told after a write or delete that worked, so that other tabs can be told. */
  readonly onstored?: (what: 'saved' | 'deleted') => void;
  /** What a background save awaits between slices of its work; default the next idle period. */
  readonly pause?: () => Promise<void>;
}

const defaults = { delay: 500, now: () => Date.now(), onresult: () => {}, onstored: () => {}, pause: () => whenIdle() } as const;

export function createWorkSaver(store: WorkStore, base: WorkBase, options: WorkSaverOptions = {}) {
  const { delay, now, onresult, onstored, pause } = { ...defaults, ...options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Serialize | undefined;
  let queue: Promise<void> = Promise.resolve();
  /** Writes and deletes asked for and not yet done. */
  let queued = 0;

  const enqueue = (write: () => Promise<void>, what: 'saved' | 'deleted') => {
    queued++;
    return (queue = queue.then(write).then(
      () => (queued--, onresult(undefined), onstored(what)),
      (error: unknown) => (queued--, onresult(error instanceof Error ? error.message : String(error))),
    ));
  };
  function write(paced: boolean) {
    timer = undefined;
    const serialize = pending;
    pending = undefined;
    // Serialised when written, not when scheduled, so that a burst of changes is turned into JSON once.
    if (serialize) return enqueue(async () => store.put(savedWorkOf(base, await serialize(paced ? pause : undefined), now())), 'saved');
    return queue;
  }
  return {
    /** No change is waiting to be saved, and no write or delete is under way. */
    get idle(): boolean {
      return pending === undefined && queued === 0;
    },
    /** Saves `serialize()` once changes have paused for `delay`. */
    schedule(serialize: Serialize) {
      pending = serialize;
      clearTimeout(timer);
      timer = setTimeout(() => write(true), delay);
    },
    /** Writes a scheduled save now (the page is being hidden); resolves when the queue is done. */
    flush(): Promise<void> {
      clearTimeout(timer);
      return write(false);
    },
    /** Drops any scheduled save and deletes the saved copy. */
    discard(): Promise<void> {
      clearTimeout(timer);
      pending = undefined;
      return enqueue(() => store.delete(workBaseKey(base)), 'deleted');
    },
  };
}

export type WorkSaver = ReturnType<typeof createWorkSaver>;
