import { describe, expect, it } from 'vitest';
import { figures, readTimeML, scoreDocument, writeTimeML, type TimemlTimex } from '../../src/lib/timeml/index.ts';

/** A small TimeML document in the TBAQ layout, with an entity inside TEXT and a nested EVENT. */
const SOURCE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after a <TIMEX3 tid="t2" type="DURATION" value="P5Y">five year</TIMEX3> high.\r
It rose <TIMEX3 tid="t3" type="DATE" value="PAST_REF">recently</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
`;

const tx = (start: number, end: number, text: string, type: string, value: string): TimemlTimex => ({ start, end, text, type, value });

describe('readTimeML', () => {
  const doc = readTimeML(SOURCE);

  it('reads the id, the DCT and the TEXT content without tags, entities decoded, CRLF kept', () => {
    expect(doc.docId).toBe('TEST001');
    expect(doc.dct).toBe('1998-01-08');
    expect(doc.text).toBe('\nAT&T fell yesterday after a five year high.\r\nIt rose recently.\n');
    expect(doc.rawText).toBe('\nAT&amp;T fell yesterday after a five year high.\r\nIt rose recently.\n');
  });

  it('gives gold timexes decoded offsets that slice to their text, skipping the DCT', () => {
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['yesterday', 'DATE', '1998-01-07'], ['five year', 'DURATION', 'P5Y'], ['recently', 'DATE', 'PAST_REF'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it('throws on a document without TEXT', () => {
    expect(() => readTimeML('<TimeML></TimeML>', 'x')).toThrow(/no <TEXT>/);
  });
});

describe('writeTimeML', () => {
  const doc = readTimeML(SOURCE);
  const start = doc.text.indexOf('AT&T');
  const written = writeTimeML(doc, [tx(start, start + 4, 'AT&T', 'DATE', 'X"&<')]);

  it('keeps the raw TEXT characters exactly, so the official scorer sees the same text', () => {
    const reread = readTimeML(written);
    expect(reread.rawText).toBe(doc.rawText);
    expect(reread.text).toBe(doc.text);
  });

  it('wraps the decoded extent around the raw entity and escapes attribute values', () => {
    expect(written).toContain('<TIMEX3 tid="t1" type="DATE" value="X&quot;&amp;&lt;">AT&amp;T</TIMEX3>');
    expect(readTimeML(written).timexes).toEqual([{ ...tx(start, start + 4, 'AT&T', 'DATE', 'X"&<'), tid: 't1' }]);
  });

  it('drops the gold tags and the links that pointed at them', () => {
    expect(written).not.toContain('yesterday</TIMEX3>');
    expect(written).not.toContain('<TLINK');
    expect(written).toContain('<DCT><TIMEX3 tid="t0"');
  });
});

describe('scoreDocument follows TempEval-3 Task A', () => {
  const gold = [tx(0, 6, 'Sunday', 'DATE', '2013-03-24'), tx(20, 29, 'two weeks', 'DURATION', 'P2W'), tx(40, 44, '1998', 'DATE', '1998')];

  it('pairs each gold timex with the first unused overlapping system timex', () => {
    const system = [
      tx(0, 14, 'Sunday morning', 'TIME', '2013-03-24TMO'), // relaxed only, wrong type and value
      tx(20, 29, 'two weeks', 'DURATION', 'P2W'), // strict, all right
      tx(50, 54, 'then', 'DATE', 'PAST_REF'), // spurious
    ];
    const s = scoreDocument(gold, system);
    expect(s.counts).toEqual({ gold: 3, system: 3, relaxed: 2, strict: 1, type: 1, value: 1 });
    expect(s.missed.map((t) => t.text)).toEqual(['1998']);
    expect(s.spurious.map((t) => t.text)).toEqual(['then']);
  });

  it('matches only the first of two gold timexes covered by one system timex', () => {
    const s = scoreDocument([tx(0, 5, 'March', 'DATE', 'a'), tx(6, 8, '22', 'DATE', 'b')], [tx(0, 8, 'March 22', 'DATE', 'a')]);
    expect(s.counts.relaxed).toBe(1);
    expect(s.missed.map((t) => t.text)).toEqual(['22']);
  });

  it('computes attribute F1 as accuracy on pairs times relaxed F1', () => {
    const f = figures({ gold: 10, system: 8, relaxed: 8, strict: 6, type: 8, value: 6 });
    expect(f.relaxed.precision).toBe(1);
    expect(f.relaxed.recall).toBeCloseTo(0.8);
    expect(f.relaxed.f1).toBeCloseTo(2 * 0.8 / 1.8);
    expect(f.strict.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(f.value.accuracy).toBeCloseTo(0.75);
    expect(f.value.f1).toBeCloseTo(0.75 * f.relaxed.f1);
    expect(f.type.f1).toBeCloseTo(f.relaxed.f1);
  });
});
