import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '2009-12-19';

const cases: readonly Case[] = [
  { sentence: 'Throughout 1915-17, the British Empire suffered heavy casualties.', extent: '17', type: 'DATE', value: '1917' },
  { sentence: 'Throughout 1915-17, the British Empire suffered heavy casualties.', extent: '1915', type: 'DATE', value: '1915' },
  { sentence: 'Profit rose in the financial year 2023/24.', extent: '2023', type: 'DATE', value: '2023' },
  { sentence: 'Profit rose in the financial year 2023/24.', extent: '24', type: 'DATE', value: '2024' },
  { sentence: 'The Battle of Mojkovac in 6-7 January 1916 covered the retreat.', extent: '6', type: 'DATE', value: '1916-01-06' },
  { sentence: 'The Battle of Mojkovac in 6-7 January 1916 covered the retreat.', extent: '7 January 1916', type: 'DATE', value: '1916-01-07' },
  // Without a year both days are of one year, the one the words before the range point to.
  { sentence: 'Talks were held on 6-7 January.', extent: '6', type: 'DATE', value: '1998-01-06', dct: '1998-10-23' },
  // A span told in the past across the turn of a year, whose end has come, has gone by: its start is a year back.
  { sentence: 'Agents in the San Diego sector made about 183,000 arrests between Oct. 1 and June 30, the Border Patrol said.', extent: 'Oct. 1', type: 'DATE', value: '1997-10-01', dct: '1998-07-11' },
  { sentence: 'Agents in the San Diego sector made about 183,000 arrests between Oct. 1 and June 30, the Border Patrol said.', extent: 'June 30', type: 'DATE', value: '1998-06-30', dct: '1998-07-11' },
  { sentence: 'The agency approved 41,000 petitions from Sept. 1 to May 31.', extent: 'Sept. 1', type: 'DATE', value: '2012-09-01', dct: '2013-07-20' },
  // Not one told ahead.
  { sentence: 'Agents will be deployed between Oct. 1 and June 30.', extent: 'Oct. 1', type: 'DATE', value: '1998-10-01', dct: '1998-07-11' },
  { sentence: 'He said the office would be closed from Sept. 1 to Jan. 5.', extent: 'Sept. 1', type: 'DATE', value: '1998-09-01', dct: '1998-07-11' },
  // A span's end month with no year of its own does not come before its start.
  { sentence: 'Employees could be furloughed for up to 22 days between late April and the end of September.', extent: 'the end of September', type: 'DATE', value: '2013-09', dct: '2013-03-04' },
  { sentence: 'Workers could be laid off from late April to the end of October.', extent: 'the end of October', type: 'DATE', value: '2013-10', dct: '2013-03-04' },
  // Days listed after a month's first day are each of that month; a count after a date is not.
  { sentence: 'Further strikes are planned on April 2, 4 and 9.', extent: '4', type: 'DATE', value: '2013-04-04', dct: '2013-03-20' },
  { sentence: 'Further strikes are planned on April 2, 4 and 9.', extent: '9', type: 'DATE', value: '2013-04-09', dct: '2013-03-20' },
  // Days listed before the month, as British papers write them: each is of the month (and year) written last.
  { sentence: 'Teachers will walk out on 4, 11 and 18 April, the union said.', extent: '4', type: 'DATE', value: '2013-04-04', dct: '2013-03-20' },
  { sentence: 'Teachers will walk out on 4, 11 and 18 April, the union said.', extent: '11', type: 'DATE', value: '2013-04-11', dct: '2013-03-20' },
  { sentence: 'Games on the 2nd, 9th, 16th and 23rd of May 2012 drew record crowds.', extent: '9th', type: 'DATE', value: '2012-05-09', dct: '2013-03-20' },
  // A year after the last day of a list is every day's, the first's too.
  { sentence: 'Talks were held on Feb. 3, 4 and 5, 2025.', extent: 'Feb. 3', type: 'DATE', value: '2025-02-03', dct: '2026-04-04' },
  { sentence: 'Talks were held on Feb. 3, 4 and 5, 2025.', extent: '4', type: 'DATE', value: '2025-02-04', dct: '2026-04-04' },
  { sentence: 'Talks were held on Feb. 3, 4 and 5, 2025.', extent: '5, 2025', type: 'DATE', value: '2025-02-05', dct: '2026-04-04' },
  { sentence: 'Walkouts took place on March 5, 12, 19 and 26, disrupting services.', extent: '19', type: 'DATE', value: '2013-03-19', dct: '2013-03-27' },
  // Ordinal days share the month too.
  { sentence: 'Go-live moved from 3rd to 10th Feb.', extent: '3rd', type: 'DATE', value: '2025-02-03', dct: '2025-01-15' },
  // Listings write a weekday before each day: "Fri 14 – Sun 16 June".
  { sentence: 'Fri 14 – Sun 16 June: The Riverside Folk Festival returns.', extent: 'Fri 14', type: 'DATE', value: '2024-06-14', dct: '2024-06-10' },
  { sentence: 'The festival runs from Friday 14th to Sunday 16th June.', extent: 'Friday 14th', type: 'DATE', value: '2024-06-14', dct: '2024-06-10' },
  { sentence: 'Between the 3rd and the 10th of February, roads close.', extent: 'the 3rd', type: 'DATE', value: '2025-02-03', dct: '2025-01-15' },
  { sentence: 'Talks were held on 6-7 January.', extent: '7 January', type: 'DATE', value: '1998-01-07', dct: '1998-10-23' },
  { sentence: 'The offsite is on 22-23 May.', extent: '22', type: 'DATE', value: '1999-05-22', dct: '1998-10-23' },
  { sentence: 'The offsite is on 22-23 May.', extent: '23 May', type: 'DATE', value: '1999-05-23', dct: '1998-10-23' },
  { sentence: 'The festival runs 23-28 March.', extent: '23', type: 'DATE', value: '1999-03-23', dct: '1998-10-23' },
  { sentence: 'The Battle of Old Baldy (26 June - 4 August 1952) was costly.', extent: '26 June', type: 'DATE', value: '1952-06-26' },
  // Ordinal days: "May 6 and 7th", "May 3rd to 5th, 1953".
  { sentence: 'The battle lasted two days, May 6 and 7th, during which the French fought on.', extent: '7th', type: 'DATE', value: '1954-05-07', dct: '1954-05-20' },
  { sentence: 'Votes were counted from May 3rd to 5th, 1953, in every district.', extent: 'May 3rd', type: 'DATE', value: '1953-05-03', dct: '1954-05-20' },
  // The second day of a month without a year is of the first day's year, whichever the tense makes that.
  { sentence: 'The festival will run from March 1 to 3.', extent: '3', type: 'DATE', value: '2025-03-03', dct: '2024-04-04' },
  { sentence: 'Early voting runs Oct. 21 through Nov. 2.', extent: 'Oct. 21', type: 'DATE', value: '2024-10-21', dct: '2024-04-04' },
  { sentence: 'In 1990-94, North Korea returned remains.', extent: '94', type: 'DATE', value: '1994' },
  // A span of full years: the second year is its own timex and does not move the narrative on.
  { sentence: 'Diem era, 1955-1963 The Geneva Accords were concluded between France and the Viet Minh.', extent: '1963', type: 'DATE', value: '1963' },
  { sentence: 'The Directory (1795-1799) The new constitution created the Directoire.', extent: '1799', type: 'DATE', value: '1799' },
  { sentence: 'Through 1972, 1973 and 1974 the North prepared an invasion, projected for the 1975-1976 dry season. On 11 March the town fell.', extent: '11 March', type: 'DATE', value: '1975-03-11' },
  // BC spans count down: the first year takes the era written after the second.
  { sentence: 'Ionian Revolt (499-493 BC) The Ionian Revolt spread.', extent: '499', type: 'DATE', value: 'BC0499' },
  { sentence: 'First Punic War (264 to 241 BC) The war was fought at sea.', extent: '264', type: 'DATE', value: 'BC0264' },
  { sentence: 'The pyramid was built between 2600 and 2500 BC by farmers.', extent: '2600', type: 'DATE', value: 'BC2600' },
  // Coordinated months and days share the year written after the second.
  { sentence: 'Russia was driven back at Tannenberg and the Masurian Lakes in August and September 1914.', extent: 'August', type: 'DATE', value: '1914-08' },
  // …and so do the months of a longer list, a year back where the list crosses one.
  { sentence: 'The plant shut in May, June, July and August 2019.', extent: 'May', type: 'DATE', value: '2019-05', dct: '2026-04-04' },
  { sentence: 'The plant shut in May, June, July and August 2019.', extent: 'June', type: 'DATE', value: '2019-06', dct: '2026-04-04' },
  { sentence: 'In November, December and January 2021 sales fell.', extent: 'November', type: 'DATE', value: '2020-11', dct: '2026-04-04' },
  { sentence: 'In Oct., Nov. and Dec. 2020, prices rose.', extent: 'Oct.', type: 'DATE', value: '2020-10', dct: '2026-04-04' },
  { sentence: 'The draft was moved from March to June in 2010 and held over three days for the first time.', extent: 'March', type: 'DATE', value: '2010-03', dct: '2013-04-24' },
  { sentence: 'German casualties between March and April 1918 were 270,000.', extent: 'March', type: 'DATE', value: '1918-03' },
  { sentence: 'Principal photography lasted 14 weeks, from late August to early December of 2011.', extent: 'late August', type: 'DATE', value: '2011-08', mod: 'END', dct: '2013-03-15' },
  { sentence: 'The museum was closed from November to February of 2012 for repairs.', extent: 'November', type: 'DATE', value: '2011-11', dct: '2013-03-15' },
  { sentence: 'Attacks on 15 and 22 February 1984 were repulsed.', extent: '15', type: 'DATE', value: '1984-02-15' },
  // …and the year counted from the writing after the second.
  { sentence: 'The national league will pause for the World Cup in June and July next year.', extent: 'June', type: 'DATE', value: '2014-06', dct: '2013-02-14' },
  { sentence: 'Figures for November and December last year show a sharp fall in mining exports.', extent: 'November', type: 'DATE', value: '2012-11', dct: '2013-03-21' },
  { sentence: 'Fares will rise between December and January next year.', extent: 'December', type: 'DATE', value: '2013-12', dct: '2013-03-21' },
  // A month of another sentence keeps its own year.
  { sentence: 'The vote was held in June. The run-off was moved to July next year.', extent: 'June', type: 'DATE', value: '2012-06', dct: '2013-02-14' },
  // The first date of a range takes the year written after the second, not the document's.
  { sentence: 'The festival ran May 3–5, 2019 in Austin.', extent: 'May 3', type: 'DATE', value: '2019-05-03' },
  { sentence: 'The festival ran May 3–5, 2019 in Austin.', extent: '5, 2019', type: 'DATE', value: '2019-05-05' },
  // So does a year counted from the writing, which keeps its own timex.
  { sentence: 'The festival returns Jan. 16-26 next year.', extent: 'Jan. 16', type: 'DATE', value: '2014-01-16', dct: '2013-01-28' },
  { sentence: 'The festival returns Jan. 16-26 next year.', extent: '26', type: 'DATE', value: '2014-01-26', dct: '2013-01-28' },
  { sentence: 'The festival returns Jan. 16-26 next year.', extent: 'next year', type: 'DATE', value: '2014', dct: '2013-01-28' },
  { sentence: 'The event ran March 12-14 last year.', extent: 'March 12', type: 'DATE', value: '2012-03-12', dct: '2013-01-28' },
  { sentence: 'It was held March 30 - April 2, 2019, in Lyon.', extent: 'March 30', type: 'DATE', value: '2019-03-30' },
  { sentence: 'The talks lasted from May 3 to May 5, 2019.', extent: 'May 3', type: 'DATE', value: '2019-05-03' },
  { sentence: 'Markets were closed December 28 - January 3, 2020.', extent: 'December 28', type: 'DATE', value: '2019-12-28' },
  { sentence: 'On Friday, Oct. 23 to Oct. 25, 1998, they met.', extent: 'Friday, Oct. 23', type: 'DATE', value: '1998-10-23' },
];

describe('ranges tag both ends', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
