import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-08-07';

const cases: readonly Case[] = [
  { sentence: 'The paper is published daily in Nairobi.', extent: 'daily', type: 'SET', value: 'P1D' },
  { sentence: 'The newsletter appears biweekly.', extent: 'biweekly', type: 'SET', value: 'P2W' },
  { sentence: 'The fixed-rate bond pays 3.1 percent per annum for five years.', extent: 'per annum', type: 'SET', value: 'P1Y' },
  { sentence: 'The post carries a salary of £42,000 per annum.', extent: 'per annum', type: 'SET', value: 'P1Y' },
  // A nation's adjective before "daily" and a noun after it: the adjective, which recurs (no paper named after it).
  { sentence: 'Chinese daily output of coal rose 3 percent.', extent: 'daily', type: 'SET', value: 'P1D' },
  // A hedge stays outside a recurrence.
  { sentence: 'For weeks the communist government has held such rallies almost daily.', extent: 'daily', type: 'SET', value: 'P1D' },
  { sentence: 'The committee meets every week in Geneva.', extent: 'every week', type: 'SET', value: 'P1W' },
  { sentence: 'Elections are held every two years.', extent: 'every two years', type: 'SET', value: 'P2Y' },
  { sentence: 'The company pays a dividend every quarter.', extent: 'every quarter', type: 'SET', value: 'P1Q' },
  { sentence: '"Living standards have fallen every single month," he said.', extent: 'every single month', type: 'SET', value: 'P1M' },
  { sentence: 'The committee meets every few weeks.', extent: 'every few weeks', type: 'SET', value: 'PXW' },
  // A day of the month that falls due each month recurs with its day.
  { sentence: 'Rent is due on the first of every month, and late fees start after the fifth.', extent: 'the first of every month', type: 'SET', value: 'XXXX-XX-01' },
  { sentence: 'Social Security payments are deposited on the 3rd of each month.', extent: 'the 3rd of each month', type: 'SET', value: 'XXXX-XX-03' },
  { sentence: 'Interest is credited on the last day of each month.', extent: 'the last day of each month', type: 'SET', value: 'P1M' },
  // Of the month the story is at, a day of its own.
  { sentence: 'The rent was due on the first of the month.', extent: 'the first of the month', type: 'DATE', value: '1998-08-01' },
  { sentence: 'Votes will be held twice each morning and twice each afternoon.', extent: 'each afternoon', type: 'SET', value: 'XXXX-XX-XXTAF' },
  // A range of counts recurs too, as long as the longer of them.
  { sentence: 'Doctors have been advised to check patients every three to six months.', extent: 'every three to six months', type: 'SET', value: 'P6M' },
  { sentence: 'Take one pill every 4-6 hours.', extent: 'every 4-6 hours', type: 'SET', value: 'PT6H' },
  { sentence: 'The comet, which orbits the sun every six and a half years, will return in 2021.', extent: 'every six and a half years', type: 'SET', value: 'P6Y6M' },
  { sentence: "We'll be checking back with you every half hour throughout the night.", extent: 'every half hour', type: 'SET', value: 'PT30M' },
  { sentence: 'Shuttle buses run every half an hour from the station.', extent: 'every half an hour', type: 'SET', value: 'PT30M' },
  { sentence: 'Inspectors visit twice a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'The temporary program must be renewed biennially by Congress.', extent: 'biennially', type: 'SET', value: 'P2Y' },
  // A rate after an amount of anything.
  { sentence: 'The deficit has topped $1 trillion a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'The plant builds 10,000 cars a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'The Fed has been buying $40 billion of mortgage bonds a month since September.', extent: 'a month', type: 'SET', value: 'P1M' },
  { sentence: 'The economy grew 3% a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  // A year and its clause before "a year" is no rate: the year was a span.
  { sentence: 'Looking back on 2013, it was a year of surprises.', extent: 'a year', type: 'DURATION', value: 'P1Y', dct: '2014-01-01' },
  { sentence: 'For the euro, 2012 was a year of crisis.', extent: 'a year', type: 'DURATION', value: 'P1Y', dct: '2013-01-02' },
  { sentence: 'Exports reached 2,400 tons a year by 2010.', extent: 'a year', type: 'SET', value: 'P1Y', dct: '2013-01-02' },
  { sentence: 'She spent up to four months a year at sea.', extent: 'a year', type: 'SET', value: 'P1Y' },
  // A capital "A" opens a sentence, and a count ending the line before is no rate.
  { sentence: 'Damage topped $65 billion in 2012\nA year after Sandy, scientists warn of more flooding.', extent: 'A year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'Nurses there work six weeks a year unpaid.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'People who drank two to three cups of coffee a day were less likely to fall ill.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'Ten people a day die on the roads.', extent: 'a day', type: 'SET', value: 'P1D' },
  // A figure written with its short scale, maybe restated in brackets, is a rate too.
  { sentence: 'Garments account for nearly 80% of its exports, worth some $20bn (£13bn) a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'The club pays him £5m a year.', extent: 'a year', type: 'SET', value: 'P1Y' },
  { sentence: 'Crews cleared 40 fallen trees an hour.', extent: 'an hour', type: 'SET', value: 'PT1H' },
  { sentence: 'At the height of the violence, sectarian killings claimed thousands of lives a month.', extent: 'a month', type: 'SET', value: 'P1M' },
  { sentence: 'Air strikes were killing hundreds of civilians a week, the report said.', extent: 'a week', type: 'SET', value: 'P1W' },
  { sentence: 'Thousands of migrants a day crossed the border in the summer.', extent: 'a day', type: 'SET', value: 'P1D' },
  // A count whose noun is left out, and one thing alone, are rates too.
  { sentence: 'Flights to Faro will increase to four a day from two.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'Services will be cut to one train an hour on most lines.', extent: 'an hour', type: 'SET', value: 'PT1H' },
  // A count with "or more", nouns paired by "or", and a word between "of" and its noun are still a count of things.
  { sentence: 'People who drink four or more cans of diet soda a day may be more likely to develop depression.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'Those who drank more than four cans or cups of soda a day were more likely to be diagnosed.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'He works one day a week.', extent: 'a week', type: 'SET', value: 'P1W' },
  // A count short of the whole period keeps both its span and the recurrence.
  { sentence: 'Nurses in the ward worked 12 hours a day during the outbreak.', extent: '12 hours', type: 'DURATION', value: 'PT12H' },
  { sentence: 'Nurses in the ward worked 12 hours a day during the outbreak.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'He has dialysis three days a week.', extent: 'a week', type: 'SET', value: 'P1W' },
  // A span told right before a day told on its own is no rate: "24 hours, a day after".
  { sentence: 'Doctors worked for 24 hours, a day after the storm hit.', extent: '24 hours', type: 'DURATION', value: 'PT24H' },
  // A day or a week told from another time is a span, whatever count of things comes before it.
  { sentence: 'Riot police detained hundreds of protesters a day after a rally turned violent.', extent: 'a day', type: 'DURATION', value: 'P1D' },
  { sentence: 'The deal ended nearly six weeks of haggling just a day before his deadline expired.', extent: 'a day', type: 'DURATION', value: 'P1D' },
  { sentence: 'Officials counted thousands of ballots a week after the polls closed.', extent: 'a week', type: 'DURATION', value: 'P1W' },
  // A frequency, a share or a sum before it keeps the rate.
  { sentence: 'Patients take the pills twice a day after meals.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'The currency lost 5 percent a day after the devaluation.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'Miners earned $5 a day before the strike.', extent: 'a day', type: 'SET', value: 'P1D' },
  { sentence: 'Thousands of migrants a day crossed the border after the war.', extent: 'a day', type: 'SET', value: 'P1D' },
  // A vague count of things is a rate as much as a figure is.
  { sentence: 'As a teenager he was playing in clubs several nights a week.', extent: 'a week', type: 'SET', value: 'P1W' },
  { sentence: 'The shelter turns away a few families a month.', extent: 'a month', type: 'SET', value: 'P1M' },
  // Hyphened before a noun, a rate still recurs.
  { sentence: 'The Fed could begin scaling back its $85 billion-a-month bond purchases later this year.', extent: 'a-month', type: 'SET', value: 'P1M' },
  // Once a decade recurs as once a year does; "for a decade" is a span.
  { sentence: 'The vote completed a once-a-decade leadership transition.', extent: 'a-decade', type: 'SET', value: 'P10Y' },
  { sentence: 'The party holds a congress once a decade.', extent: 'a decade', type: 'SET', value: 'P10Y' },
  { sentence: 'Nationwide, a car is stolen about once a minute.', extent: 'a minute', type: 'SET', value: 'PT1M' },
  { sentence: 'Dispatchers took 30 calls a minute during the riot.', extent: 'a minute', type: 'SET', value: 'PT1M' },
  // …not a minute that is a span.
  { sentence: 'The sirens sounded for a minute at noon.', extent: 'a minute', type: 'DURATION', value: 'PT1M' },
  { sentence: 'He has led the party for a decade.', extent: 'a decade', type: 'DURATION', value: 'P10Y' },
  { sentence: 'The city dropped its $10-a-day parking fee.', extent: 'a-day', type: 'SET', value: 'P1D' },
  { sentence: 'Flights depart each Thursday from Bombay.', extent: 'each Thursday', type: 'SET', value: 'XXXX-WXX-4' },
  { sentence: 'The market is closed on Sundays.', extent: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
  // Capitalised at the head of a sentence, "On" still tells the days.
  { sentence: 'On Fridays, the curfew begins at 7 p.m.', extent: 'Fridays', type: 'SET', value: 'XXXX-WXX-5' },
  // A day listed after a recurring one recurs too.
  { sentence: 'A bookmobile will visit the green every Tuesday and Thursday from 10 a.m.', extent: 'Thursday', type: 'SET', value: 'XXXX-WXX-4' },
  { sentence: 'Police said extra patrols would be in place every Friday and Saturday night until the end of April.', extent: 'Saturday night', type: 'SET', value: 'XXXX-WXX-6TNI', dct: '2013-03-11' },
  // So do the months listed after a recurring one.
  { sentence: 'Colorado State University forecasters, who issue their own predictions each April and June, called in April for 18 named storms.', extent: 'June', type: 'SET', value: 'XXXX-06', dct: '2013-05-23' },
  { sentence: 'The bulletin comes out every January, April and July.', extent: 'April', type: 'SET', value: 'XXXX-04', dct: '2013-05-23' },
  { sentence: 'The class meets each Monday, Wednesday and Friday.', extent: 'Wednesday', type: 'SET', value: 'XXXX-WXX-3' },
  // Days of the week in plural joined to one another recur, with or without "on".
  { sentence: 'The museum is open from 9 a.m. to 5 p.m. Tuesdays through Sundays.', extent: 'Tuesdays', type: 'SET', value: 'XXXX-WXX-2' },
  { sentence: 'The museum is open from 9 a.m. to 5 p.m. Tuesdays through Sundays.', extent: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
  { sentence: 'The food bank opens Mondays and Thursdays.', extent: 'Mondays', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'The show airs Sundays at 9 p.m. on HBO.', extent: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
  // …and so do they after a verb or a preposition in lower case.
  { sentence: 'New episodes air Sundays through June 2.', extent: 'Sundays', type: 'SET', value: 'XXXX-WXX-7', dct: '2013-03-23' },
  { sentence: 'The gallery is open daily except Tuesdays from 10 a.m. to 6 p.m.', extent: 'Tuesdays', type: 'SET', value: 'XXXX-WXX-2' },
  { sentence: 'The museum, which is closed Mondays, reopens after the holiday.', extent: 'Mondays', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'Shows are at 8 p.m. Thursdays through Saturdays and 3 p.m. Sundays.', extent: 'Sundays', type: 'SET', value: 'XXXX-WXX-7' },
  // The weekend of every week.
  { sentence: 'The council voted to make bars close by 1 a.m. on weekends.', extent: 'weekends', type: 'SET', value: 'XXXX-WXX-WE' },
  // After a verb, as plural weekdays are ("closed Mondays"); not counted ("two weekends").
  { sentence: 'The stand will then be open weekends only until it closes for the year.', extent: 'weekends', type: 'SET', value: 'XXXX-WXX-WE' },
  { sentence: 'She works weekends at the diner to pay for college.', extent: 'weekends', type: 'SET', value: 'XXXX-WXX-WE' },
  { sentence: 'Volunteers clean the beach every weekend.', extent: 'every weekend', type: 'SET', value: 'XXXX-WXX-WE' },
  // A listing's item that starts with the days, or gives their hours.
  { sentence: 'Book club — Thursdays, 6-8pm, Central Library.', extent: 'Thursdays', type: 'SET', value: 'XXXX-WXX-4' },
  { sentence: 'The show airs Tuesday nights.', extent: 'Tuesday nights', type: 'SET', value: 'XXXX-WXX-2TNI' },
  // A count before a day of the week and a plural noun after it: days of that name, not one of this week.
  { sentence: 'The network will carry five Monday night games this season.', extent: 'Monday night', type: 'SET', value: 'XXXX-WXX-1TNI', dct: '2013-03-20' },
  { sentence: 'The club has won its past two Saturday matches.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6', dct: '2013-03-20' },
  // Days listed together share what the list says of them.
  { sentence: 'Two new flights will leave Bombay on Monday and Tuesday nights from March 30.', extent: 'Monday', type: 'SET', value: 'XXXX-WXX-1TNI' },
  { sentence: 'Visitors can tour the mill on Saturday or Sunday mornings.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6TMO' },
  // Days of one week named after them are no habit.
  { sentence: 'American Idol continues Wednesday and Thursday nights this week.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-20' },
  { sentence: 'The band played Friday and Saturday nights last week.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-20' },
  { sentence: 'The clinic opens on Tuesdays, Wednesdays and Fridays.', extent: 'Wednesdays', type: 'SET', value: 'XXXX-WXX-3' },
  { sentence: 'The clinic opens on Tuesdays, Wednesdays and Fridays.', extent: 'Fridays', type: 'SET', value: 'XXXX-WXX-5' },
  // What recurs is written in the value: a part of any day, a season or a month of any year, a weekday.
  { sentence: 'Each morning he runs along the river.', extent: 'Each morning', type: 'SET', value: 'XXXX-XX-XXTMO' },
  { sentence: 'Every summer they travel to the coast.', extent: 'Every summer', type: 'SET', value: 'XXXX-SU' },
  { sentence: 'Every January, sales fall.', extent: 'Every January', type: 'SET', value: 'XXXX-01' },
  { sentence: 'The market is held every other Friday.', extent: 'every other Friday', type: 'SET', value: 'XXXX-WXX-5' },
  { sentence: 'She still cooks every Friday night for her daughters.', extent: 'every Friday night', type: 'SET', value: 'XXXX-WXX-5TNI' },
  { sentence: 'Every July morning the fog returns.', extent: 'Every July', type: 'SET', value: 'XXXX-07' },
  // With its day, the day recurs; a figure after the month is no day.
  { sentence: 'The festival draws thousands of pilgrims every July 25.', extent: 'every July 25', type: 'SET', value: 'XXXX-07-25' },
  { sentence: 'The revolution was celebrated every 7 November with a parade on Red Square.', extent: 'every 7 November', type: 'SET', value: 'XXXX-11-07' },
  { sentence: 'Each Dec. 7, veterans gather at the memorial.', extent: 'Each Dec. 7', type: 'SET', value: 'XXXX-12-07' },
  { sentence: 'Prices rise each March 10 percent or more.', extent: 'each March', type: 'SET', value: 'XXXX-03' },
  // "every second" steps over named days or units; alone it is every second.
  { sentence: 'The council meets every second Tuesday.', extent: 'every second Tuesday', type: 'SET', value: 'XXXX-WXX-2' },
  { sentence: 'The bins are emptied every second week.', extent: 'every second week', type: 'SET', value: 'P2W' },
  { sentence: 'A census is taken every third year.', extent: 'every third year', type: 'SET', value: 'P3Y' },
  { sentence: 'The sensor reports its position every second.', extent: 'every second', type: 'SET', value: 'PT1S' },
  { sentence: 'Bins are collected fortnightly.', extent: 'fortnightly', type: 'SET', value: 'P2W' },
];

describe('recurring times', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
