import type { DocumentCollection } from '../documents/collectDocuments.ts';
import type { TimelineData } from '../state/timeline.svelte.ts';
import { assembleTimeline, type AssembleOptions } from './assembleTimeline.ts';
import { compromiseAnalyser } from './nlp/compromiseAnalyser.ts';

/**
 * Documents and their events, undated mentions and entities, ready for a timeline: the one entry point of the app,
 * the CLI and the tests. A document whose extraction fails is reported, not fatal. The default analyser is
 * compromise; the browser can call `assembleTimeline` with one it imported lazily instead.
 */
export function buildTimelineData(collection: DocumentCollection, options: Partial<AssembleOptions> = {}): TimelineData {
  return assembleTimeline(collection, { analyser: compromiseAnalyser, ...options });
}
