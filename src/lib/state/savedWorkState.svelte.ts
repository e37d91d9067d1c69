/**
 * Keeps the work a person does in the page across reloads: restores it over the loaded timeline when it was made on
 * the same base, saves each change, and says so in a notice. Invariants: only `open` sets what was loaded; saved work
 * made on other seeds is never overwritten before it has been downloaded or discarded.
 */
import { describeRestored, describeStale, findSavedWork, workBaseKey, type WorkBase } from './savedWork.ts';
import type { TimelineData } from './timeline.svelte.ts';
import { createWorkSaver, type Serialize, type WorkSaver, type WorkSaverOptions } from './workSaver.ts';
import type { WorkChannel } from './workChannel.ts';
import type { SavedWork, WorkStore } from './workStore.ts';

export type WorkNotice =
  | { readonly kind: 'restored'; readonly text: string }
  | { readonly kind: 'stale'; readonly text: string; readonly work: SavedWork }
  | { readonly kind: 'said'; readonly text: string };

export interface SavedWorkStateOptions extends Pick<WorkSaverOptions, 'delay'> {
  /** Where tabs on the same timeline tell each other of their saves. */
  readonly channel?: WorkChannel | undefined;
}

/** Shows data that another tab saved (or the loaded data, when it discarded its changes) in place of this tab's. */
export type AdoptOtherTab = (data: TimelineData, loaded: boolean) => void;

export function createSavedWorkState(store: WorkStore, { channel, ...options }: SavedWorkStateOptions = {}) {
  let notice = $state.raw<WorkNotice>();
  /** Why the last save failed; cleared by the next one that works. */
  let failure = $state<string>();
  let loaded: TimelineData | undefined;
  let shown: TimelineData | undefined;
  let saver: WorkSaver | undefined;
  let held: Serialize | undefined;
  // A lookup started while the timeline still downloads (`prepare`), taken by `open` when it asks for the same base.
  const early = new Map<string, Promise<SavedWork | undefined>>();
  const lookup: WorkStore = {
    ...store,
    get: (key) => {
      const started = early.get(key);
      early.delete(key);
      return started ?? store.get(key);
    },
  };

  /** Another tab saved or deleted the work on `base`: show what it now holds, unless this tab's own save is coming. */
  async function takeOtherTab(what: 'saved' | 'deleted', base: WorkBase, adopt: AdoptOtherTab): Promise<void> {
    if (!saver?.idle || !loaded || notice?.kind === 'stale') return;
    if (what === 'deleted') {
      if (shown === loaded) return;
      shown = loaded;
      notice = { kind: 'said', text: 'Changes were discarded in another tab: the timeline is as it was loaded.' };
      return adopt(loaded, true);
    }
    const found = await findSavedWork(store, base, loaded);
    // This tab may have changed something while the saved work was read: then its own save follows and wins.
    if (found.kind !== 'restore' || !saver.idle) return;
    shown = found.data;
    notice = { kind: 'said', text: 'Updated with changes made in another tab.' };
    adopt(found.data, false);
  }

  return {
    get notice() {
      return notice;
    },
    get failure() {
      return failure;
    },
    /** Starts looking for saved work on `base` now, so that `open` need not wait for the database after the load. */
    prepare(base: WorkBase) {
      const key = workBaseKey(base);
      early.set(key, store.get(key).catch(() => undefined));
    },
    /**
     * Looks for saved work on `base`; resolves to the data to show, the saved work or `data` as loaded. From then on,
     * work another tab saves on the same base is handed to `adopt` whenever this tab has no change of its own on the
     * way, so that two tabs show the same timeline rather than each overwriting the other's changes unseen.
     */
    async open(data: TimelineData, base: WorkBase, adopt?: AdoptOtherTab): Promise<TimelineData> {
      const found = await findSavedWork(lookup, base, data);
      const key = workBaseKey(base);
      loaded = shown = data;
      saver = createWorkSaver(store, base, {
        ...options,
        onresult: (error) => (failure = error),
        onstored: (what) => channel?.post({ base: key, what }),
      });
      if (adopt) channel?.listen((message) => void (message.base === key && takeOtherTab(message.what, base, adopt)));
      // A reload right after a change: the pending save is written as the page goes.
      globalThis.addEventListener?.('pagehide', () => void saver?.flush());
      if (found.kind === 'stale') notice = { kind: 'stale', text: describeStale(found), work: found.work };
      if (found.kind !== 'restore') return data;
      notice = { kind: 'restored', text: describeRestored(found, data) };
      return (shown = found.data);
    },
    /** The timeline shown is now `data`: saved soon (`serialize` gives its JSON), or deleted when it is what was loaded. */
    changed(data: TimelineData, serialize: Serialize) {
      if (!saver || data === shown) return;
      shown = data;
      if (notice?.kind === 'stale') held = data === loaded ? undefined : serialize;
      else if (data === loaded) void saver.discard();
      else saver.schedule(serialize);
    },
    /** The stale saved work is safe in a file: later changes may take its place. */
    downloaded(name: string) {
      if (notice?.kind !== 'stale') return;
      notice = { kind: 'said', text: `Saved work downloaded as ${name}.` };
      if (held) saver?.schedule(held);
      held = undefined;
    },
    /** Deletes the saved copy; resolves to the loaded data when the page must show it again. */
    discard(): TimelineData | undefined {
      const was = notice;
      notice = { kind: 'said', text: was?.kind === 'restored' ? 'Changes discarded: the timeline is as it was loaded.' : 'Saved work discarded.' };
      if (!saver) return undefined;
      void saver.discard();
      if (held) saver.schedule(held);
      held = undefined;
      if (was?.kind !== 'restored') return undefined;
      shown = loaded;
      return loaded;
    },
  };
}

export type SavedWorkState = ReturnType<typeof createSavedWorkState>;
