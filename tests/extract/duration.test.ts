import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-01-08';

const cases: readonly Case[] = [
  // A span named as a war in lower case describes it, and is one.
  { sentence: 'The six-day war in 1967 reshaped the region.', extent: 'six-day', type: 'DURATION', value: 'P6D' },
  { sentence: 'In Singapore, stocks hit a five year low.', extent: 'five year', type: 'DURATION', value: 'P5Y' },
  { sentence: 'He signed a two-year contract with the club.', extent: 'two-year', type: 'DURATION', value: 'P2Y' },
  // One joined to its unit by a hyphen describes the noun too, and leaves the words before it out.
  { sentence: 'A previous one-day strike in the tax office on 20 March drew little support.', extent: 'one-day', type: 'DURATION', value: 'P1D' },
  { sentence: 'The one-year truce expired.', extent: 'one-year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'Sales rose in the first nine months of the year.', extent: 'the first nine months', type: 'DURATION', value: 'P9M' },
  { sentence: 'Prices have doubled over the past two months.', extent: 'the past two months', type: 'DURATION', value: 'P2M' },
  { sentence: 'The talks lasted several weeks.', extent: 'several weeks', type: 'DURATION', value: 'PXW' },
  // "Another" and a unit is one more of it; "another day" is as often some other day.
  { sentence: 'The cathedral will stay closed for at least another year.', extent: 'at least another year', type: 'DURATION', value: 'P1Y', mod: 'EQUAL_OR_MORE' },
  { sentence: 'Talks are expected to go on for another week.', extent: 'another week', type: 'DURATION', value: 'P1W' },
  { sentence: "''I am talking about three days'' more or less, he said.", extent: 'three days', type: 'DURATION', value: 'P3D' },
  { sentence: 'The siege lasted a few days.', extent: 'a few days', type: 'DURATION', value: 'PXD' },
  { sentence: 'The repairs could take weeks or months.', extent: 'weeks or months', type: 'DURATION', value: 'PXW' },
  // A hedged second guess after a comma is a stretch of its own.
  { sentence: 'Markets are expected to remain volatile for weeks, possibly months.', extent: 'months', type: 'DURATION', value: 'PXM' },
  { sentence: '"We need a government within weeks, not months," a party official said.', extent: 'months', type: 'DURATION', value: 'PXM' },
  // So do bare plurals a thing is said to need.
  { sentence: 'Oklahoma Gov. Mary Fallin said the state would need months, maybe years, to rebuild.', extent: 'months', type: 'DURATION', value: 'PXM' },
  { sentence: 'Oklahoma Gov. Mary Fallin said the state would need months, maybe years, to rebuild.', extent: 'years', type: 'DURATION', value: 'PXY' },
  { sentence: 'Engineers said the repairs to the bridge would require weeks.', extent: 'weeks', type: 'DURATION', value: 'PXW' },
  // A span told with "for" before "afterward", "after" or "later" is the bare unit's.
  { sentence: 'For months afterward, divers pulled wreckage from the Atlantic.', extent: 'months', type: 'DURATION', value: 'PXM' },
  { sentence: 'For years after, the town struggled to rebuild.', extent: 'years', type: 'DURATION', value: 'PXY' },
  // "Within hours of" a deed is the span up to a time after it ("years of war" names the war and is not tagged).
  { sentence: 'Premier Li Keqiang flew to the area within hours of the quake.', extent: 'hours', type: 'DURATION', value: 'PTXH' },
  { sentence: 'The rebels retook the town within days of the ceasefire.', extent: 'days', type: 'DURATION', value: 'PXD' },
  // The span to a time ahead.
  { sentence: 'Cardinals are back in the Sistine Chapel, and the first vote is just hours away.', extent: 'hours', type: 'DURATION', value: 'PTXH' },
  { sentence: 'The election is only weeks away.', extent: 'weeks', type: 'DURATION', value: 'PXW' },
  { sentence: 'Clearing the rubble will take days, if not weeks, aid agencies said.', extent: 'weeks', type: 'DURATION', value: 'PXW' },
  // "Following" with no "the" is the preposition before the span, not part of it.
  { sentence: 'Hugo Chavez died of cancer on Tuesday following 14 years in power.', extent: '14 years', type: 'DURATION', value: 'P14Y', dct: '2013-03-06' },
  { sentence: 'Following two weeks of protests, the prime minister resigned.', extent: 'two weeks', type: 'DURATION', value: 'P2W', dct: '2013-03-06' },
  { sentence: 'The deficit has topped $1 trillion for four straight years.', extent: 'four straight years', type: 'DURATION', value: 'P4Y' },
  { sentence: 'Prices rose for three consecutive months.', extent: 'three consecutive months', type: 'DURATION', value: 'P3M' },
  { sentence: 'The stock fell for eight trading days.', extent: 'eight trading days', type: 'DURATION', value: 'P8D' },
  { sentence: 'The college will phase in the requirements over the next three academic years.', extent: 'the next three academic years', type: 'DURATION', value: 'P3Y' },
  { sentence: 'Pupils lost 10 school days to the strike.', extent: '10 school days', type: 'DURATION', value: 'P10D' },
  { sentence: 'The state expects to spend $30 million over the next two fiscal years.', extent: 'the next two fiscal years', type: 'DURATION', value: 'P2Y', dct: '2013-03-19' },
  // The end of a span of years before "financial year" is no count of years.
  { sentence: 'The 2023-24 financial year ended with a loss.', extent: '24', type: 'DATE', value: '2024', dct: '2024-06-04' },
  { sentence: 'The church stood for almost a hundred years.', extent: 'almost a hundred years', type: 'DURATION', value: 'P100Y', mod: 'APPROX' },
  // "40-odd years": a round count and some more, a hedge; "odd" after a small count is the adjective.
  { sentence: 'He spent 40-odd years at the plant before it closed.', extent: '40-odd years', type: 'DURATION', value: 'P40Y', mod: 'APPROX' },
  { sentence: 'Over the past twenty-odd years the party has moved to the right.', extent: 'the past twenty-odd years', type: 'DURATION', value: 'P20Y', mod: 'APPROX' },
  // A round count right after "next" or "past" needs no "a".
  { sentence: 'Asked what she expects from the next hundred years, she laughed.', extent: 'the next hundred years', type: 'DURATION', value: 'P100Y' },
  { sentence: 'Over the past hundred years the town has changed beyond recognition.', extent: 'the past hundred years', type: 'DURATION', value: 'P100Y' },
  { sentence: 'The president set out his goals for the first hundred days.', extent: 'the first hundred days', type: 'DURATION', value: 'P100D' },
  { sentence: 'The city has stood for more than two thousand years.', extent: 'more than two thousand years', type: 'DURATION', value: 'P2L', mod: 'MORE_THAN' },
  { sentence: 'Rates will stay low over the next couple of years.', extent: 'the next couple of years', type: 'DURATION', value: 'P2Y' },
  // A range of counts runs upwards: in "sentenced in 2011 to 120 days" the year is not a count.
  { sentence: 'She was sentenced in 2011 to 120 days in jail.', extent: '120 days', type: 'DURATION', value: 'P120D' },
  { sentence: 'She was sentenced in 2011 to 120 days in jail.', extent: '2011', type: 'DATE', value: '2011' },
  // "last" after a modal or "to" is the verb, not part of the timex; after "the" it is.
  { sentence: 'The trial, which began 10 days ago, is expected to last six weeks.', extent: 'six weeks', type: 'DURATION', value: 'P6W' },
  { sentence: 'Phase two will start on April 15 and last 10 days.', extent: '10 days', type: 'DURATION', value: 'P10D', dct: '2013-03-22' },
  { sentence: 'The strike could last a week.', extent: 'a week', type: 'DURATION', value: 'P1W' },
  { sentence: 'Introductory rates last six months, after which they jump to 19.9 percent.', extent: 'six months', type: 'DURATION', value: 'P6M' },
  { sentence: 'Most car leases last three years.', extent: 'three years', type: 'DURATION', value: 'P3Y' },
  { sentence: 'Profits fell during its last three years as a public company.', extent: 'last three years', type: 'DURATION', value: 'P3Y' },
  { sentence: 'In the last two hours, it rained.', extent: 'the last two hours', type: 'DURATION', value: 'PT2H' },
  { sentence: 'The hostages were held for 24 hours.', extent: '24 hours', type: 'DURATION', value: 'PT24H' },
  { sentence: 'It was the deadliest assault on Russian soil in decades.', extent: 'decades', type: 'DURATION', value: 'PXDE' },
  { sentence: 'The flight took half an hour.', extent: 'half an hour', type: 'DURATION', value: 'PT30M' },
  { sentence: 'Coming up in the next half hour, a look at the storm.', extent: 'the next half hour', type: 'DURATION', value: 'PT30M' },
  // "the first hour of the attack": the opening stretch of a thing, as long as its unit.
  { sentence: 'In the first hour of the attack, 200 soldiers died.', extent: 'the first hour', type: 'DURATION', value: 'PT1H' },
  { sentence: 'The first year of the invasion was chaotic.', extent: 'The first year', type: 'DURATION', value: 'P1Y' },
  // "the four previous weeks", "the three remaining months": the order words may come after the count.
  { sentence: 'He had fought for the four previous weeks.', extent: 'the four previous weeks', type: 'DURATION', value: 'P4W' },
  { sentence: 'The three remaining months were quiet.', extent: 'The three remaining months', type: 'DURATION', value: 'P3M' },
  // "in as many years" repeats the number told before it.
  { sentence: 'The delay is the second in as many years.', extent: 'as many years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'They won three titles in as many seasons and four cups in as many years.', extent: 'as many years', type: 'DURATION', value: 'P4Y' },
  { sentence: 'It lasted a quarter of an hour.', extent: 'a quarter of an hour', type: 'DURATION', value: 'PT15M' },
  // Before an event the parts of a span stay one span.
  { sentence: 'Police arrived two hours and forty minutes after the blast.', extent: 'two hours and forty minutes', type: 'DURATION', value: 'PT2H40M' },
  { sentence: '"For almost a quarter of a century you let the family live without answers," she said.', extent: 'almost a quarter of a century', type: 'DURATION', value: 'P25Y' },
  { sentence: 'He was charged more than a quarter century after her body was found.', extent: 'more than a quarter century', type: 'DURATION', value: 'P25Y', mod: 'MORE_THAN' },
  { sentence: 'The law stood for a quarter-century.', extent: 'a quarter-century', type: 'DURATION', value: 'P25Y' },
  { sentence: 'The tower stood for three quarters of a century.', extent: 'three quarters of a century', type: 'DURATION', value: 'P75Y' },
  // A fraction standing alone is the count, not its denominator.
  { sentence: 'The test takes 1/2 hour.', extent: '1/2 hour', type: 'DURATION', value: 'PT30M' },
  { sentence: 'The flight took 5 1/2 hours.', extent: '5 1/2 hours', type: 'DURATION', value: 'PT5H30M' },
  // Millennia are counted in L, as TimeBank writes a thousand years; half of one in years.
  { sentence: 'A 1999 follow-up covered a millennium.', extent: 'a millennium', type: 'DURATION', value: 'P1L' },
  { sentence: 'Over the past two millennia, sea levels barely changed.', extent: 'two millennia', type: 'DURATION', value: 'P2L' },
  { sentence: 'The abbey stood for half a millennium.', extent: 'half a millennium', type: 'DURATION', value: 'P500Y' },
  { sentence: 'He slept for three quarters of an hour.', extent: 'three quarters of an hour', type: 'DURATION', value: 'PT45M' },
  { sentence: 'The war lasted more than two years.', extent: 'more than two years', type: 'DURATION', value: 'P2Y', mod: 'MORE_THAN' },
  // "over" counts as a bound before a count after a word of amount ("over three years" alone is mostly "during").
  { sentence: 'The sentencing hearing lasted just over two hours.', extent: 'over two hours', type: 'DURATION', value: 'PT2H', mod: 'MORE_THAN', dct: '2012-11-09' },
  // After "for" or a verb of lasting, "over" bounds any count; alone it is mostly "during".
  { sentence: 'The emperor died in 14 AD, having ruled for over 40 years.', extent: 'over 40 years', type: 'DURATION', value: 'P40Y', mod: 'MORE_THAN' },
  { sentence: 'The siege, lasting over eight months, ended in May 1453.', extent: 'over eight months', type: 'DURATION', value: 'P8M', mod: 'MORE_THAN' },
  { sentence: 'The army grew over three years from 20,000 to 90,000 men.', extent: 'three years', type: 'DURATION', value: 'P3Y' },
  // "no more than" is an upper bound, "no" and all.
  { sentence: 'The offer must be completed in no more than sixty days.', extent: 'no more than sixty days', type: 'DURATION', value: 'P60D', mod: 'EQUAL_OR_LESS' },
  // "and over", "and up" that go on to another thing leave the span alone.
  { sentence: 'The trial lasted two years and over 500 patients took part.', extent: 'two years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'The cleanup took three years and up to $5 million.', extent: 'three years', type: 'DURATION', value: 'P3Y' },
  { sentence: 'He stayed about a decade in exile.', extent: 'about a decade', type: 'DURATION', value: 'P10Y', mod: 'APPROX' },
  { sentence: 'Some two-year fixes are still cheaper than the standard variable rate.', extent: 'two-year', type: 'DURATION', value: 'P2Y' },
  { sentence: 'The bank still offers some five-year deals below 3 percent.', extent: 'five-year', type: 'DURATION', value: 'P5Y' },
  { sentence: 'He spent some two years in the job before he quit.', extent: 'some two years', type: 'DURATION', value: 'P2Y', mod: 'APPROX' },
  { sentence: 'The strike ended after an almost two-year standoff.', extent: 'almost two-year', type: 'DURATION', value: 'P2Y', mod: 'APPROX' },
  // A period told from now after "about" is what is talked of, not a hedged count.
  { sentence: '"I think about the next 10 years," she said in her office.', extent: 'the next 10 years', type: 'DURATION', value: 'P10Y' },
  { sentence: 'The report is mostly about the past decade of growth.', extent: 'the past decade', type: 'DURATION', value: 'P10Y' },
  // TimeBank counts decades in years (ISO 8601 has no decade unit).
  { sentence: 'The Soviet Union, which has been its chief ally for two decades, is cutting aid.', extent: 'two decades', type: 'DURATION', value: 'P20Y' },
  // "recent years" is a stretch up to now of unknown length, not a point in the past.
  { sentence: 'Housing prices have risen sharply in recent years.', extent: 'recent years', type: 'DURATION', value: 'PXY' },
  { sentence: 'Margins at the unit have narrowed in recent quarters as fuel costs climbed.', extent: 'recent quarters', type: 'DURATION', value: 'PXQ' },
  // "a while": a span of unknown length and unit; "once in a while" is a habit, not a span.
  { sentence: 'Thousands of homes will be without power for a while, the utility said.', extent: 'a while', type: 'DURATION', value: 'PXX' },
  { sentence: 'Tensions have mounted in recent weeks along the border.', extent: 'recent weeks', type: 'DURATION', value: 'PXW' },
  { sentence: 'Delivery takes two to three weeks.', extent: 'two to three weeks', type: 'DURATION', value: 'P3W' },
  // After "between", two counts joined by "and" are a range too; elsewhere "and" joins two things.
  { sentence: 'The project will take between three and four years.', extent: 'three and four years', type: 'DURATION', value: 'P4Y' },
  { sentence: 'He has two sons and three years left on his lease.', extent: 'three years', type: 'DURATION', value: 'P3Y' },
  // "over a week" is more than a week; the preposition joins the extent with its mod.
  { sentence: 'The talks have stalled for over a week, diplomats said.', extent: 'over a week', type: 'DURATION', value: 'P1W', mod: 'MORE_THAN' },
  // Halves, however written, go into the next smaller unit as the news corpora write them.
  { sentence: 'They lived in U.N.-run refugee camps for 2 1/2 years.', extent: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { sentence: 'She is scheduled to spend 5 1/2 hours in Nairobi.', extent: '5 1/2 hours', type: 'DURATION', value: 'PT5H30M' },
  // The wires join the fraction with a hyphen.
  { sentence: 'The dollar rose to a 3-1/2-year high against the yen.', extent: '3-1/2-year', type: 'DURATION', value: 'P3Y6M' },
  { sentence: 'The talks lasted 4-1/2 hours.', extent: '4-1/2 hours', type: 'DURATION', value: 'PT4H30M' },
  { sentence: 'But a minute and a half later, a pilot from a nearby flight calls in.', extent: 'a minute and a half', type: 'DURATION', value: 'PT1M30S' },
  // So is "half an hour later": the "an hour later" inside it is no offset of a whole hour.
  { sentence: 'The first bomb went off at 9 a.m. Police arrived half an hour later.', extent: 'half an hour', type: 'DURATION', value: 'PT30M', dct: '2013-03-21' },
  // Hyphened before a noun, the half joins the count too.
  { sentence: 'Astronauts will conduct a six-and-a-half-hour spacewalk on Friday.', extent: 'six-and-a-half-hour', type: 'DURATION', value: 'PT6H30M' },
  { sentence: 'The meeting lasted an hour and a half.', extent: 'an hour and a half', type: 'DURATION', value: 'PT1H30M' },
  { sentence: 'The siege lasted two and a half years.', extent: 'two and a half years', type: 'DURATION', value: 'P2Y6M' },
  // Stretches ahead of unknown length, like "recent years" behind.
  { sentence: 'That is another encouragement for the Fed to lower interest rates in coming weeks.', extent: 'coming weeks', type: 'DURATION', value: 'PXW' },
  // A stretch after or before the time told, of unknown length.
  { sentence: 'Nightingale reorganised the hospital over the following months.', extent: 'the following months', type: 'DURATION', value: 'PXM' },
  { sentence: 'In the intervening years, the border stayed quiet.', extent: 'the intervening years', type: 'DURATION', value: 'PXY' },
  // The stretch from a time to now, "since" left out, as "the year since" is.
  { sentence: 'In the years since, the city has been rebuilt.', extent: 'the years', type: 'DURATION', value: 'PXY' },
  { sentence: 'In the months since the coup, the junta has tightened its grip.', extent: 'the months', type: 'DURATION', value: 'PXM' },
  { sentence: 'In the decade since the invasion, Iraq has held three elections.', extent: 'the decade', type: 'DURATION', value: 'P10Y' },
  // A history tags "the years that followed" whole, as it does "the following years".
  { sentence: 'The city fell in 1453 and the Morea in 1460. In the years that followed, the empire grew rapidly.', extent: 'the years that followed', type: 'DURATION', value: 'PXY', dct: '2009-08-14' },
  { sentence: 'The rising began in May 1798 and was crushed by 1799, and in the weeks which followed thousands fled abroad.', extent: 'the weeks which followed', type: 'DURATION', value: 'PXW', dct: '2010-08-09' },
  { sentence: 'For decades afterwards, Russia pressed on the declining empire.', extent: 'decades', type: 'DURATION', value: 'PXDE' },
  // A word that tells what the stretch was like may stand between count and unit.
  { sentence: 'After two bloody weeks, the city fell.', extent: 'two bloody weeks', type: 'DURATION', value: 'P2W' },
  { sentence: 'He retired in 1996 after what the church called "17 fruitful years."', extent: '17 fruitful years', type: 'DURATION', value: 'P17Y' },
  { sentence: 'After four tough years in Rome, he returned to Boston.', extent: 'four tough years', type: 'DURATION', value: 'P4Y' },
  // Contracts write the count twice.
  { sentence: 'This Agreement shall continue for a period of two (2) years.', extent: 'two (2) years', type: 'DURATION', value: 'P2Y' },
  { sentence: "Either party may terminate this Agreement on ninety (90) days' written notice.", extent: 'ninety (90) days', type: 'DURATION', value: 'P90D' },
  { sentence: 'Funds will face pressure to sell off some of their junk in the weeks ahead.', extent: 'the weeks ahead', type: 'DURATION', value: 'PXW' },
  // What came in an hour or within a year is a span, no rate.
  { sentence: 'The storm dropped 2 inches of rain in an hour.', extent: 'an hour', type: 'DURATION', value: 'PT1H' },
  { sentence: 'The river rose 10 feet within a day.', extent: 'a day', type: 'DURATION', value: 'P1D' },
  // A day counted stays one, after a modal's verb or "to", or opening a sentence told in the past.
  { sentence: 'The sale will last one day, the retailer said.', extent: 'one day', type: 'DURATION', value: 'P1D' },
  { sentence: 'The festival was reduced to one day this year.', extent: 'one day', type: 'DURATION', value: 'P1D' },
  { sentence: 'One day after the final, the coach resigned.', extent: 'One day', type: 'DURATION', value: 'P1D' },
  { sentence: 'One day the team bus broke down outside Leeds.', extent: 'One day', type: 'DURATION', value: 'P1D' },
  // Disasters are told by the hour.
  { sentence: 'Over the following hours, the waves reached Thailand, Sri Lanka and India.', extent: 'the following hours', type: 'DURATION', value: 'PTXH' },
  { sentence: 'The cyclone is expected to strengthen in the coming hours.', extent: 'the coming hours', type: 'DURATION', value: 'PTXH' },
  { sentence: 'In the hours ahead, the river will crest at 28 feet.', extent: 'the hours ahead', type: 'DURATION', value: 'PTXH' },
  // "to come" after the unit, as "ahead" does.
  { sentence: 'The reforms will shape the economy in the years to come.', extent: 'the years to come', type: 'DURATION', value: 'PXY' },
  { sentence: 'More details are expected in the days to come, officials said.', extent: 'the days to come', type: 'DURATION', value: 'PXD' },
  // Spans of quarters and "more" units.
  { sentence: 'The software maker has had substantial losses in the past two quarters.', extent: 'the past two quarters', type: 'DURATION', value: 'P2Q' },
  { sentence: 'It recently achieved profitability after several quarters of losses.', extent: 'several quarters', type: 'DURATION', value: 'PXQ' },
  // A streak of quarters, as of the other units.
  { sentence: '"The PC market has been shrinking for four straight quarters," said an IDC analyst.', extent: 'four straight quarters', type: 'DURATION', value: 'P4Q' },
  { sentence: 'Sales fell for three consecutive quarters.', extent: 'three consecutive quarters', type: 'DURATION', value: 'P3Q' },
  // A streak after a change "by" a share is still counted.
  { sentence: 'Profit fell by a third in the period, its decline stretching over three quarters.', extent: 'three quarters', type: 'DURATION', value: 'P3Q' },
  // "no less than" is a lower bound, as "at least" is; "less than" alone an upper one.
  { sentence: 'The judge ordered that he serve no less than 20 years before he can be considered for parole.', extent: 'no less than 20 years', type: 'DURATION', value: 'P20Y', mod: 'EQUAL_OR_MORE' },
  { sentence: 'He must spend not less than 12 years behind bars.', extent: 'not less than 12 years', type: 'DURATION', value: 'P12Y', mod: 'EQUAL_OR_MORE' },
  { sentence: 'He served less than two years of his sentence.', extent: 'less than two years', type: 'DURATION', value: 'P2Y', mod: 'LESS_THAN' },
  { sentence: 'The navy may use the base for at least 20 more years.', extent: 'at least 20 more years', type: 'DURATION', value: 'P20Y', mod: 'EQUAL_OR_MORE' },
  // "-long" adjectives last one unit, or an unknown number of them.
  { sentence: 'The lawyers emerged from their third day-long meeting with federal officials.', extent: 'day-long', type: 'DURATION', value: 'P1D' },
  // News agencies close them up.
  { sentence: 'Police captured the suspect after a daylong manhunt.', extent: 'daylong', type: 'DURATION', value: 'P1D' },
  { sentence: 'A former officer killed four people during a weeklong rampage.', extent: 'weeklong', type: 'DURATION', value: 'P1W' },
  { sentence: 'The decadeslong conflict has killed thousands.', extent: 'decadeslong', type: 'DURATION', value: 'PXDE' },
  { sentence: 'The three-month-long inquiry ended in March.', extent: 'three-month-long', type: 'DURATION', value: 'P3M' },
  { sentence: 'The city has 2,500 years of history.', extent: '2,500 years', type: 'DURATION', value: 'P2500Y' },
  // Several units, largest first, are one duration.
  { sentence: 'He was jailed for four years and six months.', extent: 'four years and six months', type: 'DURATION', value: 'P4Y6M' },
  { sentence: 'The flight takes 11 hours 30 minutes.', extent: '11 hours 30 minutes', type: 'DURATION', value: 'PT11H30M' },
  // One more, or a count more, of a unit.
  { sentence: 'The program was extended for an additional year.', extent: 'an additional year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The second phase will take a further three years.', extent: 'a further three years', type: 'DURATION', value: 'P3Y' },
  // Short forms after a number, alone and joined.
  { sentence: 'Can we find 30 mins next week to go through the plan?', extent: '30 mins', type: 'DURATION', value: 'PT30M' },
  { sentence: 'He served 3 yrs in prison.', extent: '3 yrs', type: 'DURATION', value: 'P3Y' },
  { sentence: 'The drive takes 2 hrs 30 mins.', extent: '2 hrs 30 mins', type: 'DURATION', value: 'PT2H30M' },
  // An age told is a span of life; one that describes someone ("Mr. Schwarz, 52 years old,") is not tagged.
  { sentence: 'He was 18 years old when he enlisted.', extent: '18 years old', type: 'DURATION', value: 'P18Y' },
  { sentence: 'The army chose him as commander; he was then 26 years old.', extent: '26 years old', type: 'DURATION', value: 'P26Y' },
  { sentence: 'Bonaparte was only twenty-six years old when he took command in Italy.', extent: 'twenty-six years old', type: 'DURATION', value: 'P26Y' },
  { sentence: 'Only men at least 25 years of age could vote.', extent: 'at least 25 years of age', type: 'DURATION', value: 'P25Y', mod: 'EQUAL_OR_MORE' },
  { sentence: 'The siege lasted one year, three months and ten days.', extent: 'one year, three months and ten days', type: 'DURATION', value: 'P1Y3M10D' },
  { sentence: 'The talks took 3 days 4 hours.', extent: '3 days 4 hours', type: 'DURATION', value: 'P3DT4H' },
  // …but not a duration and an offset after it.
  { sentence: 'He was sentenced to two years, and three months later he was freed.', extent: 'two years', type: 'DURATION', value: 'P2Y' },
  { sentence: "A boy hero symbolizing the government's decades-long battle with exiles.", extent: 'decades-long', type: 'DURATION', value: 'PXDE' },
  { sentence: 'The dispute lasted half a century.', extent: 'half a century', type: 'DURATION', value: 'P50Y' },
  { sentence: 'In the past fortnight, prices rose sharply.', extent: 'the past fortnight', type: 'DURATION', value: 'P2W' },
  { sentence: 'Prices rose sharply last fortnight.', extent: 'last fortnight', type: 'DURATION', value: 'P2W' },
  // One hour before or after the time told.
  { sentence: 'Officials said the deal could close within the next hour.', extent: 'the next hour', type: 'DURATION', value: 'PT1H' },
  // "within the hour" is no more than an hour, as "within an hour" is.
  { sentence: 'At a hearing on Friday the judge threw out her conviction and ordered her release within the hour.', extent: 'the hour', type: 'DURATION', value: 'PT1H' },
  { sentence: 'Within the hour, police had sealed off the street.', extent: 'the hour', type: 'DURATION', value: 'PT1H' },
  { sentence: 'He said he had served "12 years" in prison.', extent: '12 years', type: 'DURATION', value: 'P12Y' },
  // "within minutes of" an event is the span after it; "years of war" measures no time.
  { sentence: 'Sales of her books jumped within minutes of the announcement.', extent: 'minutes', type: 'DURATION', value: 'PTXM' },
  { sentence: 'Police made an arrest within hours of the attack.', extent: 'hours', type: 'DURATION', value: 'PTXH' },
  { sentence: 'The center of the storm should come ashore within the next hour or so.', extent: 'the next hour or so', type: 'DURATION', value: 'PT1H', mod: 'APPROX' },
  { sentence: 'Prices rose sharply in the past hour.', extent: 'the past hour', type: 'DURATION', value: 'PT1H' },
  { sentence: 'Over the past hour and a half, rain fell steadily.', extent: 'the past hour and a half', type: 'DURATION', value: 'PT1H30M' },
  // "the final" before an article is a noun phrase of its own: the time starts at the article.
  { sentence: 'Murray, who lost in the final a year ago, won on Sunday.', extent: 'a year ago', type: 'DATE', value: '2012', dct: '2013-07-08' },
  { sentence: 'He played in the final a week after surgery.', extent: 'a week', type: 'DURATION', value: 'P1W' },
  { sentence: 'He will return in a fortnight.', extent: 'a fortnight', type: 'DURATION', value: 'P2W' },
  // Before or after something other than a date, still two weeks ("a fortnight before Christmas" is a date: shiftedDates).
  { sentence: 'The recall comes a fortnight before the company reports its results.', extent: 'a fortnight', type: 'DURATION', value: 'P2W' },
];

describe('durations', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
