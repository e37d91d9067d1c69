/**
 * The sentence around an offset, cut from the text by its stops, and the quotation it is in: for the few rules that
 * read a whole clause.
 */
import { isSpace } from './chars.ts';

/** Closing quotes and brackets, which may stand between a sentence's stop and the space after it. */
const CLOSERS: ReadonlySet<number> = new Set([34, 39, 41, 0x2019, 0x201d]); // " ' ) ’ ”

/** Does the ".", "!" or "?" at `i` end a sentence: is a space next, maybe after a closing quote (not "$5.2", "U.S.-led")? */
function stopsAt(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || (CLOSERS.has(next) && isSpace(text.charCodeAt(i + 2)));
}

/** The text from the start of the sentence up to `at`, at most `reach` characters back; a line break ends one too. */
export const sentenceBefore = (text: string, at: number, reach = 300): string => {
  // A backward scan for the last stop: a pattern anchored at the end would be tried from every position.
  const from = Math.max(0, at - reach);
  let i = at - 1;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && stopsAt(text, i))) break;
  }
  return text.slice(i + 1, at);
};

/** The text from `at` up to the end of its sentence (its stop left out), at most `reach` characters on. */
export const sentenceAfter = (text: string, at: number, reach = 300): string => {
  const to = Math.min(text.length, at + reach);
  let i = at;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && stopsAt(text, i))) break;
  }
  return text.slice(at, i);
};

/** The sentence of the stretch `start`…`end`, at most `reach` characters on each side of it. */
export const sentenceAround = (text: string, start: number, end: number, reach = 300): string =>
  sentenceBefore(text, start, reach) + text.slice(start, end) + sentenceAfter(text, end, reach);

/**
 * Where the quote that `at` stands in opens: the last quote mark before `at`, within its line and `reach` characters,
 * when it is one that opens a quote (a curly one, or a straight one after a space); -1 otherwise. The quote that closes
 * after `at` is then the one `at` is in.
 */
export function openingQuoteBefore(text: string, at: number, reach: number): number {
  const from = Math.max(0, at - reach);
  const before = text.slice(from, at);
  const mark = Math.max(before.lastIndexOf('"'), before.lastIndexOf('“'), before.lastIndexOf('”'));
  if (mark < 0 || before.includes('\n', mark) || before[mark] === '”') return -1;
  return before[mark] === '“' || from + mark === 0 || OPENING_BEFORE.test(text[from + mark - 1] ?? '') ? from + mark : -1;
}
export const opensQuoteBefore = (text: string, at: number, reach: number): boolean => openingQuoteBefore(text, at, reach) >= 0;
const OPENING_BEFORE = /[\s(\[—–-]/;

/** Is `at` inside a quotation opened in its paragraph (an odd number of straight quotes, or a curly one left open)? */
export function insideQuote(text: string, at: number): boolean {
  // Within a bounded stretch: a search back for the paragraph's start would cross a whole text without line breaks.
  const window = text.slice(Math.max(0, at - 3000), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}
