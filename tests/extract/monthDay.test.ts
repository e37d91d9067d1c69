import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1989-11-02';

const cases: readonly Case[] = [
  // A monthly figure named by what it counts, with its month before it or after "for", is of the month just gone.
  { sentence: 'February retail sales are due Thursday, and economists expect a modest gain.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-18' },
  { sentence: 'Housing starts for February will be released on Tuesday.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-18' },
  { sentence: 'The government will publish January factory orders next week.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-18' },
  // …while the shops' sales of a month are an event that may lie ahead.
  { sentence: 'The January sales will start early next winter.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-03-18' },
  // The end of a span or list of months told aside, in a clause on who or what, goes on from its first month.
  { sentence: 'Leonard, who missed 18 games in January and February with a knee injury, has scored in double figures in nine straight games.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-23' },
  { sentence: 'The Fed, which met in January and February, is expected to hold rates steady.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-25' },
  { sentence: 'Prices, which rose in January, February and March, are now falling.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-14' },
  // So is one of a participle told of its noun after a comma: what was begun then has begun; not one still to begin.
  { sentence: 'A review of security at the facility, begun in January, is expected to be finished by the end of the summer.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-12' },
  { sentence: 'The inquiry, begun in November, will report in June.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-12' },
  { sentence: 'Talks will have begun by May, officials said.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-12' },
  // …while a span told ahead still lies ahead.
  { sentence: 'The festival, which runs from November to February, will open with a concert.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-25' },
  // A year written right after a day, with "in", is the day's; not one that opens a clause of its own.
  { sentence: 'The Allied landings began on 6 June in 1944, and the city was freed weeks later.', extent: '6 June', type: 'DATE', value: '1944-06-06', dct: '2014-06-02' },
  { sentence: 'The council approved the plan on 12 May, and in 2010 work began.', extent: '12 May', type: 'DATE', value: '2013-05-12', dct: '2013-06-02' },
  // A day before "Mar.", "Jun." or "Jul." that ends its sentence: the dot closes both, the month is dated.
  { sentence: 'The film opens in cinemas across the country on 29 Mar.', extent: '29 Mar', type: 'DATE', value: '2013-03-29', dct: '2013-03-23' },
  { sentence: 'Nominations close on 14 Jun. Voting follows a week later.', extent: '14 Jun', type: 'DATE', value: '2013-06-14', dct: '2013-03-23' },
  // A thing fixed for a day is still to come, though the fixing is told in the past; a record set for a month is not.
  { sentence: 'Parliament voted on Saturday to set an early presidential election for May 25.', extent: 'May 25', type: 'DATE', value: '2014-05-25', dct: '2014-02-22' },
  { sentence: 'The prime minister called a snap election for June 8, three years ahead of schedule.', extent: 'June 8', type: 'DATE', value: '2014-06-08', dct: '2014-02-22' },
  { sentence: 'Parliament was dissolved on Monday, and elections were called for April 28.', extent: 'April 28', type: 'DATE', value: '2013-04-28', dct: '2013-03-21' },
  { sentence: 'Parliament was dissolved on Monday, and elections were held on April 28.', extent: 'April 28', type: 'DATE', value: '2012-04-28', dct: '2013-03-21' },
  // An arrangement told in the present progressive lies ahead, however near the last month of that name; a state does not.
  { sentence: 'He has served as mayor since 2009 and is seeking a third term in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-22' },
  { sentence: 'The country is preparing for parliamentary elections in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-22' },
  { sentence: 'The fund is running low after a surge in claims in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-22' },
  // So is an effort toward a deed with its deadline, told in the present progressive.
  { sentence: "Abbott's government, which took office in September, is moving to repeal the carbon tax by July 1.", extent: 'July 1', type: 'DATE', value: '2014-07-01', dct: '2013-12-31' },
  { sentence: 'Engineers are racing to finish the new sea wall by June 30.', extent: 'June 30', type: 'DATE', value: '2014-06-30', dct: '2013-12-31' },
  { sentence: 'The agency was working to restore the database in July.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-12-31' },
  // "Forecast" before "in" and a month is the verb, in the past: the month of forecasting, not of what it foresaw.
  { sentence: 'It forecast in February that profit for the 12 months would come in at 540 million to 570 million euros.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-11' },
  { sentence: 'Growth is forecast in 2014 to pick up.', extent: '2014', type: 'DATE', value: '2014', dct: '2013-03-11' },
  // After a determiner or a possessive "forecast" is the noun: the month is when the forecast comes out.
  { sentence: 'The weather office will issue its first official forecast in April, and an update in June.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-09' },
  { sentence: 'The weather office will issue its first official forecast in April, and an update in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-09' },
  { sentence: "The agency plans to publish the bureau's seasonal forecast in May.", extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-09' },
  { sentence: 'The company forecast in January that sales would rise.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-09' },
  // An obligation told, with its deadline, is still to be met; a deed done by a month is not.
  { sentence: 'Huerta told lawmakers last week that the agency had to cut $637 million from its budget by the end of September.', extent: 'the end of September', type: 'DATE', value: '2013-09', mod: 'END', dct: '2013-04-23' },
  { sentence: 'He said the agency needed to cut $637 million by September.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-04-23' },
  { sentence: 'The agency had cut 500 jobs by the end of September.', extent: 'the end of September', type: 'DATE', value: '2012-09', mod: 'END', dct: '2013-04-23' },
  // A participle after "and" shares the modal and "be" of the one before it: no past deed of its own.
  { sentence: 'Lapid said the budget would be presented to the cabinet in the coming weeks and passed by parliament by the end of July.', extent: 'the end of July', type: 'DATE', value: '2013-07', mod: 'END', dct: '2013-03-31' },
  { sentence: 'The treaty will be signed by both leaders and ratified by the Senate in February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-31' },
  { sentence: 'The bill was debated for weeks and passed in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-31' },
  { sentence: 'He would be the first to arrive and left in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-31' },
  // A day of the month alone, fixed for by a plan, and the second of a pair sharing "the".
  { sentence: 'Strikes are set for the 24th and the 25th.', extent: 'the 24th', type: 'DATE', value: '2013-03-24', dct: '2013-03-20' },
  { sentence: 'The strike is on the 24th and 25th.', extent: '25th', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  // What was voted to hold through a month lasts into it, still to come; not what had been.
  { sentence: 'Indiana lawmakers voted last month to keep the line running through at least the end of June.', extent: 'the end of June', type: 'DATE', value: '2013-06', mod: 'END', dct: '2013-03-04' },
  { sentence: 'Lawmakers voted last month to fund the line through June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-04' },
  { sentence: 'Lawmakers had voted to fund the line until June.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-04' },
  // Games called off up to a date are called off ahead of it: the date is still to come; not what had been called off.
  { sentence: 'The NHL lockout has wiped out games through Jan. 14.', extent: 'Jan. 14', type: 'DATE', value: '2013-01-14', dct: '2012-12-31' },
  { sentence: 'The league canceled the regular-season schedule through Jan. 14 on Thursday.', extent: 'Jan. 14', type: 'DATE', value: '2013-01-14', dct: '2012-12-31' },
  { sentence: 'The Premier League was suspended until April 3.', extent: 'April 3', type: 'DATE', value: '2020-04-03', dct: '2020-03-20' },
  { sentence: 'Organisers scrapped all events through the end of April.', extent: 'the end of April', type: 'DATE', value: '2020-04', mod: 'END', dct: '2020-03-20' },
  { sentence: 'The strike had wiped out games through January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-20' },
  // The present perfect takes no day of its own: a day after what it announced or called is of that thing, to come.
  { sentence: 'French air traffic controllers have announced a walkout on 27 June, unions said on Thursday.', extent: '27 June', type: 'DATE', value: '2013-06-27', dct: '2013-03-28' },
  { sentence: 'The union has called strikes on April 2 and 4.', extent: 'April 2', type: 'DATE', value: '2013-04-02', dct: '2013-03-27' },
  { sentence: 'Unions have announced rolling strikes from Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-27' },
  { sentence: 'Transport unions have called another 24-hour strike on Monday.', extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-28' },
  { sentence: 'Police have arrested a man on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-28' },
  { sentence: 'A judge set a June 18 execution date for a man convicted of killing two people.', extent: 'June 18', type: 'DATE', value: '2013-06-18', dct: '2013-03-27' },
  { sentence: 'In a separate case on Monday, a judge set a June 18 execution date for a man convicted of murder.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-27' },
  { sentence: 'U.S. District Judge Lewis Kaplan set a tentative trial date of Sept. 9.', extent: 'Sept. 9', type: 'DATE', value: '2013-09-09', dct: '2013-03-15' },
  // …so is one a participle sets, and a regulator's date to act named "of" its day; not one missed.
  { sentence: 'The FDA accepted the filing, setting a target date of Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2013-11-30', dct: '2013-03-21' },
  { sentence: 'The company said its application has a target action date of Dec. 10, under the user fee law.', extent: 'Dec. 10', type: 'DATE', value: '2013-12-10', dct: '2013-03-21' },
  { sentence: 'The drug has a PDUFA date of Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2013-11-30', dct: '2013-03-21' },
  { sentence: 'The agency missed its target action date of Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2012-11-30', dct: '2013-03-21' },
  { sentence: 'The event had a start date of Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2012-11-30', dct: '2013-03-21' },
  // A date right after "set", set as a date or for a thing, lies ahead; a passive's day of setting does not.
  { sentence: 'Presiding judge Ekaterina Trendafilova set Sept. 23 as the date for a hearing to confirm the charges.', extent: 'Sept. 23', type: 'DATE', value: '2013-09-23', dct: '2013-03-26' },
  { sentence: 'The court set Jan. 14 as the deadline for final submissions.', extent: 'Jan. 14', type: 'DATE', value: '2014-01-14', dct: '2013-03-26' },
  { sentence: 'The judge set Sept. 9 for the start of the trial.', extent: 'Sept. 9', type: 'DATE', value: '2013-09-09', dct: '2013-03-15' },
  { sentence: 'Prices were set Jan. 14 for the quarter.', extent: 'Jan. 14', type: 'DATE', value: '2013-01-14', dct: '2013-03-26' },
  { sentence: 'The agency had ruled that the boy must be returned to his father, a hotel worker in Cardenas, and set March 14 as the deadline for his return.', extent: 'March 14', type: 'DATE', value: '2013-03-14', dct: '2013-03-26' },
  // A month with "in" and a year right after it is of that year; a year before a plural is a measure.
  { sentence: 'The draft was moved to late April in 2010.', extent: 'late April', type: 'DATE', value: '2010-04', dct: '2013-04-24' },
  { sentence: 'It opened in May in 2010 as planned.', extent: 'May', type: 'DATE', value: '2010-05', dct: '2013-04-24' },
  { sentence: 'In March in 2012 dollars sales rose.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-24' },
  { sentence: 'Exports set a record for January, the ministry said.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2014-02-22' },
  // A weekday before two numbers makes them a day: day first or month first, as the numbers and the weekday allow.
  { sentence: 'Sprint 4 ends on Fri 24/01.', extent: 'Fri 24/01', type: 'DATE', value: '2025-01-24', dct: '2025-01-15' },
  { sentence: 'The call is on Tues 1/14.', extent: 'Tues 1/14', type: 'DATE', value: '2025-01-14', dct: '2025-01-15' },
  { sentence: 'Workshop: Mon 03/02, 10am.', extent: 'Mon 03/02', type: 'DATE', value: '2025-02-03', dct: '2025-01-15' },
  // A date opening its sentence is the time of the clause's verb: a past one holds it in the past, even weeks before
  // the same day comes round again; an "-ed" adjective does not.
  { sentence: 'On May 1, President George W. Bush declared the end of major combat operations.', extent: 'May 1', type: 'DATE', value: '2012-05-01', dct: '2013-03-20' },
  // …but not a participle after "is": "In March he is scheduled to travel" looks ahead.
  { sentence: 'In March he is scheduled to travel to the Holy Land.', extent: 'March', type: 'DATE', value: '2000-03', dct: '1999-12-24' },
  { sentence: 'In May the pope is expected to visit Fatima.', extent: 'May', type: 'DATE', value: '2017-05', dct: '2016-11-20' },
  { sentence: 'Within three weeks, troops had taken the capital, and on April 9 crowds helped topple a statue.', extent: 'April 9', type: 'DATE', value: '2012-04-09', dct: '2013-03-20' },
  { sentence: 'On May 1, the company said it would open a store.', extent: 'May 1', type: 'DATE', value: '2012-05-01', dct: '2013-03-20' },
  { sentence: 'On June 3, the newly elected parliament will meet.', extent: 'June 3', type: 'DATE', value: '2013-06-03', dct: '2013-03-20' },
  // "No later than" sets a deadline, which lies ahead when no verb says otherwise.
  { sentence: 'Applications must be filed no later than March 1.', extent: 'March 1', type: 'DATE', value: '2016-03-01', dct: '2015-06-10' },
  { sentence: 'Rudd may move the election date, which Gillard announced in January, though it must be held by November 30.', extent: 'November 30', type: 'DATE', value: '2013-11-30', dct: '2013-06-26' },
  // An irregular past verb holds a day gone by as a regular one does.
  { sentence: 'Rosetta woke up on Jan. 20 after 31 months in hibernation.', extent: 'Jan. 20', type: 'DATE', value: '2014-01-20', dct: '2014-11-13' },
  { sentence: 'Thousands of residents fled the city on Aug. 30 as the fighting spread.', extent: 'Aug. 30', type: 'DATE', value: '2014-08-30', dct: '2014-11-13' },
  // What a past order bids lies ahead; the order does not.
  { sentence: 'In January, the state supreme court ordered new maps to be drawn within 45 days.', extent: 'January', type: 'DATE', value: '2019-01', dct: '2019-05-15' },
  { sentence: 'The state supreme court in January ordered new maps to be drawn.', extent: 'January', type: 'DATE', value: '2019-01', dct: '2019-05-15' },
  // "Starting" after a period tells when the period starts, not when the deed before it was done.
  { sentence: "Japan's cabinet approved a record budget for the fiscal year starting in April.", extent: 'April', type: 'DATE', value: '2020-04', dct: '2019-12-20' },
  { sentence: 'The board approved new fees for the school year beginning in September.', extent: 'September', type: 'DATE', value: '2018-09', dct: '2018-01-05' },
  // What a telling or a thing named by the clause's past verb looks ahead to is theirs; the deed opened with the date is done.
  { sentence: 'In February, the pope stunned the world by announcing he would step down.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-12-31' },
  { sentence: 'In January, the mayor surprised his aides when he said he would not run again.', extent: 'January', type: 'DATE', value: '2008-01', dct: '2008-12-28' },
  { sentence: 'In February, the board approved a plan that would cut 500 jobs.', extent: 'February', type: 'DATE', value: '2018-02', dct: '2018-12-27' },
  // So is a date of an occasion that opens its sentence ("In a speech in January,", "At a news conference on Jan. 3,").
  { sentence: 'In a speech in January, the president promised to cut the deficit.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-21' },
  { sentence: 'At a news conference in January, the minister said prices would fall.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-21' },
  { sentence: 'At a summit in January, leaders will sign the pact.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-21' },
  // Without one, a verb before a word that looks ahead is no past of the clause.
  { sentence: 'In February, the newly elected parliament will meet.', extent: 'February', type: 'DATE', value: '2019-02', dct: '2018-12-27' },
  // So does one after its time of day ("At dawn on", "At 5 a.m. on").
  { sentence: 'At dawn on 6 June the invasion began.', extent: '6 June', type: 'DATE', value: '2023-06-06', dct: '2024-04-04' },
  { sentence: 'At 5 a.m. on 6 June troops landed.', extent: '6 June', type: 'DATE', value: '2023-06-06', dct: '2024-04-04' },
  { sentence: 'At dawn on 6 June the invasion will begin.', extent: '6 June', type: 'DATE', value: '2024-06-06', dct: '2024-04-04' },
  // So does a passive past, and a month that is itself the subject of a past verb, told in December.
  { sentence: "In January, Brazil's new president was sworn in.", extent: 'January', type: 'DATE', value: '2023-01', dct: '2023-12-05' },
  { sentence: 'February brought a devastating earthquake.', extent: 'February', type: 'DATE', value: '2023-02', dct: '2023-12-05' },
  { sentence: 'In January, the new law takes effect.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2023-12-05' },
  // An aside between the opening date and its clause leaves the date the clause's.
  { sentence: 'In January, a week after the anniversary of the ruling, a bombing in Birmingham killed a security guard.', extent: 'January', type: 'DATE', value: '1998-01', dct: '1998-10-25' },
  { sentence: 'In January, weeks before the election, the party changed its leader.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-12-20' },
  { sentence: 'In January, a month after the vote, the new law will take effect.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-12-05' },
  // So does one after "By", a deadline gone by when its deed is done in the past; not one a deed is still to meet.
  { sentence: 'The trouble began in early 2012. By mid-April, hedge funds had spotted the bet.', extent: 'mid-April', type: 'DATE', value: '2012-04', mod: 'MID', dct: '2013-03-24' },
  { sentence: 'By the end of April, the bank had lost $2 billion.', extent: 'the end of April', type: 'DATE', value: '2012-04', mod: 'END', dct: '2013-03-24' },
  { sentence: 'By June, the new plant will be finished.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-24' },
  // A birthday to come and a release told in the present are ahead, even after a month of long ago.
  { sentence: 'Their first gig was in 1962. Mick Jagger, who turns 70 in July, said the band was ready.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-02-11' },
  // A month whose figures are reported is the latest begun, whatever the tense.
  { sentence: 'Wal-Mart said it had its best-ever Black Friday. The retailer will report November sales later this week.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-12-02' },
  // The telling that closes a quote is not the tense of what was told inside it.
  { sentence: '"Prices stay firm until March," the broker said.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2012-12-20' },
  { sentence: '"Prices stayed firm until March," the broker said.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2012-12-20' },
  { sentence: 'Costco will report its March sales on Thursday.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-01' },
  // Not the month right after the writing's in a report still to come: that is the one about to begin.
  { sentence: 'Nationwide will publish its January figures on Jan. 31.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-28' },
  { sentence: 'The agency will release its January data in mid-February.', extent: 'January', type: 'DATE', value: '2019-01', dct: '2018-12-21' },
  { sentence: 'Its January figures showed the first rise in house prices for a year.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-28' },
  { sentence: 'The lender will publish its December figures next week.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2012-12-28' },
  // So is a month that names its figures, a report or a forecast, with no verb of reporting before it.
  { sentence: 'The Labor Department will release its February jobs report on Friday.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-20' },
  // So are a month's figures named by its possessive; a month's event is not its figures.
  { sentence: "The Bank of England, which publishes February's figures on 28 March, said lending had picked up.", extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-17' },
  { sentence: "The Labor Department will release February's jobs report on Friday.", extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-17' },
  { sentence: "January's numbers will be revised next month.", extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-17' },
  { sentence: "December's election will decide who leads the country.", extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-17' },
  { sentence: 'Investors will watch February inflation figures due next week.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-20' },
  { sentence: 'Markets will focus on November trade data due Tuesday.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-01-03' },
  { sentence: 'The Fed now expects growth of 2.5 percent this year, down slightly from its December forecast.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-20' },
  { sentence: 'The Fed will publish the minutes of its January meeting on Wednesday.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-18' },
  { sentence: "Analysts expect the government's February consumer price index to show a 0.5 percent rise.", extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-15' },
  { sentence: "China will release its March purchasing managers' index on Monday.", extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-01' },
  // Not a month that names a meeting to come, nor one that opens a clause.
  { sentence: 'The bank will hold its April meeting on the 4th.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-20' },
  { sentence: 'The company will join the index in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-20' },
  { sentence: 'The board will meet again in February and the data will be revised.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-20' },
  // A handover told in the present is one to come.
  { sentence: 'Governor Mervyn King, who steps down at the end of June after 10 years in the job, was outvoted at the February meeting.', extent: 'the end of June', type: 'DATE', value: '2013-06', mod: 'END', dct: '2013-03-07' },
  // A month before a verb of speech stays a month after "in", after a list of months, or with a comma between.
  { sentence: 'Apple in May said it would buy back $60 billion of its shares.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-07-24' },
  { sentence: 'Exports fell in April and May said the trade ministry.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-07-24' },
  { sentence: 'The plant will stay open until after May, officials said.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-24' },
  { sentence: 'The chief executive, who retires in May, declined to comment.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-07' },
  { sentence: 'Carney, who takes over in July, was not at the meeting.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-07' },
  { sentence: 'The new album comes out in December.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-02-11' },
  { sentence: 'The board will meet Dec. 7 to consider the offer.', extent: 'Dec. 7', type: 'DATE', value: '1989-12-07' },
  { sentence: 'The quarter ended Sept. 30, the company said.', extent: 'Sept. 30', type: 'DATE', value: '1989-09-30' },
  { sentence: 'Shares fell sharply in June, traders said.', extent: 'June', type: 'DATE', value: '1989-06' },
  // "added" with an object is a deed, which sets the time of "starting" after it; "added that" tells of one to come.
  { sentence: 'The department added patrols on weekends starting in July.', extent: 'July', type: 'DATE', value: '2012-07', dct: '2013-01-02' },
  { sentence: 'The chief added that starting in July, patrols would double.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-01-02' },
  { sentence: 'The merger is expected to close in January.', extent: 'January', type: 'DATE', value: '1990-01' },
  // A deed done "after" another in the past holds the date in the past, however near the coming one is.
  { sentence: 'He missed most of last season after tearing a knee ligament on May 3.', extent: 'May 3', type: 'DATE', value: '2012-05-03', dct: '2013-03-29' },
  { sentence: 'He will rest after playing a round on May 3.', extent: 'May 3', type: 'DATE', value: '2013-05-03', dct: '2013-03-29' },
  // A clause opened after a verb that looks ahead, with a past verb of its own right after the month, is of that verb's time.
  { sentence: 'Li said the government would show an iron fist, after weeks of heavy smog in January and February sparked public anger.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-21' },
  { sentence: 'The bank will cut rates again, after a surprise cut in February boosted markets.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  // The day an anniversary is of lies as many years back as it counts.
  { sentence: 'Japan marked the second anniversary of the March 11 disaster on Monday with a minute of silence.', extent: 'March 11', type: 'DATE', value: '2011-03-11', dct: '2013-03-12' },
  { sentence: 'China will mark the fifth anniversary of the May 12 earthquake next week.', extent: 'May 12', type: 'DATE', value: '2008-05-12', dct: '2013-05-06' },
  { sentence: 'Survivors gathered in Kuta on the 10th anniversary of the Oct. 12 bombings.', extent: 'Oct. 12', type: 'DATE', value: '2002-10-12', dct: '2012-10-13' },
  { sentence: 'The company celebrated its 50th anniversary on March 3 with a party.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-03-12' },
  { sentence: 'The anniversary of the March 11 disaster passed quietly.', extent: 'March 11', type: 'DATE', value: '2013-03-11', dct: '2013-03-12' },
  // A participle of telling set off by a comma tells when it was told, whatever its main clause looks ahead to.
  { sentence: 'President Xi Jinping has vowed to fight corruption at all levels, warning in January that graft could destroy the party.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-25' },
  { sentence: 'The ministry has promised to cut red tape, telling reporters in February that new rules would come.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-25' },
  { sentence: 'The firm plans to expand, adding in April a new plant.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-25' },
  { sentence: 'The firm will hire 500 workers when the plant opens in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'He will step down when his term ends in February, aides said.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-21' },
  // A month naming a thing looked back at is one gone by, whatever the tense around it.
  { sentence: 'The budget is expected to pass in April, weeks late because of the December election.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-15' },
  { sentence: 'The party hopes to build on the success of the November vote.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-15' },
  { sentence: 'The party will campaign hard for the June election.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-15' },
  // A clause told after a verb of telling, in the present right after the month, is of the present; the day of the
  // telling is the telling's.
  { sentence: 'He told reporters the summit in June is off.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-18' },
  { sentence: 'He said the vote in June was a sham.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-18' },
  // The halves of a month take a mod as those of a century do.
  { sentence: 'Prices rose in the second half of April, the report said.', extent: 'the second half of April', type: 'DATE', value: '2012-04', mod: 'END', dct: '2013-03-20' },
  { sentence: 'The talks will resume in the first half of May.', extent: 'the first half of May', type: 'DATE', value: '2013-05', mod: 'START', dct: '2013-03-20' },
  // Not expected yet is still looked for ahead, whatever was done before.
  { sentence: 'Rodriguez had hip surgery in January and is not expected back until after the All-Star break in July.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-26' },
  { sentence: 'He resigned last May after the scandal.', extent: 'last May', type: 'DATE', value: '1989-05' },
  // A day spelled out, either way round, with or without its year.
  { sentence: 'The fireworks were set off on the fourth of July.', extent: 'the fourth of July', type: 'DATE', value: '1989-07-04' },
  { sentence: 'The fireworks were set off on July the 4th.', extent: 'July the 4th', type: 'DATE', value: '1989-07-04' },
  { sentence: 'The strike began on the first of May, 1886, in Chicago.', extent: 'the first of May, 1886', type: 'DATE', value: '1886-05-01' },
  { sentence: 'The new terminal will open June the first.', extent: 'June the first', type: 'DATE', value: '1990-06-01' },
  // "the first" of a noun after a month with its day is no day.
  { sentence: 'Early on 6 June the first troops landed.', extent: '6 June', type: 'DATE', value: '1989-06-06' },
  { sentence: 'On 4 July the second wave arrived.', extent: '4 July', type: 'DATE', value: '1989-07-04' },
  { sentence: 'Talks resumed on Thursday, November twenty-third.', extent: 'Thursday, November twenty-third', type: 'DATE', value: '1989-11-23' },
  // Business shorthand with a hyphen: the position word is the mod.
  { sentence: 'Results came in early-March, ahead of the sale.', extent: 'early-March', type: 'DATE', value: '1989-03', mod: 'START' },
  { sentence: 'Output fell in end-1988 and recovered.', extent: 'end-1988', type: 'DATE', value: '1988', mod: 'END' },
  // "March-end", as Indian English writes "end-March": the end of that month, with its tense; not a span of months.
  { sentence: 'The agency has been asked to file its report by March-end.', extent: 'March-end', type: 'DATE', value: '2013-03', mod: 'END', dct: '2013-03-21' },
  { sentence: 'The ministry said the project would be completed by June-end.', extent: 'June-end', type: 'DATE', value: '2013-06', mod: 'END', dct: '2013-03-21' },
  { sentence: 'Foreign exchange reserves stood at $292 billion at December-end.', extent: 'December-end', type: 'DATE', value: '2012-12', mod: 'END', dct: '2013-03-21' },
  { sentence: 'The May-end deadline for the filing has been extended.', extent: 'May-end', type: 'DATE', value: '2013-05', mod: 'END', dct: '2013-03-21' },
  { sentence: 'Rainfall was scant in the March-May season.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-21' },
  // "That September" is the month of the year the story is in; after a verb, "that" opens a clause.
  { sentence: 'In 1854 the allies landed. That September, they won at the Alma.', extent: 'That September', type: 'DATE', value: '1854-09' },
  { sentence: 'He said that May was the worst month.', extent: 'May', type: 'DATE', value: '1989-05' },
  // A verb in the plural after it is not the month's: the month is the story's.
  {
    sentence: 'The last wells were put out in November 1991. Rebellions in the north and south of Iraq that March were crushed within weeks.',
    extent: 'that March', type: 'DATE', value: '1991-03', dct: '2009-08-30',
  },
  // "May" between a determiner and a thing the calendar sets is the month.
  { sentence: 'The Treasurer said the Government remained on track for the May budget.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-05' },
  // "May" or "March" opening a sentence before a verb in the past is the month (the modal takes a bare verb).
  { sentence: 'The rising broke out in April 1808. May proved to be a turning point, and the provinces rose.', extent: 'May', type: 'DATE', value: '1808-05', dct: '2009-03-03' },
  { sentence: 'Retail sales fell in February. March saw a strong rebound, the agency said.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-10' },
  { sentence: 'Councillors are preparing for the May elections.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-05' },
  // So is a "March" or "May" after a verb of reporting and before the figures it names.
  { sentence: 'Automakers report March sales on Tuesday.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-01' },
  { sentence: 'The Labor Department will release March jobs data on Friday.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-04-02' },
  { sentence: 'Toyota reported May sales that fell 3 percent.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-06-04' },
  { sentence: 'Her novel appeared in September 2021; that November it won the award.', extent: 'that November', type: 'DATE', value: '2021-11', dct: '2025-02-10' },
  // …but a month that closes its clause after the verb is the story's again.
  {
    sentence: 'The rate was last below 6 percent in the summer of 2008, just before the crisis peaked that September.',
    extent: 'that September', type: 'DATE', value: '2008-09', dct: '2013-03-12',
  },
  // Before a day, "Mar" and "Jun" need no dot.
  { sentence: 'The show runs from Mar 4 to Apr 2.', extent: 'Mar 4', type: 'DATE', value: '1990-03-04' },
  // A meeting or a return told in the present is one to come.
  { sentence: 'The two teams meet again in March.', extent: 'March', type: 'DATE', value: '1990-03' },
  { sentence: 'The festival returns in June.', extent: 'June', type: 'DATE', value: '1990-06' },
  { sentence: 'They met again in March.', extent: 'March', type: 'DATE', value: '1989-03' },
  // A year something is for, or a fiscal year, does not give its year to the month after it.
  { sentence: 'Starbucks will give its outlook for fiscal 2014 in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-21' },
  { sentence: 'The ministry will publish its forecast for 2014 in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-21' },
  // Nor is a year a thing is from: the date right after it is the deed's; a year the deed is in frames its day.
  { sentence: 'Sotheby\'s said Monday it would auction a Warhol painting from 1962 on May 14.', extent: 'May 14', type: 'DATE', value: '2013-05-14', dct: '2013-03-25' },
  { sentence: 'Christie\'s will sell a Picasso portrait from 1932 in May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-25' },
  { sentence: 'Troops landed in Normandy in 1944 on June 6.', extent: 'June 6', type: 'DATE', value: '1944-06-06', dct: '2013-03-25' },
  { sentence: 'The rule was in force from 2009, in March and April.', extent: 'March', type: 'DATE', value: '2009-03', dct: '2013-03-25' },
  // A month a work is announced for is one to come; not one it was recorded for, gone by.
  { sentence: 'Warner Bros. announced the sequel for release in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-17' },
  { sentence: 'The album, recorded last year for release in February, sold well.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-17' },
  // A participle after "with" has no tense of its own: the clause it hangs on tells it.
  { sentence: 'The shortlist will be announced in September, with the winner named in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-08' },
  { sentence: 'The rules will apply to next year\'s prize, with the longlist due in July and the winner announced in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-08' },
  { sentence: 'The company said it would cut 500 jobs, with most of the cuts made in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-08' },
  { sentence: 'The shortlist was unveiled in September, with the winner named in October.', extent: 'October', type: 'DATE', value: '2012-10', dct: '2013-03-08' },
  // "Now" after a modal belongs to the verb that looks ahead.
  { sentence: 'The rules will now apply from Oct. 28, the bureau said.', extent: 'Oct. 28', type: 'DATE', value: '2013-10-28', dct: '2013-03-12' },
  { sentence: "He'll now face trial in October.", extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-12' },
  // A plan in the past perfect was overtaken; "to take effect" after it does not look ahead on its own.
  // A plan overtaken says nothing of whether its date has come: a date with its month is the nearest of that name.
  { sentence: 'Voting had been scheduled to begin on April 22 and run in four stages until late June, with the new lower house convening on July 2.', extent: 'July 2', type: 'DATE', value: '2013-07-02', dct: '2013-03-07' },
  { sentence: "The election was originally due in July, when Borisov's four-year term would have ended.", extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-13' },
  { sentence: 'The election, originally scheduled for July, was brought forward after the government resigned.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-13' },
  { sentence: 'The report was due in July.', extent: 'July', type: 'DATE', value: '2012-07', dct: '2013-03-13' },
  // A death named with its date has happened, whatever the verbs around ("set off" tells no tense).
  { sentence: "The man's death on May 25 set off months of protests across the country.", extent: 'May 25', type: 'DATE', value: '2020-05-25', dct: '2021-01-04' },
  { sentence: 'His death on May 25 set off protests in dozens of cities.', extent: 'May 25', type: 'DATE', value: '2020-05-25', dct: '2021-01-04' },
  // So has an incident named with its month or day, however near the month of that name ahead.
  { sentence: 'The shooting in March was never solved, and the family has offered a reward.', extent: 'March', type: 'DATE', value: '2020-03', dct: '2021-01-04' },
  // So has a thing named by its month that a clause right after tells did something; not one that will or could.
  { sentence: 'Farmers will long remember the March heat wave that shattered records across the Midwest.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2012-12-30' },
  { sentence: 'Insurers are still counting the cost of a January storm which flooded homes along the coast.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-11-20' },
  { sentence: 'Lawmakers will debate the October budget that could topple the government.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-20' },
  // So has an outbreak, an overdose or a stroke: no one schedules one.
  { sentence: 'The measles outbreak in February was traced to an unvaccinated traveller.', extent: 'February', type: 'DATE', value: '2016-02', dct: '2016-12-30' },
  { sentence: 'She never fully recovered from the stroke in January.', extent: 'January', type: 'DATE', value: '2016-01', dct: '2016-12-20' },
  // …while one foreseen is still to come.
  { sentence: 'Officials are preparing for outbreaks expected in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-20' },
  { sentence: 'The robbery on March 3 was never solved.', extent: 'March 3', type: 'DATE', value: '2020-03-03', dct: '2021-01-04' },
  { sentence: 'Detectives are still investigating the killing of a teenager on March 3.', extent: 'March 3', type: 'DATE', value: '2020-03-03', dct: '2021-01-04' },
  { sentence: 'The murder of his wife in March remains unsolved.', extent: 'March', type: 'DATE', value: '2020-03', dct: '2021-01-04' },
  { sentence: 'The sentencing of the two men in March will close the case.', extent: 'March', type: 'DATE', value: '2021-03', dct: '2021-01-04' },
  { sentence: 'Police are still looking for the gunman in the March 3 shooting.', extent: 'March 3', type: 'DATE', value: '2020-03-03', dct: '2021-01-04' },
  { sentence: 'Police are investigating a May 5 shooting outside a nightclub.', extent: 'May 5', type: 'DATE', value: '2012-05-05', dct: '2013-03-21' },
  { sentence: 'A June 5 hearing will decide the case.', extent: 'June 5', type: 'DATE', value: '2013-06-05', dct: '2013-03-21' },
  { sentence: 'The Feb. 12 hearing will decide whether the case goes to trial.', extent: 'Feb. 12', type: 'DATE', value: '2021-02-12', dct: '2021-01-04' },
  // A month someone is bailed until lies ahead.
  { sentence: 'He denied the charge and was bailed until a trial date in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  // A case listed for a date, as British courts schedule one, is still to come.
  { sentence: 'The trial is listed for 14 October at Leeds Crown Court.', extent: '14 October', type: 'DATE', value: '2013-10-14', dct: '2013-03-21' },
  { sentence: 'A two-week trial has been listed for 4 November.', extent: '4 November', type: 'DATE', value: '2013-11-04', dct: '2013-03-21' },
  { sentence: 'The hearing was set down for 14 October.', extent: '14 October', type: 'DATE', value: '2013-10-14', dct: '2013-03-21' },
  { sentence: 'He set down the bag for a moment in October.', extent: 'October', type: 'DATE', value: '2012-10', dct: '2013-03-21' },
  // So is a trial or a hearing a case was set for, and its date.
  { sentence: 'The case was set for trial starting 14 October.', extent: '14 October', type: 'DATE', value: '2013-10-14', dct: '2013-03-21' },
  { sentence: 'The case was set for a five-day trial starting on 14 October.', extent: '14 October', type: 'DATE', value: '2013-10-14', dct: '2013-03-21' },
  // …not a table set for a meal.
  { sentence: 'She set the table for dinner on 14 October.', extent: '14 October', type: 'DATE', value: '2012-10-14', dct: '2013-03-21' },
  // A passive with an irregular participle right before is a deed done: the month of that name gone by.
  { sentence: 'The woman, 34, was last seen in January.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-20' },
  { sentence: 'She was last seen alive in April.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-20' },
  { sentence: 'His car was stolen April 2.', extent: 'April 2', type: 'DATE', value: '2012-04-02', dct: '2013-03-20' },
  // So is a record "broken" or "set" on a day, told near the year's end; a record "set for" a day is a plan.
  { sentence: 'A new national daily record of 40.3 degrees was set on Jan. 7, the bureau said.', extent: 'Jan. 7', type: 'DATE', value: '2013-01-07', dct: '2013-12-31' },
  { sentence: 'The old mark of 18 inches was broken on Feb. 9.', extent: 'Feb. 9', type: 'DATE', value: '2013-02-09', dct: '2013-12-28' },
  { sentence: 'The final vote was set for Jan. 7.', extent: 'Jan. 7', type: 'DATE', value: '2014-01-07', dct: '2013-12-31' },
  { sentence: 'The record could be broken on Jan. 7, forecasters said.', extent: 'Jan. 7', type: 'DATE', value: '2014-01-07', dct: '2013-12-31' },
  // …not a forecast in the present.
  { sentence: 'A recovery is seen in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-20' },
  // "heard", "upheld", "withheld" are past forms too; "be heard" is not.
  { sentence: 'An appeals court upheld his conviction in April.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-20' },
  { sentence: 'Neighbors heard an argument in April, the report said.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-20' },
  { sentence: 'The appeal is to be heard in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-20' },
  // Not an execution, which is set for its day.
  { sentence: 'His execution on May 25 will go ahead, the governor said.', extent: 'May 25', type: 'DATE', value: '2021-05-25', dct: '2021-01-04' },
  // The legal "on or about": "about" pairs with "on", no hedge inside the date's extent.
  { sentence: 'Prosecutors said the killing took place on or about Sept. 3, 1999, at the couple\'s home.', extent: 'Sept. 3, 1999', type: 'DATE', value: '1999-09-03', dct: '2013-03-21' },
  { sentence: 'The indictment says that on or about March 3, he wired the money to Cyprus.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-03-21' },
  { sentence: 'The shooting happened on about March 3, police said.', extent: 'about March 3', type: 'DATE', value: '2013-03-03', mod: 'APPROX', dct: '2013-03-21' },
  // So is one said to have been the first with no verb of its own.
  { sentence: 'The sentencing, originally scheduled for February, was delayed after the defense asked for more time.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  { sentence: 'The trial, originally scheduled for June, will now start in May.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'The election was first scheduled for February but was postponed after the floods.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  // A plan told in the past ("was due to", "were scheduled to") leaves a date with its month to the nearest of that
  // name; one told in the present looks ahead.
  { sentence: 'Chavez was due to begin his fourth term on 10 January but was too ill to attend the ceremony.', extent: '10 January', type: 'DATE', value: '2013-01-10', dct: '2013-03-06' },
  { sentence: 'The new parliament was scheduled to meet on Jan. 14, officials said.', extent: 'Jan. 14', type: 'DATE', value: '2013-01-14', dct: '2013-03-06' },
  { sentence: 'The new parliament is scheduled to meet on Jan. 14.', extent: 'Jan. 14', type: 'DATE', value: '2014-01-14', dct: '2013-03-06' },
  { sentence: 'The talks were scheduled to begin in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-06' },
  // The past of a "when" clause after a plan or a future told in the past is the plan's: the nearest of the name.
  { sentence: 'Napolitano had planned to step down when his mandate expired on May 15, but agreed to stay on.', extent: 'May 15', type: 'DATE', value: '2013-05-15', dct: '2013-04-20' },
  { sentence: 'He had said he would retire when his term ended in May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-04-20' },
  { sentence: 'He resigned when his term expired in May.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-04-20' },
  // An expectation overtaken, told in the active, leaves its month to the nearest of that name as a plan overtaken does.
  { sentence: 'Most observers had expected him to wait until October before calling the vote.', extent: 'October', type: 'DATE', value: '2024-10', dct: '2024-05-22' },
  { sentence: 'Analysts had widely expected the central bank to act in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'Economists had expected retail sales to rise 0.5 percent in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  // Not what is expected now.
  { sentence: 'Most observers expect him to wait until October.', extent: 'October', type: 'DATE', value: '2024-10', dct: '2024-05-22' },
  { sentence: 'The trial was initially scheduled to begin in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-21' },
  { sentence: 'The hearing, originally set for Tuesday, was postponed.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'The trial is scheduled for February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-21' },
  // What is put off from one month to another names the month given up and the one to come, not a span between them.
  { sentence: 'The trial was postponed from February to June after a key witness fell ill.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  { sentence: 'The trial was postponed from February to June after a key witness fell ill.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  // A plan moved names the date it was moved from and the one moved to, each the nearest of its name, not a span; one
  // put off goes to the first such date after the one it left.
  { sentence: 'President Mohammed Morsi, elected last June, had moved the first round forward from April 27 to avoid a clash with Coptic Easter.', extent: 'April 27', type: 'DATE', value: '2013-04-27', dct: '2013-03-02' },
  { sentence: 'Organizers moved the final from June 9 to June 2 because of the weather.', extent: 'June 9', type: 'DATE', value: '2013-06-09', dct: '2013-03-02' },
  { sentence: 'Organizers moved the final from June 9 to June 2 because of the weather.', extent: 'June 2', type: 'DATE', value: '2013-06-02', dct: '2013-03-02' },
  { sentence: 'The deadline was extended from June 30 to Sept. 30.', extent: 'Sept. 30', type: 'DATE', value: '2013-09-30', dct: '2013-03-02' },
  { sentence: 'The talks ran from June 9 to June 12.', extent: 'June 12', type: 'DATE', value: '2012-06-12', dct: '2013-03-02' },
  { sentence: 'The hearing was rescheduled from January to next week.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-21' },
  { sentence: 'The court moved the trial from June to September.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'The sequel was pushed from March to May to avoid a clash with another blockbuster.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-21' },
  { sentence: 'The sequel was pushed from March to May to avoid a clash with another blockbuster.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-21' },
  { sentence: 'Disney bumped the film from June 14 to May 31.', extent: 'June 14', type: 'DATE', value: '2013-06-14', dct: '2013-03-21' },
  // A plan pushed back or put off by a ruling goes to a date still to come, however far its verb.
  { sentence: 'A judge on Friday delayed the trial of a former officer accused of beating a handcuffed man, pushing it back to September.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-03-16' },
  { sentence: 'The judge pushed the sentencing back to June after the defense asked for more time.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-16' },
  { sentence: 'The judge on Friday granted the request, postponing the hearing until May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-16' },
  // A court's business "continued", as American courts say it, is put off.
  { sentence: 'At the request of the defense, the case was continued until May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-16' },
  { sentence: 'The judge continued the sentencing hearing to April after a witness fell ill.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-16' },
  // Not what went on until a time.
  { sentence: 'Fighting in the region continued until February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-16' },
  // Not people pushed back, nor a push for something.
  { sentence: 'Riot police pushed the crowd back to the square in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-16' },
  { sentence: 'The judge, pushing for a quick trial, sent the case back to the grand jury in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-16' },
  // So is a plan told with its undoing.
  { sentence: 'His sentencing was scheduled for February but was pushed back to April.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  { sentence: 'The trial was due to start in February but was postponed when a juror fell ill.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  { sentence: 'A new hearing was set for January, then postponed to June, then postponed again.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-26' },
  { sentence: 'The vote was scheduled for February and then delayed until April.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-26' },
  // A plan with no undoing told after it still looks ahead.
  { sentence: 'A new hearing was set for January, then the lawyers will file their briefs.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-03-26' },
  // So is a plan named in an aside and undone or replaced right after it.
  { sentence: "The president's budget, due Feb. 4 by law, is now expected on April 10.", extent: 'Feb. 4', type: 'DATE', value: '2013-02-04', dct: '2013-03-22' },
  { sentence: 'The confirmation vote, scheduled for Feb. 12, was postponed after Republicans demanded more documents.', extent: 'Feb. 12', type: 'DATE', value: '2013-02-12', dct: '2013-03-22' },
  { sentence: 'The vote, scheduled for April 2, has been postponed.', extent: 'April 2', type: 'DATE', value: '2013-04-02', dct: '2013-03-22' },
  // …or carried out: what came of it is told in the past.
  { sentence: 'The vote, scheduled for Feb. 12, went ahead despite the protests.', extent: 'Feb. 12', type: 'DATE', value: '2013-02-12', dct: '2013-03-22' },
  { sentence: 'The auction, set for Feb. 20, raised $4 million for the hospital.', extent: 'Feb. 20', type: 'DATE', value: '2013-02-20', dct: '2013-03-22' },
  { sentence: 'The summit, scheduled for June 5, was announced on Tuesday.', extent: 'June 5', type: 'DATE', value: '2013-06-05', dct: '2013-03-22' },
  // …not one with nothing undone after it.
  { sentence: 'The hearing, scheduled for Feb. 12, will be open to the public.', extent: 'Feb. 12', type: 'DATE', value: '2014-02-12', dct: '2013-03-22' },
  { sentence: 'The retrial was scheduled to begin in June but has been postponed.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  // Not a plan still standing.
  { sentence: 'The hearing is scheduled for February but could be delayed.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-21' },
  // A span told in the past is one.
  { sentence: 'Burglaries rose from February to June, police said.', extent: 'February', type: 'DATE', value: '2012-02', dct: '2013-03-21' },
  { sentence: 'Burglaries rose from February to June, police said.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-21' },
  { sentence: 'The referendum had been planned for Sept. 8 before the court stepped in.', extent: 'Sept. 8', type: 'DATE', value: '2013-09-08', dct: '2013-03-07' },
  { sentence: 'The rules had been scheduled to take effect on Feb. 7.', extent: 'Feb. 7', type: 'DATE', value: '2013-02-07', dct: '2013-03-12' },
  { sentence: 'The rules, which had been due to come into force on Feb. 7, were delayed.', extent: 'Feb. 7', type: 'DATE', value: '2013-02-07', dct: '2013-03-12' },
  { sentence: 'The rules take effect on Oct. 28.', extent: 'Oct. 28', type: 'DATE', value: '2013-10-28', dct: '2013-03-12' },
  // A decade told after a month and its year has moved the story past them.
  {
    sentence: 'Its set at Woodstock in August 1969 made him a star. The band broke up in the mid-1970s. He released his last album in September.',
    extent: 'September', type: 'DATE', value: '2012-09', dct: '2013-03-10',
  },
  // "Can" looks ahead.
  { sentence: 'Owners who have already paid for repairs can seek a refund until Dec. 31.', extent: 'Dec. 31', type: 'DATE', value: '2013-12-31', dct: '2013-03-26' },
  // A span from now ends ahead, whatever "now" makes of the clause's tense.
  { sentence: "The sequester will strip about $46 billion from the Pentagon's budget between now and Sept. 30.", extent: 'Sept. 30', type: 'DATE', value: '2013-09-30', dct: '2013-03-27' },
  { sentence: 'From now until June, the border crossing is closed to trucks.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-27' },
  { sentence: 'Between now and the election in November, the party must rebuild its base in the south.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-27' },
  // Tax returns are no return: the clause is told in the past.
  { sentence: 'The IRS started accepting returns on Jan. 30, a week later than usual.', extent: 'Jan. 30', type: 'DATE', value: '2013-01-30', dct: '2013-03-28' },
  { sentence: 'He filed his tax returns in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-28' },
  { sentence: 'Returns claiming the credit could not be processed in February while forms were updated.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-19' },
  { sentence: 'Returns could not be filed electronically in February, the agency said.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-19' },
  { sentence: 'The quiz show returns in February with a new host.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-19' },
  // A participle right after its noun bounds the subject of a clause told by the modal after the timex.
  { sentence: 'Homes bought before June 30 will qualify for the credit.', extent: 'June 30', type: 'DATE', value: '2013-06-30', dct: '2013-04-12' },
  { sentence: 'Taxes paid after April 15 will incur interest and penalties.', extent: 'April 15', type: 'DATE', value: '2013-04-15', dct: '2013-04-12' },
  { sentence: 'Homes bought before June 30 qualified for the credit.', extent: 'June 30', type: 'DATE', value: '2012-06-30', dct: '2013-04-12' },
  // Housing starts are no start: the clause is told in the past.
  { sentence: 'Housing starts in February were 27.7 percent above the year-earlier level, the Commerce Department said.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-19' },
  { sentence: 'Single-family starts in January fell 0.5 percent from December.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-19' },
  { sentence: 'Construction starts in May on the new stadium.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-19' },
  { sentence: 'The tax season starts in February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-19' },
  { sentence: 'Sales rose between March and June Smith said.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-08-19' },
  // A deadline still to be met lies ahead, however near the last day of its date.
  { sentence: 'Congress faces a Dec. 31 deadline to renew the tax breaks.', extent: 'Dec. 31', type: 'DATE', value: '2013-12-31', dct: '2013-03-21' },
  { sentence: 'Lawmakers are racing to meet a Jan. 15 deadline.', extent: 'Jan. 15', type: 'DATE', value: '2014-01-15', dct: '2013-03-21' },
  { sentence: 'Employers missed the Jan. 31 deadline, the agency said.', extent: 'Jan. 31', type: 'DATE', value: '2013-01-31', dct: '2013-03-21' },
  // A participle after a preposition and a plural noun tells which things are meant, not the tense of the clause.
  { sentence: 'Most retirees will see the change in checks paid on Jan. 8, depending on their birthdays.', extent: 'Jan. 8', type: 'DATE', value: '2025-01-08', dct: '2024-12-28' },
  { sentence: 'Customers will get refunds for purchases made on Jan. 3 at the affected stores.', extent: 'Jan. 3', type: 'DATE', value: '2025-01-03', dct: '2024-12-28' },
  { sentence: 'The company paid its bondholders on Jan. 8, a spokesman said.', extent: 'Jan. 8', type: 'DATE', value: '2024-01-08', dct: '2024-12-28' },
  { sentence: 'Demand for loans surged in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-12-20' },
  // "Open" in a tournament's name is no verb: the clause is told in the past.
  { sentence: 'Djokovic, who won the Australian Open in January, remains No. 1.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-07-08' },
  { sentence: 'Manchester City, who host United at Etihad Stadium on April 8, drew 1-1 at Everton.', extent: 'April 8', type: 'DATE', value: '2013-04-08', dct: '2013-03-31' },
  { sentence: 'Forecasters on Aug. 2 cut their forecast to eight hurricanes this year from nine in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-08-28' },
  { sentence: 'She reached the semifinals of the French Open in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-11-20' },
  // A day a thing was set for lies ahead; "the stage was set for a showdown" sets no day.
  { sentence: 'Sentencing was set for Aug. 22.', extent: 'Aug. 22', type: 'DATE', value: '2024-08-22', dct: '2024-05-30' },
  { sentence: 'The stage was set for a showdown in March.', extent: 'March', type: 'DATE', value: '2024-03', dct: '2024-05-30' },
  // …unless it had been set for it: then, as "had been scheduled for", the day is told from the past.
  { sentence: 'Sentencing had been set for Feb. 20 but was postponed twice.', extent: 'Feb. 20', type: 'DATE', value: '2024-02-20', dct: '2024-04-04' },
  // A date told right after a time to say when in it is of that time's year.
  { sentence: 'The longest streak, 31 days, was set last summer, from June 30 to July 30.', extent: 'June 30', type: 'DATE', value: '2023-06-30', dct: '2024-07-12' },
  { sentence: 'The longest streak, 31 days, was set last summer, from June 30 to July 30.', extent: 'July 30', type: 'DATE', value: '2023-07-30', dct: '2024-07-12' },
  // …and through the places of a list.
  { sentence: 'Countries held national elections in 2012, from Russia in March to the United States in November.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2012-12-31' },
  // A day of another month told right after a month says nothing of when in it.
  { sentence: 'Apple reported record iPhone sales for the quarter that ended in December on Jan. 23.', extent: 'Jan. 23', type: 'DATE', value: '2013-01-23', dct: '2013-03-21' },
  { sentence: 'The riots broke out in December 2011, on Dec. 23.', extent: 'Dec. 23', type: 'DATE', value: '2011-12-23', dct: '2013-03-21' },
  // A "when" clause hanging on a year is of that year.
  { sentence: 'It was the worst flooding since 2013, when the Danube burst its banks in early June.', extent: 'early June', type: 'DATE', value: '2013-06', mod: 'START', dct: '2024-06-02' },
  // A year opening a quote is the speaker's: the saying after the quote's close is not in that year.
  { sentence: '"Last year was the hardest of my life," she said in an interview in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-20' },
  { sentence: 'Last year, the party won a by-election in January.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2013-03-20' },
  // A sentence opening on "That" and a noun goes on about the year the sentence before told.
  { sentence: 'The G8 last met in the UK in 2005. That summit was overshadowed by the London bombings on 7 July.', extent: '7 July', type: 'DATE', value: '2005-07-07', dct: '2013-06-17' },
  { sentence: 'The G8 last met in the UK in 2005. Leaders will meet again on 7 July.', extent: '7 July', type: 'DATE', value: '2013-07-07', dct: '2013-06-17' },
  // "since the" a day naming a thing: a day gone by, whatever the sentence looks ahead to.
  { sentence: 'Its shares have lost a third of their value since the March 3 announcement, and analysts say they will keep falling.', extent: 'March 3', type: 'DATE', value: '2012-03-03', dct: '2013-02-25' },
  // So is the time of a thing a record or a first is measured since, in a forecast too.
  { sentence: 'Strong winds could cause flooding through Friday, which would be the first significant flooding in those areas since Superstorm Sandy in late October.', extent: 'late October', type: 'DATE', value: '2012-10', mod: 'END', dct: '2013-03-04' },
  { sentence: 'The river will reach its highest level since the floods in April, forecasters said.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-04' },
  { sentence: 'Forecasters say it will be the biggest storm since the blizzard of February.', extent: 'February', type: 'DATE', value: '2012-02', dct: '2013-01-20' },
  // Not a "since" that means "because".
  { sentence: 'Since the summit is scheduled for May, talks will resume in April.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-04' },
  // A day told in the past after "the year" in early January is of the year just gone, not later in the new one.
  { sentence: 'The city recorded its 500th killing of the year on Dec. 27.', extent: 'Dec. 27', type: 'DATE', value: '2012-12-27', dct: '2013-01-02' },
  { sentence: 'The city recorded its 200th killing of the year on May 27.', extent: 'May 27', type: 'DATE', value: '2013-05-27', dct: '2013-06-02' },
  // A day naming a thing, written in full before, is of the year written then.
  { sentence: 'He spoke for al Qaeda after the September 11, 2001, attacks. In 2009, officials planned to try the mastermind of the Sept. 11 attacks in Manhattan.', extent: 'Sept. 11', type: 'DATE', value: '2001-09-11', dct: '2013-03-15' },
  // A day that names an event, or a group's day told as a time, is one.
  { sentence: 'Tens of thousands joined the March 14 rally in Beirut.', extent: 'March 14', type: 'DATE', value: '2013-03-14', dct: '2013-03-21' },
  { sentence: 'The coalition formed on March 14 will meet again.', extent: 'March 14', type: 'DATE', value: '2013-03-14', dct: '2013-03-21' },
  // A day told as some time after or before a date just written lies on that side of it, in the nearest year.
  { sentence: 'The U.S. invasion began in October 2001, less than a month after the Sept. 11 attacks.', extent: 'Sept. 11', type: 'DATE', value: '2001-09-11', dct: '2021-08-31' },
  { sentence: 'The invasion began in October 2001, weeks after the Sept. 11 attacks.', extent: 'Sept. 11', type: 'DATE', value: '2001-09-11', dct: '2021-08-31' },
  // …and so are "the attacks of September 11", named before the day; a storm of that day is any year's.
  { sentence: 'The attacks of September 11 slowed the boom for a year or so, but by 2003 prices were climbing again.', extent: 'September 11', type: 'DATE', value: '2001-09-11', dct: '2005-06-30' },
  { sentence: 'The storm of September 11 flooded the lower town.', extent: 'September 11', type: 'DATE', value: '2012-09-11', dct: '2013-03-21' },
  { sentence: 'Israel sent ground troops into Gaza in January 2009, days after the Dec. 27 airstrikes.', extent: 'Dec. 27', type: 'DATE', value: '2008-12-27', dct: '2013-03-19' },
  { sentence: 'The army took the town in late December 2012, just before the Jan. 1 deadline.', extent: 'Jan. 1', type: 'DATE', value: '2013-01-01', dct: '2013-03-19' },
  // …not a day after a date with a deed of its own between ("and ended after"), which says nothing of its side.
  { sentence: 'The siege began in October 2011 and was lifted after the March 5 deal.', extent: 'March 5', type: 'DATE', value: '2013-03-05', dct: '2013-03-19' },
  // So does an "after" or "while" clause: it tells what happened in that year.
  { sentence: 'The fraud unravelled in late 2009, after an auditor raised concerns in October.', extent: 'October', type: 'DATE', value: '2009-10', dct: '2013-03-26' },
  // So is a season's, or a year counted from the writing.
  { sentence: 'The drought began in the summer of 2011, when rain stopped falling in May.', extent: 'May', type: 'DATE', value: '2011-05', dct: '2013-08-15' },
  // …with a span told in the clause before the month.
  { sentence: 'The last papal visit was in 1987, when John Paul II toured the country for six days in April.', extent: 'April', type: 'DATE', value: '1987-04', dct: '2013-03-15' },
  { sentence: 'He was ordained in 1969, when he spent three weeks in Rome in June.', extent: 'June', type: 'DATE', value: '1969-06', dct: '2013-03-15' },
  // …and so are the dates after one the clause has framed, up to a main clause joined on.
  { sentence: 'The drought began in 2011, when rain stopped falling in May and rivers dried up in August.', extent: 'August', type: 'DATE', value: '2011-08', dct: '2013-08-15' },
  // The dot of an initialism does not end the clause ("U.S.", "George W. Bush"); a full stop does.
  { sentence: 'Beijing has stepped up military drills since 2022, when U.S. House Speaker Nancy Pelosi visited Taipei in August.', extent: 'August', type: 'DATE', value: '2022-08', dct: '2024-01-06' },
  { sentence: 'Ties have been strained since 2001, when George W. Bush took office in January.', extent: 'January', type: 'DATE', value: '2001-01', dct: '2003-06-10' },
  { sentence: 'Beijing has stepped up military drills since 2022. The U.S. speaker visited Taipei in August.', extent: 'August', type: 'DATE', value: '2023-08', dct: '2024-01-06' },
  { sentence: 'It happened in 2006, when North Korea tested its first nuclear device in October, three months after firing a barrage of missiles on July 5.', extent: 'July 5', type: 'DATE', value: '2006-07-05', dct: '2013-03-16' },
  { sentence: 'The company was founded in 1982, when it opened a shop in June, and it said on March 3 that it would close.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-03-16' },
  // So is what a colon after the year tells of it.
  { sentence: 'It happened again in 2009: a rocket launch on April 5 was followed by a second test on May 25.', extent: 'April 5', type: 'DATE', value: '2009-04-05', dct: '2013-03-16' },
  { sentence: 'It happened again in 2009: a rocket launch on April 5 was followed by a second test on May 25.', extent: 'May 25', type: 'DATE', value: '2009-05-25', dct: '2013-03-16' },
  // So is a "which" clause on what the year dates, told in the past; not one of saying, which tells the news.
  { sentence: 'The two countries fought a 74-day war over the islands in 1982, which ended on 14 June with the surrender of Argentine forces.', extent: '14 June', type: 'DATE', value: '1982-06-14', dct: '2013-03-26' },
  // So does a "when" clause on a thing the year names after "the".
  { sentence: 'Crude fell 28 percent, its largest weekly decline since the 1991 Gulf War, when prices collapsed on Jan. 17.', extent: 'Jan. 17', type: 'DATE', value: '1991-01-17', dct: '2003-03-22' },
  { sentence: 'Banks are far stronger than in the 2008 financial crisis, when lending froze in September.', extent: 'September', type: 'DATE', value: '2008-09', dct: '2013-03-22' },
  // …not one after a second deed joined on.
  { sentence: 'He won the 2010 vote and took office, when he said in March that he would resign.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-22' },
  { sentence: 'A cease-fire was declared in 2005, which collapsed in August after a rebel attack.', extent: 'August', type: 'DATE', value: '2005-08', dct: '2013-03-26' },
  { sentence: 'The bank was rescued in 2008 by the government, which said on March 3 it would sell its stake.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-03-26' },
  // …not a span that is the only time before the month.
  { sentence: 'In 1987 he stayed there for six days in April.', extent: 'April', type: 'DATE', value: '1987-04', dct: '2013-03-15' },
  { sentence: 'He stayed there for six days in April.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-15' },
  { sentence: 'Exam boards have been under pressure since last summer, when grade boundaries were raised between January and June.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2013-08-15' },
  { sentence: 'Prices have risen since last year, when the plant closed in May.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-08-15' },
  { sentence: 'He was promoted in 2004, while the bank was expanding in March.', extent: 'March', type: 'DATE', value: '2004-03', dct: '2013-03-26' },
  // "should" looks ahead as "would" does ("should have" looks back).
  { sentence: 'The council says the lane should open before the new school year in September.', extent: 'September', type: 'DATE', value: '2024-09', dct: '2024-04-11' },
  { sentence: 'It should have opened in March.', extent: 'March', type: 'DATE', value: '2024-03', dct: '2024-04-11' },
  // "now" tells the present: a comparison with "a week ago" later in the sentence does not make a June to come past.
  {
    sentence: 'Traders now see a 60% chance of a first rate cut in June, down from 75% a week ago.',
    extent: 'June', type: 'DATE', value: '1990-06', dct: '1990-03-18',
  },
  // A likelihood reported in the past still looks ahead.
  // "into" leads to a month as "through" does, "May" and "March" included.
  { sentence: 'Flu is unpredictable, and we could still see cases through April and even into May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-15' },
  { sentence: 'The talks dragged on into March without a deal.', extent: 'March', type: 'DATE', value: '1989-03' },
  { sentence: 'Officials said the vote was most likely to take place in early May.', extent: 'early May', type: 'DATE', value: '1990-05', mod: 'START' },
  { sentence: 'The union was poised to strike in March, leaders said.', extent: 'March', type: 'DATE', value: '1990-03' },
  // "last February" told in March is a year back, "next April" told in March a year ahead: the month just gone or
  // coming would be "last month" or "next month". "this past February" is the one just gone.
  { sentence: 'Two military helicopters crashed last February.', extent: 'last February', type: 'DATE', value: '1997-02', dct: '1998-03-01' },
  { sentence: 'The election is next April.', extent: 'next April', type: 'DATE', value: '1999-04', dct: '1998-03-01' },
  { sentence: 'Sales fell this past February.', extent: 'this past February', type: 'DATE', value: '1998-02', dct: '1998-03-01' },
  { sentence: 'Sales fell last January.', extent: 'last January', type: 'DATE', value: '1998-01', dct: '1998-03-01' },
  // A verb in the future right before the date governs it surely; reported, it may have been said a while before.
  { sentence: 'The talks will begin on 5 March.', extent: '5 March', type: 'DATE', value: '2025-03-05', dct: '2024-04-04' },
  // …and so does one with no preposition before a month and its day, as news writes it.
  { sentence: 'The festival will return Jan. 16.', extent: 'Jan. 16', type: 'DATE', value: '2014-01-16', dct: '2013-01-28' },
  { sentence: 'The trial will resume Jan. 20 with the defence case.', extent: 'Jan. 20', type: 'DATE', value: '2014-01-20', dct: '2013-01-28' },
  { sentence: 'He said he will be back on April 2.', extent: 'April 2', type: 'DATE', value: '2024-04-02', dct: '2024-04-04' },
  // What opens on a day is a time to come; a month in a headline takes the year the story writes with it.
  { sentence: 'Applications for the first phase open on 2 January.', extent: '2 January', type: 'DATE', value: '2024-01-02', dct: '2023-06-23' },
  { sentence: 'New childcare support from April\nParents can claim 15 hours a week from April 2024.', extent: 'April', type: 'DATE', value: '2024-04', dct: '2023-06-23' },
  // "when she is sentenced on Jan. 12": a time to come.
  { sentence: 'Delgado faces up to 20 years in prison when she is sentenced on Jan. 12.', extent: 'Jan. 12', type: 'DATE', value: '1990-01-12' },
  // A futures contract named by its delivery month is one still traded: that month or a later one, whatever the tense.
  { sentence: 'Brent crude for January delivery fell 40 cents to $108.26 a barrel.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-03-21' },
  { sentence: 'Benchmark crude for May delivery rose 87 cents.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-21' },
  { sentence: 'The December contract fell 2 cents to $7.13 a bushel.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-21' },
  { sentence: 'December corn futures rose 4 cents.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-21' },
  { sentence: 'The May contract expires on Thursday.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-19' },
  { sentence: 'In July 2008, U.S. crude for August delivery hit $147.', extent: 'August', type: 'DATE', value: '2008-08', dct: '2013-03-21' },
  // …not a contract signed in a month, nor a month before a count of contracts.
  { sentence: 'The union signed a new contract in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-21' },
  { sentence: 'Volume in February rose to 2 million contracts.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  // A low, a high or a peak a month names has been reached: the month gone by, even when the coming one is nearer.
  { sentence: 'With natural gas prices up 60 percent from their April low, the picture for next year looks different.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2012-12-29' },
  { sentence: 'Shares remain 20 percent below their March high.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2012-12-29' },
  { sentence: 'Copper is still below its February peak.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-21' },
  // …not a month that names a plan.
  { sentence: 'Analysts expect another cut at the April meeting.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-21' },
  // A month that is the subject of what was told, with a modal for its verb, lies ahead, with "a" and a word before it too.
  { sentence: 'Grid operators warned that a hot July could strain supplies.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-30' },
  { sentence: 'Farmers said a dry August would cut yields.', extent: 'August', type: 'DATE', value: '2013-08', dct: '2013-03-30' },
  // …not a month told as the time of the telling, nor one of a deed told.
  { sentence: 'They said in August it would rain.', extent: 'August', type: 'DATE', value: '2012-08', dct: '2013-03-30' },
  // A month's output, production or trade reported is of a month begun, whatever the tense of reporting.
  { sentence: 'The refinery will report December output next week.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2014-01-03' },
  { sentence: 'China will release December imports on Friday.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-01-07' },
  // …not a month of output planned.
  { sentence: 'The mine will resume output in December.', extent: 'December', type: 'DATE', value: '2014-12', dct: '2014-01-03' },
  // So is a term that runs out in its month.
  { sentence: 'Both sanctions waivers expire in June.', extent: 'June', type: 'DATE', value: '2014-06', dct: '2013-07-20' },
  { sentence: 'The bonds mature in June.', extent: 'June', type: 'DATE', value: '2014-06', dct: '2013-07-20' },
  // So is what goes to a vote or before a board.
  { sentence: 'In June, the revised plan goes to a vote.', extent: 'June', type: 'DATE', value: '2024-06', dct: '2024-03-10' },
  { sentence: 'The FY25 plan goes to the board on the 12th.', extent: 'the 12th', type: 'DATE', value: '2024-12-12', dct: '2024-11-22' },
  // A rule that takes effect, or comes into force, is ahead of the day of writing.
  { sentence: 'The new law takes effect on 1 January.', extent: '1 January', type: 'DATE', value: '1990-01-01' },
  // So does one that kicks in, told in the present; one that kicked in is gone.
  { sentence: 'The tax kicks in on Jan. 1, officials said on Friday.', extent: 'Jan. 1', type: 'DATE', value: '2014-01-01', dct: '2013-03-01' },
  { sentence: 'The tax kicked in on Jan. 1, officials said on Friday.', extent: 'Jan. 1', type: 'DATE', value: '2013-01-01', dct: '2013-03-01' },
  // Standing trial is a schedule: "faces trial in July" is ahead, whatever the past words after it.
  { sentence: 'He faces trial at the court in The Hague in July on charges linked to that violence, which he denies.', extent: 'July', type: 'DATE', value: '1990-07' },
  // A launch or release told in the present, before what is launched, is a schedule; the plural noun is not.
  { sentence: 'It faced tougher competition from BT, which launches its own sports channels in August.', extent: 'August', type: 'DATE', value: '2013-08', dct: '2013-03-07' },
  { sentence: 'Microsoft releases the console in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-07' },
  { sentence: 'Two missile launches in February alarmed Seoul.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-07' },
  // A month in a past clause after a time ahead is not of that time's year; one in a clause told ahead is.
  { sentence: 'CBS said the finale would not come until next spring, after the network renewed the comedy for a final season in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-28' },
  { sentence: 'The show returns next spring, after filming ends in January.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-03-28' },
  // A participle after a word of degree is an adjective, no deed done; "more than doubled" is one.
  { sentence: 'The researchers plan to present more detailed results at a meeting in Chicago in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'Doctors hope to reach the most isolated villages in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'Sales of the drug more than doubled in June.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-21' },
  // A subject named with its month, then its verb in the past: the deed is done, however near the coming month.
  { sentence: 'Floods in January killed 20 people across the state.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-12-30' },
  { sentence: 'A heatwave in early July brought record temperatures to the region.', extent: 'early July', type: 'DATE', value: '2012-07', mod: 'START', dct: '2013-06-28' },
  { sentence: 'The law that takes effect in January passed the Senate.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-12-30' },
  { sentence: 'The election in July will decide the next president.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-06-28' },
  // So in a clause of its own, after its subordinator.
  { sentence: "Gazprom's exports to Europe slumped in the first quarter after a cold spell in February forced it to cut deliveries.", extent: 'February', type: 'DATE', value: '2012-02', dct: '2013-01-05' },
  { sentence: 'Wheat prices will keep rising after floods in March destroyed much of the crop.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2013-01-05' },
  { sentence: 'The river will rise when snow in April melts.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-01-05' },
  // So is a subject named by its month's possessive, opening its clause.
  { sentence: "January's floods killed 40 people across the state.", extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-21' },
  { sentence: '"January\'s vote was a disaster for us," the senator said.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-21' },
  { sentence: "January's vote will decide the matter.", extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-21' },
  // "was" or "were" with what the subject was, then "in": a state told in the past, however near the coming month.
  { sentence: 'Sales were weak in January, the company said in its annual report.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-30' },
  { sentence: 'Unemployment was 7.9 percent in January, the highest of the year.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-12-28' },
  { sentence: 'Turnout was unusually low in July.', extent: 'July', type: 'DATE', value: '2012-07', dct: '2013-06-28' },
  // …not a plan told in the past, which may lie ahead.
  { sentence: 'The ruling was due in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-30' },
  { sentence: 'A final decision was expected in January, officials said.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-30' },
  { sentence: 'The company was to become a bank holding company in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2012-12-30' },
  // A day of the month told just before in its sentence is of that month's year; not a day told ahead of a month gone by.
  { sentence: 'Last July a heatwave brought the hottest day on record on July 7.', extent: 'July 7', type: 'DATE', value: '2012-07-07', dct: '2013-06-28' },
  { sentence: 'In contrast, March 2012 was one of the warmest on record, with temperatures reaching 23.6C on 27 March.', extent: '27 March', type: 'DATE', value: '2012-03-27', dct: '2013-04-02' },
  { sentence: 'The company reported weak sales in July and will hold its annual meeting on July 15.', extent: 'July 15', type: 'DATE', value: '2013-07-15', dct: '2013-06-28' },
  // "March" and "May" joined by a dash to another month are months.
  { sentence: 'Temperatures in the March-May season were the lowest since 1962.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-06-10' },
  { sentence: 'Temperatures in the March-May season were the lowest since 1962.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-06-10' },
  { sentence: 'It rained heavily in the May-July period.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-09-10' },
  // A superlative after a possessive makes "March" or "May" the month, and "on record in" a year gives its year.
  { sentence: 'Denver had its snowiest March on record in 2003, when 35 inches fell.', extent: 'March', type: 'DATE', value: '2003-03', dct: '2013-03-16' },
  { sentence: 'Britain had its wettest May since 1910, the Met Office said.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-06-05' },
  { sentence: 'A tornado swept through the town in May, killing 24 people.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-03-21' },
  // A year that opens the sentence is the year of a date without one; a year further in is not.
  { sentence: 'In 2019, the firm moved its headquarters on July 26.', extent: 'July 26', type: 'DATE', value: '2019-07-26' },
  { sentence: 'The 1986 World Cup final was played on June 29.', extent: 'June 29', type: 'DATE', value: '1986-06-29' },
  // A decimal point, an initial or a title's dot between them ends no sentence.
  { sentence: 'In March 2012, temperatures reached 23.6C on 27 March.', extent: '27 March', type: 'DATE', value: '2012-03-27', dct: '2013-04-02' },
  { sentence: 'In 2009, unemployment rose to 9.4 percent in May.', extent: 'May', type: 'DATE', value: '2009-05', dct: '2013-04-02' },
  { sentence: 'In 2009, the U.S. economy shrank in May.', extent: 'May', type: 'DATE', value: '2009-05', dct: '2013-04-02' },
  { sentence: 'In 2009, Dr. Smith moved to Boston in May.', extent: 'May', type: 'DATE', value: '2009-05', dct: '2013-04-02' },
  // …but a full stop does.
  { sentence: 'In 2009, unemployment rose to 9.4 percent. It fell in May.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-04-02' },
  // A month after a season of sport spanning two years is of its first year from July on, else of its second.
  { sentence: 'He scored 30 goals in the 2011-12 season, including a hat-trick in May.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-03-21' },
  { sentence: 'In the 2009-10 season, he was injured in November and missed the final in May.', extent: 'November', type: 'DATE', value: '2009-11', dct: '2013-03-21' },
  { sentence: 'He joined during the 2010-11 Premier League campaign and made his debut in January.', extent: 'January', type: 'DATE', value: '2011-01', dct: '2013-03-21' },
  { sentence: 'In the 1999-2000 season he broke his leg in March.', extent: 'March', type: 'DATE', value: '2000-03', dct: '2013-03-21' },
  // Not a budget's year, nor a season in a sentence before.
  { sentence: 'The 2012-13 budget takes effect in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-21' },
  { sentence: 'He scored 20 goals in the 2010-11 season. He left in August.', extent: 'August', type: 'DATE', value: '2012-08', dct: '2013-03-21' },
  // A month of the season told just before is of that season's year.
  { sentence: "Next summer we're thinking of Orkney. Maybe in June, when the days are longest.", extent: 'June', type: 'DATE', value: '2025-06', dct: '2024-11-20' },
  // A month later in the year than a season written with its year, told in the past, goes on in that year; not one told ahead.
  { sentence: 'The first sign of trouble came in the fall of 2011. By December, veterinarians had found the same defects elsewhere.', extent: 'December', type: 'DATE', value: '2011-12', dct: '2013-03-26' },
  { sentence: 'The company was founded in the summer of 2010. In December it will open a second plant.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-26' },
  // So does one after a season whose year the story gave it ("That summer", after the winter of 1959).
  { sentence: 'In the winter of 1959 he arrived in New York. That summer he cut his first record, and in September he toured Europe.', extent: 'September', type: 'DATE', value: '1959-09', dct: '2013-03-17' },
  { sentence: 'Last summer he toured Asia, and in September he recorded an album.', extent: 'September', type: 'DATE', value: '2012-09', dct: '2013-03-17' },
  // …but not a month told in the past, which cannot lie ahead in the year of writing; nor after "have" and a participle.
  { sentence: 'Apple is expected to launch a new iPhone in the summer or early fall. Its shares have dropped since hitting a peak in September.', extent: 'September', type: 'DATE', value: '2012-09', dct: '2013-03-15' },
  { sentence: 'Apple is expected to launch a new iPhone in the summer or early fall. Its shares have fallen about 38 percent since hitting a peak of $705.07 in September.', extent: 'September', type: 'DATE', value: '2012-09', dct: '2013-03-15' },
  // A winter is named by its January: "next winter" told in November is 2025-WI, December 2024 to February 2025.
  { sentence: 'Next winter we may go skiing, perhaps in February.', extent: 'February', type: 'DATE', value: '2025-02', dct: '2024-11-20' },
  { sentence: 'Last winter was mild, even though a series of storms in February and March brought heavy snow to the Plains.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-10-17' },
  { sentence: 'Last winter was mild, though it snowed in December.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-10-17' },
  // A month told ahead or in the present is not of a season gone by in a year before the writing's; one told in the past is.
  { sentence: 'The trip has been planned since the autumn. Charles, who turns 65 in November, has taken on more duties.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-10' },
  { sentence: 'Talks have been under way since the autumn. A deal will be signed in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-10' },
  { sentence: 'Talks have been under way since the autumn. In November, the two sides met in Geneva.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-10' },
  // A date right after "ahead of the" or "in the run-up to the" names what is ahead, whatever the tense around it.
  { sentence: 'Bachelet led in the polls ahead of the Nov. 17 election.', extent: 'Nov. 17', type: 'DATE', value: '2013-11-17', dct: '2013-03-24' },
  { sentence: 'In the run-up to the Sept. 22 election, Merkel has held a steady lead.', extent: 'Sept. 22', type: 'DATE', value: '2013-09-22', dct: '2013-03-24' },
  { sentence: 'Violence flared in the run-up to the March 4 vote.', extent: 'March 4', type: 'DATE', value: '2013-03-04', dct: '2013-03-24' },
  { sentence: 'Bachelet, who governed from 2006 to 2010, is the front-runner for the Nov. 17 election.', extent: 'Nov. 17', type: 'DATE', value: '2013-11-17', dct: '2013-03-24' },
  { sentence: 'Rajoy is favored to win the Nov. 20 election.', extent: 'Nov. 20', type: 'DATE', value: '2011-11-20', dct: '2011-03-24' },
  // Elections a country holds, told in the present, are to come.
  { sentence: 'Egypt holds presidential elections in May, the electoral commission said.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2011-11-30' },
  { sentence: 'Egypt held presidential elections in May.', extent: 'May', type: 'DATE', value: '2011-05', dct: '2011-11-30' },
  // Re-election faced or sought is to come.
  { sentence: 'Governor Andrew Cuomo, who faces re-election in November, has been cool to the idea.', extent: 'November', type: 'DATE', value: '2014-11', dct: '2014-01-03' },
  { sentence: 'The senator, who is up for re-election in November, voted against the bill.', extent: 'November', type: 'DATE', value: '2014-11', dct: '2014-01-03' },
  { sentence: 'Cuomo, who faced re-election in November, won easily.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2014-01-03' },
  // A day naming a thing, then the year of the writing counted on or back, is of that year; not across a verb.
  { sentence: 'Putin won a six-year term in the March 4 election last year.', extent: 'March 4', type: 'DATE', value: '2012-03-04', dct: '2013-03-11' },
  { sentence: 'The Nov. 5 presidential election next year will be close.', extent: 'Nov. 5', type: 'DATE', value: '2014-11-05', dct: '2013-03-11' },
  { sentence: 'Since the March 4 vote, which was last year, prices have fallen.', extent: 'March 4', type: 'DATE', value: '2013-03-04', dct: '2013-03-11' },
  { sentence: 'He arrived on March 4 and left last year.', extent: 'March 4', type: 'DATE', value: '2013-03-04', dct: '2013-03-11' },
  // A day of the next sentence after a season of a year gone by, written in full, is the recent one of that name; a
  // month stays in the season.
  { sentence: 'The court dissolved the chamber elected in the winter of 2011-2012. The second anniversary of the uprising, on Jan. 25, brought renewed clashes.', extent: 'Jan. 25', type: 'DATE', value: '2013-01-25', dct: '2013-03-20' },
  { sentence: 'The chamber was elected in the winter of 2011-2012. Its first session, in January, was chaotic.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2013-03-20' },
  { sentence: 'The chamber was elected in the winter of 2011-2012. Its first session, on Jan. 23, was chaotic.', extent: 'Jan. 23', type: 'DATE', value: '2012-01-23', dct: '2013-10-20' },
  // …and so is a year counted from the writing.
  { sentence: 'Earlier this year, two men were jailed for a string of similar burglaries between January and March.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-11-18' },
  // What lasts through a day, told aside with no verb of its own, lasts into the time to come.
  { sentence: 'The exhibition, on view through Sept. 2, features 150 works.', extent: 'Sept. 2', type: 'DATE', value: '2013-09-02', dct: '2013-03-20' },
  { sentence: 'The sale, through Sept. 2, offers discounts on all items.', extent: 'Sept. 2', type: 'DATE', value: '2013-09-02', dct: '2013-03-20' },
  // A broadcast told in the plural present is a schedule.
  { sentence: 'The Emmys air Sept. 22 on CBS.', extent: 'Sept. 22', type: 'DATE', value: '2013-09-22', dct: '2013-03-22' },
  // A month told in the past cannot lie ahead in the year of writing that opens the sentence: it is the year before's.
  { sentence: 'This year, 774 students were admitted early in December.', extent: 'early in December', type: 'DATE', value: '2012-12', dct: '2013-03-29' },
  { sentence: 'This year, the prize money was raised in November.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-07' },
  { sentence: 'This year, the winners will be named in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-07' },
  { sentence: 'Last year, the council cut the budget in March.', extent: 'March', type: 'DATE', value: '2023-03', dct: '2024-11-18' },
  // …with a clock time of that day before it too.
  { sentence: 'Last year, the festival opened at 9 a.m. on June 3.', extent: 'June 3', type: 'DATE', value: '2012-06-03', dct: '2013-03-20' },
  { sentence: 'Last year, police made 96 arrests between 6pm on Dec. 31 and 6am the next morning.', extent: 'Dec. 31', type: 'DATE', value: '2011-12-31', dct: '2012-12-31' },
  { sentence: 'Next year, the festival will open at 9 a.m. on June 3.', extent: 'June 3', type: 'DATE', value: '2014-06-03', dct: '2013-03-20' },
  { sentence: 'On March 3, 1985, he left the city and in May he came back.', extent: 'May', type: 'DATE', value: '1985-05' },
  { sentence: 'He was born in 1950 and died on October 3.', extent: 'October 3', type: 'DATE', value: '1989-10-03' },
  // A past verb right before the date rules out the coming month, however near; a participle after "be" does not.
  { sentence: 'The chief executive stepped down in December.', extent: 'December', type: 'DATE', value: '1988-12' },
  // So does one with its object between, a name it was left or joined: "resigned from Congress in January".
  { sentence: 'Giffords, who resigned from Congress in January to focus on her recovery, sat a few feet from him.', extent: 'January', type: 'DATE', value: '2012-01', dct: '2012-11-09' },
  { sentence: 'The poet died on Dec. 3 in his home.', extent: 'Dec. 3', type: 'DATE', value: '1988-12-03' },
  // "Then came March": a March that came, closing its clause, is the month, and gone by; a march with "the" is not.
  { sentence: 'A year ago the dining room was booked solid every night. Then came March.', extent: 'March', type: 'DATE', value: '2020-03', dct: '2021-01-03' },
  { sentence: 'Then came March, and with it the first lockdown.', extent: 'March', type: 'DATE', value: '2020-03', dct: '2021-01-03' },
  // "Come May,": "come" opening a clause before a month that closes its phrase is the month's coming.
  { sentence: '"Come May, I expect things to be pretty quiet," said an agent in Phoenix.', extent: 'May', type: 'DATE', value: '2014-05', dct: '2013-11-15' },
  { sentence: 'But come March, the new lending rules will apply to every borrower.', extent: 'March', type: 'DATE', value: '2014-03', dct: '2013-11-15' },
  { sentence: 'The ruling came Tuesday, after weeks of argument.', extent: 'Tuesday', type: 'DATE', value: '2020-12-29', dct: '2021-01-03' },
  // So does one right before a part of the month that holds its own preposition: "arrived late in April".
  { sentence: 'She arrived in Milwaukee late in April and canceled the catalog within a week.', extent: 'late in April', type: 'DATE', value: '2012-04', mod: 'END', dct: '2013-03-17' },
  { sentence: 'The mill closed early in May, and the workers never went back.', extent: 'early in May', type: 'DATE', value: '2012-05', mod: 'START', dct: '2013-03-17' },
  { sentence: 'The founder retired at the end of April after 34 years.', extent: 'the end of April', type: 'DATE', value: '2012-04', mod: 'END', dct: '2013-03-17' },
  // …not a plan or a delay told in the past, nor a clause ahead.
  { sentence: 'The vote was scheduled for the end of April.', extent: 'the end of April', type: 'DATE', value: '2013-04', mod: 'END', dct: '2013-03-17' },
  { sentence: 'The deal was delayed until the end of April.', extent: 'the end of April', type: 'DATE', value: '2013-04', mod: 'END', dct: '2013-03-17' },
  { sentence: 'The new owners will take over late in April.', extent: 'late in April', type: 'DATE', value: '2013-04', mod: 'END', dct: '2013-03-17' },
  // A show or a fixture that "moves to" a month is scheduled there, still to come; the noun "moves" tells nothing.
  { sentence: 'The Indian Grand Prix moves to October from its usual slot.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-09' },
  { sentence: 'The recent moves to cut costs in January failed.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-09' },
  // What was agreed to be done lies ahead; what was agreed to, or had been, need not.
  { sentence: 'The two sides agreed to meet again in January.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2023-11-15' },
  { sentence: 'The board agreed to hold its meeting in March and to publish the annual report by the end of February.', extent: 'the end of February', type: 'DATE', value: '2024-02', mod: 'END', dct: '2023-11-15' },
  { sentence: 'They agreed to the deal in October.', extent: 'October', type: 'DATE', value: '2023-10', dct: '2023-11-15' },
  // So does what an agreement or a deal just reached is to do; a deal named with "the" may be of any time.
  { sentence: 'Talks between Iran and six world powers have ended in Kazakhstan with an agreement to hold further meetings in March and April.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-02' },
  { sentence: 'The two Koreas reached a tentative deal to reopen the industrial zone in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-09-20' },
  { sentence: 'The talks ended with an agreement to the terms in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-11-20' },
  { sentence: 'Critics attacked the deal to reopen the industrial zone in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-11-20' },
  // A vote promised or called for a month, with no verb of its own, is still to come; one that had been promised, or
  // that was held or won, is not.
  { sentence: "Mali's interim government has promised elections in July, although diplomats doubt the vote can be held so soon.", extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-18' },
  { sentence: 'The junta pledged free and fair elections by February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-18' },
  { sentence: 'The president has called early parliamentary elections for June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-18' },
  { sentence: 'The junta had promised elections in February, but the vote never took place.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-18' },
  { sentence: 'The opposition won elections in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-18' },
  // A vote called "in" a month was called then; only "for" gives the vote's own time.
  { sentence: "Gillard called the election in January, giving voters nearly eight months' notice.", extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-26' },
  { sentence: 'Netanyahu called early elections in October after failing to agree on a budget.', extent: 'October', type: 'DATE', value: '2012-10', dct: '2013-03-31' },
  // A schedule told in the present right before its date has the date ahead, however near the one just gone; a due
  // date told in the past does not.
  { sentence: 'The hearing is scheduled for Dec. 20.', extent: 'Dec. 20', type: 'DATE', value: '2014-12-20', dct: '2014-01-02' },
  { sentence: 'Sentencing is set for Dec. 8, prosecutors said.', extent: 'Dec. 8', type: 'DATE', value: '2014-12-08', dct: '2014-01-02' },
  { sentence: 'The payment was due on Dec. 1.', extent: 'Dec. 1', type: 'DATE', value: '2013-12-01', dct: '2014-01-02' },
  // A handover told in the future right before its day: "will take over on Jan. 1", told on Jan. 3, is next year's.
  { sentence: 'Afghan forces will take over on Jan. 1, when the NATO mission formally ends.', extent: 'Jan. 1', type: 'DATE', value: '2015-01-01', dct: '2014-01-03' },
  { sentence: 'Afghan forces took over on Jan. 1.', extent: 'Jan. 1', type: 'DATE', value: '2014-01-01', dct: '2014-01-03' },
  // So does a schedule's verb in the present ("ends", "expires", "takes effect"); the same verb in the past does not.
  { sentence: 'Karzai has refused to sign a deal that would let U.S. troops stay after the combat mission ends on Dec. 31.', extent: 'Dec. 31', type: 'DATE', value: '2014-12-31', dct: '2014-01-02' },
  { sentence: 'The peacekeepers\' mandate expires Dec. 15 and must be renewed by the Security Council.', extent: 'Dec. 15', type: 'DATE', value: '2014-12-15', dct: '2014-01-02' },
  { sentence: 'The combat mission ended on Dec. 31.', extent: 'Dec. 31', type: 'DATE', value: '2013-12-31', dct: '2014-01-02' },
  // …and so does a drug's monopoly running out in the present; the same in the past has gone by.
  { sentence: 'Lilly has been hit by the loss of patent protection on its antidepressant Cymbalta, which goes generic in December.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-17' },
  { sentence: 'Plavix, its biggest seller, loses patent protection in December.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-17' },
  { sentence: 'Zyprexa loses market exclusivity in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-17' },
  { sentence: 'The pill comes off patent in November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-17' },
  { sentence: 'Lipitor went generic in November.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-17' },
  { sentence: 'Lipitor lost patent protection in November.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-17' },
  // …and so does the plural verb after a subject with its phrase ("classes for freshmen begin"), not "came close".
  { sentence: 'Classes for the fall semester begin Aug. 26 at the main campus.', extent: 'Aug. 26', type: 'DATE', value: '2013-08-26', dct: '2013-03-21' },
  { sentence: 'Applications for the graduate program close on Dec. 15.', extent: 'Dec. 15', type: 'DATE', value: '2014-12-15', dct: '2014-01-02' },
  { sentence: 'Classes for the fall start in September.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-03-21' },
  { sentence: 'Applications opened on 1 September and close on 15 January.', extent: '15 January', type: 'DATE', value: '2013-01-15', dct: '2012-10-10' },
  { sentence: 'Nominations opened on 1 September and close at 6pm on 15 January.', extent: '15 January', type: 'DATE', value: '2013-01-15', dct: '2012-10-10' },
  { sentence: 'The talks came close on March 5 to a deal.', extent: 'March 5', type: 'DATE', value: '2013-03-05', dct: '2013-03-21' },
  { sentence: 'Classes for seniors ended in May.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-03-21' },
  { sentence: 'The talks ran a day past their scheduled close on Dec. 14.', extent: 'Dec. 14', type: 'DATE', value: '2013-12-14', dct: '2014-01-02' },
  // What had been due "to be" done on a day is a plan overtaken, not one still ahead.
  { sentence: 'He had been due to be sworn in for a new term on Jan. 10 but was too ill to attend.', extent: 'Jan. 10', type: 'DATE', value: '2013-01-10', dct: '2013-03-10' },
  // The month a year runs to, told in its last days, is still the one ending.
  { sentence: 'Companies are expected to report earnings for the year to March in late April and May.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-28' },
  // What a modal would make of its object is no deed done: "would see training scaled back" looks ahead.
  { sentence: 'The plan would see training scaled back from April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-27' },
  { sentence: 'Crews will get the road reopened by June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-27' },
  { sentence: 'Schools must make up missed days by June, the state said.', extent: 'June', type: 'DATE', value: '2014-06', dct: '2013-12-31' },
  { sentence: 'The district plans to pay back borrowed funds by June.', extent: 'June', type: 'DATE', value: '2014-06', dct: '2013-12-31' },
  { sentence: 'He made up missed days in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-12-31' },
  { sentence: 'He would not say why training was scaled back in April.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-27' },
  // "said in May that …": the day of saying, gone by, whatever was said after it.
  { sentence: 'The minister said in May that talks would resume.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-03-20' },
  { sentence: 'The minister said the talks would resume in May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-20' },
  { sentence: 'Sales grew in December.', extent: 'December', type: 'DATE', value: '1988-12' },
  { sentence: 'He added that guidelines to be published in early December will decide.', extent: 'early December', type: 'DATE', value: '1989-12' },
  // …and so does one with no preposition, as American news writes a day; a plan or a thing named by the day does not.
  { sentence: 'The deal closed March 3.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-12-27' },
  // …and so does one with a short object between: "took office Jan. 2", not "said the vote Jan. 5 would".
  { sentence: 'He took office Jan. 2 after a bitter recount.', extent: 'Jan. 2', type: 'DATE', value: '2013-01-02', dct: '2013-10-16' },
  { sentence: 'The law took effect Jan. 1.', extent: 'Jan. 1', type: 'DATE', value: '2013-01-01', dct: '2013-10-16' },
  { sentence: 'The law, which takes effect Jan. 1, was passed in May.', extent: 'Jan. 1', type: 'DATE', value: '2014-01-01', dct: '2013-10-16' },
  { sentence: 'Shares rose March 3 after the report.', extent: 'March 3', type: 'DATE', value: '2013-03-03', dct: '2013-12-27' },
  { sentence: 'The scheduled March 3 vote is expected to be close.', extent: 'March 3', type: 'DATE', value: '2014-03-03', dct: '2013-12-27' },
  { sentence: 'Voters will go to the polls March 3.', extent: 'March 3', type: 'DATE', value: '2014-03-03', dct: '2013-12-27' },
  // A month that names a thing ("its December meeting") in a future clause: the thing is planned, not the month, so the
  // month just gone wins; a month planned for is still the one to come.
  { sentence: 'The Federal Reserve will release the minutes of its December meeting on Wednesday.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2014-01-03' },
  // …and so does a day that names one, by the margin of any tense.
  { sentence: 'Carney said the president would present his budget in the coming weeks, after the Feb. 4 deadline set by law.', extent: 'Feb. 4', type: 'DATE', value: '2013-02-04', dct: '2013-03-12' },
  { sentence: 'Lawmakers will try again to meet the Jan. 15 deadline.', extent: 'Jan. 15', type: 'DATE', value: '2014-01-15', dct: '2013-12-20' },
  { sentence: 'Investors will get the December jobs report next Friday.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2014-01-03' },
  // A possessive names a thing by its month as a determiner does, "March" and "May" too.
  { sentence: "Traders will also watch minutes of the Federal Reserve's December meeting, due on Wednesday.", extent: 'December', type: 'DATE', value: '2023-12', dct: '2024-01-02' },
  { sentence: "Voters in Kenya's March vote turned out in large numbers.", extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-03' },
  { sentence: "Britain's May elections will test the coalition.", extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-03' },
  { sentence: 'The Fed will meet again in December.', extent: 'December', type: 'DATE', value: '2014-12', dct: '2014-01-03' },
  // A day before a group's name is its own day when the name does not follow right after it.
  { sentence: 'The rally on April 6 drew the Youth Movement\'s leaders.', extent: 'April 6', type: 'DATE', value: '2013-04-06', dct: '2013-03-21' },
  { sentence: 'The coalition was formed on 26 July. Movement leaders met in Havana.', extent: '26 July', type: 'DATE', value: '2012-07-26', dct: '2013-03-21' },
  // What a plan told with ", with … to" is to do lies ahead, whatever the tense of the plan.
  { sentence: 'The parties agreed on a new constitution, with general elections to follow in July, officials said Sunday.', extent: 'July', type: 'DATE', value: '2013-07', dct: '2013-03-03' },
  { sentence: 'The council approved the mining permit, with work to begin in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-03' },
  // …not a "with" that opens no such clause.
  { sentence: 'Police met with community leaders to end the blockade in June.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-03' },
  // So are a month's figures: "data for February" told ahead in March are February's just gone.
  { sentence: 'Consumer inflation data for February are due on Saturday.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-08' },
  // …and so is a month further back, however far ahead the next one of its name is; the month about to begin is the
  // one to come.
  { sentence: 'Retail sales data for January are due next Wednesday.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-16' },
  { sentence: 'Brazil will publish industrial production figures for December on Friday.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-12' },
  { sentence: 'The statistics office will release figures for April on April 30.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-16' },
  { sentence: 'Retail sales for February will be released on Wednesday.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-08' },
  { sentence: 'The board will set a budget for February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-08' },
  // The figure a change is measured from ("up from", "compared with") is one already reached, in a sentence that looks ahead.
  { sentence: "Osborne has raised the UK's growth forecast for next year to 2.4%, up from 1.8% in March, in his Autumn Statement.", extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-12-04' },
  { sentence: 'Economists expect growth of about 2 percent in the first quarter, up from an annual rate of 0.1 percent in the October-December quarter.', extent: 'the October-December quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-15' },
  { sentence: 'Profit will rise this year, compared with a loss of $3 million in the fourth quarter.', extent: 'the fourth quarter', type: 'DATE', value: '2012-Q4', dct: '2013-03-15' },
  { sentence: 'Analysts expect the rate to reach 7 percent next year, down from 7.8 percent in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-12-04' },
  { sentence: 'The company expects revenue of $5 billion next year, compared with $4.2 billion in May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-12-04' },
  // …nor does a short object or adverb between; one that is the date's own thing, or a verb after a modal, does not.
  { sentence: 'Burglaries rose from January to March.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-11-18' },
  { sentence: 'The Canadian government gave Merieux until mid-November to submit more information.', extent: 'mid-November', type: 'DATE', value: '1989-11', mod: 'MID', dct: '1989-10-20' },
  // What is threatened lies ahead, as what is vowed does.
  { sentence: 'The union threatened to strike in April if the talks failed.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-19' },
  { sentence: 'The union went on strike in February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-19' },
  // The verb of a name given in passing ("what he called") tells no tense of the clause.
  { sentence: 'Hague has urged Iran to take advantage of what he called a "window of opportunity" before its presidential election in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-03' },
  { sentence: 'What officials called a routine inspection in February turned into a raid.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-03' },
  // What has been since a deed, or after one, looks back to it, whatever the clause's verb.
  { sentence: "Kerry's trip, his second to the region since taking office on Feb. 1, will focus on the Syrian civil war.", extent: 'Feb. 1', type: 'DATE', value: '2013-02-01', dct: '2013-03-11' },
  { sentence: 'It will be his first visit abroad since taking power in December.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-11' },
  { sentence: 'Since taking office in April, he has cut spending.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-11' },
  { sentence: 'Having been elected in February, he will take office in May.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-11' },
  { sentence: 'Having been elected in February, he will take office in May.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-11' },
  // What was braced or prepared for lies ahead of the bracing, so a past verb does not hold its date in the past; a
  // date just gone is still the nearer.
  { sentence: 'The blast came as Lebanon braced for the opening on Jan. 16 of the trial of four men accused of the killing.', extent: 'Jan. 16', type: 'DATE', value: '2014-01-16', dct: '2014-01-02' },
  { sentence: 'Residents prepared for the storm on Dec. 30 by stocking up on food.', extent: 'Dec. 30', type: 'DATE', value: '2013-12-30', dct: '2014-01-02' },
  { sentence: 'Lebanon marked the anniversary of the killing on Jan. 16.', extent: 'Jan. 16', type: 'DATE', value: '2013-01-16', dct: '2014-01-02' },
  { sentence: 'His challenger entered the race in January.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-11-05' },
  { sentence: 'It rained hard in January, the worst month.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-12-10' },
  // …a clock time or a phrase of four words between, as long as nothing in them looks ahead.
  { sentence: 'The plane landed at 23:50 on 3 May.', extent: '3 May', type: 'DATE', value: '2023-05-03', dct: '2024-04-04' },
  { sentence: 'They met days after the vote on 3 May.', extent: '3 May', type: 'DATE', value: '2023-05-03', dct: '2024-04-04' },
  { sentence: 'The firm declared a dividend payable in January.', extent: 'January', type: 'DATE', value: '2025-01', dct: '2024-11-05' },
  { sentence: 'It will redeem 9.5 million Series H preferred shares on Oct. 31 at par.', extent: 'Oct. 31', type: 'DATE', value: '1989-10-31', dct: '1989-10-25' },
  { sentence: 'The split would be paid on a still unspecified date in January.', extent: 'January', type: 'DATE', value: '1990-01' },
  // A bare month in a sentence of a habit is any year's; one told in the past is a time of its own.
  { sentence: 'Farmers typically plant in April and harvest in September.', extent: 'April', type: 'DATE', value: 'XXXX-04' },
  { sentence: 'Prices rose in April, analysts said, as they usually do.', extent: 'April', type: 'DATE', value: '1989-04' },
  // A habit told in the present after a past verb of telling is still a habit; one told in the past is not.
  { sentence: 'Officials said the numbers usually rise between February and May, when seas are calmest.', extent: 'February', type: 'DATE', value: 'XXXX-02', dct: '2013-03-29' },
  { sentence: 'He told reporters that crossings typically peak in July.', extent: 'July', type: 'DATE', value: 'XXXX-07', dct: '2013-03-29' },
  { sentence: 'Officials said crossings usually peaked in July.', extent: 'July', type: 'DATE', value: '2012-07', dct: '2013-03-29' },
  { sentence: 'Officials said arrivals usually rise in spring, but this year they fell in March.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-29' },
  // A verb of schedule with a word of habit tells the habit, not a plan.
  { sentence: 'The flu season typically begins in October.', extent: 'October', type: 'DATE', value: 'XXXX-10', dct: '2013-03-20' },
  // A typical (normal, average) year or season tells the habit too.
  { sentence: 'In a typical year, flu activity peaks in January or February.', extent: 'February', type: 'DATE', value: 'XXXX-02', dct: '2013-01-02' },
  { sentence: 'In an average season, cases peak in late January.', extent: 'late January', type: 'DATE', value: 'XXXX-01', mod: 'END', dct: '2013-01-02' },
  // …not a year told as one that was typical.
  { sentence: 'It was a typical year: the flu peaked in February.', extent: 'February', type: 'DATE', value: '2012-02', dct: '2013-01-02' },
  // So is one early, late or in the middle.
  { sentence: 'Planting of corn, which usually begins in early April in Kansas, is running behind.', extent: 'early April', type: 'DATE', value: 'XXXX-04', mod: 'START', dct: '2013-04-11' },
  { sentence: 'Wheat harvest in Oklahoma typically begins in late May or early June.', extent: 'early June', type: 'DATE', value: 'XXXX-06', mod: 'START', dct: '2013-04-11' },
  // The dots of a clock between the word of habit and the month end no sentence.
  { sentence: 'Power demand typically peaks between 4 p.m. and 6 p.m. on weekdays in July and August.', extent: 'August', type: 'DATE', value: 'XXXX-08', dct: '2013-03-01' },
  { sentence: 'The tide usually turns around 9 a.m. in October.', extent: 'October', type: 'DATE', value: 'XXXX-10', dct: '2013-03-01' },
  // A participle after "is" and an adverb is no past deed: the habit stands.
  { sentence: 'The vote is usually held in May.', extent: 'May', type: 'DATE', value: 'XXXX-05', dct: '2013-03-20' },
  { sentence: 'Bonuses are normally paid in December.', extent: 'December', type: 'DATE', value: 'XXXX-12', dct: '2013-03-20' },
  // A word of habit right before the month's own verb in the present keeps the habit, whatever the past of a clause
  // after it; a habit told in the past does not.
  { sentence: 'Flu season usually peaks in February, but this season got off to an early start.', extent: 'February', type: 'DATE', value: 'XXXX-02', dct: '2014-01-03' },
  { sentence: 'Cases typically rise in late January, but this year the surge came in December.', extent: 'late January', type: 'DATE', value: 'XXXX-01', mod: 'END', dct: '2014-01-03' },
  { sentence: 'Sales usually rose in April, but this year they fell.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2014-01-03' },
  // A habit told in a relative clause after the month is the habit of the noun it tells about; one of what the month is
  // may be the month's.
  { sentence: 'Saudi Arabia is preparing for the Hajj pilgrimage in October, which draws millions of people every year.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-18' },
  { sentence: 'The ministry is planning a vaccination drive in November, which it usually holds before the flu season.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-18' },
  { sentence: 'Pilgrims arrive in October, which is usually the busiest month.', extent: 'October', type: 'DATE', value: 'XXXX-10', dct: '2013-03-18' },
  // A habit told in a quotation stays in it: a month after the quotation closes is of its own year.
  { sentence: '"Christmas is the big one, always has been," said a spokesman for the chain, whose quarterly results are due in mid-April.', extent: 'mid-April', type: 'DATE', value: '2013-04', mod: 'MID', dct: '2013-03-28' },
  { sentence: '"We always do well with families," the producer said of the musical, which opens in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-28' },
  { sentence: '"Sales always peak in December," the spokesman said.', extent: 'December', type: 'DATE', value: 'XXXX-12', dct: '2013-03-28' },
  { sentence: 'The board meets in June, as it does every year.', extent: 'June', type: 'DATE', value: 'XXXX-06', dct: '2013-03-18' },
  // Nor after "is not": what is not done by a month is told in the present, and the month is the coming one.
  { sentence: 'As many as 80 positions could be cut if the gap is not closed by mid-June, when the budget must be adopted.', extent: 'mid-June', type: 'DATE', value: '2013-06', mod: 'MID', dct: '2013-02-28' },
  { sentence: "Officials warn that layoffs will follow if the deal isn't signed by June.", extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-02-28' },
  // A past deed still is.
  { sentence: 'The gap was not closed by June, and layoffs followed.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-02-28' },
  // A participle after "if" or "unless" is a condition still to be met, no past deed.
  { sentence: 'If elected in November, she would be the city\'s first woman mayor.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-21' },
  { sentence: 'The primary is set for Aug. 13, with a runoff, if needed, on Sept. 24.', extent: 'Sept. 24', type: 'DATE', value: '2013-09-24', dct: '2013-03-21' },
  { sentence: 'Unless renewed by June, the lease on the building expires.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'If he passed the exam in May, he would have known by now.', extent: 'May', type: 'DATE', value: '2012-05', dct: '2013-03-21' },
  // A clause on what happened in the month, with its own past verb, tells of a month gone by, whatever the sentence
  // looks ahead to.
  { sentence: 'U.S. officials want to see border arrests fall substantially from May, when more than 144,000 people were taken into custody.', extent: 'May', type: 'DATE', value: '2019-05', dct: '2019-06-30' },
  { sentence: 'The agency will review all cases from March, when the new rule took effect.', extent: 'March', type: 'DATE', value: '2018-03', dct: '2019-01-30' },
  // Not one told ahead, a plan, or the past of reported speech after "would".
  { sentence: 'The talks resume in September, when parliament returns.', extent: 'September', type: 'DATE', value: '2019-09', dct: '2019-06-30' },
  { sentence: 'The ban will end in August, when the law was due to expire.', extent: 'August', type: 'DATE', value: '2019-08', dct: '2019-06-30' },
  { sentence: 'He said the law would take effect in July, when the new fiscal year began.', extent: 'July', type: 'DATE', value: '2019-07', dct: '2019-06-30' },
  // So it is after a past verb of telling: the condition is still to be met.
  { sentence: 'The opposition leader said on Sunday that if elected in September his government would turn back the boats.', extent: 'September', type: 'DATE', value: '2013-09', dct: '2013-03-19' },
  { sentence: 'Officials said the measure, if approved by voters in November, would take effect at once.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-19' },
  { sentence: 'The minister told parliament that unless extended in June, the program would lapse.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-19' },
  // Not one left unmet in the past.
  { sentence: 'He said the law would have taken effect in January if passed in December.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-19' },
  { sentence: 'The CDC says flu season generally peaks between December and February.', extent: 'February', type: 'DATE', value: 'XXXX-02', dct: '2013-03-20' },
  { sentence: 'Farmers will usually plant in April.', extent: 'April', type: 'DATE', value: '2013-04', dct: '2013-03-20' },
  // A yearly round makes it any year's month even with a verb of schedule; with "will" it is a plan.
  { sentence: "The AMA's House of Delegates meets twice a year, in June and in November.", extent: 'June', type: 'DATE', value: 'XXXX-06', dct: '2013-06-18' },
  // A round told in an aside closed before the month is the noun's, not the month's.
  { sentence: 'The National Assembly, which meets twice a year, is expected to vote on the amendments at its session in October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-03-17' },
  { sentence: 'The parliament, which usually sits for a month, was recalled in August.', extent: 'August', type: 'DATE', value: '2012-08', dct: '2013-03-17' },
  { sentence: 'The assembly, which meets twice a year, in June and November, has 500 members.', extent: 'June', type: 'DATE', value: 'XXXX-06', dct: '2013-03-17' },
  { sentence: 'The company reports its results every year in April.', extent: 'April', type: 'DATE', value: 'XXXX-04', dct: '2013-06-18' },
  // …but a first time is one time, whatever habit the sentence tells of the month.
  { sentence: 'Scientists expect the level to cross 400 for the first time in May, when concentrations peak each year.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-02' },
  { sentence: 'The river floods in May, when the snow melts each year.', extent: 'May', type: 'DATE', value: 'XXXX-05', dct: '2013-03-02' },
  // A day of a month in a yearly round is any year's day; a word of habit alone leaves it the day ahead.
  { sentence: 'The victory is marked every year on 2 February with a ceremony.', extent: '2 February', type: 'DATE', value: 'XXXX-02-02', dct: '2009-12-19' },
  { sentence: 'North Korea celebrates 27 July each year as Victory Day.', extent: '27 July', type: 'DATE', value: 'XXXX-07-27', dct: '2009-12-19' },
  // So is one kept, told in the present of the writing ("Today … is celebrated", "is now a national holiday").
  { sentence: 'Today 23 October is a national holiday in Hungary, marking the revolt of 1956.', extent: '23 October', type: 'DATE', value: 'XXXX-10-23', dct: '2009-11-03' },
  { sentence: '10 October is now celebrated in Taiwan as the National Day, for the rising of 1911.', extent: '10 October', type: 'DATE', value: 'XXXX-10-10', dct: '2010-04-27' },
  { sentence: 'May 2 is still a regional holiday in Madrid, for the rising of 1808.', extent: 'May 2', type: 'DATE', value: 'XXXX-05-02', dct: '2009-03-03' },
  // Not this year's holiday told ahead.
  { sentence: 'Markets will close on July 4, which is a national holiday.', extent: 'July 4', type: 'DATE', value: '2010-07-04', dct: '2010-04-27' },
  { sentence: 'The museum usually closes early on 2 February.', extent: '2 February', type: 'DATE', value: '2010-02-02', dct: '2009-12-19' },
  { sentence: 'The committee will meet twice a year, in June and November.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-06-18' },
  // A span of months ends in the month its tense points to and starts in the last such month before it.
  { sentence: 'The trade surplus for the January-October period stood at 720 billion dollars.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-11-12' },
  { sentence: 'Two men were jailed for a string of burglaries between January and March.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-11-12' },
  // The end of a span of months is the first such month after its start.
  { sentence: 'The ski season runs from October to March.', extent: 'March', type: 'DATE', value: '1990-03' },
  { sentence: 'The ski season runs from October to March.', extent: 'October', type: 'DATE', value: '1989-10' },
  // A day of a month named by its place: this, next or last month.
  { sentence: 'The anniversary falls on the 25th of this month.', extent: 'the 25th of this month', type: 'DATE', value: '1989-11-25' },
  { sentence: 'It happened on the 31st of last month.', extent: 'the 31st of last month', type: 'DATE', value: '1989-10-31' },
  { sentence: 'Rent is due on the 1st of next month.', extent: 'the 1st of next month', type: 'DATE', value: '1989-12-01' },
  // The day in words, as news writes it too.
  { sentence: 'The new rules take effect the first of next month.', extent: 'the first of next month', type: 'DATE', value: '1989-12-01' },
  { sentence: 'Payments resume on the fifteenth of next month.', extent: 'the fifteenth of next month', type: 'DATE', value: '1989-12-15' },
  // "the first of the year": New Year's Day, the coming one told ahead, the last one told in the past.
  { sentence: 'The new cap applies from the first of the year.', extent: 'the first of the year', type: 'DATE', value: '2013-01-01', dct: '2012-12-28' },
  { sentence: 'Applications jumped after the first of the year, officials said.', extent: 'the first of the year', type: 'DATE', value: '2013-01-01', dct: '2013-03-21' },
  { sentence: 'The rule takes effect on the first of next year.', extent: 'the first of next year', type: 'DATE', value: '2014-01-01', dct: '2013-03-21' },
  { sentence: 'The rules come into force in February.', extent: 'February', type: 'DATE', value: '1990-02' },
  { sentence: 'Elections are planned for next March.', extent: 'next March', type: 'DATE', value: '1990-03' },
  { sentence: 'The truce took effect on 20 July.', extent: '20 July', type: 'DATE', value: '1989-07-20' },
  { sentence: 'Talks resumed in mid-November in Geneva.', extent: 'mid-November', type: 'DATE', value: '1989-11', mod: 'MID' },
  { sentence: 'Troops arrived by early October.', extent: 'early October', type: 'DATE', value: '1989-10', mod: 'START' },
  { sentence: 'The agreement was signed in May by both sides.', extent: 'May', type: 'DATE', value: '1989-05' },
  { sentence: 'The crisis began in March 1940. In August of that year, the offensive resumed.', extent: 'August of that year', type: 'DATE', value: '1940-08' },
  // The end of a span is the first such day after its start, whatever the tense says of each.
  { sentence: 'The ban lasts from 1 May to 31 October.', extent: '31 October', type: 'DATE', value: '2024-10-31', dct: '2024-04-09' },
  { sentence: 'The ban lasted from 1 November to 31 March.', extent: '31 March', type: 'DATE', value: '2024-03-31', dct: '2024-04-09' },
  // "the previous April", "the following March": before or after the month the story is at.
  { sentence: 'In January 1918 the offensive stalled. The losses since the previous April were huge.', extent: 'the previous April', type: 'DATE', value: '1917-04' },
  { sentence: 'The army landed in May 1916. The following March it attacked.', extent: 'The following March', type: 'DATE', value: '1917-03' },
  // From a year alone, that month of the year after (before): the year's own would be "that June".
  { sentence: 'He was elected to the Senate in 2008. The following January he was sworn in.', extent: 'The following January', type: 'DATE', value: '2009-01', dct: '2013-03-21' },
  { sentence: 'She arrived in Berlin in 1989. The following June she left for Paris.', extent: 'The following June', type: 'DATE', value: '1990-06', dct: '2013-03-21' },
  { sentence: 'She arrived in Berlin in 1989. That June she found work.', extent: 'That June', type: 'DATE', value: '1989-06', dct: '2013-03-21' },
  { sentence: 'In 1932 it supplied steel for the bridge, which opened on 19 March that year.', extent: '19 March that year', type: 'DATE', value: '1932-03-19' },
  { sentence: 'He arrived in 1915 and left in March the following year.', extent: 'March the following year', type: 'DATE', value: '1916-03' },
  // A colon after the day ends a dateline, not a clock time.
  { sentence: 'The New York Times said in an editorial on Saturday, April 25: The Supreme Court took a detour.', extent: 'Saturday, April 25', type: 'DATE', value: '1998-04-25', dct: '1998-04-24' },
  // The weekday picks the year against the tense: Dec. 29 was a Friday in 1989, not in 1990.
  { sentence: 'The exchange will publish the figures for Friday, Dec. 29, officials said.', extent: 'Friday, Dec. 29', type: 'DATE', value: '1989-12-29', dct: '1990-01-10' },
  // The article belongs to a day-month date.
  { sentence: 'The landing was set for the 15 September, MacArthur said.', extent: 'the 15 September', type: 'DATE', value: '1989-09-15' },
  // Not the article of a thing the date names, as "the March 4 poll" keeps its "the" out.
  { sentence: 'Kenyatta was declared the winner of the 4 March poll with 50.07% of the vote.', extent: '4 March', type: 'DATE', value: '2013-03-04', dct: '2013-03-19' },
  { sentence: 'The 21 January execution led to more wars.', extent: '21 January', type: 'DATE', value: '1989-01-21', dct: '1989-10-26' },
  // An ordinal day keeps it.
  { sentence: 'The 25th of August offensive failed.', extent: 'The 25th of August', type: 'DATE', value: '1989-08-25' },
  { sentence: 'By the 19th of October 1950, Pyongyang had fallen.', extent: 'the 19th of October 1950', type: 'DATE', value: '1950-10-19' },
  { sentence: 'The deposition is set for the week of March 6, lawyers said.', extent: 'the week of March 6', type: 'DATE', value: '2000-W10', dct: '2000-02-24' },
  { sentence: 'The new season kicks off on the weekend of August 17.', extent: 'the weekend of August 17', type: 'DATE', value: '2024-W33-WE', dct: '2024-04-11' },
  { sentence: 'The festival returns on the weekend of 6 July.', extent: 'the weekend of 6 July', type: 'DATE', value: '2024-W27-WE', dct: '2024-04-11' },
  // A week told by its first day is that week too.
  { sentence: 'EU foreign ministers will meet in the week beginning 15 April to review the sanctions.', extent: 'the week beginning 15 April', type: 'DATE', value: '2013-W16', dct: '2013-03-21' },
  { sentence: 'Talks are pencilled in for the week starting April 22.', extent: 'the week starting April 22', type: 'DATE', value: '2013-W17', dct: '2013-03-21' },
  // Its two days told, and its year, belong to it.
  { sentence: 'Heavy rain struck the region on the weekend of June 15-16, officials said.', extent: 'the weekend of June 15-16', type: 'DATE', value: '2013-W24-WE', dct: '2013-06-20' },
  { sentence: 'Thousands marched in the capital on the weekend of 15 and 16 June.', extent: 'the weekend of 15 and 16 June', type: 'DATE', value: '2013-W24-WE', dct: '2013-06-20' },
  { sentence: 'The rebels first took the town on the weekend of June 15, 2012, before losing it.', extent: 'the weekend of June 15, 2012', type: 'DATE', value: '2012-W24-WE', dct: '2013-06-20' },
  // "the last weekend of August" is a weekend of August, not last weekend: the one its last Saturday opens.
  { sentence: 'The festival is held on the last weekend of August.', extent: 'the last weekend of August', type: 'DATE', value: '2024-W35-WE', dct: '2024-04-11' },
  // "since" counts from a time gone by, whatever verb is nearest; an initial ("Dwight D.") does not end the sentence.
  {
    sentence: 'The plan is for the Kennedy to eventually replace the carrier Dwight D. Eisenhower, which has been on patrol since March and was scheduled to return to port.',
    extent: 'March', type: 'DATE', value: '1990-03', dct: '1990-08-13',
  },
  // A month in a future clause is the coming one even when the last one was nearer.
  {
    sentence: 'Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.',
    extent: 'December', type: 'DATE', value: '1998-12', dct: '1998-03-04',
  },
  // …however near the last one was.
  { sentence: 'Applications open in March, the council said.', extent: 'March', type: 'DATE', value: '2025-03', dct: '2024-04-10' },
  // "May" between two months of a list is the month.
  { sentence: 'The outlook for April, May and June favors above-normal rainfall.', extent: 'May', type: 'DATE', value: '2013-05', dct: '2013-03-22' },
  // What a thing covers is told in the present, whatever was done to it before.
  { sentence: "The agency's winter outlook, released Thursday, covers December through February.", extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-10-17' },
  // What an outlook or a plan calls for lies ahead, whatever was done to it before.
  { sentence: "The Climate Prediction Center's seasonal outlook, issued last Thursday, calls for above-normal temperatures across Texas from April through June.", extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-14' },
  { sentence: 'The plan, approved by the council in January, calls for a new levee to be finished by June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-14' },
  // The month a future clause is told in is not yet over: it is this year's, even past its middle.
  { sentence: 'The timing of the crest would depend on how quickly temperatures warm in late March and early April.', extent: 'late March', type: 'DATE', value: '2013-03', mod: 'END', dct: '2013-03-21' },
  { sentence: 'Officials said the rationing would be lifted in March if the rains come.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-21' },
  // A day a past sentence looked ahead to lies ahead of the story's day, months before the writing.
  {
    sentence: 'On 12 October the government capped fuel prices. The cap was extended twice, first to 15 November and then to the end of the year.',
    extent: '15 November', type: 'DATE', value: '2024-11-15', dct: '2025-02-14',
  },
  // …nor a plan only told, in a sentence after the one of the day told: the telling is the writing's news.
  {
    sentence: 'The government reopened the camps in September. The Greens said they would push to repeal the law after the election on Sept. 14.',
    extent: 'Sept. 14', type: 'DATE', value: '2013-09-14', dct: '2013-03-22',
  },
  {
    sentence: 'The cap was raised in October. Officials said it was extended to 15 November.',
    extent: '15 November', type: 'DATE', value: '2012-11-15', dct: '2013-03-22',
  },
  // …not a day years back told in passing: from there a plan reported is one of the writing's time.
  {
    sentence: 'Dorsey sent the first tweet on March 21, 2006. Analysts said the test would come when the company reports results, likely in early February.',
    extent: 'early February', type: 'DATE', value: '2014-02', mod: 'START', dct: '2013-11-07',
  },
  // "as early as" looks ahead only with what governs it ("could come as early as March"); "as recently as" back.
  { sentence: 'They found that a faulty valve, reported as early as August, had not been replaced.', extent: 'August', type: 'DATE', value: '2024-08', dct: '2025-02-14' },
  { sentence: 'Officials said a deal could be signed as early as March.', extent: 'March', type: 'DATE', value: '2025-03', dct: '2025-02-14' },
  { sentence: 'Analysts said new elections could be held as early as June or July.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-15' },
  // What someone wants lies ahead, whatever the tense of saying so.
  { sentence: 'The president said he wants a bill on his desk in June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-28' },
  { sentence: 'Prices fell as recently as May, the survey found.', extent: 'May', type: 'DATE', value: '2024-05', dct: '2025-02-14' },
  // A span a present verb holds until a day ends ahead, whatever past word comes before.
  { sentence: 'The measure, approved 77-19, keeps the government funded through Dec. 20 at current levels.', extent: 'Dec. 20', type: 'DATE', value: '2024-12-20', dct: '2024-09-28' },
  // "the Sept. 11 attacks" are those of 2001, told from then on; before, any Sept. 11.
  { sentence: 'Thousands marked the anniversary of the Sept. 11 attacks.', extent: 'Sept. 11', type: 'DATE', value: '2001-09-11', dct: '2013-03-21' },
  { sentence: 'The September 11 hijackers trained in Florida.', extent: 'September 11', type: 'DATE', value: '2001-09-11', dct: '2013-03-21' },
  { sentence: 'The Sept. 11 attack on the embassy killed two.', extent: 'Sept. 11', type: 'DATE', value: '1997-09-11', dct: '1998-03-21' },
  { sentence: 'The vote is on Sept. 11 in the capital.', extent: 'Sept. 11', type: 'DATE', value: '2013-09-11', dct: '2013-03-21' },
  // A day told right after the end of a period, with "on", is the day it ends, in that period's year…
  { sentence: 'The House on Thursday passed a bill to fund the government through the end of the fiscal year on Sept. 30.', extent: 'Sept. 30', type: 'DATE', value: '2013-09-30', dct: '2013-03-21' },
  { sentence: 'The authority will stop taking bids at the end of the year on Dec. 31.', extent: 'Dec. 31', type: 'DATE', value: '2013-12-31', dct: '2013-03-21' },
  // …not a day a deed is told on after a period named whole.
  { sentence: 'Obama would unveil his budget for fiscal year 2014 on April 10, more than two months late.', extent: 'April 10', type: 'DATE', value: '2013-04-10', dct: '2013-03-21' },
  // A measure's aim holds its span ahead, whatever the tense of sending it.
  { sentence: 'Congress also sent President Barack Obama a bill on Thursday to fund the government through Sept. 30, averting a shutdown.', extent: 'Sept. 30', type: 'DATE', value: '2013-09-30', dct: '2013-03-23' },
  { sentence: 'Lawmakers passed a stopgap measure to keep agencies open until Dec. 15.', extent: 'Dec. 15', type: 'DATE', value: '2013-12-15', dct: '2013-03-23' },
  // A date opening its sentence is the time of a forecast made then.
  { sentence: 'In December, the OBR forecast growth of 1.2 percent this year and 2.0 percent in 2014.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-16' },
  { sentence: 'In December, the bank predicted that growth would slow.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-16' },
  { sentence: 'The measure, which passed 81-18, funds the government through Jan. 15 and suspends the debt limit until Feb. 7.', extent: 'Feb. 7', type: 'DATE', value: '2014-02-07', dct: '2013-10-16' },
  // A suspension told with the time it lifts runs to a time to come, whatever the tense of suspending.
  { sentence: 'The borrowing limit was suspended until May 18 under a law signed in February.', extent: 'May 18', type: 'DATE', value: '2013-05-18', dct: '2013-03-10' },
  { sentence: 'Parliament was suspended until October 14, the government said.', extent: 'October 14', type: 'DATE', value: '2019-10-14', dct: '2019-09-12' },
  { sentence: 'The limit was suspended on Feb. 4.', extent: 'Feb. 4', type: 'DATE', value: '2013-02-04', dct: '2013-03-10' },
  { sentence: 'Congress sent the bill to the president on Thursday. It funds the government through the end of September.', extent: 'the end of September', type: 'DATE', value: '2013-09', mod: 'END', dct: '2013-03-23' },
  // A plan in the present with a count of what is planned looks ahead; a plan in the past, or a count of years, does not.
  { sentence: 'Russia has launched four rockets so far this year and plans about 30 more by the end of December.', extent: 'the end of December', type: 'DATE', value: '2013-12', mod: 'END', dct: '2013-04-21' },
  { sentence: 'NASA plans two more spacewalks in January to finish the repairs.', extent: 'January', type: 'DATE', value: '2014-01', dct: '2013-04-21' },
  { sentence: 'The agency planned 12 launches in January, but flew only three.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-04-21' },
  { sentence: 'The plans two years ago called for a first flight in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-04-21' },
  // A verb whose past is its base form looks ahead after "may"; not after "may have".
  { sentence: 'Comet ISON, discovered last year, may put on a dazzling show in November, astronomers said.', extent: 'November', type: 'DATE', value: '2013-11', dct: '2013-03-22' },
  { sentence: 'The agency may have cut the budget for the probe in November.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-22' },
  // A tally up to a month gone by is counted to that month, told in the present too; what lasts until one lies ahead.
  { sentence: "Airbus now has 259 net orders so far this year, behind Boeing's 1,060 gross orders through the end of October.", extent: 'the end of October', type: 'DATE', value: '2013-10', mod: 'END', dct: '2013-11-17' },
  { sentence: 'Shares of the planemaker are up 12 percent through October.', extent: 'October', type: 'DATE', value: '2013-10', dct: '2013-11-17' },
  { sentence: 'Consumer prices are 2.1 percent higher in the 12 months through February.', extent: 'February', type: 'DATE', value: '2013-02', dct: '2013-03-19' },
  { sentence: 'The exhibition of early rocket engines runs through October.', extent: 'October', type: 'DATE', value: '2014-10', dct: '2013-11-17' },
  { sentence: 'The ban on flights of the jet is in place through February.', extent: 'February', type: 'DATE', value: '2014-02', dct: '2013-03-19' },
  // "than expected", "as expected" compare with a forecast: they do not look ahead.
  { sentence: 'Data showed producer prices rose more than expected in February.', extent: 'February', type: 'DATE', value: '2024-02', dct: '2024-03-14' },
  // What is expected between two days, or from one to another, lies ahead as what is expected on one does.
  { sentence: 'Peak bloom is now expected between April 6 and April 10, about a week later than forecast.', extent: 'April 6', type: 'DATE', value: '2013-04-06', dct: '2013-03-31' },
  { sentence: 'The new terminal is now expected from June 3 to June 9, the airport said.', extent: 'June 3', type: 'DATE', value: '2013-06-03', dct: '2013-03-31' },
  { sentence: 'Peak bloom was expected between March 6 and March 10, park officials said last year.', extent: 'March 6', type: 'DATE', value: '2013-03-06', dct: '2013-03-31' },
  { sentence: 'The revenue expected from ticket sales fell in January.', extent: 'January', type: 'DATE', value: '2013-01', dct: '2013-03-31' },
  // A day told in the past soon after the month of an earlier year the story is at is of that story…
  {
    sentence: 'The thefts came to light in November 2021. Hartley was suspended the same week and arrested on 2 December.',
    extent: '2 December', type: 'DATE', value: '2021-12-02', dct: '2024-04-04',
  },
  // A day told in the past perfect soon after a day of an earlier year lies before that day, in its story…
  { sentence: 'The shuttle broke apart over Texas on Feb. 1, 2003. Investigators found that foam had hit the left wing after liftoff on Jan. 16.', extent: 'Jan. 16', type: 'DATE', value: '2003-01-16', dct: '2013-02-01' },
  { sentence: 'The capsule landed in Kazakhstan on May 14, 2009, ending a six-month mission. The crew had been launched on Nov. 20.', extent: 'Nov. 20', type: 'DATE', value: '2008-11-20', dct: '2013-03-20' },
  // …not one told in the simple past, which news dates from the writing.
  { sentence: 'The shuttle broke apart over Texas on Feb. 1, 2003. NASA announced a new review of the accident on Jan. 16.', extent: 'Jan. 16', type: 'DATE', value: '2013-01-16', dct: '2013-02-01' },
  // …and so is one that, read from the writing, would lie days after it, as no day told in the past can.
  {
    sentence: 'The reactor exploded on April 26, 1986. Moscow did not acknowledge the accident publicly until April 28.',
    extent: 'April 28', type: 'DATE', value: '1986-04-28', dct: '2013-04-25',
  },
  // …and so is one after a time counted on from the day of that earlier year.
  {
    sentence: "The war began on April 2, 1982, when troops landed on the islands, and ended 74 days later with Argentina's surrender on June 14.",
    extent: 'June 14', type: 'DATE', value: '1982-06-14', dct: '2013-04-06',
  },
  // …or "the next day", "the following night", "that night" counted on from it.
  {
    sentence: 'On March 18, 2003, Bush gave Saddam 48 hours to leave. The bombing began the following night. By April 9, Baghdad had fallen.',
    extent: 'April 9', type: 'DATE', value: '2003-04-09', dct: '2013-03-25',
  },
  {
    sentence: 'The rebels entered Goma on Nov. 20, 2012. The next day, they pushed south. On Dec. 1, they withdrew.',
    extent: 'Dec. 1', type: 'DATE', value: '2012-12-01', dct: '2014-03-25',
  },
  {
    sentence: 'The invasion began on March 20, 2003. That night, cruise missiles struck Baghdad. On April 9, the statue fell.',
    extent: 'April 9', type: 'DATE', value: '2003-04-09', dct: '2013-03-25',
  },
  // Told in the sentence of that month, even a month of the last weeks' name is of the story.
  { sentence: 'The lander came back to life in June 2015 but fell silent again in July.', extent: 'July', type: 'DATE', value: '2015-07', dct: '2016-09-30' },
  { sentence: 'The trader was hired in August 2014 and fired on Sept. 12.', extent: 'Sept. 12', type: 'DATE', value: '2014-09-12', dct: '2016-09-30' },
  // …nor after a month a figure was at: the story is not there.
  {
    sentence: 'The rate has fallen from 8.5 percent in December 2011 and 10 percent in Oct. 2009. Hiring in October was revised up.',
    extent: 'October', type: 'DATE', value: '2012-10', dct: '2013-01-04',
  },
  // …nor after a month a record is measured from.
  {
    sentence: 'On Friday the index closed at its highest level since October 2007. The euro slid to a level last seen in early December.',
    extent: 'early December', type: 'DATE', value: '2012-12', mod: 'START', dct: '2013-03-18',
  },
  { sentence: 'Shares rose on Friday, the biggest gain since November 2011. Losses had deepened in December.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-03-18' },
  // …but not when that day of the last weeks is meant, nor after a month that names a thing.
  { sentence: 'The company was founded in March 2015. On April 3, it said profits rose.', extent: 'April 3', type: 'DATE', value: '2024-04-03', dct: '2024-04-04' },
  {
    sentence: 'He rejected the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2 and troops massed.',
    extent: 'Aug. 2', type: 'DATE', value: '1990-08-02', dct: '1990-11-15',
  },
  // "born" is a past; "expected in" with no past verb before it looks ahead.
  { sentence: 'He was born in May.', extent: 'May', type: 'DATE', value: '2023-05', dct: '2024-04-04' },
  { sentence: 'The election, expected in November, will be close.', extent: 'November', type: 'DATE', value: '2024-11', dct: '2024-04-04' },
  // A date said to be what something is lies ahead.
  { sentence: 'Lawmakers face a March 1 deadline. The next election is Nov. 5.', extent: 'Nov. 5', type: 'DATE', value: '2024-11-05', dct: '2024-02-15' },
  // A list of months going on is told in order: the first such month after the one listed before.
  { sentence: 'Stocks rose in January, February and March as hiring picked up.', extent: 'February', type: 'DATE', value: '2012-02', dct: '2012-12-28' },
  { sentence: 'Stocks rose in January, February and March as hiring picked up.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2012-12-28' },
  // "from December and November" lists two months going back; it is no span running into the next year.
  { sentence: 'UK inflation held steady at 2.7% in January, unchanged from December and November.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-02-12' },
  { sentence: 'UK inflation held steady at 2.7% in January, unchanged from December and November.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-02-12' },
  { sentence: 'The rate was flat between December and February.', extent: 'December', type: 'DATE', value: '2012-12', dct: '2013-02-12' },
  // What has held since a month or day began after it: one later in the year than the writing is last year's.
  { sentence: 'The index dipped this month to 44 from 46 in February, its first decline since April.', extent: 'April', type: 'DATE', value: '2012-04', dct: '2013-03-19' },
  { sentence: 'Prices have risen every month since April 5.', extent: 'April 5', type: 'DATE', value: '2012-04-05', dct: '2013-03-19' },
  { sentence: 'The index is at its highest since early April.', extent: 'early April', type: 'DATE', value: '2012-04', mod: 'START', dct: '2013-03-19' },
  { sentence: 'He has been in jail since March 2.', extent: 'March 2', type: 'DATE', value: '2013-03-02', dct: '2013-03-19' },
  // A span of days not told in the past that holds the day of writing is the one running, not the next.
  { sentence: 'The hurricane season runs from June 1 through Nov. 30.', extent: 'June 1', type: 'DATE', value: '2013-06-01', dct: '2013-08-28' },
  { sentence: 'The hurricane season runs from June 1 through Nov. 30.', extent: 'Nov. 30', type: 'DATE', value: '2013-11-30', dct: '2013-08-28' },
  { sentence: 'Tickets are on sale from 1 June to 30 November.', extent: '1 June', type: 'DATE', value: '2013-06-01', dct: '2013-08-28' },
  { sentence: 'The festival runs from June 1 through June 10.', extent: 'June 1', type: 'DATE', value: '2014-06-01', dct: '2013-08-28' },
  // A month after a word for a relative is her name; after a preposition, a month again.
  { sentence: 'He left his wife in June and came back in August.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-03-25' },
  // A month before a name is still a month after a word of time or an article.
  // A superlative before "May" or "March" makes it the month it ranks.
  { sentence: 'It was the warmest May on record.', extent: 'May', type: 'DATE', value: '1989-05' },
  // "March" between a determiner and a noun is the month.
  { sentence: 'The March deadline for the merger will not be extended.', extent: 'March', type: 'DATE', value: '1990-03' },
  { sentence: 'Its March issue sold out within a week.', extent: 'March', type: 'DATE', value: '1989-03' },
  { sentence: 'In June Parliament voted for the bill.', extent: 'June', type: 'DATE', value: '1989-06' },
  { sentence: 'Lenin returned after the February Revolution.', extent: 'February', type: 'DATE', value: '1989-02' },
  // The first month of a span written with a hyphen is a month too.
  { sentence: 'Output fell in June-July, the ministry said.', extent: 'June', type: 'DATE', value: '1989-06' },
  // A decimal point does not end the sentence: "earned" still governs the month.
  { sentence: 'The company said it earned $5.2 million, or seven cents a share, in March.', extent: 'March', type: 'DATE', value: '1989-03' },
  // A bare ordinal day after a preposition: of the month the story is in, as the tense says.
  { sentence: 'The vote was held on the 28th, officials said.', extent: 'the 28th', type: 'DATE', value: '1989-10-28' },
  { sentence: 'The board meeting is on the 14th.', extent: 'the 14th', type: 'DATE', value: '1989-11-14' },
  // Said in words, as transcripts write it, from the tenth on.
  { sentence: 'The talks began on March fifth and will end on the twenty-first.', extent: 'the twenty-first', type: 'DATE', value: '2013-03-21', dct: '2013-03-12' },
  // "we're", "I'm" are present tense as "we are" is: a plan for later this month, not last month.
  { sentence: "We're flying out on the 21st.", extent: 'the 21st', type: 'DATE', value: '2024-04-21', dct: '2024-04-04' },
  { sentence: "I'm seeing him on the 21st.", extent: 'the 21st', type: 'DATE', value: '2024-04-21', dct: '2024-04-04' },
  // A month before a pronoun is no "may": "On 3 May he resigned" told in April is last May.
  { sentence: 'On 3 May he resigned.', extent: '3 May', type: 'DATE', value: '2023-05-03', dct: '2024-04-04' },
  { sentence: 'In May he resigned.', extent: 'May', type: 'DATE', value: '2023-05', dct: '2024-04-04' },
  { sentence: 'He arrived on March 3, 1987. On the 5th he left for Rome.', extent: 'the 5th', type: 'DATE', value: '1987-03-05' },
  // With its zone after it, as translated wires write it; the clock before it is of that day.
  { sentence: 'The ferry left the port at 6 p.m. on the 18th local time.', extent: 'the 18th', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'The ferry left the port at 6 p.m. on the 18th local time.', extent: '6 p.m.', type: 'TIME', value: '2013-03-18T18:00', dct: '2013-03-21' },
  { sentence: 'Rescuers reached the 18th floor at noon.', extent: 'noon', type: 'TIME', value: '2013-03-21T12:00', dct: '2013-03-21' },
  // From a day told, the nearest such day; a story moves on, so a near tie goes forward, a clear one back.
  { sentence: 'Both chambers will leave on April 12 and return on the 29th.', extent: 'the 29th', type: 'DATE', value: '2024-04-29', dct: '2024-04-04' },
  { sentence: 'The ship sank on April 15, 1912. It had left port on the 10th.', extent: 'the 10th', type: 'DATE', value: '1912-04-10' },
  { sentence: 'Mao moved the launch from the 13th to the 19th of October 1950.', extent: 'the 13th', type: 'DATE', value: '1950-10-13' },
  { sentence: 'The attack began on 20 September 1917. The onslaught on the 20th was successful.', extent: 'the 20th', type: 'DATE', value: '1917-09-20' },
  // A month told in the past that has only just begun at the writing is the one a year back; told ahead it is this
  // one, and so is a part of it, which may be these few days.
  { sentence: 'Iraqis have voted three times in the past year: for an interim assembly in January, in a referendum in October and in last month\'s election.', extent: 'January', type: 'DATE', value: '2005-01', dct: '2006-01-02' },
  { sentence: 'Violence rose sharply in March, the ministry said.', extent: 'March', type: 'DATE', value: '2012-03', dct: '2013-03-01' },
  { sentence: 'The new parliament will meet in January.', extent: 'January', type: 'DATE', value: '2006-01', dct: '2006-01-02' },
  { sentence: 'Shares slipped in early January as the holiday rally faded.', extent: 'early January', type: 'DATE', value: '2006-01', dct: '2006-01-03' },
  { sentence: 'Violence rose sharply in March, the ministry said.', extent: 'March', type: 'DATE', value: '2013-03', dct: '2013-03-12' },
  { sentence: 'Customers were told to expect delays to January payments.', extent: 'January', type: 'DATE', value: '2024-01', dct: '2024-01-01' },
  // In news, a day of the month alone is the date of that day told in full not long before, though the story has
  // moved to another month since.
  { sentence: 'Venezuela will hold the election on April 14, officials said Saturday. Capriles will announce his decision Sunday. "The people will decide on the 14th," Maduro said.', extent: 'the 14th', type: 'DATE', value: '2013-04-14', dct: '2013-03-09' },
  { sentence: 'The runoff is set for Dec. 15. Matthei said Monday she would fight on. "We will win on the 15th," she said.', extent: 'the 15th', type: 'DATE', value: '2013-12-15', dct: '2013-11-18' },
  // Not a day told long before, nor another day.
  { sentence: 'The first vote was on Jan. 14, 2013. He said Tuesday that talks would resume on the 14th.', extent: 'the 14th', type: 'DATE', value: '2013-11-14', dct: '2013-11-05' },
  { sentence: 'The election is on April 14. Results are due by the 20th.', extent: 'the 20th', type: 'DATE', value: '2013-04-20', dct: '2013-03-09' },
];

/** Ordinals that are not days. */
const NOT_A_DAY = ['The office moved to the 14th floor.', 'They marked the 20th anniversary of the treaty.'];

describe('months without a year take it from the DCT and the tense', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
  it.each(NOT_A_DAY)('finds no day in %s', (sentence) => expect(tagTimexes(sentence, { dct: DCT })).toEqual([]));
  // A month alone naming a thing after a date of that month is that date's month; not after a time of another year
  // told since.
  it.each([
    ['The interim government said it would hold the election on July 28. Diplomats said a July date was ambitious.', '2013-03-30', '2013-07'],
    ['The court will rule on the petition by April 2. Lawyers said the April deadline was too tight.', '2013-03-21', '2013-04'],
    ['The opposition said it would contest the vote on June 30. The last elections ended in bloodshed in 2008, when the leader pulled out of a June runoff.', '2013-03-17', '2008-06'],
  ])('reads the month of "%s" by the date told before', (sentence, dct, value) => {
    const found = tagTimexes(sentence, { dct });
    expect(found.at(-1)?.value).toBe(value);
  });
  it('reads "the last weekend of August" as a weekend of August, not as last weekend', () => {
    const found = tagTimexes('The festival is held on the last weekend of August.', { dct: '2024-04-11' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['the last weekend of August', '2024-W35-WE']]);
  });
});
