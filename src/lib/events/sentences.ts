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
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
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

function continuesAfter(previous: string, next: string, between: string): boolean {
  if (/\n/.test(between)) return false;
  return title.test(previous) || (abbreviation.test(previous) && continuation.test(next));
}

function span(text: string, { start, end }: { start: number; end: number }): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The sentences that hold the offsets [start, end) (sentences sorted by start), joined into one span. */
export function sentenceAround(sentences: readonly TextSpan[], text: string, start: number, end: number): TextSpan {
  // Binary search for the first sentence that ends after `start`: documents can hold thousands of sentences.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > start) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  if (first >= sentences.length || sentences[first]!.start >= end) return { start, end, text: text.slice(start, end) };
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < end) last++;
  const from = Math.min(start, sentences[first]!.start);
  const to = Math.max(end, sentences[last]!.end);
  return { start: from, end: to, text: text.slice(from, to) };
}
