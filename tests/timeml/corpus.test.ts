import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { ZERO, addCounts, dctDay, figures, readTimeML, scoreDocument, writeTimeML } from '../../src/lib/timeml/index.ts';

/** The gold corpora live beside the checkout (../shared/corpus), in CI too; without them these tests fail. */
const root = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** The figures committed in the README, truncated: a change that lowers any of them fails. */
const FLOORS: Readonly<Record<string, { relaxed: number; strict: number; value: number }>> = {
  'tbaq-timebank': { relaxed: 0.950, strict: 0.920, value: 0.858 },
  'tbaq-aquaint': { relaxed: 0.947, strict: 0.865, value: 0.791 },
  'wikiwars-train': { relaxed: 0.960, strict: 0.918, value: 0.916 },
};

describe.each(Object.entries(FLOORS))('%s', (name, floor) => {
  const dir = `${root}${name}`;
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();

  it('reads every file, writes it back with the same TEXT characters', () => {
    for (const f of files) {
      const doc = readTimeML(readFileSync(`${dir}/${f}`, 'utf8'), f);
      for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
      const system = tagTimexes(doc.text, { dct: dctDay(doc.dct) ?? '' });
      expect(readTimeML(writeTimeML(doc, system)).rawText).toBe(doc.rawText);
    }
  });

  it('stays above the regression floor', () => {
    let counts = ZERO;
    for (const f of files) {
      const doc = readTimeML(readFileSync(`${dir}/${f}`, 'utf8'), f);
      const dct = dctDay(doc.dct);
      counts = addCounts(counts, scoreDocument(doc.timexes, tagTimexes(doc.text, dct ? { dct } : {})).counts);
    }
    const fig = figures(counts);
    expect(fig.relaxed.f1).toBeGreaterThanOrEqual(floor.relaxed);
    expect(fig.strict.f1).toBeGreaterThanOrEqual(floor.strict);
    expect(fig.value.f1).toBeGreaterThanOrEqual(floor.value);
  });
});
