import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '2000-01-07';

const cases: readonly Case[] = [
  // A recess is named after the nearest feast, whatever the tense of going on it.
  { sentence: 'The House left for its Easter recess on Thursday afternoon.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-21' },
  { sentence: 'Lawmakers will return from the Easter recess on April 8.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-21' },
  // A feast in a headline is not given the year of a date of its month the story goes back to.
  { sentence: "Drivers face higher pump prices ahead of Easter\nPrices are likely to stay high through the holiday. Last year's record was set on April 4, 2012.", extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-22' },
  { sentence: "Shops brace for a quiet Christmas\nSales fell 3 percent in December 2012, the trade group said.", extent: 'Christmas', type: 'DATE', value: '2013-12-25', dct: '2013-11-20' },
  { sentence: '"We had spring in the middle of January and now we\'ve got winter at Easter," said one farmer.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-17' },
  { sentence: 'We have got snow at Easter for the first time in years.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-17' },
  // A plan told in the present perfect is told from now, not from a month told earlier in the story.
  { sentence: 'Her son received a deferral under the program announced last June. The senators have said they hope to introduce their bill after the Easter recess.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-25' },
  { sentence: 'The agency was reorganised last June. Ministers have repeatedly said they want the new rules in place by Easter.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-25' },
  { sentence: 'Talks stalled before the Christmas recess.', extent: 'Christmas', type: 'DATE', value: '2012-12-25', dct: '2013-03-21' },
  // The feast a pact is named after is no timex; the feast itself still is.
  { sentence: 'The Good Friday agreement was signed on Good Friday 1998.', extent: 'Good Friday 1998', type: 'DATE', value: '1998-04-10' },
  // A feast named for its day of the week, with its date written after, is one date, as "Sunday, March 24" is.
  { sentence: 'The Vatican expects a pope to be elected before Palm Sunday, March 24.', extent: 'Palm Sunday, March 24', type: 'DATE', value: '2013-03-24', dct: '2013-03-13' },
  // …of the year whose feast falls on the date written, though the tense points to another.
  { sentence: 'The council voted to close schools on Good Friday, April 18.', extent: 'Good Friday, April 18', type: 'DATE', value: '2014-04-18', dct: '2014-03-01' },
  { sentence: 'Schools were closed on Good Friday, March 29.', extent: 'Good Friday, March 29', type: 'DATE', value: '2013-03-29', dct: '2014-03-01' },
  { sentence: 'Shops will close on Good Friday, April 18, 2014, and reopen on Tuesday.', extent: 'Good Friday, April 18, 2014', type: 'DATE', value: '2014-04-18', dct: '2013-03-13' },
  { sentence: 'Christmas Day, Dec. 25, falls on a Wednesday this year.', extent: 'Christmas Day', type: 'DATE', value: '2013-12-25', dct: '2013-03-13' },
  // The weekend a feast names, with "bank holiday" or "long" between.
  { sentence: 'The Easter bank holiday weekend is one of the busiest times of the year for UK airports.', extent: 'The Easter bank holiday weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-03-21' },
  // The feast named as a day of its month, before its weekend; alone it is that day.
  { sentence: 'Airports were packed over the July Fourth weekend, the TSA said.', extent: 'the July Fourth weekend', type: 'DATE', value: '2013-W27-WE', dct: '2013-11-25' },
  { sentence: 'Gas prices usually climb ahead of the July 4 holiday weekend.', extent: 'the July 4 holiday weekend', type: 'DATE', value: '2013-W27-WE', dct: '2013-06-20' },
  { sentence: 'Fireworks lit the sky over the harbor on July Fourth.', extent: 'July Fourth', type: 'DATE', value: '2013-07-04', dct: '2013-11-25' },
  { sentence: 'Roads will be busy over the Easter long weekend.', extent: 'the Easter long weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-03-21' },
  // A feast naming a thing ("the Easter Monday deadline") does not move the story to its day: the clock after is the
  // strike's.
  { sentence: 'Staff will strike on 27 March, ahead of the Easter Monday deadline. The walkout will begin at 00:01 GMT and last 24 hours.', extent: '00:01 GMT', type: 'TIME', value: '2013-03-27T00:01', dct: '2013-03-21' },
  // Before the travel it brings, a feast names a season of travel, not its day.
  { sentence: 'Staff will strike on 27 March, the eve of the Easter getaway.', extent: '27 March', type: 'DATE', value: '2013-03-27', dct: '2013-03-21' },
  // What lasts until a feast, told in the present, lasts into the time to come.
  { sentence: 'The museum is open until 7:30 p.m. on Thursdays through Labor Day.', extent: 'Labor Day', type: 'DATE', value: '2013-09-02', dct: '2013-03-15' },
  { sentence: 'The shop is open until 9 p.m. until Christmas.', extent: 'Christmas', type: 'DATE', value: '2013-12-25', dct: '2013-03-15' },
  // The weekend named after a feast: the one before a Monday feast, else the one of its week.
  { sentence: 'Traffic deaths rose over the Memorial Day weekend, police said.', extent: 'the Memorial Day weekend', type: 'DATE', value: '2013-W21-WE', dct: '2013-06-03' },
  // "the week of" a feast: the ISO week that holds it.
  { sentence: 'Trash collection will run a day late the week of Memorial Day.', extent: 'the week of Memorial Day', type: 'DATE', value: '2013-W22', dct: '2013-03-21' },
  { sentence: 'Schools will be closed the week of Thanksgiving under the new calendar.', extent: 'the week of Thanksgiving', type: 'DATE', value: '2013-W48', dct: '2013-03-21' },
  // Mother's Day (the second Sunday of May) and Father's Day (the third Sunday of June).
  { sentence: 'The farmers market opens for the season at 8 a.m. on Mother\'s Day.', extent: "Mother's Day", type: 'DATE', value: '2013-05-12', dct: '2013-03-14' },
  { sentence: 'Florists said sales were up 8 percent before Mothers Day.', extent: 'Mothers Day', type: 'DATE', value: '2013-05-12', dct: '2013-05-20' },
  { sentence: 'The family gathered at the lake on Father\'s Day.', extent: "Father's Day", type: 'DATE', value: '2013-06-16', dct: '2013-06-20' },
  { sentence: "Hardware stores are stocking up for Father's Day.", extent: "Father's Day", type: 'DATE', value: '2024-06-16', dct: '2024-06-01' },
  // A year between "the" and the name is the feast's, whatever the tense.
  { sentence: 'The studio moved the release to the 2014 Memorial Day weekend.', extent: 'the 2014 Memorial Day weekend', type: 'DATE', value: '2014-W21-WE', dct: '2013-03-22' },
  { sentence: 'The 2012 Christmas Day storm killed three people.', extent: '2012 Christmas Day', type: 'DATE', value: '2012-12-25', dct: '2013-03-22' },
  { sentence: 'The sequel took in $120 million over the Memorial Day holiday weekend.', extent: 'the Memorial Day holiday weekend', type: 'DATE', value: '2013-W21-WE', dct: '2013-05-28' },
  { sentence: 'Police expect heavy traffic over Labor Day weekend.', extent: 'Labor Day weekend', type: 'DATE', value: '2013-W35-WE', dct: '2013-08-28' },
  { sentence: 'Rail lines will close over the Easter weekend for engineering works.', extent: 'the Easter weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-03-22' },
  // "New Year" alone is its first day; other calendars' and the honours list are not.
  { sentence: 'The office is closed between Christmas and New Year.', extent: 'New Year', type: 'DATE', value: '2025-01-01', dct: '2024-12-10' },
  { sentence: 'Sales picked up over New Year.', extent: 'New Year', type: 'DATE', value: '2025-01-01', dct: '2025-01-15' },
  { sentence: 'Thai markets will be closed for New Year on Tuesday.', extent: 'New Year', type: 'DATE', value: '2014-01-01', dct: '2013-12-27' },
  // A feast named without its year is of the year its sentence is framed in.
  { sentence: 'Last year, the Easter weekend fell on April 6-9 and brought heavy rain.', extent: 'the Easter weekend', type: 'DATE', value: '2012-W14-WE', dct: '2013-03-28' },
  { sentence: 'In 2011, Thanksgiving fell on Nov. 24.', extent: 'Thanksgiving', type: 'DATE', value: '2011-11-24', dct: '2013-03-28' },
  // Thanksgiving is the fourth Thursday of November: 1999-11-25.
  { sentence: 'Elian was found Thanksgiving Day clinging to an inner tube at sea.', extent: 'Thanksgiving Day', type: 'DATE', value: '1999-11-25' },
  { sentence: 'He was found clinging to an inner tube in the Atlantic last Thanksgiving.', extent: 'last Thanksgiving', type: 'DATE', value: '1999-11-25' },
  { sentence: 'Harkins confidently predicted victory by Christmas 1963.', extent: 'Christmas 1963', type: 'DATE', value: '1963-12-25' },
  // A year of three digits closing its clause ("on Christmas Day 800."); not a count ("Christmas 800 troops").
  { sentence: 'Charlemagne was crowned emperor by Pope Leo III on Christmas Day 800.', extent: 'Christmas Day 800', type: 'DATE', value: '0800-12-25' },
  { sentence: 'On Christmas 800 troops arrived in the city.', extent: 'Christmas', type: 'DATE', value: '2023-12-25', dct: '2024-11-20' },
  // Days of the Second World War known by their names; not an operation's own "D-Day for".
  { sentence: 'On June 6, 1944 (known as D-Day), the Western Allies invaded Normandy.', extent: 'D-Day', type: 'DATE', value: '1944-06-06' },
  { sentence: 'Crowds filled Trafalgar Square on VE Day.', extent: 'VE Day', type: 'DATE', value: '1945-05-08' },
  { sentence: 'The rising is commemorated every Easter with a parade in Dublin.', extent: 'every Easter', type: 'SET', value: 'XXXX-04-XX' },
  { sentence: 'The regiment has dined together each Christmas since 1815.', extent: 'each Christmas', type: 'SET', value: 'XXXX-12-25' },
  { sentence: 'Bush said 5,700 personnel would be home by Christmas 2007.', extent: 'Christmas 2007', type: 'DATE', value: '2007-12-25' },
  // A feast comes once a year: a past clause told weeks before it means last year's; one a few days ahead stays.
  { sentence: 'Prices rose sharply in the run-up to Christmas.', extent: 'Christmas', type: 'DATE', value: '2023-12-25', dct: '2024-11-20' },
  { sentence: 'The shop was busy over Thanksgiving.', extent: 'Thanksgiving', type: 'DATE', value: '2023-11-23', dct: '2024-11-20' },
  { sentence: 'Stores will close on Christmas Day.', extent: 'Christmas Day', type: 'DATE', value: '2024-12-25', dct: '2024-11-20' },
  // Holy Thursday is Maundy Thursday, three days before Easter; a part of Good Friday is a time of that day.
  { sentence: 'The pope will wash the feet of young inmates on Holy Thursday.', extent: 'Holy Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-27' },
  { sentence: 'On Good Friday evening, he will lead the Way of the Cross.', extent: 'Good Friday evening', type: 'TIME', value: '2013-03-29TEV', dct: '2013-03-27' },
  { sentence: 'Protesters prayed as Easter week began.', extent: 'Easter week', type: 'DATE', value: '2000-W16', dct: '2000-04-17' },
  // A feast with the year before or after the writing's.
  // A year named right before the feast ("next year for Easter") is the feast's.
  { sentence: 'She plans to return to Rome next year for Easter.', extent: 'Easter', type: 'DATE', value: '2014-04-20', dct: '2013-03-23' },
  { sentence: 'The family met last year at Thanksgiving.', extent: 'Thanksgiving', type: 'DATE', value: '2012-11-22', dct: '2013-03-23' },
  { sentence: 'She plans to return to Rome for Easter.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-23' },
  { sentence: 'I am on leave until Easter Monday next year.', extent: 'Easter Monday next year', type: 'DATE', value: '2025-04-21', dct: '2024-04-09' },
  { sentence: 'Sales were strong at Christmas last year.', extent: 'Christmas last year', type: 'DATE', value: '2023-12-25', dct: '2024-04-09' },
  // A part of the feast's day is a TIME.
  { sentence: 'Washington crossed the Delaware on Christmas night 1776.', extent: 'Christmas night 1776', type: 'TIME', value: '1776-12-25TNI' },
  { sentence: 'The service is on Easter morning.', extent: 'Easter morning', type: 'TIME', value: '2024-03-31TMO', dct: '2024-03-10' },
  { sentence: 'Lent ends on Holy Thursday evening with the Mass of the Lord\'s Supper.', extent: 'Holy Thursday evening', type: 'TIME', value: '2013-03-28TEV', dct: '2013-03-05' },
  { sentence: 'Adults will be baptized on Holy Saturday night.', extent: 'Holy Saturday night', type: 'TIME', value: '2013-03-30TNI', dct: '2013-03-05' },
  { sentence: 'The pope will lead a procession on Palm Sunday morning.', extent: 'Palm Sunday morning', type: 'TIME', value: '2013-03-24TMO', dct: '2013-03-05' },
  // The shopping days after Thanksgiving.
  { sentence: 'Retailers expect record sales over the Black Friday weekend.', extent: 'the Black Friday weekend', type: 'DATE', value: '2024-W48-WE', dct: '2024-11-20' },
  { sentence: 'Sales on Cyber Monday rose 5% last year.', extent: 'Cyber Monday', type: 'DATE', value: '2023-11-27', dct: '2024-11-20' },
  { sentence: 'Independent shops reported brisk trade on Small Business Saturday, the group said.', extent: 'Small Business Saturday', type: 'DATE', value: '2013-11-30', dct: '2013-12-03' },
  { sentence: 'Charities raised $19 million online on Giving Tuesday, organizers said.', extent: 'Giving Tuesday', type: 'DATE', value: '2013-12-03', dct: '2013-12-04' },
  { sentence: "Crowds gathered in the square on New Year's Eve.", extent: "New Year's Eve", type: 'DATE', value: '1999-12-31' },
  // The nth weekday of a month, the rule movable holidays follow, told for a day of its own.
  { sentence: 'The primary will be held on the first Tuesday in March.', extent: 'the first Tuesday in March', type: 'DATE', value: '2000-03-07' },
  { sentence: 'The clocks went back on the last Sunday of October.', extent: 'the last Sunday of October', type: 'DATE', value: '1999-10-31' },
  // Told in apposition after a date, of that date's year.
  { sentence: 'The 118th Boston Marathon will be held on April 21, 2014, the third Monday in April.', extent: 'the third Monday in April', type: 'DATE', value: '2014-04-21', dct: '2013-04-19' },
  { sentence: 'Since 1969, the third Monday in April has been a holiday.', extent: 'the third Monday in April', type: 'DATE', value: '2013-04-15', dct: '2013-04-19' },
  // A month's weekend by its rank: the weekend its Saturday opens.
  { sentence: 'The fair was held on the last weekend in September.', extent: 'the last weekend in September', type: 'DATE', value: '2013-W39-WE', dct: '2013-11-05' },
  { sentence: 'The race was run on the second weekend of June 2010.', extent: 'the second weekend of June 2010', type: 'DATE', value: '2010-W23-WE', dct: '2013-11-05' },
  { sentence: 'The race is run on the second Sunday of May 2001.', extent: 'the second Sunday of May 2001', type: 'DATE', value: '2001-05-13' },
  { sentence: 'A rally was held on the fifth Tuesday of February 2000.', extent: 'the fifth Tuesday of February 2000', type: 'DATE', value: '2000-02-29' },
  { sentence: 'The vote is on the last Friday of the month.', extent: 'the last Friday of the month', type: 'DATE', value: '2000-01-28' },
  { sentence: 'The club meets on the first Monday of each month.', extent: 'the first Monday of each month', type: 'SET', value: 'P1M' },
  { sentence: "The teachers' union conference, held over Easter, will debate the strike plans.", extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-23' },
  // Of a month counted from the writing: "of next month", "of the new year" (its January).
  { sentence: 'Schools will reopen on the first Monday of the new year.', extent: 'the first Monday of the new year', type: 'DATE', value: '2014-01-06', dct: '2013-12-20' },
  { sentence: 'The board will vote on the first Monday of next month.', extent: 'the first Monday of next month', type: 'DATE', value: '2014-01-06', dct: '2013-12-20' },
  { sentence: 'The strike began on the last Friday of last month.', extent: 'the last Friday of last month', type: 'DATE', value: '2013-02-22', dct: '2013-03-20' },
  // A holiday of the year the story is at.
  { sentence: 'The war ended with a treaty in January 1699. Its commander was executed on Christmas Day of that year.', extent: 'Christmas Day of that year', type: 'DATE', value: '1699-12-25' },
  { sentence: 'The revolt was crushed in May 1915, and Easter of the following year brought a rising.', extent: 'Easter of the following year', type: 'DATE', value: '1916-04-23' },
  // One name, several spellings.
  { sentence: "The city will hold its parade on St. Patrick's Day.", extent: "St. Patrick's Day", type: 'DATE', value: '2000-03-17' },
  { sentence: 'Pubs were full on Saint Patricks Day 1998.', extent: 'Saint Patricks Day 1998', type: 'DATE', value: '1998-03-17' },
  { sentence: 'The guns fell silent on Armistice Day 1918.', extent: 'Armistice Day 1918', type: 'DATE', value: '1918-11-11' },
  { sentence: 'Fireworks lit the sky on Bonfire Night.', extent: 'Bonfire Night', type: 'DATE', value: '1999-11-05' },
  // Movable feasts: Easter 2024 fell on March 31, so on April 4 "next Easter" is 2025's (April 20).
  { sentence: 'Churches were full on Good Friday.', extent: 'Good Friday', type: 'DATE', value: '2024-03-29', dct: '2024-04-04' },
  // A past verb right before: the last one, though the next is nearer.
  { sentence: 'Markets were closed on Good Friday.', extent: 'Good Friday', type: 'DATE', value: '2024-03-29', dct: '2025-03-14' },
  // …with the slack of any past clause: a feast days ahead is not last year's.
  { sentence: 'Shoppers face restricted hours, with larger stores closed on Easter Sunday.', extent: 'Easter Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-03-29' },
  { sentence: 'Markets were closed on Good Friday.', extent: 'Good Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-29' },
  // …and so does a verb in the future: the Easter Monday just gone is not the one the shops will reopen on.
  { sentence: 'Shops will reopen on Easter Monday.', extent: 'Easter Monday', type: 'DATE', value: '2025-04-21', dct: '2024-04-04' },
  // What was hoped or wanted by a feast is looked ahead to: the coming one, past as the hoping is.
  { sentence: 'Cardinals who arrived Thursday said they hoped for a pope by Easter.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-10' },
  { sentence: 'Cardinals said they wanted a new pope in place before Easter.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-10' },
  // …not what was done before one, nor what had been hoped.
  { sentence: 'They wanted changes, which were made before Christmas.', extent: 'Christmas', type: 'DATE', value: '2012-12-25', dct: '2013-03-10' },
  { sentence: 'Fans hoped for a win and got one before Christmas.', extent: 'Christmas', type: 'DATE', value: '2012-12-25', dct: '2013-03-10' },
  // What a deed came ahead of is still to come, past as the deed is.
  { sentence: 'Shares of turkey producers rose ahead of Thanksgiving.', extent: 'Thanksgiving', type: 'DATE', value: '2012-11-22', dct: '2012-11-10' },
  { sentence: 'The agency released the report ahead of Memorial Day.', extent: 'Memorial Day', type: 'DATE', value: '2013-05-27', dct: '2013-03-21' },
  // …though not one just gone: "ahead of Christmas", told three days after it.
  { sentence: 'Shops were busy ahead of Christmas.', extent: 'Christmas', type: 'DATE', value: '2012-12-25', dct: '2012-12-28' },
  // Looked ahead to from a month told, a movable feast is the first after that month, not the one of its year.
  { sentence: 'Officials said the outbreak, which began in November, showed no sign of slowing and that clinics would run over the Easter weekend.', extent: 'the Easter weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-03-31' },
  { sentence: 'The strike began in October. Union leaders said it would last until Good Friday.', extent: 'Good Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-21' },
  // …and one told in the past of a year told alone is still that year's.
  { sentence: 'In 2009, more than 200 people fell ill, and the clinics stayed open over the Easter weekend.', extent: 'the Easter weekend', type: 'DATE', value: '2009-W15-WE', dct: '2013-03-31' },
  // The health days the WHO and the UN keep.
  { sentence: 'Events will be held across the country to mark World AIDS Day.', extent: 'World AIDS Day', type: 'DATE', value: '2013-12-01', dct: '2013-11-25' },
  { sentence: 'The campaign was launched on World Health Day.', extent: 'World Health Day', type: 'DATE', value: '2013-04-07', dct: '2013-04-09' },
  { sentence: 'The agency released the figures ahead of World TB Day.', extent: 'World TB Day', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  // Commonwealth days, fixed ones.
  { sentence: 'The Anzac Day march will go ahead despite the rain.', extent: 'Anzac Day', type: 'DATE', value: '2013-04-25', dct: '2013-03-20' },
  { sentence: 'Crowds gathered in Sydney on Australia Day.', extent: 'Australia Day', type: 'DATE', value: '2013-01-26', dct: '2013-03-20' },
  { sentence: "The parade is held on St George's Day.", extent: "St George's Day", type: 'DATE', value: '2013-04-23', dct: '2013-03-20' },
  // A year written right after a feast, with "in", is the feast's.
  { sentence: 'The state\'s worst fires, on Ash Wednesday in February 1983, killed 75 people.', extent: 'Ash Wednesday', type: 'DATE', value: '1983-02-16', dct: '1998-12-31' },
  { sentence: 'British and German soldiers played football on Christmas Day in 1914.', extent: 'Christmas Day', type: 'DATE', value: '1914-12-25', dct: '2014-12-20' },
  // British and Irish feasts: Scotland's New Year's Eve and Burns Night, Ireland's St Stephen's Day, the feasts of Lent.
  { sentence: 'Edinburgh expects 80,000 revellers at its street party on Hogmanay.', extent: 'Hogmanay', type: 'DATE', value: '2013-12-31', dct: '2013-12-28' },
  { sentence: 'The poet will be toasted at suppers across Scotland on Burns Night.', extent: 'Burns Night', type: 'DATE', value: '2014-01-25', dct: '2014-01-20' },
  { sentence: "Sales on St Stephen's Day were up 4% on last year, retailers said.", extent: "St Stephen's Day", type: 'DATE', value: '2013-12-26', dct: '2013-12-28' },
  { sentence: 'Florists reported brisk trade before Mothering Sunday.', extent: 'Mothering Sunday', type: 'DATE', value: '2013-03-10', dct: '2013-03-12' },
  { sentence: 'The Queen laid a wreath at the Cenotaph on Remembrance Sunday.', extent: 'Remembrance Sunday', type: 'DATE', value: '2012-11-11', dct: '2013-03-12' },
  { sentence: 'Runners tossed pancakes in the street on Shrove Tuesday.', extent: 'Shrove Tuesday', type: 'DATE', value: '2013-02-12', dct: '2013-03-12' },
  // The Monday bank holidays of May and August, by the year the tense chooses.
  { sentence: 'The shop will be closed over the May bank holiday.', extent: 'May bank holiday', type: 'DATE', value: '2013-05-06', dct: '2013-03-20' },
  { sentence: 'Traffic was heavy over the August bank holiday.', extent: 'August bank holiday', type: 'DATE', value: '2012-08-27', dct: '2013-03-20' },
  { sentence: 'The line closes for the spring bank holiday.', extent: 'spring bank holiday', type: 'DATE', value: '2013-05-27', dct: '2013-03-20' },
  // With "weekend" after it, the weekend that Monday closes, as a feast's weekend is.
  { sentence: 'Engineering works will close the line over the August bank holiday weekend.', extent: 'the August bank holiday weekend', type: 'DATE', value: '2013-W34-WE', dct: '2013-03-18' },
  { sentence: 'Motorists faced long queues over the May bank holiday weekend.', extent: 'the May bank holiday weekend', type: 'DATE', value: '2012-W18-WE', dct: '2013-03-18' },
  // The telling that closes a sentence is not the tense of what it tells: the Easter ahead is the nearest.
  { sentence: 'Rail passengers face a fortnight of disruption over the Easter bank holiday, Network Rail has said.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-14' },
  { sentence: 'Shoppers face long queues over Easter, retailers said in a statement.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-14' },
  { sentence: 'The pope will celebrate Mass on Palm Sunday.', extent: 'Palm Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  { sentence: 'Lent began on Ash Wednesday.', extent: 'Ash Wednesday', type: 'DATE', value: '2013-02-13', dct: '2013-03-21' },
  { sentence: 'Pentecost 2020 fell on the last day of May.', extent: 'Pentecost 2020', type: 'DATE', value: '2020-05-31' },
  { sentence: 'Easter Monday traffic was heavy on the coast roads.', extent: 'Easter Monday', type: 'DATE', value: '2024-04-01', dct: '2024-04-04' },
  { sentence: 'The family will return next Easter.', extent: 'next Easter', type: 'DATE', value: '2025-04-20', dct: '2024-04-04' },
  // Told on the feast itself, "last" and "next" name the years' either side; "this", the day itself.
  { sentence: 'Last Easter, the church was packed despite the rain.', extent: 'Last Easter', type: 'DATE', value: '2012-04-08', dct: '2013-03-31' },
  { sentence: 'Last Christmas, floods cut off hundreds of homes.', extent: 'Last Christmas', type: 'DATE', value: '2012-12-25', dct: '2013-12-25' },
  { sentence: 'The family hopes to be home by next Christmas.', extent: 'next Christmas', type: 'DATE', value: '2014-12-25', dct: '2013-12-25' },
  { sentence: 'This Easter the church was packed despite the rain.', extent: 'This Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-31' },
  // Told days after the feast, "this" names the one just gone, not the one of the new year; ahead, the coming one.
  { sentence: 'Mass attendance rose this Christmas compared with last.', extent: 'this Christmas', type: 'DATE', value: '2013-12-25', dct: '2014-01-02' },
  { sentence: 'This Christmas will be different, the bishop said.', extent: 'This Christmas', type: 'DATE', value: '2014-12-25', dct: '2014-01-02' },
  { sentence: 'Retailers saw weak sales this Thanksgiving.', extent: 'this Thanksgiving', type: 'DATE', value: '2013-11-28', dct: '2013-01-10' },
  { sentence: 'The rebels rose at Easter 1916 in Dublin.', extent: 'Easter 1916', type: 'DATE', value: '1916-04-23' },
  { sentence: 'Earlier Sunday, protesters prayed as Easter week began.', extent: 'Easter week', type: 'DATE', value: '2000-W16', dct: '2000-04-20' },
  { sentence: 'Shops were busy during Christmas week.', extent: 'Christmas week', type: 'DATE', value: '2013-W52', dct: '2014-01-10' },
  { sentence: 'The church was packed in Christmas week 2012.', extent: 'Christmas week 2012', type: 'DATE', value: '2012-W52', dct: '2014-01-10' },
  // US holidays: the last Monday of May, the first Monday of September.
  { sentence: 'Parades were held on Memorial Day.', extent: 'Memorial Day', type: 'DATE', value: '1999-05-31' },
  { sentence: 'The strike began on Labor Day 2019.', extent: 'Labor Day 2019', type: 'DATE', value: '2019-09-02' },
  { sentence: 'The sales start on Boxing Day.', extent: 'Boxing Day', type: 'DATE', value: '1999-12-26' },
  { sentence: 'Voters go to the polls on Election Day.', extent: 'Election Day', type: 'DATE', value: '1998-11-03', dct: '1998-10-25' },
  { sentence: 'The House will not take it up before the Presidents Day recess.', extent: 'Presidents Day', type: 'DATE', value: '2024-02-19', dct: '2024-02-14' },
  { sentence: 'Martin Luther King Jr. Day 2024 was the coldest in years.', extent: 'Martin Luther King Jr. Day 2024', type: 'DATE', value: '2024-01-15' },
  // A headline that ends on the day: the capital after it opens the next line.
  { sentence: "Powerful earthquake strikes central Japan on New Year's Day\nTOKYO (AP) -- A powerful earthquake struck central Japan on Monday.", extent: "New Year's Day", type: 'DATE', value: '2024-01-01', dct: '2024-01-01' },
  { sentence: 'Storm leaves thousands without power on Christmas Eve\nBy Mark Jones\nHeavy winds battered the coast.', extent: 'Christmas Eve', type: 'DATE', value: '2013-12-24', dct: '2013-12-26' },
  // "Lent" with a capital is the season, no past of "lend": the clause around it keeps its own tense.
  { sentence: 'Lent runs for 40 days, not counting Sundays, until Holy Thursday, March 28.', extent: 'Holy Thursday, March 28', type: 'DATE', value: '2024-03-28', dct: '2024-02-14' },
  { sentence: 'Orthodox Christians begin Great Lent on March 18, and celebrate Easter on May 5.', extent: 'March 18', type: 'DATE', value: '2024-03-18', dct: '2024-02-14' },
  { sentence: 'During Lent the parish holds a fish fry on Friday.', extent: 'Friday', type: 'DATE', value: '2024-02-16', dct: '2024-02-14' },
  // …while the verb still tells a past deed.
  { sentence: 'The bank lent the diocese $2 million on Monday.', extent: 'Monday', type: 'DATE', value: '2024-02-12', dct: '2024-02-14' },
  // More feasts counted from Easter, named for their weekday: the feast, not the bare weekday.
  { sentence: 'The pope will baptize four adults on Holy Saturday.', extent: 'Holy Saturday', type: 'DATE', value: '2013-03-30', dct: '2013-03-21' },
  { sentence: 'He will be canonized on Divine Mercy Sunday.', extent: 'Divine Mercy Sunday', type: 'DATE', value: '2014-04-27', dct: '2014-01-10' },
  { sentence: 'Carnival ends on Fat Tuesday.', extent: 'Fat Tuesday', type: 'DATE', value: '2014-03-04', dct: '2014-01-10' },
  { sentence: 'Revelers celebrated Mardi Gras in New Orleans last month.', extent: 'Mardi Gras', type: 'DATE', value: '2013-02-12', dct: '2013-03-21' },
  { sentence: 'Banks will be closed on Ascension Day.', extent: 'Ascension Day', type: 'DATE', value: '2013-05-09', dct: '2013-03-21' },
  { sentence: 'Shops will stay shut on Whit Monday.', extent: 'Whit Monday', type: 'DATE', value: '2013-05-20', dct: '2013-03-21' },
  { sentence: 'Pilgrims will gather on Pentecost Sunday.', extent: 'Pentecost Sunday', type: 'DATE', value: '2013-05-19', dct: '2013-03-21' },
  { sentence: 'Candles will be lit on All Souls\' Day.', extent: "All Souls' Day", type: 'DATE', value: '2013-11-02', dct: '2013-03-21' },
  // The Sundays the church counts through Advent, Lent and Easter are days of their own, not the nearest Sunday.
  { sentence: 'Parishes will light the first candle on the first Sunday of Advent.', extent: 'the first Sunday of Advent', type: 'DATE', value: '2013-12-01', dct: '2013-11-20' },
  { sentence: 'The fourth Sunday of Advent falls on Dec. 22 this year.', extent: 'The fourth Sunday of Advent', type: 'DATE', value: '2013-12-22', dct: '2013-11-20' },
  { sentence: 'The bishop will visit on the fourth Sunday of Lent.', extent: 'the fourth Sunday of Lent', type: 'DATE', value: '2014-03-30', dct: '2014-01-10' },
  { sentence: 'He was ordained on the second Sunday of Easter.', extent: 'the second Sunday of Easter', type: 'DATE', value: '2013-04-07', dct: '2013-11-20' },
  // The Epiphany (January 6) and St. Joseph's Day (March 19), fixed feasts; not an epiphany had.
  { sentence: 'The pope will mark the feast of the Epiphany on Sunday.', extent: 'Epiphany', type: 'DATE', value: '2013-01-06', dct: '2013-01-03' },
  { sentence: 'Children receive gifts on the Epiphany.', extent: 'Epiphany', type: 'DATE', value: '2013-01-06', dct: '2013-01-03' },
  { sentence: "The pope will be installed on St. Joseph's Day.", extent: "St. Joseph's Day", type: 'DATE', value: '2013-03-19', dct: '2013-03-14' },
  // Before the calendar reform of 1582, Easter was reckoned by the Julian calendar, as histories date it.
  { sentence: 'The armies met at Towton on Palm Sunday 1461, in a snowstorm.', extent: 'Palm Sunday 1461', type: 'DATE', value: '1461-03-29', dct: '2009-07-02' },
  { sentence: 'Dante set his journey at Easter 1300.', extent: 'Easter 1300', type: 'DATE', value: '1300-04-10', dct: '2009-07-02' },
  // A feast named for its day of the week with its date written after it, day first, is one date too.
  { sentence: 'The armies met at Towton on Palm Sunday, 29 March 1461, in a snowstorm.', extent: 'Palm Sunday, 29 March 1461', type: 'DATE', value: '1461-03-29', dct: '2009-07-02' },
  { sentence: 'Cortés sailed from Cuba in February 1519. On Good Friday, 22 April, he landed near Veracruz.', extent: 'Good Friday, 22 April', type: 'DATE', value: '1519-04-22', dct: '2009-07-02' },
  // From 1583 on, the Gregorian one.
  { sentence: 'The rising began on Easter Monday 1916.', extent: 'Easter Monday 1916', type: 'DATE', value: '1916-04-24', dct: '2009-07-02' },
  // The Orthodox Easter of the Julian calendar and its Christmas, January 7.
  { sentence: 'Orthodox Easter falls on May 5 this year.', extent: 'Orthodox Easter', type: 'DATE', value: '2013-05-05', dct: '2013-03-21' },
  { sentence: 'Greeks will celebrate Orthodox Easter next month.', extent: 'Orthodox Easter', type: 'DATE', value: '2024-05-05', dct: '2024-04-04' },
  { sentence: 'Churches were full for Orthodox Easter 2023.', extent: 'Orthodox Easter 2023', type: 'DATE', value: '2023-04-16' },
  { sentence: 'Russians celebrated Orthodox Christmas on Monday.', extent: 'Orthodox Christmas', type: 'DATE', value: '2013-01-07', dct: '2013-01-08' },
  // The feasts of the Hebrew, Islamic and Chinese calendars, each on its first day, read from the platform's calendars.
  { sentence: "Obama's visit ends just before Passover.", extent: 'Passover', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: 'Millions traveled home for Chinese New Year last month.', extent: 'Chinese New Year', type: 'DATE', value: '2013-02-10', dct: '2013-03-21' },
  { sentence: 'The blast happened on Lunar New Year\'s Eve, as families sat down to dinner.', extent: "Lunar New Year's Eve", type: 'DATE', value: '2013-02-09', dct: '2013-03-21' },
  { sentence: 'Fireworks lit up Beijing on Chinese New Year’s Eve.', extent: 'Chinese New Year’s Eve', type: 'DATE', value: '2014-01-30', dct: '2014-02-03' },
  { sentence: 'Muslims will celebrate Eid al-Fitr in August.', extent: 'Eid al-Fitr', type: 'DATE', value: '2013-08-08', dct: '2013-03-21' },
  { sentence: 'Eid al-Adha 2012 fell in late October.', extent: 'Eid al-Adha 2012', type: 'DATE', value: '2012-10-26', dct: '2013-03-21' },
  { sentence: 'Israel was attacked on Yom Kippur in 1973.', extent: 'Yom Kippur', type: 'DATE', value: '1973-10-06', dct: '2013-03-21' },
  { sentence: 'Rosh Hashanah begins next week.', extent: 'Rosh Hashanah', type: 'DATE', value: '2013-09-05', dct: '2013-08-29' },
  { sentence: 'Stores were busy before Hanukkah.', extent: 'Hanukkah', type: 'DATE', value: '2012-12-09', dct: '2013-01-10' },
  // A feast before "Mass" names the day of the service, and a clock after it is that day's.
  { sentence: "Pope Francis will celebrate Christmas Eve Mass in St. Peter's Basilica at 9:30 p.m.", extent: 'Christmas Eve', type: 'DATE', value: '2018-12-24', dct: '2018-12-24' },
  { sentence: "Pope Francis will celebrate Christmas Eve Mass in St. Peter's Basilica at 9:30 p.m.", extent: '9:30 p.m.', type: 'TIME', value: '2018-12-24T21:30', dct: '2018-12-20' },
  { sentence: 'The Easter Mass came at the end of his first Holy Week as pope.', extent: 'Easter', type: 'DATE', value: '2013-03-31', dct: '2013-03-31' },
  { sentence: 'Thousands attended the Good Friday Masses across the city.', extent: 'Good Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-31' },
];

/** Names of other things: an island, a custom, a rising. */
const NOT_A_DAY = [
  'Easter Island lies far out in the Pacific.',
  'Refugees on Christmas Island rioted.',
  'The children hid Easter eggs in the garden.',
  // Independence Day falls on a different day in every country.
  'Crowds celebrated Independence Day in New Delhi.',
  // The organisation, not its day; a day's committee is no day either.
  'The World Health Organization issued new guidance.',
  'The World AIDS Day Committee met in London.',
  // A capital word after the feast still makes a name.
  'The Easter Rising was put down by British troops.',
  'The Yom Kippur War began with a surprise attack.',
  'Tourists flew to Christmas Island for the eclipse.',
  'Mardi Gras parades drew big crowds.',
  'He had an epiphany, and Epiphany came slowly to others.',
];

describe('holidays', () => {
  it.each(NOT_A_DAY)('finds no date in %s', (sentence) => expect(tagTimexes(sentence, { dct: DCT })).toEqual([]));
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
