import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1989-11-02';

const cases: readonly Case[] = [
  { sentence: 'The board will meet Dec. 7 to consider the offer.', extent: 'Dec. 7', type: 'DATE', value: '1989-12-07' },
  { sentence: 'The quarter ended Sept. 30, the company said.', extent: 'Sept. 30', type: 'DATE', value: '1989-09-30' },
  { sentence: 'Shares fell sharply in June, traders said.', extent: 'June', type: 'DATE', value: '1989-06' },
  { sentence: 'The merger is expected to close in January.', extent: 'January', type: 'DATE', value: '1990-01' },
  { sentence: 'He resigned last May after the scandal.', extent: 'last May', type: 'DATE', value: '1989-05' },
  { sentence: 'Elections are planned for next March.', extent: 'next March', type: 'DATE', value: '1990-03' },
  { sentence: 'The truce took effect on 20 July.', extent: '20 July', type: 'DATE', value: '1989-07-20' },
  { sentence: 'Talks resumed in mid-November in Geneva.', extent: 'mid-November', type: 'DATE', value: '1989-11', mod: 'MID' },
  { sentence: 'Troops arrived by early October.', extent: 'early October', type: 'DATE', value: '1989-10', mod: 'START' },
  { sentence: 'The agreement was signed in May by both sides.', extent: 'May', type: 'DATE', value: '1989-05' },
  { sentence: 'The crisis began in March 1940. In August of that year, the offensive resumed.', extent: 'August of that year', type: 'DATE', value: '1940-08' },
];

describe('months without a year take it from the DCT and the tense', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
