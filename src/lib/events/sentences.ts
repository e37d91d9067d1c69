import type { TextSpan } from './types.ts';

/**
 * Splits text into sentences with offsets into it, trimmed of surrounding whitespace; empty segments are dropped.
 * Intl.Segmenter follows Unicode sentence rules, which also end a sentence at a line break (headlines, datelines).
 */
export function splitSentences(text: string, locale = 'en'): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const { segment, index } of new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (trimmed) spans.push({ start: index + lead, end: index + lead + trimmed.length, text: trimmed });
  }
  return spans;
}

/** The sentence that contains the offset (sentences sorted by start), or undefined between sentences. */
export function sentenceAt(sentences: readonly TextSpan[], offset: number): TextSpan | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
