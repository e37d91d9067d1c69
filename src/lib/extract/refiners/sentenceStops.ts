/**
 * Where a text's sentences end, for the tense reading: a dot that is no decimal point, initial or abbreviation, "!",
 * "?" and line breaks. Found once per text.
 */
import { isAsciiLetter, isDigit } from '../chars.ts';
import { matchesAt } from '../draft.ts';
import { MONTH_RE, SPOKEN_ZONE_RE, WEEKDAY_RE, ZONE_RE } from '../lexicon.ts';

/**
 * Words that end with a dot without ending the sentence: titles, company suffixes, month abbreviations. A single
 * capital before the dot is an initial ("U.S.", "John F. Kennedy") and does not end it either.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'prof',
  'inc', 'corp', 'co', 'ltd', 'bros', 'vs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** A space, tab or line break: what may follow a full stop (a wider `\\s` would end sentences at other dots). */
const isPlainSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Is the dot at `i` a full stop? Not inside a number ("5.2"), an initialism ("U.S.") or after an abbreviation
 * ("Inc.", "Oct."): a decimal point must not cut "earned $5.2 million in the quarter" off from its verb.
 */
function isFullStop(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (i + 1 < text.length && !isPlainSpace(next) && next !== 34 && next !== 39 && next !== 41) return false;
  let j = i;
  while (j > 0 && j > i - 6 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  const word = text.slice(j, i);
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
  // "7 a.m. on Sunday", "e.g. in May", "9 a.m. (0800 GMT) on Friday": a dotted abbreviation ends the sentence only
  // before a capital.
  if (word.length === 1 && text.charCodeAt(j - 1) === 46) {
    let k = i + 1;
    while (k < text.length && isPlainSpace(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 40) return false;
    // "at 6 a.m. Easter Sunday", "7 p.m. Christmas Eve", "2 p.m. EDT", "7 a.m. AEDT on Thursday", "5 p.m. New York time
    // on Friday": the day or zone of the clock time goes on.
    if (word === 'm' && c >= 65 && c <= 90) {
      if (matchesAt(DAY_AFTER_CLOCK, text, k)) return false;
    }
  }
  const lower = word.toLowerCase();
  // "No." numbers what follows ("No. 10 Downing Street"); before a word it is the answer that ends a sentence ("voted
  // no. And").
  if (lower === 'no') return !isDigit(text.charCodeAt(i + 2)) && !isDigit(text.charCodeAt(i + 1));
  return !ABBREVIATIONS.has(lower);
}

/** A place's clock after a clock time: "New York time", "Hong Kong time", "Paris time". */
const PLACE_TIME = '(?!(?:Some|Any|This|That|The|Each|Every|No|By|At|In|On|For|From|Since|Last|Next|Over|All|Another|One|A|Same|Half|Full|Part|Prime|Game|Dinner|Lunch|Tea|Bed|Play|Extra|Injury|Summer|Winter)\\s)[A-Z][a-z]{1,20}(?:\\s+[A-Z][a-z]{1,20})?\\s+[Tt]ime';
/**
 * A day, a feast or a time zone (any of the lexicon's, or a place's clock: "New York time", "Baghdad time"), which
 * "a.m."/"p.m." before it does not end a sentence before. Not a sentence opening on a word before "time" ("Some time
 * later").
 */
const DAY_AFTER_CLOCK = new RegExp(
  `(?:${WEEKDAY_RE}|${MONTH_RE}|Christmas|Easter|Thanksgiving|New\\s+Year|Good\\s+Friday|${ZONE_RE}|${PLACE_TIME})\\b|${SPOKEN_ZONE_RE}`,
  'y',
);

const STOP_CHARS = /[.!?\n]/g;
/** Offsets of the characters that end a sentence (. ! ? and line breaks); the regex engine skips the rest fast. */
export function sentenceStops(text: string): number[] {
  const out: number[] = [];
  STOP_CHARS.lastIndex = 0;
  for (let m = STOP_CHARS.exec(text); m; m = STOP_CHARS.exec(text)) {
    if (text.charCodeAt(m.index) !== 46 || isFullStop(text, m.index)) out.push(m.index);
  }
  return out;
}

/** Does a sentence end between `from` and `to`? For a rule that asks of a short stretch, not of the whole text. */
export function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 10 || (c === 46 && isFullStop(text, i))) return true;
  }
  return false;
}
