/**
 * Documents to timeline data with a given sentence analyser: each document is read on its own (a document whose
 * reading throws becomes a problem, the others still show), then entities are collected and events merged across
 * documents. Free of the NLP package, so the browser can pair it with a lazily loaded analyser.
 */
import type { DocumentCollection } from '../documents/collectDocuments.ts';
import type { DocumentProblem } from '../documents/parseDocument.ts';
import type { TimelineData } from '../state/timeline.svelte.ts';
import { collectEntities, type DocumentName } from './collectEntities.ts';
import { mergeEvents, type MergeOptions, defaultMergeOptions } from './mergeEvents.ts';
import type { SentenceAnalyser } from './nlp/analysis.ts';
import { readDocument, type ReadEvent } from './readDocument.ts';
import type { UndatedEvent } from './types.ts';

export interface AssembleOptions {
  readonly analyser: SentenceAnalyser;
  readonly merge?: MergeOptions;
}

export function assembleTimeline(collection: DocumentCollection, { analyser, merge = defaultMergeOptions }: AssembleOptions): TimelineData {
  const problems: DocumentProblem[] = [...collection.problems];
  const read: ReadEvent[] = [];
  const undated: UndatedEvent[] = [];
  const names: DocumentName[] = [];
  for (const document of collection.documents) {
    try {
      const reading = readDocument(document, analyser);
      read.push(...reading.events);
      undated.push(...reading.undated);
      names.push(...reading.names);
    } catch (error) {
      problems.push({ name: document.name, message: `${document.name}: extraction failed (${String(error)})` });
    }
  }
  const index = collectEntities(names);
  const fold = (ids: readonly string[] | undefined) => (ids ? { participants: [...new Set(ids.map(index.canonical))] } : {});
  const folded = read.map((r) => ({ ...r, event: { ...r.event, ...fold(r.event.participants) } }));
  const events = mergeEvents(folded, index.nameOf, merge);
  return {
    documents: collection.documents,
    events,
    problems,
    undated: undated.map((u) => ({ ...u, ...fold(u.participants) })),
    entities: index.entities,
  };
}
