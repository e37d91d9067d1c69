import { describe, expect, it } from 'vitest';
import { sentenceAfter, sentenceAround, sentenceBefore } from '../../src/lib/extract/sentence.ts';

const before = (text: string, word: string, reach?: number): string => sentenceBefore(text, text.indexOf(word), reach);

describe('the sentence before an offset', () => {
  it.each([
    ['The plant closed. On Monday it reopened.', 'Monday', ' On '],
    ['Did it close? On Monday it reopened.', 'Monday', ' On '],
    ['He said "no." Then on Monday it reopened.', 'Monday', '" Then on '],
    ['It closed\nOn Monday it reopened.', 'Monday', 'On '],
    // No stop inside a number, an abbreviation with a hyphen or a clock time.
    ['Sales rose to $5.2 million on Monday.', 'Monday', 'Sales rose to $5.2 million on '],
    ['The U.S.-led force left on Monday.', 'Monday', 'The U.S.-led force left on '],
    ['It opened at 4.30pm on Monday.', 'Monday', 'It opened at 4.30pm on '],
  ])('%j before "%s" is %j', (text, word, expected) => {
    expect(before(text, word)).toBe(expected);
  });

  it('looks back no further than its reach', () => {
    expect(before('a'.repeat(500) + ' on Monday', 'Monday', 20)).toBe('a'.repeat(16) + ' on ');
  });
});

describe('the sentence after and around an offset', () => {
  it.each([
    ['The plant reopened on Monday. It had closed.', 'Monday', 'Monday'],
    ['It reopened on Monday, with sales of $5.2 million. Then it closed.', 'Monday', 'Monday, with sales of $5.2 million'],
    ['It reopened on Monday!\nIt closed.', 'Monday', 'Monday'],
    ['Sales rose to $5.2 million on Monday', 'Sales', 'Sales rose to $5.2 million on Monday'],
  ])('%j after "%s" is %j', (text, word, expected) => {
    expect(sentenceAfter(text, text.indexOf(word))).toBe(expected);
  });

  it('reads the whole sentence of a stretch, within reach', () => {
    const text = 'It closed. The plant, worth $5.2 million, reopened on Monday after a fire. Then it rained.';
    const at = text.indexOf('Monday');
    expect(sentenceAround(text, at, at + 6)).toBe(' The plant, worth $5.2 million, reopened on Monday after a fire');
    expect(sentenceAround(text, at, at + 6, 10)).toBe('opened on Monday after a f');
  });
});
