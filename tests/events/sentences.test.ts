import { describe, expect, test } from 'vitest';
import { sentenceAround, splitSentences } from '../../src/lib/events/sentences.ts';
import { titleFromSentence } from '../../src/lib/events/title.ts';

describe('splitSentences', () => {
  const text = 'Moscow: Russia warned France on Wednesday.  It didn\'t elaborate.\n\nHEADLINE WITHOUT STOP\nNext line.';
  const sentences = splitSentences(text);

  test('gives trimmed sentences whose offsets slice the text', () => {
    expect(sentences.map((s) => s.text)).toEqual([
      'Moscow: Russia warned France on Wednesday.',
      "It didn't elaborate.",
      'HEADLINE WITHOUT STOP',
      'Next line.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('sentenceAround gives the sentence around a span, or the sentences it crosses', () => {
    const at = (s: string) => sentenceAround(sentences, text, text.indexOf(s), text.indexOf(s) + s.length);
    expect(at('Wednesday').text).toMatch(/^Moscow/);
    expect(at('elaborate').text).toBe("It didn't elaborate.");
    expect(at('Wednesday.  It').text).toBe("Moscow: Russia warned France on Wednesday.  It didn't elaborate.");
  });
});

describe('splitSentences and abbreviations', () => {
  test.each([
    ['The bid was extended to Nov. 16 by the board. It failed.', ['The bid was extended to Nov. 16 by the board.', 'It failed.']],
    ['It opened at 10 p.m. Wednesday in the U.S. capital. Few came.', ['It opened at 10 p.m. Wednesday in the U.S. capital.', 'Few came.']],
    ['Mr. Smith met Gen. Gerasimov. They spoke.', ['Mr. Smith met Gen. Gerasimov.', 'They spoke.']],
    ['He sold it to Acme Corp. The deal closed.', ['He sold it to Acme Corp.', 'The deal closed.']],
    ['He moved to the U.S. Then he left.', ['He moved to the U.S.', 'Then he left.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('splitSentences on a long text, which goes to the segmenter in pieces', () => {
  const paragraph = [
    'Mr. Smith met Gen. Gerasimov in Moscow on Jan. 5 to discuss the talks.',
    'The U.S. delegation arrived at 10 a.m. Tuesday, officials said.',
    'No deal was reached.',
  ];
  test.each([
    ['paragraphs on lines of their own', '\n'],
    ['one line with no break at all', ' '],
  ])('%s: every sentence whole, with offsets that slice to it', (_, joiner) => {
    const text = Array.from({ length: 300 }, () => paragraph.join(' ')).join(joiner);
    expect(text.length).toBeGreaterThan(40_000);
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(Array.from({ length: 300 }, () => paragraph).flat());
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('sentenceAround', () => {
  const text = 'It rained on Monday. Talks began on Jan. 5 and ended Tuesday. Nothing else.';
  const sentences = splitSentences(text);
  test('the sentence holding an expression, found by binary search', () => {
    expect(sentenceAround(sentences, text, text.indexOf('Tuesday'), text.indexOf('Tuesday') + 7).text).toBe('Talks began on Jan. 5 and ended Tuesday.');
    expect(sentenceAround(sentences, text, 0, 2).text).toBe('It rained on Monday.');
  });
});

describe('titleFromSentence', () => {
  test('drops a dateline and the final full stop', () => {
    expect(titleFromSentence('Moscow: Russia warned France.')).toBe('Russia warned France');
    expect(titleFromSentence('WASHINGTON (AP) — The Senate voted.')).toBe('The Senate voted');
  });

  test('keeps a sentence that is not a dateline', () => {
    expect(titleFromSentence('The call marked the first such contact since October 2022.')).toBe(
      'The call marked the first such contact since October 2022',
    );
  });

  test('cuts a long sentence at a word boundary, within the limit, with an ellipsis', () => {
    const long =
      'The Russian Defence Ministry also said in its readout of Wednesday\'s call that Lecornu offered condolences over the March 22 attack.';
    const title = titleFromSentence(long);
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).toBe('The Russian Defence Ministry also said in its readout of Wednesday\'s call that…');
  });
});
