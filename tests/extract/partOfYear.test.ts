import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1989-10-25';

const cases: readonly Case[] = [
  // A span of a quarter's length ending on a day restates the quarter: "the quarter" after it is still that quarter.
  {
    sentence: 'Acme said third-quarter profit fell. It earned $38 million in the three months ended Sept. 30, compared with $44 million a year earlier. Sales fell 2 percent in the quarter.',
    extent: 'the quarter', type: 'DATE', value: '2012-Q3', dct: '2013-03-28',
  },
  {
    sentence: 'Acme said third-quarter profit fell. It earned $38 million in the three months ended Sept. 30, compared with $44 million a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '2011-Q3', dct: '2013-03-28',
  },
  {
    sentence: 'Profit fell in the fiscal second quarter. Harlan earned $38 million in the 12 weeks ended March 2. Sales at stores open at least a year declined 2 percent during the quarter.',
    extent: 'the quarter', type: 'DATE', value: '2013-Q2', dct: '2013-03-28',
  },
  // A longer span does not: the report has moved on to it.
  {
    sentence: 'Acme said third-quarter profit fell. For the nine months ended Sept. 30, it earned $90 million, compared with $80 million a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '2011', dct: '2013-03-28',
  },
  // A part of a year whose possessive is written before it is of that year.
  { sentence: "The company expects 1990's first-quarter earnings to rise.", extent: 'first-quarter', type: 'DATE', value: '1990-Q1', dct: '1989-10-24' },
  { sentence: "Profit will improve in 1990's second half, analysts said.", extent: 'second half', type: 'DATE', value: '1990-H2', dct: '1989-10-24' },
  { sentence: "Sales in 1987's fiscal fourth quarter rose 8%.", extent: 'fiscal fourth quarter', type: 'DATE', value: '1987-Q4', dct: '1989-10-24' },
  // "that fall" closing its phrase after a word that cannot be the plural subject of the verb "fall".
  { sentence: 'He was arrested in February 1987. At his trial that fall, the jury took less than a day to convict him.', extent: 'that fall', type: 'DATE', value: '1987-FA', dct: '2013-03-24' },
  { sentence: 'He was arrested in February 1987 and went on trial that fall.', extent: 'that fall', type: 'DATE', value: '1987-FA', dct: '2013-03-24' },
  { sentence: 'He was arrested in February 1987. That fall, he recanted his confession.', extent: 'That fall', type: 'DATE', value: '1987-FA', dct: '2013-03-24' },
  // …or opening its sentence, maybe after "by", before a pronoun subject, with no comma.
  { sentence: 'He was arrested in February 1987. That fall he recanted his confession.', extent: 'That fall', type: 'DATE', value: '1987-FA', dct: '2013-03-24' },
  { sentence: 'In the spring of 2009 the family hired an outsider. By that fall she was running the plant.', extent: 'that fall', type: 'DATE', value: '2009-FA', dct: '2013-03-17' },
  // …or opening a clause after a comma with its preposition, whatever subject follows.
  { sentence: 'The rate on their loan reset in the spring of 2008, and by that fall they were two months behind.', extent: 'that fall', type: 'DATE', value: '2008-FA', dct: '2018-06-02' },
  { sentence: 'They bought the house in 2006, but by that fall the market had turned.', extent: 'that fall', type: 'DATE', value: '2006-FA', dct: '2018-06-02' },
  // A plan told as first made still names a season ahead, whatever became of it.
  { sentence: 'The spending review, originally planned for the autumn, has been brought forward to 26 June.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-16' },
  { sentence: 'The referendum, first planned for the autumn, was brought forward to June.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-16' },
  // An expectation or a plan overtaken names the season of the year of writing, not last year's.
  { sentence: 'Most political observers had expected the prime minister to wait until the fall.', extent: 'the fall', type: 'DATE', value: '2024-FA', dct: '2024-05-22' },
  // After a word of time, "the fall" before a verb is still the season.
  { sentence: 'The harvest failed in 2023. By the fall had come the first frosts.', extent: 'the fall', type: 'DATE', value: '2023-FA', dct: '2024-05-22' },
  { sentence: 'The election had been expected in the autumn, but the government collapsed.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-21' },
  { sentence: 'The vote had been scheduled for the spring.', extent: 'the spring', type: 'DATE', value: '2024-SP', dct: '2024-05-22' },
  // A season in a clause of its own after the plan is told by that clause.
  { sentence: 'The transition had been planned for years, but the summer brought surprises.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2012-12-30' },
  // "the first day of the new year": that day of the year "the new year" alone is (the coming one in December).
  { sentence: 'The law took effect Tuesday, the first day of the new year.', extent: 'the first day of the new year', type: 'DATE', value: '2013-01-01', dct: '2013-01-03' },
  { sentence: 'Higher fares take effect on the first day of the new year, the agency said.', extent: 'the first day of the new year', type: 'DATE', value: '2013-01-01', dct: '2012-12-20' },
  { sentence: 'Parliament will sit again in the first week of the new year.', extent: 'the first week of the new year', type: 'DATE', value: '2013-W01', dct: '2012-12-20' },
  { sentence: 'The first day of the year was quiet.', extent: 'The first day of the year', type: 'DATE', value: '2013-01-01', dct: '2013-01-03' },
  // "the last day of the decade": Dec. 31 of the decade's year ending in 9, of the decade told or the writing's.
  { sentence: 'Thousands fled to the beaches as fires swept through coastal towns on the last day of the decade.', extent: 'the last day of the decade', type: 'DATE', value: '2019-12-31', dct: '2019-12-31' },
  { sentence: 'In the 1960s the city doubled in size; on the last day of the decade it counted a million people.', extent: 'the last day of the decade', type: 'DATE', value: '1969-12-31', dct: '2013-03-21' },
  { sentence: 'Sales fell sharply on the last day, traders said.', extent: 'the last day', type: 'DATE', value: '2019-12-30', dct: '2019-12-31' },
  // "the summer before," closing its phrase: the season before the time told, as "the previous summer" is.
  { sentence: 'He was elected in November 2008. The summer before, he had toured Europe.', extent: 'The summer before', type: 'DATE', value: '2008-SU', dct: '2013-03-21' },
  { sentence: 'The plant opened in March 2004. The autumn after, it doubled its staff.', extent: 'The autumn after', type: 'DATE', value: '2004-FA', dct: '2013-03-21' },
  { sentence: 'He toured Europe the summer before the election.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2013-03-21' },
  // "the summer before last": a year before last summer, as two summers ago is.
  { sentence: 'The drought began the summer before last, farmers said.', extent: 'the summer before last', type: 'DATE', value: '2011-SU', dct: '2013-03-21' },
  { sentence: 'The river flooded the winter before last.', extent: 'the winter before last', type: 'DATE', value: '2023-WI', dct: '2024-04-04' },
  // How long a plan was in the making does not point ahead; what it is planned for does.
  { sentence: 'The handover had been prepared and was planned for years, but the summer brought surprises.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2012-12-30' },
  { sentence: 'The merger was planned for several months, but the summer brought a collapse.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2012-12-30' },
  { sentence: 'The launch is planned for the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2012-12-30' },
  // "the fall" after a word of time stays the season before a verb that a drop may be the subject of.
  { sentence: 'In the fall came a second wave of arrivals.', extent: 'the fall', type: 'DATE', value: '2012-FA', dct: '2013-03-21' },
  // What is promised now or lately by a time lies ahead; what had been promised may have come due.
  { sentence: 'Lawmakers have promised a broader bill by summer.', extent: 'summer', type: 'DATE', value: '2013-SU', dct: '2013-03-27' },
  { sentence: 'The government has pledged new rules by the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-27' },
  { sentence: 'Lawmakers had promised a broader bill by summer.', extent: 'summer', type: 'DATE', value: '2012-SU', dct: '2013-03-27' },
  // So does a promise told in the simple past with its deadline: news of a promise lately made; not one told as missed.
  { sentence: 'The European Commission has warned France over air quality. The government promised a new plan by the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-23' },
  { sentence: 'The environment minister pledged tougher rules on diesel exhaust before the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-23' },
  { sentence: 'The government promised a new plan by the summer but has yet to publish it.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2013-03-23' },
  // What one hopes to get done has no tense of its own ("get it passed"); what one got done does.
  { sentence: 'Obama said he hopes to introduce legislation in January and get it passed by the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2012-12-29' },
  { sentence: 'Leaders want to reach a deal and get the bill signed by the spring.', extent: 'the spring', type: 'DATE', value: '2013-SP', dct: '2012-11-20' },
  { sentence: 'Leaders got the bill signed in the spring.', extent: 'the spring', type: 'DATE', value: '2012-SP', dct: '2012-11-20' },
  // A bare season takes the year its sentence opens with, or the one a "when" clause hangs on, as a month does.
  { sentence: 'In 2011, by the spring, fighting had resumed in the north.', extent: 'the spring', type: 'DATE', value: '2011-SP', dct: '2013-03-19' },
  { sentence: 'Since 2008, when the mill closed in the autumn, the town has lost a third of its people.', extent: 'the autumn', type: 'DATE', value: '2008-FA', dct: '2013-03-19' },
  { sentence: 'By the spring, fighting had resumed in the north.', extent: 'the spring', type: 'DATE', value: '2012-SP', dct: '2013-02-15' },
  // …and one told soon after a month of an earlier year the story is at, as a month is.
  { sentence: 'In July 2011, the army besieged Hama. By the fall, defectors had formed a rebel army.', extent: 'the fall', type: 'DATE', value: '2011-FA', dct: '2013-03-15' },
  { sentence: 'In March 2011, protests began in Deraa. By the summer, the army had moved in.', extent: 'the summer', type: 'DATE', value: '2011-SU', dct: '2013-03-15' },
  // The telling that closes a quote is not the tense of what was told inside it.
  { sentence: '"We don\'t see prices stabilizing until the spring," the group\'s chief economist said.', extent: 'the spring', type: 'DATE', value: '2009-SP', dct: '2008-12-22' },
  { sentence: '"We see the market turning in the spring," the analyst said.', extent: 'the spring', type: 'DATE', value: '2013-SP', dct: '2012-12-20' },
  { sentence: '"We lost a lot of money in the spring," the farmer said.', extent: 'the spring', type: 'DATE', value: '2012-SP', dct: '2012-12-20' },
  // A span the present perfect progressive ran through has begun; one still to run through lies ahead.
  { sentence: '"She has been writing through the autumn and will go back into the studio next month," a spokeswoman said.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2014-01-02' },
  { sentence: 'The band has been rehearsing new songs through the summer, its manager said.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2013-03-21' },
  { sentence: 'The band will be touring through the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-21' },
  { sentence: 'The theater has extended the run through the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-21' },
  // What a work is announced or readied for lies ahead, whatever the tense of the telling; not a plan undone.
  { sentence: 'The band has announced a new album for release in the autumn, its first since 2009.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-17' },
  { sentence: 'The publisher said it had scheduled the memoir for publication in the spring.', extent: 'the spring', type: 'DATE', value: '2013-SP', dct: '2012-12-28' },
  { sentence: 'The novel, originally announced for publication in the autumn, came out in January.', extent: 'the autumn', type: 'DATE', value: '2012-FA', dct: '2013-03-17' },
  // "Split" is a past form before what it tells of the parting; not a stock's, nor after "will" or "to".
  { sentence: 'The pair split in the summer after three years together, a source said.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2013-03-21' },
  { sentence: 'The band will split up in the summer after a farewell tour.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-21' },
  { sentence: 'The company plans a 2-for-1 stock split in the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-21' },
  { sentence: 'The launch was planned for the summer.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2012-12-30' },
  // "two summers ago": last summer is one summer ago, each more a year before it (a winter is named by its January).
  { sentence: 'Two summers ago we drove across Spain.', extent: 'Two summers ago', type: 'DATE', value: '2022-SU', dct: '2024-04-04' },
  { sentence: 'Three winters ago the lake froze.', extent: 'Three winters ago', type: 'DATE', value: '2022-WI', dct: '2024-04-04' },
  // What a prediction names lies ahead of it; a figure expected of a time is often one reported, and so stays behind.
  { sentence: 'Health officials predicted a second wave of infections in the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-22' },
  { sentence: 'The company said it expected regulatory approval in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-03-22' },
  { sentence: 'Economists expected a gain of 0.3 percent in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-22' },
  // Points an index gained and a clock time are no game: the quarter stays one of the year.
  { sentence: 'The index gained 14 points in the fourth quarter and closed at 4:00 on the last day.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-22' },
  // So does a quarter or a season that is the subject of what was told, with a modal for its verb.
  { sentence: 'The company said the third quarter will be difficult.', extent: 'the third quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-14' },
  { sentence: 'He told analysts that the second quarter should see a rebound in orders.', extent: 'the second quarter', type: 'DATE', value: '2013-Q2', dct: '2013-03-14' },
  { sentence: 'The chief executive told the BBC the summer would be difficult.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-14' },
  { sentence: 'Analysts said the fourth quarter was weak.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-14' },
  // "No earlier than" bounds a time to come; it tells no past.
  { sentence: 'The deal is expected to close no earlier than the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-03-21' },
  // A plural present "plan" looks ahead, as "begin" does; the noun does not.
  { sentence: 'Teachers in England and Wales plan regional strikes from June, and a national strike in the autumn, their unions said last week.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-27' },
  { sentence: "The government's budget plan cut spending in the autumn.", extent: 'the autumn', type: 'DATE', value: '2012-FA', dct: '2013-03-27' },
  { sentence: 'Analysts had expected approval in the fourth quarter, but the agency delayed its decision.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-22' },
  { sentence: 'Profit rose 10% in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '1989-Q3' },
  // "Earlier" or "later" narrows a season of this year or that one, as it does "this year", and belongs to the timex.
  { sentence: 'A test version will be available later this spring, the company said.', extent: 'later this spring', type: 'DATE', value: '2013-SP', dct: '2013-03-21' },
  { sentence: 'Sales of snow blowers fell earlier this winter.', extent: 'earlier this winter', type: 'DATE', value: '2013-WI', dct: '2013-03-21' },
  { sentence: 'The phone will go on sale this summer.', extent: 'this summer', type: 'DATE', value: '2013-SU', dct: '2013-03-21' },
  // Told ahead, a quarter something is to happen in is one still to come, even just after one of its number ended;
  // not a quarter a figure is told of, which may be the one just over.
  { sentence: 'The phone will reach Europe in the fourth quarter and Asia in 2008.', extent: 'the fourth quarter', type: 'DATE', value: '2007-Q4', dct: '2007-01-09' },
  { sentence: 'The company said the new chip will ship in the first quarter.', extent: 'the first quarter', type: 'DATE', value: '2014-Q1', dct: '2013-07-10' },
  { sentence: 'The company expects to post a loss in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2006-Q4', dct: '2007-01-09' },
  { sentence: 'Economists said growth will slow in the second quarter.', extent: 'the second quarter', type: 'DATE', value: '2013-Q2', dct: '2013-07-10' },
  { sentence: 'The phone went on sale in Europe in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2006-Q4', dct: '2007-01-09' },
  { sentence: 'Profit for the fiscal third quarter ended March 31 rose 19 percent.', extent: 'the fiscal third quarter', type: 'DATE', value: '2013-Q3', dct: '2013-04-18' },
  { sentence: 'Apple sold 47.8 million iPhones in the fiscal first quarter ended December 29.', extent: 'the fiscal first quarter', type: 'DATE', value: '2012-Q1', dct: '2013-01-24' },
  { sentence: 'Infosys reported a 1.4% drop in net profit for the fourth quarter ended March 31, 2013.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-05-15' },
  { sentence: 'The firm made a profit in the first quarter ended June 30.', extent: 'the first quarter', type: 'DATE', value: '2012-Q1', dct: '2013-05-15' },
  { sentence: 'Profit for the fourth quarter ended 31 March 2013 fell by 2 per cent.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-05-15' },
  // A quarter with no number is named by the months up to its day: November to January is the fourth.
  { sentence: 'Hewlett-Packard said last month that revenue fell 8 percent in the quarter ended Jan. 31.', extent: 'the quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-19' },
  // …unless the quarter has its own year written.
  { sentence: 'Sales in the fourth quarter of fiscal 2012, which ended Feb. 1, 2013, fell.', extent: 'the fourth quarter of fiscal 2012', type: 'DATE', value: '2012-Q4', dct: '2013-05-15' },
  // Told in the past, a quarter not yet begun is no candidate, however near.
  { sentence: 'Stocks had their best first quarter since 1998.', extent: 'first quarter', type: 'DATE', value: '2012-Q1', dct: '2012-12-28' },
  // …nor one begun only days before: a deed done in it would be told by its day.
  { sentence: 'In the first half of the year, the city had only 27 days with good air.', extent: 'the first half of the year', type: 'DATE', value: '2013-H1', dct: '2014-01-01' },
  { sentence: 'Gas output fell last year, and exports to Europe fell 8 percent in the first quarter.', extent: 'the first quarter', type: 'DATE', value: '2012-Q1', dct: '2013-01-05' },
  { sentence: 'Exports to Europe slumped in the first quarter after a cold spell.', extent: 'the first quarter', type: 'DATE', value: '2013-Q1', dct: '2013-03-05' },
  { sentence: 'Exports to Europe will recover in the first quarter.', extent: 'the first quarter', type: 'DATE', value: '2013-Q1', dct: '2013-01-05' },
  // "last summer" is the latest that has ended; "this winter" the one under way. A winter is named by the year of its
  // January (Dec 2024 to Feb 2025 is 2025-WI).
  { sentence: 'It was hot last summer.', extent: 'last summer', type: 'DATE', value: '2024-SU', dct: '2025-07-20' },
  { sentence: 'It has been cold this winter.', extent: 'this winter', type: 'DATE', value: '2025-WI', dct: '2025-01-20' },
  // The season a record or a first is of is this one, in a forecast too: in March, the winter just gone; in November, the
  // one to come.
  { sentence: "This week's storm could be the biggest of the winter.", extent: 'the winter', type: 'DATE', value: '2013-WI', dct: '2013-03-18' },
  { sentence: 'The first snow of the winter is expected on Tuesday.', extent: 'the winter', type: 'DATE', value: '2014-WI', dct: '2013-11-10' },
  { sentence: 'The storm will hit in the winter.', extent: 'the winter', type: 'DATE', value: '2014-WI', dct: '2013-03-18' },
  // Told in the past, "this winter" is the one of the year that is over, not the coming one.
  { sentence: 'Flu cases this winter were the highest in a decade.', extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2013-03-20' },
  { sentence: 'The lake will freeze this winter.', extent: 'this winter', type: 'DATE', value: '2014-WI', dct: '2013-03-20' },
  { sentence: 'It was colder last winter.', extent: 'last winter', type: 'DATE', value: '2024-WI', dct: '2025-01-20' },
  // In December the winter under way has begun, and is named by the January ahead; so are the months told after it.
  { sentence: 'Snow has fallen in Chicago on 12 days this winter.', extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2012-12-30' },
  { sentence: 'The drought has persisted into the winter. Barge traffic could be halted in early January.', extent: 'the winter', type: 'DATE', value: '2013-WI', dct: '2012-12-30' },
  { sentence: 'The drought has persisted into the winter. Barge traffic could be halted in early January.', extent: 'early January', type: 'DATE', value: '2013-01', mod: 'START', dct: '2012-12-30' },
  { sentence: 'It was much colder last winter.', extent: 'last winter', type: 'DATE', value: '2012-WI', dct: '2012-12-30' },
  { sentence: '"The coming winter will be very hard," the president said.', extent: 'The coming winter', type: 'DATE', value: '2024-WI', dct: '2023-12-27' },
  { sentence: 'He said that winter was the hardest of his career.', extent: 'that winter', type: 'DATE', value: '2013-WI', dct: '2013-03-14' },
  { sentence: 'She said on Monday that summer, the school had closed twice.', extent: 'that summer', type: 'DATE', value: '2013-SU', dct: '2013-03-14' },
  // "Would have" with an object is something still to have; with a participle it looks back.
  { sentence: 'It drew 250,000 visitors in Chicago last summer and moves to London in the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-15' },
  { sentence: 'Wenger said on Thursday he would have money to spend in the summer transfer window.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-03-14' },
  { sentence: 'He said the club would have sold him in the summer, had anyone offered.', extent: 'the summer', type: 'DATE', value: '2012-SU', dct: '2013-03-14' },
  // The year written with the full year is the quarter's too.
  { sentence: 'Acme said it will release its fourth quarter and full-year 2012 financial results on March 28.', extent: 'fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-14' },
  // So is a quarter called fiscal, told in the past.
  { sentence: 'Oracle said fiscal third-quarter profit rose 18 percent.', extent: 'fiscal third-quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-20' },
  // A half told near shares or a dividend is one of a financial year.
  {
    sentence: 'Pinault said the group would complete the spin-off of its retail chain by the end of the first half. Its shares are expected to begin trading in June.',
    extent: 'the end of the first half', type: 'DATE', value: '2013-H1', dct: '2013-03-07',
  },
  // The first of two seasons shares the year named after the second.
  { sentence: 'Hiring was up from about 150,000 a month in the spring and summer of last year.', extent: 'the spring', type: 'DATE', value: '2012-SP', dct: '2013-03-05' },
  // Seasons paired after "this", "last" or "next" are told in order: the second is the first of its kind after the first.
  { sentence: 'Talks between the two sides resumed this spring and summer.', extent: 'summer', type: 'DATE', value: '2013-SU', dct: '2013-03-25' },
  { sentence: 'Israel says Iran could have enough uranium for a bomb by next spring or summer.', extent: 'summer', type: 'DATE', value: '2014-SU', dct: '2013-03-25' },
  { sentence: 'Fighting around the city eased last winter and spring.', extent: 'spring', type: 'DATE', value: '2013-SP', dct: '2013-03-25' },
  { sentence: 'Rebels took the town last autumn and winter.', extent: 'winter', type: 'DATE', value: '2013-WI', dct: '2013-03-25' },
  // Told in the past soon after it ends, "this winter" (or fall) is the one just over; ahead, the coming one.
  { sentence: 'It was the first time this winter that federal offices closed for snow.', extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2013-03-06' },
  { sentence: 'Heating bills have soared this winter.', extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2013-03-06' },
  // …told in the present too, for a winter: the next one is most of a year away. Not one told ahead, nor one long over.
  { sentence: "The government says this winter's flu season is winding down after peaking in January.", extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2013-03-22' },
  { sentence: "The government says this winter's flu season is winding down after peaking in January.", extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-22' },
  { sentence: 'Snowfall this winter is well above average in the Rockies.', extent: 'this winter', type: 'DATE', value: '2013-WI', dct: '2013-04-10' },
  { sentence: 'This winter, the city plans to add more snowplows.', extent: 'This winter', type: 'DATE', value: '2014-WI', dct: '2013-03-22' },
  { sentence: 'Snowfall this winter is expected to be heavy.', extent: 'this winter', type: 'DATE', value: '2014-WI', dct: '2013-06-10' },
  { sentence: 'Sales were weak this fall.', extent: 'this fall', type: 'DATE', value: '2012-FA', dct: '2013-01-10' },
  { sentence: 'Voters go to the polls this fall.', extent: 'this fall', type: 'DATE', value: '2013-FA', dct: '2013-01-10' },
  { sentence: 'It will be colder next winter.', extent: 'next winter', type: 'DATE', value: '2026-WI', dct: '2025-01-20' },
  { sentence: 'It snowed heavily in the winter.', extent: 'the winter', type: 'DATE', value: '2025-WI', dct: '2025-03-14' },
  { sentence: "The couple married in the summer of '69.", extent: "the summer of '69", type: 'DATE', value: '1969-SU', dct: '2024-04-04' },
  { sentence: "The brand unveiled its Spring '24 collection in Paris.", extent: "Spring '24", type: 'DATE', value: '2024-SP', dct: '2024-04-04' },
  { sentence: "Sales slumped in winter '23.", extent: "winter '23", type: 'DATE', value: '2023-WI', dct: '2024-04-04' },
  // A part of next (last, this) year.
  { sentence: 'The plant opens in the first quarter of next year.', extent: 'the first quarter of next year', type: 'DATE', value: '2025-Q1', dct: '2024-04-04' },
  // A fiscal year named before the quarter is its year, with no article too.
  { sentence: 'The company reported results for its fiscal 2015 fourth quarter on Tuesday.', extent: 'fiscal 2015 fourth quarter', type: 'DATE', value: '2015-Q4', dct: '2015-11-04' },
  // Results to be reported are of the latest quarter begun, not of one still to come.
  { sentence: 'The company will announce its first-quarter results next week.', extent: 'first-quarter', type: 'DATE', value: '2014-Q1', dct: '2014-05-22' },
  // Data told of a quarter are of one begun, whatever the tense of their release.
  { sentence: 'Investors will get a look at the final reading of fourth-quarter economic growth on Thursday.', extent: 'fourth-quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-25' },
  { sentence: 'GDP data for the fourth quarter will be released on Thursday.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-25' },
  { sentence: 'The forecast for the fourth quarter will be released on Thursday.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-03-25' },
  { sentence: 'The retailer is scheduled to report third-quarter earnings on Dec. 2.', extent: 'third-quarter', type: 'DATE', value: '2014-Q3', dct: '2014-11-25' },
  // …unless that one ended too long ago for its results to be news: a fiscal quarter of the year of the writing.
  { sentence: 'Starbucks will report second-quarter results on April 25 after the market closes.', extent: 'second-quarter', type: 'DATE', value: '2013-Q2', dct: '2013-03-21' },
  { sentence: 'Microsoft will report fiscal third-quarter earnings on April 18.', extent: 'fiscal third-quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-21' },
  { sentence: 'The company will report fourth-quarter results on Thursday.', extent: 'fourth-quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-21' },
  // So are its sales, revenue or profit reported.
  { sentence: 'Oracle shares fell nearly 9 percent after the software maker reported third-quarter sales that missed forecasts.', extent: 'third-quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-21' },
  { sentence: 'Oracle posted third-quarter profit of $2.5 billion.', extent: 'third-quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-21' },
  // A forecast of the quarter's figures is still of the quarter ahead.
  { sentence: 'Analysts expect fourth-quarter earnings to rise.', extent: 'fourth-quarter', type: 'DATE', value: '2014-Q4', dct: '2014-05-22' },
  // So is a company's guidance in the past tense; what analysts had forecast is of the quarter reported.
  { sentence: 'Oracle forecast fourth-quarter earnings of 87 cents to 91 cents a share, excluding items.', extent: 'fourth-quarter', type: 'DATE', value: '2013-Q4', dct: '2013-03-21' },
  { sentence: 'Apple projected first-quarter revenue of $52 billion, below estimates.', extent: 'first-quarter', type: 'DATE', value: '2013-Q1', dct: '2012-10-26' },
  { sentence: 'Analysts had forecast fourth-quarter earnings of 90 cents a share.', extent: 'fourth-quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-21' },
  // "The last quarter of" a year is its fourth; "the last quarter" alone is the one before the present one.
  { sentence: 'The waiver is now due to launch in the last quarter of 2026.', extent: 'the last quarter of 2026', type: 'DATE', value: '2026-Q4', dct: '2025-10-14' },
  { sentence: 'Output fell in the final quarter of last year.', extent: 'the final quarter of last year', type: 'DATE', value: '2024-Q4', dct: '2025-10-14' },
  { sentence: 'Sales rose in the last quarter.', extent: 'the last quarter', type: 'DATE', value: '2025-Q3', dct: '2025-10-14' },
  { sentence: 'The games will be held in the summer of next year.', extent: 'the summer of next year', type: 'DATE', value: '2025-SU', dct: '2024-04-04' },
  { sentence: 'The company expects to complete the sale by the end of Q3.', extent: 'the end of Q3', type: 'DATE', value: '2024-Q3', dct: '2024-04-09' },
  // A quarter told in passing ("after a flat second quarter") is not the one the report goes on about.
  {
    sentence: 'Profit rose in the third quarter. After a flat second quarter, the company cut costs. In the 1989 period, tax rates were lower.',
    extent: 'the 1989 period', type: 'DATE', value: '1989-Q3', dct: '1989-11-01',
  },
  // A part of last (next) year with no "of" before the year.
  { sentence: 'Profit fell in Q3 last year.', extent: 'Q3 last year', type: 'DATE', value: '2023-Q3', dct: '2024-04-09' },
  { sentence: 'Profit fell in the third quarter last year.', extent: 'the third quarter last year', type: 'DATE', value: '2023-Q3', dct: '2024-04-09' },
  { sentence: 'Sales slowed in the first half last year.', extent: 'the first half last year', type: 'DATE', value: '2023-H1', dct: '2024-04-09' },
  { sentence: 'The bridge was closed in spring last year.', extent: 'spring last year', type: 'DATE', value: '2023-SP', dct: '2024-04-09' },
  { sentence: 'The firm said it expected profits to fall this year.', extent: 'this year', type: 'DATE', value: '2024', dct: '2024-04-09' },
  { sentence: 'He died last fall in his home.', extent: 'last fall', type: 'DATE', value: '2023-FA', dct: '2024-04-09' },
  // A campaign named by its season takes the year written after its name.
  { sentence: 'In 1917 the emperor sought peace. The German Spring Offensive of 1918 began in March.', extent: 'Spring', type: 'DATE', value: '1918-SP', dct: '2009-12-19' },
  // The first of two seasons shares the year written after the second.
  { sentence: 'Both sides spent the spring and early summer of 1943 making preparations.', extent: 'the spring', type: 'DATE', value: '1943-SP', dct: '2009-12-19' },
  // A winter across two years written with both is one winter.
  { sentence: 'The winter of 1854–55 was disastrous for the British army.', extent: 'The winter of 1854–55', type: 'DATE', value: '1855-WI' },
  // A short year after "AD" is of the era.
  { sentence: 'The battle was fought in the winter of AD 208–209 on the Yangtze.', extent: 'the winter of AD 208–209', type: 'DATE', value: '0209-WI' },
  { sentence: 'In the winter of AD 72–73 the governor marched on Masada.', extent: 'the winter of AD 72–73', type: 'DATE', value: '0073-WI' },
  // Before Christ the years count down: the winter of 416/15 BC has its January in 415 BC.
  { sentence: 'In the winter of 416/15 BC envoys from Segesta came to Athens.', extent: 'the winter of 416/15 BC', type: 'DATE', value: 'BC0415-WI' },
  { sentence: 'Mardonius spent the winter of 480–479 BC in Thessaly.', extent: 'the winter of 480–479 BC', type: 'DATE', value: 'BC0479-WI' },
  { sentence: 'During the winter of 1941/42 the army froze.', extent: 'the winter of 1941/42', type: 'DATE', value: '1942-WI' },
  // The story is then at the winter's January: the seasons and years told after it count from there.
  { sentence: 'In the winter of 2009, hospitals ran short of beds. By that spring, the virus had reached 70 countries.', extent: 'that spring', type: 'DATE', value: '2009-SP', dct: '2013-03-21' },
  { sentence: 'In the winter of 2009-10, hospitals ran short of beds. That summer, the virus returned.', extent: 'That summer', type: 'DATE', value: '2010-SU', dct: '2013-03-21' },
  { sentence: 'In the winter of 2009, hospitals ran short of beds. The next year, the vaccine arrived.', extent: 'The next year', type: 'DATE', value: '2010', dct: '2013-03-21' },
  // …and a December told after it still goes back to the one it began in.
  { sentence: 'The winter of 1854–55 was severe. In December, the army starved.', extent: 'December', type: 'DATE', value: '1854-12', dct: '2013-03-21' },
  { sentence: 'The 2023-24 winter was mild.', extent: 'The 2023-24 winter', type: 'DATE', value: '2024-WI' },
  // A past verb right before: the latest one that has begun.
  { sentence: 'The chief executive stepped down in the spring.', extent: 'the spring', type: 'DATE', value: '2024-SP', dct: '2025-01-20' },
  // An expectation told in the present is of the season to come.
  { sentence: 'A decision is expected in the spring, officials said.', extent: 'the spring', type: 'DATE', value: '1990-SP' },
  // A season told ahead is not one already over, however near; one told in the past not one still to begin.
  { sentence: 'The show will return for a sixth season in the spring.', extent: 'the spring', type: 'DATE', value: '2014-SP', dct: '2013-06-11' },
  { sentence: 'The show ended its run in the spring.', extent: 'the spring', type: 'DATE', value: '2013-SP', dct: '2013-06-11' },
  // Bookings are made ahead: the season they are for is the nearest, whatever the tense of telling how they stand.
  { sentence: 'Delta said bookings for the summer were strong.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-04-17' },
  { sentence: 'Delta said bookings for the summer were strong.', extent: 'the summer', type: 'DATE', value: '2013-SU', dct: '2013-10-17' },
  { sentence: 'He said reservations for Easter were running ahead of last year.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-06' },
  { sentence: 'The hearing is set for the summer, lawyers said.', extent: 'the summer', type: 'DATE', value: '1990-SU' },
  // What happens once a thing is done lies ahead; a state of things ("when the economy is weak") does not.
  { sentence: 'The prime minister will step down once a successor is chosen, probably in the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-20' },
  { sentence: 'Obama, who won 71 percent of the Hispanic vote in November, has said he wants a bill on his desk by the end of the summer.', extent: 'the end of the summer', type: 'DATE', value: '2013-SU', mod: 'END', dct: '2013-03-28' },
  { sentence: 'She must report within two weeks and complete the program by early summer, the judge said.', extent: 'early summer', type: 'DATE', value: '1990-SU', mod: 'START' },
  // "Inc." and "$5.2" do not end the sentence, so "earned" still governs the quarter.
  {
    sentence: 'Sun Microsystems Inc., which posted its first quarterly loss, said it earned $5.2 million, or seven cents a share, in the fiscal first quarter.',
    extent: 'the fiscal first quarter', type: 'DATE', value: '1989-Q1', dct: '1989-10-26',
  },
  { sentence: 'Third-quarter earnings fell.', extent: 'Third-quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'The company expects a loss in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '1989-Q4' },
  // What a company expects or forecasts for a quarter lies ahead, told in any month.
  { sentence: 'For the fourth quarter, Northwind expects revenue of $410 million.', extent: 'the fourth quarter', type: 'DATE', value: '2025-Q4', dct: '2025-05-08' },
  { sentence: 'The retailer forecasts a loss for the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2025-Q4', dct: '2025-05-08' },
  { sentence: 'Sales rose in the first quarter of 1988.', extent: 'the first quarter of 1988', type: 'DATE', value: '1988-Q1' },
  { sentence: "Earnings improved in next year's first quarter.", extent: "next year's first quarter", type: 'DATE', value: '1990-Q1' },
  { sentence: 'Revenue grew in the first half of 1989.', extent: 'the first half of 1989', type: 'DATE', value: '1989-H1' },
  // A year written with it keeps a half a half of the year among words of a game.
  { sentence: 'Ticket sales after the halftime show rose in the first half of 1989.', extent: 'the first half of 1989', type: 'DATE', value: '1989-H1' },
  { sentence: 'The campaign will mean lower earnings for the last half of 1989 and for 1990.', extent: 'the last half of 1989', type: 'DATE', value: '1989-H2' },
  // Two quarters from either end of a year are its half.
  { sentence: 'Steelmakers expect weak demand through at least the first two quarters of 1990.', extent: 'the first two quarters of 1990', type: 'DATE', value: '1990-H1' },
  { sentence: 'Margins should recover in the last two quarters of next year.', extent: 'the last two quarters of next year', type: 'DATE', value: '1990-H2' },
  // A qualified quarter stays one whatever word follows it.
  { sentence: 'The chairman said he expects revenue in the latest quarter to total about $28 million.', extent: 'the latest quarter', type: 'DATE', value: '1989-Q3' },
  // "The latest quarter" has been reported: not the running quarter a future clause named just before; but a fourth
  // quarter reported in November is a fiscal one, and it stays.
  {
    sentence: 'The quake will result in a fourth-quarter charge. Earnings fell 59% in the latest quarter.',
    extent: 'the latest quarter', type: 'DATE', value: '1989-Q3', dct: '1989-11-02',
  },
  {
    sentence: 'Ralston reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.76 billion.',
    extent: 'the latest period', type: 'DATE', value: '1989-Q4', dct: '1989-11-02',
  },
  { sentence: 'The plant was closed last summer.', extent: 'last summer', type: 'DATE', value: '1989-SU' },
  { sentence: 'Earnings rose 5% in the third quarter. Revenue for the quarter was flat.', extent: 'the quarter', type: 'DATE', value: '1989-Q3' },
  // A day told since (the day of the report) leaves "the quarter" in the next sentence the one told; not three
  // sentences on, where it is the last one over again.
  { sentence: 'Samsung will issue guidance for the October-December quarter on Jan. 7. Analysts expect a profit of 9.5 trillion won for the quarter.', extent: 'the quarter', type: 'DATE', value: '2013-Q4', dct: '2013-12-31' },
  { sentence: 'Apple will report results for its fiscal second quarter on April 23. Analysts expect revenue of $43 billion for the quarter.', extent: 'the quarter', type: 'DATE', value: '2013-Q2', dct: '2013-03-21' },
  { sentence: 'Apple will report results for its fiscal second quarter on April 23. Its shares rose on Monday. Google fell on Tuesday. Analysts had expected a loss for the quarter.', extent: 'the quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-21' },
  // A figure or a cause after "to" or "from" leaves it the quarter; a month there makes a span of its own.
  { sentence: 'Revenue edged up 2.1% in the quarter to $4.6 billion from $4.5 billion.', extent: 'the quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'The charge is offset by a gain of $30 million in the quarter from the sale of its rolling mill.', extent: 'the quarter', type: 'DATE', value: '1989-Q3' },
  // The hyphenated quarter is an adjective: the article goes with the noun.
  { sentence: 'The third-quarter loss widened, the company said.', extent: 'third-quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'Analysts had expected the fiscal second-quarter profit to rise.', extent: 'fiscal second-quarter', type: 'DATE', value: '1989-Q2' },
  // A fiscal quarter with no year is named by the year of writing, not placed by the calendar's months.
  { sentence: 'Oracle posted its fiscal third-quarter results last night; shares fell 9 percent.', extent: 'fiscal third-quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-21' },
  // A quarter ended on a date: the calendar quarter of its middle month.
  { sentence: 'It had a loss of $92.2 million for the quarter ended Sept. 30.', extent: 'the quarter', type: 'DATE', value: '1989-Q3' },
  { sentence: 'In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.', extent: 'the quarter', type: 'DATE', value: '1989-Q2' },
  { sentence: 'Unemployment hit a two-year high in the quarter to March.', extent: 'the quarter', type: 'DATE', value: '2024-Q1', dct: '2024-06-12' },
  { sentence: 'Apple last reported a year-over-year profit decline in the quarter ended in December 2003.', extent: 'the quarter', type: 'DATE', value: '2003-Q4', dct: '2013-04-24' },
  { sentence: 'Profit fell in the quarter ended in March.', extent: 'the quarter', type: 'DATE', value: '2013-Q1', dct: '2013-04-24' },
  // The quarter under discussion a year back, one timex.
  { sentence: 'Profit rose in the third quarter. Sales rose from the quarter a year ago.', extent: 'the quarter a year ago', type: 'DATE', value: '1988-Q3' },
  // With only a year its sentence measures in, "the same period a year earlier" is the year before it (not one a thing
  // was founded in).
  { sentence: 'Shootings in 2012 were down 20 percent from the same period a year earlier.', extent: 'the same period a year earlier', type: 'DATE', value: '2011', dct: '2013-01-02' },
  { sentence: 'The company, founded in 1985, said sales rose 5% from the same period a year earlier.', extent: 'the same period a year earlier', type: 'DATE', value: '2012', dct: '2013-01-02' },
  { sentence: 'Profit rose in the third quarter, compared with the corresponding period last year.', extent: 'the corresponding period last year', type: 'DATE', value: '1988-Q3' },
  // The day that closes the quarter told leaves that quarter the one compared.
  { sentence: 'The firm reported a loss for the third quarter ended Sept. 30. That compares with a profit for the corresponding period last year.', extent: 'the corresponding period last year', type: 'DATE', value: '1988-Q3' },
  { sentence: 'Net income for the fourth quarter of fiscal 2024, which ended Feb. 1, rose from $350 million a year earlier.', extent: 'a year earlier', type: 'DATE', value: '2023-Q4', dct: '2025-03-04' },
  { sentence: "Net rose in the third quarter from last year's quarter.", extent: "last year's quarter", type: 'DATE', value: '1988-Q3' },
  // A year told after the quarter under discussion leaves that quarter the one compared.
  {
    sentence: 'Third-quarter profit will be lower than the 40 cents a share it earned last year. It earned $2.1 million in the 1988 quarter.',
    extent: 'the 1988 quarter', type: 'DATE', value: '1988-Q3',
  },
  {
    sentence: "Sales for this year's third quarter fell to $9 million from $12 million last year. Export sales for last year's quarter were $4 million.",
    extent: "last year's quarter", type: 'DATE', value: '1988-Q3',
  },
  // Not after a span of months: then the period is that span, and its year is all that is told.
  {
    sentence: 'Third-quarter net rose from a loss last year. In the first nine months, net was $30 million, against $12 million in the 1988 period.',
    extent: 'the 1988 period', type: 'DATE', value: '1988',
  },
  // "The same period of 2011" is the 2011 period: the quarter told, in that year.
  {
    sentence: 'Net income rose 5 percent in the fourth quarter. Apple sold 22.9 million iPads, compared with 15.4 million in the same period of 2011.',
    extent: 'the same period of 2011', type: 'DATE', value: '2011-Q4', dct: '2013-01-24',
  },
  { sentence: 'Shootings fell to 40 in the same period in 2012, from 55.', extent: 'the same period in 2012', type: 'DATE', value: '2012', dct: '2013-01-24' },
  // A season without a determiner, where its company makes it one.
  { sentence: 'After the failure of their 1982 summer offensives, Iran believed that a major effort was needed.', extent: '1982 summer', type: 'DATE', value: '1982-SU' },
  { sentence: 'The rebels launched their spring offensive in the north.', extent: 'spring', type: 'DATE', value: '1989-SP' },
  { sentence: 'Rebel units spent the spring and summer organizing a small army.', extent: 'summer', type: 'DATE', value: '1989-SU' },
  { sentence: 'Both sides had losses, but by the middle of summer the Red army was larger than the White army.', extent: 'the middle of summer', type: 'DATE', value: '1989-SU' },
  // A part of a named month is one timex, not "the last week" before the DCT plus the month.
  // The nth week of a month is an ISO week: the first holds the month's 4th, the last the day three before its end.
  { sentence: 'The BEF alone took 30,441 prisoners in the last week of September.', extent: 'the last week of September', type: 'DATE', value: '1989-W39' },
  // A weekend of a month: the weekend of its nth (last) Saturday.
  { sentence: 'The festival takes place the last weekend in June.', extent: 'the last weekend in June', type: 'DATE', value: '2013-W26-WE', dct: '2013-05-03' },
  { sentence: 'The fair opens the second weekend in July.', extent: 'the second weekend in July', type: 'DATE', value: '2013-W28-WE', dct: '2013-05-03' },
  { sentence: 'Talks resume the first week in June.', extent: 'the first week in June', type: 'DATE', value: '2013-W23', dct: '2013-05-03' },
  // Without a year the week of a month takes its sentence's, as the month alone would.
  { sentence: 'Last year, by contrast, temperatures reached 23 degrees Celsius in Scotland in the final week of March.', extent: 'the final week of March', type: 'DATE', value: '2012-W13', dct: '2013-03-22' },
  { sentence: 'In 2009, the river burst its banks in the first week of June.', extent: 'the first week of June', type: 'DATE', value: '2009-W23', dct: '2013-03-22' },
  // So is the nth day of a month: that day, not the day before the DCT plus the month.
  { sentence: 'The new tax rates take effect on the first day of April.', extent: 'the first day of April', type: 'DATE', value: '2013-04-01', dct: '2013-03-22' },
  { sentence: 'The debt limit will be reached by the last day of February 2014, the Treasury said.', extent: 'the last day of February 2014', type: 'DATE', value: '2014-02-28', dct: '2013-10-17' },
  { sentence: 'In 2009, the law lapsed on the last day of June.', extent: 'the last day of June', type: 'DATE', value: '2009-06-30', dct: '2013-03-22' },
  { sentence: 'He spent his last day in office on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // A bare season in a sentence of a habit is any year's.
  { sentence: 'In winter the lake usually freezes.', extent: 'winter', type: 'DATE', value: 'XXXX-WI' },
  // What slipped to a season was put off to the coming one.
  { sentence: 'The launch slipped to the spring.', extent: 'the spring', type: 'DATE', value: '2025-SP', dct: '2025-01-02' },
  // …and so was what slipped into a time right after it, but not a time after what it slipped into.
  { sentence: '"Many deals slipped into the fourth quarter," she told analysts.', extent: 'the fourth quarter', type: 'DATE', value: '2013-Q4', dct: '2013-03-21' },
  { sentence: 'The launch slipped into April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-21' },
  { sentence: 'The economy slipped into recession in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-21' },
  // …and so was what was pushed or delayed into a month or a part of a year; not a night, nor a time after what it was pushed into.
  { sentence: 'The FDA extended its review by three months, pushing a decision into the third quarter.', extent: 'the third quarter', type: 'DATE', value: '2013-Q3', dct: '2013-03-28' },
  { sentence: 'The company delayed the launch into the autumn.', extent: 'the autumn', type: 'DATE', value: '2013-FA', dct: '2013-03-28' },
  { sentence: 'The company pushed back its launch into September.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-03-28' },
  { sentence: 'The strike pushed the economy into recession in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '2012-Q3', dct: '2013-03-28' },
  { sentence: 'Negotiators on Tuesday pushed talks into the night.', extent: 'the night', type: 'TIME', value: '2013-03-26TNI', dct: '2013-03-28' },
  // A half of "the calendar year" is a half of the year, counted from the writing after a year told in passing.
  { sentence: 'It bought Sun in 2010. The deal is expected to close in the first half of the calendar year.', extent: 'the first half of the calendar year', type: 'DATE', value: '2013-H1', dct: '2013-03-21' },
  // The nth day, week or month of the year or month named.
  { sentence: 'Floods killed 37 people in the first week of the year.', extent: 'the first week of the year', type: 'DATE', value: '1989-W01' },
  // A fiscal year starts where its owner says: its first day is the date it renames, not Jan. 1.
  { sentence: 'The shutdown began at 12:01 a.m. on Oct. 1, the first day of the fiscal year.', extent: 'the first day of the fiscal year', type: 'DATE', value: '2013-10-01', dct: '2013-10-16' },
  { sentence: 'The last week of the year was quiet.', extent: 'The last week of the year', type: 'DATE', value: '1989-W52' },
  { sentence: 'The last day of next month is a holiday.', extent: 'The last day of next month', type: 'DATE', value: '1989-11-30' },
  { sentence: 'In 2019, the first month of the year was cold.', extent: 'the first month of the year', type: 'DATE', value: '2019-01', dct: '2024-05-01' },
  { sentence: 'The rest is due by Sept. 30, the end of the fiscal year.', extent: 'the end of the fiscal year', type: 'DATE', value: '1989', mod: 'END' },
  { sentence: 'The lander will launch no earlier than the second week of November 2024.', extent: 'the second week of November 2024', type: 'DATE', value: '2024-W46' },
  { sentence: 'The first week of December 2024 was wet.', extent: 'The first week of December 2024', type: 'DATE', value: '2024-W49' },
  { sentence: 'In the last two weeks of February 1951, Operation Roundup was followed by Operation Killer.', extent: 'the last two weeks of February 1951', type: 'DURATION', value: 'P2W' },
  // Business shorthand: quarters, halves and fiscal years written as codes.
  { sentence: 'Revenue for Q3 2019 beat forecasts.', extent: 'Q3 2019', type: 'DATE', value: '2019-Q3' },
  { sentence: "The chipmaker's 3Q19 margin narrowed.", extent: '3Q19', type: 'DATE', value: '2019-Q3' },
  // Quarters joined to the one written with the year share it.
  { sentence: 'The rollout runs through Q1-Q2 2025.', extent: 'Q1', type: 'DATE', value: '2025-Q1', dct: '2026-04-04' },
  { sentence: 'Q3 and Q4 2024 were strong.', extent: 'Q3', type: 'DATE', value: '2024-Q3', dct: '2026-04-04' },
  { sentence: 'From Q1 to Q3 2024 sales rose.', extent: 'Q1', type: 'DATE', value: '2024-Q1', dct: '2026-04-04' },
  { sentence: 'Q1, Q2 and Q3 2023 each grew.', extent: 'Q2', type: 'DATE', value: '2023-Q2', dct: '2026-04-04' },
  { sentence: 'Shipments in 2019 Q4 were weaker.', extent: '2019 Q4', type: 'DATE', value: '2019-Q4' },
  { sentence: "Guidance for Q2'20 was cut.", extent: "Q2'20", type: 'DATE', value: '2020-Q2' },
  { sentence: 'Margins in H1 2023 were thin.', extent: 'H1 2023', type: 'DATE', value: '2023-H1' },
  { sentence: 'Profit in FY2024 rose, after a loss in FY21.', extent: 'FY2024', type: 'DATE', value: '2024' },
  { sentence: 'Profit in FY2024 rose, after a loss in FY21.', extent: 'FY21', type: 'DATE', value: '2021' },
  // A bare code is a quarter only after a word that introduces a time; the tense picks the year, as for "the third quarter".
  { sentence: 'Sales rose 5% in Q3, the company said.', extent: 'Q3', type: 'DATE', value: '1989-Q3' },
  // A part of a year right after another of the same kind with its year is of that year.
  { sentence: 'He said growth would stay weak in the first half of 1990 before picking up in the second half.', extent: 'the second half', type: 'DATE', value: '1990-H2' },
  // A quarter in a "when", "after" or "while" clause hung on a year is of that year.
  { sentence: 'The fraud unravelled in late 2009, after an auditor raised concerns during a review in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '2009-Q3', dct: '2013-03-26' },
  { sentence: 'His fund closed in 2011 after investors pulled their money in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '2011-Q3', dct: '2013-03-22' },
  // A half or a quarter with no year takes the year its sentence opens with, as a month or a season does.
  { sentence: 'In 2008, a dengue epidemic in Rio de Janeiro killed more than 100 people in the first half of the year.', extent: 'the first half of the year', type: 'DATE', value: '2008-H1', dct: '2013-03-19' },
  { sentence: 'In 2009, copper output rose sharply in the second quarter as the strike ended.', extent: 'the second quarter', type: 'DATE', value: '2009-Q2', dct: '2013-03-21' },
  // …not the year of a sentence before, nor a year told in passing in the middle of its own sentence.
  { sentence: 'Output fell in 2012. In the second half, production will recover, the company said.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-21' },
  { sentence: 'The miner, founded in 1999, expects production to recover in the second half.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-21' },
  // A half told near results is one of a financial year; hyphened, its article is the results'.
  { sentence: 'The first-half results will be released in July.', extent: 'first-half', type: 'DATE', value: '2013-H1', dct: '2013-03-22' },
  // After a range of months, a half or a quarter is one of a fiscal year the range already tells: the months are tagged.
  { sentence: 'Sony forecast an operating profit for the April-September first half.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-05-10' },
  { sentence: 'Net profit rose 20 percent in the October-December third quarter.', extent: 'the October-December', type: 'DATE', value: '2012-Q4', dct: '2013-02-05' },
  { sentence: 'Net profit rose 20 percent in the third quarter.', extent: 'the third quarter', type: 'DATE', value: '2012-Q3', dct: '2012-11-05' },
  // A company that "came off" a weak quarter plays no match: the half is one of its year.
  { sentence: 'The company came off a weak first quarter and expects sales to grow in the second half.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-22' },
  // A vote's tally or a range of percentages is no score of a game.
  { sentence: 'The board voted 7-2 to approve the deal, which should close in the second half.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-22' },
  { sentence: 'The shares lost 2-3 percent in the first half as the deal stalled.', extent: 'the first half', type: 'DATE', value: '2013-H1', dct: '2013-07-22' },
  // The holiday or Christmas quarter is the fourth, the one of the shopping season.
  { sentence: 'Apple sold 47.8 million iPhones in the holiday quarter, up from 37 million a year ago.', extent: 'the holiday quarter', type: 'DATE', value: '2012-Q4', dct: '2013-01-24' },
  { sentence: 'Like-for-like sales in the Christmas quarter rose 1.8 percent, Tesco said.', extent: 'the Christmas quarter', type: 'DATE', value: '2012-Q4', dct: '2013-01-10' },
  { sentence: 'Apple expects revenue of $55 billion in the holiday quarter.', extent: 'the holiday quarter', type: 'DATE', value: '2013-Q4', dct: '2013-10-29' },
  // The three months of a calendar quarter are that quarter.
  { sentence: 'Output fell after growing 0.9 percent in the July-September period.', extent: 'the July-September period', type: 'DATE', value: '1989-Q3' },
  { sentence: 'Rainfall in the April-to-June period was the highest since records began.', extent: 'the April-to-June period', type: 'DATE', value: '2013-Q2', dct: '2013-07-02' },
  { sentence: 'Growth slowed in the April-to-June quarter.', extent: 'the April-to-June quarter', type: 'DATE', value: '2013-Q2', dct: '2013-07-30' },
  // So does a figure reported for it.
  { sentence: 'Q4 results beat estimates, the company said.', extent: 'Q4', type: 'DATE', value: '1989-Q4', dct: '1990-02-01' },
  { sentence: 'The bank said Q1 net profit rose 10 percent to 1.2 billion euros.', extent: 'Q1', type: 'DATE', value: '2013-Q1', dct: '2013-04-25' },
  { sentence: 'Q2 adjusted earnings were 58 cents a share.', extent: 'Q2', type: 'DATE', value: '2013-Q2', dct: '2013-07-25' },
  { sentence: 'The company expects a recovery next Q1.', extent: 'next Q1', type: 'DATE', value: '1990-Q1' },
  // A season of the year told last.
  { sentence: 'The firm was founded in 1987, and in the summer of the following year it went public.', extent: 'the summer of the following year', type: 'DATE', value: '1988-SU' },
  { sentence: 'The firm was founded in 1987; in the spring of that year it hired its first staff.', extent: 'the spring of that year', type: 'DATE', value: '1987-SP' },
  { sentence: 'The country slipped into a shallow recession in the second half of last year.', extent: 'the second half of last year', type: 'DATE', value: '2023-H2', dct: '2024-02-15' },
  { sentence: 'The $4 billion deal is expected to close in the second half, subject to regulatory approval.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-20' },
  // So is a half a regulator's decision or a plant's output is told in.
  { sentence: 'The company expects U.S. approval in the second half.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-21' },
  { sentence: 'The FDA is expected to rule in the second half.', extent: 'the second half', type: 'DATE', value: '2013-H2', dct: '2013-03-21' },
  { sentence: 'Production at the plant will resume in the first half.', extent: 'the first half', type: 'DATE', value: '2013-H1', dct: '2013-03-21' },
  // A quarter named by the month it ends in, as company reports do.
  { sentence: 'iPhone sales rose in the December quarter.', extent: 'the December quarter', type: 'DATE', value: '2023-Q4', dct: '2024-02-01' },
  { sentence: 'It forecast revenue for the March quarter in line with last year.', extent: 'the March quarter', type: 'DATE', value: '2024-Q1', dct: '2024-02-01' },
  // "The previous quarter" after a quarter told is the one before it, not the one before the writing's.
  { sentence: 'GDP rose 0.3 percent in the April-June period from the previous quarter, Eurostat said Wednesday.', extent: 'the previous quarter', type: 'DATE', value: '2013-Q1', dct: '2013-08-14' },
  { sentence: 'Profit in the fourth quarter of 2012 rose from the previous quarter.', extent: 'the previous quarter', type: 'DATE', value: '2012-Q3', dct: '2013-08-14' },
  { sentence: 'Sales rose 5 percent from the previous quarter.', extent: 'the previous quarter', type: 'DATE', value: '2013-Q2', dct: '2013-08-14' },
  // So is "the previous autumn" after a time told: the autumn before it.
  { sentence: 'The army entered the city in May 1940. The previous autumn Poland had fallen.', extent: 'The previous autumn', type: 'DATE', value: '1939-FA', dct: '2009-12-19' },
  // …and "the next spring" the one after it, as "the next year" is ("next spring" alone counts from the writing).
  { sentence: 'A longer school day, introduced in September 2009, was scrapped the next spring after teachers complained.', extent: 'the next spring', type: 'DATE', value: '2010-SP', dct: '2013-03-17' },
  { sentence: 'She enrolled in January 2009 and transferred to a state university the next fall.', extent: 'the next fall', type: 'DATE', value: '2009-FA', dct: '2013-03-17' },
  { sentence: 'The school opened in 2009. He will graduate next spring.', extent: 'next spring', type: 'DATE', value: '2014-SP', dct: '2013-03-17' },
  // "Of" after a season of the writing is the verb's ("accused last spring of cheating"); an owner's "last summer of
  // college" is the final one, no time of the writing.
  { sentence: 'About 125 students were accused last spring of cheating on a take-home exam.', extent: 'last spring', type: 'DATE', value: '2012-SP', dct: '2013-03-21' },
  // "mid-" before a bare season is its middle.
  { sentence: 'Sales slowed in mid-summer, when rates jumped.', extent: 'mid-summer', type: 'DATE', value: '2012-SU', mod: 'MID', dct: '2013-03-22' },
  { sentence: 'Builders expect the market to heat up by mid-spring.', extent: 'mid-spring', type: 'DATE', value: '2013-SP', mod: 'MID', dct: '2013-03-22' },
  { sentence: 'The army reached the river in mid-winter of 1942.', extent: 'mid-winter of 1942', type: 'DATE', value: '1942-WI', mod: 'MID', dct: '2013-03-22' },
  // "Come" before a bare season is its coming.
  { sentence: 'Come spring, builders expect prices to rise again.', extent: 'spring', type: 'DATE', value: '2014-SP', dct: '2013-11-15' },
  { sentence: "We'll know more come fall, when the new rules take effect.", extent: 'fall', type: 'DATE', value: '2013-FA', dct: '2013-03-21' },
  { sentence: 'The university was cleared last fall of any wrongdoing.', extent: 'last fall', type: 'DATE', value: '2012-FA', dct: '2013-03-21' },
  // Before a noun they qualify, "the" is the noun's, as in "the 2013 budget"; not before a verb or "and".
  { sentence: 'Stanford received 38,000 applications for the fall 2013 freshman class.', extent: 'fall 2013', type: 'DATE', value: '2013-FA', dct: '2013-03-15' },
  { sentence: 'The spring 2014 semester starts in January.', extent: 'spring 2014', type: 'DATE', value: '2014-SP', dct: '2013-03-15' },
  { sentence: 'He arrived in the fall 2012 and left a year later.', extent: 'the fall 2012', type: 'DATE', value: '2012-FA', dct: '2013-03-15' },
  // Advice told as a command looks ahead: "Visit in early fall" is the fall to come.
  { sentence: 'Visit in late spring or early fall, when crowds thin.', extent: 'early fall', type: 'DATE', value: '2013-FA', mod: 'START', dct: '2013-03-21' },
  { sentence: 'Summer is crowded. Come in the fall, when the crowds thin.', extent: 'the fall', type: 'DATE', value: '2013-FA', dct: '2013-03-21' },
  { sentence: 'Visit Britain said bookings rose in the autumn.', extent: 'the autumn', type: 'DATE', value: '2012-FA', dct: '2013-03-21' },
];

describe('quarters, halves and seasons', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
  it('reads "that" after a telling and its day as opening a clause, not as "that spring"', () => {
    const found = tagTimexes('Chancellor Dennis Walcott said Tuesday that spring recess would be cut.', { dct: '2013-03-21' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['Tuesday', '2013-03-19']]);
  });
  it('tags the months of a range before a fiscal half or quarter, not a calendar half, quarter or day', () => {
    const half = tagTimexes('Sony forecast an operating profit for the April-September first half.', { dct: '2013-05-10' });
    expect(half.map((t) => [t.text, t.value])).toEqual([['April', '2013-04'], ['September', '2013-09']]);
    const quarter = tagTimexes('Net profit rose 20 percent in the October-December third quarter.', { dct: '2013-02-05' });
    expect(quarter.map((t) => [t.text, t.value])).toEqual([['the October-December', '2012-Q4']]);
  });
});
