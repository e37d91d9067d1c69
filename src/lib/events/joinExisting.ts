/**
 * Documents added to a timeline report events its documents already report: which ones. Both sets are read and
 * merged as if they had come together (as the bundled documents are), and every merged event that takes passages
 * from both is a join: the timeline's event gains the new passages instead of a second event on the same day.
 * Pure: documents in, joins out; `joinEvents` (state/joinEvents.ts) carries them out on the timeline shown. Runs in
 * the document reader's worker, with the tagger and the NLP package.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { mergeRead, readDocuments, type AssembleOptions } from './assembleTimeline.ts';
import { passageKey, type EventJoin } from './eventJoin.ts';

export function findJoins(existing: readonly SourceDocument[], added: readonly SourceDocument[], { analyser, merge, readings }: AssembleOptions): EventJoin[] {
  if (!existing.length || !added.length) return [];
  const old = new Set(existing.map((d) => d.id));
  // The added documents were read just before, to add them: with the same `readings`, only the timeline's are read.
  const { read, names } = readDocuments([...existing, ...added], analyser, undefined, readings);
  const joins: EventJoin[] = [];
  for (const event of mergeRead(read, names, merge).events) {
    if (!event.merge) continue;
    const keys = event.sources.map(passageKey);
    const before = keys.filter((_, i) => old.has(event.sources[i]!.docId));
    const after = keys.filter((_, i) => !old.has(event.sources[i]!.docId));
    if (before.length && after.length) joins.push({ existing: before, added: after, reason: event.merge.reason });
  }
  return joins;
}
