import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-01-08';

const cases: readonly Case[] = [
  // The near term and a later date lie ahead; the adjective "long-term" is no time.
  { sentence: 'Rates will stay high in the near term.', extent: 'the near term', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'The talks will resume at a later date.', extent: 'a later date', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'I ran into her in town the other day.', extent: 'the other day', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'A deal could be announced any day now.', extent: 'any day now', type: 'DATE', value: 'FUTURE_REF' },
  // "The new year" is the one beginning nearest the writing.
  { sentence: 'A decision is expected early in the new year.', extent: 'early in the new year', type: 'DATE', value: '1999', mod: 'START', dct: '1998-11-20' },
  { sentence: 'Sales have been weak so far in the new year.', extent: 'the new year', type: 'DATE', value: '1998' },
  // Counted to or from, it is the year's first day.
  { sentence: 'The exhibition runs until the new year.', extent: 'the new year', type: 'DATE', value: '1999-01-01', dct: '1998-11-20' },
  // Told ahead from March on, the coming one; told in the past, the one begun.
  { sentence: 'The talks will resume in the new year.', extent: 'the new year', type: 'DATE', value: '2025', dct: '2024-04-04' },
  { sentence: 'The hearing was adjourned until the new year.', extent: 'the new year', type: 'DATE', value: '2025-01-01', dct: '2024-04-04' },
  { sentence: 'Prices rose sharply in the new year.', extent: 'the new year', type: 'DATE', value: '2024', dct: '2024-11-20' },
  // In December the year begun is too old to be called new, whatever the tense.
  { sentence: 'Any bill not signed by then must be reintroduced in the new year.', extent: 'the new year', type: 'DATE', value: '2013', dct: '2012-12-31' },
  { sentence: 'The vote was pushed into the new year, the speaker said.', extent: 'the new year', type: 'DATE', value: '2014', dct: '2013-12-20' },
  { sentence: 'Sales were weak in the new year, the company said.', extent: 'the new year', type: 'DATE', value: '2014', dct: '2014-01-10' },
  { sentence: 'Eight days before the new year, Franco will throw his forces into Catalonia.', extent: 'Eight days before the new year', type: 'DATE', value: '1998-12-24', dct: '1998-11-20' },
  { sentence: 'Eight days before the new year, Franco threw his forces into Catalonia.', extent: 'Eight days before the new year', type: 'DATE', value: '1997-12-24', dct: '1998-11-20' },
  { sentence: 'Now with new construction under way, buyers backed out.', extent: 'Now', type: 'DATE', value: 'PRESENT_REF' },
  // "now that" opening a clause is now; "Now that is…" is a demonstrative's.
  { sentence: 'The port is the only outlet now that the blockade has tightened.', extent: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'The value of the stock market has fallen today.', extent: 'today', type: 'DATE', value: '1998-01-08' },
  // A part of the day the text is at.
  { sentence: 'Power should be back by the end of the day.', extent: 'the end of the day', type: 'DATE', value: '1998-01-08', mod: 'END' },
  { sentence: 'Earlier in the day, the minister resigned.', extent: 'the day', type: 'DATE', value: '1998-01-08' },
  // After a month just gone with no day of it told, "the day" is the day of the news; a month long gone keeps it unknown.
  { sentence: 'Anastasiades, who was elected last month, met EU leaders earlier in the day.', extent: 'the day', type: 'DATE', value: '2013-03-24', dct: '2013-03-24' },
  { sentence: 'Talks collapsed in February. Later in the day, the president met party leaders.', extent: 'the day', type: 'DATE', value: '2013-03-24', dct: '2013-03-24' },
  { sentence: 'The treaty was signed in June 1998. Later in the day, the leaders dined together.', extent: 'the day', type: 'DATE', value: '1998-06-XX', dct: '2013-03-24' },
  { sentence: 'At the end of the day, the talks broke up.', extent: 'the end of the day', type: 'DATE', value: '1998-01-08', mod: 'END' },
  { sentence: 'On January 5 the talks collapsed. By the close of the day, both sides had left.', extent: 'the close of the day', type: 'DATE', value: '1998-01-05', mod: 'END' },
  { sentence: 'The agency said yesterday that it would appeal.', extent: 'yesterday', type: 'DATE', value: '1998-01-07' },
  { sentence: 'The court will rule tomorrow.', extent: 'tomorrow', type: 'DATE', value: '1998-01-09' },
  { sentence: 'The company recently sold its stake.', extent: 'recently', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Such deals were rare in the past.', extent: 'the past', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Demand will grow in the future.', extent: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'The firm is currently reviewing bids.', extent: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'Officials said the plant will soon reopen.', extent: 'soon', type: 'DATE', value: 'FUTURE_REF' },
  // "One day" after a modal or a hope, or opening a sentence whose verb is a modal's, is some day ahead, no span.
  { sentence: '"One day I will be back," Mourinho said in an interview broadcast Monday night.', extent: 'One day', type: 'DATE', value: 'FUTURE_REF', dct: '2013-03-12' },
  { sentence: 'Some day, we will win this competition, the captain said.', extent: 'Some day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'The 19-year-old hopes to one day play for Barcelona.', extent: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'Analysts say the region could one day rival Silicon Valley.', extent: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'Farkas expressed the hope he one day follow in her footsteps.', extent: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'He says he will someday coach the national team.', extent: 'someday', type: 'DATE', value: 'FUTURE_REF' },
  // "future" as a noun after a possessive is still a time.
  { sentence: "The ruling would take the decision about Elian's future away from INS.", extent: 'future', type: 'DATE', value: 'FUTURE_REF' },
  // A sentence opening on "now" is told from the writing again: "the year" after it is the year of writing.
  {
    sentence: 'Hiring in December was also stronger. "For now, the labor market is shrugging off the tax increases that took effect at the start of the year."',
    extent: 'the start of the year', type: 'DATE', value: '2013', mod: 'START', dct: '2013-03-08',
  },
  { sentence: 'Sales fell in December. Now the company is cutting its forecast for the year.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-03-08' },
  // …for that sentence only: the story's day is the one told before for the sentences after.
  {
    sentence: 'The ceremony will be held on Friday. "Now it\'s time to honor the man," the mayor said. Crowds will gather early that morning.',
    extent: 'early that morning', type: 'TIME', value: '2013-11-22TMO', dct: '2013-11-20',
  },
  // …not "now" inside a clause about the past.
  { sentence: 'In 2009 the firm, now owned by Acme, lost money, and by the end of the year it was bankrupt.', extent: 'the end of the year', type: 'DATE', value: '2009', mod: 'END', dct: '2013-03-08' },
  // A hope in the past perfect was overtaken: it looks ahead no more, so its year is the writing's, not the one guessed
  // for a month told ahead before it.
  { sentence: 'Leaders want to send a final bill to the president in early February. Mr. Obama, who had hoped to sign a bill by the end of the year, called the vote historic.', extent: 'the end of the year', type: 'DATE', value: '2009', mod: 'END', dct: '2009-12-24' },
  { sentence: 'Leaders want to send a final bill to the president in early February. Mr. Obama, who hopes to sign a bill by the end of the year, called the vote historic.', extent: 'the end of the year', type: 'DATE', value: '2009', mod: 'END', dct: '2009-12-24' },
  // A day word in a quote counts from the day its attribution names, after the quote or before it…
  { sentence: '"We\'ll know more tomorrow, once the autopsy is done," the chief told reporters Wednesday evening.', extent: 'tomorrow', type: 'DATE', value: '2013-03-21', dct: '2013-03-21' },
  { sentence: '"We\'re going to be here all night and probably into tomorrow," Fire Chief Luis Ortega said late Saturday night.', extent: 'tomorrow', type: 'DATE', value: '2013-03-17', dct: '2013-03-17' },
  { sentence: '"Yesterday was the hardest day of my life," the driver told The Associated Press on Monday.', extent: 'Yesterday', type: 'DATE', value: '2013-03-17', dct: '2013-03-21' },
  { sentence: 'The fire commissioner told reporters on Sunday: "Tomorrow is going to be a very difficult day."', extent: 'Tomorrow', type: 'DATE', value: '2012-12-31', dct: '2012-12-31' },
  { sentence: 'The autopsy was finished, the chief said Tuesday. "Tomorrow we will know more."', extent: 'Tomorrow', type: 'DATE', value: '2013-03-20', dct: '2013-03-21' },
  // …told to anyone ("told mourners"), or in an interview, a statement or a homily.
  { sentence: '"Tomorrow we will bury our brother," the abbot told mourners on Thursday.', extent: 'Tomorrow', type: 'DATE', value: '2013-03-15', dct: '2013-03-16' },
  { sentence: '"He died this morning," his daughter said in a telephone interview Friday.', extent: 'this morning', type: 'TIME', value: '2013-03-15TMO', dct: '2013-03-16' },
  { sentence: '"Tonight we pray for him," the cardinal told worshippers in a homily Thursday.', extent: 'Tonight', type: 'TIME', value: '2013-03-14TNI', dct: '2013-03-16' },
  { sentence: '"We will know more tomorrow," the sheriff said at a news conference Tuesday.', extent: 'tomorrow', type: 'DATE', value: '2013-03-06', dct: '2013-03-08' },
  { sentence: '"We will know more tomorrow," the sheriff told reporters at the scene Tuesday.', extent: 'tomorrow', type: 'DATE', value: '2013-03-06', dct: '2013-03-08' },
  { sentence: 'The man spoke at a news conference Thursday afternoon. "But today I feel like the state finally said it was sorry."', extent: 'today', type: 'DATE', value: '2013-03-08', dct: '2013-03-08' },
  { sentence: 'The man said at a news conference Thursday afternoon: "Today I feel like the state finally said it was sorry."', extent: 'Today', type: 'DATE', value: '2013-03-07', dct: '2013-03-08' },
  // …as does a count back from now.
  { sentence: '"He was sitting on that porch two days ago," a neighbor said Wednesday.', extent: 'two days ago', type: 'DATE', value: '2013-03-18', dct: '2013-03-23' },
  { sentence: 'His mother told reporters on Monday: "Ten days ago, he was a happy kid."', extent: 'Ten days ago', type: 'DATE', value: '2013-03-08', dct: '2013-03-23' },
  // …not from a day of another clause, nor from the writing's when no day is named.
  { sentence: '"He was sitting on that porch two days ago," a neighbor said.', extent: 'two days ago', type: 'DATE', value: '2013-03-21', dct: '2013-03-23' },
  { sentence: '"We will know more tomorrow," the sheriff said at the scene.', extent: 'tomorrow', type: 'DATE', value: '2013-03-09', dct: '2013-03-08' },
  { sentence: '"Today was hard," he said, and on Friday the body was found.', extent: 'Today', type: 'DATE', value: '2013-03-21', dct: '2013-03-21' },
  { sentence: '"We will know more tomorrow," the chief said.', extent: 'tomorrow', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  // So is a week named from now in a quote told on a day of an earlier week; with no day told, the writing's.
  { sentence: '"Next week we will know more," the envoy told reporters last Friday.', extent: 'Next week', type: 'DATE', value: '2013-W12', dct: '2013-03-21' },
  { sentence: '"We will meet again next week," the minister said on Friday.', extent: 'next week', type: 'DATE', value: '2013-W12', dct: '2013-03-19' },
  { sentence: '"We will meet again next week," the minister said.', extent: 'next week', type: 'DATE', value: '2013-W13', dct: '2013-03-19' },
  { sentence: 'The autopsy was finished on Tuesday. "Tomorrow we will know more," he said.', extent: 'Tomorrow', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'On Tuesday the storm hit. "Tomorrow will be worse," the mayor said.', extent: 'Tomorrow', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
];

describe('deictic words point at the time of writing', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
