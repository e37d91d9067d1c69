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

export const ageParser: Parser = (text) =>
  scan(text, AGE, (m, s, e) => {
    const age = numberValue(m[1] ?? '');
    return age !== undefined && age > 0 && age < 120
      ? { start: s, end: e, type: 'DATE', value: () => 'XXXX', age, source: 'age' }
      : undefined;
  });
