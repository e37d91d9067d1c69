import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1989-10-25';

const cases: readonly Case[] = [
  { sentence: 'Profit rose 10% in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'Third-quarter earnings fell.', extent: 'Third-quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'The company expects a loss in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '1989-Q4' },
  { sentence: 'Sales rose in the first quarter of 1988.', extent: 'the first quarter of 1988', type: 'DATE', value: '1988-Q1' },
  { sentence: "Earnings improved in next year's first quarter.", extent: "next year's first quarter", type: 'DATE', value: '1990-Q1' },
  { sentence: 'Revenue grew in the first half of 1989.', extent: 'the first half of 1989', type: 'DATE', value: '1989-H1' },
  { sentence: 'The plant was closed last summer.', extent: 'last summer', type: 'DATE', value: '1989-SU' },
  { sentence: 'Earnings rose 5% in the third quarter. Revenue for the quarter was flat.', extent: 'the quarter', type: 'DATE', value: '1989-Q3' },
];

describe('quarters, halves and seasons', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
