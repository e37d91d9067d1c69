/** The sentence around an offset, cut from the text by its stops: for the few rules that read a whole clause. */

/** The text from the start of the sentence up to `at` (at most 300 characters back). */
export const sentenceBefore = (text: string, at: number): string => {
  // A backward scan for the last stop: a pattern anchored at the end would be tried from every position.
  const from = Math.max(0, at - 300);
  let i = at - 1;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
  }
  return text.slice(i + 1, at);
};

/** Is `at` inside a quotation opened in its paragraph (an odd number of straight quotes, or a curly one left open)? */
export function insideQuote(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const before = text.slice(Math.max(from, at - 3000), at);
  return (before.split('"').length - 1) % 2 === 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
}
