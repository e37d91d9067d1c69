import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

/** A Thursday. */
const DCT = '2024-04-04';

const cases: readonly Case[] = [
  // Said to be the day of writing.
  { sentence: "It's the third day of a strike by rail workers over pay.", extent: 'the third day', type: 'DATE', value: '2024-04-04' },
  { sentence: 'Today is the tenth day of the siege, and food is running out.', extent: 'the tenth day', type: 'DATE', value: '2024-04-04' },
  // The day the text named, renamed by an apposition or said to be it.
  { sentence: 'Troops crossed the river on Tuesday, the second day of the offensive, and took the town.', extent: 'the second day of the offensive', type: 'DATE', value: '2024-04-02' },
  { sentence: 'On 14 March 1944, the fifth day of the battle, the garrison surrendered.', extent: 'the fifth day of the battle', type: 'DATE', value: '1944-03-14' },
  { sentence: 'Monday was the first day of the walkout at the port.', extent: 'the first day', type: 'DATE', value: '2024-04-01' },
  { sentence: 'The talks resumed on March 28. It was the fourth day of negotiations.', extent: 'the fourth day', type: 'DATE', value: '2024-03-28' },
];

describe('a day counted within an event', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));

  it('leaves a counted day alone where nothing says which day it is', () => {
    expect(tagTimexes('On the seventh day the defenders opened the gates.', { dct: DCT })).toEqual([]);
    // A figure before the comma is no date.
    expect(tagTimexes('The index rose 3, the third day of gains.', { dct: DCT })).toEqual([]);
  });

  it('leaves a day of the calendar to the calendar, and stops the event at its name', () => {
    const found = tagTimexes('In 2019, the first day of the year was cold.', { dct: DCT }).map((t) => [t.text, t.value]);
    expect(found).toEqual([['2019', '2019'], ['the first day of the year', '2019-01-01']]);
  });
});
