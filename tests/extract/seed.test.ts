import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTimexes, type Timex } from '../../src/lib/extract/index.ts';

/** The seed article: its first line is loader metadata (` date 2024-04-04 Advertisement`), not body text. */
const raw = readFileSync(fileURLToPath(new URL('../../seeds/russia-france-defence-call-2024-04-04.txt', import.meta.url)), 'utf8');
const lines = raw.split('\n');
const body = /^\s*date\s+\d{4}-\d{2}-\d{2}/.test(lines[0] ?? '') ? lines.slice(1).join('\n') : raw;
const timexes = tagTimexes(body, { dct: '2024-04-04' });

/** The timex whose extent starts at the n-th occurrence of `phrase` (plus `shift` characters into it). */
function at(phrase: string, occurrence = 0, shift = 0): Timex | undefined {
  let from = -1;
  for (let i = 0; i <= occurrence; i++) from = body.indexOf(phrase, from + 1);
  return timexes.find((t) => t.start === from + shift);
}

describe('seed article: Russia–France defence call (DCT 2024-04-04)', () => {
  it('keeps every extent equal to the text it points at', () => {
    for (const t of timexes) expect(body.slice(t.start, t.end)).toBe(t.text);
  });

  it('returns timexes sorted and non-overlapping', () => {
    for (let i = 1; i < timexes.length; i++) expect(timexes[i]!.start).toBeGreaterThanOrEqual(timexes[i - 1]!.end);
  });

  it.each([
    ['phone call Wednesday', 0, 'phone call '.length, 'Wednesday', 'DATE', '2024-04-03'],
    ['February', 0, 0, 'February', 'DATE', '2024-02'],
    ['October 2022', 0, 0, 'October 2022', 'DATE', '2022-10'],
    ['March 2022', 0, 0, 'March 2022', 'DATE', '2022-03'],
    ['March 22 attack', 0, 0, 'March 22', 'DATE', '2024-03-22'],
    ["Wednesday's call", 0, 0, 'Wednesday', 'DATE', '2024-04-03'],
    ['in decades', 0, 'in '.length, 'decades', 'DURATION', 'PXDE'],
  ])('tags %s as %s', (phrase, occurrence, shift, text, type, value) => {
    const t = at(phrase, occurrence, shift);
    expect(t, `no timex at "${phrase}"`).toBeDefined();
    expect(t).toMatchObject({ text, type, value });
  });

  it('places the dated mentions on the calendar', () => {
    expect(at('phone call Wednesday', 0, 11)?.interval).toEqual({
      start: Date.UTC(2024, 3, 3), end: Date.UTC(2024, 3, 4),
    });
    expect(at('February')?.granularity).toBe('month');
    expect(at('February')?.interval).toEqual({ start: Date.UTC(2024, 1, 1), end: Date.UTC(2024, 2, 1) });
  });

  it('does not tag "weeks after" or the death toll "145"', () => {
    const weeks = body.indexOf('weeks after');
    const toll = body.indexOf('145');
    for (const t of timexes) {
      expect(t.start <= weeks && t.end > weeks, `"${t.text}" covers "weeks after"`).toBe(false);
      expect(t.start <= toll && t.end > toll, `"${t.text}" covers "145"`).toBe(false);
    }
  });
});
