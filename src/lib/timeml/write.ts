/**
 * Writes a system TimeML file: the source document with its TEXT content replaced by the same characters
 * (tags removed, entities as written) carrying our TIMEX3 tags. Links to the removed gold tags go too.
 */
import { escapeAttribute } from './entities.ts';
import type { TimemlDocument, TimemlTimex } from './types.ts';

export function writeTimeML(doc: TimemlDocument, timexes: readonly TimemlTimex[]): string {
  const open = doc.source.search(/<TEXT>/) + '<TEXT>'.length;
  const close = doc.source.search(/<\/TEXT>/);
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  let body = '';
  let last = 0;
  sorted.forEach((t, i) => {
    const rs = doc.rawOffsets[t.start] ?? doc.rawText.length;
    const re = doc.rawOffsets[t.end] ?? doc.rawText.length;
    if (rs < last) throw new Error(`overlapping timexes at ${t.start} in ${doc.docId}`);
    const attrs = [`tid="t${i + 1}"`, `type="${escapeAttribute(String(t.type))}"`, `value="${escapeAttribute(t.value)}"`];
    if (t.mod) attrs.push(`mod="${escapeAttribute(t.mod)}"`);
    body += `${doc.rawText.slice(last, rs)}<TIMEX3 ${attrs.join(' ')}>${doc.rawText.slice(rs, re)}</TIMEX3>`;
    last = re;
  });
  body += doc.rawText.slice(last);
  const tail = doc.source.slice(close).replace(/<(MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>\s*/g, '');
  return doc.source.slice(0, open) + body + tail;
}
