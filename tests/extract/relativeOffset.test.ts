import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-03-05';

const cases: readonly Case[] = [
  { sentence: 'The bridge collapsed two years ago, officials said.', extent: 'two years ago', type: 'DATE', value: '1996' },
  { sentence: 'Profit rose last year on strong sales.', extent: 'last year', type: 'DATE', value: '1997' },
  { sentence: 'The vote is expected next month.', extent: 'next month', type: 'DATE', value: '1998-04' },
  { sentence: 'Stocks fell this week in Tokyo.', extent: 'this week', type: 'DATE', value: '1998-W10' },
  { sentence: 'Prices dropped sharply last week.', extent: 'last week', type: 'DATE', value: '1998-W09' },
  { sentence: 'The deal was signed on June 5, 1997. The next day, shares jumped.', extent: 'The next day', type: 'DATE', value: '1997-06-06' },
  { sentence: 'Troops landed on 15 September 1950; two days later they took the airfield.', extent: 'two days later', type: 'DATE', value: '1950-09-17' },
  { sentence: 'Earnings fell in the third quarter from $2 million a year earlier.', extent: 'a year earlier', type: 'DATE', value: '1996-Q3' },
  { sentence: 'Net income compared with $5 million in the year-ago quarter.', extent: 'the year-ago quarter', type: 'DATE', value: '1996-Q4' },
  { sentence: 'Profit fell in the fourth quarter from the year-ago quarter.', extent: 'the year-ago quarter', type: 'DATE', value: '1996-Q4' },
  { sentence: 'Shares hit a high earlier this month before falling.', extent: 'this month', type: 'DATE', value: '1998-03' },
  { sentence: 'Enlistments expired at the end of the year.', extent: 'the end of the year', type: 'DATE', value: '1998', mod: 'END' },
  { sentence: 'Xerxes crossed into Europe in 480 BC; a decade earlier Darius had landed at Marathon.', extent: 'a decade earlier', type: 'DATE', value: 'BC049' },
];

describe('offsets count from the DCT or the last mentioned time', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
