/**
 * The document reader's worker: reads files and extracts their events, or reads a timeline file, off the page's
 * thread. The tagger and the NLP package are large, so they live in this worker's own bundle, fetched the first time
 * something is added; and a 5 MB document takes seconds to tag, during which the page stays responsive.
 */
import type { ReadingProgress } from '../events/assembleTimeline.ts';
import type { SourceDocument } from '../documents/parseDocument.ts';
import { buildTimelineData } from '../events/buildTimelineData.ts';
import { findJoins } from '../events/joinExisting.ts';
import type { DocumentReading } from '../events/readDocument.ts';
import { compromiseAnalyser } from '../events/nlp/compromiseAnalyser.ts';
import type { ReaderReply, ReaderRequest } from './documentReader.ts';
import { openTimelineBytes } from './openTimelineFile.ts';
import { readDocumentFiles, readNewDocuments } from './readNewDocuments.ts';

// The project's types describe a window; this is what a worker's global scope offers instead.
const scope = globalThis as unknown as {
  postMessage(reply: ReaderReply): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ReaderRequest>) => void): void;
};

async function answer(request: ReaderRequest): Promise<ReaderReply> {
  if (request.kind === 'open') {
    return { id: request.id, kind: 'open', result: openTimelineBytes(request.file.name, new Uint8Array(await request.file.arrayBuffer())) };
  }
  const input = { ...(await readDocumentFiles(request.files)), ...(request.pasted ? { pasted: request.pasted } : {}) };
  const progress = progressTeller(request.id);
  const { context } = request;
  // The new documents are read once, for both their events and the joins.
  const readings = new WeakMap<SourceDocument, DocumentReading>();
  const join = context.length ? (added: readonly SourceDocument[]) => findJoins(context, added, { analyser: compromiseAnalyser, readings }) : undefined;
  const added = readNewDocuments(request.known, input, (collection) => buildTimelineData(collection, { progress, readings }), join);
  return { id: request.id, kind: 'add', added };
}

/** How often the page hears of a reading's progress at most: often enough for a bar to move, seldom enough to cost nothing. */
const progressEvery = 150;

/** Posts each document's start and, at most every `progressEvery` ms, how far its analysis has got. */
function progressTeller(id: number): (step: ReadingProgress) => void {
  let last = -Infinity;
  return (step) => {
    const now = performance.now();
    if (step.sentences > 0 && step.sentences < step.ofSentences && now - last < progressEvery) return;
    last = now;
    scope.postMessage({ id, kind: 'progress', progress: step });
  };
}

scope.addEventListener('message', ({ data: request }) => {
  answer(request).then((reply) => scope.postMessage(reply), (error: unknown) =>
    scope.postMessage({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
