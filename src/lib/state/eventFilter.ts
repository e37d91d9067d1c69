import type { TimelineEvent } from '../events/types.ts';

/** The words of a filter, lower-cased; none for a filter of only spaces, which then keeps every event. */
export function filterWords(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/u).filter(Boolean);
}

/**
 * Whether an event passes the filter: it names every chosen participant, and each word is somewhere in its title or
 * its quotes, in any order ("concert moscow" finds "Moscow concert hall").
 */
export function matchesFilter(event: TimelineEvent, words: readonly string[], participants: readonly string[]): boolean {
  if (participants.some((p) => !event.participants?.includes(p))) return false;
  if (!words.length) return true;
  const texts = [event.title, ...event.sources.map((s) => s.sentence.text)].map((t) => t.toLocaleLowerCase());
  return words.every((word) => texts.some((t) => t.includes(word)));
}
