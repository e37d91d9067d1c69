import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-03-05';

const cases: readonly Case[] = [
  // A figure compared with "a week earlier" is compared with the one a week before the day told, not a week of a year
  // told in passing since; counted on from that year ("A week later") keeps the year.
  { sentence: 'Flu was widespread in 10 states in the week ending March 9, officials said Friday. The agency began tracking the figure in 2005. The number was down from 16 states a week earlier.', extent: 'a week earlier', type: 'DATE', value: '2013-W09', dct: '2013-03-16' },
  { sentence: 'Exports fell in the week to March 9, officials said. They hit a record in 2011. Exports were down 3 percent from a day earlier.', extent: 'a day earlier', type: 'DATE', value: '2013-03-08', dct: '2013-03-16' },
  { sentence: 'Exports fell in the week to March 9, officials said. They hit a record in 2011. A week later, the port closed.', extent: 'A week later', type: 'DATE', value: '2011-WXX', dct: '2013-03-16' },
  // Before any calendar: a time gone by, the count and all.
  { sentence: 'The dinosaurs died out 66 million years ago.', extent: '66 million years ago', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Hundreds of millions of years ago, shallow seas covered the region.', extent: 'Hundreds of millions of years ago', type: 'DATE', value: 'PAST_REF' },
  // An offset told in two units is one offset, counted in the smaller.
  { sentence: 'The deal was signed a week and two days ago.', extent: 'a week and two days ago', type: 'DATE', value: '1998-02-24' },
  { sentence: 'The war began in March 1990. Four years and six months later it ended.', extent: 'Four years and six months later', type: 'DATE', value: '1994-09' },
  // From a year alone, the months say nothing.
  { sentence: 'The war began in 1990. Four years and six months later it ended.', extent: 'Four years and six months later', type: 'DATE', value: '1994' },
  // Counted from the last year told it would pass the writing in a sentence not told ahead: from an earlier year told.
  // A round count told in the present that lands a year past the writing is the writing's year.
  { sentence: 'The company went public in 1989. Sales peaked in 2007. Park joined the firm in 1994 as a programmer. Two decades later she runs it.', extent: 'Two decades later', type: 'DATE', value: '2013', dct: '2013-03-22' },
  { sentence: 'The couple was killed in August 1969. At her last hearing, in 2011, parole was denied. "Forty-three years later, it doesn\'t get any easier," a niece said.', extent: 'Forty-three years later', type: 'DATE', value: '2012', dct: '2013-03-12' },
  { sentence: 'The plant opened in 2010. Ten years later, it will close.', extent: 'Ten years later', type: 'DATE', value: '2020', dct: '2013-03-12' },
  // With no time told to count from, an offset in a sentence told in the past cannot be counted from the writing:
  // that would put a deed done ahead of it. Its year (day) is unknown; in a sentence told ahead it counts from the writing.
  { sentence: 'The company was founded by two brothers. Five years later it was sold.', extent: 'Five years later', type: 'DATE', value: 'XXXX', dct: '2024-04-04' },
  { sentence: 'The rebels were driven out of the town. Two days later they returned.', extent: 'Two days later', type: 'DATE', value: 'XXXX-XX-XX', dct: '2024-04-04' },
  { sentence: 'He resigned from the council. The following year he was elected to the Senate.', extent: 'The following year', type: 'DATE', value: 'XXXX', dct: '2024-04-04' },
  { sentence: 'She will retire and, two years later, move to Florida.', extent: 'two years later', type: 'DATE', value: '2026', dct: '2024-04-04' },
  // A bare count of decades or centuries after the time told is some decade (century) after it, as "years later" is some year.
  { sentence: 'He walked the picket line in the 1941 strike. Decades later, he still kept his sign in the basement.', extent: 'Decades later', type: 'DATE', value: 'XXX', dct: '2013-03-20' },
  { sentence: 'The abbey was abandoned and, centuries later, its ruins were found under a car park.', extent: 'centuries later', type: 'DATE', value: 'XX', dct: '2013-03-20' },
  { sentence: 'Decades earlier, his father had worked in the same mill.', extent: 'Decades earlier', type: 'DATE', value: 'PAST_REF', dct: '2013-03-20' },
  // A season of a year a record is measured since is told in passing: the story stays where it was.
  { sentence: 'Snow could fall on Tuesday. It was the coldest spell since the winter of 1962. Ministers will meet the following day.', extent: 'the following day', type: 'DATE', value: '2013-04-03', dct: '2013-03-31' },
  { sentence: 'More snow is due on Tuesday. Farmers said the losses were the worst since the winter of 1947, and asked ministers to meet them within the next week.', extent: 'the next week', type: 'DATE', value: '2013-W15', dct: '2013-03-31' },
  // "afterward", "afterwards" and "beforehand" are the whole word, not "after" or "before" and the rest of it.
  { sentence: 'The levee broke on Aug. 29, 2005. Two days beforehand, the mayor had ordered an evacuation.', extent: 'Two days beforehand', type: 'DATE', value: '2005-08-27', dct: '2013-04-04' },
  { sentence: 'The rebels were driven out of the town. Days beforehand, they had looted it.', extent: 'Days beforehand', type: 'DATE', value: 'XXXX-XX-XX', dct: '2024-04-04' },
  { sentence: 'The rebels were driven out of the town. Months afterward, they returned.', extent: 'Months afterward', type: 'DATE', value: 'XXXX-XX', dct: '2024-04-04' },
  // "a fortnight on Friday": two weeks after the coming Friday.
  { sentence: 'We fly a fortnight on Friday.', extent: 'a fortnight on Friday', type: 'DATE', value: '1998-03-20' },
  // "a week today", "a week tomorrow": that many weeks after the day; not a span lasting until it ("for a week today").
  { sentence: 'The results will be out a week today.', extent: 'a week today', type: 'DATE', value: '2013-03-27', dct: '2013-03-20' },
  { sentence: 'We meet again a week tomorrow.', extent: 'a week tomorrow', type: 'DATE', value: '2013-03-28', dct: '2013-03-20' },
  { sentence: 'He has been away for a week today.', extent: 'a week', type: 'DURATION', value: 'P1W', dct: '2013-03-20' },
  // "a week Saturday" (British): the Saturday after the coming one; not a tally a day reaches ("been a week Saturday since").
  { sentence: 'Ferguson said Rooney should be fit to start against Sunderland a week Saturday.', extent: 'a week Saturday', type: 'DATE', value: '2013-03-30', dct: '2013-03-21' },
  { sentence: 'The final is a fortnight Sunday at Wembley.', extent: 'a fortnight Sunday', type: 'DATE', value: '2013-04-07', dct: '2013-03-21' },
  { sentence: 'It will be a week Saturday since the earthquake struck.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-21' },
  { sentence: 'Striking nurses marked a week Saturday with a march.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-21' },
  { sentence: 'Protesters have camped outside parliament for a week Saturday.', extent: 'a week', type: 'DURATION', value: 'P1W', dct: '2013-03-21' },
  // "in a fortnight's time", as "in two weeks' time": two weeks from the writing.
  { sentence: "She moves to Berlin in a fortnight's time.", extent: "a fortnight's time", type: 'DATE', value: '1998-W12' },
  // "later than planned", "earlier than expected": a delay measured, a duration.
  { sentence: 'The canal opened in 1798, six years later than planned.', extent: 'six years', type: 'DURATION', value: 'P6Y' },
  // After "for", a count up to or from a time is how long something lasted: "for over two centuries before 1854".
  { sentence: 'For over two centuries before 1854 Japan had limited its contact with foreign nations.', extent: 'over two centuries', type: 'DURATION', value: 'P2CE', mod: 'MORE_THAN' },
  { sentence: 'The talks went on for six days before 12 March 1938, when the troops crossed.', extent: 'six days', type: 'DURATION', value: 'P6D' },
  { sentence: 'The war ended in 1945. For two years afterwards the city lay in ruins.', extent: 'two years', type: 'DURATION', value: 'P2Y' },
  // Without "for" it is the time counted back or on.
  { sentence: 'The war ended in 1945. Two years afterwards the city was rebuilt.', extent: 'Two years afterwards', type: 'DATE', value: '1947' },
  { sentence: 'The talks began six days before 12 March 1938.', extent: 'six days before 12 March 1938', type: 'DATE', value: '1938-03-06' },
  // So are minutes or hours that move a schedule, after the bare form of its verb: a shift, not a time.
  { sentence: 'Under the proposal, elementary schools would start 15 minutes earlier.', extent: '15 minutes', type: 'DURATION', value: 'PT15M', dct: '2013-01-02' },
  { sentence: 'Bars in the district must close an hour earlier on weeknights.', extent: 'an hour', type: 'DURATION', value: 'PT1H', dct: '2013-03-21' },
  { sentence: 'The board voted to start classes 30 minutes later next fall.', extent: '30 minutes', type: 'DURATION', value: 'PT30M', dct: '2013-03-21' },
  // A deed told from a time is still that time.
  { sentence: 'Polls opened at 7 a.m. on Tuesday. The first results came two hours later.', extent: 'two hours later', type: 'TIME', value: '2013-03-19T09:00', dct: '2013-03-21' },
  // "After" before a count opens a span of its own: "the month" is not the next one.
  { sentence: 'The pastor retires at the end of the month after 35 years at the church.', extent: 'the end of the month', type: 'DATE', value: '2013-07', mod: 'END', dct: '2013-07-25' },
  // An offset told again by its date right after it takes that date.
  { sentence: 'Two decades later, in 2003, the plant closed.', extent: 'Two decades later', type: 'DATE', value: '2003', dct: '2013-04-19' },
  // A count of years "later" told after a season of a year counts from that year, past a clock time told in between.
  { sentence: 'In the fall of 1967 my father drove us to my grandmother\'s house, and we ate at exactly 2 o\'clock. Forty-two years later, I still think of those Sundays.', extent: 'Forty-two years later', type: 'DATE', value: '2009', dct: '2009-09-21' },
  { sentence: 'Joan was burned at Rouen on 30 May 1431. She was canonised nearly five centuries later, in 1920.', extent: 'nearly five centuries later', type: 'DATE', value: '1920', mod: 'APPROX', dct: '2009-12-19' },
  // A hedged or bounded count told in the present counts from the time told, as a bare one does.
  { sentence: 'The constitution was adopted in 1787. It is still in force more than two centuries later.', extent: 'more than two centuries later', type: 'DATE', value: '1987', mod: 'AFTER', dct: '2009-12-19' },
  { sentence: 'The firm was founded in 1987. It is still family-owned almost 20 years later.', extent: 'almost 20 years later', type: 'DATE', value: '2007', mod: 'APPROX', dct: '2009-12-19' },
  // Counted in weeks and told again by its day, the week of that day (from a month, the week is not known otherwise).
  { sentence: 'He attacked a French party in May 1754. Five weeks later, on 3 July, he surrendered the fort.', extent: 'Five weeks later', type: 'DATE', value: '1754-W27', dct: '2009-12-19' },
  // …and after it, closing its clause: the offset counts to the date just told.
  { sentence: 'Vallejo filed in May 2008 and emerged in November 2011, three and a half years later.', extent: 'three and a half years later', type: 'DATE', value: '2011-11', dct: '2013-07-22' },
  // Months counted on from a year alone cannot be counted from the writing instead when that lands ahead of it.
  { sentence: 'He was freed in 2001 and died six months later.', extent: 'six months later', type: 'DATE', value: 'XXXX-XX', dct: '2013-03-22' },
  // …even with a month told long before the year: the count moves on from the year told last, not from that month.
  { sentence: 'The cardinal was elected pope on Wednesday. He was born on December 17, 1936. Two priests were kidnapped in 1976. They were released five months later.', extent: 'five months later', type: 'DATE', value: 'XXXX-XX', dct: '2013-03-14' },
  { sentence: 'On March 20, 2003, the first troops crossed the border. He left the army two years later. A month later, he was back in Texas.', extent: 'A month later', type: 'DATE', value: 'XXXX-XX', dct: '2013-03-18' },
  { sentence: 'He was freed in 2001 and died two and a half years later.', extent: 'two and a half years later', type: 'DATE', value: 'XXXX-XX', dct: '2013-03-22' },
  // A half written as a fraction counts as "and a half" does; the "2" of "1/2" is no count of its own.
  { sentence: 'The company was founded 3 1/2 years ago.', extent: '3 1/2 years ago', type: 'DATE', value: '2009-09', dct: '2013-03-22' },
  { sentence: 'The spacewalk began at 8:06 a.m. and ended 6 1/2 hours later.', extent: '6 1/2 hours', type: 'DURATION', value: 'PT6H30M', dct: '2013-03-22' },
  { sentence: 'The company was founded 2 1/2 years ago this month.', extent: '2 1/2 years ago', type: 'DATE', value: '2010-09', dct: '2013-03-22' },
  { sentence: 'He died in 1990. His wife had died in 1984, six years earlier.', extent: 'six years earlier', type: 'DATE', value: '1984', dct: '2013-07-22' },
  // So does a part of a month or year told ("mid-February", "late 2011"): it still names the time counted to.
  { sentence: 'She applied in October and got her work permit in mid-February, four months later.', extent: 'four months later', type: 'DATE', value: '2013-02', dct: '2013-03-27' },
  { sentence: 'The plant closed in 2009 and reopened in late 2011, two years later.', extent: 'two years later', type: 'DATE', value: '2011', dct: '2013-03-27' },
  { sentence: 'The woman was attacked on a bus on the night of Dec. 16 and died in hospital on Saturday, nearly two weeks later.', extent: 'nearly two weeks later', type: 'DATE', value: '2012-W52', mod: 'APPROX', dct: '2013-01-03' },
  // From a decade or century just told, whose year is unknown, the decade or century moved on.
  { sentence: 'The mill closed in the mid-1990s, and two decades later the downtown has half the shops.', extent: 'two decades later', type: 'DATE', value: '201', dct: '2013-03-25' },
  // "the next century" after a decade told: the century after the one that holds the decade.
  { sentence: 'The church was built in the 1880s and rebuilt early in the next century after a fire.', extent: 'early in the next century', type: 'DATE', value: '19', mod: 'START', dct: '2013-03-21' },
  { sentence: 'The first mill went up in the 1880s. In the following century, the town grew tenfold.', extent: 'the following century', type: 'DATE', value: '19', dct: '2013-03-21' },
  // …but "this century" is still the writing's.
  { sentence: 'The church was built in the 1880s; this century it became a museum.', extent: 'this century', type: 'DATE', value: '20', dct: '2013-03-21' },
  { sentence: 'The style was born in the 18th century and a century later it was everywhere.', extent: 'a century later', type: 'DATE', value: '18', dct: '2013-03-25' },
  { sentence: 'The Civil Rights Act passed the following summer, and the Voting Rights Act a year later, in 1965.', extent: 'a year later', type: 'DATE', value: '1965', dct: '2013-08-26' },
  // "for" a count: a span; "earlier" goes with the month or week after it.
  { sentence: 'Some flights were cancelled for several days earlier this month.', extent: 'several days', type: 'DURATION', value: 'PXD' },
  { sentence: 'Some flights were cancelled for several days earlier this month.', extent: 'earlier this month', type: 'DATE', value: '1998-03' },
  { sentence: 'The border was closed for two days earlier this week.', extent: 'two days', type: 'DURATION', value: 'P2D' },
  { sentence: 'He was jailed for two weeks later that year.', extent: 'two weeks', type: 'DURATION', value: 'P2W' },
  { sentence: 'The bridge opened two months earlier than expected.', extent: 'two months', type: 'DURATION', value: 'P2M' },
  { sentence: 'The power station will close on 29 March, a fortnight earlier than planned.', extent: 'a fortnight', type: 'DURATION', value: 'P2W', dct: '2013-03-16' },
  { sentence: 'The station closed on 15 March. A fortnight later, demolition began.', extent: 'A fortnight later', type: 'DATE', value: '2013-W13', dct: '2013-04-16' },
  // "this time last year": the month of writing, a year back.
  { sentence: 'This time last year, prices were falling.', extent: 'This time last year', type: 'DATE', value: '1997-03' },
  // "back" closing its clause is "ago".
  { sentence: 'The café opened its doors a couple of years back.', extent: 'a couple of years back', type: 'DATE', value: '1996' },
  { sentence: 'I saw him three days back.', extent: 'three days back', type: 'DATE', value: '1998-03-02' },
  // "midweek": the middle of the week the text is at; "a midweek break" is any week's.
  { sentence: 'Temperatures could reach 20C by midweek.', extent: 'midweek', type: 'DATE', value: '1998-W10', mod: 'MID' },
  // Told ahead from a weekend, the start or middle of the week is the coming week's; told of the past, the one gone by.
  { sentence: 'Rain will continue through midweek.', extent: 'midweek', type: 'DATE', value: '2013-W46', mod: 'MID', dct: '2013-11-10' },
  { sentence: 'Forecasters expect snow early in the week.', extent: 'early in the week', type: 'DATE', value: '2013-W46', mod: 'START', dct: '2013-11-10' },
  { sentence: 'Troops arrived Saturday. An aid team will arrive by midweek.', extent: 'midweek', type: 'DATE', value: '2013-W46', mod: 'MID', dct: '2013-11-11' },
  { sentence: 'Rain fell through midweek.', extent: 'midweek', type: 'DATE', value: '2013-W45', mod: 'MID', dct: '2013-11-10' },
  // Told ahead after a year gone by, it is the middle of the writing's week (or the next), not of some week of that year.
  { sentence: 'A buyout program was proposed after the 2010 flood. Forecasters expect drier weather through at least midweek.', extent: 'midweek', type: 'DATE', value: '2013-W12', mod: 'MID', dct: '2013-03-17' },
  { sentence: 'The plant was sold in 2009. A decision on its future is expected by midweek.', extent: 'midweek', type: 'DATE', value: '2013-W12', mod: 'MID', dct: '2013-03-19' },
  // Told in the past, it is still of that year.
  { sentence: 'The river flooded in 2010. By midweek, the water had receded.', extent: 'midweek', type: 'DATE', value: '2010-WXX', mod: 'MID', dct: '2013-03-17' },
  { sentence: 'Shares rose in midweek trading.', extent: 'midweek', type: 'DATE', value: '2013-W45', mod: 'MID', dct: '2013-11-10' },
  // On a Sunday, the week told ahead is the coming one; told in the past, the one ending.
  { sentence: 'Later this week, the Senate will vote on the bill.', extent: 'this week', type: 'DATE', value: '2013-W25', dct: '2013-06-16' },
  { sentence: 'Stocks rose this week on hopes of more stimulus.', extent: 'this week', type: 'DATE', value: '2013-W24', dct: '2013-06-16' },
  { sentence: 'Later this week, the Senate will vote on the bill.', extent: 'this week', type: 'DATE', value: '2013-W24', dct: '2013-06-15' },
  // "Later" tells it ahead in the present too; not in the past.
  { sentence: 'Investors are awaiting a Bank of Japan meeting later in the week.', extent: 'later in the week', type: 'DATE', value: '2013-W14', dct: '2013-03-31' },
  { sentence: 'Later this week, investors face the March jobs report.', extent: 'this week', type: 'DATE', value: '2013-W14', dct: '2013-03-31' },
  { sentence: 'The bank cut rates later in the week.', extent: 'later in the week', type: 'DATE', value: '2013-W13', dct: '2013-03-31' },
  { sentence: 'The mid-week match was postponed.', extent: 'mid-week', type: 'DATE', value: '1998-W10', mod: 'MID' },
  // "this time next week": the day of writing, a week on.
  { sentence: 'We will know more this time next week.', extent: 'this time next week', type: 'DATE', value: '1998-03-12' },
  { sentence: 'This time last week, the river was still rising.', extent: 'This time last week', type: 'DATE', value: '1998-02-26' },
  { sentence: 'Sales are higher than at the same time last year.', extent: 'the same time last year', type: 'DATE', value: '1997-03' },
  // "since the turn of the year": the year's first days.
  { sentence: 'They have won five of their last seven matches since the turn of the year.', extent: 'the turn of the year', type: 'DATE', value: '1998', mod: 'START' },
  // "a week ago Sunday": the Sunday a week before last Sunday; "a year ago Tuesday", last Tuesday a year back.
  // So with decades: "a decade ago Wednesday" is that day ten years back.
  { sentence: 'The war began a decade ago Wednesday, when the first missiles struck Baghdad.', extent: 'a decade ago Wednesday', type: 'DATE', value: '2003-03-20', dct: '2013-03-20' },
  // Years back from a weekday: the anniversary, the weekday nearest the writing even when it is still to come.
  { sentence: 'Ten years ago Wednesday, the first bombs fell on Baghdad.', extent: 'Ten years ago Wednesday', type: 'DATE', value: '2003-03-20', dct: '2013-03-19' },
  { sentence: 'It was 25 years ago Saturday that the accident killed 31 people.', extent: '25 years ago Saturday', type: 'DATE', value: '1988-03-23', dct: '2013-03-21' },
  { sentence: 'Alcatraz closed its doors 50 years ago Thursday.', extent: '50 years ago Thursday', type: 'DATE', value: '1963-03-21', dct: '2013-03-22' },
  { sentence: 'A decade after 1914, Europe was at peace.', extent: 'A decade after 1914', type: 'DATE', value: '1924', dct: '2013-03-20' },
  { sentence: 'Officials met a week ago Sunday to discuss the plan.', extent: 'a week ago Sunday', type: 'DATE', value: '1998-02-22' },
  { sentence: 'A year ago Tuesday, the plant exploded.', extent: 'A year ago Tuesday', type: 'DATE', value: '1997-03-03' },
  // A month right after a year counted back is of that year.
  { sentence: 'It rose two years ago in March.', extent: 'March', type: 'DATE', value: '1996-03' },
  // A part of "the month" told ahead is of the writing's month when the month told last has gone by; a plan told in
  // the past keeps its month.
  { sentence: 'Last month was the wettest February. Frost is possible by the middle of the month.', extent: 'the middle of the month', type: 'DATE', value: '1998-03' },
  // "Fiscal" alone is the fiscal year, as "the current fiscal year" is; the adjective before its noun is not.
  { sentence: 'Exports fell in the first quarter of the current fiscal.', extent: 'the current fiscal', type: 'DATE', value: '2013', dct: '2013-07-20' },
  { sentence: 'The deficit was 4.9% last fiscal, compared with 5.7% a year before.', extent: 'last fiscal', type: 'DATE', value: '2012', dct: '2013-07-20' },
  { sentence: 'Growth is expected to pick up next fiscal.', extent: 'next fiscal', type: 'DATE', value: '2014', dct: '2013-07-20' },
  // Told in the past after a year, "that month" is the month told last, not the writing's.
  { sentence: 'On March 20, 2003, the first troops crossed the border. He left the army two years later. The same month, a million people had marched in London.', extent: 'The same month', type: 'DATE', value: '2003-03', dct: '2013-03-18' },
  { sentence: 'The war began on Aug. 2, 1990, and was over within a year. That same month, oil prices had doubled.', extent: 'That same month', type: 'DATE', value: '1990-08', dct: '2013-03-18' },
  { sentence: 'The law passed in 2010. The same month, protests began in the capital.', extent: 'The same month', type: 'DATE', value: '2010-XX', dct: '2013-03-18' },
  { sentence: 'Ministers met in June 1998 and again in 2004. They will decide before the end of the month.', extent: 'the end of the month', type: 'DATE', value: '2013-03', dct: '2013-03-18', mod: 'END' },
  // "The same month" with its year after is the month told, in that year.
  { sentence: 'Approvals in January were up 17 per cent on the same month of 2012.', extent: 'the same month of 2012', type: 'DATE', value: '2012-01', dct: '2013-03-05' },
  { sentence: 'Exports in February rose from the same month last year.', extent: 'the same month last year', type: 'DATE', value: '2012-02', dct: '2013-03-05' },
  { sentence: 'Sales in December were 4% higher than in the same month a year earlier.', extent: 'the same month a year earlier', type: 'DATE', value: '2011-12', dct: '2013-03-05' },
  // So with a week: the week told, in that year.
  { sentence: 'CBS averaged 11.4 million viewers in prime time last week, down 9 percent from the same week a year ago.', extent: 'the same week a year ago', type: 'DATE', value: '2012-W10', dct: '2013-03-13' },
  { sentence: 'Ticket sales rose 8 percent from the same week last year.', extent: 'the same week last year', type: 'DATE', value: '2012-W11', dct: '2013-03-13' },
  // "Could" tells what may yet be: the end of a year gone by is no such plan, so it is the writing's.
  { sentence: 'The last round of talks broke down in 2011. The withdrawal could be completed by the end of the year, officials said.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2013-03-24' },
  { sentence: 'In March 2011 he said he would quit by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2011', mod: 'END', dct: '2013-03-24' },
  // Told in the present perfect, a plan looks ahead from now, not from the year told before.
  { sentence: 'The PKK has declared several ceasefires, most recently in 2010. Erdogan, who has said the peace process could be completed by the end of the year, welcomed the call.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2013-03-21' },
  { sentence: 'The prime minister had said in December that he had concerns. Newspapers have been told they have until the end of the year to set up a regulator.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2013-03-16' },
  { sentence: 'The prime minister said in December that newspapers would have until the end of the year to set up a regulator.', extent: 'the end of the year', type: 'DATE', value: '2012', mod: 'END', dct: '2013-03-16' },
  { sentence: 'The last truce collapsed in 2010. The army has said the withdrawal would be over by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2013-03-21' },
  { sentence: 'In 2010 he had said the process would be completed by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2010', mod: 'END', dct: '2013-03-21' },
  // "The year" told ahead is the writing's when the story's year was only guessed for a date written without one.
  { sentence: 'The tax increases take effect Jan. 1. Congress must deal with the issue before the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2012', mod: 'END', dct: '2012-11-07' },
  // A target year told in passing in a sentence before is no year the news goes on in; one framing its sentence is.
  { sentence: 'The extension would push back the maturity of the loans to 2022. Ireland plans to exit its bailout program at the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2013-03-12' },
  { sentence: 'In 2015, the plant will close by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2015', mod: 'END', dct: '2013-03-12' },
  { sentence: 'In 2019, the firm moved on July 26. By the end of the year it will have 50 staff.', extent: 'the end of the year', type: 'DATE', value: '2019', mod: 'END', dct: '2012-11-07' },
  { sentence: 'On 10 October the government released reserves. The cap was extended to 15 November and then to the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2023', mod: 'END', dct: '2024-04-04' },
  { sentence: 'The bank cut rates between November 2011 and December 2012. Markets are pricing in one more cut by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', dct: '2013-03-05' },
  { sentence: 'In March 1996 he said he would quit by the end of the month.', extent: 'the end of the month', type: 'DATE', value: '1996-03' },
  // "the month" placed by a word of position is the month the story is at.
  { sentence: 'Funerals for the victims are scheduled for later in the month.', extent: 'later in the month', type: 'DATE', value: '2013-06', dct: '2013-06-10' },
  // "The latest week" or month of a data report is the last one whose figures are in; with its closing day, that day's.
  { sentence: 'In the latest week, the money supply rose $2.1 billion.', extent: 'the latest week', type: 'DATE', value: '1989-W41', dct: '1989-10-20' },
  { sentence: 'Retail sales rose 0.4% in the most recent month, the report showed.', extent: 'the most recent month', type: 'DATE', value: '1989-09', dct: '1989-10-20' },
  { sentence: 'Jobless claims rose in the latest week ended Oct. 7.', extent: 'the latest week', type: 'DATE', value: '1989-W40', dct: '1989-10-20' },
  // A figure measured in "the month" is measured in the month the story is at.
  {
    sentence: 'Factory orders fell 1.4% in September after a 2.8% jump in August. Orders for durable goods fell 2.7% in the month, revised from an earlier estimate.',
    extent: 'the month', type: 'DATE', value: '1989-09', dct: '1989-11-03',
  },
  {
    sentence: 'Payrolls rose 233,000 in October, and the jobless rate held at 5.3 percent for the month.',
    extent: 'the month', type: 'DATE', value: '1989-10', dct: '1989-11-03',
  },
  // The month of the figure a change is measured from is told in passing: the story stays on the month of the change.
  {
    sentence: 'Orders rose 1.4% in September after a 2.8% jump in August. Shipments were unchanged from the previous month.',
    extent: 'the previous month', type: 'DATE', value: '1989-08', dct: '1989-11-03',
  },
  {
    sentence: 'Housing starts rose 5 percent in February, up from 0.2 percent in January. Permits fell later in the month.',
    extent: 'later in the month', type: 'DATE', value: '2013-02', dct: '2013-03-19',
  },
  {
    sentence: 'The jobless rate held at 7.7 percent last month, compared with 7.9 percent in January. Hiring slowed later in the month.',
    extent: 'later in the month', type: 'DATE', value: '2013-02', dct: '2013-03-19',
  },
  // So is the year of the figure a change is measured from.
  {
    sentence: 'The city tallied 415 murders last year, down from 503 in 2012. Shootings also fell, to about 2,000 from more than 2,400 the year before.',
    extent: 'the year before', type: 'DATE', value: '2012', dct: '2014-01-02',
  },
  {
    sentence: 'The city tallied 415 murders in 2013. In 2012, there were 503. The year before, there were 433.',
    extent: 'The year before', type: 'DATE', value: '2011', dct: '2014-01-02',
  },
  // Not a month of a sentence of its own, nor one after the month of its sentence.
  {
    sentence: 'Orders rose 1.4% in September. Up from 0.2% in August, shipments fell in the previous month.',
    extent: 'the previous month', type: 'DATE', value: '1989-07', dct: '1989-11-03',
  },
  {
    sentence: 'Sales fell 2% in January, down from a 5% gain in March. Prices rose later in the month.',
    extent: 'later in the month', type: 'DATE', value: '2013-03', dct: '2013-05-10',
  },
  { sentence: 'Police arrested him on May 3. Late in the month, he was charged.', extent: 'Late in the month', type: 'DATE', value: '2013-05', mod: 'END', dct: '2013-06-10' },
  // "The week before" a week told counts from that week.
  {
    sentence: 'Rates hit a low in January. Mortgage rates rose this week: the average on the 30-year loan was 3.54 percent, up from 3.52 percent the week before.',
    extent: 'the week before', type: 'DATE', value: '2013-W11', dct: '2013-03-21',
  },
  {
    sentence: 'In January, claims topped 370,000. Applications fell to 336,000 last week, from 341,000 the previous week.',
    extent: 'the previous week', type: 'DATE', value: '2013-W10', dct: '2013-03-21',
  },
  // "this past week" is one phrase: the week before the writing's.
  { sentence: 'The team recovered most of the time this past week.', extent: 'this past week', type: 'DATE', value: '1998-W09' },
  // "the last month of World War II": the final stretch of a thing, as long as its unit; a firm's last quarter is its latest.
  { sentence: 'In the last month of World War II in East Asia, Soviet forces attacked.', extent: 'the last month', type: 'DURATION', value: 'P1M' },
  // A month counted from a late day of the month stays in the month reached.
  { sentence: 'The SAT will be redesigned by 2016, the College Board said last month.', extent: 'last month', type: 'DATE', value: '2013-02', dct: '2013-03-29' },
  { sentence: 'The museum reopened last month.', extent: 'last month', type: 'DATE', value: '2013-04', dct: '2013-05-31' },
  { sentence: 'The show premieres next month.', extent: 'next month', type: 'DATE', value: '2013-02', dct: '2013-01-31' },
  // A thing's last day is a date, not a stretch.
  { sentence: 'The last day of classes is June 24, and summer school begins on July 1.', extent: 'The last day', type: 'DATE', value: 'XXXX-XX-XX', dct: '2013-03-06' },
  // So is a last day told by what it is the last for.
  { sentence: 'His lawyers filed the appeal on Friday, the last day allowed under state law.', extent: 'the last day', type: 'DATE', value: 'XXXX-XX-XX', dct: '2013-03-23' },
  { sentence: 'Monday is the last day to register for the election.', extent: 'the last day', type: 'DATE', value: 'XXXX-XX-XX', dct: '2013-03-23' },
  { sentence: 'Police said Tuesday was the last day she was seen alive.', extent: 'the last day', type: 'DATE', value: 'XXXX-XX-XX', dct: '2013-03-23' },
  // Not the last day alone.
  { sentence: 'Shares fell sharply on the last day, traders said.', extent: 'the last day', type: 'DATE', value: '2013-03-22', dct: '2013-03-23' },
  { sentence: "The firm's last quarter was weak.", extent: 'last quarter', type: 'DATE', value: '1997-Q4' },
  { sentence: 'The bridge collapsed two years ago, officials said.', extent: 'two years ago', type: 'DATE', value: '1996' },
  { sentence: 'Profit rose last year on strong sales.', extent: 'last year', type: 'DATE', value: '1997' },
  { sentence: 'The vote is expected next month.', extent: 'next month', type: 'DATE', value: '1998-04' },
  { sentence: 'Stocks fell this week in Tokyo.', extent: 'this week', type: 'DATE', value: '1998-W10' },
  { sentence: 'Prices dropped sharply last week.', extent: 'last week', type: 'DATE', value: '1998-W09' },
  { sentence: 'The deal was signed on June 5, 1997. The next day, shares jumped.', extent: 'The next day', type: 'DATE', value: '1997-06-06' },
  // A day told ahead stays ahead when a past verb reports what it would bring.
  { sentence: 'The storm will hit Thursday. Officials said the next day would be worse.', extent: 'the next day', type: 'DATE', value: '2013-11-29', dct: '2013-11-27' },
  { sentence: 'The summit will open Dec. 5. Police said the same day would see protests.', extent: 'the same day', type: 'DATE', value: '2013-12-05', dct: '2013-11-27' },
  // A day naming a thing after the sentence's own day ("for its Feb. 12 nuclear test") is told in passing.
  { sentence: 'Last Thursday, the U.N. Security Council approved sanctions against North Korea for its Feb. 12 nuclear test. The North responded the same day with threats.', extent: 'the same day', type: 'DATE', value: '2013-03-07', dct: '2013-03-11' },
  // So is a year naming a thing after the sentence's own year ("of arranging the 1982 killing").
  { sentence: 'The agent was convicted in 2008 of helping a mob boss arrange the 1982 killing of a businessman. He was sentenced that year to 40 years in prison.', extent: 'that year', type: 'DATE', value: '2008', dct: '2013-03-14' },
  { sentence: 'He was arrested in 2010 for a 2004 robbery and convicted two years later.', extent: 'two years later', type: 'DATE', value: '2012', dct: '2013-03-14' },
  // Not a later year of a thing the deed was done at ("stood down at the 1997 election"): the story moves on to it.
  { sentence: 'Ashby, who died on Saturday, was elected in 1964 and held his seat until he stood down at the 1997 election. He was made a life peer later that year.', extent: 'later that year', type: 'DATE', value: '1997', dct: '2013-03-17' },
  { sentence: 'She joined the national team in 2001 and was injured in the 2004 final. She retired two years later, her coach said on Sunday.', extent: 'two years later', type: 'DATE', value: '2006', dct: '2013-03-17' },
  { sentence: 'He was arrested in 2010 for his part in the 2004 robbery, police said. He was convicted two years later.', extent: 'two years later', type: 'DATE', value: '2012', dct: '2013-03-14' },
  // A name after a year names a thing as a noun does: a plan for it leaves the story where it was…
  { sentence: 'In 2010 the city won its bid for the 2016 Olympics. Later that year, the mayor resigned, officials said on Sunday.', extent: 'Later that year', type: 'DATE', value: '2010', dct: '2013-03-17' },
  // …and a deed done at it, later, moves the story on in a history too.
  { sentence: 'Owens was born in 1913 and went to college in 1933. He won four gold medals at the 1936 Olympics. Two years later he left the sport.', extent: 'Two years later', type: 'DATE', value: '1938', dct: '2013-03-17' },
  { sentence: 'Owens was born in 1913 and went to college in 1933. He won four gold medals at the 1936 games in Berlin. Two years later he left the sport.', extent: 'Two years later', type: 'DATE', value: '1938', dct: '2013-03-17' },
  { sentence: 'The king was crowned in 1066. He had fought in the 1054 campaign. The next year he died.', extent: 'The next year', type: 'DATE', value: '1067', dct: '2013-03-17' },
  // Not one told on its own, which the story goes on from.
  { sentence: 'The 1982 killing went unsolved for years. Two years later, police made a first arrest.', extent: 'Two years later', type: 'DATE', value: '1984', dct: '2013-03-14' },
  { sentence: 'The Aug. 21 attack killed hundreds. The same day, rebels fled.', extent: 'The same day', type: 'DATE', value: '2013-08-21', dct: '2013-09-16' },
  // A year a record has stood since leaves the story on its day.
  { sentence: 'A meteor exploded over Russia on Friday. It was the largest since 1908. The next day, divers searched a lake.', extent: 'The next day', type: 'DATE', value: '2013-02-16', dct: '2013-02-16' },
  // …and so does a year counted back from the writing that an event named after "since" was in.
  { sentence: 'The killing on Feb. 6 set off the worst unrest since the revolution two years ago. Thousands marched at his funeral two days later.', extent: 'two days later', type: 'DATE', value: '2013-02-08', dct: '2013-03-09' },
  { sentence: 'Protests began on Feb. 6. The regime fell two years ago. Two days later, the army took over.', extent: 'Two days later', type: 'DATE', value: '2011-XX-XX', dct: '2013-03-09' },
  { sentence: 'The blast came on Friday morning, the worst since 1908. Hours later, an asteroid passed.', extent: 'Hours later', type: 'TIME', value: '2013-02-15TXX', dct: '2013-02-16' },
  // So does the year a record began in.
  { sentence: 'The drought peaked in 2011, the driest year in Texas since record-keeping began in 1895. Farmers and ranchers lost an estimated $7.6 billion that year.', extent: 'that year', type: 'DATE', value: '2011', dct: '2013-03-14' },
  { sentence: 'Last year was the wettest since records began in 1910. Later that year the river flooded.', extent: 'Later that year', type: 'DATE', value: '2012', dct: '2013-03-14' },
  // A first or a record since a deed in a year is measured from it in passing: the story stays on its day.
  { sentence: 'Hollande won the runoff on May 6, becoming the first left-wing president since Francois Mitterrand left office in 1995. His party won a majority in parliament a month later.', extent: 'a month later', type: 'DATE', value: '2012-06', dct: '2012-12-31' },
  { sentence: 'The Social Democrats won on Sept. 27, their best result since the party was founded in 1949. Two weeks later they formed a government.', extent: 'Two weeks later', type: 'DATE', value: '1998-W41', dct: '1998-12-30' },
  // Not a year a state began in, with no record to measure.
  { sentence: 'He has lived in the town since he moved there in 1995. Two years later he married.', extent: 'Two years later', type: 'DATE', value: '1997', dct: '2012-12-31' },
  // A year told aside in a relative clause leaves the story where it was, but "that year" after it is that year.
  { sentence: 'Turnout was lower than in the first round on March 31. The war in the east, which began in April 2014, has killed some 13,000 people. Russia annexed Crimea that year.', extent: 'that year', type: 'DATE', value: '2014', dct: '2019-04-21' },
  { sentence: 'The war, which began in April 2014, has killed some 13,000 people. Russia annexed Crimea in March of that year.', extent: 'March of that year', type: 'DATE', value: '2014-03', dct: '2019-04-21' },
  { sentence: 'Poroshenko, who came to power in 2014, conceded on Sunday. He will step down the same day his term ends.', extent: 'the same day', type: 'DATE', value: '2019-04-21', dct: '2019-04-21' },
  { sentence: 'Troops landed on 15 September 1950; two days later they took the airfield.', extent: 'two days later', type: 'DATE', value: '1950-09-17' },
  { sentence: 'Earnings fell in the third quarter from $2 million a year earlier.', extent: 'a year earlier', type: 'DATE', value: '1996-Q3' },
  // "year-end" after a preposition is the end of the current year; after "since", of the last one.
  {
    sentence: 'The plan is to reduce employment by at least 6,000 people by year end.',
    extent: 'year end', type: 'DATE', value: '1989', mod: 'END', dct: '1989-10-26',
  },
  // A word that goes on with the sentence after it leaves it a time, not an adjective.
  {
    sentence: 'He said the company will complete its restructuring by year end and plans to sell two units next year.',
    extent: 'year end', type: 'DATE', value: '1989', mod: 'END', dct: '1989-10-24',
  },
  { sentence: 'The sale should close by year-end as planned.', extent: 'year-end', type: 'DATE', value: '1989-12-31', dct: '1989-10-24' },
  // The hyphened "year-end" of accounts is the closing day.
  { sentence: 'The percentage change is since year-end.', extent: 'year-end', type: 'DATE', value: '1988-12-31', dct: '1989-10-30' },
  { sentence: 'It expects to complete the transaction by year-end.', extent: 'year-end', type: 'DATE', value: '1989-12-31', dct: '1989-10-30' },
  { sentence: 'Sales rose by month-end.', extent: 'month-end', type: 'DATE', value: '1989-10-31', dct: '1989-10-30' },
  // A deed at it in the past is at the last one closed; one to come, at the current one.
  { sentence: 'Repo rates spiked at month-end, traders said.', extent: 'month-end', type: 'DATE', value: '2013-02-28', dct: '2013-03-21' },
  { sentence: 'Stocks rallied into year-end, lifted by hopes of a budget deal.', extent: 'year-end', type: 'DATE', value: '2012-12-31', dct: '2013-01-03' },
  { sentence: 'Repo rates are expected to spike at month-end.', extent: 'month-end', type: 'DATE', value: '2013-03-31', dct: '2013-03-21' },
  { sentence: "At month's end, UN forces held 135,000 prisoners of war.", extent: "month's end", type: 'DATE', value: '1998-03', mod: 'END' },
  { sentence: "Negotiators say the talks should wrap up by week's end.", extent: "week's end", type: 'DATE', value: '1998-W10', mod: 'END' },
  // Once the report moves on to the nine months, "a year earlier" compares that span: the year, not the quarter.
  {
    sentence: 'RMS had a loss in the third quarter. For the nine months, the company reported a net loss of $608,413, compared with net income of $967,809 a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '1988', dct: '1989-11-02',
  },
  { sentence: 'Net for the year-earlier nine months also included a gain of $9.7 million.', extent: 'the year-earlier nine months', type: 'DURATION', value: 'P9M' },
  { sentence: 'Net income compared with $5 million in the year-ago quarter.', extent: 'the year-ago quarter', type: 'DATE', value: '1996-Q4' },
  { sentence: 'Profit fell in the fourth quarter from the year-ago quarter.', extent: 'the year-ago quarter', type: 'DATE', value: '1996-Q4' },
  // A week told since the story's time is what a figure is compared with a year back; a year told after it is.
  {
    sentence: 'The survey was first published in 1963. Mortgage rates averaged 6.72 percent this week, down from 7.03 percent a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '1997', dct: '1998-12-31',
  },
  {
    sentence: 'Rates were lower in 1994. Mortgage rates averaged 3.35 percent last week, up from 3.31 percent a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '2011', dct: '2013-01-03',
  },
  {
    sentence: 'Mortgage rates rose last week. Sales hit a record in 1994, up 9 percent from a year earlier.',
    extent: 'a year earlier', type: 'DATE', value: '1993', dct: '2013-01-03',
  },
  // A day told since the quarter leaves that quarter the one compared with; with no quarter told, the last one ended.
  {
    sentence: 'The company said first-quarter results, due in mid-April, would show an improvement from the year-ago quarter, when it lost 22 cents a share.',
    extent: 'the year-ago quarter', type: 'DATE', value: '1989-Q1', dct: '1990-03-31',
  },
  {
    sentence: 'Acme will report second-quarter results on July 20. Analysts expect a profit, compared with a loss in the same quarter a year ago.',
    extent: 'the same quarter a year ago', type: 'DATE', value: '1989-Q2', dct: '1990-06-28',
  },
  {
    sentence: 'Acme will report results on July 20. Analysts expect a profit, compared with a loss in the year-ago quarter.',
    extent: 'the year-ago quarter', type: 'DATE', value: '1989-Q1', dct: '1990-06-28',
  },
  // A quarter still to come, told in passing, is not the one a past comparison is made with: the reported one is.
  {
    sentence: 'Acme posted a drop in third-quarter profit. Analysts expect losses through the second quarter of 1990. In the year-ago period, Acme earned $90 million.',
    extent: 'the year-ago period', type: 'DATE', value: '1988-Q3', dct: '1989-10-26',
  },
  { sentence: 'Shares hit a high earlier this month before falling.', extent: 'earlier this month', type: 'DATE', value: '1998-03' },
  { sentence: 'Enlistments expired at the end of the year.', extent: 'the end of the year', type: 'DATE', value: '1998', mod: 'END' },
  // A named offset and a half is a span, as "a year and a half" is.
  { sentence: 'Over the past year and a half, prices have risen sharply.', extent: 'the past year and a half', type: 'DURATION', value: 'P1Y6M', dct: '2017-06-20' },
  { sentence: 'Over the next century and a half, the store grew into a national chain.', extent: 'the next century and a half', type: 'DURATION', value: 'P150Y', dct: '2017-06-20' },
  // A count on from the story stays one, even where it lands past the day of writing.
  // A count of decades on moves the story on, as one of years does; one back is told in passing.
  { sentence: 'By 1970 the chain had four stores, and a decade later there were 31. The following spring she bought a flour mill.', extent: 'The following spring', type: 'DATE', value: '1981-SP', dct: '2013-03-21' },
  { sentence: 'The band formed in 1962. Two decades later it split up, and the next year its singer died.', extent: 'the next year', type: 'DATE', value: '1983', dct: '2013-03-21' },
  { sentence: 'The band formed in 1982. Two decades earlier its founder had been born in Liverpool. The next year it signed a record deal.', extent: 'The next year', type: 'DATE', value: '1983', dct: '2013-03-21' },
  { sentence: 'She founded the group in 2009 and stepped down a decade later.', extent: 'a decade later', type: 'DATE', value: '2019', dct: '2018-03-15' },
  // A year told as ended is the last one, unless it is December's.
  { sentence: 'The company ended the year with $30 million in cash and no debt.', extent: 'the year', type: 'DATE', value: '2014', dct: '2015-02-26' },
  // So is one said to have ended with something; only a day after "ended" makes a twelve-month span.
  { sentence: 'Police said the year ended with 506 homicides, the most since 2008.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-01-02' },
  // "The year just ended" is the last one, as "last year" is, fiscal or not; so is "the week just ended".
  { sentence: 'Software sales rose 5 percent in the year just ended, the trade group said.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-01-08' },
  { sentence: 'The company said profit fell in the fiscal year that has just ended.', extent: 'the fiscal year', type: 'DATE', value: '2012', dct: '2013-03-21' },
  { sentence: 'Box office takings rose 8 percent in the week just ended.', extent: 'the week', type: 'DATE', value: '2013-W11', dct: '2013-03-21' },
  { sentence: 'Sales will rise in the year ahead, the company said.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-01-08' },
  { sentence: 'Stocks closed the year higher after a late rally.', extent: 'the year', type: 'DATE', value: '2014', dct: '2014-12-31' },
  // …but one told after the year its sentence is set in is of that year; not after a year told in passing.
  { sentence: 'The last time the Dow rose 10 days straight, in 1996, the index ended the year up 26 percent.', extent: 'the year', type: 'DATE', value: '1996', dct: '2013-03-15' },
  { sentence: 'In 2011, stocks slumped in August but the S&P 500 ended the year flat.', extent: 'the year', type: 'DATE', value: '2011', dct: '2013-03-15' },
  { sentence: 'The firm, founded in 1998, ended the year with $30 million in cash.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-03-15' },
  // The year a year is said to be is that year.
  { sentence: 'For the Vatican, 2013 was the year the pope resigned.', extent: 'the year', type: 'DATE', value: '2013', dct: '2014-01-02' },
  { sentence: '"2006 will be the year the housing market cools," said one strategist.', extent: 'the year', type: 'DATE', value: '2006', dct: '2005-12-30' },
  { sentence: 'Sales fell in 2010, and 2011 was also the year the firm cut jobs.', extent: 'the year', type: 'DATE', value: '2011', dct: '2013-03-15' },
  { sentence: 'Prices rose in 2012. This is the year analysts expect a rebound.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-03-15' },
  // So is the year a "that" or "it" pointing back was; not a figure of the year of writing.
  { sentence: 'The club opened in the summer of 1977. That was the year disco peaked.', extent: 'the year', type: 'DATE', value: '1977', dct: '2013-03-21' },
  { sentence: 'She recorded her first album in 1994. It was the year her father died.', extent: 'the year', type: 'DATE', value: '1994', dct: '2013-03-21' },
  { sentence: 'The film opened in 2012 in Europe. It was the year\'s biggest debut there.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-03-21' },
  // A year summed up in the past in the first days of January is the one just ended; not one told ahead, nor later on.
  { sentence: 'For the year, the Standard & Poor\'s 500 index rose 13.4 percent.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-01-02' },
  { sentence: 'Shares of the company fell 20 percent for the full year.', extent: 'the full year', type: 'DATE', value: '2012', dct: '2013-01-03' },
  { sentence: 'For the year, analysts expect earnings to rise 8 percent.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-01-02' },
  { sentence: 'Stocks soared Wednesday, the first trading day of the year.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-01-02' },
  // Told ahead in December right after the coming year was written, the year is that one.
  { sentence: '"We expect prices to remain broadly flat in 2013," the economist said. "Conditions are likely to remain challenging for much of the year."', extent: 'the year', type: 'DATE', value: '2013', dct: '2012-12-28' },
  { sentence: 'The bank expects growth to pick up in 2013. It will cut rates by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', mod: 'END', dct: '2012-12-20' },
  { sentence: 'The bank expects growth to pick up in 2013. It will cut rates by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2012', mod: 'END', dct: '2012-11-20' },
  { sentence: 'Sales rose in 2013. Prices fell during much of the year.', extent: 'the year', type: 'DATE', value: '2012', dct: '2012-12-28' },
  // So is its closing part, told in the past; its first days are the new one's.
  { sentence: 'The economy shrank in the final three months of the year, economists estimate.', extent: 'the year', type: 'DATE', value: '2008', dct: '2009-01-02' },
  { sentence: 'Stocks rallied in the last days of the year.', extent: 'the year', type: 'DATE', value: '2008', dct: '2009-01-05' },
  { sentence: 'Stocks rallied in the last days of the year.', extent: 'the year', type: 'DATE', value: '2009', dct: '2009-03-02' },
  // So is one summed up during or over it.
  { sentence: 'More than 6,000 stores closed during the year, the most since 2008.', extent: 'the year', type: 'DATE', value: '2017', dct: '2018-01-03' },
  { sentence: 'Shootings fell by nearly a quarter over the year.', extent: 'the year', type: 'DATE', value: '2013', dct: '2014-01-02' },
  { sentence: 'The chain will open 40 stores during the year.', extent: 'the year', type: 'DATE', value: '2018', dct: '2018-01-03' },
  { sentence: 'More than 600 stores closed during the year.', extent: 'the year', type: 'DATE', value: '2018', dct: '2018-03-13' },
  { sentence: 'For the year, the index rose 9 percent.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-03-22' },
  // So is one placed by a word of position, told in the past; not one told ahead, nor later on.
  { sentence: 'Boeing said its 787 deliveries were slowed by the grounding early in the year.', extent: 'early in the year', type: 'DATE', value: '2013', mod: 'START', dct: '2014-01-02' },
  { sentence: 'Deliveries picked up late in the year, the company said.', extent: 'late in the year', type: 'DATE', value: '2013', mod: 'END', dct: '2014-01-02' },
  { sentence: 'Deliveries will pick up later in the year, the company said.', extent: 'later in the year', type: 'DATE', value: '2014', dct: '2014-01-02' },
  { sentence: 'Deliveries were slowed by the grounding early in the year.', extent: 'early in the year', type: 'DATE', value: '2013', mod: 'START', dct: '2013-03-12' },
  // A clause going on with "after" or "before" leaves a year or month placed by a word of position a time of its own;
  // not "the year after" a thing, which counts from it.
  { sentence: 'The 787 had been grounded for more than three months early in the year after battery fires.', extent: 'early in the year', type: 'DATE', value: '2013', mod: 'START', dct: '2013-06-01' },
  { sentence: 'Shares of the planemaker rose early in the month after the first test flight.', extent: 'early in the month', type: 'DATE', value: '2013-06', mod: 'START', dct: '2013-06-21' },
  // …and so is one summed up in the past right after a time of last year; not after one of this year.
  { sentence: 'Net profit in the three months to December rose 38 percent. For the full year, revenue climbed 7 percent.', extent: 'the full year', type: 'DATE', value: '2012', dct: '2013-03-21' },
  { sentence: 'Sales fell 3 percent in the fourth quarter. For the year, sales rose 2 percent.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-02-14' },
  { sentence: 'The shares fell 2 percent on Thursday. For the year, they rose 10 percent.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-03-22' },
  { sentence: 'Sales fell 3 percent in the fourth quarter. For the year, the company expects growth of 5 percent.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-02-14' },
  // A firm that counts in fiscal years says "calendar" of the plain one.
  { sentence: 'The company will close its plant by the end of the calendar year, affecting 220 workers.', extent: 'the end of the calendar year', type: 'DATE', value: '1998', mod: 'END' },
  // The year in apposition to a year just written is that year.
  { sentence: 'In 2019, the year her cookbook was published, she closed them all.', extent: 'the year', type: 'DATE', value: '2019', dct: '2023-03-07' },
  // Without "the", "close" is a market's: the year alone is the timex.
  { sentence: 'The index notched its ninth record close of the year.', extent: 'the year', type: 'DATE', value: '1998' },
  { sentence: 'The deal should be done by end of the year.', extent: 'end of the year', type: 'DATE', value: '1998', mod: 'END' },
  { sentence: 'Then, a week or so ago, the general met them.', extent: 'a week or so ago', type: 'DATE', value: '1998-W09', mod: 'APPROX' },
  // A financial year as a fiscal one: the year it is named by.
  { sentence: 'Sales fell in the last financial year.', extent: 'the last financial year', type: 'DATE', value: '1997' },
  // The latest fiscal year is the last one closed; "the latest" of another unit is no calendar phrase.
  { sentence: 'The grocer had $6.1 billion in sales in the latest fiscal year.', extent: 'the latest fiscal year', type: 'DATE', value: '1997' },
  { sentence: 'The unit earned $40 million in its most recent fiscal year.', extent: 'most recent fiscal year', type: 'DATE', value: '1997' },
  // Halves: a month's half in days, told as the month reached; a year's in months.
  { sentence: 'It began on 30 November 1939 and ended three and a half months later.', extent: 'three and a half months later', type: 'DATE', value: '1940-03' },
  { sentence: 'Two and a half years ago, she moved.', extent: 'Two and a half years ago', type: 'DATE', value: '1995-09' },
  { sentence: 'He arrived in May 1990. A year and a half later, he died.', extent: 'A year and a half later', type: 'DATE', value: '1991-11' },
  // With no count, no day can be written: in news the count is tagged as the span it is, "later" left out.
  { sentence: 'In January the retailer hired a new chief executive. A few days later, it cut its forecast.', extent: 'A few days', type: 'DURATION', value: 'PXD' },
  // A count between two is as vague: "two or three days later", "a year or two later", "two or three years ago".
  { sentence: 'In January the retailer hired a new chief executive. Two or three days later, it cut its forecast.', extent: 'Two or three days', type: 'DURATION', value: 'PXD' },
  { sentence: 'The mill closed two or three years ago, residents said.', extent: 'two or three years ago', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'In 383 BC he won at Cabala. He was defeated at Cronium a year or two later. In 368 BC he attacked Lilybaeum, and he died in 367 BC.', extent: 'a year or two later', type: 'DATE', value: 'FUTURE_REF', dct: '2010-01-11' },
  { sentence: 'Several weeks later, the plant closed for good.', extent: 'Several weeks', type: 'DURATION', value: 'PXW' },
  // Short unit forms count as the words do.
  { sentence: 'The page was updated 5 mins ago.', extent: '5 mins ago', type: 'DATE', value: '1998-03-05' },
  { sentence: 'He left the firm 2 yrs ago.', extent: '2 yrs ago', type: 'DATE', value: '1996' },
  // "afterwards", "thereafter" and a closing "on" count ahead as "later" does.
  { sentence: 'The river flooded on 2 January 1998, and again 10 days afterwards.', extent: '10 days afterwards', type: 'DATE', value: '1998-01-12' },
  { sentence: 'He was elected in 1990 and re-elected four years on.', extent: 'four years on', type: 'DATE', value: '1994' },
  { sentence: 'He spent two days on the road.', extent: 'two days', type: 'DURATION', value: 'P2D' },
  // Opening a sentence, "A decade on" tells of now as often as of later: the span alone.
  { sentence: 'A decade on, the town has recovered.', extent: 'A decade', type: 'DURATION', value: 'P10Y' },
  // …and so after "Now," or "Today,": the count is the span up to now, not a year that far ahead.
  { sentence: 'The bank opened its doors in 1850. Now, 163 years on, it is being sold to a rival.', extent: '163 years', type: 'DURATION', value: 'P163Y', dct: '2013-03-21' },
  { sentence: 'Today, nearly 50 years on, the case remains open.', extent: 'nearly 50 years', type: 'DURATION', value: 'P50Y', dct: '2013-03-21' },
  // So with a hedge before the count.
  { sentence: 'Nearly 50 years on, the case of the missing schoolgirl remains open.', extent: 'Nearly 50 years', type: 'DURATION', value: 'P50Y', mod: 'APPROX', dct: '2013-03-21' },
  { sentence: 'The bank was robbed in 1990. More than 20 years on, no one has been charged.', extent: 'More than 20 years', type: 'DURATION', value: 'P20Y', mod: 'MORE_THAN', dct: '2013-03-21' },
  { sentence: 'Fighting ended in 2003. "A decade on, we are still waiting for the peace," he said.', extent: 'A decade', type: 'DURATION', value: 'P10Y', dct: '2013-03-19' },
  // …after a word that joins it or sets it now too.
  { sentence: 'In July 2012, a bomb killed four top officials. Now, two years on, the capital itself is contested.', extent: 'two years', type: 'DURATION', value: 'P2Y', dct: '2013-03-15' },
  { sentence: 'The uprising began in 2011. But a decade on, the regime is still in power.', extent: 'a decade', type: 'DURATION', value: 'P10Y', dct: '2021-03-15' },
  // So does a headline's second part, after a colon or a dash.
  { sentence: 'Iraq war: Ten years on, a country still divided', extent: 'Ten years', type: 'DURATION', value: 'P10Y', dct: '2013-03-20' },
  { sentence: 'Kenya election violence - five years on', extent: 'five years', type: 'DURATION', value: 'P5Y', dct: '2013-03-02' },
  // So does one closing a clause told in the present.
  { sentence: 'Riots swept English cities in 2011. Some claims are still being processed two years on.', extent: 'two years', type: 'DURATION', value: 'P2Y', dct: '2013-08-06' },
  // A hedge after the time belongs to it.
  { sentence: 'Prices will stay high for the next year or so.', extent: 'the next year or so', type: 'DATE', value: '1999', mod: 'APPROX' },
  { sentence: 'It will take the next two years or so.', extent: 'the next two years or so', type: 'DURATION', value: 'P2Y', mod: 'APPROX' },
  // "A year ago today" is a day; "the week to 10 January" the week that ends then.
  { sentence: 'A year ago today, the first case was confirmed.', extent: 'A year ago today', type: 'DATE', value: '1997-03-05' },
  // "The next month" told in the present after "are well stocked" looks ahead from the writing, not from a month told before.
  { sentence: 'Prices collapsed in September 2012. "Mills are well stocked for the next month or two," said an analyst.', extent: 'the next month', type: 'DATE', value: '2013-04', dct: '2013-03-19' },
  { sentence: 'Cases peaked in the week to 11 January.', extent: 'the week', type: 'DATE', value: '1998-W02' },
  { sentence: 'Crude inventories rose 2.1 million barrels in the week through March 15.', extent: 'the week', type: 'DATE', value: '2013-W11', dct: '2013-03-21' },
  { sentence: 'Export inspections in the week up to March 14 totaled 520,000 tonnes.', extent: 'the week', type: 'DATE', value: '2013-W11', dct: '2013-03-21' },
  { sentence: 'Distillate stocks fell in the week ending on March 15.', extent: 'the week', type: 'DATE', value: '2013-W11', dct: '2013-03-21' },
  { sentence: 'The hearing is listed for the week commencing 16 March.', extent: 'the week commencing 16 March', type: 'DATE', value: '1998-W12' },
  // A period the last time named is too coarse to hold is, in news, the one of the day of writing.
  { sentence: 'She has been on probation since 1991. Her lawyer said she will begin treatment before the end of the month.', extent: 'the end of the month', type: 'DATE', value: '1998-03', mod: 'END' },
  // A span since a month runs up to the writing, and leaves the story there.
  { sentence: 'Insurers put the cost of the storms since December at 500 million pounds. Forecasters said the unsettled weather was likely to continue until at least the end of the month.', extent: 'the end of the month', type: 'DATE', value: '2014-02', mod: 'END', dct: '2014-02-10' },
  // So does a later day the story is at; and a day counted from the month of the day told last counts from that day.
  {
    sentence: 'Prime Minister Ali Zeidan said on Tuesday that the ports would reopen, a pledge he has made several times since August. The previous day, a bomb damaged a state bank.',
    extent: 'The previous day', type: 'DATE', value: '2013-09-09', dct: '2013-09-12',
  },
  {
    sentence: 'Prime Minister Ali Zeidan said on Tuesday that the ports would reopen by the end of the month. The previous day, a bomb damaged a state bank.',
    extent: 'The previous day', type: 'DATE', value: '2013-09-09', dct: '2013-09-12',
  },
  // Not from a month told apart from it.
  {
    sentence: 'Doctors were killed three times, most recently last October when Dr. Slepian was shot in his home. His name on the site was crossed out that same day.',
    extent: 'that same day', type: 'DATE', value: '1998-10-XX', dct: '1999-02-06',
  },
  // A year something was counted in is told in passing: a day or night counted after it is of the day told before it.
  {
    sentence: 'A man was shot outside a bar on Saturday. The city recorded 40 homicides last year. Police arrested a suspect later that night.',
    extent: 'that night', type: 'TIME', value: '2013-03-09TNI', dct: '2013-03-12',
  },
  {
    sentence: 'A woman was stabbed on March 2. There were 14 stabbings in the area in 2012. Police arrested her husband the following day.',
    extent: 'the following day', type: 'DATE', value: '2013-03-03', dct: '2013-03-12',
  },
  // …not a year a deed was told in, nor a year counted on from one.
  {
    sentence: 'Police said Tuesday the man had a long record. In 1994, he shot a man outside a bar. That night, he fled to Mexico.',
    extent: 'That night', type: 'TIME', value: '1994-XX-XXTNI', dct: '2013-03-12',
  },
  {
    sentence: 'The man was shot on Saturday. There were 400 murders in the city in 2011. The following year, the number fell.',
    extent: 'The following year', type: 'DATE', value: '2012', dct: '2013-03-12',
  },
  // So is "the next month" told ahead, once the month after the one told last has gone by.
  { sentence: 'He was arrested at a resort in August 2012. If his appeal fails, he could be flown to New York within the next month.', extent: 'the next month', type: 'DATE', value: '2013-04', dct: '2013-03-22' },
  // A "will" reported after "said" still looks ahead from now; a "would" tells of a plan then.
  { sentence: 'Park joined the firm in 1994. She said the firm will hire 500 people over the next year.', extent: 'the next year', type: 'DATE', value: '2014', dct: '2013-03-22' },
  { sentence: 'The plant opened in 2008. Officials said production will double by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', dct: '2013-03-22', mod: 'END' },
  { sentence: 'The plant opened in 2008. Officials said production would double by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2008', dct: '2013-03-22', mod: 'END' },
  // …but no plan was told in a year still to come: after one, the year told ahead is the writing's.
  { sentence: 'Cleanup is expected to continue into next year. Officials said rail service would resume before the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', dct: '2013-09-06', mod: 'END' },
  { sentence: 'Repairs will run into 2014. The company said the line would reopen by the end of the year.', extent: 'the end of the year', type: 'DATE', value: '2013', dct: '2013-09-06', mod: 'END' },
  { sentence: 'The suspect was detained in 2011. He will be extradited to Spain over the next year, his lawyer said.', extent: 'the next year', type: 'DATE', value: '2014', dct: '2013-03-22' },
  // Not a month still to come, nor one told in the past.
  { sentence: 'The trial opens May 6. He will be sentenced the next month.', extent: 'the next month', type: 'DATE', value: '2013-06', dct: '2013-03-22' },
  { sentence: 'He was arrested at a resort in August 2012 and was extradited the next month.', extent: 'the next month', type: 'DATE', value: '2012-09', dct: '2013-03-22' },
  { sentence: 'In August 2012 he said he would be extradited the next month.', extent: 'the next month', type: 'DATE', value: '2012-09', dct: '2013-03-22' },
  { sentence: 'The village has been cut off since early January. Officials said they hoped to reopen the road by the end of the month.', extent: 'the end of the month', type: 'DATE', value: '2014-02', mod: 'END', dct: '2014-02-10' },
  { sentence: 'Xerxes crossed into Europe in 480 BC; a decade earlier Darius had landed at Marathon.', extent: 'a decade earlier', type: 'DATE', value: 'BC0490' },
  // A bare "the year" / "the week" in news is the current one; "the year ended <date>" is a twelve-month span.
  { sentence: 'For the year, pet food volume was flat, the company said.', extent: 'the year', type: 'DATE', value: '1998' },
  // The figure "of" leads to is the high's, not the year's.
  { sentence: 'The shares hit a high for the year of $42.875 in June.', extent: 'the year', type: 'DATE', value: '1998' },
  { sentence: 'Sales for the full year were $6.6 billion, up 13% from $5.8 billion.', extent: 'the full year', type: 'DATE', value: '1998' },
  { sentence: 'The index tumbled 5.39 on Friday. For the week, the index dropped 3.8%.', extent: 'the week', type: 'DATE', value: '1998-W10' },
  // "The week since" a time is the span from it.
  { sentence: 'The app has been downloaded 5 million times in the week since its release.', extent: 'the week', type: 'DURATION', value: 'P1W', dct: '2013-03-22' },
  { sentence: 'In the year since the attack, the town has rebuilt.', extent: 'the year', type: 'DURATION', value: 'P1Y', dct: '2013-03-22' },
  { sentence: 'For the year ended July 2, Rally had net income of $2.4 million.', extent: 'the year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The airline carried 80 million passengers in the year to the end of February.', extent: 'the year', type: 'DURATION', value: 'P1Y', dct: '2013-03-22' },
  { sentence: 'In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.', extent: 'the fiscal year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The fund said its assets for the year ending tomorrow rose 5%.', extent: 'the year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'Profit for the fiscal year that ended Sept. 30 rose 8 percent.', extent: 'the fiscal year', type: 'DURATION', value: 'P1Y', dct: '2013-03-20' },
  // "the full year" after a quarter is that quarter's year.
  { sentence: 'Profit rose in the fourth quarter and the full year.', extent: 'the full year', type: 'DATE', value: '2012', dct: '2013-03-14' },
  // "earlier"/"later" narrow a deictic year, month or day and join its extent.
  { sentence: 'Earlier this year, the company sold its unit.', extent: 'Earlier this year', type: 'DATE', value: '1998' },
  { sentence: 'Later in the year, elections will be held.', extent: 'Later in the year', type: 'DATE', value: '1998' },
  { sentence: 'The results will be known in three weeks\' time.', extent: 'three weeks\' time', type: 'DATE', value: '1998-W13' },
  { sentence: 'He has two years\' time served.', extent: 'two years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'Earlier in the week, the minister resigned.', extent: 'Earlier in the week', type: 'DATE', value: '1998-W11', dct: '1998-03-13' },
  { sentence: 'Later yesterday, the shares recovered.', extent: 'Later yesterday', type: 'DATE', value: '1998-03-04' },
  { sentence: 'Troops landed on 15 September 1950; later that month they took Seoul.', extent: 'later that month', type: 'DATE', value: '1950-09' },
  { sentence: 'Talks failed in 1943, again in 1944 and in 1945, and war came in 1947. Late in the year the French launched Operation Lea.', extent: 'Late in the year', type: 'DATE', value: '1947', mod: 'END' },
  { sentence: 'He left Paris on 5 May 1920. That same day, the army moved.', extent: 'That same day', type: 'DATE', value: '1920-05-05' },
  // "The past decade" is the ten years up to now, not the 1980s; "the last decade" is that only after a word of extent.
  { sentence: 'Exports have doubled in the past decade, the ministry said.', extent: 'the past decade', type: 'DURATION', value: 'P10Y' },
  { sentence: 'Wages rose steadily over the last decade.', extent: 'the last decade', type: 'DURATION', value: 'P10Y' },
  { sentence: 'He spent the last decade abroad.', extent: 'the last decade', type: 'DURATION', value: 'P10Y' },
  { sentence: 'Workers lost earning power to inflation in the last decade.', extent: 'the last decade', type: 'DATE', value: '198' },
  // Decades and centuries back are years back: "a decade ago" is 1988, not the 1980s.
  { sentence: 'A decade ago the plant employed 3,000 people.', extent: 'A decade ago', type: 'DATE', value: '1988' },
  // A quarter of a century back or on is a date, as half a century is; the span alone stays a duration.
  { sentence: 'The mine closed in 1985, and a quarter-century later it reopened as a museum.', extent: 'a quarter-century later', type: 'DATE', value: '2010', dct: '2013-03-21' },
  { sentence: 'The wall came down a quarter of a century ago.', extent: 'a quarter of a century ago', type: 'DATE', value: '1988', dct: '2013-03-21' },
  { sentence: 'The treaty was signed three-quarters of a century ago, in the shadow of war.', extent: 'three-quarters of a century ago', type: 'DATE', value: '1938', dct: '2013-03-21' },
  { sentence: 'The mill opened in 1900, and three quarters of a century later it closed.', extent: 'three quarters of a century later', type: 'DATE', value: '1975', dct: '2013-03-21' },
  { sentence: 'The law, passed in 1964, was struck down nearly a quarter century later.', extent: 'nearly a quarter century later', type: 'DATE', value: '1989', dct: '2013-03-21', mod: 'APPROX' },
  { sentence: 'It has been a quarter-century since the mine closed.', extent: 'a quarter-century', type: 'DURATION', value: 'P25Y', dct: '2013-03-21' },
  { sentence: 'The plant opened half a century ago.', extent: 'half a century ago', type: 'DATE', value: '1948' },
  { sentence: 'The war ended a century ago.', extent: 'a century ago', type: 'DATE', value: '1898' },
  { sentence: 'In May 1965 the army moved north. Almost two decades earlier it had fought there.', extent: 'Almost two decades earlier', type: 'DATE', value: '1945', mod: 'APPROX' },
  // With no count, some time back.
  { sentence: 'Decades ago the plant closed.', extent: 'Decades ago', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'He had left the party weeks earlier.', extent: 'weeks earlier', type: 'DATE', value: 'PAST_REF' },
  // Also after a word ending in "a", which is no count.
  { sentence: 'The evidence pointed to a neighbor who had moved to Florida decades earlier.', extent: 'decades earlier', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'He left China years ago and settled in Vancouver.', extent: 'years ago', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'He was released and deported to Jamaica months later.', extent: 'months later', type: 'DATE', value: 'XXXX-XX' },
  // A count right before is the count's.
  { sentence: 'He moved to Florida a few years ago.', extent: 'a few years ago', type: 'DATE', value: 'PAST_REF' },
  // Hours and minutes move the day only by whole days.
  { sentence: 'The ship sank on 3 March; 20 minutes later the alarm sounded.', extent: '20 minutes later', type: 'DATE', value: '2024-03-03', dct: '2024-04-15' },
  { sentence: 'The ship sank on 3 March; 48 hours later the crew was found.', extent: '48 hours later', type: 'DATE', value: '2024-03-05', dct: '2024-04-15' },
  // "year to date": the period of writing so far, as that period; "to date" alone is up to now.
  { sentence: 'The index is up 12% year to date.', extent: 'year to date', type: 'DATE', value: '2024', dct: '2024-04-04' },
  { sentence: 'Month-to-date volumes are thin.', extent: 'Month-to-date', type: 'DATE', value: '2024-04', dct: '2024-04-04' },
  { sentence: 'To date, 40 people have died.', extent: 'date', type: 'DATE', value: 'PRESENT_REF', dct: '2024-04-04' },
  // From a clock time, hours and minutes move the clock (past midnight too); the day written after a clock time keeps it.
  { sentence: 'The first explosion was at 9:40 a.m. on Wednesday. A second blast came twenty minutes later.', extent: 'twenty minutes later', type: 'TIME', value: '2024-04-03T10:00', dct: '2024-04-04' },
  { sentence: 'Police arrived at 10:15 p.m. Two hours later the building collapsed.', extent: 'Two hours later', type: 'TIME', value: '2024-04-05T00:15', dct: '2024-04-04' },
  // Told in hours and minutes, the offset moves the clock too; from a day alone, it stays a day.
  { sentence: 'The first train left Atocha station at 6:30 a.m. on Saturday and reached Alicante two hours and 20 minutes later.', extent: 'two hours and 20 minutes later', type: 'TIME', value: '2013-03-30T08:50', dct: '2013-03-30' },
  { sentence: 'The plane took off at 11:50 p.m. on Friday and landed one hour and 40 minutes later.', extent: 'one hour and 40 minutes later', type: 'TIME', value: '2013-03-23T01:30', dct: '2013-03-25' },
  { sentence: 'The plane took off at 9:10 a.m. Three hours, twenty minutes earlier the crew had been briefed.', extent: 'Three hours, twenty minutes earlier', type: 'TIME', value: '2013-03-25T05:50', dct: '2013-03-25' },
  { sentence: 'The ferry sank on 3 March. Two hours and 20 minutes later the first lifeboat arrived.', extent: 'Two hours and 20 minutes later', type: 'DATE', value: '2013-03-03', dct: '2013-03-25' },
  // A year told in a clause on who someone is holds no day to count hours from: the day told before it does.
  { sentence: 'Polls closed at 8 p.m. Tuesday. Hanson, who was first elected in 2005, conceded about an hour later.', extent: 'about an hour later', type: 'TIME', value: '2013-03-19T21:00', mod: 'APPROX', dct: '2013-03-20' },
  { sentence: 'The board voted on Monday. Its chairman, who joined the board in 2009, resigned the following week.', extent: 'the following week', type: 'DATE', value: '2013-W13', dct: '2013-03-20' },
  // A count of years still counts from that year, and a year told in a sentence of its own holds the week it names.
  { sentence: 'She retired on Monday. Smith, who joined the company in 1998, left two years later.', extent: 'two years later', type: 'DATE', value: '2000', dct: '2013-03-20' },
  { sentence: 'He won on Tuesday. He was first elected in 2005. A week later he resigned.', extent: 'A week later', type: 'DATE', value: '2005-WXX', dct: '2013-03-20' },
  // A time of a day unknown, told in the past, is no time of a day told ahead; one told ahead still counts from it.
  { sentence: 'Two players were found guilty Sunday. A grand jury will convene on April 15. Richmond wept as the verdict was read and apologized to the family minutes later.', extent: 'minutes later', type: 'TIME', value: '2013-03-17TXX', dct: '2013-03-17' },
  { sentence: 'The jury will convene on April 15. It could reach a verdict hours later.', extent: 'hours later', type: 'TIME', value: '2013-04-15TXX', dct: '2013-03-17' },
  { sentence: 'He was arrested on March 3. He confessed hours later.', extent: 'hours later', type: 'TIME', value: '2013-03-03TXX', dct: '2013-03-17' },
  // "minutes later", "seconds later", as "hours later": a time of the day told.
  { sentence: 'The first bomb exploded on Monday afternoon. Seconds later, a second blast hit.', extent: 'Seconds later', type: 'TIME', value: '2013-04-15TXX', dct: '2013-04-20' },
  { sentence: 'Police found the burned car on Monday. Hours earlier, a neighbor had reported a fire.', extent: 'Hours earlier', type: 'TIME', value: '2013-03-18TXX', dct: '2013-03-21' },
  // Not a count of years or more, which is some time before, unknown how long.
  { sentence: 'Police found the burned car on Monday. Years earlier, the owner had been jailed for arson.', extent: 'Years earlier', type: 'DATE', value: 'PAST_REF', dct: '2013-03-21' },
  { sentence: 'The plane crashed on Saturday. Minutes later, fire crews arrived.', extent: 'Minutes later', type: 'TIME', value: '2013-07-06TXX', dct: '2013-07-07' },
  { sentence: 'At 7 a.m. the polls opened; an hour earlier queues had formed.', extent: 'an hour earlier', type: 'TIME', value: '2024-04-04T06:00', dct: '2024-04-04' },
  { sentence: 'Officers were called at about 2.40am on Sunday. He was arrested nearby twenty minutes later.', extent: 'twenty minutes later', type: 'TIME', value: '2024-03-31T03:00', dct: '2024-04-04' },
  { sentence: 'He left at noon, and 90 minutes later he was back.', extent: '90 minutes later', type: 'TIME', value: '2024-04-04T13:30', dct: '2024-04-04' },
  { sentence: 'At 7 a.m. the polls opened; an hour or so earlier queues had formed.', extent: 'an hour or so earlier', type: 'TIME', value: '2024-04-04T06:00', mod: 'APPROX', dct: '2024-04-04' },
  // "over the next decade" is the ten years from now, as "over the past decade" is the ten up to now.
  { sentence: 'Over the next decade, costs will rise.', extent: 'the next decade', type: 'DURATION', value: 'P10Y' },
  // In news, a season written with its year is where "the following year" counts from, even one told further back.
  { sentence: 'A hearing is set for July 15. Auditors raised concerns in the spring of 2020, but the council did not act until the following year.', extent: 'the following year', type: 'DATE', value: '2021', dct: '2024-06-12' },
  // What is told in the past does not lie ahead of the writing: "the year" is then the year of writing.
  { sentence: 'The line is expected to open in mid-2027. Its cost has doubled since the start of the year.', extent: 'the start of the year', type: 'DATE', value: '2024', mod: 'START', dct: '2024-06-12' },
  // A span "since the start of the year" runs up to now: it starts in the year of writing, not in one told before.
  { sentence: '"Two years ago we thought Assad would fall within weeks." More than a million have fled, half of them since the start of the year.', extent: 'the start of the year', type: 'DATE', value: '2013', mod: 'START', dct: '2013-03-15' },
  { sentence: 'The revolt began in March 2011. Prices have doubled since the beginning of the year.', extent: 'the beginning of the year', type: 'DATE', value: '2013', mod: 'START', dct: '2013-03-15' },
  { sentence: 'In 2009 the firm lost money, and since the beginning of the year it had shed 300 jobs.', extent: 'the beginning of the year', type: 'DATE', value: '2009', mod: 'START', dct: '2013-03-15' },
  { sentence: 'The plant will open in 2027 and expand the following year.', extent: 'the following year', type: 'DATE', value: '2028', dct: '2024-06-12' },
  // A quantity word before an offset bounds the time it points to (TIMEX3 mod).
  { sentence: 'The firm was founded more than a century ago.', extent: 'more than a century ago', type: 'DATE', value: '1890', mod: 'BEFORE', dct: '1990-06-12' },
  // "took over" is a verb: "over" is then no bound.
  { sentence: 'Tim Cook, who took over two years ago, spoke on Tuesday.', extent: 'two years ago', type: 'DATE', value: '2011', dct: '2013-09-11' },
  { sentence: 'Prices rose over two years ago.', extent: 'over two years ago', type: 'DATE', value: '2011', mod: 'BEFORE', dct: '2013-09-11' },
  { sentence: 'The plant opened no more than two years ago.', extent: 'no more than two years ago', type: 'DATE', value: '1988', mod: 'ON_OR_AFTER', dct: '1990-06-12' },
  // After a figure, "more than" compares the figure with the one at that time: it bounds no time.
  { sentence: 'Some 19 million were out of work, almost 1.8 million more than a year earlier.', extent: 'a year earlier', type: 'DATE', value: '2012', dct: '2013-04-02' },
  { sentence: 'Home prices were 5 percent less than a year ago.', extent: 'a year ago', type: 'DATE', value: '2012', dct: '2013-04-02' },
  // A figure in words compares too.
  { sentence: 'March had 27 selling days, one more than a year earlier.', extent: 'a year earlier', type: 'DATE', value: '2012', dct: '2013-04-02' },
  { sentence: 'He left less than a week ago.', extent: 'less than a week ago', type: 'DATE', value: '1990-W23', mod: 'AFTER', dct: '1990-06-12' },
  { sentence: 'The abuse began no less than 30 years ago, the inquiry heard.', extent: 'no less than 30 years ago', type: 'DATE', value: '1960', mod: 'ON_OR_BEFORE', dct: '1990-06-12' },
  { sentence: 'At least 40 years earlier, in 1941, the town had flooded.', extent: 'At least 40 years earlier', type: 'DATE', value: '1950', mod: 'ON_OR_BEFORE', dct: '1990-06-12' },
  // A count before or after a date is that date shifted.
  // "the year before that", closing its phrase: a step back from the time told, as "the year before" is.
  { sentence: 'Exports fell in 2011 and in the year before that.', extent: 'the year before that', type: 'DATE', value: '2010', dct: '2014-01-01' },
  { sentence: 'The river flooded last week and the week before that.', extent: 'the week before that', type: 'DATE', value: '2013-W51', dct: '2014-01-01' },
  { sentence: 'He was arrested the day before last Tuesday.', extent: 'the day before last Tuesday', type: 'DATE', value: '2000-02-21', dct: '2000-02-25' },
  // A weekday before or after a day is the nearest of that name on that side.
  { sentence: 'The food drive runs through Nov. 22, the Friday before Thanksgiving.', extent: 'the Friday before Thanksgiving', type: 'DATE', value: '2013-11-22', dct: '2013-10-10' },
  { sentence: 'Stores open early the Friday after Thanksgiving.', extent: 'the Friday after Thanksgiving', type: 'DATE', value: '2013-11-29', dct: '2013-10-10' },
  // "The week before" a day is that week, a span; "a week before" it is a day.
  { sentence: 'The first snow fell the week before Thanksgiving.', extent: 'the week before Thanksgiving', type: 'DATE', value: '2013-W47', dct: '2013-12-27' },
  { sentence: 'Sales rose the month after Christmas.', extent: 'the month after Christmas', type: 'DATE', value: '2013-01', dct: '2013-03-27' },
  { sentence: 'The deal closed a week before Christmas.', extent: 'a week before Christmas', type: 'DATE', value: '2013-12-18', dct: '2013-12-27' },
  { sentence: 'Two days after Christmas the shop reopened.', extent: 'Two days after Christmas', type: 'DATE', value: '1999-12-27', dct: '2000-02-25' },
  // "The next", "the final" before the count make it a stretch up to the date, which keeps its own timex.
  { sentence: '"We\'re looking forward to the next three weeks before Christmas," he said.', extent: 'the next three weeks', type: 'DURATION', value: 'P3W', dct: '2013-12-02' },
  { sentence: '"We\'re looking forward to the next three weeks before Christmas," he said.', extent: 'Christmas', type: 'DATE', value: '2013-12-25', dct: '2013-12-02' },
  { sentence: 'Sales slowed in the final two weeks before Christmas.', extent: 'the final two weeks', type: 'DURATION', value: 'P2W', dct: '2013-12-02' },
  // A count after "for" lasts up to the date or on from it: a span and the date, not one day.
  { sentence: 'Protesters camped outside the cathedral for three weeks before Christmas.', extent: 'three weeks', type: 'DURATION', value: 'P3W', dct: '2014-01-02' },
  { sentence: 'Protesters camped outside the cathedral for three weeks before Christmas.', extent: 'Christmas', type: 'DATE', value: '2013-12-25', dct: '2014-01-02' },
  { sentence: 'Many shops stayed closed for a week after Christmas.', extent: 'a week', type: 'DURATION', value: 'P1W', dct: '2014-01-10' },
  // …while a day set for a count after a date is that day.
  { sentence: 'The funeral is set for two days after Christmas.', extent: 'two days after Christmas', type: 'DATE', value: '2013-12-27', dct: '2013-12-20' },
  { sentence: 'Sales set a record for the week after Christmas.', extent: 'the week after Christmas', type: 'DATE', value: '2014-W01', dct: '2014-01-02' },
  { sentence: 'He was ordained three weeks before Christmas.', extent: 'three weeks before Christmas', type: 'DATE', value: '2013-12-04', dct: '2014-01-02' },
  // The story goes on from the day the count names, not from the date it counts from…
  { sentence: 'The fire broke out two days after Christmas. The next day, investigators arrived.', extent: 'The next day', type: 'DATE', value: '2012-12-28', dct: '2013-01-10' },
  { sentence: 'The inmate walked away on Wednesday, the day before Thanksgiving. He was caught two days later.', extent: 'two days later', type: 'DATE', value: '1998-11-27', dct: '1998-11-30' },
  { sentence: 'He was arrested a week after Christmas. Three days later he was released.', extent: 'Three days later', type: 'DATE', value: '2013-01-04', dct: '2013-01-10' },
  // …but a stretch up to or on from the date leaves the story at the date.
  { sentence: 'Shops stayed busy for three days after Christmas. The next day was quiet.', extent: 'The next day', type: 'DATE', value: '2012-12-26', dct: '2013-01-10' },
  // So does "the" alone before a count: "the three years before" a date are the years leading up to it.
  { sentence: 'Growth averaged about 9 percent in the three years before the 2008 global financial crisis.', extent: 'the three years', type: 'DURATION', value: 'P3Y', dct: '2013-02-28' },
  { sentence: 'Growth averaged about 9 percent in the three years before the 2008 global financial crisis.', extent: '2008', type: 'DATE', value: '2008', dct: '2013-02-28' },
  { sentence: 'Retail sales jumped in the two weeks before Christmas, the trade group said.', extent: 'the two weeks', type: 'DURATION', value: 'P2W', dct: '2013-12-30' },
  { sentence: 'Shares lost a fifth of their value in the six months after the 2011 merger.', extent: 'the six months', type: 'DURATION', value: 'P6M', dct: '2013-02-28' },
  // A count with no "the" still counts to a day.
  { sentence: 'The company went public three years after the 2008 crisis.', extent: 'three years after the 2008', type: 'DATE', value: '2011', dct: '2013-02-28' },
  // A word that joins on what comes next leaves "before" bare: the year before the one told.
  { sentence: 'Officials said 127 troops were killed in 2013, compared with 310 the year before and a peak of 499 in 2010.', extent: 'the year before', type: 'DATE', value: '2012', dct: '2014-01-02' },
  { sentence: 'He returned to Kabul in 2010 and left the year after for a post in Washington.', extent: 'the year after', type: 'DATE', value: '2011', dct: '2014-01-02' },
  // …but not "and" before another direction, nor a name.
  { sentence: 'Turnout was low a week before and after the vote.', extent: 'a week', type: 'DURATION', value: 'P1W', dct: '2014-01-02' },
  // A count of things after "after" opens the clause of the event the span runs to, as a day written in numbers names one.
  { sentence: 'The killings came less than a week after 10 bodies were found dumped along a highway.', extent: 'less than a week', type: 'DURATION', value: 'P1W', mod: 'LESS_THAN', dct: '2013-03-19' },
  { sentence: 'The arrest came two days after 300 people marched through the town.', extent: 'two days', type: 'DURATION', value: 'P2D', dct: '2013-03-19' },
  { sentence: 'He enlisted a week after 9/11.', extent: 'a week', type: 'DURATION', value: 'P1W', dct: '2013-03-19' },
  { sentence: 'Union troops mobilised eight days after Fort Sumter.', extent: 'eight days', type: 'DURATION', value: 'P8D', dct: '2014-01-02' },
  // A weekday after or before a holiday: the first such day on that side of it.
  { sentence: 'The busiest travel day is usually the Sunday after Thanksgiving.', extent: 'the Sunday after Thanksgiving', type: 'DATE', value: '2013-12-01', dct: '2013-11-27' },
  { sentence: 'The vote is set for the Tuesday after Labor Day.', extent: 'the Tuesday after Labor Day', type: 'DATE', value: '2014-09-02', dct: '2013-11-27' },
  { sentence: 'Malls will be packed on the last Saturday before Christmas.', extent: 'the last Saturday before Christmas', type: 'DATE', value: '2013-12-21', dct: '2013-11-24' },
  { sentence: 'Retailers are counting on the final weekend before Christmas.', extent: 'the final weekend before Christmas', type: 'DATE', value: '2013-W51-WE', dct: '2013-11-24' },
  { sentence: 'Sales jumped 9 percent the weekend before Christmas, the group said.', extent: 'the weekend before Christmas', type: 'DATE', value: '2012-W51-WE', dct: '2013-01-04' },
  { sentence: 'Traffic is heaviest on the weekend after Thanksgiving.', extent: 'the weekend after Thanksgiving', type: 'DATE', value: '2013-W48-WE', dct: '2013-11-24' },
  { sentence: 'They met the weekend before last.', extent: 'the weekend before last', type: 'DATE', value: '2013-W45-WE', dct: '2013-11-24' },
  // Before a day's event, the day is a timex of its own.
  { sentence: "Candidates campaigned on the final weekend before Monday's caucuses.", extent: 'Monday', type: 'DATE', value: '2024-01-15', dct: '2024-01-17' },
  { sentence: 'Analysts expect Cyber Monday, the first Monday after Thanksgiving, to be the biggest online shopping day.', extent: 'the first Monday after Thanksgiving', type: 'DATE', value: '2013-12-02', dct: '2013-12-02' },
  { sentence: 'Four months after May 1998 he resigned.', extent: 'Four months after May 1998', type: 'DATE', value: '1998-09', dct: '2000-02-25' },
  { sentence: 'Three years after 1914 the revolution came.', extent: 'Three years after 1914', type: 'DATE', value: '1917', dct: '2000-02-25' },
  // "the years after 1453": a stretch of unknown length from the date ("the year after 1914" is the next year).
  { sentence: 'Greek scholars who fled to Italy in the years after 1453 carried manuscripts with them.', extent: 'the years after 1453', type: 'DURATION', value: 'PXY', dct: '2009-08-14' },
  { sentence: 'In the decades after 1815 Europe was largely at peace.', extent: 'the decades after 1815', type: 'DURATION', value: 'PXDE', dct: '2009-08-14' },
  // A year after "the" is an event's ("the 1968 riots"): the year is a date of its own, the stretch is not cut at it.
  { sentence: 'In the years after the 1968 riots, the storefronts along U Street stood empty.', extent: '1968', type: 'DATE', value: '1968', dct: '2013-03-31' },
  { sentence: 'In the months after the 2008 crash, dozens of small banks failed.', extent: '2008', type: 'DATE', value: '2008', dct: '2013-03-31' },
  { sentence: 'Two years after the 1968 riots, the last grocery on the block closed.', extent: 'Two years after the 1968', type: 'DATE', value: '1970', dct: '2013-03-31' },
  { sentence: 'The year after 1914 was worse still.', extent: 'The year after 1914', type: 'DATE', value: '1915', dct: '2009-08-14' },
  // A title in quotes after "after" is the event counted from, as a word is.
  { sentence: 'Two years after "Avatar," Cameron began work on the sequels.', extent: 'Two years', type: 'DURATION', value: 'P2Y', dct: '2013-03-14' },
  { sentence: 'The sequel arrived three years after “Titanic” opened.', extent: 'three years', type: 'DURATION', value: 'P3Y', dct: '2013-03-14' },
  // A hedged count names no day: the span and the date stay apart.
  { sentence: 'The budget came more than two months after the Feb. 4 deadline.', extent: 'more than two months', type: 'DURATION', value: 'P2M', mod: 'MORE_THAN', dct: '2013-04-12' },
  { sentence: 'The budget came more than two months after the Feb. 4 deadline.', extent: 'Feb. 4', type: 'DATE', value: '2013-02-04', dct: '2013-04-12' },
  { sentence: 'He resigned nearly two weeks after Christmas.', extent: 'nearly two weeks', type: 'DURATION', value: 'P2W', mod: 'APPROX', dct: '2013-03-12' },
  { sentence: 'The vote is a week from Friday.', extent: 'a week from Friday', type: 'DATE', value: '2024-04-12', dct: '2024-04-04' },
  // A day counted on from in weeks is the coming one, whatever the tense of moving the date there.
  { sentence: 'The opposition said the vote was moved to a week from Friday.', extent: 'a week from Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-20' },
  // A part of a day moves with its day and stays a time.
  { sentence: 'The tournament wraps up a week from tonight in Atlanta.', extent: 'a week from tonight', type: 'TIME', value: '2024-04-11TNI', dct: '2024-04-04' },
  { sentence: 'On this day in 1945, the war in Europe ended.', extent: 'this day in 1945', type: 'DATE', value: '1945-04-09', dct: '2024-04-09' },
  // "The day following" at a clause's end is the next day; a word after it names the event it follows.
  { sentence: 'The treaty was signed on 10 May 1865, and the army surrendered on the day following.', extent: 'the day following', type: 'DATE', value: '1865-05-11', dct: '2009-12-19' },
  { sentence: 'On 3 March 1918 the treaty was signed; the week following, troops moved west.', extent: 'the week following', type: 'DATE', value: '1918-W10', dct: '2009-12-19' },
  // "Ago" with the present week or month: that week or month, so many years back.
  { sentence: 'Fifty years ago this week, three astronauts set off for the moon.', extent: 'Fifty years ago this week', type: 'DATE', value: '1969-W29', dct: '2019-07-16' },
  { sentence: 'Fifty years ago this weekend, Neil Armstrong stepped onto the moon.', extent: 'Fifty years ago this weekend', type: 'DATE', value: '1969-W29-WE', dct: '2019-07-19' },
  // Told on a Sunday, the week of the same dates then, not the week the Sunday's date fell in.
  { sentence: 'Ten years ago this week, U.S. troops crossed into Iraq.', extent: 'Ten years ago this week', type: 'DATE', value: '2003-W12', dct: '2013-03-24' },
  { sentence: 'Ten years ago this week, U.S. troops crossed into Iraq.', extent: 'Ten years ago this week', type: 'DATE', value: '2003-W12', dct: '2013-03-18' },
  { sentence: 'A year ago this month, the plant closed.', extent: 'A year ago this month', type: 'DATE', value: '2018-07', dct: '2019-07-16' },
  // So with half a century or half a decade.
  { sentence: 'Half a century ago this month, a young actress walked onto a Broadway stage.', extent: 'Half a century ago this month', type: 'DATE', value: '1963-03', dct: '2013-03-14' },
  { sentence: 'Half a century ago, a young actress walked onto a Broadway stage.', extent: 'Half a century ago', type: 'DATE', value: '1963', dct: '2013-03-14' },
  // "a generation ago": some time back, of no length a calendar measures.
  { sentence: 'A generation ago, the storefronts on the corner stood empty after dark.', extent: 'A generation ago', type: 'DATE', value: 'PAST_REF', dct: '2013-03-31' },
  { sentence: 'Two generations ago, most families in the valley farmed tobacco.', extent: 'Two generations ago', type: 'DATE', value: 'PAST_REF', dct: '2013-03-31' },
  { sentence: 'Her family settled in the county generations ago.', extent: 'generations ago', type: 'DATE', value: 'PAST_REF', dct: '2013-03-31' },
  // "Forty years ago this fall": the season so many years back, one expression.
  { sentence: 'Forty years ago this fall, a rookie quarterback threw his first professional pass.', extent: 'Forty years ago this fall', type: 'DATE', value: '1958-FA', dct: '1998-11-14' },
  { sentence: 'Ten years ago this spring, the last mill in town shut its doors.', extent: 'Ten years ago this spring', type: 'DATE', value: '2003-SP', dct: '2013-03-25' },
  { sentence: 'A decade ago this winter, the river froze solid for the first time in memory.', extent: 'A decade ago this winter', type: 'DATE', value: '2003-WI', dct: '2013-01-20' },
  { sentence: 'Five months ago this summer the plant shut, and it has not reopened.', extent: 'Five months ago', type: 'DATE', value: '2013-01', dct: '2013-06-20' },
  // "The decade" after a decade told is that decade; "this decade" is the writer's.
  // "30-odd years ago": a hedged count.
  { sentence: 'The bridge was built 30-odd years ago and has never been repaired.', extent: '30-odd years ago', type: 'DATE', value: '1983', mod: 'APPROX', dct: '2013-03-21' },
  // "the year just ended", "the month just gone": the last one.
  { sentence: 'Car sales rose 13 percent in the year just ended, the industry said.', extent: 'the year', type: 'DATE', value: '2012', dct: '2013-01-03' },
  { sentence: 'Shares fell 4 percent in the month just gone.', extent: 'the month', type: 'DATE', value: '2013-02', dct: '2013-03-01' },
  { sentence: 'Sales rose in the year ahead of the merger.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-01-03' },
  // "the early part of", "early in", "later in": parts of the decade or century told, as of a year.
  { sentence: 'The Soviet Union sent advisers in the 1950s, but late in the decade the alliance soured.', extent: 'late in the decade', type: 'DATE', value: '195', mod: 'END', dct: '2013-03-25' },
  { sentence: 'Jazz spread through the cities in the 1920s. Early in the decade, radio was still new.', extent: 'Early in the decade', type: 'DATE', value: '192', mod: 'START', dct: '2013-03-25' },
  { sentence: 'Growth was strong in the early part of the decade.', extent: 'the early part of the decade', type: 'DATE', value: '201', mod: 'START', dct: '2013-03-25' },
  { sentence: 'Mobile phones were still rare in the early part of the century.', extent: 'the early part of the century', type: 'DATE', value: '20', mod: 'START', dct: '2013-03-25' },
  { sentence: 'The factory opened in the 1960s; later in the decade it doubled in size.', extent: 'later in the decade', type: 'DATE', value: '196', dct: '2013-03-25' },
  { sentence: 'In the 1950s it expanded into Europe, and by the end of the decade it employed 2,000 people.', extent: 'the end of the decade', type: 'DATE', value: '195', mod: 'END', dct: '2019-05-02' },
  { sentence: 'In the early 1970s it faced a downturn. By mid-decade growth had returned.', extent: 'mid-decade', type: 'DATE', value: '197', mod: 'MID', dct: '2019-05-02' },
  { sentence: 'In the 1980s sales doubled. This decade they fell.', extent: 'This decade', type: 'DATE', value: '201', dct: '2019-05-02' },
  // A year told back in a clause on who someone is, in a sentence about what is to come, leaves the story on its day…
  { sentence: 'Obama arrived in Israel on Wednesday. Obama, who last visited Israel in 2008 as a candidate, will hold talks with Netanyahu later in the day.', extent: 'the day', type: 'DATE', value: '2013-03-20', dct: '2013-03-20' },
  // …but in a sentence going on about the year's event, the story goes on from it.
  { sentence: 'Parliament will be recalled on Wednesday. The war, which she led the country into in the spring of 1982, lasted 74 days. Three decades later, it remains a defining moment.', extent: 'Three decades later', type: 'DATE', value: '2012', dct: '2013-04-08' },
  // A month told with its year after "since" moves the story to that year.
  { sentence: 'French troops arrived on Friday 11 January. The rebels have controlled the north since April 2012, when they took advantage of a coup in March of that year.', extent: 'March of that year', type: 'DATE', value: '2012-03', dct: '2013-01-15' },
  // A week told that is over is no frame for one told ahead.
  { sentence: 'Storms hit the town over the weekend. Schools will stay closed for the rest of the week.', extent: 'the rest of the week', type: 'DATE', value: '2013-W21', dct: '2013-05-21' },
  // With no decade told, one told ahead is the writer's, not the decade of a year told last (nor of a baseline year).
  { sentence: 'The EU is on track to cut emissions 20 percent by 2020, compared with 1990 levels, and to reach 20 percent renewable energy by the end of the decade.', extent: 'the end of the decade', type: 'DATE', value: '201', mod: 'END', dct: '2013-03-26' },
  { sentence: 'The plant opened in 2009. By the end of the decade it will double its output.', extent: 'the end of the decade', type: 'DATE', value: '201', mod: 'END', dct: '2013-03-26' },
  { sentence: 'He joined the firm in 1995 and by the end of the decade was its chief.', extent: 'the end of the decade', type: 'DATE', value: '199', mod: 'END', dct: '2013-03-26' },
  { sentence: 'Emissions in March were 5 percent above 2008 levels, and a month later they fell.', extent: 'a month later', type: 'DATE', value: '2013-04', dct: '2013-05-10' },
  { sentence: 'In the 18th century the town grew, and by the end of the century it had 10,000 people.', extent: 'the end of the century', type: 'DATE', value: '17', mod: 'END', dct: '2019-05-02' },
  { sentence: 'The church dates from the 12th century; later that century a tower was added.', extent: 'that century', type: 'DATE', value: '11', dct: '2019-05-02' },
  // "To this day" is up to now; "referred to this day as" names the day told.
  { sentence: 'Argentina continues to claim the islands to this day.', extent: 'this day', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'To this day, nobody knows who fired first.', extent: 'this day', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'Ludendorff referred to this day as the Black Day of the German army.', extent: 'this day', type: 'DATE', value: '1998-03-05' },
  { sentence: 'The hearing is a week on Tuesday.', extent: 'a week on Tuesday', type: 'DATE', value: '2024-04-16', dct: '2024-04-09' },
  { sentence: 'He was jailed for a week on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09', dct: '2024-04-09' },
  // "a week yesterday", "a fortnight last Friday" (British): that many weeks before the day gone; not a stay of a week.
  { sentence: 'The manager was sacked a week last Tuesday, the club confirmed.', extent: 'a week last Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-21' },
  { sentence: 'The body was found a week yesterday in woodland near the town.', extent: 'a week yesterday', type: 'DATE', value: '2013-03-13', dct: '2013-03-21' },
  { sentence: 'He was kept in custody for a week last Tuesday.', extent: 'last Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'Payment is due two weeks from today.', extent: 'two weeks from today', type: 'DATE', value: '2024-04-18', dct: '2024-04-04' },
  { sentence: 'He will be away for two weeks from Friday.', extent: 'two weeks', type: 'DURATION', value: 'P2W', dct: '2024-04-04' },
  // …but "set for" schedules a day.
  { sentence: 'The vote is set for a week from Friday.', extent: 'a week from Friday', type: 'DATE', value: '2024-04-12', dct: '2024-04-04' },
  { sentence: 'The hearing was scheduled for two weeks from Monday.', extent: 'two weeks from Monday', type: 'DATE', value: '2024-04-22', dct: '2024-04-04' },
  // "Midyear" after a preposition is the middle of the year of writing, or of the year written after it.
  { sentence: 'The merger, first announced in October, is expected to close by midyear.', extent: 'midyear', type: 'DATE', value: '2013', mod: 'MID', dct: '2013-04-18' },
  { sentence: 'Rates are likely to rise by mid-year 2014.', extent: 'mid-year 2014', type: 'DATE', value: '2014', mod: 'MID', dct: '2013-04-18' },
  // A year told holds no week: in news "the end of the week" is then the writing's.
  { sentence: 'Reid has served in the Senate since 1987. He said he hoped to finish work on the bill by the end of the week.', extent: 'the end of the week', type: 'DATE', value: '2014-W07', mod: 'END', dct: '2014-02-12' },
  // A day told as background, weeks back in a sentence before, holds no week for a deadline or a week told ahead.
  { sentence: 'Talks resumed on Monday. A 10-cent increase took effect on Jan. 1 this year. The mayor said he hoped for a deal by the end of the week.', extent: 'the end of the week', type: 'DATE', value: '2013-W12', mod: 'END', dct: '2013-03-18' },
  { sentence: 'Talks resumed on Monday. Fares rose on Jan. 1. Officials expect a decision before the end of the week.', extent: 'the end of the week', type: 'DATE', value: '2013-W12', mod: 'END', dct: '2013-03-18' },
  { sentence: 'Talks resumed on Monday. Fares rose on Jan. 1. Talks went on for the rest of the week.', extent: 'the rest of the week', type: 'DATE', value: '2013-W01', mod: 'END', dct: '2013-03-18' },
  { sentence: 'Talks opened on Monday and are due to end by the end of the week.', extent: 'the end of the week', type: 'DATE', value: '2014-W07', mod: 'END', dct: '2014-02-12' },
  // A week told is over by the writing: one told ahead is the writing's; one told in the past stays the week told.
  { sentence: 'The meetings began on March 4. "By the end of the week, I think we will have a pope," he told reporters.', extent: 'the end of the week', type: 'DATE', value: '2013-W11', mod: 'END', dct: '2013-03-12' },
  { sentence: 'The meetings began on March 4 and ended by the end of the week.', extent: 'the end of the week', type: 'DATE', value: '2013-W10', mod: 'END', dct: '2013-03-12' },
  // A rate before "from", or a date that opens a span, shifts nothing.
  { sentence: 'Job gains have averaged 204,000 a month from August through November.', extent: 'August', type: 'DATE', value: '2013-08', dct: '2013-12-06' },
  { sentence: 'Job gains have averaged 204,000 a month from August through November.', extent: 'a month', type: 'SET', value: 'P1M', dct: '2013-12-06' },
  { sentence: 'Tenants will pay $900 a month from January.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-12-06' },
  { sentence: 'Output grew in the two years from 2010 to 2012.', extent: '2010', type: 'DATE', value: '2010', dct: '2013-12-06' },
  // Two steps from the day of writing.
  { sentence: 'The report is due the week after next.', extent: 'the week after next', type: 'DATE', value: '2024-W16', dct: '2024-04-04' },
  { sentence: 'Prices fell the month before last.', extent: 'the month before last', type: 'DATE', value: '2024-02', dct: '2024-04-04' },
  { sentence: 'Profit in the year to March 31 rose 4 percent.', extent: 'the year', type: 'DURATION', value: 'P1Y', dct: '2024-04-04' },
  { sentence: 'Net profit doubled in the year through March 31.', extent: 'the year', type: 'DURATION', value: 'P1Y', dct: '2013-05-10' },
  { sentence: 'Consumer prices rose 2 percent in the year through April.', extent: 'the year', type: 'DURATION', value: 'P1Y', dct: '2013-05-10' },
  { sentence: 'Fighting continued through the year.', extent: 'the year', type: 'DATE', value: '2013', dct: '2013-05-10' },
  // Bare units after the day told: a day (week, month) after or before it, unknown which; hours later, that day.
  { sentence: 'On 4 June 1944 the weather was bad. Days later, the Allies landed.', extent: 'Days later', type: 'DATE', value: 'XXXX-XX-XX' },
  { sentence: 'On 25 June 1950 the army attacked. Hours later, Seoul panicked.', extent: 'Hours later', type: 'TIME', value: '1950-06-25TXX' },
];

describe('offsets count from the DCT or the last mentioned time', () => {
  it('keeps "a few weeks later" whole in a history', () => {
    const history = 'The Convention met in September 1792 and abolished the monarchy. A few weeks later the king was put on trial. ' +
      'He was executed in January 1793, and war with Britain followed in February 1793.';
    const found = tagTimexes(history, { dct: '2009-12-19' });
    expect(found.map((t) => t.text)).toContain('A few weeks later');
  });

  it('leaves "the latest week" alone', () => {
    expect(tagTimexes('The latest week of trading was calm.', { dct: DCT })).toEqual([]);
  });

  it('leaves "minutes after" a clock time to the clock time', () => {
    const found = tagTimexes('The verdict came minutes after 5 p.m. on Tuesday.', { dct: '2013-03-20' });
    expect(found.map((t) => t.text)).toEqual(['5 p.m.', 'Tuesday']);
  });

  it('leaves a count before "after" and a clock time a span', () => {
    const found = tagTimexes('The verdict came 20 minutes after 5 p.m. on Tuesday.', { dct: '2013-03-20' });
    expect(found.map((t) => `${t.text} ${t.value}`)).toEqual(['20 minutes PT20M', '5 p.m. 2013-03-19T17:00', 'Tuesday 2013-03-19']);
  });

  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
