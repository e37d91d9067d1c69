import { describe, expect, it } from 'vitest';
import { fileNameDate, headDate } from '../../src/lib/documents/documentDate.ts';
import { parseDocument } from '../../src/lib/documents/parseDocument.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the date printed at the head of a document', () => {
  it.each([
    ['a byline line', 'Britain slips into recession\nBy Jane Doe\nMarch 22, 2024\n\nLONDON - The economy shrank.', '2024-03-22'],
    ['a dateline', 'WASHINGTON, March 22, 2024 (AP) — The Senate voted late Tuesday to approve the package.', '2024-03-22'],
    ['a published line before an updated one', 'Headline here\nUpdated: 23 March 2024\nPublished: 22 March 2024\n\nText.', '2024-03-22'],
    ['an updated line alone', 'Headline here\nUpdated 23 March 2024 10:32 GMT\n\nIt happened on 1 May 1990 in the old town.', '2024-03-23'],
    ['a newspaper date line', 'Headline\nFri 22 Mar 2024 10.32 GMT\n\nText.', '2024-03-22'],
    ['a byline with a source and a time', 'By Reuters | Apr 4, 2024 7:00 AM\n\nText.', '2024-04-04'],
  ])('reads %s', (_what, text, day) => expect(headDate(text)).toBe(day));

  it.each([
    ['a date in the story', 'The war began on 24 February 2022 when Russian troops crossed the border.'],
    ['a headline with a date', 'Russia invaded Ukraine on 24 February 2022\n\nText.'],
    ['a headline that releases something on a day', 'Hostages released on 3 May 2024 after talks\n\nText.'],
    ['a date without a year', 'Headline\nFriday 22 March\n\nText.'],
    ['a labelled field', 'Bridge report\nInspection: 2 April 2024\n\nText.'],
    ['a table row', 'Bridge report\nPier inspected\t2 April 2024\n\nText.'],
    ['a span', 'Ferry timetable\nfrom 8 April 2024\n\nText.'],
    ['a date far down the text', `${'A line of the story without any date at all.\n'.repeat(10)}March 22, 2024\n`],
  ])('does not take %s', (_what, text) => expect(headDate(text)).toBeUndefined());
});

describe('a date in the file name', () => {
  it.each([
    ['ukraine-attack-2024-03-22.txt', '2024-03-22'],
    ['20240322_report.txt', '2024-03-22'],
    ['notes/2019_11_05 minutes.md', '2019-11-05'],
    ['report-2024-13-45.txt', undefined],
    ['invoice-12345678.txt', undefined],
    ['2024-03_22.txt', undefined],
  ])('%s → %s', (name, day) => expect(fileNameDate(name)).toBe(day));
});

describe('a document without a date of its own', () => {
  it('is dated by its head, before its file name', () => {
    const parsed = parseDocument('senate-2024-01-01.txt', bytes('Senate passes aid\nMarch 22, 2024\n\nThe Senate voted Tuesday.'));
    expect(parsed.ok && parsed.document.dct).toBe('2024-03-22');
  });

  it('is dated by its file name when its text gives no date', () => {
    const parsed = parseDocument('ukraine-attack-2024-03-22.txt', bytes('KYIV (AP) — Russian forces attacked overnight, officials said Friday.'));
    expect(parsed.ok && parsed.document.dct).toBe('2024-03-22');
  });

  it('keeps the date it gives itself', () => {
    const parsed = parseDocument('ukraine-attack-2024-03-22.txt', bytes('date 2024-03-23\nMarch 22, 2024\n\nText.'));
    expect(parsed.ok && parsed.document.dct).toBe('2024-03-23');
  });
});

describe('the date a document is dated by', () => {
  it('is no event of its own: a byline gives the day, not a happening', () => {
    const parsed = parseDocument('ferry.txt', bytes('Ferry crews strike\nBy Ana Ruiz | May 17, 2024\n\nFerry crews walked out on Thursday over pay.'));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const { events, undated } = buildTimelineData({ documents: [parsed.document], problems: [] });
    expect(events.map((e) => [e.value, e.sources[0]?.timex.text])).toEqual([['2024-05-16', 'Thursday']]);
    expect(undated).toEqual([]);
  });
});
