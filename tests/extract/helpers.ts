/** Table-test helpers: tag a sentence with a fixed DCT and find the timex at a phrase. */
import { expect } from 'vitest';
import { tagTimexes, type TagOptions, type Timex } from '../../src/lib/extract/index.ts';

export interface Case {
  /** The sentence to tag. */
  readonly sentence: string;
  /** The exact extent expected (its first occurrence in the sentence is where the timex must start). */
  readonly extent: string;
  readonly type: Timex['type'];
  readonly value: string;
  readonly mod?: Timex['mod'];
  readonly dct?: string;
}

/** Asserts that tagging `sentence` yields a timex with exactly this extent, offsets, type, value (and mod). */
export function expectCase(c: Case, defaultDct: string): void {
  const options: TagOptions = { dct: c.dct ?? defaultDct };
  const found = tagTimexes(c.sentence, options);
  const start = c.sentence.indexOf(c.extent);
  expect(start, `extent "${c.extent}" not in sentence`).toBeGreaterThanOrEqual(0);
  const t = found.find((x) => x.start === start);
  const seen = found.map((x) => `${x.text}=${x.value}`).join(', ');
  expect(t, `no timex at "${c.extent}"; found: ${seen}`).toBeDefined();
  expect({ text: t?.text, end: t?.end, type: t?.type, value: t?.value }).toEqual({
    text: c.extent, end: start + c.extent.length, type: c.type, value: c.value,
  });
  if (c.mod !== undefined) expect(t?.mod).toBe(c.mod);
  for (const x of found) expect(c.sentence.slice(x.start, x.end)).toBe(x.text);
}

/** A readable test name for a case. */
export const caseName = (c: Case): string => `"${c.extent}" → ${c.type} ${c.value}${c.mod ? ` (${c.mod})` : ''}`;
