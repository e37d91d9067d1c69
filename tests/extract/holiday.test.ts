import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '2000-01-07';

const cases: readonly Case[] = [
  // Thanksgiving is the fourth Thursday of November: 1999-11-25.
  { sentence: 'Elian was found Thanksgiving Day clinging to an inner tube at sea.', extent: 'Thanksgiving Day', type: 'DATE', value: '1999-11-25' },
  { sentence: 'He was found clinging to an inner tube in the Atlantic last Thanksgiving.', extent: 'last Thanksgiving', type: 'DATE', value: '1999-11-25' },
  { sentence: 'Harkins confidently predicted victory by Christmas 1963.', extent: 'Christmas 1963', type: 'DATE', value: '1963-12-25' },
  { sentence: 'Bush said 5,700 personnel would be home by Christmas 2007.', extent: 'Christmas 2007', type: 'DATE', value: '2007-12-25' },
  { sentence: "Crowds gathered in the square on New Year's Eve.", extent: "New Year's Eve", type: 'DATE', value: '1999-12-31' },
];

describe('holidays', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
