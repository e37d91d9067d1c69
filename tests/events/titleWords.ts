import { expect } from 'vitest';

/** Every word of the title is a word of the sentence, in the sentence's order: titles are trimmed, never invented. */
export function expectWordsInOrder(title: string, sentence: string) {
  const words = (s: string) => s.toLowerCase().replace(/…$/, '').split(/[^\p{L}\p{N}'’.]+/u).map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, '')).filter(Boolean);
  const from = words(sentence);
  let at = 0;
  for (const word of words(title)) {
    const found = from.indexOf(word, at);
    expect(found, `"${word}" of "${title}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
    at = found + 1;
  }
}
