/** XML character references: decoding with an offset map, and escaping for writing. */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decodes character references in `raw`. Returns the decoded string and, for each decoded UTF-16 unit, the offset
 * of the raw text it came from (plus one entry for the end), so decoded extents can be written back exactly.
 */
export function decodeWithOffsets(raw: string): { readonly text: string; readonly offsets: readonly number[] } {
  let text = '';
  const offsets: number[] = [];
  const re = /&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const decoded = decodeEntity(m[1] ?? '');
    if (decoded === undefined) continue;
    for (let i = last; i < m.index; i++) offsets.push(i);
    text += raw.slice(last, m.index);
    for (let i = 0; i < decoded.length; i++) offsets.push(m.index);
    text += decoded;
    last = m.index + m[0].length;
  }
  for (let i = last; i < raw.length; i++) offsets.push(i);
  text += raw.slice(last);
  offsets.push(raw.length);
  return { text, offsets };
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
  return NAMED[body];
}

export const escapeAttribute = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
