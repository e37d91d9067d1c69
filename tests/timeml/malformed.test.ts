import { describe, expect, test } from 'vitest';
import { readTimeML, TimemlError } from '../../src/lib/timeml/index.ts';

const doc = (text: string) =>
  `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">19980108</TIMEX3></DCT>\n<TEXT>\n${text}\n</TEXT>\n</TimeML>\n`;

describe('readTimeML on malformed files names the line', () => {
  test.each([
    ['a TIMEX3 never closed', 'Line one.\nIt fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday.\n', 7, '<TIMEX3> is never closed'],
    ['a closing tag that does not match', 'It fell <TIMEX3 tid="t1">yesterday</EVENT>.', 6, '</EVENT> where </TIMEX3>'],
    ['a stray "<" in the text', 'Prices < 5 dollars\n<TIMEX3 tid="t1">today</TIMEX3>', 6, 'a "<" that starts no tag'],
    ['a closing tag with nothing open', 'It fell.</TIMEX3>', 6, '</TIMEX3> where no closing tag was expected'],
  ])('%s', (_what, text, line, message) => {
    let error: unknown;
    try {
      readTimeML(doc(text), 'x.tml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TimemlError);
    expect((error as TimemlError).line).toBe(line);
    expect((error as TimemlError).message).toContain(message);
  });

  test('a file without TEXT', () => {
    expect(() => readTimeML('<TimeML>\n<DOCID>X</DOCID>\n</TimeML>')).toThrow(/^line 3: no <TEXT> element$/);
  });

  test('a well-formed file still reads, with its gold timex', () => {
    const read = readTimeML(doc('It fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.'));
    expect(read.timexes.map((t) => [t.text, t.value])).toEqual([['yesterday', '1998-01-07']]);
  });
});
