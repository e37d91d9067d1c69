import { describe, expect, test } from 'vitest';
import { parseCsv, writeCsv } from '../../src/lib/formats/csvTable.ts';
import { exportCsv, importCsv, type Timeline } from '../../src/lib/formats/index.ts';
import { eventAt, letter, memo, sampleTimeline, seedTimeline } from './fixtures.ts';

/** What a CSV round trip keeps of a timeline: everything but the documents' full texts. */
const carried = (t: Timeline) =>
  t.events.map((e) => ({
    id: e.id, value: e.value, type: e.type, mod: e.mod, granularity: e.granularity, start: e.start, end: e.end, title: e.title,
    quote: e.sources[0].sentence.text, timex: e.sources[0].timex.text,
  }));

/** The same, with the first source's offsets: what a CSV round trip keeps when the documents are at hand. */
const withSources = (t: Timeline) => carried(t).map((e, i) => ({ ...e, source: t.events[i]?.sources[0] }));

describe('RFC 4180', () => {
  test('quotes only the fields that need it, doubles quotes, ends records with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });

  test('parses what it writes, LF files, a BOM and a last line without a line end', () => {
    const rows = [['id', 'quote'], ['1', 'He said, "no".\r\nThen left.'], ['2', '']];
    expect(parseCsv(writeCsv(rows))).toEqual({ ok: true, rows });
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual({ ok: true, rows: [['a', 'b'], ['1', '2']] });
  });

  test('an unclosed quote or text after a closing quote names the row', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({ ok: false, row: 2, message: 'a quoted field is never closed' });
    expect(parseCsv('a,b\n1,2\n"x"y,3\n')).toEqual({ ok: false, row: 3, message: 'text after the closing quote of field 1' });
  });
});

describe('CSV export', () => {
  test('one row per event with the documented columns', () => {
    const doc = { ...memo, text: 'On Wednesday, they met; "finally".' };
    const csv = exportCsv({ documents: [doc], events: [eventAt(doc, 'Wednesday', '2024-04-03')] });
    expect(csv).toBe(
      'id,start,end,value,type,mod,granularity,title,document,quote,timex,quote_start,timex_start,timex_end,document_title,document_date,document_url,citation\r\n' +
        'memo:3,2024-04-03,2024-04-04,2024-04-03,DATE,,day,"On Wednesday, they met; ""finally""",memo.md,"On Wednesday, they met; ""finally"".",Wednesday,0,3,12,' +
        '"Budget memo; ""draft"", v2",2024-04-04,https://example.org/memo?a=1&b=2,"Budget memo; ""draft"", v2 (Finance, Office, 2024-04-04), memo.md, https://example.org/memo?a=1&b=2"\r\n',
    );
  });

  test('times finer than a day are written as instants', () => {
    const row = exportCsv(sampleTimeline()).split('\r\n').find((r) => r.startsWith('memo:182,'));
    expect(row?.split(',').slice(0, 7)).toEqual(['memo:182', '2024-04-03T15:30:00.000Z', '2024-04-03T15:31:00.000Z', '2024-04-03T15:30', 'TIME', '', 'minute']);
  });
});

describe('CSV import', () => {
  test('with the documents at hand, every export re-imports to the same events, offsets included', () => {
    for (const timeline of [seedTimeline(), sampleTimeline()]) {
      const back = importCsv(exportCsv(timeline), { documents: timeline.documents });
      expect(back.ok && back.timeline.documents).toEqual(timeline.documents.filter((d) => timeline.events.some((e) => e.sources[0].docId === d.id)));
      expect(back.ok && withSources(back.timeline)).toEqual(withSources(timeline));
    }
  });

  test('without them, dates, values, titles and quotes survive in stand-in documents made of the quotes', () => {
    const sample = sampleTimeline();
    const back = importCsv(exportCsv(sample));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(carried(back.timeline)).toEqual(carried(sample));
    expect(back.timeline.documents.map((d) => [d.id, d.name, d.dct, d.title])).toEqual([
      ['letter', 'letter.txt', undefined, undefined],
      ['memo', 'memo.md', '2024-04-04', 'Budget memo; "draft", v2'],
    ]);
    expect(back.timeline.documents[0]?.text).toBe(letter.text);
    for (const e of back.timeline.events) {
      const text = back.timeline.documents.find((d) => d.id === e.sources[0].docId)?.text ?? '';
      expect(text.slice(e.sources[0].timex.start, e.sources[0].timex.end)).toBe(e.sources[0].timex.text);
      expect(text.slice(e.sources[0].sentence.start, e.sources[0].sentence.end)).toBe(e.sources[0].sentence.text);
    }
  });

  test('a minimal hand-written file: value, title and quote are enough', () => {
    const back = importCsv('value,title,quote,timex\n2024-03,Talks,"Talks were held in March 2024.",March 2024\n', { name: 'notes.csv' });
    expect(back).toEqual({
      ok: true,
      timeline: {
        documents: [{ id: 'notes', name: 'notes.csv', text: 'Talks were held in March 2024.' }],
        events: [
          {
            id: 'notes:19', value: '2024-03', type: 'DATE', granularity: 'month', start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 3, 1), title: 'Talks',
            sources: [{ docId: 'notes', timex: { start: 19, end: 29, text: 'March 2024' }, sentence: { start: 0, end: 30, text: 'Talks were held in March 2024.' } }],
          },
        ],
      },
    });
  });

  const header = 'id,start,end,value,granularity,title,document,quote,timex,quote_start,document_date\n';
  test.each([
    ['a month 13', 'a,2023-13-01,,2023-13-01,,T,d.txt,Q on 2023-13-01.,,,', ['row 2, column "start": "2023-13-01" is not a date (write 2024-04-03 or 2024-04-03T15:00:00Z)']],
    ['an unplaceable value without dates', 'a,,,XXXX-02,,T,d.txt,In February.,,,', ['row 2, column "value": "XXXX-02" cannot be placed on the calendar; give "start" and "end"', 'row 2, column "granularity": is needed when the value "XXXX-02" cannot be placed']],
    ['an end before the start', 'a,2024-04-03,2024-04-01,2024-04-03,,T,d.txt,Q.,,,', ['row 2, column "end": "2024-04-01" is not after the start']],
    ['a bad granularity', 'a,,,2024,yearly,T,d.txt,Q.,,,', ['row 2, column "granularity": "yearly" is not one of millennium, century, decade, year, half, quarter, season, month, week, day, part-of-day, hour, minute, second']],
    ['an empty quote', 'a,,,2024,,T,d.txt,,,,', ['row 2, column "quote": is empty; every event needs the passage it came from']],
    ['a timex not in the quote', 'a,,,2024,,T,d.txt,In 2024.,2025,,', ['row 2, column "timex": "2025" does not occur in the quote']],
    ['a bad offset and a bad date', 'a,,,2024,,T,d.txt,In 2024.,,-3,04/04/2024', ['row 2, column "quote_start": "-3" is not a whole number ≥ 0', 'row 2, column "document_date": "04/04/2024" is not a date written YYYY-MM-DD']],
    ['a duplicate id', 'a,,,2024,,T,d.txt,In 2024.,,,\na,,,2025,,T,d.txt,In 2025.,,,', ['row 3, column "id": "a" is already used by row 2']],
  ])('%s: the error names the row and the column', (_, rows, errors) => {
    expect(importCsv(header + rows)).toEqual({ ok: false, errors });
  });

  test('the fourth row is row 4, and offsets that miss the known document are named', () => {
    const rows = ['b,,,2024,,T,letter.txt,Caesar crossed the river in 49 BC,,0,', 'c,,,2024,,T,letter.txt,Caesar,,0,', 'd,2023-13-01,,,,T,letter.txt,x,,,', 'e,,,2024,,T,letter.txt,Caesar,,5,'];
    expect(importCsv(header + rows.join('\n'), { documents: [letter] })).toEqual({
      ok: false,
      errors: ['row 4, column "start": "2023-13-01" is not a date (write 2024-04-03 or 2024-04-03T15:00:00Z)', 'row 5, column "quote_start": 5 does not point at the quote in document "letter.txt"'],
    });
  });

  test('a header without the needed columns, an empty file, a broken quote', () => {
    expect(importCsv('id,title\n1,x\n')).toEqual({ ok: false, errors: ['row 1: the header has no column "quote", no column "value" or "start"; a TimelineJS3 spreadsheet has "Year" and "Headline" columns instead'] });
    expect(importCsv('')).toEqual({ ok: false, errors: ['the file is empty; it needs a header row'] });
    expect(importCsv('value,title,quote\n2024,"x,y\n')).toEqual({ ok: false, errors: ['row 2: a quoted field is never closed'] });
  });
});

describe('cells that look like formulas', () => {
  test('are written as text and read back unchanged', () => {
    const cells = ['=HYPERLINK("http://x","y")', '+1', '-0500', '@SUM(A1)', "'=already", 'plain', "it's"];
    const written = writeCsv([cells]);
    expect(written).toBe(`"'=HYPERLINK(""http://x"",""y"")",'+1,'-0500,'@SUM(A1),''=already,plain,it's\r\n`);
    expect(parseCsv(written)).toEqual({ ok: true, rows: [cells] });
  });
});
