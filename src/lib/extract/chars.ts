/**
 * Character classes read by hand, one character code at a time: where a regex anchored at the end of a slice would be
 * tried at every position of it, or run once per trigger of a text.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A–Z. */
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;

/** A–Z, a–z: what `\b` counts as a letter. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What `\w` matches: a letter, a digit or `_`. */
export const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;

/** What `\s` matches, so a check by hand lets through whatever the patterns it stands for can read. */
export const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
  c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `/`, as in a fraction ("3 1/2") or a date ("12/05"). */
export const SLASH = 47;

/** A straight or a curly apostrophe: `'` or `’`. */
export const isApostrophe = (c: number): boolean => c === 39 || c === 8217;
