import { describe, expect, test } from 'vitest';
import { formatInstant, formatViewState, parseInstant, parseViewState } from '../../src/lib/share/viewState.ts';

describe('parseInstant and formatInstant', () => {
  test.each([
    ['2024', Date.UTC(2024, 0, 1), '2024-01-01'],
    ['2024-04', Date.UTC(2024, 3, 1), '2024-04-01'],
    ['2024-04-03', Date.UTC(2024, 3, 3), '2024-04-03'],
    ['2024-04-03T15:30', Date.UTC(2024, 3, 3, 15, 30), '2024-04-03T15:30'],
    ['2024-04-03T15:30:20Z', Date.UTC(2024, 3, 3, 15, 30, 20), '2024-04-03T15:30:20Z'],
  ])('%s is %d, written back as %s', (text, instant, written) => {
    expect(parseInstant(text)).toBe(instant);
    expect(formatInstant(instant)).toBe(written);
  });

  test('years before 100 and BCE years are not shifted into the 1900s', () => {
    const year50 = parseInstant('0050')!;
    expect(new Date(year50).getUTCFullYear()).toBe(50);
    const bce = parseInstant('-0500')!;
    expect(new Date(bce).getUTCFullYear()).toBe(-500);
    expect(parseInstant(formatInstant(bce))).toBe(bce);
  });

  test.each(['2024-02-30', '2024-13', '2024-04-03T24:00', 'yesterday', '', '2024/04/03'])('%s is not an instant', (text) => {
    expect(parseInstant(text)).toBeUndefined();
  });
});

describe('parseViewState', () => {
  test('reads every parameter', () => {
    const { state, ignored } = parseViewState(
      '?src=data/t.json&start=2022-01-01&end=2024-06-01&event=seed:121&q=call&who=shoigu,lecornu&lanes=document&embed=1&present=1&step=3&theme=dark',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      src: 'data/t.json',
      range: { start: Date.UTC(2022, 0, 1), end: Date.UTC(2024, 5, 1) },
      event: 'seed:121',
      query: 'call',
      participants: ['shoigu', 'lecornu'],
      grouping: 'document',
      embed: true,
      present: { step: 2 },
      theme: 'dark',
    });
  });

  test('says which parameters it ignored and why, and keeps the rest', () => {
    const { state, ignored } = parseViewState('src=javascript:alert(1)&start=2024-05-01&end=2024-01-01&lanes=Document&theme=neon&event=x');
    expect(state).toEqual({ event: 'x' });
    expect(ignored).toEqual([
      'src="javascript:alert(1)" is not an http(s) or relative URL',
      'start="2024-05-01" must be before end="2024-01-01"',
      'lanes="Document" is not one of none, document, participant, precision',
      'theme="neon" is not one of light, dark, contrast',
    ]);
  });

  test('a state written and read back is the same state', () => {
    const state = { range: { start: Date.UTC(1990, 0, 1), end: Date.UTC(1999, 0, 1, 12) }, event: 'a:1', present: { step: 0 } };
    expect(formatViewState(state)).toBe('start=1990-01-01&end=1999-01-01T12%3A00&event=a%3A1&present=1&step=1');
    expect(parseViewState(formatViewState(state)).state).toEqual(state);
  });

  test('writes lanes= after the filter, and only for a grouping other than none', () => {
    expect(formatViewState({ query: 'call', grouping: 'participant', theme: 'dark' })).toBe('q=call&lanes=participant&theme=dark');
    expect(formatViewState({ grouping: 'none' })).toBe('');
    expect(parseViewState('lanes=none').state).toEqual({ grouping: 'none' });
    expect(parseViewState(formatViewState({ grouping: 'precision' })).state).toEqual({ grouping: 'precision' });
  });
});
