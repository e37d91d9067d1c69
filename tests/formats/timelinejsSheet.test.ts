// TimelineJS3's Google Sheets template saved as CSV opens as a timeline: its date columns give the intervals, the
// title row the title, era rows are left out, the HTML passes the sanitiser, and errors name the row and the column.
import { describe, expect, test } from 'vitest';
import { importCsv } from '../../src/lib/formats/index.ts';
import { openTimelineFile } from '../../src/lib/state/openTimelineFile.ts';

const header = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const sheet = [
  header,
  ',,,,,,,,,Harbour history,"<p>The port from its charter to the new bridge.</p>",,,,,title,,',
  '1890,,,,1899,,,,The 1890s,Railway reaches the harbour,"<p>The line opened in stages, station by station.</p>",https://example.org/a.jpg,,,,,Transport,',
  '1952,6,14,,,,,,,Great flood,"<blockquote>The river rose <mark>on 14 June 1952</mark> and flooded the quay.</blockquote><script>alert(1)</script>",,,,,,Weather,#336699',
  '2024,4,3,2:30 PM,,,,,,Bridge reopens,Traffic returned in the afternoon.,,,,,,Transport,',
  '1960,,,,1970,,,,,Container era,,,,,,era,,',
  '',
  '-44,3,15,,,,,,,Ides of March,Caesar was killed in the theatre of Pompey.,,,,,,,',
].join('\r\n');

const iso = (ms: number) => new Date(ms).toISOString();

describe('TimelineJS3 spreadsheets saved as CSV', () => {
  const result = importCsv(sheet, { name: 'harbour.csv' });
  const timeline = result.ok ? result.timeline : undefined;

  test('each row with a year is an event over the units it names; the title row names the timeline', () => {
    expect(result.ok).toBe(true);
    expect(timeline?.title).toBe('Harbour history');
    expect(timeline?.events.map((e) => [e.title, e.value, e.granularity, iso(e.start), iso(e.end)])).toEqual([
      ['Ides of March', 'BC0045-03-15', 'day', '-000044-03-15T00:00:00.000Z', '-000044-03-16T00:00:00.000Z'],
      // 1890 to 1899: the decade, ending after the last year named.
      ['Railway reaches the harbour', '189', 'decade', '1890-01-01T00:00:00.000Z', '1900-01-01T00:00:00.000Z'],
      ['Great flood', '1952-06-14', 'day', '1952-06-14T00:00:00.000Z', '1952-06-15T00:00:00.000Z'],
      ['Bridge reopens', '2024-04-03T14:30', 'minute', '2024-04-03T14:30:00.000Z', '2024-04-03T14:31:00.000Z'],
    ]);
  });

  test('the Text column is the quote, made plain text; its <mark> is the time expression; Group is the document', () => {
    const flood = timeline?.events.find((e) => e.title === 'Great flood');
    const source = flood?.sources[0];
    expect(source?.sentence.text).toBe('The river rose on 14 June 1952 and flooded the quay.');
    expect(source?.timex.text).toBe('on 14 June 1952');
    const document = timeline?.documents.find((d) => d.id === source?.docId);
    expect(document?.name).toBe('Weather');
    expect(document?.text).not.toMatch(/alert|<|>/);
    expect(document?.text.slice(source!.timex.start, source!.timex.end)).toBe('on 14 June 1952');
    // A row without a group belongs to the file.
    expect(timeline?.documents.map((d) => d.name).sort()).toEqual(['Transport', 'Weather', 'harbour.csv']);
  });

  test('era rows and blank rows are not events', () => {
    expect(timeline?.events.some((e) => e.title === 'Container era')).toBe(false);
    expect(timeline?.events).toHaveLength(4);
  });

  test('the file opens in the page like any timeline file, with or without a byte order mark', () => {
    for (const text of [sheet, `\uFEFF${sheet}`]) {
      const opened = openTimelineFile('harbour.csv', text);
      expect(opened.ok && opened.data.events.map((e) => e.title)).toEqual(timeline?.events.map((e) => e.title));
    }
  });

  test('header names are matched without case or extra spaces', () => {
    const loose = importCsv(['year, month ,DAY,headline,text', '2019,5,4,Fair opens,The fair opened.'].join('\n'));
    expect(loose.ok && loose.timeline.events.map((e) => e.value)).toEqual(['2019-05-04']);
  });

  test('every bad cell is named by its row and column, in row order, and nothing is imported', () => {
    const bad = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type,Group',
      '2024,13,3,,,,,,,Bad month,Text,,',
      '2024,2,30,,,,,,,Bad day,Text,,',
      '2024,4,3,25:00,,,,,,Bad time,Text,,',
      ',4,3,,,,,,,No year,Text,,',
      '2024,4,3,,2023,,,,,Ends before,Text,,',
      '2024,,3,,,,,,,Day without month,Text,,',
      '2024,April,3,,,,,,,Month in words,Text,,',
      '2024,4,3,,,,,,,Good,Text,,',
    ].join('\n');
    const result = importCsv(bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'row 2, column "Month": 13 is not a month (1–12)',
      'row 3, column "Day": 2024-2-30 is not a real day',
      'row 4, column "Time": "25:00" is not a time of day (write 13:15, 13:15:30 or 1:15 PM)',
      'row 5, column "Year": every event needs a year',
      'row 6, column "End Year": the end is before the start',
      'row 7, column "Day": the day is given without month',
      'row 8, column "Month": "April" is not a whole number',
    ]);
  });

  test('times of day are read in 24-hour and 12-hour forms', () => {
    const times = ['13:15', '13:15:30', '1:15 PM', '1 pm', '12:00 a.m.', '0:05'];
    const csv = ['Year,Month,Day,Time,Headline', ...times.map((t, i) => `2024,4,3,${t},Event ${i}`)].join('\n');
    const result = importCsv(csv);
    expect(result.ok && result.timeline.events.map((e) => iso(e.start).slice(11, 19))).toEqual(
      ['00:00:00', '00:05:00', '13:00:00', '13:15:00', '13:15:00', '13:15:30'],
    );
  });

  test('our own CSV export is still read as ours: it has no Year column', () => {
    const ours = importCsv('title,quote,value\nFair opens,The fair opened on 4 May 2019.,2019-05-04');
    expect(ours.ok && ours.timeline.events[0]?.value).toBe('2019-05-04');
  });
});
