import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-01-08';

const cases: readonly Case[] = [
  { sentence: 'The market boomed in the 1980s.', extent: 'the 1980s', type: 'DATE', value: '198' },
  { sentence: 'Growth slowed in the early 1990s.', extent: 'the early 1990s', type: 'DATE', value: '199', mod: 'START' },
  { sentence: "It was a hit in the '60s.", extent: "the '60s", type: 'DATE', value: '196' },
  { sentence: 'The city flourished in the 20th century.', extent: 'the 20th century', type: 'DATE', value: '19' },
  { sentence: 'Trade grew in the nineteenth century.', extent: 'the nineteenth century', type: 'DATE', value: '18' },
  { sentence: 'Athens rose in the 5th century BC.', extent: 'the 5th century BC', type: 'DATE', value: 'BC04' },
  { sentence: 'During the 1950s and 60s the region was rebuilt.', extent: '60s', type: 'DATE', value: '196' },
];

describe('decades and centuries', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
