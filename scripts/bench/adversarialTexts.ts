/**
 * Texts built to make a regular-expression tagger backtrack: long runs of digits, dashes, month names, number
 * words, unclosed time expressions. A tagger that is linear in its input tags each in a fraction of a second.
 */
export function adversarialTexts(size: number): [label: string, text: string][] {
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return [
    ['digits', repeat('1234567890')],
    ['digits and dashes', repeat('2024-04-')],
    ['month names', repeat('March April May June ')],
    ['number words', repeat('twenty-three thousand four hundred ')],
    ['dates without end', repeat('from March 3, 2024 to ')],
    ['clock times', repeat('10:30 a.m. 11:')],
    ['days and deictic words', repeat('last week on Monday at noon "today" yesterday, ')],
    ['counts of time ago', repeat('40 years ago, three days later ')],
    ['no spaces', repeat('abcdefghij')],
    ['whitespace', repeat(' \n\t ')],
  ];
}
