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

/** A TimeML file that cannot be read, with the 1-based line where the problem is. */
export class TimemlError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'TimemlError';
  }
}

const lineAt = (source: string, offset: number): number => source.slice(0, offset).split('\n').length;

/** Reads a TimeML document; throws a TimemlError naming the line of a missing TEXT or a badly nested tag. */
export function readTimeML(source: string, fallbackId = ''): TimemlDocument {
  const open = source.search(/<TEXT>/);
  const close = source.search(/<\/TEXT>/);
  if (open < 0) throw new TimemlError(close < 0 ? lineAt(source, source.length) : lineAt(source, close), 'no <TEXT> element');
  if (close < open) throw new TimemlError(lineAt(source, open), '<TEXT> is never closed');
  const inner = source.slice(open + '<TEXT>'.length, close);
  const lineOf = (innerOffset: number) => lineAt(source, open + '<TEXT>'.length + innerOffset);

  // Strip tags, remembering TIMEX3 extents in raw (still-escaped) coordinates.
  let rawText = '';
  const raws: { rawStart: number; rawEnd: number; attrs: Readonly<Record<string, string>> }[] = [];
  const stack: OpenTimex[] = [];
  const openTags: { name: string; at: number }[] = [];
  let last = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const at = m.index ?? 0;
    const between = inner.slice(last, at);
    const stray = between.indexOf('<');
    if (stray >= 0) throw new TimemlError(lineOf(last + stray), 'a "<" that starts no tag (write &lt; in text)');
    rawText += between;
    last = at + m[0].length;
    const name = m[2] ?? '';
    if (m[4] === '/') continue;
    if (m[1] === '') {
      openTags.push({ name, at });
      if (name === 'TIMEX3') stack.push({ rawStart: rawText.length, attrs: attributes(m[3] ?? '') });
      continue;
    }
    const innermost = openTags.pop();
    if (innermost?.name !== name) {
      const expected = innermost ? `</${innermost.name}> for the tag opened on line ${lineOf(innermost.at)}` : 'no closing tag';
      throw new TimemlError(lineOf(at), `</${name}> where ${expected} was expected`);
    }
    if (name === 'TIMEX3') {
      const top = stack.pop()!;
      raws.push({ rawStart: top.rawStart, rawEnd: rawText.length, attrs: top.attrs });
    }
  }
  const tail = inner.slice(last);
  if (tail.includes('<')) throw new TimemlError(lineOf(last + tail.indexOf('<')), 'a "<" that starts no tag (write &lt; in text)');
  const unclosed = openTags.pop();
  if (unclosed) throw new TimemlError(lineOf(unclosed.at), `<${unclosed.name}> is never closed inside TEXT`);
  rawText += tail;

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
