/**
 * A short key for a document's readable text and date, so that a document added a second time is recognised without
 * sending every text on the timeline to the reader's worker. Two 32-bit hashes of different multipliers make a
 * chance collision of equal-length texts with the same date vanishingly rare (about one in 2⁶⁴).
 */
import type { SourceDocument } from './parseDocument.ts';

const known = new WeakMap<object, string>();

export function documentFingerprint(document: Pick<SourceDocument, 'text' | 'dct'>): string {
  const cached = known.get(document);
  if (cached !== undefined) return cached;
  const { text } = document;
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const fingerprint = `${document.dct ?? ''}:${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
  known.set(document, fingerprint);
  return fingerprint;
}
