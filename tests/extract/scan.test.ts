import { describe, expect, it } from 'vitest';
import { pattern, scan } from '../../src/lib/extract/draft.ts';

const found = (text: string, p: ReturnType<typeof pattern>) =>
  scan(text, p, (_m, start, end) => ({ start, end, type: 'DATE', value: text.slice(start, end), source: 'test' })).map((d) => d.value);

describe('scan runs a pattern only over texts that can hold a match', () => {
  it('skips a text without any of the strings a pattern requires', () => {
    const fiscal = pattern(/\b[A-Z]{2}\d{2}\b/g, undefined, ['FY']);
    expect(found('Results for FY24 and QX25.', fiscal)).toEqual(['FY24', 'QX25']);
    // The pattern would match "QX25", but without "FY" in the text it is not run at all.
    expect(found('Results for QX25.', fiscal)).toEqual([]);
  });

  it('looks for a required regex in each window of the trigger', () => {
    const year = pattern(/\b\d{4}\b/g, 'digit', /year\s+\d/);
    const far = `in the year 1998 ${'and so on '.repeat(30)} then 2004`;
    // Both numbers are triggers, but only the window of the first holds "year" and a number.
    expect(found(far, year)).toEqual(['1998']);
  });

  it('takes a regex as the requirement too', () => {
    const code = pattern(/\b\d{4}\b/g, undefined, /year/);
    expect(found('in the year 1998', code)).toEqual(['1998']);
    expect(found('in 1998', code)).toEqual([]);
  });
});
