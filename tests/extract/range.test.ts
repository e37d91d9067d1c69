import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '2009-12-19';

const cases: readonly Case[] = [
  { sentence: 'Throughout 1915-17, the British Empire suffered heavy casualties.', extent: '17', type: 'DATE', value: '1917' },
  { sentence: 'Throughout 1915-17, the British Empire suffered heavy casualties.', extent: '1915', type: 'DATE', value: '1915' },
  { sentence: 'The Battle of Mojkovac in 6-7 January 1916 covered the retreat.', extent: '6', type: 'DATE', value: '1916-01-06' },
  { sentence: 'The Battle of Mojkovac in 6-7 January 1916 covered the retreat.', extent: '7 January 1916', type: 'DATE', value: '1916-01-07' },
  { sentence: 'The Battle of Old Baldy (26 June - 4 August 1952) was costly.', extent: '26 June', type: 'DATE', value: '1952-06-26' },
  { sentence: 'In 1990-94, North Korea returned remains.', extent: '94', type: 'DATE', value: '1994' },
];

describe('ranges tag both ends', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
