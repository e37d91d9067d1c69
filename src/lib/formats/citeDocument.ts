/** How the exports name the document a quote came from. */
import type { SourceDocument } from '../documents/parseDocument.ts';

/** `Russia warns France (AP, 2024-04-04), russia-france.txt`: title and file name, publisher and date when known. */
export function citeDocument(doc: SourceDocument): string {
  const details = [doc.source, doc.dct].filter((x): x is string => !!x).join(', ');
  const head = doc.title ? `${doc.title}${details ? ` (${details})` : ''}, ${doc.name}` : `${doc.name}${details ? ` (${details})` : ''}`;
  return doc.url ? `${head}, ${doc.url}` : head;
}

/** Documents by id, for the exports that look one up per event. */
export function documentsById(documents: readonly SourceDocument[]): ReadonlyMap<string, SourceDocument> {
  return new Map(documents.map((d) => [d.id, d]));
}
