import { expect, test } from 'vitest';
import { formatEventDate } from '../../src/lib/format/formatEventDate.ts';

const at = (iso: string) => Date.parse(iso);

test.each([
  [{ value: '2024-04-03', granularity: 'day', start: at('2024-04-03') }, 'Wednesday, 3 April 2024'],
  [{ value: '2024-02', granularity: 'month', start: at('2024-02-01') }, 'February 2024'],
  [{ value: '2022', granularity: 'year', start: at('2022-01-01'), mod: 'START' }, 'early 2022'],
  [{ value: '199X', granularity: 'decade', start: at('1990-01-01') }, '1990s'],
  [{ value: '19', granularity: 'century', start: at('1900-01-01') }, '20th century'],
  [{ value: '2024-Q1', granularity: 'quarter', start: at('2024-01-01') }, 'Q1 2024'],
  [{ value: '2024-SP', granularity: 'season', start: at('2024-03-01') }, 'spring 2024'],
  [{ value: '2024-04-03T15:30', granularity: 'minute', start: at('2024-04-03T15:30Z') }, '3 April 2024 at 15:30'],
] as const)('formatEventDate(%o) is "%s"', (event, text) => {
  expect(formatEventDate(event)).toBe(text);
});
