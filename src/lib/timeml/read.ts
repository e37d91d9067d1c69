/**
 * Reads a TimeML document: DOCID, DCT value, TEXT content without tags, and the gold TIMEX3 inside TEXT with
 * offsets. Tolerant string scanning rather than a DOM parser, so it runs the same in Node and the browser.
 */
import { decodeWithOffsets } from './entities.ts';
import type { TimemlDocument, TimemlTimex } from './types.ts';

const attributes = (tag: string): Readonly<Record<string, string>> =>
  Object.fromEntries([...tag.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1] ?? '', decodeWithOffsets(m[2] ?? '').text]));

interface OpenTimex {
  readonly rawStart: number;
  readonly attrs: Readonly<Record<string, string>>;
}

export function readTimeML(source: string, fallbackId = ''): TimemlDocument {
  const open = source.search(/<TEXT>/);
  const close = source.search(/<\/TEXT>/);
  if (open < 0 || close < open) throw new Error(`no <TEXT> element in TimeML document ${fallbackId}`.trim());
  const inner = source.slice(open + '<TEXT>'.length, close);

  // Strip tags, remembering TIMEX3 extents in raw (still-escaped) coordinates.
  let rawText = '';
  const raws: { rawStart: number; rawEnd: number; attrs: Readonly<Record<string, string>> }[] = [];
  const stack: OpenTimex[] = [];
  let last = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g)) {
    rawText += inner.slice(last, m.index);
    last = (m.index ?? 0) + m[0].length;
    if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
    if (m[1] === '') stack.push({ rawStart: rawText.length, attrs: attributes(m[3] ?? '') });
    else {
      const top = stack.pop();
      if (top) raws.push({ rawStart: top.rawStart, rawEnd: rawText.length, attrs: top.attrs });
    }
  }
  rawText += inner.slice(last);

  const { text, offsets } = decodeWithOffsets(rawText);
  const decodedAt = inverse(offsets, rawText.length);
  const timexes: TimemlTimex[] = raws
    .filter((r) => r.rawEnd > r.rawStart && r.attrs.tid !== 't0')
    .sort((a, b) => a.rawStart - b.rawStart)
    .map((r) => {
      const start = decodedAt[r.rawStart] ?? 0;
      const end = decodedAt[r.rawEnd] ?? text.length;
      return {
        start, end, text: text.slice(start, end), type: r.attrs.type ?? '', value: r.attrs.value ?? '',
        ...(r.attrs.mod ? { mod: r.attrs.mod } : {}), ...(r.attrs.tid ? { tid: r.attrs.tid } : {}),
      };
    });

  const docId = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(source)?.[1] ?? fallbackId;
  const dctTag = /<DCT>[\s\S]*?<TIMEX3([^>]*)>/.exec(source)?.[1];
  const dct = dctTag ? attributes(dctTag).value : undefined;
  return { docId, ...(dct ? { dct } : {}), text, rawText, rawOffsets: offsets, timexes, source };
}

/** raw offset → decoded offset (the decoded character whose reference starts there). */
function inverse(offsets: readonly number[], rawLength: number): readonly number[] {
  const out = new Array<number>(rawLength + 1);
  for (let i = offsets.length - 1; i >= 0; i--) out[offsets[i] ?? 0] = i;
  for (let r = rawLength - 1; r >= 0; r--) if (out[r] === undefined) out[r] = out[r + 1] ?? rawLength;
  return out;
}
