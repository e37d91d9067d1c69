import { describe, expect, test } from 'vitest';
import { roundRange, shareQuery } from '../../src/lib/share/shareUrl.ts';
import { parseViewState } from '../../src/lib/share/viewState.ts';

describe('shareQuery', () => {
  test('rounds a range of years to days, and reading the address back gives the same address', () => {
    const range = { start: Date.UTC(2022, 0, 3, 7, 12, 5, 250), end: Date.UTC(2024, 5, 1, 18) };
    const query = shareQuery({ range, event: 'a:1' }, new URLSearchParams());
    expect(query).toBe('start=2022-01-03&end=2024-06-02&event=a%3A1');
    const back = parseViewState(query).state;
    expect(shareQuery(back, new URLSearchParams())).toBe(query);
  });

  test('rounds a range of hours to seconds, never to an empty range', () => {
    expect(roundRange({ start: 1000.4, end: 1000.6 })).toEqual({ start: 1000, end: 2000 });
    expect(roundRange({ start: Date.UTC(2024, 0, 1, 10, 0, 0, 600), end: Date.UTC(2024, 0, 1, 12) })).toEqual({
      start: Date.UTC(2024, 0, 1, 10, 0, 1),
      end: Date.UTC(2024, 0, 1, 12),
    });
  });

  test('keeps parameters it does not know, such as origins, and drops stale known ones', () => {
    const current = new URLSearchParams('embed=1&origins=https%3A%2F%2Fnews.example&event=old&lanes=document&step=4');
    expect(shareQuery({ embed: true, event: 'new' }, current)).toBe('embed=1&event=new&origins=https%3A%2F%2Fnews.example');
    expect(shareQuery({ embed: true, grouping: 'precision' }, current)).toBe('embed=1&lanes=precision&origins=https%3A%2F%2Fnews.example');
  });
});
