import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

/** A Friday. */
const DCT = '1998-10-23';

const cases: readonly Case[] = [
  // A clock time of a weekday no one can place ("on a Sunday") has no known day either, not the day of writing.
  { sentence: 'The blaze broke out shortly before 4 a.m. on a Sunday in February 1987, killing a mother and her two sons.', extent: '4 a.m.', type: 'TIME', value: 'XXXX-WXX-7T04:00', dct: '2013-03-24' },
  { sentence: 'The call came at 2:14 on a Sunday morning in June 1986.', extent: '2:14', type: 'TIME', value: 'XXXX-WXX-7T02:14', dct: '2013-03-24' },
  { sentence: 'The phone rang at 11:40 p.m. on a Friday night in 1979.', extent: '11:40 p.m.', type: 'TIME', value: 'XXXX-WXX-5T23:40', dct: '2013-03-24' },
  // A time of day told in the past right after a month years gone, with no day told yet, is of a day of that month.
  { sentence: 'The fire broke out on a summer night in June 1986. By dawn, the barn was gone.', extent: 'dawn', type: 'TIME', value: '1986-06-XXTMO', dct: '2013-03-24' },
  { sentence: 'The first shells fell in April 1992. At midnight, the power went out across the city.', extent: 'midnight', type: 'TIME', value: '1992-04-XXT24:00', dct: '2013-03-24' },
  // …not after a month of the writing's year, nor told ahead.
  { sentence: 'Sales fell in January. Police raided the offices at dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-24TMO', dct: '2013-03-24' },
  { sentence: 'The fire broke out in June 1986. The family will gather at the site at dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-24TMO', dct: '2013-03-24' },
  // …while a clock on a day told is of that day.
  { sentence: 'The call came at 2:14 a.m. on Sunday morning.', extent: '2:14 a.m.', type: 'TIME', value: '2013-03-24T02:14', dct: '2013-03-24' },
  { sentence: 'The attack happened at about 10 p.m. on a Friday, police said.', extent: 'about 10 p.m.', type: 'TIME', value: 'XXXX-WXX-5T22:00', dct: '2013-03-21' },
  { sentence: 'The fire broke out at 4 a.m. on Sunday, police said.', extent: '4 a.m.', type: 'TIME', value: '2013-03-17T04:00', dct: '2013-03-21' },
  // So is a part of a day told as "the Monday morning after".
  { sentence: 'She was abducted in late January. She escaped on the Monday morning after her captor fell asleep.', extent: 'Monday morning', type: 'TIME', value: 'XXXX-WXX-1TMO', dct: '2013-03-04' },
  { sentence: 'The fire started on Friday, March 1. Firefighters left on the Sunday evening after the blaze.', extent: 'Sunday evening', type: 'TIME', value: '2013-03-03TEV', dct: '2013-03-21' },
  // A clock in the small hours told with a night is past that night's midnight: on the day after the night's.
  // A weekday restated with the GMT clock is the GMT clock's: the local day is the one the hours between put it on.
  { sentence: 'Networks called the race at about 11:15 p.m. EST (0415 GMT Wednesday), after Obama carried Ohio.', extent: 'about 11:15 p.m. EST', type: 'TIME', value: '2012-11-06T23:15', dct: '2012-11-07' },
  { sentence: 'The talks ended at 9 a.m. (2300 GMT Monday) in Tokyo.', extent: '9 a.m.', type: 'TIME', value: '2012-11-06T09:00', dct: '2012-11-07' },
  { sentence: 'The quake struck at 10:30 a.m. (0330 GMT Tuesday).', extent: '10:30 a.m.', type: 'TIME', value: '2012-11-06T10:30', dct: '2012-11-07' },
  // In a story of the day before its date, a day told as background more than a week back does not hold a clock time.
  { sentence: 'South Sudan and the rebels signed a ceasefire on Thursday. The conflict erupted on December 15. The deal was signed at around 7:30 pm local time.', extent: 'around 7:30 pm', type: 'TIME', value: '2014-01-23T19:30', mod: 'APPROX', dct: '2014-01-24' },
  { sentence: 'Nigeria declared a state of emergency Tuesday night. Fighting in Baga on April 16 left 187 dead. The address aired at 8:30 p.m.', extent: '8:30 p.m.', type: 'TIME', value: '2013-05-14T20:30', dct: '2013-05-15' },
  // A clock time is of the day its story was told at, not of a day that names a thing in passing ("a Nov. 21 ceasefire").
  { sentence: 'Two rockets fired from Gaza hit southern Israel early Thursday, the first since a Nov. 21 ceasefire. An Israeli official said the rockets were fired at about 7 a.m.', extent: 'about 7 a.m.', type: 'TIME', value: '2013-03-14T07:00', mod: 'APPROX', dct: '2013-03-20' },
  // A night of a told day still to come is that day's own.
  { sentence: 'The vote is on Sunday. Preliminary results are expected overnight.', extent: 'overnight', type: 'TIME', value: '2014-03-16TNI', dct: '2014-03-14' },
  { sentence: 'Police were called last night at 1:30 a.m. to a house on Elm Street.', extent: '1:30 a.m.', type: 'TIME', value: '2024-04-04T01:30', dct: '2024-04-04' },
  // So is an end in the small hours, when the last day told was its night or evening; not a deed at that hour.
  { sentence: '"Argo" won best picture on Sunday night. Ang Lee won best director in January. The ceremony ran three hours and 35 minutes, ending just after 12:10 a.m. EST.', extent: '12:10 a.m. EST', type: 'TIME', value: '2013-02-25T00:10', dct: '2013-02-25' },
  // So does a small hour or a dawn something ran until after an evening's clock time or a night.
  { sentence: 'The raids began shortly after 10 p.m. Wednesday and continued until 4 a.m.', extent: '4 a.m.', type: 'TIME', value: '2013-03-21T04:00', dct: '2013-03-21' },
  { sentence: 'Activists said the raids began shortly after 10 p.m. Wednesday and continued until before dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-21TMO', dct: '2013-03-21' },
  { sentence: 'Artillery pounded the town through Wednesday night until dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-21TMO', dct: '2013-03-21' },
  { sentence: 'The raids began late Wednesday and continued until dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-21TMO', dct: '2013-03-21' },
  { sentence: 'Early Wednesday, the raids began and lasted until dawn.', extent: 'dawn', type: 'TIME', value: '2013-03-20TMO', dct: '2013-03-21' },
  // Not a dawn of its own day, nor one after a clock time of the afternoon.
  { sentence: 'Residents fled at dawn on Wednesday.', extent: 'dawn', type: 'TIME', value: '2013-03-20TMO', dct: '2013-03-21' },
  { sentence: 'The shelling began at 3 p.m. Wednesday and went on until dusk.', extent: 'dusk', type: 'TIME', value: '2013-03-20TEV', dct: '2013-03-21' },
  { sentence: 'The game on Friday evening went into overtime, ending at 12:15 a.m.', extent: '12:15 a.m.', type: 'TIME', value: '2013-03-09T00:15', dct: '2013-03-11' },
  // A bare hour soon after an afternoon's or evening's clock in its sentence is in that half of the day too…
  { sentence: 'Police said they received the call at 4:52 p.m. and arrived at 4:58.', extent: '4:58', type: 'TIME', value: '2013-03-21T16:58', dct: '2013-03-21' },
  { sentence: 'The first shot was fired at 9:41 p.m. and the last at 10:02, police said.', extent: '10:02', type: 'TIME', value: '2013-03-21T22:02', dct: '2013-03-21' },
  { sentence: 'The first 911 calls came in at 10:07 p.m. Saturday; by 10:30 the building was engulfed.', extent: '10:30', type: 'TIME', value: '2013-03-16T22:30', dct: '2013-03-17' },
  // …not one after a morning's clock, one many hours on, nor one with a morning of its own.
  { sentence: 'Doors opened at 7:30 a.m. and the first customer arrived at 7:45.', extent: '7:45', type: 'TIME', value: '2013-03-21T07:45', dct: '2013-03-21' },
  { sentence: 'He left at 1:15 p.m. and came back at 10:30.', extent: '10:30', type: 'TIME', value: '2013-03-21T10:30', dct: '2013-03-21' },
  { sentence: 'He left at 8:15 p.m. and returned at 10:30 the next morning.', extent: '10:30', type: 'TIME', value: '2013-03-22T10:30', dct: '2013-03-21' },
  // A night with its day written right after it is that day's night.
  { sentence: 'Investigators worked late into the night Thursday at the base.', extent: 'the night', type: 'TIME', value: '2009-11-05TNI', dct: '2009-11-07' },
  { sentence: 'Talks went on through the night on Friday, officials said.', extent: 'the night', type: 'TIME', value: '2009-11-06TNI', dct: '2009-11-07' },
  { sentence: 'The shooting was on Thursday. The party lasted into the night. Friday was quiet.', extent: 'the night', type: 'TIME', value: '2009-11-05TNI', dct: '2009-11-07' },
  // A part of a day named from now inside a quote is named from the day its attribution gives…
  { sentence: '"We expect to reopen the road by tomorrow morning," a spokesman said Tuesday.', extent: 'tomorrow morning', type: 'TIME', value: '2013-03-20TMO', dct: '2013-03-21' },
  { sentence: '"Last night was the worst night of my life," she said Wednesday.', extent: 'Last night', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-21' },
  { sentence: 'An evacuee told reporters on Tuesday: "Tonight we will sleep in the gym."', extent: 'Tonight', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-21' },
  // …and from the writing's day when the attribution names none.
  { sentence: '"Last night was awful," she said.', extent: 'Last night', type: 'TIME', value: '2013-03-20TNI', dct: '2013-03-21' },
  // So is a clock in the small hours in the sentence after a night told of its day…
  { sentence: 'The fire broke out on Sunday night. Firefighters brought it under control at 3 a.m.', extent: '3 a.m.', type: 'TIME', value: '2013-03-18T03:00', dct: '2013-03-18' },
  // …and so is one in the night's own sentence, after what went on through the night "before" or "until" it.
  { sentence: 'Delegates worked through Saturday night before the final session began at about 3 a.m.', extent: 'about 3 a.m.', type: 'TIME', value: '2011-12-11T03:00', mod: 'APPROX', dct: '2011-12-11' },
  { sentence: 'Talks went on into Sunday night until the deal was struck at 2 a.m.', extent: '2 a.m.', type: 'TIME', value: '2013-03-18T02:00', dct: '2013-03-18' },
  { sentence: 'Police said on Saturday night that the fire broke out before 2 a.m.', extent: '2 a.m.', type: 'TIME', value: '2011-12-10T02:00', dct: '2011-12-11' },
  { sentence: 'Police surrounded the house Friday afternoon, and negotiators spoke with the man throughout the night. He walked out shortly before 1:30 a.m., the commissioner said.', extent: '1:30 a.m.', type: 'TIME', value: '2013-03-23T01:30', dct: '2013-03-23' },
  // …not after a night that is when something was said, nor one with its own day written after it.
  { sentence: 'Police said on Sunday night that a man had been shot. The shooting happened at 2 a.m.', extent: '2 a.m.', type: 'TIME', value: '2013-03-17T02:00', dct: '2013-03-18' },
  { sentence: 'The party went on until Saturday night. The suspect had arrived at 2 a.m. that day.', extent: '2 a.m.', type: 'TIME', value: '2013-03-23T02:00', dct: '2013-03-25' },
  // A later clock told on from one past the night's midnight is of that next day too; not one with a day of its own.
  { sentence: 'The fire broke out Friday night. Firefighters arrived at 3:15 a.m. and brought it under control at 4 a.m.', extent: '4 a.m.', type: 'TIME', value: '2013-03-23T04:00', dct: '2013-03-24' },
  { sentence: 'Negotiators talked with the man through Saturday night. He released the hostage shortly before 1:30 a.m. Officers searched the house until 11 a.m.', extent: '11 a.m.', type: 'TIME', value: '2013-03-24T11:00', dct: '2013-03-26' },
  { sentence: 'The fire broke out Friday night. Crews arrived at 3:15 a.m. An inspector came Monday at 9 a.m.', extent: '9 a.m.', type: 'TIME', value: '2013-03-18T09:00', dct: '2013-03-24' },
  { sentence: 'The fire broke out Friday night. Crews arrived at 3:15 a.m. The fire chief spoke to reporters at noon.', extent: 'noon', type: 'TIME', value: '2013-03-23T12:00', dct: '2013-03-25' },
  { sentence: 'The fire broke out Friday night. Crews arrived at 3:15 a.m. They left at 2:30 p.m.', extent: '2:30 p.m.', type: 'TIME', value: '2013-03-23T14:30', dct: '2013-03-25' },
  // So is a clock in the small hours told after a midnight that ends a day; not after a midnight when something was said.
  { sentence: 'Officers were called shortly before midnight on Friday. The victim died in hospital at 1.20am.', extent: '1.20am', type: 'TIME', value: '2013-03-23T01:20', dct: '2013-03-24' },
  { sentence: 'Police were called shortly before midnight Friday. The victim died at 1:20 a.m.', extent: '1:20 a.m.', type: 'TIME', value: '2013-03-23T01:20', dct: '2013-03-24' },
  { sentence: 'Police said shortly before midnight on Friday that a man had been shot. The shooting happened at 1:20 a.m.', extent: '1:20 a.m.', type: 'TIME', value: '2013-03-22T01:20', dct: '2013-03-24' },
  // So is an early morning's hour after a night gone by told in the sentence before, a count or a rule told between or
  // not; not after a night still to come, nor one when something was said.
  { sentence: 'Deputies went to the house at around 4 p.m. Friday to serve a warrant. SWAT officers surrounded the home overnight and tried to call the man every 30 minutes. At 6:15 a.m., officers fired tear gas into the house.', extent: '6:15 a.m.', type: 'TIME', value: '2013-03-09T06:15', dct: '2013-03-09' },
  { sentence: 'The fire broke out Friday night. It was brought under control at 6 a.m.', extent: '6 a.m.', type: 'TIME', value: '2013-03-09T06:00', dct: '2013-03-11' },
  { sentence: 'The fire broke out Friday night and burned for hours. At 2 a.m. the roof collapsed.', extent: '2 a.m.', type: 'TIME', value: '2013-03-09T02:00', dct: '2013-03-11' },
  { sentence: 'The vote is on Sunday night. Polls open at 7 a.m.', extent: '7 a.m.', type: 'TIME', value: '2013-03-10T07:00', dct: '2013-03-09' },
  { sentence: 'Police said on Friday night that a man had been shot. The shooting happened at 7 a.m.', extent: '7 a.m.', type: 'TIME', value: '2013-03-08T07:00', dct: '2013-03-11' },
  { sentence: 'Police said on Sunday night that the fire broke out at 2 a.m.', extent: '2 a.m.', type: 'TIME', value: '2013-03-10T02:00', dct: '2013-03-11' },
  { sentence: 'Shots were fired at 2:15 a.m. last night near the station.', extent: '2:15 a.m.', type: 'TIME', value: '2024-04-04T02:15', dct: '2024-04-04' },
  { sentence: 'The attack came shortly after midnight last night.', extent: 'midnight', type: 'TIME', value: '2024-04-04T00:00', dct: '2024-04-04' },
  // In news of the day of writing, a day told as background weeks before leaves a later time to the story's day.
  {
    sentence: 'The Bank of Japan said Thursday it will double the money supply. Kuroda took office on March 20. The yen fell sharply after the 1:40 p.m. announcement.',
    extent: '1:40 p.m.', type: 'TIME', value: '2013-04-04T13:40', dct: '2013-04-04',
  },
  // …a week before it too.
  {
    sentence: 'A ceasefire took effect on Wednesday. Israel launched its offensive on November 14. Crowds poured into the streets after nightfall.',
    extent: 'nightfall', type: 'TIME', value: '2012-11-21TNI', dct: '2012-11-21',
  },
  // …but not one in the sentence of that day.
  { sentence: 'A ceasefire took effect on Wednesday. Israel launched its offensive on November 14 after nightfall.', extent: 'nightfall', type: 'TIME', value: '2012-11-14TNI', dct: '2012-11-21' },
  { sentence: 'The bank said Thursday it would act. Kuroda took office on March 20 at 10 a.m.', extent: '10 a.m.', type: 'TIME', value: '2013-03-20T10:00', dct: '2013-04-04' },
  // …nor one the story tells by the clock, nor one the next sentence goes on from with "It".
  {
    sentence: 'Investigators said Friday the pilots had reported smoke. The plane left Cincinnati at 10:40 p.m. on Feb. 14. The crew declared an emergency at 11:02 p.m.',
    extent: '11:02 p.m.', type: 'TIME', value: '2013-02-14T23:02', dct: '2013-03-08',
  },
  {
    sentence: 'An aftershock shook the city on Monday. The Feb. 6 quake killed 116 people. It struck at 3:57 a.m., when most residents were asleep.',
    extent: '3:57 a.m.', type: 'TIME', value: '2016-02-06T03:57', dct: '2016-02-29',
  },
  {
    sentence: 'The Bank of Japan said Thursday it will double the money supply. Kuroda took office on March 20. Analysts were surprised. It announced the plan at 1:40 p.m.',
    extent: '1:40 p.m.', type: 'TIME', value: '2013-04-04T13:40', dct: '2013-04-04',
  },
  // A day told in a relative clause on someone, a week or more before the writing, is no day of the story: a time told
  // after it is of the day of writing…
  {
    sentence: 'Venezuelans are voting to choose a successor to Hugo Chavez, who died on 5 March. Polling stations opened at 06:00 local time.',
    extent: '06:00', type: 'TIME', value: '2013-04-14T06:00', dct: '2013-04-14',
  },
  {
    sentence: 'Kenyans are voting in an election to replace President Mwai Kibaki, who took office on Dec. 30, 2002. Polls opened at 6 a.m.',
    extent: '6 a.m.', type: 'TIME', value: '2013-03-04T06:00', dct: '2013-03-04',
  },
  // …not one the story tells in a sentence of its own.
  { sentence: 'Voters are choosing a new parliament. The treaty was signed on April 12. It took effect at midnight.', extent: 'midnight', type: 'TIME', value: '2013-04-12T24:00', dct: '2013-05-05' },
  // A midnight a start is told for in the present is the coming one, whatever the past verb before the clause.
  { sentence: 'Leaders failed to reach a deal Friday to avert spending cuts that begin taking effect at midnight.', extent: 'midnight', type: 'TIME', value: '2013-03-01T24:00', dct: '2013-03-01' },
  { sentence: 'Leaders met Friday, but the cuts kick in at midnight.', extent: 'midnight', type: 'TIME', value: '2013-03-01T24:00', dct: '2013-03-01' },
  // A midnight that closes a span of hours ends the day the span starts on, in the past too.
  { sentence: 'Ground staff stopped work from 5 a.m. until midnight at the airline\'s hubs.', extent: 'midnight', type: 'TIME', value: '2013-03-26T24:00', dct: '2013-03-26' },
  { sentence: 'The party ends tonight at 2 a.m.', extent: '2 a.m.', type: 'TIME', value: '2024-04-05T02:00', dct: '2024-04-04' },
  { sentence: 'The vote ended Thursday night at 11:30.', extent: '11:30', type: 'TIME', value: '2024-04-04T23:30', dct: '2024-04-05' },
  // "Overnight" with a day written next is that day's night.
  // Not being able to do a thing is a night when it is not in the same clause as the "can't" or "as if".
  { sentence: 'Crews could not reach the village overnight because of the snow.', extent: 'overnight', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-18' },
  { sentence: 'The rebels withdrew overnight, as if they had never been there.', extent: 'overnight', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-18' },
  { sentence: 'The road will be shut overnight on Thursday.', extent: 'overnight', type: 'TIME', value: '2024-06-13TNI', dct: '2024-06-12' },
  { sentence: 'Rebels attacked overnight Saturday, officials said.', extent: 'overnight', type: 'TIME', value: '2024-06-08TNI', dct: '2024-06-12' },
  // A night from one named day into the next is the first one's.
  { sentence: 'Rain fell overnight Sunday into Monday, flooding low-lying roads.', extent: 'overnight', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-21' },
  { sentence: 'Snow will fall overnight Tuesday into Wednesday.', extent: 'overnight', type: 'TIME', value: '2013-03-26TNI', dct: '2013-03-21' },
  { sentence: 'Heavy snow fell overnight and into Monday.', extent: 'overnight', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-21' },
  { sentence: 'The blast occurred at 10:30 a.m. local time.', extent: '10:30 a.m.', type: 'TIME', value: '1998-10-23T10:30' },
  { sentence: 'Polls close at 8 p.m. EST tonight.', extent: '8 p.m. EST tonight', type: 'TIME', value: '1998-10-23T20:00' },
  // A zone said by its name alone, as broadcasts do; not a name or a noun it begins.
  { sentence: 'Our own Jake Tapper sits down with Senator Rand Paul right here at 9 a.m. Eastern.', extent: '9 a.m. Eastern', type: 'TIME', value: '1998-10-23T09:00' },
  { sentence: 'The jobless claims number is out at 8:30 Eastern, in about 40 minutes.', extent: '8:30 Eastern', type: 'TIME', value: '1998-10-23T08:30' },
  { sentence: 'The special will air at 8 p.m. Central on Sunday.', extent: '8 p.m. Central', type: 'TIME', value: '1998-10-25T20:00' },
  { sentence: 'The delegates gathered at 3 p.m. Central Park West.', extent: '3 p.m.', type: 'TIME', value: '1998-10-23T15:00' },
  // A bare hour with its zone, after a word that takes a time; not before a noun.
  { sentence: 'Polls in the state open at 7 Eastern.', extent: '7 Eastern', type: 'TIME', value: '1998-10-23T07:00' },
  { sentence: 'Trading in the new shares starts at 9 ET on Monday.', extent: '9 ET', type: 'TIME', value: '1998-10-26T09:00' },
  { sentence: 'The rally began this morning in the capital.', extent: 'this morning', type: 'TIME', value: '1998-10-23TMO' },
  { sentence: 'The doctor was shot Friday night in his kitchen.', extent: 'Friday night', type: 'TIME', value: '1998-10-23TNI' },
  // A word before the weekday moves it by a week, as for the day alone: "last Friday night" is the one gone by.
  { sentence: 'The pair met last Friday night at a bar in Queens.', extent: 'last Friday night', type: 'TIME', value: '2013-03-22TNI', dct: '2013-03-29' },
  { sentence: 'He is set to be executed next Tuesday evening.', extent: 'next Tuesday evening', type: 'TIME', value: '2013-04-02TEV', dct: '2013-03-29' },
  // "On a Tuesday morning" is some such morning, not one of this week, as "on a Tuesday" is some Tuesday.
  { sentence: 'The call came on a Tuesday morning in March 2009, and her job was gone.', extent: 'Tuesday morning', type: 'TIME', value: 'XXXX-WXX-2TMO' },
  { sentence: 'Officials met yesterday afternoon.', extent: 'yesterday afternoon', type: 'TIME', value: '1998-10-22TAF' },
  // The middle of a part of the day is that part; midday is noon.
  {
    sentence: 'In London at mid-afternoon yesterday, Ratners\'s shares were up 2 pence.',
    extent: 'mid-afternoon yesterday', type: 'TIME', value: '1998-10-22TAF',
  },
  { sentence: 'By mid afternoon, official Serb sources were saying the operation was over.', extent: 'mid afternoon', type: 'TIME', value: '1998-10-23TAF' },
  { sentence: 'He was scheduled to appear before a magistrate judge in Manhattan at midday.', extent: 'midday', type: 'TIME', value: '1998-10-23T12:00' },
  // "next to" is a place, not a sign of the future.
  {
    sentence: 'More than 100 people have died since a bomb ripped through an office building next to the U.S. embassy in Nairobi, Kenya Friday morning.',
    extent: 'Friday morning', type: 'TIME', value: '1998-08-07TMO', dct: '1998-08-08',
  },
  { sentence: 'The deadline expired at noon Thursday.', extent: 'noon Thursday', type: 'TIME', value: '1998-10-22T12:00' },
  { sentence: 'He will speak tonight on television.', extent: 'tonight', type: 'TIME', value: '1998-10-23TNI' },
  // A bare hour before a part of the day, as broadcasts tell it, takes that part's half and day.
  { sentence: 'The last buses pulled away at around 3 this morning, headed for New Orleans.', extent: 'around 3', type: 'TIME', value: '1998-10-23T03:00' },
  { sentence: 'The fire broke out at 11 last night in the engine room.', extent: '11', type: 'TIME', value: '1998-10-22T23:00' },
  // Twelve at night is midnight, the end of that night's day, whichever way the hour is told.
  { sentence: 'The fire broke out at 12 last night in the engine room.', extent: '12', type: 'TIME', value: '1998-10-22T24:00' },
  { sentence: 'Polls stay open until 12 tonight.', extent: '12', type: 'TIME', value: '1998-10-23T24:00' },
  { sentence: 'The bars close tonight at 12.', extent: '12', type: 'TIME', value: '1998-10-23T24:00' },
  { sentence: 'The bars close at twelve at night.', extent: 'twelve at night', type: 'TIME', value: '1998-10-23T24:00' },
  { sentence: 'Polls stay open until 8 tonight.', extent: '8', type: 'TIME', value: '1998-10-23T20:00' },
  // …and a bare hour after one, as promos say it.
  { sentence: "Tonight at 11, the story you won't see anywhere else.", extent: '11', type: 'TIME', value: '1998-10-23T23:00' },
  { sentence: 'Join us tomorrow morning at 9 for the parade.', extent: '9', type: 'TIME', value: '1998-10-24T09:00' },
  // A part of the day and "at" before a clock time with no half written gives its half.
  { sentence: 'This all began last night at around 10:30, when a police officer was shot in his cruiser.', extent: 'around 10:30', type: 'TIME', value: '1998-10-22T22:30' },
  { sentence: 'The Senate votes this afternoon at 3:30.', extent: '3:30', type: 'TIME', value: '1998-10-23T15:30' },
  // …and so does one written after it.
  { sentence: 'Officials told everyone to leave by 4 o\'clock yesterday afternoon, and most people did.', extent: "4 o'clock", type: 'TIME', value: '1998-10-22T16:00' },
  { sentence: 'The Senate votes at 3:30 this afternoon.', extent: '3:30', type: 'TIME', value: '1998-10-23T15:30' },
  { sentence: 'The shooting happened at 10:15 last night outside a bar.', extent: '10:15', type: 'TIME', value: '1998-10-22T22:15' },
  { sentence: "The crash happened just after 8 o'clock on Friday night, police said.", extent: "8 o'clock", type: 'TIME', value: '2013-03-22T20:00', dct: '2013-03-23' },
  { sentence: 'Neighbors heard shots at about 9:30 on Saturday night.', extent: 'about 9:30', type: 'TIME', value: '2013-03-16T21:30', mod: 'APPROX', dct: '2013-03-18' },
  // (Not an hour of the small hours: "at 2:30 on Friday night".)
  { sentence: 'The crash happened at 2:30 on Friday night.', extent: '2:30', type: 'TIME', value: '2013-03-22T02:30', dct: '2013-03-23' },
  { sentence: "We'll talk to one family who was on board. It's 6:12 on the East Coast.", extent: '6:12', type: 'TIME', value: '1998-10-23T06:12' },
  // A programme named after a part of the day leaves the day alone; a headline in title case keeps its time.
  { sentence: "We'll have more on this story on tomorrow's Morning Edition.", extent: 'tomorrow', type: 'DATE', value: '1998-10-24' },
  { sentence: '"Tonight we celebrate," the coach said.', extent: 'Tonight', type: 'TIME', value: '2013-04-04TNI', dct: '2013-04-04' },
  { sentence: 'Obama Speaks Tonight', extent: 'Tonight', type: 'TIME', value: '1998-10-23TNI' },
  // A date after the clock time gives its day.
  { sentence: 'Bids are due by 5 p.m. EST Nov. 9, the agency said.', extent: '5 p.m. EST Nov. 9', type: 'TIME', value: '1998-11-09T17:00' },
  { sentence: 'The offer expires at 5 p.m. EST, Nov. 6, unless extended.', extent: '5 p.m. EST, Nov. 6', type: 'TIME', value: '1998-11-06T17:00' },
  // A part of a dated day is a TIME with the part's code.
  { sentence: 'On the night of April 18, 1775, British troops marched out of Boston.', extent: 'the night of April 18, 1775', type: 'TIME', value: '1775-04-18TNI' },
  { sentence: 'The attack came on the morning of 31 January 1965.', extent: 'the morning of 31 January 1965', type: 'TIME', value: '1965-01-31TMO' },
  // A part of a day of the month told without its month is of the month the story is in.
  {
    sentence: 'On 24 October 1415 the French blocked the road. On the morning of the 25th, the armies faced each other.',
    extent: 'the morning of the 25th', type: 'TIME', value: '1415-10-25TMO', dct: '2009-09-17',
  },
  { sentence: 'Gordon left Khartoum on 12 March 1884 and returned on the evening of the 14th.', extent: 'the evening of the 14th', type: 'TIME', value: '1884-03-14TEV', dct: '2009-09-17' },
  // With its month after it, the date is the month's.
  { sentence: 'On the night of the 14th of March 1884 the town was cut off.', extent: 'the night of the 14th of March 1884', type: 'TIME', value: '1884-03-14TNI', dct: '2009-09-17' },
  // Its day written with an ordinal ending, as spoken dates are.
  { sentence: 'Sandy came ashore on the evening of October 29th, and thousands are still out of their homes.', extent: 'the evening of October 29th', type: 'TIME', value: '1998-10-29TEV', dct: '1999-04-29' },
  { sentence: 'The riots began on the night of the 3rd of May.', extent: 'the night of the 3rd of May', type: 'TIME', value: '1998-05-03TNI' },
  // European zones written out are zones too, and the day written after them is the time's.
  {
    sentence: 'The surrender was signed on May 7, 1945, and took effect at 11:01 p.m. Central European Time the following day.',
    extent: '11:01 p.m. Central European Time', type: 'TIME', value: '1945-05-08T23:01', dct: '2013-05-08',
  },
  // "from sunrise to sunset on Friday": the span's end needs no preposition, and both ends are of the day written after.
  { sentence: 'Texas will fly flags at half-staff from sunrise to sunset on Friday.', extent: 'sunset', type: 'TIME', value: '2013-11-22TEV', dct: '2013-11-20' },
  { sentence: 'Texas will fly flags at half-staff from sunrise to sunset on Friday.', extent: 'sunrise', type: 'TIME', value: '2013-11-22TMO', dct: '2013-11-20' },
  // A clock time is of the day written right before it, even in a life told by its years, where that day is told aside.
  {
    sentence: 'Mr. Redmond was born on July 2, 1921. He joined the band in 1943 and stayed until 1949. In 1962 he took a teaching job. ' +
      'He retired in 1993. His wife died in 2011. A funeral will be held on Saturday at 11 a.m. at the church.',
    extent: '11 a.m.', type: 'TIME', value: '2013-03-23T11:00', dct: '2013-03-18',
  },
  // Without its year, it takes the year as the day alone would: that of the month told before it.
  {
    sentence: 'She was forced out after a challenge in November 1990 and announced her resignation on the morning of 22 November.',
    extent: 'the morning of 22 November', type: 'TIME', value: '1990-11-22TMO', dct: '2013-04-09',
  },
  // Zones news writes, and a restated time in brackets between the clock and its day.
  { sentence: 'Tickets went on sale at 10 a.m. ET on Oct. 1.', extent: '10 a.m. ET', type: 'TIME', value: '1998-10-01T10:00' },
  { sentence: 'The earthquake struck at 4:17 a.m. local time (0117 GMT) on Monday.', extent: '4:17 a.m.', type: 'TIME', value: '1998-10-19T04:17' },
  // "local" alone says the same.
  { sentence: 'The race starts at 2 p.m. local (0300 GMT) on Sunday.', extent: '2 p.m.', type: 'TIME', value: '1998-10-25T14:00' },
  // Two clock times that share "p.m.", and the day written after the second (of every weekday: "on weekdays").
  { sentence: 'The office is open between 2 and 4 p.m. on weekdays.', extent: '2', type: 'TIME', value: 'XXXX-XX-XXT14:00' },
  // A clock told as the time it was is a clock, of the part of the day named after it.
  { sentence: 'It was 2:17 on a Tuesday afternoon in August 1996 when the ferry left the harbour for the last time.', extent: '2:17', type: 'TIME', value: 'XXXX-WXX-2T14:17', dct: '2013-03-17' },
  { sentence: 'The train left Madrid on Wednesday. It was 8:40 when it left the tracks.', extent: '8:40', type: 'TIME', value: '2013-03-13T08:40', dct: '2013-03-17' },
  { sentence: 'Late Night with Jimmy Fallon airs weeknights at 12:35 a.m. Eastern.', extent: '12:35 a.m. Eastern', type: 'TIME', value: 'XXXX-XX-XXT00:35', dct: '2013-04-04' },
  { sentence: '"It has never been worse," said one commuter, who boards at Surbiton at 07:12 every weekday.', extent: '07:12', type: 'TIME', value: 'XXXX-XX-XXT07:12', dct: '2013-03-28' },
  { sentence: 'The ferry to the island leaves at 6:30 a.m. each working day.', extent: '6:30 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:30', dct: '2013-03-28' },
  // …and of every day of a kind; not of days told of one week.
  { sentence: 'The subway runs until 11 p.m., with services extended to 2 a.m. on competition days.', extent: '2 a.m.', type: 'TIME', value: 'XXXX-XX-XXT02:00', dct: '2008-08-16' },
  { sentence: 'Extra trains will run until midnight on match days.', extent: 'midnight', type: 'TIME', value: 'XXXX-XX-XXT24:00', dct: '2013-03-28' },
  { sentence: 'The walkout began at 6 a.m. on both days.', extent: '6 a.m.', type: 'TIME', value: '2013-03-28T06:00', dct: '2013-03-28' },
  // "tonight" after a clock time is its day, one timex with it as "tomorrow" is.
  { sentence: 'The episode airs at 10 p.m. tonight on NBC.', extent: '10 p.m. tonight', type: 'TIME', value: '2013-03-18T22:00', dct: '2013-03-18' },
  { sentence: 'The sun sets at sunset tonight, but the eclipse begins at 9:12 p.m. tonight.', extent: '9:12 p.m. tonight', type: 'TIME', value: '2013-03-18T21:12', dct: '2013-03-18' },
  // Noon and midnight take their zone, and the day written after it.
  { sentence: 'Voting closes at midnight ET on Friday.', extent: 'midnight ET', type: 'TIME', value: '2013-03-22T24:00', dct: '2013-03-20' },
  // A broadcast's slot is its time on every day it airs.
  { sentence: 'Kimmel has gained viewers since his move to the 11:35 p.m. slot in January.', extent: '11:35 p.m.', type: 'TIME', value: 'XXXX-XX-XXT23:35', dct: '2013-03-19' },
  { sentence: 'The drama will move to the 10 p.m. time slot.', extent: '10 p.m.', type: 'TIME', value: 'XXXX-XX-XXT22:00', dct: '2013-03-19' },
  // A clock time after "every week" or "every month" recurs with it.
  { sentence: 'Meetings take place on the first Tuesday of every month at 7 p.m.', extent: '7 p.m.', type: 'TIME', value: 'XXXX-XX-XXT19:00' },
  { sentence: 'The council meets every week at 10 a.m.', extent: '10 a.m.', type: 'TIME', value: 'XXXX-XX-XXT10:00' },
  { sentence: 'The bridge will be closed for two weeks, from 9 p.m. to 5 a.m. each night.', extent: '9 p.m.', type: 'TIME', value: 'XXXX-XX-XXT21:00' },
  { sentence: 'The pool opens at 6 a.m. each morning.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00' },
  { sentence: '"He was still practising every morning, 8 o\'clock sharp," said a former student.', extent: "8 o'clock", type: 'TIME', value: 'XXXX-XX-XXT08:00', dct: '2013-03-14' },
  { sentence: 'The bells ring daily at 6 o\'clock in the evening.', extent: "6 o'clock in the evening", type: 'TIME', value: 'XXXX-XX-XXT18:00' },
  // …and so does an hour said in words before "o'clock" with "every day" after it.
  { sentence: '"She was at her desk by eight o\'clock every day until last autumn," her editor said.', extent: "eight o'clock", type: 'TIME', value: 'XXXX-XX-XXT08:00', dct: '2013-03-18' },
  // A clock time in a sentence that opens on a round of days is the hour of each of them.
  { sentence: 'Every New Year\'s Eve for five decades he led the band at midnight.', extent: 'midnight', type: 'TIME', value: 'XXXX-XX-XXT24:00', dct: '2013-01-01' },
  { sentence: 'Each Sunday for 30 years, he unlocked the church at 7 a.m. and rang the bell himself.', extent: '7 a.m.', type: 'TIME', value: 'XXXX-XX-XXT07:00', dct: '2013-03-20' },
  // Not one after a round in a sentence before it, nor after "each" of no time.
  { sentence: 'Every year the band played on New Year\'s Eve. This year it went on stage at 11 p.m. on Monday.', extent: '11 p.m.', type: 'TIME', value: '2012-12-31T23:00', dct: '2013-01-01' },
  { sentence: 'Each side opened fire at 3 a.m., a spokesman said.', extent: '3 a.m.', type: 'TIME', value: '2013-01-01T03:00', dct: '2013-01-01' },
  // A second part of the day joined to the first is of the same day.
  { sentence: 'On 22 January 1879 the camp was overrun. That afternoon and evening about 4,000 warriors attacked the station.', extent: 'evening', type: 'TIME', value: '1879-01-22TEV' },
  { sentence: 'On 22 January 1879 the camp was overrun, and fighting went on through the afternoon and evening.', extent: 'evening', type: 'TIME', value: '1879-01-22TEV' },
  { sentence: 'The talks went on this morning and afternoon, officials said.', extent: 'afternoon', type: 'TIME', value: '1998-01-08TAF', dct: '1998-01-08' },
  // An hour said in words, in the half of the day named after it, on the day written after it.
  { sentence: 'The battle began at about four in the morning on 12 September 1683.', extent: 'about four in the morning', type: 'TIME', value: '1683-09-12T04:00', mod: 'APPROX' },
  { sentence: 'On 12 September 1683, at five in the afternoon, the cavalry charged.', extent: 'five in the afternoon', type: 'TIME', value: '1683-09-12T17:00' },
  { sentence: 'The attack began at six o\'clock in the evening on 3 May 1990.', extent: "six o'clock in the evening", type: 'TIME', value: '1990-05-03T18:00' },
  // A span of hours that ends at midnight or noon, or with its zone, is kept every day or week too.
  { sentence: 'The hotline is staffed from 6 a.m. to midnight daily.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00' },
  { sentence: 'The bar is open from 11 a.m. until midnight on Fridays and Saturdays.', extent: '11 a.m.', type: 'TIME', value: 'XXXX-XX-XXT11:00' },
  { sentence: 'Owners can call between 6 a.m. and 5 p.m. Pacific time, Monday through Friday.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00' },
  { sentence: 'Voting runs 2-4pm on Sunday.', extent: '2', type: 'TIME', value: '1998-10-25T14:00' },
  { sentence: 'Voting runs 2-4pm on Sunday.', extent: '4pm', type: 'TIME', value: '1998-10-25T16:00' },
  // …and so it does when the day is written right after the second time, with no "on".
  { sentence: 'Visitation will be from 4 to 7 p.m. Friday at the funeral home.', extent: '4', type: 'TIME', value: '2013-03-22T16:00', dct: '2013-03-21' },
  { sentence: 'Visitation is 4-7 p.m. Friday, with a funeral Mass on Saturday.', extent: '4', type: 'TIME', value: '2013-03-22T16:00', dct: '2013-03-21' },
  // …and so do the times of two spans joined by "and" before the day.
  { sentence: 'Visitation is 2-4 p.m. and 6-8 p.m. Thursday at the Walker Funeral Home.', extent: '2', type: 'TIME', value: '2013-03-21T14:00', dct: '2013-03-19' },
  { sentence: 'Visitation is 2-4 p.m. and 6-8 p.m. Thursday at the Walker Funeral Home.', extent: '4 p.m.', type: 'TIME', value: '2013-03-21T16:00', dct: '2013-03-19' },
  { sentence: 'Friends may call from 2 p.m. to 4 p.m. and 6 p.m. to 8 p.m. Thursday.', extent: '2 p.m.', type: 'TIME', value: '2013-03-21T14:00', dct: '2013-03-19' },
  // A span of bare hours joined to one with "p.m." shares it, running forward to the span's end.
  { sentence: 'Friends may call 2-4 and 7-9 p.m. Thursday at the Walker Funeral Home.', extent: '2', type: 'TIME', value: '2013-03-21T14:00', dct: '2013-03-19' },
  { sentence: 'Friends may call 2-4 and 7-9 p.m. Thursday at the Walker Funeral Home.', extent: '4', type: 'TIME', value: '2013-03-21T16:00', dct: '2013-03-19' },
  { sentence: 'Visitation is 10-12 and 2-4 p.m. Friday at the church.', extent: '10', type: 'TIME', value: '2013-03-22T10:00', dct: '2013-03-19' },
  // Not those of another clause before the day's.
  { sentence: 'The store closed at 4 p.m. Police arrived at 6 p.m. and left at 8 p.m. Thursday.', extent: '4 p.m.', type: 'TIME', value: '2013-03-19T16:00', dct: '2013-03-19' },
  // Hours listed after "at" before a clock time share its "a.m." or "p.m." and its day.
  { sentence: 'Masses will be celebrated at 8 and 10 a.m. Sunday.', extent: '8', type: 'TIME', value: '2013-03-24T08:00', dct: '2013-03-21' },
  { sentence: 'The mosque held three prayer services, at 7, 8:30 and 10 a.m., to handle the crowds.', extent: '7', type: 'TIME', value: '2013-03-21T07:00', dct: '2013-03-21' },
  { sentence: 'The mosque held three prayer services, at 7, 8:30 and 10 a.m., to handle the crowds.', extent: '8:30', type: 'TIME', value: '2013-03-21T08:30', dct: '2013-03-21' },
  { sentence: 'Trains to the shrine leave at 11 and 1 p.m.', extent: '11', type: 'TIME', value: '2013-03-21T11:00', dct: '2013-03-21' },
  // …while a second time with no day leaves the first on the day the story is at.
  { sentence: 'Visitation is 4-7 p.m. at the funeral home.', extent: '4', type: 'TIME', value: '2013-03-21T16:00', dct: '2013-03-21' },
  // The first time of a span takes the day written after the second's zone too.
  { sentence: 'The outage lasted from 10 a.m. to 1:30 p.m. ET Tuesday, the company said.', extent: '10 a.m.', type: 'TIME', value: '2013-03-19T10:00', dct: '2013-03-21' },
  { sentence: 'The site was down from 9 a.m. to noon EDT on Tuesday.', extent: '9 a.m.', type: 'TIME', value: '2013-03-19T09:00', dct: '2013-03-21' },
  { sentence: 'Trading halted at 9 a.m. GMT and resumed at noon on Tuesday.', extent: 'noon', type: 'TIME', value: '2013-03-19T12:00', dct: '2013-03-21' },
  { sentence: 'The shop opens from 10 to 2 pm.', extent: '10', type: 'TIME', value: '1998-10-23T10:00' },
  // A first end with its minutes shares the end's "p.m." too, rather than being read as a morning on its own.
  { sentence: 'Viewership peaked between 9:30 and 10 p.m. ET, Nielsen said.', extent: '9:30', type: 'TIME', value: '2013-03-21T21:30', dct: '2013-03-21' },
  { sentence: 'The concert runs from 7:30 to 11 p.m. on Friday.', extent: '7:30', type: 'TIME', value: '2013-03-22T19:30', dct: '2013-03-21' },
  { sentence: 'Voting ran from 9:30 to 11 a.m.', extent: '9:30', type: 'TIME', value: '2013-03-21T09:30', dct: '2013-03-21' },
  // A network's hour in the East, then the Central one: an evening's, of every week in a schedule.
  { sentence: 'New episodes air every Wednesday at 9/8c on ABC.', extent: '9/8c', type: 'TIME', value: 'XXXX-XX-XXT21:00', dct: '2013-03-21' },
  { sentence: 'The two-hour finale airs Sunday at 10/9c on AMC.', extent: '10/9c', type: 'TIME', value: '2013-03-24T22:00', dct: '2013-03-21' },
  { sentence: 'The sitcom moves to Thursdays at 8:30/7:30c starting April 4.', extent: '8:30/7:30c', type: 'TIME', value: 'XXXX-XX-XXT20:30', dct: '2013-03-21' },
  // A time told in the past after a day named earlier in the sentence is of that day ("caught" is a past verb too).
  { sentence: 'The cathedral caught fire on Thursday evening, shortly before 7 p.m. local time.', extent: '7 p.m.', type: 'TIME', value: '1998-10-22T19:00' },
  // The night before the day it runs into.
  { sentence: 'Temperatures will fall below freezing overnight into Sunday.', extent: 'overnight', type: 'TIME', value: '1998-10-24TNI' },
  // Dawn and dusk, after a preposition.
  { sentence: 'Passover began at sundown on Monday.', extent: 'sundown', type: 'TIME', value: '2013-03-25TEV', dct: '2013-03-27' },
  { sentence: 'The attack began at dawn on Sunday.', extent: 'dawn', type: 'TIME', value: '1998-10-18TMO' },
  // A day right after it is part of the time, as in "noon Thursday".
  { sentence: 'By dawn Tuesday, 101 people had been pulled out alive.', extent: 'dawn Tuesday', type: 'TIME', value: '2013-05-21TMO', dct: '2013-05-21' },
  { sentence: 'The truce took effect at sundown Friday.', extent: 'sundown Friday', type: 'TIME', value: '2013-05-17TEV', dct: '2013-05-21' },
  { sentence: 'The town had fallen by nightfall.', extent: 'nightfall', type: 'TIME', value: '1998-10-23TNI' },
  // Times told in words.
  { sentence: 'They met at half past seven in the evening.', extent: 'half past seven in the evening', type: 'TIME', value: '1998-10-23T19:30' },
  { sentence: 'The alarm rang at a quarter to five.', extent: 'a quarter to five', type: 'TIME', value: '1998-10-23T04:45' },
  // Clock times said in words, as transcripts write them.
  { sentence: 'Polls close at eight p.m. in most of the state.', extent: 'eight p.m.', type: 'TIME', value: '1998-10-23T20:00' },
  { sentence: 'The first bomb went off at ten thirty a.m. near the market.', extent: 'ten thirty a.m.', type: 'TIME', value: '1998-10-23T10:30' },
  { sentence: 'Polls close at eight o\'clock tonight.', extent: "eight o'clock", type: 'TIME', value: '1998-10-23T20:00' },
  // A night written with both its days is the night of the first.
  { sentence: 'On the night of 14/15 March 1945, bombers struck the refinery.', extent: 'the night of 14/15 March 1945', type: 'TIME', value: '1945-03-14TNI' },
  { sentence: 'On the night of March 31-April 1 nothing moved.', extent: 'the night of March 31', type: 'TIME', value: '1998-03-31TNI' },
  // A part of a day named by its weekday, as translated wires write it; a night with both its days is the first's.
  { sentence: 'Troops pulled out of the town on the night of Tuesday, the army said.', extent: 'the night of Tuesday', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-21' },
  { sentence: 'Rebels attacked the base in the night of Saturday to Sunday.', extent: 'the night of Saturday to Sunday', type: 'TIME', value: '2013-03-16TNI', dct: '2013-03-21' },
  { sentence: 'The minister will speak on the evening of Friday.', extent: 'the evening of Friday', type: 'TIME', value: '2013-03-22TEV', dct: '2013-03-21' },
  // Two days not in turn: the second is a date of its own; with a date after it, the date's.
  { sentence: 'Shelling went on from the night of Tuesday to Thursday.', extent: 'the night of Tuesday', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-21' },
  // "the intervening night of Sunday and Monday", as Indian police reports write it.
  { sentence: 'Police said the burglary took place on the intervening night of Sunday and Monday.', extent: 'the intervening night of Sunday and Monday', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-21' },
  { sentence: 'The shops were looted on the morning of Saturday and Sunday.', extent: 'the morning of Saturday', type: 'TIME', value: '2013-03-16TMO', dct: '2013-03-21' },
  { sentence: 'The raid came on the night of Tuesday, 19 March.', extent: 'Tuesday, 19 March', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  // A plan in the past perfect was overtaken: its Friday has gone by.
  { sentence: 'The offer had been due to expire Friday evening.', extent: 'Friday evening', type: 'TIME', value: '1998-10-16TEV', dct: '1998-10-19' },
  // A part of no particular day.
  { sentence: 'Supply columns hid in tunnels and moved only at night.', extent: 'night', type: 'TIME', value: 'XXXX-XX-XXTNI' },
  { sentence: 'Pausanias ordered a night-time retreat towards the original positions.', extent: 'night-time', type: 'TIME', value: 'XXXX-XX-XXTNI' },
  { sentence: 'The raids halted most daytime road and rail traffic.', extent: 'daytime', type: 'TIME', value: 'XXXX-XX-XXTDT' },
  { sentence: 'Highs will reach 30 degrees in the daytime, with frost at night.', extent: 'daytime', type: 'TIME', value: 'XXXX-XX-XXTDT' },
  { sentence: 'The attack was well executed, using night attacks and cavalry maneuvers.', extent: 'night', type: 'TIME', value: 'XXXX-XX-XXTNI' },
  { sentence: 'Helicopters left the embassy in the early morning hours of 30 April 1975.', extent: 'the early morning hours of 30 April 1975', type: 'TIME', value: '1975-04-30TMO' },
  // "that afternoon" is the afternoon of the day just told.
  { sentence: 'On July 14, 1789, after several hours of combat, the prison fell that afternoon.', extent: 'that afternoon', type: 'TIME', value: '1789-07-14TAF' },
  // A time told in the past after a year told in passing is of the day the story opened with, not of one told on the way.
  { sentence: 'A jury on Thursday convicted her. Its director, hired in 1996, spoke. Jurors reached the verdict shortly before noon.', extent: 'noon', type: 'TIME', value: '1998-10-22T12:00' },
  // …nor of a day told ahead since: a time told in the past is not of a day still to come.
  { sentence: 'De Blasio was elected mayor on Tuesday. He will take office on Jan. 1. Polls closed at 9 p.m., and the AP called the race minutes later.', extent: '9 p.m.', type: 'TIME', value: '2013-11-05T21:00', dct: '2013-11-06' },
  // A time told ahead is not of a day gone by named before it in its sentence.
  { sentence: 'Putin, who held tense talks with Cameron at Downing Street on Sunday, is due to arrive at 15:00 BST.', extent: '15:00 BST', type: 'TIME', value: '2013-06-17T15:00', dct: '2013-06-17' },
  // A clock time a plan told in the past was made for is of the day told, gone by.
  { sentence: 'The flight took off from Newark at 7:42 a.m. local time Tuesday and was scheduled to arrive in Syracuse at 8:55 a.m.', extent: '8:55 a.m.', type: 'TIME', value: '2013-03-19T08:55', dct: '2013-03-21' },
  { sentence: 'The jet left Jakarta on Saturday. It was due to land in Pontianak at about 3:15 p.m.', extent: 'about 3:15 p.m.', type: 'TIME', value: '2013-03-16T15:15', dct: '2013-03-18' },
  { sentence: 'The minister held talks in Ankara on Monday and is scheduled to arrive in Athens at 10 a.m.', extent: '10 a.m.', type: 'TIME', value: '2013-03-21T10:00', dct: '2013-03-21' },
  { sentence: 'Putin held talks on Sunday and left at 15:00 BST.', extent: '15:00 BST', type: 'TIME', value: '2013-06-16T15:00', dct: '2013-06-17' },
  // …and so does a day told in the past perfect, further back than the story.
  { sentence: 'The assembly on Tuesday approved the bill, which the Senate had passed on April 12. The vote was held at about 5:00 pm.', extent: 'about 5:00 pm', type: 'TIME', value: '2013-04-23T17:00', dct: '2013-04-23' },
  // So does a day told in a sentence in the past perfect, however far its "had" is from it; not one past a comma after it.
  {
    sentence: 'Uhuru Kenyatta was declared the winner early Saturday. Counting had been slowed for most of the week after an electronic tallying system failed on Tuesday, forcing officials to count by hand. Results were announced shortly after 2:40 a.m. local time.',
    extent: '2:40 a.m.', type: 'TIME', value: '2013-03-09T02:40', dct: '2013-03-09',
  },
  { sentence: 'Troops entered the town on Saturday. After the rebels had fled, police arrived on Friday. The curfew began at 6 p.m.', extent: '6 p.m.', type: 'TIME', value: '2013-03-08T18:00', dct: '2013-03-09' },
  // Nor one past "before" or "until": the past perfect looks back from that deed, which is the story's.
  { sentence: 'The bus left Mumbai on Monday. The driver had been at the wheel for 14 hours before the bus plunged into a gorge on Wednesday. Rescuers reached the site at about 9 p.m.', extent: 'about 9 p.m.', type: 'TIME', value: '2013-03-27T21:00', dct: '2013-03-29' },
  { sentence: 'The ship lost power on Tuesday evening and was towed into Dover early on Wednesday. The vessel had been drifting for six hours before a tug reached it shortly after midnight. It arrived in Dover at about 5am.', extent: 'about 5am', type: 'TIME', value: '2013-03-27T05:00', dct: '2013-03-27' },
  { sentence: 'Talks began on Monday. Officials said the rebels had left the town on Wednesday. Troops entered at 9 p.m.', extent: '9 p.m.', type: 'TIME', value: '2013-03-25T21:00', dct: '2013-03-29' },
  // After a year told in passing, a time is of the day the story opened with, past its dateline's date.
  {
    sentence: 'THE HAGUE, May 30 (AFP) - The UN war crimes court on Wednesday acquitted the former head of the secret police. Judges ruled that prosecutors had failed to prove a plan between 1991 and 1995. The verdict, delivered shortly after 10:00 am, can be appealed.',
    extent: '10:00 am', type: 'TIME', value: '2013-05-29T10:00', dct: '2013-05-30',
  },
  // A day a state runs since is told in passing: a time after it, past a comma, is of the story's day.
  {
    sentence: 'A suicide bomber blew himself up in Kabul on Saturday morning. Hagel, on his first trip abroad since being sworn in on Feb. 27, was not near the blast, which happened at about 9:30 a.m.',
    extent: 'about 9:30 a.m.', type: 'TIME', value: '2013-03-09T09:30', dct: '2013-03-10',
  },
  {
    sentence: 'Rebels attacked the town on Tuesday. The general, in command since his appointment on Jan. 4, ordered a counterattack. It began at 6 p.m.',
    extent: '6 p.m.', type: 'TIME', value: '2013-03-12T18:00', dct: '2013-03-13',
  },
  // Not the time of that day itself, in its own clause.
  { sentence: 'He has been held since his arrest on Feb. 27 at 9:30 a.m.', extent: '9:30 a.m.', type: 'TIME', value: '2013-02-27T09:30', dct: '2013-03-10' },
  { sentence: 'Voters went to the polls on Friday. Early voting, which ran from Oct. 5 to Oct. 18, drew twice the turnout of four years ago. Polls opened at 7 a.m.', extent: '7 a.m.', type: 'TIME', value: '1998-10-23T07:00' },
  // A clock time before "this morning", "tomorrow morning", "last night" is of that day, whatever day the text told last.
  { sentence: "Last night's deployment failed at 23:40. A fix went out at 09:15 this morning.", extent: '09:15', type: 'TIME', value: '1998-10-23T09:15' },
  { sentence: 'Trading starts at 9.30am tomorrow morning.', extent: '9.30am', type: 'TIME', value: '1998-10-24T09:30' },
  { sentence: 'He left at 10 p.m. Friday night.', extent: '10 p.m.', type: 'TIME', value: '1998-10-23T22:00' },
  // A clock time right after a written day is of that day, not of the day of writing.
  { sentence: 'Shares fell on April 3, 2019 at 3:30 p.m. after the call.', extent: '3:30 p.m.', type: 'TIME', value: '2019-04-03T15:30' },
  { sentence: 'On March 2, 2019, at 10 a.m., the plane landed.', extent: '10 a.m.', type: 'TIME', value: '2019-03-02T10:00' },
  { sentence: 'The strike began on Monday at noon.', extent: 'noon', type: 'TIME', value: '1998-10-19T12:00' },
  // A zone makes a 24-hour time a time wherever it stands.
  // A zone spelled out is the time's too, and a day after it is the time's day.
  { sentence: 'The company will host a conference call at 2 p.m. Pacific Time today.', extent: '2 p.m. Pacific Time today', type: 'TIME', value: '1998-10-23T14:00' },
  { sentence: 'Trading was halted at 9 a.m. local time yesterday, a spokesman said.', extent: '9 a.m.', type: 'TIME', value: '1998-10-22T09:00' },
  // A schedule's hours are of every such day, not of one.
  { sentence: 'The museum is open daily from 10am to 6pm.', extent: '10am', type: 'TIME', value: 'XXXX-XX-XXT10:00' },
  { sentence: 'Christmas market, 10am-9pm daily.', extent: '9pm', type: 'TIME', value: 'XXXX-XX-XXT21:00' },
  // …to the end of its span after "until".
  { sentence: 'The army said the curfew would run daily from 10 p.m. until 5 a.m.', extent: '5 a.m.', type: 'TIME', value: 'XXXX-XX-XXT05:00', dct: '2013-03-21' },
  { sentence: 'The crossing is open every day from 8 a.m. until noon.', extent: 'noon', type: 'TIME', value: 'XXXX-XX-XXT12:00', dct: '2013-03-21' },
  { sentence: 'A curfew was imposed every night from 7 p.m. till 6 a.m. in the city.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00', dct: '2013-03-21' },
  { sentence: '"They shell us every night from midnight until dawn," a doctor said.', extent: 'dawn', type: 'TIME', value: 'XXXX-XX-XXTMO', dct: '2011-04-30' },
  { sentence: 'The curfew runs nightly from dusk to dawn.', extent: 'dusk', type: 'TIME', value: 'XXXX-XX-XXTEV', dct: '2011-04-30' },
  { sentence: 'The curfew runs nightly from dusk to dawn.', extent: 'dawn', type: 'TIME', value: 'XXXX-XX-XXTMO', dct: '2011-04-30' },
  { sentence: 'Every night, the shelling begins at dusk.', extent: 'dusk', type: 'TIME', value: 'XXXX-XX-XXTEV', dct: '2011-04-30' },
  // …but not a span with no round before it.
  { sentence: 'Troops held the bridge until 5 a.m. on Tuesday, the army said.', extent: '5 a.m.', type: 'TIME', value: '2013-03-19T05:00', dct: '2013-03-21' },
  { sentence: 'The new express bus will run every 30 minutes from 5 a.m. to midnight seven days a week.', extent: '5 a.m.', type: 'TIME', value: 'XXXX-XX-XXT05:00', dct: '2013-03-16' },
  { sentence: 'The store will be open seven days a week, from 9 a.m. to 9 p.m.', extent: '9 p.m.', type: 'TIME', value: 'XXXX-XX-XXT21:00', dct: '2013-03-16' },
  { sentence: 'The new service will run every 20 minutes between 07:00 and 19:00.', extent: '19:00', type: 'TIME', value: 'XXXX-XX-XXT19:00', dct: '2013-03-18' },
  { sentence: 'Trains will leave every hour from 6 a.m. to 10 p.m. on the reopened line.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00', dct: '2013-03-18' },
  // With its day written, the hour is that day's.
  { sentence: 'Buses will run every 15 minutes until 7 p.m. Friday.', extent: '7 p.m. Friday', type: 'TIME', value: '2013-03-22T19:00', dct: '2013-03-18' },
  { sentence: "The Tube will run all night, with trains every 10 minutes until 4.30am on New Year's Day.", extent: '4.30am', type: 'TIME', value: '2013-01-01T04:30', dct: '2012-12-30' },
  // So are those of closures, plural, over many nights; a single closure keeps its days.
  { sentence: 'Work will now end on 29 March. Overnight closures between 20:00 and 06:00 will continue until Thursday.', extent: '20:00', type: 'TIME', value: 'XXXX-XX-XXT20:00', dct: '2013-03-25' },
  { sentence: 'Nightly lane closures from 10 p.m. to 5 a.m. begin Monday on the bridge.', extent: '10 p.m.', type: 'TIME', value: 'XXXX-XX-XXT22:00', dct: '2013-03-21' },
  { sentence: 'The overnight closure from 9 p.m. Friday to 5 a.m. Saturday will affect drivers.', extent: '9 p.m. Friday', type: 'TIME', value: '2013-03-22T21:00', dct: '2013-03-21' },
  // The start of a span across midnight whose day is written after its end alone is of the day before that day.
  { sentence: 'A curfew was in force from 9 p.m. until 6 a.m. on Sunday, police said.', extent: '9 p.m.', type: 'TIME', value: '2013-03-16T21:00', dct: '2013-03-21' },
  { sentence: 'Artillery pounded the town from 11 p.m. to 4 a.m. Tuesday.', extent: '11 p.m.', type: 'TIME', value: '2013-03-18T23:00', dct: '2013-03-21' },
  { sentence: 'Fighting raged between 11 p.m. and 3 a.m. Wednesday.', extent: '11 p.m.', type: 'TIME', value: '2013-03-19T23:00', dct: '2013-03-21' },
  // …not one within a day.
  { sentence: 'Polls are open from 7 a.m. to 8 p.m. on Sunday.', extent: '7 a.m.', type: 'TIME', value: '2013-03-24T07:00', dct: '2013-03-21' },
  // The end of a span of days with its clock time is the first such day after the start.
  { sentence: 'The weather service issued a blizzard warning from 6 p.m. Tuesday to 6 a.m. Thursday.', extent: '6 a.m. Thursday', type: 'TIME', value: '2013-03-21T06:00', dct: '2013-03-20' },
  // "in the afternoon": a part of the day the story is at, told in the past or ahead; of any day in a habit.
  { sentence: 'The capsule reached orbit Friday, and flight controllers regained control of two pods in the afternoon.', extent: 'the afternoon', type: 'TIME', value: '2013-03-01TAF', dct: '2013-03-01' },
  { sentence: 'He works in the morning and sleeps in the afternoon.', extent: 'the morning', type: 'TIME', value: 'XXXX-XX-XXTMO' },
  // The start or end of a part of the day is that part, after a preposition or with its day; not a kind of thing.
  { sentence: 'Maria Rossi, who had waited in the square since early afternoon, cheered.', extent: 'early afternoon', type: 'TIME', value: '2013-03-13TAF', mod: 'START', dct: '2013-03-13' },
  { sentence: 'By late afternoon, the crowd had swelled to thousands.', extent: 'late afternoon', type: 'TIME', value: '2013-03-13TAF', mod: 'END', dct: '2013-03-13' },
  { sentence: 'Paul had held the Senate floor since late morning Wednesday.', extent: 'late morning Wednesday', type: 'TIME', value: '2013-03-06TMO', dct: '2013-03-07' },
  // A day named before it in its sentence is the day, whatever the tense; a new sentence may open with it.
  { sentence: 'He spent Thursday in the West Bank city of Ramallah, meeting Palestinian President Mahmoud Abbas, before returning to Jerusalem for a speech to Israeli students in the evening.', extent: 'the evening', type: 'TIME', value: '2013-03-21TEV', dct: '2013-03-22' },
  { sentence: 'He met Abbas on Thursday. In the evening he gave a speech.', extent: 'the evening', type: 'TIME', value: '2013-03-21TEV', dct: '2013-03-22' },
  // So is a part told by when something is done, and one early or late without "the".
  { sentence: 'Snow totals in Chicago reached 14 inches by early afternoon.', extent: 'early afternoon', type: 'TIME', value: '2013-03-05TAF', dct: '2013-03-05' },
  { sentence: 'By late afternoon the snow had stopped.', extent: 'late afternoon', type: 'TIME', value: '2013-03-05TAF', dct: '2013-03-05' },
  // After a month told in passing, the story is at no day of it: the day of writing's afternoon, not one of that month.
  { sentence: 'He won the U.S. Open last September. Temperatures on Centre Court reached nearly 100 degrees during the afternoon.', extent: 'the afternoon', type: 'TIME', value: '2013-07-07TAF', dct: '2013-07-07' },
  // Every time of the list recurs, not only the first.
  { sentence: 'The agency issues outlooks four times daily, at 2 a.m., 8 a.m., 2 p.m. and 8 p.m. EDT.', extent: '8 p.m. EDT', type: 'TIME', value: 'XXXX-XX-XXT20:00' },
  { sentence: 'Ferries leave daily at 7 a.m., 1 p.m. and 6 p.m.', extent: '1 p.m.', type: 'TIME', value: 'XXXX-XX-XXT13:00' },
  { sentence: 'Book club — Thursdays, 6-8pm, Central Library.', extent: '6', type: 'TIME', value: 'XXXX-XX-XXT18:00' },
  // …of every week: a span of days, a day with "every", plural days after "on".
  { sentence: 'Opening hours are 9am-5pm Monday to Friday.', extent: '5pm', type: 'TIME', value: 'XXXX-XX-XXT17:00' },
  { sentence: 'The museum is open 10 a.m. to 6 p.m. Tuesday through Sunday.', extent: '10 a.m.', type: 'TIME', value: 'XXXX-XX-XXT10:00' },
  { sentence: 'Open Monday to Friday, 9am to 5pm.', extent: '9am', type: 'TIME', value: 'XXXX-XX-XXT09:00' },
  { sentence: 'Rhyme time runs every Tuesday at 10.30am.', extent: '10.30am', type: 'TIME', value: 'XXXX-XX-XXT10:30' },
  { sentence: 'The shop opens 10am-2pm on Saturdays.', extent: '10am', type: 'TIME', value: 'XXXX-XX-XXT10:00' },
  // …of the days of a week in a month, of the days of a season.
  { sentence: 'The museum will stay open until 7:30 p.m., and on Saturdays in July until 9 p.m.', extent: '9 p.m.', type: 'TIME', value: 'XXXX-XX-XXT21:00' },
  { sentence: 'Officials said the museum would stay open during the summer months until 7:30 p.m.', extent: '7:30 p.m.', type: 'TIME', value: 'XXXX-XX-XXT19:30' },
  { sentence: 'The pool is open from 6 a.m. to 10 p.m. during the summer.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00' },
  { sentence: 'A new venue will open at the end of July and stay open until 5am throughout the festival.', extent: '5am', type: 'TIME', value: 'XXXX-XX-XXT05:00' },
  { sentence: 'The gates open at 9 a.m. during the festival.', extent: '9 a.m.', type: 'TIME', value: '1998-10-23T09:00' },
  { sentence: 'Polls stay open until 8 p.m. in the town hall.', extent: '8 p.m.', type: 'TIME', value: '1998-10-23T20:00' },
  { sentence: 'Protests held daily turned violent at 3pm.', extent: '3pm', type: 'TIME', value: '1998-10-23T15:00' },
  // A live report stamps its entries with a time at the start of a line: the day of writing.
  { sentence: 'Storm latest\n\n14:55 — More than 20,000 homes are without power.', extent: '14:55', type: 'TIME', value: '1998-10-23T14:55' },
  // An update stamped with its weekday was posted by the writing, whatever the tense of the news it brings…
  { sentence: 'UPDATE, 11:30 p.m. Sunday: Deputies say one man has died.', extent: '11:30 p.m. Sunday', type: 'TIME', value: '2013-03-24T23:30', dct: '2013-03-25' },
  { sentence: 'A man was shot at a bar late Sunday.\nUpdated 9:15 a.m. Monday: The victim has been named.', extent: '9:15 a.m. Monday', type: 'TIME', value: '2013-03-25T09:15', dct: '2013-03-25' },
  // …not a time of the news told after a stamp.
  { sentence: 'UPDATE: A vigil for the victim will be held at 7 p.m. Sunday.', extent: '7 p.m. Sunday', type: 'TIME', value: '2013-03-31T19:00', dct: '2013-03-25' },
  // Put off until a time of a day to come.
  { sentence: 'The Met Office has extended its warning until 06:00 on Monday.', extent: 'Monday', type: 'DATE', value: '1998-10-26' },
  { sentence: 'Updated 14:32 GMT.', extent: '14:32 GMT', type: 'TIME', value: '1998-10-23T14:32' },
  // The zones of Indian, Australian and New Zealand news, and the day written after them.
  { sentence: 'Flights were diverted for about an hour from 1400 hrs IST on Monday.', extent: '1400 hrs IST', type: 'TIME', value: '1998-10-19T14:00' },
  { sentence: 'A total fire ban is in place until 11:59pm AEDT on Sunday.', extent: '11:59pm AEDT', type: 'TIME', value: '1998-10-25T23:59' },
  // Irregular past forms tell a midnight gone by as the regular ones do.
  { sentence: 'Fireworks lit up the sky over the harbour at midnight.', extent: 'midnight', type: 'TIME', value: '2012-12-31T24:00', dct: '2013-01-01' },
  { sentence: 'The magnitude 9.0 quake struck at 14:46 JST.', extent: '14:46 JST', type: 'TIME', value: '2011-03-11T14:46', dct: '2011-03-11' },
  { sentence: 'The missile was launched at 7:40 a.m. KST on Friday.', extent: '7:40 a.m. KST', type: 'TIME', value: '2013-03-15T07:40', dct: '2013-03-16' },
  // A zone after "a.m." does not end the sentence: the day after it keeps the tense of the verb before.
  { sentence: 'The first stoppage will begin at 7 a.m. AEDT on Thursday at Port Botany.', extent: '7 a.m. AEDT', type: 'TIME', value: '2013-03-28T07:00', dct: '2013-03-27' },
  { sentence: 'The walkout will start at 6 a.m. CET on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-27' },
  { sentence: 'Voting will close at 10 p.m. BST on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-27' },
  { sentence: 'The statement was released at 2:30pm AEST.', extent: '2:30pm AEST', type: 'TIME', value: '1998-10-23T14:30' },
  { sentence: 'Polls close at 19:00 NZDT on Saturday.', extent: '19:00 NZDT', type: 'TIME', value: '1998-10-24T19:00' },
  // A part of the day before or after the one told, standing alone.
  { sentence: 'He was arrested on October 12. The night before, he had slept badly.', extent: 'The night before', type: 'TIME', value: '1998-10-11TNI' },
  // An hour with no half of the day before "tonight" is in the evening; "after midnight" is the start of the day.
  { sentence: 'The game starts at 7:30 tonight.', extent: '7:30', type: 'TIME', value: '1998-10-23T19:30' },
  // Not one on the 24-hour clock, with its leading zero (in the small hours after tonight's midnight).
  { sentence: 'The road is closed from 22:00 to 05:00 tonight.', extent: '05:00', type: 'TIME', value: '1998-10-24T05:00' },
  // A dot between hour and minutes, with a zone or "hrs" after: a 24-hour clock; without, it may be a price.
  { sentence: 'Kick-off is at 19.30 GMT.', extent: '19.30 GMT', type: 'TIME', value: '1998-10-23T19:30' },
  // A fixture lists its kick-off on the 24-hour clock, of the day written before it.
  { sentence: 'City face Newcastle on 30 October, kick-off 17:30, and then travel to Old Trafford.', extent: '17:30', type: 'TIME', value: '1998-10-30T17:30' },
  // A train named by the time it leaves is a clock time, of the day its clause tells.
  { sentence: 'Investigators said on Friday that the signals worked when the 07:52 service from King\'s Lynn struck a tractor on 19 February.', extent: '07:52', type: 'TIME', value: '2013-02-19T07:52', dct: '2013-03-10' },
  { sentence: 'The 17:45 from London Victoria was cancelled because of the snow.', extent: '17:45', type: 'TIME', value: '2013-03-10T17:45', dct: '2013-03-10' },
  { sentence: 'The curfew starts at 22.00hrs.', extent: '22.00hrs', type: 'TIME', value: '1998-10-23T22:00' },
  // A clock time with no day, before another with its day in the same sentence, shares that day.
  { sentence: 'Polls open at 7am and close at 10pm on 2 May.', extent: '7am', type: 'TIME', value: '1999-05-02T07:00' },
  { sentence: 'Doors open at 6pm, with the show at 8pm on Sunday.', extent: '6pm', type: 'TIME', value: '1998-10-25T18:00' },
  { sentence: 'The shop opens at 9am. The sale starts at 10am on Saturday.', extent: '9am', type: 'TIME', value: '1998-10-23T09:00' },
  // A span's end hour before its start hour, with no day of its own, is the next day's.
  { sentence: 'A curfew from 10pm to 6am remains in force.', extent: '6am', type: 'TIME', value: '1998-10-24T06:00' },
  { sentence: 'Residents said a curfew from dusk to dawn remains in force in the city.', extent: 'dawn', type: 'TIME', value: '2013-03-26TMO', dct: '2013-03-25' },
  // A clock time is of the day written after it, past a zone of two words.
  { sentence: 'The offer expires at 5 p.m. New York time on April 12, unless extended.', extent: '5 p.m.', type: 'TIME', value: '2013-04-12T17:00', dct: '2013-03-20' },
  // A place's clock after "p.m." does not end the sentence: the day after it takes the tense of the verb before.
  { sentence: 'Bids are due by 5 p.m. New York time on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'The tender offer will expire at 5 p.m. Paris time on Friday.', extent: '5 p.m.', type: 'TIME', value: '2013-03-22T17:00', dct: '2013-03-21' },
  { sentence: 'The vote will be held at 5 p.m. Some time earlier, on Tuesday, the two sides met.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  // A span's end hour with no day of its own is of its start's day.
  { sentence: 'The store on Saturday is open from 9 a.m. to 6 p.m.', extent: '6 p.m.', type: 'TIME', value: '2013-03-23T18:00', dct: '2013-03-18' },
  { sentence: 'Voting on Sunday is open from 7 a.m. to 8 p.m.', extent: '8 p.m.', type: 'TIME', value: '2013-03-24T20:00', dct: '2013-03-18' },
  { sentence: 'Police were called between 11pm and 2am.', extent: '2am', type: 'TIME', value: '1998-10-24T02:00' },
  { sentence: 'The shop is open from 9am to 5pm.', extent: '5pm', type: 'TIME', value: '1998-10-23T17:00' },
  { sentence: 'The quake struck shortly after midnight on Sunday.', extent: 'midnight', type: 'TIME', value: '1998-10-18T00:00' },
  { sentence: 'The deadline is midnight on Sunday.', extent: 'midnight', type: 'TIME', value: '1998-10-25T24:00' },
  // A deadline raced against lies ahead, a word between the day and "deadline" or not.
  { sentence: 'Negotiators were racing against a Friday midnight deadline to reach a deal.', extent: 'Friday midnight', type: 'TIME', value: '2013-03-22T24:00', dct: '2013-03-20' },
  // Seconds are kept, and a time stamped after its day, as mail headers and feeds write it, is of that day.
  { sentence: 'Date: Wed, 21 Oct 1998 08:12:45 GMT', extent: '08:12:45 GMT', type: 'TIME', value: '1998-10-21T08:12:45' },
  { sentence: 'Sent: 21 Oct 1998 14:05', extent: '14:05', type: 'TIME', value: '1998-10-21T14:05' },
  { sentence: 'The order was signed at 10:45:30 a.m. in the presence of reporters.', extent: '10:45:30 a.m.', type: 'TIME', value: '1998-10-23T10:45:30' },
  // …and a clock time followed by "on" and a dated day is of that day.
  // …or by a holiday, or by a day counted from the one told; the first time of a span takes the day after the second.
  { sentence: 'The fire started at 4am on Christmas Day.', extent: '4am', type: 'TIME', value: '1998-12-25T04:00', dct: '1999-01-17' },
  { sentence: 'Many stores stayed open until midnight on Dec. 23 and opened at 5 a.m. the day after Christmas.', extent: '5 a.m.', type: 'TIME', value: '2008-12-26T05:00', dct: '2009-01-03' },
  { sentence: 'Shoppers began lining up at 10 p.m. the day before Thanksgiving.', extent: '10 p.m.', type: 'TIME', value: '2012-11-21T22:00', dct: '2012-11-25' },
  { sentence: 'The polls opened at 7 a.m. on the day after March 3.', extent: '7 a.m.', type: 'TIME', value: '2013-03-04T07:00', dct: '2013-03-20' },
  // A year compared with leaves the story at the day told before it.
  { sentence: 'Shoppers spent a record $59 billion, the federation said Sunday. The chain opened its doors at 8 p.m. on Thanksgiving, two hours earlier than in 2011, and a rival followed at 9 p.m.', extent: '9 p.m.', type: 'TIME', value: '2012-11-22T21:00', dct: '2012-11-25' },
  { sentence: 'The chain opened its doors at 8 p.m. on Thanksgiving, two hours earlier than in 2011, and a rival followed at 9 p.m.', extent: '2011', type: 'DATE', value: '2011', dct: '2012-11-25' },
  // A day counted from an event that is no timex leaves the clock time alone.
  { sentence: 'He left at 6 a.m. the day after the vote on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-20' },
  { sentence: "The parade steps off at 10 a.m. on St. Patrick's Day from City Hall.", extent: '10 a.m.', type: 'TIME', value: '2013-03-17T10:00', dct: '2013-03-14' },
  { sentence: 'Doors at the mall open at 5 a.m. on Black Friday.', extent: '5 a.m.', type: 'TIME', value: '2013-11-29T05:00', dct: '2013-11-20' },
  // A bare hour after a word of time, closing its clause after a clock time: that hour of the clock's day, on from it.
  { sentence: 'Polls closed at 8 p.m. Tuesday, and results were posted shortly before 10.', extent: '10', type: 'TIME', value: '2013-03-19T22:00', dct: '2013-03-20' },
  { sentence: 'The board will hold a work session at 5:30 p.m. Monday, followed by its regular meeting at 7.', extent: '7', type: 'TIME', value: '2013-03-25T19:00', dct: '2013-03-20' },
  { sentence: 'The hearing began at 9 a.m. Tuesday and lasted until 2.', extent: '2', type: 'TIME', value: '2013-03-19T14:00', dct: '2013-03-20' },
  { sentence: 'He said he left at 5 p.m. Mr. Day told the court otherwise.', extent: '5 p.m.', type: 'TIME', value: '2013-03-14T17:00', dct: '2013-03-14' },
  { sentence: 'The pope will celebrate Mass at 5:30 p.m. on Holy Thursday.', extent: '5:30 p.m.', type: 'TIME', value: '2013-03-28T17:30', dct: '2013-03-05' },
  { sentence: 'Mass starts at 10 a.m. on Palm Sunday in St. Peter\'s Square.', extent: '10 a.m.', type: 'TIME', value: '2013-03-24T10:00', dct: '2013-03-05' },
  { sentence: 'The service is at 8 p.m. on Ash Wednesday.', extent: '8 p.m.', type: 'TIME', value: '2014-03-05T20:00', dct: '2014-02-20' },
  // A feast right after the clock is its day, and "a.m." before it does not end the sentence (whose verb is ahead).
  { sentence: 'The parish will hold a sunrise service at 6 a.m. Easter Sunday and a vigil Saturday night.', extent: '6 a.m.', type: 'TIME', value: '2013-03-31T06:00', dct: '2013-03-27' },
  { sentence: 'The parish will hold a sunrise service at 6 a.m. Easter Sunday and a vigil Saturday night.', extent: 'Saturday night', type: 'TIME', value: '2013-03-30TNI', dct: '2013-03-27' },
  { sentence: 'The cathedral will hold a Mass at 10 a.m. Christmas Day.', extent: 'Christmas Day', type: 'DATE', value: '2013-12-25', dct: '2013-03-27' },
  // A weekday written with its date is read whole; the clock time before it takes that day.
  { sentence: 'Daylight saving time ends at 2 a.m. Sunday, Nov. 3.', extent: '2 a.m.', type: 'TIME', value: '2013-11-03T02:00', dct: '2013-10-10' },
  { sentence: 'Daylight saving time ends at 2 a.m. Sunday, Nov. 3.', extent: 'Sunday, Nov. 3', type: 'DATE', value: '2013-11-03', dct: '2013-10-10' },
  // So is a weekday with "last", "next" or its rank in a month, and the Fourth of July.
  { sentence: 'The shooting happened at 2 a.m. last Saturday.', extent: '2 a.m.', type: 'TIME', value: '2013-05-18T02:00', dct: '2013-05-20' },
  { sentence: 'Applications are due by 5 p.m. on the last Friday in June.', extent: '5 p.m.', type: 'TIME', value: '2013-06-28T17:00', dct: '2013-05-20' },
  { sentence: 'The ceremony begins at 10 a.m. on the Fourth of July.', extent: '10 a.m.', type: 'TIME', value: '2013-07-04T10:00', dct: '2013-05-20' },
  { sentence: 'She was last seen on December 31. Her phone was switched off shortly after 1am the following morning.', extent: '1am', type: 'TIME', value: '1999-01-01T01:00', dct: '1999-01-17' },
  { sentence: 'She was last seen on December 31. Her phone was switched off shortly after 1am the following morning.', extent: 'the following morning', type: 'TIME', value: '1999-01-01TMO', dct: '1999-01-17' },
  // A clock time before one of "the next morning" is of the day before it, not of the next morning.
  { sentence: 'On Sept. 14 he started a shift at 22:00 BST and did not leave until 06:00 the next morning.', extent: '22:00 BST', type: 'TIME', value: '1998-09-14T22:00', dct: '1998-10-01' },
  { sentence: 'On Sept. 14 he started a shift at 22:00 BST and did not leave until 06:00 the next morning.', extent: '06:00', type: 'TIME', value: '1998-09-15T06:00', dct: '1998-10-01' },
  { sentence: 'Anyone in the area between midnight and 2am on New Year\'s Day should call.', extent: 'midnight', type: 'TIME', value: '1998-01-01T00:00', dct: '1998-01-17' },
  // A span of hours may end at first light: "between midnight and dawn", "between 2 a.m. and dawn"; not a dawn after
  // "and" with no "between" ("until midnight and dawn came late").
  { sentence: 'The meteors are best seen between midnight and dawn, when the radiant is high.', extent: 'dawn', type: 'TIME', value: '2013-08-10TMO', dct: '2013-08-10' },
  { sentence: 'The meteors are best seen between midnight and dawn, when the radiant is high.', extent: 'midnight', type: 'TIME', value: '2013-08-10T00:00', dct: '2013-08-10' },
  { sentence: 'The comet is easiest to spot between 4 a.m. and dawn.', extent: 'dawn', type: 'TIME', value: '2013-08-10TMO', dct: '2013-08-10' },
  { sentence: 'He stayed up until midnight and dawn came late.', extent: 'midnight', type: 'TIME', value: '2013-08-09T24:00', dct: '2013-08-10' },
  { sentence: 'Anyone in the area between midnight and 2am on New Year\'s Day should call.', extent: '2am', type: 'TIME', value: '1998-01-01T02:00', dct: '1998-01-17' },
  { sentence: 'The armistice took effect at 11 a.m. on 11 November 1918.', extent: '11 a.m.', type: 'TIME', value: '1918-11-11T11:00' },
  // The day written after a clock time through its part of the day.
  { sentence: "Hostilities ceased at 11 o'clock on the morning of 11 November 1918.", extent: "11 o'clock", type: 'TIME', value: '1918-11-11T11:00' },
  { sentence: 'The relief army attacked at 4 a.m. on the morning of 12 September 1683.', extent: '4 a.m.', type: 'TIME', value: '1683-09-12T04:00' },
  { sentence: "The offsite is on 22-23 May. We'll leave at 8am on the 22nd and be back by 6pm on the 23rd.", extent: '6pm', type: 'TIME', value: '1999-05-23T18:00' },
  { sentence: 'The landing began at 9 p.m., on June 5, 1944, near the coast.', extent: '9 p.m.', type: 'TIME', value: '1944-06-05T21:00' },
  { sentence: 'At 5:34 AM Baghdad time on March 20, 2003 the first strikes began.', extent: '5:34 AM', type: 'TIME', value: '2003-03-20T05:34' },
  // A clock time told in the past with no day of its own is of the day the text last named…
  {
    sentence: 'He was shot to death last Oct. 23 at his home. He was shot at 10 p.m. as he stood in the kitchen.',
    extent: '10 p.m.', type: 'TIME', value: '1998-10-23T22:00', dct: '1999-04-19',
  },
  { sentence: 'He was arrested at 2.15am on Saturday near the station.', extent: '2.15am', type: 'TIME', value: '1998-10-17T02:15' },
  // A place between the clock time and "on" its day: the day is still the clock time's.
  { sentence: 'Polls close at 8 p.m. ET in most states on Tuesday.', extent: '8 p.m. ET', type: 'TIME', value: '2012-11-06T20:00', dct: '2012-11-05' },
  { sentence: 'Polls close at 8 p.m. ET in most states on Election Day.', extent: '8 p.m. ET', type: 'TIME', value: '2012-11-06T20:00', dct: '2012-11-05' },
  // A name in "Day-" and the first words of a new paragraph are no day of the clock time before them.
  { sentence: 'Argo won best picture on Sunday. The last award was handed out shortly before 11 p.m. Daniel Day-Lewis won best actor.', extent: '11 p.m.', type: 'TIME', value: '2013-02-24T23:00', dct: '2013-02-25' },
  { sentence: 'Argo won best picture on Sunday. The last award was handed out shortly before 11 p.m.\n\nMemorial Day events were also held.', extent: '11 p.m.', type: 'TIME', value: '2013-02-24T23:00', dct: '2013-02-25' },
  { sentence: 'The accident happened around 3:30 p.m. local time Sunday.', extent: 'around 3:30 p.m.', type: 'TIME', value: '1998-10-18T15:30' },
  // Nor is the heading of a listing's next line, a day and a colon: the clock keeps the day of its own line.
  { sentence: 'Saturday: Egg hunt, Memorial Park. Rain date is Sunday at 1 p.m.\nApril 3: Tax help, 9 a.m. to noon, Senior Center.', extent: '1 p.m.', type: 'TIME', value: '2013-03-31T13:00', dct: '2013-03-26' },
  { sentence: 'Thursday: A bicycle was stolen from a rack between 8 a.m. and 3 p.m.\nFriday evening: A woman reported a scam call.', extent: '3 p.m.', type: 'TIME', value: '2013-03-28T15:00', dct: '2013-03-31' },
  { sentence: 'Thursday: A bicycle was stolen from a rack between 8 a.m. and 3 p.m.\nFriday evening: A woman reported a scam call.', extent: '8 a.m.', type: 'TIME', value: '2013-03-28T08:00', dct: '2013-03-31' },
  // A line broken inside a sentence still gives the clock its day.
  { sentence: 'The council will vote at 7 p.m.\nTuesday on the budget.', extent: '7 p.m.\nTuesday', type: 'TIME', value: '2013-03-26T19:00', dct: '2013-03-21' },
  { sentence: 'The hearing was set for 10 a.m.\nApril 3 in the council chambers.', extent: '10 a.m.\nApril 3', type: 'TIME', value: '2013-04-03T10:00', dct: '2013-03-21' },
  // …not a day still to come…
  {
    sentence: 'He will appear in court on 14 November. Witnesses saw him in the area at 1am.',
    extent: '1am', type: 'TIME', value: '1998-10-23T01:00',
  },
  // …not in the present or the future, and not when no day was named.
  { sentence: 'The strike began on Monday. Talks resume at 10 a.m. in the capital.', extent: '10 a.m.', type: 'TIME', value: '1998-10-23T10:00' },
  { sentence: 'The plant closed in 1994. The blast occurred at 10:30 a.m.', extent: '10:30 a.m.', type: 'TIME', value: '1998-10-23T10:30' },
  // In the sentence of the day named, the day is its own whatever the tense.
  {
    sentence: 'The final round is on Sunday 19 May, with every game kicking off at 4pm.',
    extent: '4pm', type: 'TIME', value: '1999-05-19T16:00', dct: '1999-03-29',
  },
  // A 24-hour time with a word that makes it one: "by", "until", the military "hrs", or a span of two.
  { sentence: 'Camouflage was deployed by 05:30hrs each morning.', extent: '05:30hrs', type: 'TIME', value: 'XXXX-XX-XXT05:30' },
  { sentence: 'The troops marched at night (19:00-03:00hrs) to avoid aircraft.', extent: '19:00', type: 'TIME', value: '1998-10-23T19:00' },
  { sentence: 'The polls stay open until 21:00 tonight.', extent: '21:00', type: 'TIME', value: '1998-10-23T21:00' },
  // …or "local time" or its day right after it.
  { sentence: 'The deadline for a reply is 20:00 on Friday, the ministry said.', extent: '20:00', type: 'TIME', value: '2013-03-22T20:00', dct: '2013-03-21' },
  // …or a day of a month, and a kick-off told with its verb is a clock too.
  { sentence: 'The transfer window closes at the end of the month, and the deadline is 23:00 on 31 January.', extent: '23:00', type: 'TIME', value: '2014-01-31T23:00', dct: '2014-01-02' },
  { sentence: 'Registration for the marathon closes 17:00 on March 28, organisers said.', extent: '17:00', type: 'TIME', value: '2013-03-28T17:00', dct: '2013-03-21' },
  { sentence: 'Kick-off is 15:00 and the gates open two hours earlier.', extent: '15:00', type: 'TIME', value: '2013-03-21T15:00', dct: '2013-03-21' },
  { sentence: 'Kick-off will be 19:45 on Saturday.', extent: '19:45', type: 'TIME', value: '2013-03-23T19:45', dct: '2013-03-21' },
  { sentence: 'Counting began 21:30 local time, officials said.', extent: '21:30', type: 'TIME', value: '2013-03-21T21:30', dct: '2013-03-21' },
  { sentence: 'The ferry left 17:40 on Monday with 300 passengers aboard.', extent: '17:40', type: 'TIME', value: '2013-03-18T17:40', dct: '2013-03-21' },
  // "between" opens a span of two 24-hour times, the second after "and", each maybe with its day.
  { sentence: 'Engineering works will close the line between 23:00 on Friday and 05:30 on Monday.', extent: '23:00', type: 'TIME', value: '1998-10-23T23:00' },
  { sentence: 'Engineering works will close the line between 23:00 on Friday and 05:30 on Monday.', extent: '05:30', type: 'TIME', value: '1998-10-26T05:30' },
  { sentence: 'The bridge will be shut between 22:00 and 06:00 for repairs.', extent: '06:00', type: 'TIME', value: '1998-10-24T06:00' },
  { sentence: 'The raid began at 1430 local time on Friday.', extent: '1430', type: 'TIME', value: '1998-10-23T14:30' },
  // Four digits that could be a year are a clock too before "local time".
  { sentence: 'Kickoff for all matches is at 2045 local time (1845 GMT).', extent: '2045', type: 'TIME', value: '1998-10-23T20:45' },
  { sentence: 'The blast happened at 1930 local time on Friday.', extent: '1930', type: 'TIME', value: '1998-10-23T19:30' },
  // A middle of a part of the day with no day of its own is of the day told next to it, as a clock time is.
  { sentence: 'Tomorrow will start bright, with early mist clearing by mid-morning.', extent: 'mid-morning', type: 'TIME', value: '1998-10-24TMO' },
  // "the early hours": the start of that day's morning.
  { sentence: 'The fire broke out in the early hours of Sunday.', extent: 'the early hours of Sunday', type: 'TIME', value: '1998-10-18TMO', mod: 'START' },
  { sentence: 'The shooting happened in the predawn hours of Sunday.', extent: 'the predawn hours of Sunday', type: 'TIME', value: '1998-10-18TMO', mod: 'START' },
  // …and so without "of", as wires write it.
  { sentence: 'He died in the early morning hours Tuesday at his home.', extent: 'the early morning hours Tuesday', type: 'TIME', value: '2013-03-19TMO', mod: 'START', dct: '2013-03-21' },
  { sentence: 'The fire broke out in the early hours Sunday at the church.', extent: 'the early hours Sunday', type: 'TIME', value: '2013-03-17TMO', mod: 'START', dct: '2013-03-21' },
  { sentence: 'Talks collapsed in the early hours of the morning.', extent: 'the early hours of the morning', type: 'TIME', value: '1998-10-23TMO', mod: 'START' },
  { sentence: 'He was arrested in the early hours of Thursday morning.', extent: 'Thursday morning', type: 'TIME', value: '1998-10-22TMO' },
  // A date written with its weekday is the day; a year written with it belongs to it.
  { sentence: 'Most results are expected in the early hours of Friday 5 July.', extent: 'the early hours of Friday 5 July', type: 'TIME', value: '1999-07-05TMO', mod: 'START' },
  // A date without its year takes the year of the story, as the day alone does.
  { sentence: 'She became prime minister in June 2010 after ousting Mr Rudd in the early hours of 24 June.', extent: 'the early hours of 24 June', type: 'TIME', value: '2010-06-24TMO', mod: 'START', dct: '2013-03-22' },
  { sentence: 'Police were called in the small hours of Tuesday, May 7, 1996.', extent: 'the small hours of Tuesday, May 7, 1996', type: 'TIME', value: '1996-05-07TMO', mod: 'START' },
  { sentence: 'The raid began in the early hours of 7 May 1945.', extent: 'the early hours of 7 May 1945', type: 'TIME', value: '1945-05-07TMO', mod: 'START' },
  // A midnight told in the past with no day is the one the day of writing began with.
  { sentence: 'The assault began shortly after midnight and lasted five hours.', extent: 'midnight', type: 'TIME', value: '1998-10-22T24:00' },
  { sentence: 'The curfew starts at midnight.', extent: 'midnight', type: 'TIME', value: '1998-10-23T24:00' },
  // …but after an evening's clock time told of the day of writing, the midnight that ends that evening's day.
  { sentence: 'The truce took effect at 9 p.m. Rockets were still flying minutes later, but by midnight the skies were quiet.', extent: 'midnight', type: 'TIME', value: '2012-11-21T24:00', dct: '2012-11-21' },
  { sentence: 'The curfew began at 7 p.m., and police had cleared the square by midnight.', extent: 'midnight', type: 'TIME', value: '1998-10-23T24:00' },
  // Not after a clock time of the morning, nor of another day.
  { sentence: 'The blast went off at 9 a.m. A second one was heard shortly before midnight.', extent: 'midnight', type: 'TIME', value: '1998-10-22T24:00' },
  // …and a time told after it is of the day that midnight began.
  { sentence: 'The assault began shortly after midnight. Air raid alerts sounded until 7 a.m.', extent: '7 a.m.', type: 'TIME', value: '1998-10-23T07:00' },
  // The day something was said on leaves the story on the day it told of ("… on Wednesday, the company said Thursday").
  { sentence: 'Millions of users lost service on Wednesday, the company said Thursday. Problems began at 9:15 a.m.', extent: '9:15 a.m.', type: 'TIME', value: '1998-10-21T09:15' },
  { sentence: 'A family kidnapped in northern Cameroon on Tuesday is being held by Boko Haram in Nigeria, French President Francois Hollande said on Thursday. The family were seized at around 7 a.m.', extent: 'around 7 a.m.', type: 'TIME', value: '2013-02-19T07:00', mod: 'APPROX', dct: '2013-02-22' },
  { sentence: 'Two men were arrested on Tuesday, police said on Wednesday. They were freed at 6pm.', extent: '6pm', type: 'TIME', value: '1998-10-20T18:00' },
  // …unless that day is still to come: a plan told on the day it was said.
  { sentence: 'Staff will strike from Tuesday, the union said on Wednesday evening, after talks collapsed in the early hours of the morning.', extent: 'the early hours of the morning', type: 'TIME', value: '1998-10-21TMO', mod: 'START' },
  // …but a saying that closes its sentence after a day to come leaves a time told ahead after it to that day.
  { sentence: 'A Soyuz rocket will lift off from Kourou on Thursday night, the launch company said Sunday. Liftoff is scheduled for 11:05 p.m. local time.', extent: '11:05 p.m.', type: 'TIME', value: '2013-03-28T23:05', dct: '2013-03-24' },
  { sentence: 'Two astronauts will step outside the space station on Friday to replace a power unit, NASA said Saturday. The spacewalk is expected to begin at about 8:10 a.m. EST.', extent: 'about 8:10 a.m. EST', type: 'TIME', value: '2013-03-08T08:10', mod: 'APPROX', dct: '2013-03-02' },
  // A time told in the past after it is still the day of the telling.
  { sentence: 'The launch will take place on Thursday, the company said Sunday. Engineers fixed the leak at 3 p.m.', extent: '3 p.m.', type: 'TIME', value: '2013-03-24T15:00', dct: '2013-03-24' },
  // …nor a saying that opens its sentence: that is the news, and the story moves to its day.
  { sentence: 'Shares fell on Tuesday. The company said Wednesday it would cut jobs. Later that day, its chief resigned.', extent: 'Later that day', type: 'DATE', value: '1998-10-21' },
  // …but with no day told before it, the day it was said on is the story's ("Later that day" is that day).
  { sentence: 'The company said Wednesday that it would cut jobs. Later that day, shares fell.', extent: 'Later that day', type: 'DATE', value: '1998-10-21' },
  // A midnight of a day written near it ends that day; so does one something is told up to, and the story stays on that day.
  { sentence: 'The plane landed on Wednesday at midnight.', extent: 'midnight', type: 'TIME', value: '1998-10-21T24:00' },
  { sentence: 'The plane landed on Wednesday at midnight. The next day, investigators arrived.', extent: 'The next day', type: 'DATE', value: '1998-10-22' },
  { sentence: 'The plane landed on Wednesday just before midnight. Investigators arrived the next morning.', extent: 'the next morning', type: 'TIME', value: '1998-10-22TMO' },
  { sentence: 'The party went on until midnight. The next morning the house was a mess.', extent: 'The next morning', type: 'TIME', value: '1998-10-23TMO' },
  // So does tonight's midnight, told ahead in news: the day of writing runs up to it.
  { sentence: 'The tax increases take effect at midnight. If no deal is reached by the end of the day, rates will rise.', extent: 'the end of the day', type: 'DATE', value: '2012-12-31', mod: 'END', dct: '2012-12-31' },
  { sentence: 'The new tariffs take effect at midnight, and ports will be shut the next morning.', extent: 'the next morning', type: 'TIME', value: '1998-10-24TMO' },
  // …but not one the story goes past: "just after midnight" opens the day after.
  { sentence: 'The new tariffs take effect just after midnight. Later that day, ports will reopen.', extent: 'Later that day', type: 'DATE', value: '1998-10-24' },
  // A part of the day after (before) the one told.
  { sentence: 'On 14 April 1865 Lincoln was shot. Early the next morning he died.', extent: 'Early the next morning', type: 'TIME', value: '1865-04-15TMO' },
  // "the same morning", "that same night": a part of the day told.
  { sentence: 'The train crashed on Wednesday evening. It had been inspected the same morning.', extent: 'the same morning', type: 'TIME', value: '2013-07-24TMO', dct: '2013-07-25' },
  { sentence: 'The train crashed on Wednesday. That same night, rescuers arrived.', extent: 'That same night', type: 'TIME', value: '2013-07-24TNI', dct: '2013-07-25' },
  // An hour with the half of the day in words; told ahead after a day to come, of that day.
  {
    sentence: 'The father will travel to the United States on Monday. He will leave at 4 in the morning.',
    extent: '4 in the morning', type: 'TIME', value: '1998-10-26T04:00',
  },
  // So is one told in the present, as a schedule is.
  { sentence: 'The clubs meet again on March 29 in Boston. Tipoff is at 8 p.m. ET.', extent: '8 p.m. ET', type: 'TIME', value: '2013-03-29T20:00', dct: '2013-03-20' },
  { sentence: 'The tournament begins Thursday. Woods tees off at 1:45 p.m. with Luke Donald.', extent: '1:45 p.m.', type: 'TIME', value: '2013-04-11T13:45', dct: '2013-04-08' },
  { sentence: 'The first games tip off on Tuesday night in Dayton, Ohio.', extent: 'Tuesday night', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-18' },
  { sentence: 'The games kicked off on Tuesday night.', extent: 'Tuesday night', type: 'TIME', value: '2013-03-12TNI', dct: '2013-03-18' },
  // The dot of an abbreviated day inside the date told ends no sentence.
  { sentence: 'Next game: Sat., March 23 against Boston at 7 p.m.', extent: '7 p.m.', type: 'TIME', value: '2013-03-23T19:00', dct: '2013-03-20' },
  { sentence: 'They met at 3 o\'clock in the afternoon.', extent: '3 o\'clock in the afternoon', type: 'TIME', value: '1998-10-23T15:00' },
  // Military and wire-service times: four digits with "hours" or a zone.
  { sentence: 'The ceasefire expired at 0600 GMT, the army said.', extent: '0600 GMT', type: 'TIME', value: '1998-10-23T06:00' },
  { sentence: 'The assault began at 2300 hours.', extent: '2300 hours', type: 'TIME', value: '1998-10-23T23:00' },
  // "overnight": told in the past, the night before the day the story is at; ahead, the coming night.
  { sentence: 'Overnight, rebels seized the airport.', extent: 'Overnight', type: 'TIME', value: '1998-10-22TNI' },
  { sentence: 'Talks will continue overnight.', extent: 'overnight', type: 'TIME', value: '1998-10-23TNI' },
  // "into the night" is the night of the day told: what goes on into it began that day.
  { sentence: 'Talks on Tuesday went on late into the night.', extent: 'the night', type: 'TIME', value: '2013-03-19TNI', dct: '2013-03-20' },
  { sentence: 'Gunmen besieged the ministry on Thursday. Libya marked the anniversary of the uprising on February 17. Security was tight in Tripoli, where celebrations lasted well into the night.', extent: 'the night', type: 'TIME', value: '2013-02-17TNI', dct: '2013-03-14' },
  // A past verb right before "into" holds the date in the past, as one before "in" does.
  { sentence: 'Fighting continued into the night of June 5.', extent: 'the night of June 5', type: 'TIME', value: '2012-06-05TNI', dct: '2013-03-20' },
  // "through the night" is that night as "overnight" tells it; after an evening's clock, that evening's night.
  { sentence: 'Around 140,000 homes were without power, and engineers worked through the night to restore supplies.', extent: 'the night', type: 'TIME', value: '2013-03-21TNI', dct: '2013-03-22' },
  { sentence: 'Crews will work throughout the night to clear the line.', extent: 'the night', type: 'TIME', value: '2013-03-22TNI', dct: '2013-03-22' },
  { sentence: 'The train derailed at about 8:41 p.m. on a curve. Rescuers worked through the night to pull survivors from the wreckage.', extent: 'the night', type: 'TIME', value: '2013-07-24TNI', dct: '2013-07-25' },
  { sentence: 'The train derailed at about 8:41 p.m. on a curve. Rescuers worked overnight to pull survivors from the wreckage.', extent: 'overnight', type: 'TIME', value: '2013-07-24TNI', dct: '2013-07-25' },
  // The small hours after a late-evening time of the day told are of the next day.
  { sentence: 'The standoff began at 2:30 p.m. Sunday. The hostage walked out shortly before 11:30 p.m., and the chief spoke to reporters at 1 a.m.', extent: '1 a.m.', type: 'TIME', value: '2013-03-18T01:00', dct: '2013-03-18' },
  // So is a morning's hour told after an evening's in its clause, ahead too; not one told looking back.
  { sentence: 'The flight departed New York at 10:30 p.m. Tuesday and landed in London at 6:10 a.m.', extent: '6:10 a.m.', type: 'TIME', value: '2013-03-20T06:10', dct: '2013-03-21' },
  { sentence: 'The overnight train left Paris at 9:45 p.m. on Sunday and arrived in Nice at 7 a.m., two hours late.', extent: '7 a.m.', type: 'TIME', value: '2013-03-18T07:00', dct: '2013-03-21' },
  { sentence: 'The sleeper will leave Euston at 21:15 on Friday and reach Inverness at 08:40.', extent: '08:40', type: 'TIME', value: '2013-03-23T08:40', dct: '2013-03-21' },
  { sentence: 'He was arrested at 9 p.m. Tuesday, hours after he had entered the building at 10 a.m.', extent: '10 a.m.', type: 'TIME', value: '2013-03-19T10:00', dct: '2013-03-21' },
  { sentence: 'The man was arrested at 9 p.m. Tuesday. He had entered the building at 10 a.m.', extent: '10 a.m.', type: 'TIME', value: '2013-03-19T10:00', dct: '2013-03-21' },
  // After a night told in its sentence, that night.
  { sentence: 'By Sunday night most searchers had been pulled back, though a team remained in the area overnight.', extent: 'overnight', type: 'TIME', value: '2013-02-10TNI', dct: '2013-02-11' },
  { sentence: 'Stocks fell on Tuesday after overnight losses in Tokyo.', extent: 'overnight', type: 'TIME', value: '1998-10-19TNI' },
  // After a morning or afternoon told as the deed before, that day's night; told as when something was said, the one before.
  { sentence: 'The storm, which began Friday morning and intensified overnight, brought gusts of 83 mph.', extent: 'overnight', type: 'TIME', value: '2013-02-08TNI', dct: '2013-02-09' },
  { sentence: 'The blaze started in grassland on Saturday afternoon and jumped containment lines overnight.', extent: 'overnight', type: 'TIME', value: '2012-12-29TNI', dct: '2012-12-31' },
  { sentence: 'Police surrounded the house on Friday afternoon, and negotiators spoke with the man by phone throughout the night.', extent: 'the night', type: 'TIME', value: '2013-03-22TNI', dct: '2013-03-23' },
  // …not a night told in a sentence of its own after it, nor after a daytime with no deed joined by "and".
  { sentence: 'Police surrounded the house on Tuesday afternoon. Negotiators had talked to the man overnight.', extent: 'overnight', type: 'TIME', value: '2013-03-18TNI', dct: '2013-03-23' },
  { sentence: 'On Friday morning officials said rebels had seized the airport overnight.', extent: 'overnight', type: 'TIME', value: '2013-02-07TNI', dct: '2013-02-09' },
  // In a story of the day of writing, "overnight" in a sentence of its own is the night just gone, whatever day was told last…
  {
    sentence: 'CAIRO, July 4 (Reuters) - Egypt swore in an interim head of state on Thursday. The army chief announced late on Wednesday that the constitution had been suspended. Security forces arrested hundreds of Brotherhood members overnight.',
    extent: 'overnight', type: 'TIME', value: '2013-07-03TNI', dct: '2013-07-04',
  },
  {
    sentence: 'LUSHAN, China, April 22 (Reuters) - The death toll rose to 188 on Monday. The quake struck at 8:02 a.m. on Saturday. Rain overnight hampered efforts to reach the worst-hit areas.',
    extent: 'overnight', type: 'TIME', value: '2013-04-21TNI', dct: '2013-04-22',
  },
  // So is a night told after the day before the writing, in a story that opened on that day.
  {
    sentence: "Imran Khan has conceded defeat in Saturday's general election. More than 130 people have died since campaigning began in mid-April. Counting continued through the night in Karachi.",
    extent: 'the night', type: 'TIME', value: '2013-05-11TNI', dct: '2013-05-12',
  },
  // A dotted hour with "local time" after it is a clock time as one with its zone is.
  { sentence: 'The explosion happened at 10.30 local time (0730 GMT), police said.', extent: '10.30', type: 'TIME', value: '2013-03-21T10:30', dct: '2013-03-21' },
  // Four figures or a dotted hour after "at" and before a day: a 24-hour clock time, not a year.
  { sentence: 'The flight departs at 1530 on Saturday.', extent: '1530', type: 'TIME', value: '1998-10-24T15:30' },
  { sentence: 'Police were called at about 2215 on Thursday.', extent: 'about 2215', type: 'TIME', value: '1998-10-22T22:15' },
  { sentence: 'Polls close at 22.00 tonight.', extent: '22.00', type: 'TIME', value: '1998-10-23T22:00' },
];

describe('figures before a day that are no clock time', () => {
  it('is a level after a verb of the market ("closed at 1530 on Friday") or a price after "to"', () => {
    for (const sentence of ['The index closed at 1530 on Friday.', 'Shares fell to 12.50 on Friday.', 'The index closed at 19.30 on Friday.']) {
      expect(tagTimexes(sentence, { dct: DCT }).filter((t) => t.type === 'TIME')).toEqual([]);
    }
  });
});

describe('figures after a clock time that are no hour', () => {
  it('is a margin or a count after "by", "of", or a number with its noun', () => {
    for (const sentence of ['The vote came at 9 p.m., with the measure passing by 10.', 'The rally began at 7 p.m. with a crowd of 12.', 'At 10 a.m. the meeting had 12 people at 3 tables.']) {
      expect(tagTimexes(sentence, { dct: DCT }).map((t) => t.text)).toEqual([sentence.includes('9 p.m.') ? '9 p.m.' : sentence.includes('7 p.m.') ? '7 p.m.' : '10 a.m.']);
    }
  });
});

describe('times of day', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});

describe('a time told again on another clock', () => {
  it('is not a second time ("10:35 a.m. (0735 GMT)")', () => {
    const found = tagTimexes('The blast occurred at about 10:35 a.m. (0735 GMT) near the embassy.', { dct: DCT });
    expect(found.map((t) => t.text)).toEqual(['about 10:35 a.m.']);
  });

  it('is not a second time after "local time" either, and the day after it is the clock\'s', () => {
    const found = tagTimexes('The earthquake struck at 4:17 a.m. local time (0117 GMT) on Monday.', { dct: DCT });
    expect(found.map((t) => [t.text, t.value])).toEqual([['4:17 a.m.', '1998-10-19T04:17'], ['Monday', '1998-10-19']]);
  });

  it('is not a second time after the first and its day ("8:02 a.m. Saturday (0002 GMT)")', () => {
    const found = tagTimexes('The quake struck at 8:02 a.m. Saturday (0002 GMT) in Lushan county.', { dct: '2013-04-22' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['8:02 a.m. Saturday', '2013-04-20T08:02']]);
  });

  it('is not a second time after a city\'s time either ("9:15 a.m. Beijing time (0115 GMT)"), and the day after it is the clock\'s', () => {
    const found = tagTimexes('The quake struck at 9:15 a.m. Beijing time (0115 GMT) on Wednesday.', { dct: '2013-03-21' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['9:15 a.m.', '2013-03-20T09:15'], ['Wednesday', '2013-03-20']]);
    const hk = tagTimexes('Trading resumed at 9:30 a.m. Hong Kong time (0130 GMT).', { dct: '2013-03-21' });
    expect(hk.map((t) => t.text)).toEqual(['9:30 a.m.']);
  });

  it('is not a second time after a clock with its half of the day written close ("10pm (1900 GMT)")', () => {
    const found = tagTimexes('The explosion happened at 10:45pm on Saturday (19:45 GMT), police said.', { dct: '2013-03-21' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['10:45pm', '2013-03-16T22:45'], ['Saturday', '2013-03-16']]);
    const bare = tagTimexes('The curfew begins at 10pm (1900 GMT).', { dct: '2013-03-21' });
    expect(bare.map((t) => t.text)).toEqual(['10pm']);
  });

  it('gives its weekday to the clock across the clock\'s own zone ("8 p.m. Washington time (0000 GMT Wednesday)")', () => {
    const found = tagTimexes('Obama will address the nation at 8 p.m. Washington time (0000 GMT Wednesday).', { dct: '2013-03-21' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['8 p.m.', '2013-03-26T20:00'], ['Wednesday', '2013-03-27']]);
    const local = tagTimexes('The ferry sank at 2 a.m. local time (1800 GMT Monday).', { dct: '2013-03-21' });
    expect(local.map((t) => [t.text, t.value])).toEqual([['2 a.m.', '2013-03-19T02:00'], ['Monday', '2013-03-18']]);
  });

  it('is a clock, not a year, with a city\'s time after a word that takes one ("at 1700 Kabul time")', () => {
    const found = tagTimexes('Polls closed at 1700 Kabul time (1230 GMT) on Saturday.', { dct: '2014-04-07' });
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([['1700', 'TIME', '2014-04-05T17:00'], ['Saturday', 'DATE', '2014-04-05']]);
    const ceasefire = tagTimexes('The truce took effect at 2200 Damascus time.', { dct: '2014-04-07' });
    expect(ceasefire.map((t) => [t.text, t.type])).toEqual([['2200', 'TIME']]);
    // Without such a word, a year.
    const year = tagTimexes('In 1945 Berlin time was moved forward.', { dct: '2014-04-07' });
    expect(year.map((t) => [t.text, t.type])).toEqual([['1945', 'DATE']]);
  });

  it('is not a second time after a named hour and its day ("midnight Tuesday (2100 GMT)")', () => {
    const found = tagTimexes('The ultimatum expired at midnight Tuesday (2100 GMT), and the truce began at noon (0900 GMT) on Friday.', { dct: '2013-03-21' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['midnight Tuesday', '2013-03-19T24:00'], ['noon', '2013-03-15T12:00'], ['Friday', '2013-03-15']]);
  });

  it('is no year when its digits could be one ("7 p.m. local time (1800 GMT)")', () => {
    const found = tagTimexes('The white smoke rose at 7 p.m. local time (1800 GMT) over the chapel.', { dct: DCT });
    expect(found.map((t) => t.text)).toEqual(['7 p.m.']);
  });

  it('takes a 24-hour reading after a year alone for a count ("In 1998 12:30 people")', () => {
    const found = tagTimexes('In 1998 12:30 people had voted by noon.', { dct: DCT });
    expect(found.map((t) => t.text)).toEqual(['1998', 'noon']);
  });

  it('leaves a running time a result, with its day after it ("won in 13:05 on Friday")', () => {
    const found = tagTimexes('Farah won the 5,000 meters in 13:05 on Friday, and Kiprop ran a 3:31 on Saturday.', { dct: '2013-03-21' });
    expect(found.map((t) => t.text)).toEqual(['Friday', 'Saturday']);
  });

  it('leaves a running time a result before a day of a month ("won in 2:05:33 on 21 April")', () => {
    const found = tagTimexes('Kipsang won in 2:05:33 on 21 April, and Keitany clocked 2:18 on April 21.', { dct: '2013-03-21' });
    expect(found.map((t) => t.text)).toEqual(['21 April', 'April 21']);
  });

  it('leaves a count of hours a count ("1500 hours of overtime")', () => {
    const found = tagTimexes('He worked 1500 hours of overtime last year.', { dct: DCT });
    expect(found.filter((t) => t.type === 'TIME')).toEqual([]);
  });
});
