import { documentFingerprint } from '../documents/documentFingerprint.ts';
import type { SourceDocument } from '../documents/parseDocument.ts';

/** A document already on the timeline, as the reader needs to know it: its id is taken, its text may come again. */
export interface KnownDocument {
  readonly id: string;
  /** How the page names it: its headline, or its file name. */
  readonly label: string;
  readonly fingerprint: string;
}

export function knownDocument(d: SourceDocument): KnownDocument {
  return { id: d.id, label: d.title ?? d.name, fingerprint: documentFingerprint(d) };
}
