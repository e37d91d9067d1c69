/**
 * A rough tense for the clause around a timex, from auxiliaries and verb forms: enough to decide whether a bare
 * "Friday" or "March" lies before or after the reference day. No POS tagger: the nearest marker wins, measured
 * from the timex's edges, and a tie goes to the past (news mostly reports what happened).
 */
import type { Tense } from '../draft.ts';

/** Modal and intention words; "may" only in lower case, since "May" is a month. */
const FUTURE =
  /\b(?:will|won't|shall|'ll|going\s+to|(?:plans?|planned|planning|intends?|intended|expects?|expected|scheduled|set|due|is|are|hopes?|wants?)\s+to\s+\w+|scheduled|effective|would|might|next|upcoming|as\s+(?:early|soon)\s+as|to\s+be\s+held|starting|beginning)\b/gi;
const MAY = /\bmay\b/g;
const PAST =
  /\b(?:was|were|had|did|said|told|ago|last|earlier|met|came|went|took|gave|made|began|left|held|saw|got|won|lost|fell|rose|sold|bought|paid|led|spoke|wrote|found|struck|broke|shot|hit|ran|sent|brought|(?<!\b(?:will|would|to|be|been|being)\s+(?:\w+\s+)?)\w{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|says|say|remains?)\b/gi;

/** The sentence around [start, end): from the previous sentence end to the next. */
function sentenceAround(text: string, start: number, end: number): readonly [number, number] {
  const before = text.slice(0, start);
  const s = Math.max(before.search(/[^.!?\n]*$/), 0);
  const after = /[.!?\n]/.exec(text.slice(end));
  return [s, after ? end + after.index : text.length];
}

/** Distance in characters from the timex to the closest match of `re` in [from, to), ignoring the timex itself. */
function nearest(text: string, re: RegExp, from: number, to: number, start: number, end: number): number {
  let best = Infinity;
  for (const m of text.slice(from, to).matchAll(re)) {
    const a = from + (m.index ?? 0);
    const b = a + m[0].length;
    if (b > start && a < end) continue;
    best = Math.min(best, b <= start ? start - b : a - end);
  }
  return best;
}

function closest(text: string, from: number, to: number, start: number, end: number): Tense {
  const f = Math.min(nearest(text, FUTURE, from, to, start, end), nearest(text, MAY, from, to, start, end));
  const p = nearest(text, PAST, from, to, start, end);
  const pr = nearest(text, PRESENT, from, to, start, end);
  if (f === Infinity && p === Infinity && pr === Infinity) return 'unknown';
  // Words like "scheduled" match both lists; intention wins.
  if (f <= p && f <= pr) return 'future';
  return p <= pr ? 'past' : 'present';
}

/** The verb governing an adverbial usually comes before it ("said Friday", "will meet in May"), so look left first. */
export function tenseAround(text: string, start: number, end: number): Tense {
  // "Wednesday's ruling": a possessive names an event that has happened.
  if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'past';
  const [s, e] = sentenceAround(text, start, end);
  const left = closest(text, s, start, start, end);
  return left !== 'unknown' ? left : closest(text, end, e, start, end);
}
