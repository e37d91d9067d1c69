/** Ranges, anchored durations and fuzzy dates, on a small invented article dated Wednesday 2024-06-12. */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';

const text = [
  'The strike at the plant lasted from March to May, the union said on Monday.',
  'Prices have risen since October 2022.',
  'Workers went home during the three-week strike that ended Monday.',
  'Sales fell in early 2023.',
  'The factory opened around 1990 and grew through the 1990s.',
  'Officials met between 1995 and 1997 in Vienna.',
  'Profit doubled in the financial year 2022/23.',
  'A planned round of talks was called off.',
  'The firm will cut jobs in the future.',
].join(' ');
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
let data: TimelineData;
const at = (expression: string) => data.events.find((e) => e.sources[0].timex.text === expression);

beforeAll(() => {
  data = buildTimelineData({ problems: [], documents: [{ id: 'plant', name: 'plant.txt', dct: '2024-06-12', text }] });
}, 60_000);

describe('ranges are one event with a start and an end', () => {
  test('"from March to May" spans March 1 to the end of May', () => {
    const strike = at('March to May')!;
    expect(strike).toMatchObject({ value: '2024-03', granularity: 'month', range: { kind: 'from-to', to: '2024-05' } });
    expect([strike.start, strike.end]).toEqual([day('2024-03-01'), day('2024-06-01')]);
    expect(strike.title).toBe('Strike at plant lasted');
    expect(data.events.some((e) => e.sources[0].timex.text === 'May')).toBe(false);
  });

  test('"between 1995 and 1997" spans the three years', () => {
    const meetings = at('1995 and 1997')!;
    expect([meetings.start, meetings.end]).toEqual([day('1995-01-01'), day('1998-01-01')]);
    expect(meetings.title).toBe('Officials met in Vienna');
  });

  test('"2022/23" spans the two years', () => {
    expect(at('2022/23')).toMatchObject({ start: day('2022-01-01'), end: day('2024-01-01'), range: { kind: 'from-to', to: '2023' } });
  });

  test('"since October 2022" runs to the end of the document date', () => {
    expect(at('October 2022')).toMatchObject({ start: day('2022-10-01'), end: day('2024-06-13'), range: { kind: 'since', to: '2024-06-12' } });
  });

  test('"the three-week strike that ended Monday" ends on Monday and lasts three weeks; Monday is not a second event', () => {
    const strike = at('three-week')!;
    expect(strike).toMatchObject({ value: '2024-06-10', range: { kind: 'duration', to: 'P3W' } });
    expect([strike.start, strike.end]).toEqual([day('2024-05-21'), day('2024-06-11')]);
    expect(data.events.filter((e) => e.sources[0].sentence.text.startsWith('Workers'))).toHaveLength(1);
  });
});

describe('fuzzy dates keep their granularity and say how far they may stray', () => {
  test('"early 2023" is most likely the first third of 2023, possibly any of it', () => {
    const early = at('early 2023')!;
    expect(early).toMatchObject({ value: '2023', mod: 'START', granularity: 'year', start: day('2023-01-01') });
    expect(early.end).toBeLessThan(day('2023-06-01'));
    expect(early.uncertainty).toEqual({ earliest: day('2023-01-01'), latest: day('2024-01-01'), why: 'part' });
  });

  test('"around 1990" is 1990, give or take two years', () => {
    expect(at('around 1990')).toMatchObject({
      value: '1990', mod: 'APPROX', start: day('1990-01-01'), end: day('1991-01-01'),
      uncertainty: { earliest: day('1988-01-01'), latest: day('1993-01-01'), why: 'approximate' },
    });
  });

  test('"the 1990s" is a decade, exact to its granularity', () => {
    const decade = at('the 1990s')!;
    expect(decade).toMatchObject({ value: '199', granularity: 'decade', start: day('1990-01-01'), end: day('2000-01-01') });
    expect(decade.uncertainty).toBeUndefined();
    // "and grew" shares the subject of "The factory opened".
    expect(decade.title).toBe('Factory grew');
  });
});

describe('undated', () => {
  test('an announced event and an expression that cannot be placed are kept, nothing is guessed', () => {
    expect(data.undated!.map((u) => [u.sources[0].timex.text, u.value ?? null, u.title])).toEqual([
      ['A planned round of talks', null, 'Planned round of talks was called off'],
      ['the future', 'FUTURE_REF', 'Firm will cut jobs in the future'],
    ]);
  });

  test('a former title in a history is a time of the text but no event to place', () => {
    const history = [
      'In September 1939 Germany invaded Poland.',
      'Finland was invaded in November 1939 and the conflict ended in March 1940.',
      'In June 1940 the Soviet forces occupied the Baltic States.',
      'By August 1940 the Battle of Britain had begun, and the former president Herbert Hoover urged caution.',
    ].join(' ');
    const war = buildTimelineData({ problems: [], documents: [{ id: 'war', name: 'war.txt', dct: '2009-12-19', text: history }] });
    expect(war.undated ?? []).toEqual([]);
    expect(war.events.map((e) => e.value)).toEqual(['1939-09', '1939-11', '1940-03', '1940-06', '1940-08']);
  });
});
