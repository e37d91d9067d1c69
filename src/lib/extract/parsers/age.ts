/**
 * Ages in a life: `at the age of 18`, `at age 18`, `aged 47`. They are no timexes, but they move the story to the year
 * the person reached that age (see Draft.age): resolveValues counts it from the birth the text told and drops the draft.
 * An age written with its unit ("aged 18 months", "at the age of 26 years") is a span of life the duration parser reads.
 */
import { pattern, scan, type Parser } from '../draft.ts';
import { NUMBER_WORD_RE, numberValue } from '../lexicon.ts';

const AGE = pattern(
  new RegExp(`\\b(?:[Aa]t\\s+the\\s+age\\s+of|[Aa]t\\s+age|[Aa]ged)\\s+(\\d{1,3}|${NUMBER_WORD_RE})\\b(?![\\s-]*(?:%|percent|per\\s?cent|years?|months?|weeks?|days?)\\b)`, 'g'),
  undefined,
  // An age moves the story only in a text that tells a birth, and most texts tell none.
  ['born', 'Born'],
);

/**
 * A bare age after "at" in a life: "moved to New York at 19 and took a job", "married at 22." Only closing its phrase,
 * so not a figure ("at 19 percent", "at 19.5", "at 19:00", "at 19 Downing Street").
 */
const BARE_AGE = pattern(
  /\b(?:at|At)\s+(\d{1,2})(?=,\s|;|\.(?!\d)|\s+(?:and|when|in|after|before|as|while|but|to|with)\b)/g,
  undefined,
  ['born', 'Born'],
);

const ageDraft = (m: RegExpExecArray, s: number, e: number, min: number) => {
  const age = numberValue(m[1] ?? '');
  return age !== undefined && age >= min && age < 120
    ? { start: s, end: e, type: 'DATE' as const, value: () => 'XXXX', age, source: 'age' }
    : undefined;
};

export const ageParser: Parser = (text) => [
  ...scan(text, AGE, (m, s, e) => ageDraft(m, s, e, 1)),
  // A bare number under 10 is as often a score or a count of things as an age.
  ...scan(text, BARE_AGE, (m, s, e) => ageDraft(m, s, e, 10)),
];
