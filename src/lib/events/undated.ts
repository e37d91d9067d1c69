/**
 * Mentions of events the text does not date: an expression that cannot be placed ("in the future", "February" in a
 * document without a date) or a noun phrase that announces an event ("a planned round of peace talks"). They are kept,
 * with their source, in the timeline's undated list rather than dropped or given a guessed date.
 */
import type { TextSpan } from './types.ts';

/**
 * "a planned round of talks", "the proposed merger", "an upcoming summit", "possible future negotiations": words that
 * announce an undated event, with or without an article.
 */
export const announcement =
  /\b(?:(?:a|an|the)\s+)?(?:planned|scheduled|proposed|upcoming|forthcoming|expected|possible|prospective|future)\s+(?:round\s+of\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:talks|negotiations|meeting|summit|visit|trip|vote|election|merger|deal|agreement|strike|trial|hearing|conference|offering|sale|deployment|attack|offensive|withdrawal|release|launch|referendum|ceremony|acquisition|takeover|round)\b/giu;

/** The announcing phrases in a span of text (a sentence), with document offsets. */
export function announcementsIn(sentence: TextSpan): TextSpan[] {
  const found: TextSpan[] = [];
  for (const m of sentence.text.matchAll(announcement)) {
    const start = sentence.start + (m.index ?? 0);
    found.push({ start, end: start + m[0].length, text: m[0] });
  }
  return found;
}
