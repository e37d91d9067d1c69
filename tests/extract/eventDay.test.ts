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
  // The day of a vote: the last day the text told as a vote's, a clock time on it too; else of a year written with it.
  { sentence: 'Sunak called a national election for July 4. Parliament will be dissolved on May 30, and the last day for candidates to register is June 7. Counting will begin after polls close at 10 p.m. on election day.', extent: 'election day', type: 'DATE', value: '2024-07-04', dct: '2024-05-22' },
  { sentence: 'Sunak called a national election for July 4. Parliament will be dissolved on May 30, and the last day for candidates to register is June 7. Counting will begin after polls close at 10 p.m. on election day.', extent: '10 p.m.', type: 'TIME', value: '2024-07-04T22:00', dct: '2024-05-22' },
  { sentence: "Kenyatta took 50.07 percent in Monday's election. The count was delayed after an electronic system failed on polling day.", extent: 'polling day', type: 'DATE', value: '2013-03-04', dct: '2013-03-09' },
  { sentence: 'Diaz had Madero jailed on election day in 1910.', extent: 'election day', type: 'DATE', value: '1910-XX-XX', dct: '2013-03-09' },
  // A date an infinitive takes a vote after is no vote's ("return on Sunday to contest the polls").
  { sentence: 'Pakistan will hold a general election on 11 May. Musharraf is expected to return from exile on Sunday to contest the polls. Campaigning ends two days before polling day.', extent: 'two days before polling day', type: 'DATE', value: '2013-05-09', dct: '2013-03-20' },
  { sentence: 'Kenyans voted on Monday in a presidential election. The count was delayed after a system failed on polling day.', extent: 'polling day', type: 'DATE', value: '2013-03-04', dct: '2013-03-09' },
];

describe('a day counted within an event', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));

  it('leaves a thing of the vote named by its day alone', () => {
    expect(tagTimexes('Election day violence killed 19 people, and polling day procedures were changed.', { dct: DCT })).toEqual([]);
  });

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
