import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';

const valuesOf = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

describe('a chronology gives its lines\' dates the years around them', () => {
  const oldestFirst = [
    'Timeline: how the crisis unfolded',
    '',
    'Jan 3 - The central bank raises rates by half a point.',
    'Feb 2: The finance minister resigns.',
    'March 1, 2023 - Parliament passes the emergency budget.',
    'Mid-March - The currency falls to a record low.',
    'Dec. 12, 2023 - Elections are called.',
    'Jan 9 - The campaign opens.',
  ].join('\n');

  it('takes the year of the next dated line before the first year written', () => {
    const found = valuesOf(oldestFirst, '2024-04-09');
    expect(found).toContainEqual(['Jan 3', '2023-01-03']);
    expect(found).toContainEqual(['Feb 2', '2023-02-02']);
  });

  it('keeps the year of the line above, and moves to the next one when the months start again', () => {
    const found = valuesOf(oldestFirst, '2024-04-09');
    expect(found).toContainEqual(['Mid-March', '2023-03']);
    expect(found).toContainEqual(['Jan 9', '2024-01-09']);
  });

  it('runs backwards through a list told newest first', () => {
    const newestFirst = [
      'April 3, 2024 - The court rules.',
      'March 28 - Lawyers file an appeal.',
      'Dec. 12 - The trial opens.',
      'Nov. 2, 2023 - Charges are filed.',
    ].join('\n');
    const found = valuesOf(newestFirst, '2024-04-09');
    expect(found).toContainEqual(['March 28', '2024-03-28']);
    expect(found).toContainEqual(['Dec. 12', '2023-12-12']);
  });

  it('tells the dates inside an entry from the entry\'s date, in the tense of their clause', () => {
    const entries = [
      'TIMELINE-Key events in the crisis',
      '',
      'June 25, 2012 - Cyprus applies for financial aid from the euro zone.',
      'Nov. 23 - Cyprus and its lenders reach a preliminary agreement.',
      'Dec. 13 - Finance ministers say they hope to complete the deal in January.',
      'Feb. 24, 2013 - Anastasiades wins the presidency. He takes office on Feb. 28.',
      'Oct. 7 - Doctors say the tumour was found in June.',
    ].join('\n');
    const found = valuesOf(entries, '2013-10-18');
    expect(found).toContainEqual(['January', '2013-01']);
    expect(found).toContainEqual(['Feb. 28', '2013-02-28']);
    expect(found).toContainEqual(['June', '2013-06']);
  });

  it('tells the dates inside an entry opened by a span of days from the entry\'s date', () => {
    const entries = [
      'June 25, 2012 - Cyprus asks for financial aid.',
      'Feb. 24, 2013 - Anastasiades wins the presidential run-off.',
      'March 15-16 - Ministers meet through the night and agree a bailout. Banks are ordered to stay closed on Monday, a public holiday.',
      'March 17 - The vote in parliament is postponed.',
    ].join('\n');
    expect(valuesOf(entries, '2013-03-19')).toContainEqual(['Monday', '2013-03-18']);
  });

  it('reads a dateline opening the story as the day of writing, not as a line of the list under it', () => {
    const withDateline = [
      'TIMELINE-Cyprus\'s road to a bailout',
      '',
      'March 19 (Reuters) - Cyprus\'s parliament is due to vote on Tuesday on a levy on bank deposits.',
      '',
      'June 25, 2012 - Cyprus asks for financial aid.',
      'Nov. 30, 2012 - Cyprus and the lenders reach a preliminary deal.',
      'Feb. 24, 2013 - Anastasiades wins the presidential run-off.',
    ].join('\n');
    expect(valuesOf(withDateline, '2013-03-19')).toContainEqual(['March 19', '2013-03-19']);
  });

  it('leaves prose alone: dates inside sentences count from the writing', () => {
    const prose = 'The bank raised rates on Jan 3.\nOn March 1, 2023, parliament passed the budget.\nIt met again on Feb 2.';
    expect(valuesOf(prose, '2024-04-09')).toContainEqual(['Feb 2', '2024-02-02']);
  });
});
