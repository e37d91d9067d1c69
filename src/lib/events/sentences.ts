import type { TextSpan } from './types.ts';

/** A title before a name: the sentence goes on ("Mr. Smith", "Gen. Gerasimov"). */
const title = /\b(?:Mr|Mrs|Ms|Messrs|Dr|Prof|Sen|Sens|Rep|Reps|Gov|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Brig|Rev|Hon|Pres|Atty|Supt|St|Mt|Ft)\.$/;
/** An abbreviation or initialism ("Sept.", "U.S.", "p.m.", "Corp."): the sentence goes on if the next word does not
 * start one, which in news text is when it is lower case, a number, or a day, month or time-zone name. */
const abbreviation = /(?:\b\p{L}\.(?:\p{L}\.)+|\b\p{L}{1,5}\.)$/u;
const continuation = /^(?:[\p{Ll}\d(]|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b|[ECMP][SD]T\b|GMT\b|UTC\b)/u;

/**
 * Splits text into sentences with offsets into it, trimmed of surrounding whitespace; empty segments are dropped.
 * Intl.Segmenter follows Unicode sentence rules, which also end a sentence at a line break (headlines, datelines),
 * but it breaks after every abbreviation ("on Jan. | 5"); those breaks are mended here.
 */
export function splitSentences(text: string, locale = 'en'): TextSpan[] {
  const spans: TextSpan[] = [];
  let pending: { start: number; end: number } | undefined;
  for (const { segment, index } of sentenceSegments(text, locale)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + lead;
    const end = start + trimmed.length;
    if (pending && continuesAfter(text.slice(pending.start, pending.end), trimmed, text.slice(pending.end, start))) {
      pending.end = end;
    } else {
      if (pending) spans.push(span(text, pending));
      pending = { start, end };
    }
  }
  if (pending) spans.push(span(text, pending));
  return spans;
}

/** Pieces are this long at least before a cut is looked for; a line break is looked for up to `lineWindow` further. */
const pieceLength = 8192;
const lineWindow = 24576;

/**
 * Intl.Segmenter's sentences of `text`, with offsets into it. It slows down more than linearly on a long text (a
 * 4 MB document took minutes), so the text goes to it in pieces of about 8 kB, cut after a line break, which ends a
 * sentence under the Unicode rules anyway; a text without one is cut after a sentence end, or at a space.
 */
function* sentenceSegments(text: string, locale: string): Generator<{ segment: string; index: number }> {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (let from = 0; from < text.length; ) {
    const to = pieceEnd(text, from);
    for (const { segment, index } of segmenter.segment(text.slice(from, to))) yield { segment, index: from + index };
    from = to;
  }
}

function pieceEnd(text: string, from: number): number {
  const least = from + pieceLength;
  if (least >= text.length) return text.length;
  const line = text.indexOf('\n', least);
  if (line >= 0 && line < least + lineWindow) return line + 1;
  const window = text.slice(least, least + lineWindow);
  const sentenceEnd = /[.!?]["'”’)\]]*\s+(?=[\p{Lu}\d"“‘'(])/u.exec(window);
  if (sentenceEnd) return least + sentenceEnd.index + sentenceEnd[0].length;
  const space = window.search(/\s/);
  return space >= 0 ? least + space + 1 : Math.min(text.length, least + lineWindow);
}

function continuesAfter(previous: string, next: string, between: string): boolean {
  if (/\n/.test(between)) return false;
  return title.test(previous) || (abbreviation.test(previous) && continuation.test(next));
}

function span(text: string, { start, end }: { start: number; end: number }): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/**
 * The first index of `items` at which `after` holds, where it holds for all items from some index on (false, …,
 * false, true, …, true); `items.length` when it never does. A binary search: documents hold thousands of sentences
 * and dates.
 */
export function firstWhere<T>(items: readonly T[], after: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The spans (sorted by start) that lie within [start, end). */
export function spansWithin<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const within: T[] = [];
  for (let i = firstWhere(spans, (s) => s.start >= start); i < spans.length && spans[i]!.start < end; i++) {
    if (spans[i]!.end <= end) within.push(spans[i]!);
  }
  return within;
}

/** The sentences that hold the offsets [start, end) (sentences sorted by start), joined into one span. */
export function sentenceAround(sentences: readonly TextSpan[], text: string, start: number, end: number): TextSpan {
  const first = firstWhere(sentences, (s) => s.end > start);
  if (first >= sentences.length || sentences[first]!.start >= end) return { start, end, text: text.slice(start, end) };
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  const from = Math.min(start, sentences[first]!.start);
  const to = Math.max(end, sentences[last]!.end);
  return { start: from, end: to, text: text.slice(from, to) };
}
