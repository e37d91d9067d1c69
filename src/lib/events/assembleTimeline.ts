/**
 * Documents to timeline data with a given sentence analyser: each document is read on its own (a document whose
 * reading throws becomes a problem, the others still show), then entities are collected and events merged across
 * documents. Free of the NLP package, so the browser can pair it with a lazily loaded analyser.
 */
import type { DocumentCollection } from '../documents/collectDocuments.ts';
import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import type { TimelineData } from '../state/timeline.svelte.ts';
import { collectEntities, type DocumentName } from './collectEntities.ts';
import { mergeEvents, type MergeOptions, defaultMergeOptions } from './mergeEvents.ts';
import type { SentenceAnalyser } from './nlp/analysis.ts';
import { readDocument, type DocumentReading, type ReadEvent } from './readDocument.ts';
import type { UndatedEvent } from './types.ts';

export interface AssembleOptions {
  readonly analyser: SentenceAnalyser;
  readonly merge?: MergeOptions;
  /** Told as each document is read, so that a long reading can show how far it has got. */
  readonly progress?: (step: ReadingProgress) => void;
  /**
   * Readings kept by document, for a caller that reads the same documents twice (adding documents, then finding what
   * they share with the timeline): each is read once.
   */
  readonly readings?: WeakMap<SourceDocument, DocumentReading>;
}

/**
 * Where reading a batch of documents stands: the document being read (from 0), and its sentences analysed of those
 * that hold a date (0 of 0 while its dates are still being found).
 */
export interface ReadingProgress {
  readonly document: string;
  readonly index: number;
  readonly documents: number;
  readonly sentences: number;
  readonly ofSentences: number;
}

export function assembleTimeline(collection: DocumentCollection, { analyser, merge = defaultMergeOptions, progress, readings }: AssembleOptions): TimelineData {
  const { read, undated, names, problems } = readDocuments(collection.documents, analyser, progress, readings);
  const { events, fold, entities } = mergeRead(read, names, merge);
  return {
    documents: collection.documents,
    events,
    problems: [...collection.problems, ...problems],
    undated: undated.map((u) => ({ ...u, ...fold(u.participants) })),
    entities,
  };
}

/** Each document read on its own; one whose reading throws becomes a problem, and the others are still read. */
export function readDocuments(
  documents: readonly SourceDocument[],
  analyser: SentenceAnalyser,
  progress?: (step: ReadingProgress) => void,
  readings?: WeakMap<SourceDocument, DocumentReading>,
) {
  const problems: DocumentProblem[] = [];
  const read: ReadEvent[] = [];
  const undated: UndatedEvent[] = [];
  const names: DocumentName[] = [];
  for (const [index, document] of documents.entries()) {
    const told = progress && ((sentences: number, ofSentences: number) => progress({ document: document.name, index, documents: documents.length, sentences, ofSentences }));
    // Before its sentences are counted, a document's dates are being found: 0 of 0.
    told?.(0, 0);
    try {
      const reading = readings?.get(document) ?? readDocument(document, analyser, told);
      readings?.set(document, reading);
      read.push(...reading.events);
      undated.push(...reading.undated);
      names.push(...reading.names);
    } catch (error) {
      problems.push({ name: document.name, message: `${document.name}: extraction failed (${String(error)})` });
    }
  }
  return { read, undated, names, problems };
}

/** Entities collected over every name read, participants folded onto them, and the events merged across documents. */
export function mergeRead(read: readonly ReadEvent[], names: readonly DocumentName[], merge: MergeOptions = defaultMergeOptions) {
  const index = collectEntities(names);
  const fold = (ids: readonly string[] | undefined) => (ids ? { participants: [...new Set(ids.map(index.canonical))] } : {});
  const folded = read.map((r) => ({ ...r, event: { ...r.event, ...fold(r.event.participants) } }));
  return { events: mergeEvents(folded, index.nameOf, merge), fold, entities: index.entities };
}
