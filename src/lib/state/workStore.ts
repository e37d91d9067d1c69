/**
 * Where work saved in the browser is kept: a small key-value interface, with IndexedDB behind it in the page (a
 * timeline file can be several megabytes, too big for localStorage) and a Map in tests.
 */

/** A timeline as it was when saved, and what it was based on. */
export interface SavedWork {
  /** `workBaseKey` of what the timeline was loaded from. */
  readonly base: string;
  /** For the bundled seeds: `seedsFingerprint` of the seeds it was made from. */
  readonly fingerprint?: string;
  /** Epoch ms. */
  readonly savedAt: number;
  /**
   * The timeline in our JSON format (`exportJson`). The page stores a Blob put together from pieces written between
   * pauses (`timelineBlob`): storing a large string would copy it all on the main thread.
   */
  readonly json: string | Blob;
}

/** Every method rejects rather than throws, with an error whose message can be shown. */
export interface WorkStore {
  get(base: string): Promise<SavedWork | undefined>;
  put(work: SavedWork): Promise<void>;
  delete(base: string): Promise<void>;
}

export function createMemoryWorkStore(): WorkStore & { readonly entries: ReadonlyMap<string, SavedWork> } {
  const entries = new Map<string, SavedWork>();
  return {
    entries,
    get: async (base) => entries.get(base),
    put: async (work) => void entries.set(work.base, work),
    delete: async (base) => void entries.delete(base),
  };
}

export const workDatabase = { name: 'passage-timeline', version: 1, store: 'saved-work' } as const;
const openTimeout = 5000;

/** IndexedDB, opened on first use; a browser without it (or one that refuses it) rejects every call with the reason. */
export function createIndexedDbWorkStore(factory: IDBFactory | undefined = globalThis.indexedDB): WorkStore {
  let opened: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) return reject(new Error('this browser does not offer IndexedDB'));
      const request = factory.open(workDatabase.name, workDatabase.version);
      request.onupgradeneeded = () => request.result.createObjectStore(workDatabase.store, { keyPath: 'base' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
      // The page waits for saved work before it shows the timeline: a database that never answers must not hold it.
      setTimeout(() => reject(new Error('IndexedDB did not answer')), openTimeout);
    }).catch((error: unknown) => {
      opened = undefined; // a later call may succeed (another tab closed, space freed)
      throw error;
    }));

  async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await open();
    return new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(workDatabase.store, mode);
      const request = work(transaction.objectStore(workDatabase.store));
      // Resolve on commit, not on the request: a write that hits the quota fails at commit.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to store it'));
      // Commit now rather than when the page next idles: a write started as the page goes is otherwise dropped.
      transaction.commit?.();
    });
  }
  return {
    get: (base) => run('readonly', (s) => s.get(base) as IDBRequest<SavedWork | undefined>),
    put: (work) => run('readwrite', (s) => s.put(work)).then(() => undefined),
    delete: (base) => run('readwrite', (s) => s.delete(base)).then(() => undefined),
  };
}
