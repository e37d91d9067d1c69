/**
 * The page's side of the document reader: asks its worker (`documentReader.worker.ts`) to read documents or a
 * timeline file, and merges added documents into the timeline shown. The worker is started on first use, so that
 * nothing of the tagger is fetched before someone adds a document, and kept for the next batch.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import type { ReadingProgress } from '../events/assembleTimeline.ts';
import { joinContext } from '../events/eventJoin.ts';
import type { PastedText } from './addDocuments.ts';
import { knownDocument, type KnownDocument } from './knownDocument.ts';
import { mergeAdded, type AddDocumentsResult } from './mergeAdded.ts';
import type { NewDocuments } from './readNewDocuments.ts';
import type { ReadResult } from './readTimeline.ts';
import type { TimelineData } from './timeline.svelte.ts';

export type ReaderRequest =
  | {
      readonly id: number;
      readonly kind: 'add';
      readonly known: readonly KnownDocument[];
      /** The timeline's documents, read again to find the new events it already has (none when they are long). */
      readonly context: readonly SourceDocument[];
      readonly files: readonly File[];
      readonly pasted?: PastedText;
    }
  | { readonly id: number; readonly kind: 'open'; readonly file: File };

export type ReaderReply =
  | { readonly id: number; readonly kind: 'add'; readonly added: NewDocuments }
  | { readonly id: number; readonly kind: 'progress'; readonly progress: ReadingProgress }
  | { readonly id: number; readonly kind: 'open'; readonly result: ReadResult }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };

type Waiting = { resolve(reply: ReaderReply): void; reject(error: Error): void; progress?: (step: ReadingProgress) => void };

/** The reading was stopped by the person waiting for it: nothing was added or opened. */
export class ReadingStopped extends Error {
  override name = 'ReadingStopped';
}

let worker: Worker | undefined;
const waiting = new Map<number, Waiting>();
let lastId = 0;

/** Every call waiting fails with `error`, and the worker goes; the next call starts a fresh one. */
function end(ended: Worker, error: Error): void {
  for (const call of waiting.values()) call.reject(error);
  waiting.clear();
  ended.terminate();
  if (worker === ended) worker = undefined;
}

function start(): Worker {
  const started = new Worker(new URL('./documentReader.worker.ts', import.meta.url), { type: 'module', name: 'document-reader' });
  started.onmessage = ({ data }: MessageEvent<ReaderReply>) => {
    const call = waiting.get(data.id);
    if (data.kind === 'progress') return call?.progress?.(data.progress);
    waiting.delete(data.id);
    if (data.kind === 'error') call?.reject(new Error(data.message));
    else call?.resolve(data);
  };
  // The worker could not be loaded (offline) or broke.
  started.onerror = (e) => end(started, new Error(e.message || 'the document reader could not be started'));
  started.onmessageerror = () => end(started, new Error('the document reader sent back data that could not be read'));
  return started;
}

/** Stops whatever the reader is doing (a long document can take minutes): the calls waiting reject with `ReadingStopped`. */
export function stopReading(): void {
  if (worker) end(worker, new ReadingStopped('the reading was stopped'));
}

/** A request before it is numbered (distributed over the kinds, which a plain Omit would merge). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: WithoutId<ReaderRequest>, progress?: (step: ReadingProgress) => void): Promise<ReaderReply> {
  worker ??= start();
  const id = ++lastId;
  const reply = new Promise<ReaderReply>((resolve, reject) => waiting.set(id, { resolve, reject, ...(progress ? { progress } : {}) }));
  worker.postMessage({ ...request, id });
  return reply;
}

/**
 * Reads files and pasted text as documents and adds their events to the timeline `current()` gives once they are
 * read; bad files become problems, a document already on the timeline is named and not added again, and a new
 * event that reports one of the timeline's joins it. `progress` hears how far the reading has got.
 */
export async function addDocumentsInPage(
  current: () => TimelineData,
  files: readonly File[],
  pasted?: PastedText,
  progress?: (step: ReadingProgress) => void,
): Promise<AddDocumentsResult> {
  const { documents } = current();
  const reply = await ask({ kind: 'add', known: documents.map(knownDocument), context: joinContext(documents), files, ...(pasted ? { pasted } : {}) }, progress);
  if (reply.kind !== 'add') throw new Error('the document reader answered another question');
  // Merged into the timeline as it is now, not as it was when reading began: a correction made meanwhile stays.
  return mergeAdded(current(), reply.added);
}

/** Reads a timeline file (our JSON, TimelineJS3 JSON or CSV); a bad file gives the importers' messages. */
export async function openTimelineInPage(file: File): Promise<ReadResult> {
  const reply = await ask({ kind: 'open', file });
  if (reply.kind !== 'open') throw new Error('the document reader answered another question');
  return reply.result;
}
