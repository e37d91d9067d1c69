/**
 * A rough tense for the clause around a timex, from auxiliaries and verb forms: enough to decide whether a bare
 * "Friday" or "March" lies before or after the reference day. No POS tagger: the nearest marker wins, measured
 * from the timex's edges, and a tie goes to the past (news mostly reports what happened).
 *
 * Markers and sentence ends are found once per text and looked up by binary search, so asking for the tense of
 * every timex stays linear in the text (scanning each sentence again per timex was quadratic on long sentences).
 */
import type { Tense } from '../draft.ts';

/**
 * Modal and intention words; "may" only in lower case, since "May" is a month. A plan in the past perfect ("had been
 * due to expire Friday") was overtaken: its day has gone by, so "had" (past) decides.
 */
const FUTURE =
  /\b(?:will|won't|shall|'ll|going\s+to|(?:plans?|planned|planning|intends?|intended|expects?|expected|scheduled|set|due|is|are|hopes?|wants?)(?<!\bhad\s{1,3}been\s{1,3}\w{1,12})\s+to\s+\w+|scheduled(?<!\bhad\s{1,3}been\s{1,3}scheduled)|effective|would|might|next|upcoming|as\s+(?:early|soon)\s+as|to\s+be\s+held|starting|beginning)\b/gi;
const MAY = /\bmay\b/g;
/** Bounded lookbehind: an unbounded `\s+` there rescans a run of spaces at every position. */
const PAST =
  /\b(?:was|were|had|did|said|told|ago|last|earlier|met|came|went|took|gave|made|began|left|held|saw|got|won|lost|fell|rose|sold|bought|paid|led|spoke|wrote|found|struck|broke|shot|hit|ran|sent|brought|(?<!\b(?:will|would|to|be|been|being)\s{1,3}(?:\w{1,20}\s{1,3})?)\w{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|says|say|remains?)\b/gi;

/** Marker spans in text order; within one list they never overlap, so ends are sorted too. */
interface Spans {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The matches of `res` inside the given stretches of text, sorted by end. */
function spansIn(text: string, ranges: readonly (readonly [number, number])[], ...res: RegExp[]): Spans {
  const found: [number, number][] = [];
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    for (const re of res) for (const m of part.matchAll(re)) found.push([from + m.index, from + m.index + m[0].length]);
  }
  // Two lists merged (FUTURE and MAY) can interleave; sort by end so the "last before" search stays valid.
  found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return { starts: found.map((f) => f[0]), ends: found.map((f) => f[1]) };
}

/** Offsets of the characters that end a sentence (. ! ? and line breaks); a plain loop, as this runs on every text. */
function sentenceStops(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) out.push(i);
  }
  return out;
}

/** Index of the first element of a sorted array that is ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Distance from the timex to the closest marker between `from` and `start` (left) or `end` and `to` (right). */
function distanceLeft(s: Spans, from: number, start: number): number {
  // The last marker ending at or before the timex; with equal ends the one starting latest is last.
  const i = lowerBound(s.ends, start + 1) - 1;
  if (i < 0) return Infinity;
  return (s.starts[i] ?? -1) >= from ? start - (s.ends[i] ?? 0) : Infinity;
}

function distanceRight(s: Spans, end: number, to: number): number {
  let best = Infinity;
  // Sorted by end, the first marker starting after the timex is found among the next few ends.
  for (let i = lowerBound(s.ends, end + 1); i < s.ends.length && (s.ends[i] ?? 0) <= to; i++) {
    const a = s.starts[i] ?? 0;
    if (a >= end) best = Math.min(best, a - end);
    if (a - end > best) break;
  }
  return best;
}

function decide(f: number, p: number, pr: number): Tense {
  if (f === Infinity && p === Infinity && pr === Infinity) return 'unknown';
  // Words like "scheduled" match both lists; intention wins.
  if (f <= p && f <= pr) return 'future';
  return p <= pr ? 'past' : 'present';
}

export type TenseLookup = (start: number, end: number) => Tense;

/** How far from the timex a marker may be: a verb further away than this hardly governs it. Bounds the work too. */
const REACH = 300;

/**
 * Prepares the markers around the given timexes once; the returned function gives the tense around any of them
 * (only those: markers elsewhere in the text are not looked for).
 */
export function createTenseLookup(text: string, timexes: readonly { readonly start: number; readonly end: number }[]): TenseLookup {
  const stops = sentenceStops(text);
  /** The timex's sentence, cut to REACH characters on each side. */
  const clause = (start: number, end: number): [number, number] => {
    const before = lowerBound(stops, start) - 1;
    const s = before >= 0 ? (stops[before] ?? 0) + 1 : 0;
    const e = stops[lowerBound(stops, end)] ?? text.length;
    return [Math.max(s, start - REACH), Math.min(e, end + REACH)];
  };
  const ranges: [number, number][] = [];
  for (const t of [...timexes].sort((a, b) => a.start - b.start)) {
    const [s, e] = clause(t.start, t.end);
    const last = ranges[ranges.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  const future = spansIn(text, ranges, FUTURE, MAY);
  const past = spansIn(text, ranges, PAST);
  const present = spansIn(text, ranges, PRESENT);
  return (start, end) => {
    // "Wednesday's ruling": a possessive names an event that has happened.
    if (/^['’]s\b/.test(text.slice(end, end + 3))) return 'past';
    const [s, e] = clause(start, end);
    // The verb governing an adverbial usually comes before it ("said Friday", "will meet in May"), so look left first.
    const left = decide(distanceLeft(future, s, start), distanceLeft(past, s, start), distanceLeft(present, s, start));
    if (left !== 'unknown') return left;
    return decide(distanceRight(future, end, e), distanceRight(past, end, e), distanceRight(present, end, e));
  };
}
