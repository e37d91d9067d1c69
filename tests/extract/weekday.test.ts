import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

/** A Thursday. */
const DCT = '2024-04-04';

const cases: readonly Case[] = [
  // A launch slipped by how long, then to a day, is put off to a day to come; a price slipped to a figure on a day fell then.
  { sentence: 'The launch of the cargo ship slipped a day, to Saturday, because of a faulty antenna.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-21' },
  { sentence: 'Liftoff slipped by a week to Monday, NASA said.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'Boeing shares slipped 2 percent to $86 on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // A sky event told in the present on its day is a schedule: the coming day; a level that peaks is no such event.
  { sentence: 'The Perseid meteor shower peaks Monday night, and the best views come after midnight.', extent: 'Monday night', type: 'TIME', value: '2013-08-12TNI', dct: '2013-08-10' },
  { sentence: 'The Perseids peak before dawn on Monday.', extent: 'Monday', type: 'DATE', value: '2013-08-12', dct: '2013-08-10' },
  { sentence: 'The asteroid makes its closest approach to Earth on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-08-15', dct: '2013-08-10' },
  { sentence: 'The storm surge peaked on Monday, officials said.', extent: 'Monday', type: 'DATE', value: '2013-08-05', dct: '2013-08-10' },
  // A span from some day of the week ("on a Sunday") runs to a day of that same week, some week too.
  { sentence: '"We would go to an open house on a Sunday and by Tuesday there would be five offers," she said.', extent: 'Tuesday', type: 'DATE', value: 'XXXX-WXX-2', dct: '2013-03-31' },
  { sentence: 'List a home on a Friday, and by Monday you will have offers.', extent: 'Monday', type: 'DATE', value: 'XXXX-WXX-1', dct: '2013-03-31' },
  { sentence: 'The market reopened on Sunday and by Tuesday prices had doubled.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-31' },
  { sentence: 'He was born on a Sunday and died on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-31' },
  // A participle right after its noun bounds the subject of a clause told by the modal after the timex.
  { sentence: 'Returns filed after midnight Monday will face a late-filing penalty, the IRS said.', extent: 'midnight Monday', type: 'TIME', value: '2013-04-15T00:00', dct: '2013-04-12' },
  { sentence: 'Ballots postmarked by Tuesday will be counted, election officials said.', extent: 'Tuesday', type: 'DATE', value: '2013-04-16', dct: '2013-04-12' },
  { sentence: 'Loans made after Monday will carry higher fees.', extent: 'Monday', type: 'DATE', value: '2013-04-15', dct: '2013-04-12' },
  // A deed with its own auxiliary, a report named by its release, a relative clause set off by commas: told in the past.
  { sentence: 'Most returns were filed after Monday, the agency said.', extent: 'Monday', type: 'DATE', value: '2013-04-08', dct: '2013-04-12' },
  { sentence: 'The report released Monday will show whether sales kept climbing.', extent: 'Monday', type: 'DATE', value: '2013-04-08', dct: '2013-04-12' },
  { sentence: 'Smith, who filed after Monday, will appeal the penalty.', extent: 'Monday', type: 'DATE', value: '2013-04-08', dct: '2013-04-12' },
  // "may" with a verb whose past is its base form looks ahead ("may hit", "may put").
  { sentence: 'Forecasters said the storm may hit the coast on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-22' },
  // A plural present before a bare day is a schedule: the day is no name the verb takes as a fixture.
  { sentence: 'Foreign ministers meet Tuesday in Brussels to discuss the crisis.', extent: 'Tuesday', type: 'DATE', value: '2013-04-02', dct: '2013-03-31' },
  { sentence: 'NATO defence ministers meet Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-04-04', dct: '2013-03-31' },
  { sentence: 'The peace talks, which began on Monday, continue Friday.', extent: 'Friday', type: 'DATE', value: '2014-01-03', dct: '2014-01-02' },
  { sentence: 'Negotiations continue on Tuesday in Geneva, diplomats said.', extent: 'Tuesday', type: 'DATE', value: '2014-01-07', dct: '2014-01-02' },
  // So does a term running out on its day.
  { sentence: 'Brent futures for April delivery expire on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-15' },
  { sentence: 'Options on the contract expire Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The current ceasefire lapses on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The first of the notes matures on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  { sentence: 'The options expired on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // …not a past or a denied one.
  { sentence: 'Fighting continued Friday in the north.', extent: 'Friday', type: 'DATE', value: '2013-12-27', dct: '2014-01-02' },
  { sentence: 'The talks did not continue Monday.', extent: 'Monday', type: 'DATE', value: '2013-12-30', dct: '2014-01-02' },
  // …and a fixture before a name stays one.
  { sentence: 'Arsenal face Chelsea on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-04-06', dct: '2013-03-31' },
  // A quote opened after the telling is what was told: the telling after the day is its verb, whatever the quote says.
  { sentence: 'In an address to the nation Wednesday night, Bush said the war "could be longer and more difficult than some predict."', extent: 'Wednesday night', type: 'TIME', value: '2003-03-19TNI', dct: '2003-03-20' },
  // …while a telling that closes the sentence is no verb of the day before it.
  { sentence: 'Troops will pull out of the town on Friday, a spokesman said in a statement.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  // The end of a span of days whose start is given with its clock and zone ("from 1200 GMT on Friday until 0600 GMT on
  // Saturday") comes after its start; a warning issued for the span is in force through it.
  { sentence: 'The weather service issued its highest warning level for the coast from 1200 GMT on Friday until 0600 GMT on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-22' },
  { sentence: 'Police closed the road from 1200 GMT on Monday until 0600 GMT on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-22' },
  // A span told in the past is over: its start moves back a week with the clock time told of it.
  { sentence: 'Police closed the road from 6pm on Friday until 6am on Saturday.', extent: '6pm', type: 'TIME', value: '2013-03-15T18:00', dct: '2013-03-22' },
  { sentence: 'Police closed the road from 6pm on Friday until 6am on Saturday.', extent: '6am', type: 'TIME', value: '2013-03-16T06:00', dct: '2013-03-22' },
  // A day that opens what was told, after a colon, a quote or "that", is told by the verb after it, not by the telling.
  { sentence: 'The mayor said Thursday: "By Sunday, the water should be gone."', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-22' },
  { sentence: 'He told reporters that on Monday the dam would be inspected again.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-22' },
  { sentence: 'The mayor said: "On Sunday we reopened the road."', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-22' },
  { sentence: 'Police said that on Monday a man was arrested.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-22' },
  // A forecast told in the present looks ahead; weather told in the past, or with a verb whose past is the same word, does not.
  { sentence: 'The system brings heavy rain to the coast Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-21' },
  { sentence: 'Temperatures drop sharply Monday, forecasters say.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'The river crests Sunday at 28 feet.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  { sentence: 'The storm hit the coast Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-21' },
  { sentence: 'Storms hit the coast Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-21' },
  // A day declared a day of mourning or a holiday is still to come; not one declared the wettest on record.
  { sentence: 'The government declared Thursday a national day of mourning.', extent: 'Thursday', type: 'DATE', value: '2013-04-25', dct: '2013-04-24' },
  { sentence: 'The president declared Friday a public holiday so that families could bury their dead.', extent: 'Friday', type: 'DATE', value: '2013-04-26', dct: '2013-04-24' },
  { sentence: 'Forecasters declared Sunday the wettest day on record.', extent: 'Sunday', type: 'DATE', value: '2013-04-21', dct: '2013-04-24' },
  // A "since" that means "because" says nothing of the day's tense.
  { sentence: 'Schools will stay shut since the storm arrives on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-06', dct: '2013-03-04' },
  // An incident named with its day has happened, whatever the tense of the clause around it.
  { sentence: 'Investigators are studying the shooting on Sunday night.', extent: 'Sunday night', type: 'TIME', value: '2024-03-31TNI' },
  { sentence: 'Health officials are still investigating the outbreak on Friday at a nursing home.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  { sentence: 'Residents are cleaning up after the fire on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  { sentence: 'Lawmakers are debating the bill on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  // So has one named with whom it befell, after "of".
  { sentence: 'Police say they are investigating whether the killing of a prison official on Tuesday is linked to the ambush.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-23' },
  { sentence: 'The death of a 19-year-old man on Saturday is being treated as suspicious.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  // …not a thing set for a day, nor a deed told in the clause of whom it befell.
  { sentence: 'The trial of the two men on Tuesday is expected to last a week.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-23' },
  { sentence: 'Police are investigating the death of a man who will be buried on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-23' },
  // So has one the day names: "the Tuesday shooting"; not a trial or a hearing the day names.
  { sentence: 'Police are still searching for a suspect in the Tuesday shooting.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-23' },
  { sentence: 'Detectives say the Sunday night stabbing was not gang-related.', extent: 'Sunday night', type: 'TIME', value: '2013-03-17TNI', dct: '2013-03-23' },
  { sentence: 'The Monday murder trial is expected to last a week.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-23' },
  { sentence: 'A suspect in the weekend killing of a taxi driver is in custody.', extent: 'the weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-21' },
  { sentence: 'Police are bracing for a busy weekend as the weekend festival opens.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-21' },
  // "Wed" is a past form too; after "will" or "to" it is still to come.
  { sentence: 'The actress and her longtime boyfriend wed in a private ceremony over the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-21' },
  { sentence: 'The couple plan to wed over the weekend in Malibu.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-21' },
  // A request in a quote looks ahead: "Ask me again on Saturday"; not a noun, nor what the request is about.
  { sentence: '"I\'m nervous," he said. "Ask me again on Saturday."', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-17' },
  { sentence: '"Join us on Friday for the finale," the host told viewers.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-17' },
  { sentence: 'Ask the fans who went on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-17' },
  { sentence: 'Call centers closed on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-17' },
  // "am" after a number is the clock's, not the verb: no present to put the day ahead.
  { sentence: 'Troops moved into the town at around 3 am local time on Friday.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  { sentence: 'Gunmen attacked the checkpoint at 2am on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-02' },
  // A clause on what something is, closed by a comma before the day, is not the tense of the day; the verb before it is.
  { sentence: "The militants seized the In Amenas complex, which is run by BP, Statoil and Algeria's Sonatrach, before dawn on Wednesday.", extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  { sentence: 'Troops killed the commander, who is believed to have planned the attack, on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-02' },
  // …unless the verb of the day comes after it.
  { sentence: 'Officials said Obama, who is in Israel, will meet on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  // What someone is expecting to happen lies ahead, whatever was told before it.
  { sentence: 'More than 130 fires were burning overnight, with crews expecting conditions to ease from Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // What is expected overnight, from or through a day lies ahead; what had been expected need not.
  { sentence: 'Forecasters said the cold snap was likely to continue, with frost expected overnight on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-04-03', dct: '2013-04-02' },
  { sentence: 'The cold snap was likely to continue, with more snow expected from Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-04-04', dct: '2013-04-02' },
  { sentence: 'Heavy rain hit the coast, with more expected through Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-04-04', dct: '2013-04-02' },
  { sentence: 'Rain had been expected overnight on Sunday but never came.', extent: 'Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-04-02' },
  // What the present perfect called or announced, starting at a day or at its clock time, is still to come.
  { sentence: "Seamen's unions have called another 48-hour strike starting at 6 a.m. on Thursday.", extent: 'Thursday', type: 'DATE', value: '2013-03-07', dct: '2013-03-06' },
  { sentence: "Seamen's unions have called another 48-hour strike starting at 6 a.m. on Thursday.", extent: '6 a.m.', type: 'TIME', value: '2013-03-07T06:00', dct: '2013-03-06' },
  { sentence: 'The union has called a strike beginning at 6 a.m. Thursday.', extent: '6 a.m. Thursday', type: 'TIME', value: '2013-03-07T06:00', dct: '2013-03-06' },
  { sentence: 'The union has called a strike starting Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-07', dct: '2013-03-06' },
  // A participle after "'re" is a state in the present, as after "are": no deed done.
  { sentence: '"We\'re prepared to bargain through the weekend if that\'s what it takes."', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-18' },
  { sentence: '"We\'re worried about what happens on Friday."', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-18' },
  // A deadline opening its sentence, then what was expected by it, lies ahead; a deed done by it does not.
  { sentence: 'Forecasters said rain would hit on Wednesday. By Thursday morning, the storm was expected to move out to sea.', extent: 'Thursday morning', type: 'TIME', value: '2013-11-28TMO', dct: '2013-11-26' },
  { sentence: 'By Thursday, police had arrested 20 people.', extent: 'Thursday', type: 'DATE', value: '2013-11-21', dct: '2013-11-26' },
  // What was resolved to begin "from" a day begins then, still to come; not what had been resolved.
  { sentence: 'Workers have voted to strike from Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Drivers voted to strike from midnight on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The council had decided to close the road from Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  // Travel told in the present is a schedule: "sails", "lands", "leaves", "touches down" look ahead; not the noun.
  { sentence: 'The ship sails Saturday from Southampton.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // A fixture told in the present: a series going on, a team's own game.
  { sentence: "Sunday's game is at 1 p.m. ET on Fox.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-14' },
  // A clause on the subject between it and its verb leaves the schedule one.
  { sentence: 'The Hoosiers, who reached the regional semifinals last season, start play on Friday in Dayton.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-18' },
  { sentence: 'The Hoosiers, who reached the semifinals, started play on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-18' },
  { sentence: 'The three-match series continues in Wellington on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-11' },
  { sentence: 'The county fair continues Sunday with a tractor pull and fireworks.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-23' },
  { sentence: 'The trial continues Tuesday with more witnesses for the prosecution.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-23' },
  // Not what it carries on from: a day's event.
  { sentence: "The march continues Monday's protest against the plant.", extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-23' },
  // A result told with its score has been played; not one played for.
  { sentence: 'Kidney said on Monday he would not resign despite a 13-13 draw with France at the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W10-WE', dct: '2013-03-11' },
  // A time said to be over has gone by, whatever the present tense says; one still to come is not over.
  { sentence: 'The holiday weekend is over, and the lift lines are short again.', extent: 'The holiday weekend', type: 'DATE', value: '2012-W52-WE', dct: '2013-01-02' },
  { sentence: 'The weekend has ended with heavy snow.', extent: 'The weekend', type: 'DATE', value: '2012-W52-WE', dct: '2013-01-02' },
  { sentence: 'The weekend will be cold.', extent: 'The weekend', type: 'DATE', value: '2013-W01-WE', dct: '2013-01-02' },
  { sentence: 'United will build on their 3-1 win on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-09', dct: '2013-03-11' },
  { sentence: 'They will play for a 0-0 draw on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-11' },
  // So has a side beaten, or a game won or drawn, by a score; not one still to be beaten.
  { sentence: 'The United States will face England on Tuesday after beating France 2-1 in Paris on Friday night.', extent: 'Friday night', type: 'TIME', value: '2019-06-28TNI', dct: '2019-06-30' },
  { sentence: 'England will play Italy at Wembley after drawing 1-1 with Wales on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-24' },
  { sentence: 'The Lions, who beat the 49ers 40-34 on Monday, will host Minnesota in the season finale.', extent: 'Monday', type: 'DATE', value: '2024-12-30', dct: '2025-01-01' },
  { sentence: 'Spain must beat France 2-0 on Saturday to qualify.', extent: 'Saturday', type: 'DATE', value: '2013-03-30', dct: '2013-03-24' },
  { sentence: 'United will be champions if they beat City 2-1 on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-24' },
  // A participle in "-en" opening a clause after a comma tells of a deed done.
  { sentence: 'Arsenal, beaten at the weekend, travel to Munich on Wednesday.', extent: 'the weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-18' },
  // A side that beat another did so at the weekend gone; one that must, or would if it does, has it to come.
  { sentence: 'Over the weekend, Wigan beat Everton to reach the semi-finals.', extent: 'the weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-18' },
  { sentence: 'Swansea beat Bradford at the weekend to win the League Cup.', extent: 'the weekend', type: 'DATE', value: '2013-W09-WE', dct: '2013-03-04' },
  { sentence: 'If City beat Everton at the weekend, the gap will be nine points.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-18' },
  { sentence: 'City must beat Everton at the weekend to keep their hopes alive.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-18' },
  { sentence: 'The sector is going to start getting beat up at the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-18' },
  // "into the weekend" after a weekday told in its sentence is the weekend after that day, whatever the tense.
  { sentence: 'Woods shot a 66 on Friday to take a two-shot lead into the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-22' },
  { sentence: 'Storms that began Thursday continued into the weekend, forecasters said.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-22' },
  { sentence: 'The rain continued into the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-25' },
  // "no." before a word ends its sentence; its past verb is not the next sentence's ("No. 1" goes on).
  { sentence: "Later we'll talk to a senator who voted no. And coming up, a look at the weekend weather.", extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-21' },
  { sentence: 'He was ranked No. 1 in the world, and plays on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'Arsenal, beaten on Saturday, travel to Munich on Wednesday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-18' },
  { sentence: 'The decision, given the weather on Saturday, will be made on Friday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-18' },
  // A closing price named with its day was set then, whatever the tense of the offer around it; not a close to come.
  { sentence: 'Brightline will pay $31 a share, a premium of 28 percent to Tessera\'s closing price on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-22' },
  { sentence: 'The offer will value the company at 12 times its closing price of $3.10 on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-22' },
  { sentence: 'The bid is 25 percent above the stock\'s closing share price of 210 pence on Thursday and will be put to shareholders on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-22' },
  { sentence: 'Trading in the shares will be halted after the close on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-22' },
  { sentence: 'The closing prices will be published on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-22' },
  // "Earlier than" compares and tells no past; "earlier" alone does.
  { sentence: 'The plant will reopen no earlier than Monday, the company said.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'The deal will close no earlier than June.', extent: 'June', type: 'DATE', value: '2013-06', dct: '2013-03-21' },
  { sentence: 'The report came out earlier on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  // What is "to be" published or held on a day is still to come; not what is said to be.
  { sentence: 'The survey, to be published on Wednesday, adds to evidence that the economy shrank.', extent: 'Wednesday', type: 'DATE', value: '2013-01-02', dct: '2013-01-01' },
  { sentence: 'A report to be released on Thursday showed a rise in orders.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-19' },
  { sentence: 'The report is said to be published on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13', dct: '2013-03-19' },
  // A day that is the subject of what was told, with a modal for its verb, lies ahead; the day of telling does not.
  { sentence: 'The company said Tuesday would be its last day of trading on the exchange.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-14' },
  { sentence: 'The company said Tuesday it would cut 500 jobs.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-14' },
  { sentence: 'He told reporters Tuesday that sales would rise.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-14' },
  // A weekday something is done on for a feast named right after it is the feast's day, when it falls on that weekday.
  { sentence: 'Trading is expected to be thin this week, with U.S. markets closed on Wednesday for New Year\'s Day.', extent: 'Wednesday', type: 'DATE', value: '2025-01-01', dct: '2024-12-30' },
  { sentence: 'Stock markets were closed Friday for Good Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-26' },
  { sentence: 'The shop closed on Friday for the holiday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-26' },
  // "last" in a compound is no verb.
  { sentence: 'United play Real Madrid in the first leg of their Champions League last-16 tie in Spain on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-02-20', dct: '2013-02-14' },
  // A name ending in "-ed" is no past deed.
  { sentence: 'Arsenal host United on Monday.', extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-31' },
  { sentence: 'The team plays its final exhibition game on Saturday in Washington.', extent: 'Saturday', type: 'DATE', value: '2013-03-30', dct: '2013-03-26' },
  { sentence: 'Murray plays his second-round match on Wednesday, weather permitting.', extent: 'Wednesday', type: 'DATE', value: '2013-06-26', dct: '2013-06-24' },
  // A day a report looked ahead to with "would" follows the report's own day, not the writing; a report with no day of
  // its own looks ahead from the writing.
  { sentence: 'Forecasters said Wednesday the storm would hit Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-22' },
  { sentence: 'On Monday, health officials said the vaccine would arrive Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-22' },
  // So does what was pledged or agreed on a day told in its sentence; with no such day, the writing's week.
  { sentence: 'On Tuesday, the rebels vowed to attack the city on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-24' },
  { sentence: 'The ministers agreed on Thursday to meet again on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-24' },
  { sentence: 'On Thursday, officials planned to meet a Friday deadline.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-24' },
  { sentence: 'The rebels vowed to attack the city on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-24' },
  { sentence: 'The storm hit on Monday, and officials said it would weaken by Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-22' },
  // A study "was to be presented" on a day, as the wires tell a release ahead, and one that "appears in" a day's issue
  // of a journal, come out on the coming day; one that appeared in it did not.
  { sentence: 'The study was to be presented Thursday at a meeting of the American Heart Association.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-20' },
  { sentence: "The study appears in Thursday's issue of the journal Nature.", extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-20' },
  { sentence: "The findings appeared in Monday's edition of the journal.", extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  // A firm's results reported in the present are scheduled, with two words before "results" too.
  { sentence: 'The company reports fiscal first-quarter results on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-04-16', dct: '2013-04-12' },
  // "Followed by" tells no tense: what follows a scheduled thing is scheduled too.
  { sentence: 'Citigroup is scheduled to report on Monday, followed by Goldman Sachs and Bank of America on Tuesday and Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-04-17', dct: '2013-04-12' },
  { sentence: 'Retail sales data is due on Tuesday, followed by industrial production figures on Wednesday morning.', extent: 'Wednesday morning', type: 'TIME', value: '2013-03-13TMO', dct: '2013-03-12' },
  { sentence: 'He played his last game on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-06-23', dct: '2013-06-24' },
  // "Open on" after a name is the tournament's name, not shops opening.
  { sentence: 'McIlroy warmed up by finishing second at the Texas Open on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-04-07', dct: '2013-04-08' },
  { sentence: 'Shops open on Sunday for the first time.', extent: 'Sunday', type: 'DATE', value: '2013-04-14', dct: '2013-04-08' },
  { sentence: 'Fighting continues in the north, where rebels seized a town on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-26' },
  { sentence: 'The flight lands at 6 a.m. Friday.', extent: '6 a.m. Friday', type: 'TIME', value: '2024-04-05T06:00' },
  { sentence: 'The president leaves Tuesday for a week-long trip to Asia.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'The show premieres Sunday on HBO.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'The Oscars air Sunday on ABC.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-22' },
  { sentence: 'The new films debut Thursday in 3,000 theaters.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-22' },
  // A day something is rescheduled for lies ahead, as one it is scheduled for does; not a plan overtaken.
  { sentence: 'The launch was rescheduled for Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-27', dct: '2013-03-22' },
  { sentence: 'The launch had been rescheduled for Tuesday but was scrubbed again.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-22' },
  // After a possessive "scheduled" is the plan's adjective: the clause's verb tells the tense, and a plan put off or
  // called off was still ahead.
  { sentence: 'Nearly 200 nations agreed to extend the treaty, capping talks that ran a day past their scheduled Friday close.', extent: 'Friday', type: 'DATE', value: '2012-12-07', dct: '2012-12-08' },
  { sentence: 'The shuttle missed its scheduled Monday launch because of rain.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-22' },
  { sentence: 'The delegations postponed their scheduled Tuesday meeting.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-22' },
  // What one prepares to do lies ahead, as what one plans to do; what one had prepared to do was overtaken.
  { sentence: 'Twelve nations prepared to start using euro notes and coins on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2002-01-01', dct: '2001-12-31' },
  { sentence: 'Rebel fighters were preparing to attack the town on Friday, residents said.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-27' },
  { sentence: 'The minister had prepared to leave on Friday when the talks collapsed.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-27' },
  { sentence: 'Officials prepared the ballots on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-27' },
  { sentence: 'Engineers are checking the rocket ahead of its scheduled Friday launch.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-23' },
  // So is a release: an update rolling out, a product reaching the shops, a service going live.
  { sentence: 'The update rolls out Thursday to users in the U.S.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-20' },
  { sentence: 'The new phone hits stores Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The service goes live on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  { sentence: 'The probe enters orbit around Mercury on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The update rolled out Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-20' },
  // What is feared on a day lies ahead, as what is expected on it does; not those feared dead after a day gone by.
  { sentence: 'More violence is feared on Friday, when the verdict is read.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Another attack is feared this weekend, police said.', extent: 'this weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-20' },
  { sentence: 'Dozens are feared dead after the boat sank on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  { sentence: 'Five are feared killed in Monday\'s blast.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  // What is expected "as early as" a day lies ahead, as what is expected on it does.
  { sentence: "A coroner's autopsy was to be performed on Monday, with results expected as early as Tuesday.", extent: 'Tuesday', type: 'DATE', value: '2013-07-16', dct: '2013-07-15' },
  // So are the deeds of politics told in the present; not a noun after a determiner.
  { sentence: 'The Supreme Court hears arguments Tuesday in the case.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'The committee holds a hearing on the nomination Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  { sentence: 'The president signs the bill Friday, aides said.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'Parliament votes on the bailout Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'The prime minister faces a confidence vote on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The new law goes into effect Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'Voters head to the polls Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'Officials counted the votes on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  { sentence: 'The autumn leaves Monday were beautiful.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // Verbs whose past is their base form tell a deed done, before a "would" or a plan later in the sentence.
  { sentence: 'The company forecast on Monday that profit would fall.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-27' },
  // What a teller said was expected on a day is to come then (not a figure reported that day).
  { sentence: 'The Vatican said it expected even more people on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-13' },
  { sentence: 'Officials said the company expects a ruling on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-13' },
  { sentence: 'The company said it expected sales of $2 billion on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-13' },
  { sentence: 'The central bank cut its growth forecast on Monday, saying exports would slow.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-27' },
  { sentence: 'NASA put the rover into safe mode on Saturday and expects to resume work later this week.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-27' },
  { sentence: 'Analysts expect a rate cut on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-27' },
  // What was predicted, with its object, lies ahead; the day of predicting comes right after the verb.
  { sentence: 'Forecasters predicted temperatures of 33 degrees Celsius on Friday, with a 40 percent chance of showers on Sunday afternoon.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-14' },
  { sentence: 'Forecasters predicted temperatures of 33 degrees Celsius on Friday, with a 40 percent chance of showers on Sunday afternoon.', extent: 'Sunday afternoon', type: 'TIME', value: '2013-03-17TAF', dct: '2013-03-14' },
  { sentence: 'Cuban exiles will try to delay the ruling, Cuba predicted Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13', dct: '2013-03-14' },
  // So does what a place braced for something to do.
  { sentence: 'Brisbane braced for the river to peak at about 2.3 metres at high tide at 4 a.m. Wednesday.', extent: '4 a.m. Wednesday', type: 'TIME', value: '2013-01-30T04:00', dct: '2013-01-29' },
  // Days of the week told as deeds in turn come in that order: ahead of the writing the second moves on a week,
  // before it the first moves back.
  { sentence: 'The team leaves Tuesday and returns Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-13', dct: '2024-04-04' },
  // So do two things of a plan, each "on" its day: the second is not the day of writing when the first is ahead.
  { sentence: 'The court will hear arguments on Proposition 8 on Tuesday and on the Defense of Marriage Act on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-27', dct: '2013-03-20' },
  { sentence: 'The committee will question the chief executive on Monday and the chairman on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-22' },
  { sentence: 'The bill passed the House on Tuesday and the president signed it on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-20' },
  // "that Monday" after a word of time is the day of that name in the week the story is at.
  { sentence: 'The first levee breach was reported on Aug. 29, 2005. Katrina made landfall at 6:10 a.m. that Monday.', extent: 'that Monday', type: 'DATE', value: '2005-08-29', dct: '2013-08-29' },
  { sentence: 'The strike began on Thursday, March 3, 2011. Later that Friday, talks resumed.', extent: 'that Friday', type: 'DATE', value: '2011-03-04', dct: '2013-08-29' },
  { sentence: 'He said that Monday was the deadline.', extent: 'Monday', type: 'DATE', value: '2013-08-26', dct: '2013-08-29' },
  // A state told in the present after a deed on a day is its outcome: the deed is done.
  { sentence: 'The girl remains in critical condition after surgery on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  { sentence: 'He is recovering after a fall late on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-20' },
  { sentence: 'He will return to work after surgery on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  // A weekday in apposition after a date is that date's day.
  { sentence: 'The first cases were reported on March 31, a Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-04-10' },
  { sentence: 'The attack came on Sept. 11, 2001, a Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2001-09-11', dct: '2013-04-10' },
  // What a deed on a day sets going cannot start before it.
  { sentence: 'New Jersey Governor Chris Christie on Thursday ordered odd-even gas rationing in 12 counties starting at noon Saturday.', extent: 'noon Saturday', type: 'TIME', value: '2012-11-03T12:00', dct: '2012-11-02' },
  { sentence: 'The city on Wednesday imposed water restrictions beginning Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-15' },
  { sentence: 'The delegation arrives Monday and departs Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-12', dct: '2024-04-04' },
  { sentence: 'He arrived Wednesday and left Monday.', extent: 'Wednesday', type: 'DATE', value: '2024-03-27', dct: '2024-04-04' },
  { sentence: 'The strike began Friday and ended Tuesday.', extent: 'Friday', type: 'DATE', value: '2024-03-29', dct: '2024-04-04' },
  // A span from one day of the week to another lies within a week, its end after its start.
  { sentence: 'Excessive heat warnings were in effect from Tuesday through Friday evening for New York and Washington.', extent: 'Tuesday', type: 'DATE', value: '2013-07-16', dct: '2013-07-15' },
  { sentence: 'Track work will close four stations from 10 p.m. Friday until the system opens on Monday, the agency said.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-18' },
  { sentence: 'The road was closed from Friday until Monday.', extent: 'Friday', type: 'DATE', value: '2013-07-12', dct: '2013-07-15' },
  { sentence: 'Talks resume from Monday to discuss Friday\'s vote.', extent: 'Friday', type: 'DATE', value: '2013-07-12', dct: '2013-07-15' },
  // Told in the past, a span is over: its end has come, told on its start's day of the week too.
  { sentence: 'The music portion featured 2,200 acts over five nights, from Tuesday through Saturday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-19' },
  { sentence: 'The music portion featured 2,200 acts over five nights, from Tuesday through Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-19' },
  { sentence: 'The trial ran from Monday through Friday, the court said.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-19' },
  { sentence: 'Talks were held Tuesday through Thursday in Geneva.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-19' },
  { sentence: 'The talks were held between Monday and Friday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-19' },
  // …not one told ahead, nor one whose end has come.
  { sentence: 'The festival runs from Tuesday through Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-19' },
  { sentence: 'The Spring Arts Festival runs Friday through Sunday in Riverside Park.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  // A start told with its verb, then the end with its own: the end is the first such day after the start.
  { sentence: 'Early voting starts Monday and runs through Friday at the county building.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-20' },
  { sentence: 'The book sale begins Thursday and ends Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-20' },
  { sentence: 'The book sale runs from Thursday to Saturday at the library.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-20' },
  { sentence: 'The festival ran from Friday to Sunday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-19' },
  { sentence: 'The talks were held Monday through Tuesday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-19' },
  { sentence: 'The minister spoke in a rare phone call Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  { sentence: 'The ministry said in its readout of Wednesday\'s call that talks were possible.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  // What is planned, told with its object, lies ahead; a plan given up ("had planned") does not.
  { sentence: 'Protesters planned a march through the city centre on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'Unions were planning a walkout at the port on Saturday, a spokesman said.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'Hundreds marched on Tuesday afternoon, and organizers plan another rally on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'The group had planned a rally on Saturday but called it off.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  // "Beginning"/"starting" look ahead, unless a deed before them sets the time.
  { sentence: 'The governor ordered the evacuation of coastal towns beginning at 6 p.m. Wednesday.', extent: '6 p.m. Wednesday', type: 'TIME', value: '2024-04-03T18:00' },
  { sentence: 'The strike began on Monday, starting at dawn on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-02' },
  // What was agreed to or offered, starting at a day, lies ahead of the agreement, and within the week after its day.
  { sentence: 'The rebels agreed to a truce beginning Monday, a spokesman said.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-23' },
  { sentence: 'Hamas offered a ceasefire starting at midnight Sunday.', extent: 'midnight Sunday', type: 'TIME', value: '2013-03-24T24:00', dct: '2013-03-23' },
  { sentence: 'The two sides agreed to a 48-hour ceasefire starting at 6 a.m. Saturday.', extent: '6 a.m. Saturday', type: 'TIME', value: '2013-03-23T06:00', dct: '2013-03-21' },
  { sentence: 'The rebels agreed on Tuesday to a truce beginning Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-23' },
  { sentence: 'On Tuesday the government proposed a ceasefire starting Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-23' },
  // …not what it agreed to that began already, nor an order carried out at once.
  { sentence: 'The two sides agreed to a truce that began Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-23' },
  { sentence: 'The army imposed a curfew starting at 7 p.m. Friday.', extent: '7 p.m. Friday', type: 'TIME', value: '2013-03-22T19:00', dct: '2013-03-23' },
  // A deed of a relative clause sets no time: it tells of the noun before it.
  { sentence: 'Pyongyang has said it will scrap the armistice that ended the Korean War starting on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-08' },
  { sentence: 'Beginning Monday, the store opens an hour later.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The chain said that starting Monday, its stores open an hour later.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  // An order to do something looks ahead from the order, with a hyphened word in its object too.
  { sentence: 'The government ordered non-essential businesses to shut for five days starting Friday.', extent: 'Friday', type: 'DATE', value: '2009-05-01', dct: '2009-04-29' },
  { sentence: 'Health officials urged low-income families to get their children vaccinated by Friday.', extent: 'Friday', type: 'DATE', value: '2009-05-01', dct: '2009-04-29' },
  // …though not over a time of its own: "expected fourth-quarter earnings" names the quarter.
  { sentence: 'Analysts expected fourth-quarter earnings to fall, the company said Monday.', extent: 'Monday', type: 'DATE', value: '2009-04-27', dct: '2009-04-29' },
  // A possessive day is one gone by, unless a word right before looks ahead.
  { sentence: 'He will take charge at once, starting with Saturday\'s match.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'Shares rose ahead of Friday\'s vote.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'Police stepped up patrols ahead of the weekend.', extent: 'the weekend', type: 'DATE', value: '2024-W14-WE', dct: '2024-04-02' },
  // A verb to come after the possessive is its subject's only with no comma between.
  { sentence: "Trump will return to the White House on Jan. 20, after winning Tuesday's election, and is expected to name his picks soon.", extent: 'Tuesday', type: 'DATE', value: '2024-11-05', dct: '2024-11-09' },
  { sentence: "The president-elect, after winning Tuesday's election, will name his picks soon.", extent: 'Tuesday', type: 'DATE', value: '2024-11-05', dct: '2024-11-09' },
  { sentence: "Tuesday's vote will decide who leads the party.", extent: 'Tuesday', type: 'DATE', value: '2024-11-12', dct: '2024-11-09' },
  // …and so does what a deed came ahead of, named before its day.
  { sentence: 'A wave of bombings killed 20 people ahead of provincial elections on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-04-20', dct: '2013-04-15' },
  // "Forecast for" after a determiner is the noun, no plan: the deed of cutting it is told in the past.
  { sentence: 'The agency cut its forecast for global oil demand growth this year in its monthly report on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-17' },
  { sentence: 'Heavy rain is forecast for Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-17' },
  // A participle after "remain" or "stay" is a state kept, no deed done: the day is told in the tense of the verb kept.
  { sentence: "Markets will close early on Wednesday, Dec. 31, and remain shut on Thursday.", extent: 'Thursday', type: 'DATE', value: '2015-01-01', dct: '2014-12-28' },
  { sentence: 'Markets in London remain closed on Monday for the Easter holiday.', extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-28' },
  { sentence: 'The crude unit remains shut on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-27' },
  // So is a participle after "is" or "are" and "still", "already" or "well".
  { sentence: 'The refinery is still closed on Friday, the company said.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  // …while one kept in the past, or a deed done, is gone by.
  { sentence: 'The pipeline remained shut on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'The refinery was shut on Tuesday after a fire.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  // So is a hearing someone is held or freed pending, whatever the tense of holding.
  { sentence: 'He was ordered held without bail pending a detention hearing Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: 'The suspect remains jailed pending a hearing on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'He has been free on bail while awaiting a hearing on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'Relatives were awaiting the verdict on Monday when the fire alarm went off.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // Not an inquiry, nor a thing pending since a day.
  { sentence: 'The officer was suspended pending an investigation on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  { sentence: 'The motion has been pending since Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'Police stepped up security ahead of the marathon on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-04-21', dct: '2013-04-15' },
  { sentence: "The rhetoric was aimed at a domestic audience ahead of a meeting of the ruling Workers' Party on Sunday.", extent: 'Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-03-30' },
  { sentence: 'The euro fell ahead of a meeting of euro zone finance ministers on Monday.', extent: 'Monday', type: 'DATE', value: '2013-04-22', dct: '2013-04-19' },
  { sentence: "Indian shares fell on Monday ahead of the central bank's policy review on Tuesday.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: 'The yen slipped ahead of the Bank of Japan\'s two-day policy meeting on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-04-04', dct: '2013-04-01' },
  // A deadline raced against or still to be met lies ahead; one missed, or met from a day told before, does not.
  { sentence: 'Cyprus and its lenders were racing against a Monday deadline to agree on a bailout, officials said Sunday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-24' },
  { sentence: "Lawmakers scrambled to meet Friday's midnight deadline.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Negotiators were scrambling to meet a Tuesday deadline set by the central bank.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-24' },
  { sentence: "Lawmakers worked through the night to beat Monday's deadline.", extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-24' },
  { sentence: 'The company missed a Friday deadline to file its report.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-24' },
  { sentence: 'On Thursday, officials were scrambling to meet a Friday deadline.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-24' },
  // Met from a day told before, it is the first of its name after that day, whether that day is the writing's or not.
  { sentence: "Lawmakers scrambled Thursday to meet Friday's deadline.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'On Thursday, officials were scrambling to meet a Friday deadline.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'On Monday, officials were racing to meet a Wednesday deadline.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-22' },
  { sentence: 'The company failed to meet Monday\'s deadline for filing its accounts.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'Prices rose ahead of a vote of the full Senate, which was held on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-04-18', dct: '2013-04-19' },
  // A plan overtaken within the week tells of the days just gone; one still standing lies ahead.
  { sentence: 'The vote, originally scheduled for Thursday, was pushed back to give the coalition more time.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-22' },
  { sentence: 'The summit, initially planned for Tuesday, was called off.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-22' },
  { sentence: 'The envoy was due to arrive Friday for talks with the opposition.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-06' },
  // A plan put off in the present of a headline lies ahead as one put off in the past does.
  { sentence: 'Cyprus parliament delays bailout vote to Tuesday\n\nNICOSIA (Reuters) - The vote on the levy was put off again.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: 'Court adjourns hearing until Thursday\n\nThe judge said he needed more time.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18' },
  // A headline tells in the present: what is shut until a day stays shut into the days to come; the body may tell the past.
  { sentence: 'Cyprus banks shut until Thursday\n\nNICOSIA (Reuters) - Banks will stay closed as parliament debates the levy.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18' },
  { sentence: 'Cyprus crisis\n\nBanks were closed until Thursday, when they reopened.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-18' },
  // A vote told in the present after a plural subject is one to come; "the vote on Monday" is a vote, told in its tense.
  { sentence: 'Kenyans vote on Monday in the first general election since the violence of 2007.', extent: 'Monday', type: 'DATE', value: '2013-03-04', dct: '2013-03-02' },
  { sentence: 'Voters choose a new president on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-03', dct: '2013-03-02' },
  { sentence: 'The results of the vote on Monday were delayed.', extent: 'Monday', type: 'DATE', value: '2013-02-25', dct: '2013-03-02' },
  // "was to" and a deed: a plan the wires report ahead; not one undone, nor what a plan was.
  { sentence: 'Police arrested a prominent lawyer on Sunday. She was to appear in court on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-17' },
  // So is a rite of burial the wires tell with "was to be", and what "was to take place".
  { sentence: 'Delacroix, who died Saturday, was to be buried Monday at Arlington National Cemetery.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  { sentence: 'A funeral Mass was to take place Monday at St. Patrick\'s Cathedral.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  // Not one told as done, nor one undone.
  { sentence: 'Delacroix, who died Saturday, was buried Monday at Arlington National Cemetery.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  { sentence: 'The ceremony was to have taken place Monday but was called off.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  { sentence: 'The bill delays for two months the automatic spending cuts that were to start Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-01-02', dct: '2013-01-01' },
  { sentence: 'She was to have appeared in court on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-17' },
  // "first" tells the plan first made as "originally" does; "the first planned for" is a thing of a plan still to come.
  { sentence: 'The parliamentary vote, first planned for Sunday, was postponed to Monday.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: 'The vote was first scheduled for Sunday but was put off as the president struggled to win support.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: 'The first of the rallies planned for Sunday will start at the parliament.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-18' },
  { sentence: 'The first rally is planned for Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-18' },
  { sentence: 'The vote, scheduled for Thursday, could still be delayed.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-22' },
  { sentence: 'The talks, originally set for Monday, will now take place on Tuesday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-22' },
  // A clause with its own verb after "ahead of" keeps that verb's tense.
  { sentence: 'The bill passed ahead of talks that were held on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-04-13', dct: '2013-04-15' },
  { sentence: 'They would look for ways to get around Wednesday\'s ruling.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  { sentence: 'New Zealand said Friday it backed the strikes.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  { sentence: 'The delegation will leave for Geneva on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'The group might arrive as early as Tuesday, officials said.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'He met the king last Monday.', extent: 'last Monday', type: 'DATE', value: '2024-04-01' },
  // A schedule told in the present points ahead; "said Friday" still looks back.
  { sentence: 'The two-day summit ends on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  // What is appealed or challenged has been done, whatever the tense of the appeal.
  { sentence: 'Lawyers for the former officer will appeal Tuesday\'s verdict.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-20' },
  // An anniversary a day marks, told in the present, is still to come.
  // "That" opening a sentence before a weekday points back to the week the story is at; after a verb it opens a clause.
  { sentence: 'The fire broke out on Nov. 18, 1987. That Wednesday, the station was packed with commuters.', extent: 'That Wednesday', type: 'DATE', value: '1987-11-18', dct: '2013-03-21' },
  { sentence: 'The ship sank on April 15, 1912. That Monday, crowds gathered outside the offices.', extent: 'That Monday', type: 'DATE', value: '1912-04-15', dct: '2013-03-21' },
  { sentence: 'The ship sank in 1912. Officials said that Monday was the deadline.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // An anniversary kept on its day is told in the present, as a schedule is; kept in the past, it is gone.
  { sentence: 'The school celebrates its 100th anniversary on Saturday with a concert.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-20' },
  { sentence: 'The museum marks its centenary on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-20' },
  { sentence: 'The school celebrated its 100th anniversary on Saturday with a concert.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-20' },
  { sentence: 'Friday marks the 25th anniversary of the bombing.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The trial begins Monday in the capital.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The session has been running since March 5th and wraps up Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'The full interview airs Sunday on This Week.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'The museum reopens after a two-year refurbishment on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // A window that shuts, a squad that flies out: a schedule told in the present; in the past, the day gone.
  { sentence: 'The transfer window shuts at 23:00 on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-19' },
  { sentence: 'The England squad flies out to San Marino on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-19' },
  { sentence: 'The England squad flew out to San Marino on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-19' },
  // A side that takes on or entertains another on a weekday plays a fixture ahead; one that took it on played it.
  { sentence: 'England take on Montenegro in Podgorica on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-20' },
  { sentence: 'United entertain Reading on Saturday before the international break.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-20' },
  { sentence: 'England took on Montenegro in Podgorica on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-20' },
  { sentence: 'The senator decided to take on the party leadership on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-20' },
  { sentence: 'The company said Friday it begins layoffs next month.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  // Results are reported on a day to come; a plural present is a schedule ("polls close"), a noun is not ("its ninth
  // record close of the year").
  { sentence: 'Shares of FedEx, which reports quarterly results on Friday, edged lower.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'The bank reports its first-quarter earnings on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'Polls close at 8 p.m. on Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'He and Arafat meet separately Monday with Albright.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'Talks run Monday to Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  { sentence: 'Talks ran Monday to Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  {
    sentence: 'The S&P 500 lost 0.6% by 11:45 a.m., after notching its ninth record close of the year on Tuesday.',
    extent: 'Tuesday', type: 'DATE', value: '2024-04-02',
  },
  // A fixture told in the present before a name is one to come; a past one is not.
  { sentence: 'Arsenal travel to Munich on Wednesday for the first leg.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  { sentence: 'The team, unbeaten since January, plays on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The Knicks play at home on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Rain stopped play on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  { sentence: "The day's play on Sunday was washed out.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-20' },
  // …or before "the" and the side named by what it is.
  { sentence: 'United face the champions on Sunday.', extent: 'Sunday', type: 'DATE', value: '2014-01-05', dct: '2013-12-30' },
  { sentence: 'They lost to Spurs last year and face the same opponents again on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2014-01-01', dct: '2013-12-30' },
  { sentence: 'United faced the champions on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-12-29', dct: '2013-12-30' },
  { sentence: 'The film is released on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'The film was released on Friday.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  { sentence: 'Fans queued for tickets that go on sale Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'The strike, planned for Monday, was called off.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The president flies to Paris on Saturday for talks.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // What there is or was on a day is on this week's day, not on some day of that name.
  { sentence: 'There will be a vote Tuesday on the nomination.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: 'There was a vote Monday, aides said.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'There will be a hearing Monday afternoon.', extent: 'Monday afternoon', type: 'TIME', value: '2013-03-25TAF', dct: '2013-03-21' },
  { sentence: 'It was a wet Saturday in Leeds.', extent: 'Saturday', type: 'DATE', value: 'XXXX-WXX-6', dct: '2013-03-21' },
  { sentence: 'It was a typical Friday in the newsroom.', extent: 'Friday', type: 'DATE', value: 'XXXX-WXX-5', dct: '2013-03-21' },
  { sentence: 'It was a busy Sunday for the rescue crews.', extent: 'Sunday', type: 'DATE', value: 'XXXX-WXX-7', dct: '2013-03-21' },
  { sentence: 'Because the usual deadline falls on a Sunday this year, filers have an extra day.', extent: 'Sunday', type: 'DATE', value: 'XXXX-WXX-7', dct: '2013-03-21' },
  { sentence: 'Christmas falls on a Wednesday this year, so many offices will close for two days.', extent: 'Wednesday', type: 'DATE', value: 'XXXX-WXX-3', dct: '2013-03-21' },
  { sentence: 'Christmas falls on a Wednesday this year, so many offices will close for two days.', extent: 'this year', type: 'DATE', value: '2013', dct: '2013-03-21' },
  { sentence: 'He was arrested on a Monday last week.', extent: 'Monday last week', type: 'DATE', value: '2013-03-11', dct: '2013-03-21' },
  { sentence: 'Negotiators face a Friday deadline to reach a deal.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'Negotiators faced a Friday deadline but missed it.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  // A noun between the article and the day is what someone was; the day is this week's.
  { sentence: "Kerry was a guest Tuesday on CNN's State of the Union.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'The senator was a speaker Wednesday at the conference.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-21' },
  // "There's", "it's", "that's" are the present, as "there is" is; "it's been" is not.
  { sentence: '"There\'s a vote Tuesday," Reid said Thursday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: '"It\'s a big day Tuesday," he said.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: 'It\'s been a week since the vote on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'That\'s why he resigned Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // A possessive day is of what happened, unless it is "this" week's or the subject of a verb to come.
  { sentence: "This Friday's match is sold out.", extent: 'This Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: "Sunday's vote will decide the matter.", extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: "Sunday's vote decided the matter.", extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  // …not when it is the object of a deed done just before it; a verb of telling is no deed.
  { sentence: "Runners who were unable to finish Monday's Boston Marathon will be allowed to enter next year's race.", extent: 'Monday', type: 'DATE', value: '2013-04-15', dct: '2013-04-19' },
  { sentence: "Officials said Sunday's vote will decide the matter.", extent: 'Sunday', type: 'DATE', value: '2013-04-21', dct: '2013-04-19' },
  // …past what the subject is of or on, a few words with no verb of their own.
  { sentence: "Friday's report on consumer spending will offer further clues.", extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-28' },
  { sentence: "Monday's vote on the budget in the Senate will be close.", extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-28' },
  { sentence: "Friday's report on consumer spending showed a rise.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-28' },
  { sentence: "Friday's report on spending that showed a rise will be revised.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-28' },
  // …but what a day's event left behind has come, whatever is to be done with it.
  { sentence: "Sunday's estimates will be revised on Monday.", extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-25' },
  { sentence: "Friday's attack will be investigated by the UN.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-25' },
  { sentence: "Saturday's defeat at Anfield will cost him his job.", extent: 'Saturday', type: 'DATE', value: '2013-11-16', dct: '2013-11-20' },
  { sentence: "Saturday's derby will decide the title.", extent: 'Saturday', type: 'DATE', value: '2013-11-23', dct: '2013-11-20' },
  // A fixture named by its day as the subject of "is" is to come; not one under investigation, nor one attended.
  { sentence: "Sunday's game against Leeds is sold out.", extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-22' },
  { sentence: "Sunday's match is under investigation.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-22' },
  { sentence: "Fans who attended Sunday's game are angry.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-22' },
  { sentence: "Friday's jobs data will show a rise.", extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-03-25' },
  // After "during" or "at", the day's event is when the clause's deed is: the clause's tense tells it.
  { sentence: "By Friday night the storm moves out to sea, but it will bring coastal flooding from New Jersey up to Massachusetts during Saturday's high tides.", extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: "The board will vote on the merger at Monday's meeting in Chicago.", extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: "The board voted on the merger at Monday's meeting in Chicago.", extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  { sentence: "The Chiefs will make the first selection in Thursday night's draft.", extent: 'Thursday night', type: 'TIME', value: '2013-04-25TNI', dct: '2013-04-24' },
  { sentence: "Rooney scored twice in Saturday's win over Reading.", extent: 'Saturday', type: 'DATE', value: '2013-04-20', dct: '2013-04-24' },
  { sentence: "Crosby will miss two games after taking a puck to the face in Tuesday night's win.", extent: 'Tuesday night', type: 'TIME', value: '2013-03-12TNI', dct: '2013-03-13' },
  // A fixture named by its day after "for" is told in the clause's tense; what is punished for is no fixture.
  { sentence: "He is doubtful for Saturday's game against the Jets.", extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-14' },
  { sentence: "He was fined for Sunday's outburst.", extent: 'Sunday', type: 'DATE', value: '2013-03-10', dct: '2013-03-14' },
  // A gathering gone to, attended or prepared for is told in the clause's tense; a reaction is to one gone by.
  { sentence: "Vice President Joe Biden will lead the U.S. delegation to Tuesday's Mass, the White House said Sunday.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: "The prime minister will fly to Brussels on Wednesday for Thursday's EU summit.", extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18' },
  { sentence: "Several heads of state will also attend Friday's funeral in Caracas.", extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-06' },
  { sentence: "Kerry is expected to travel to Tuesday's talks in Geneva.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: "The candidates will make their final pitches before Sunday's runoff.", extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  { sentence: "The caretaker cabinet will stay in office until Sunday's election.", extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  { sentence: "Shares fell sharply before Tuesday's vote.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: "Obama sent a delegation to Sunday's inauguration.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: "The opposition will mount a legal challenge to Sunday's election.", extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  // What the present perfect has readied for a gathering or a fixture is for one still to come; not a reaction to it.
  { sentence: "Security has been tightened for Friday's inauguration.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'Troops have been deployed across the capital for Sunday\'s vote.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-21' },
  { sentence: "Fans have lined up for Saturday's final.", extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-21' },
  { sentence: "He has apologized for Tuesday's vote.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: "Security was tightened for Friday's inauguration.", extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  // A day's deadline is met, missed or faced in the clause's tense.
  { sentence: "Obama will sign the bill before Wednesday's midnight deadline.", extent: 'Wednesday', type: 'DATE', value: '2013-03-27', dct: '2013-03-21' },
  { sentence: "Obama will sign the bill before Wednesday's midnight deadline.", extent: 'midnight', type: 'TIME', value: '2013-03-27T24:00', dct: '2013-03-21' },
  { sentence: "Lawmakers are racing to meet Friday's deadline for a deal.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: "Cyprus missed Monday's deadline.", extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: "Monday's deadline passed without a deal.", extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // …however near the word that looks ahead.
  { sentence: "The Pentagon said it will respond to Saturday's attack at a time of its choosing.", extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-18' },
  { sentence: "Tehran will reply to Friday's proposal within a week, the foreign ministry said.", extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-18' },
  { sentence: "Biden will travel to Tuesday's installation Mass.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  // So is a qualifier, a friendly, a replay or a leg of a tie.
  { sentence: "Kidd said on Sunday he would decide within 48 hours whether O'Dowd is fit for Tuesday's World Cup qualifier against Austria.", extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-24' },
  { sentence: "Ramos is available for Wednesday's second leg in Istanbul.", extent: 'Wednesday', type: 'DATE', value: '2013-04-10', dct: '2013-04-05' },
  { sentence: "He was passed fit for Friday's friendly and scored twice.", extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-24' },
  // The winner of a day's game meets whoever it meets after it: the clause's tense tells the day.
  { sentence: "The Cardinals open play Thursday night against the winner of Tuesday's First Four game.", extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: "Louisville beat the winner of Tuesday's game.", extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-18' },
  { sentence: "The gap closes slowly. As of Friday's close, the index was down 6%.", extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  { sentence: 'The envoy arrives Wednesday for talks.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  // A game or a hearing one has on a day, in the present, is to come; not one had.
  { sentence: '"We have a game Monday," James said after Miami beat New Orleans.', extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-31' },
  { sentence: 'The court has a hearing on Friday.', extent: 'Friday', type: 'DATE', value: '2013-04-05', dct: '2013-03-31' },
  // "Have got" is "have": a fixture one has got is still to come; one that one "got" or "had got" is not.
  { sentence: '"We\'ve got a big match on Saturday and we need the points," the manager said.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-17' },
  { sentence: 'The court has got a hearing on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-17' },
  { sentence: 'He got a warning on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-17' },
  { sentence: 'We had a game Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-31' },
  // Only "a week on Monday" looks ahead; an ordinal week ends on the day told.
  { sentence: 'The strike entered its third week on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  // A clock time's zone in brackets does not end the sentence: "will" still reaches the day.
  { sentence: 'The group will hold a conference call for analysts at 9:00 a.m. (0800 GMT) on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-07' },
  // A weekday before the day it names, after a comma, is part of it, in capitals too.
  { sentence: 'FOR RELEASE: 12:01 A.M. EST, THURSDAY, MARCH 7, 2013', extent: 'THURSDAY, MARCH 7, 2013', type: 'DATE', value: '2013-03-07', dct: '2013-03-05' },
  // What is due before its day is still to come; what was due is not.
  { sentence: 'Unemployment stayed at 5.4 percent in March, data due Tuesday is expected to show.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'Economists said figures due out on Monday would show a rise.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The payment was due Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // An appearance in court someone was due for is reported ahead, unless told undone.
  { sentence: 'The suspect was due in court Friday on charges of attempted murder.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'The two men were due before magistrates on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'He was due in court on Friday, but the hearing was postponed.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  // A court remands or bails someone to appear on a day ahead; one someone had been remanded to make may have gone by.
  { sentence: 'He was remanded in custody to appear at Leeds Crown Court on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'She was released on bail to appear before magistrates on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'He had been remanded in custody to appear at Leeds Crown Court on Friday, but the hearing was moved.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  { sentence: 'He was released on bail on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // So does a day someone is remanded, bailed or held without bail until; not one someone had been remanded until.
  { sentence: 'He was remanded in custody until Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'The case was listed for a hearing on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  { sentence: 'The suspect was held without bail until a hearing Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-21' },
  { sentence: 'He had been remanded in custody until Monday, when a judge freed him.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'He was held in custody until Monday, when he was released.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  // A present passive tells of a state to come, unless it tells of a deed ("is accused of … on Monday").
  { sentence: 'The museum is closed on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'He is accused of killing a man on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // "now" before an age set off by commas tells the age today, not the tense of the deed.
  { sentence: 'Detectives arrested the man, now 52, at his home in Newark early Wednesday morning.', extent: 'early Wednesday morning', type: 'TIME', value: '2013-03-13TMO', dct: '2013-03-14' },
  { sentence: 'Police arrested the woman, now in her 60s, on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13', dct: '2013-03-14' },
  { sentence: 'Now the man, who has been charged, faces a hearing on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-14' },
  // Two days that share "next": the second is the first such day after the first.
  { sentence: "I'm out of the office next Monday and Tuesday.", extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  // Two days joined by "and" or "or": the second is the one nearest the first, not counted from the writing.
  { sentence: 'The storm is expected to make landfall late Tuesday or early Wednesday.', extent: 'early Wednesday', type: 'DATE', value: '2024-04-10', mod: 'START', dct: '2024-04-03' },
  // After a count of time, "late" or "early" tells a delay or a lead: the day has no part named.
  { sentence: 'Schools will open two hours late Thursday because of icy roads.', extent: 'Thursday', type: 'DATE', value: '2013-03-07', dct: '2013-03-06' },
  { sentence: 'Students will be dismissed 90 minutes early Friday for conferences.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-06' },
  { sentence: 'Schools will open two hours late Thursday morning.', extent: 'Thursday morning', type: 'TIME', value: '2013-03-07TMO', dct: '2013-03-06' },
  { sentence: 'The storm is expected to arrive late Thursday.', extent: 'late Thursday', type: 'DATE', value: '2013-03-07', mod: 'END', dct: '2013-03-06' },
  { sentence: 'The Senate approved its first budget in four years early Saturday, after an all-night session.', extent: 'early Saturday', type: 'DATE', value: '2013-03-23', mod: 'START', dct: '2013-03-24' },
  { sentence: 'Talks will be held on Tuesday and Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10', dct: '2024-04-03' },
  { sentence: 'Following are statements made Friday and Thursday by a lawyer.', extent: 'Thursday', type: 'DATE', value: '2024-03-28', dct: '2024-03-29' },
  // A plural noun in -s is no verb: "had filed compliance reports by Wednesday" is past.
  { sentence: 'Thirty-two members had filed compliance reports by Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  { sentence: 'The Lakers host the Celtics on Monday night.', extent: 'Monday night', type: 'TIME', value: '2024-04-08TNI' },
  { sentence: 'Arsenal travelled to Munich on Wednesday for the first leg.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  // What could happen lies ahead; what could not be done, or could be reached, was tried.
  { sentence: 'Forecasters warned that another storm could arrive on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  { sentence: 'Forecasters warned that another storm could arrive by the weekend.', extent: 'the weekend', type: 'DATE', value: '2024-W14-WE' },
  { sentence: 'Neither he nor his lawyer could be reached Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  // Told on a Sunday, "the weekend" to come is the next one; one gone by, or "this weekend", is the day's own.
  { sentence: 'The cold is expected to ease by the weekend, forecasters said.', extent: 'the weekend', type: 'DATE', value: '2024-W02-WE', dct: '2024-01-07' },
  { sentence: 'Prices will likely stay firm through the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-03-24' },
  { sentence: 'Crews restored power to most homes over the weekend.', extent: 'the weekend', type: 'DATE', value: '2024-W01-WE', dct: '2024-01-07' },
  { sentence: 'Rain will return over the weekend.', extent: 'the weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-23' },
  { sentence: 'The tournament is expected to end on schedule this weekend.', extent: 'this weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-17' },
  // So does the aim of a deed told in the past.
  { sentence: 'Officials met on Monday with the aim of agreeing a text by Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  { sentence: 'Negotiators met in Geneva in the hope of securing a deal by Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  { sentence: 'Officials met on Monday with the aim of agreeing a text by Friday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-19' },
  // What is threatened lies ahead.
  { sentence: 'The militants have threatened to execute the hostage on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  // "Was" of a condition told back is no past: the deadline lies ahead; a condition on what has been is still past.
  { sentence: 'The kidnappers threatened to kill the hostages if the ransom was not paid by Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-19' },
  { sentence: 'Officials were unsure if the talks were held on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-19' },
  // …but a deal that could be reached by a day lies ahead.
  { sentence: 'Diplomats said a deal could be reached by Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  { sentence: 'An agreement could be reached as early as Thursday, officials said.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-19' },
  { sentence: 'The spokesman could be reached by phone on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-19' },
  { sentence: 'Neither he nor his relatives could be located Wednesday in their hometown.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  { sentence: 'Analysts said a new vote could be held as soon as Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // What someone was urged or asked to do is still to come.
  { sentence: 'Officials urged people to stay at home on Friday if they could.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  // …but what someone had been ordered to do is told of a day gone by.
  { sentence: 'Workers had been ordered back to work Wednesday despite the cracks.', extent: 'Wednesday', type: 'DATE', value: '2013-04-24', dct: '2013-04-29' },
  { sentence: 'Managers had ordered workers to return Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-04-24', dct: '2013-04-29' },
  // Told before the order, the day is the order's, a deed done.
  { sentence: 'The judge on Monday ordered him to be released on bail.', extent: 'Monday', type: 'DATE', value: '2019-05-13', dct: '2019-05-15' },
  // So is an intention told in the past right after the day; what was intended comes after it.
  { sentence: 'Cyprus on Saturday agreed to impose a levy on deposits.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-18' },
  // So is scheduling told with its object: the thing scheduled lies ahead, the scheduling was done on the day.
  { sentence: 'The judge on Monday scheduled a hearing for April.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'A judge set bail at $500,000 on Wednesday and scheduled a hearing for next Thursday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-21' },
  // Not a thing that is scheduled.
  { sentence: 'A hearing on Wednesday is scheduled to decide the matter.', extent: 'Wednesday', type: 'DATE', value: '2013-03-27', dct: '2013-03-21' },
  // A relative pronoun is the subject of what was told after "said": the day right after is the telling's.
  { sentence: 'The Senate began debate on its own plan, which Majority Leader Harry Reid said Tuesday would pass before the recess.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'The government on Friday pledged to cut taxes.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-18' },
  { sentence: 'Union leaders on Sunday voted to strike.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: 'Talks on Thursday are expected to focus on the levy.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18' },
  { sentence: 'The judge asked both sides to file their arguments by Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  // "last" after a modal is the verb, not "last week"; a hope or a promise looks ahead.
  { sentence: 'The strike will last until noon on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  { sentence: 'The airport said it hoped to resume normal service by Wednesday at the latest.', extent: 'Wednesday', type: 'DATE', value: '2024-04-10' },
  { sentence: 'The minister promised to publish the figures on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  // A schedule in the plural present looks ahead, across "a.m." too; "was open" does not.
  { sentence: 'Voters go to the polls on Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'Polls open at 7 a.m. on Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'The shop was open on Sunday.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  { sentence: "The shop didn't open on Monday.", extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  { sentence: 'Thousands of families slept in the open on Sunday night, fearing more aftershocks.', extent: 'Sunday night', type: 'TIME', value: '2024-03-31TNI' },
  { sentence: 'The dispute came out into the open on Monday when the minister resigned.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  { sentence: 'On Sunday, voters go to the polls.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  // A tour told ahead day by day in participles: the days are the coming ones, however long the sentence runs.
  {
    sentence: 'The foreign minister will visit the region this week, meeting his counterparts from Egypt, Jordan and the Palestinian Authority in Amman on Tuesday before flying on to Riyadh for talks with King Abdullah on Thursday.',
    extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18',
  },
  {
    sentence: 'The prime minister will spend four days in the Gulf, holding talks with officials in Riyadh and Abu Dhabi on Wednesday before travelling on to Doha for the opening of the Arab League summit on Friday.',
    extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-18',
  },
  // "Tuesday week" is a week after the coming Tuesday; "the weekend before last" two weekends back.
  { sentence: 'The summit opens Tuesday week.', extent: 'Tuesday week', type: 'DATE', value: '2024-04-16' },
  { sentence: 'The final is on Saturday fortnight.', extent: 'Saturday fortnight', type: 'DATE', value: '2024-04-20' },
  // …even after the coming Tuesday was named bare: the two are other days.
  { sentence: 'The bill goes to Cabinet on Tuesday and the party will table a motion in the Dáil on Tuesday week.', extent: 'Tuesday week', type: 'DATE', value: '2013-04-02', dct: '2013-03-23' },
  { sentence: 'The bill goes to Cabinet on Tuesday and the party will table a motion in the Dáil on Tuesday week.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-23' },
  { sentence: 'The first hearing is on Monday, and the second on Monday fortnight.', extent: 'Monday fortnight', type: 'DATE', value: '2013-04-08', dct: '2013-03-23' },
  // A weekday with its week named after it is that day of that week ("Friday next week" is not this Friday).
  { sentence: 'The match is on Friday next week.', extent: 'Friday next week', type: 'DATE', value: '2024-04-12' },
  { sentence: 'He resigned on Monday of last week.', extent: 'Monday of last week', type: 'DATE', value: '2024-03-25' },
  { sentence: 'Talks resume Thursday this week.', extent: 'Thursday this week', type: 'DATE', value: '2024-04-04' },
  // Not across a comma, nor before a possessive week.
  { sentence: 'The vote is Friday, next week it will be different.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: "On Monday this week's figures came out.", extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // A weekday and the number of its day: that day, in the month near the writing where it falls on that weekday.
  { sentence: 'The hearing resumes on Wednesday 27th.', extent: 'Wednesday 27th', type: 'DATE', value: '2013-03-27', dct: '2013-03-20' },
  { sentence: 'We met on Friday the 1st.', extent: 'Friday the 1st', type: 'DATE', value: '2013-03-01', dct: '2013-03-20' },
  { sentence: 'The service on Monday 29th will be led by the bishop.', extent: 'Monday 29th', type: 'DATE', value: '2013-04-29', dct: '2013-03-20' },
  // "Friday next", "Tuesday last" closing their phrase: the coming one, the one gone by; not before "week".
  { sentence: 'The unions will announce their results on Friday next.', extent: 'Friday next', type: 'DATE', value: '2024-04-05' },
  { sentence: 'The notice was published on Tuesday last, in the local paper.', extent: 'Tuesday last', type: 'DATE', value: '2024-04-02' },
  { sentence: 'The board meets on Monday next, in Dublin.', extent: 'Monday next', type: 'DATE', value: '2024-04-08' },
  // …and after "on" with the clause running on after them (Indian and Pakistani English); not when the word after makes
  // "last" or "next" its own.
  { sentence: 'The agency told the court on Friday last that it needed more time.', extent: 'Friday last', type: 'DATE', value: '2024-03-29' },
  { sentence: 'A bench headed by the Chief Justice on Tuesday last directed the agency to file a report.', extent: 'Tuesday last', type: 'DATE', value: '2024-04-02' },
  { sentence: 'The petition will be heard on Monday next by a larger bench.', extent: 'Monday next', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The side also won on Saturday last year.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  { sentence: 'The side also won on Saturday last year.', extent: 'last year', type: 'DATE', value: '2023' },
  { sentence: 'A stall was set up on Sunday next to the church.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  { sentence: 'The weekend before last was busy.', extent: 'The weekend before last', type: 'DATE', value: '2024-W12-WE' },
  // "the following weekend", "the previous weekend": counted from the day told.
  { sentence: 'They won on Saturday and lost the following weekend.', extent: 'the following weekend', type: 'DATE', value: '2013-W12-WE', dct: '2013-03-20' },
  { sentence: 'They won on Saturday after losing the previous weekend.', extent: 'the previous weekend', type: 'DATE', value: '2013-W10-WE', dct: '2013-03-20' },
  { sentence: 'Theaters were busy over the long weekend.', extent: 'the long weekend', type: 'DATE', value: '2013-W07-WE', dct: '2013-02-19' },
  { sentence: 'The movie took in $80 million over the holiday weekend, the studio said Monday.', extent: 'the holiday weekend', type: 'DATE', value: '2013-W07-WE', dct: '2013-02-19' },
  { sentence: 'Traffic will be heavy this holiday weekend.', extent: 'this holiday weekend', type: 'DATE', value: '2013-W21-WE', dct: '2013-05-22' },
  { sentence: 'Police made 40 arrests over the bank holiday weekend, Scotland Yard said on Monday.', extent: 'the bank holiday weekend', type: 'DATE', value: '2013-W13-WE', dct: '2013-04-01' },
  { sentence: 'Sunshine is forecast for the bank holiday weekend.', extent: 'the bank holiday weekend', type: 'DATE', value: '2013-W18-WE', dct: '2013-05-02' },
  // After a weekend told, the weekend before it.
  { sentence: 'The film took in $12 million over the weekend, down 50 percent from the previous weekend.', extent: 'the previous weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-25' },
  { sentence: 'The Croods opened over the weekend. Holdovers fell 40 percent from the prior weekend.', extent: 'the prior weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-25' },
  // Put off until a day: that day is still to come, whatever the tense of putting off.
  // A participle joined by "and" to one after "be" looks ahead with it.
  { sentence: 'The suspect is expected to be charged Monday and arraigned Wednesday, a day after New Year\'s Day.', extent: 'Wednesday', type: 'DATE', value: '2019-01-02', dct: '2018-12-30' },
  { sentence: 'The suspect was charged Monday and arraigned Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2018-12-26', dct: '2018-12-30' },
  // …and so does one after a participle of its own form ("flown", "sworn").
  { sentence: 'The former president\'s body will be flown home on Sunday and buried Monday in his native village.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-23' },
  { sentence: 'The new president will be sworn in and flown to the capital on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-23' },
  { sentence: 'The former president\'s body was flown home on Sunday and buried Monday in his native village.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-23' },
  // "the weekend before", "the weekend after", closing their phrase: a step from the day told.
  { sentence: 'She vanished on June 3, 2009. The weekend before, she had been seen at a party.', extent: 'The weekend before', type: 'DATE', value: '2009-W22-WE', dct: '2013-03-21' },
  { sentence: 'She vanished on June 3, 2009. The weekend after, volunteers searched the lake.', extent: 'The weekend after', type: 'DATE', value: '2009-W23-WE', dct: '2013-03-21' },
  { sentence: 'He was charged the weekend before last.', extent: 'the weekend before last', type: 'DATE', value: '2013-W10-WE', dct: '2013-03-21' },
  // "that weekend" and "the next weekend" count from the day told.
  { sentence: 'The storm hit on Oct. 29, 2012. That weekend, the power was still out across the county.', extent: 'That weekend', type: 'DATE', value: '2012-W44-WE', dct: '2013-03-17' },
  { sentence: 'The river burst its banks on Tuesday, April 12, 2011. The next weekend, volunteers arrived from across the state.', extent: 'The next weekend', type: 'DATE', value: '2011-W15-WE', dct: '2013-03-17' },
  // "the past weekend" takes its "the", as "the past week" does; weekends are counted back with "ago" too.
  { sentence: 'Over the past weekend, heavy rain flooded the valley.', extent: 'the past weekend', type: 'DATE', value: '2013-W11-WE', dct: '2013-03-18' },
  { sentence: 'Two weekends ago, the river burst its banks.', extent: 'Two weekends ago', type: 'DATE', value: '2013-W10-WE', dct: '2013-03-18' },
  { sentence: 'The same gang struck a weekend ago in a nearby town.', extent: 'a weekend ago', type: 'DATE', value: '2013-W10-WE', dct: '2013-03-17' },
  // "the Sunday after the shooting": the day of that name after (before) the day the story is at.
  { sentence: 'The shooting happened on Wednesday, Feb. 6. He was arrested on the Sunday after the shooting.', extent: 'Sunday', type: 'DATE', value: '2013-02-10', dct: '2013-03-04' },
  { sentence: 'Police said the shooting happened Tuesday. The suspect had bought the gun on the Saturday before.', extent: 'Saturday', type: 'DATE', value: '2013-02-23', dct: '2013-03-04' },
  { sentence: 'She was abducted in late January and escaped on the Monday after.', extent: 'Monday', type: 'DATE', value: 'XXXX-WXX-1', dct: '2013-03-04' },
  // Not "the Friday before last", two weeks back.
  { sentence: 'He was arrested on the Friday before last.', extent: 'Friday', type: 'DATE', value: '2013-03-01', dct: '2013-03-04' },
  { sentence: 'The hearing was scheduled for Tuesday but was adjourned at the request of the defense.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  { sentence: 'Officials postponed until Tuesday morning any action on the case.', extent: 'Tuesday morning', type: 'TIME', value: '2024-04-09TMO' },
  { sentence: 'The agency extended its deadline until 9 a.m. Tuesday.', extent: '9 a.m. Tuesday', type: 'TIME', value: '2024-04-09T09:00' },
  // …with a long object between too.
  { sentence: 'Cyprus has postponed a parliamentary vote on a controversial levy on bank deposits until Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-18' },
  { sentence: 'Cyprus postponed the vote. Banks stayed closed until Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-18' },
  // …or "through" it; not a night gone through.
  { sentence: 'The deadline was extended through Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'Health officials recommended that events be canceled or postponed through mid-May.', extent: 'mid-May', type: 'DATE', value: '2020-05', mod: 'MID', dct: '2020-03-15' },
  { sentence: 'The school closures were extended through May.', extent: 'May', type: 'DATE', value: '2020-05', dct: '2020-03-15' },
  { sentence: 'Talks were extended through the night.', extent: 'the night', type: 'TIME', value: '2013-03-20TNI', dct: '2013-03-21' },
  // A vote set up for a day is still to come, whatever the tense of setting it up; not a deed done that day.
  { sentence: 'Reid filed cloture on the bill, setting up a vote for Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-21' },
  { sentence: 'McConnell set up a test vote for Monday evening.', extent: 'Monday evening', type: 'TIME', value: '2013-03-25TEV', dct: '2013-03-21' },
  { sentence: 'He set up the company for tax reasons on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-21' },
  { sentence: 'Ferry services to the islands were suspended until Friday because of the storm.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-12' },
  // Not a day the suspending was done on.
  { sentence: 'Trading in the shares was suspended until further notice on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-12' },
  // Extended "to" a count is no putting off: the streak grew on the night gone by.
  { sentence: 'The Heat extended their winning streak to 24 games on Monday night, beating the Celtics.', extent: 'Monday night', type: 'TIME', value: '2013-03-18TNI', dct: '2013-03-20' },
  { sentence: 'Chelsea extended their lead to 10 points on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-20' },
  // …but not the "to" of a length: that says how long the delay was, not until when.
  { sentence: 'Trains were delayed by 15 to 20 minutes on Tuesday morning.', extent: 'Tuesday morning', type: 'TIME', value: '2024-04-02TMO' },
  { sentence: 'Flights were delayed by up to two hours on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-02' },
  { sentence: 'Officials said the vote, initially set for Thursday, was moved to Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-04-06' },
  // So is a day moved to with its clock time first.
  { sentence: 'The game has been brought forward to 12.45pm on Saturday because of the Boat Race.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-22' },
  { sentence: 'Kick-off was moved to 5.30pm on Sunday for television.', extent: '5.30pm', type: 'TIME', value: '2013-03-24T17:30', dct: '2013-03-22' },
  { sentence: 'He was moved to 10 Downing Street on Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-22' },
  { sentence: 'He moved to Paris on Saturday.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  // A quote that is speech, or names no work, keeps its day.
  { sentence: 'The singer, who played "Manic Monday" last, said "Sunday Was Great" after the show.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  { sentence: 'Troops launched the so-called "Sunday Offensive" on the border, officials said.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  { sentence: '"Next Tuesday," the film\'s director said, "we start shooting."', extent: 'Next Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-24' },
  // An expectation told in the present points ahead too.
  { sentence: 'Lawyers were told that the verdict is expected on Monday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  // With no verb to say otherwise, a deadline lies ahead.
  { sentence: 'In its latest deadline, the agency has given the relatives until Tuesday to sign.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  // A deadline given or held is still ahead, whatever the tense of giving or of the saying around it.
  { sentence: 'The opposition gave the president until Tuesday to respond.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: '"The government has until Monday," an official said.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'He had been given until Monday to leave, but stayed on.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // …also with its hour written first, and in a headline with no verb at all.
  { sentence: 'Amber wind warning in force until 06:00 on Monday', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The office has a warning in force until 18:00 GMT on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  // "The Met" (the Met Office, the Met Police) is no verb "met".
  { sentence: 'The Met Office has an amber warning in place until 6pm on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-09' },
  { sentence: 'The minister met farmers on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2024-04-02' },
  { sentence: 'Amber wind warning in force until 06:00 on Monday', extent: '06:00', type: 'TIME', value: '2024-04-08T06:00' },
  // Short weekdays of notes and e-mails.
  { sentence: 'We met last Tues to discuss the budget.', extent: 'last Tues', type: 'DATE', value: '2025-01-14', dct: '2025-01-15' },
  { sentence: 'The deadline is next Fri.', extent: 'next Fri.', type: 'DATE', value: '2025-01-17', dct: '2025-01-15' },
  { sentence: 'See you on Thurs at noon.', extent: 'Thurs', type: 'DATE', value: '2025-01-16', dct: '2025-01-15' },
  // "Last" as a verb after a future clause tells nothing of the past.
  { sentence: 'Another storm is expected to arrive on Tuesday night and last into Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-01-24', dct: '2024-01-22' },
  // A day something "falls on" in the present is one to come.
  { sentence: 'The anniversary falls on Saturday.', extent: 'Saturday', type: 'DATE', value: '2019-07-20', dct: '2019-07-16' },
  // A deadline at the close of a day lies ahead.
  { sentence: 'Please send the draft by end of day Friday.', extent: 'Friday', type: 'DATE', value: '2025-01-17', dct: '2025-01-15' },
  { sentence: 'Send it by close of business Friday.', extent: 'Friday', type: 'DATE', value: '2025-01-17', dct: '2025-01-15' },
  // An expectation reported in the past still looks ahead; one that fell through does not.
  { sentence: 'The weather service said more rain was expected Monday and Tuesday.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The verdict was expected Monday but was delayed.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  { sentence: 'Airlines canceled more than 2,000 flights on Friday and said more cancellations were likely on Monday.', extent: 'Monday', type: 'DATE', value: '2014-01-06', dct: '2014-01-04' },
  { sentence: 'Police said the fire was likely started on Monday by a discarded cigarette.', extent: 'Monday', type: 'DATE', value: '2013-12-30', dct: '2014-01-04' },
  // A warning, a ban or a chance runs to the time told with it, whatever verb put it in place.
  { sentence: 'The National Weather Service issued a heat advisory for New York City through 8 p.m. on Friday, when temperatures could reach 100 degrees.', extent: 'Friday', type: 'DATE', value: '2013-07-19', dct: '2013-07-17' },
  { sentence: 'The weather service said there was a 30 percent chance of thunderstorms each afternoon through Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-06-15', dct: '2013-06-13' },
  { sentence: 'Authorities imposed a curfew in the capital until Monday.', extent: 'Monday', type: 'DATE', value: '2013-06-17', dct: '2013-06-13' },
  { sentence: 'The Met Office has issued amber warnings for heavy snow until midday on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-19' },
  // So does what is valid until a time, however far the warning; not what was valid.
  { sentence: 'Forecasters issued amber warnings for parts of Scotland and northern England, valid from 6 p.m. on Saturday until noon on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-16' },
  { sentence: 'Forecasters issued amber warnings for parts of Scotland and northern England, valid from 6 p.m. on Saturday until noon on Monday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-16' },
  { sentence: 'His permit was valid until Monday, officials said on Saturday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-16' },
  { sentence: 'The Met Office has issued amber warnings for heavy snow until midday on Wednesday. Temperatures dropped to -7C overnight.', extent: 'overnight', type: 'TIME', value: '2013-03-18TNI', dct: '2013-03-19' },
  // The dot of "p.m." in the span's start ends no sentence.
  { sentence: 'Forecasters issued amber warnings for Scotland, valid from 6 p.m. on Saturday until noon on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-16' },
  { sentence: 'Forecasters issued amber warnings for Scotland, valid from 6 p.m. on Saturday until noon on Monday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-16' },
  { sentence: 'Forecasters issued amber warnings for Scotland, valid from 6 p.m. on Saturday until noon on Monday.', extent: '6 p.m.', type: 'TIME', value: '2013-03-16T18:00', dct: '2013-03-16' },
  // …unless a past verb of lasting holds it to that time: the span is over.
  { sentence: 'The curfew in the capital lasted until Sunday, residents said.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-21' },
  { sentence: 'The ban remained in place until 6 p.m. on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  { sentence: 'The curfew ran from noon until 6 p.m. on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-21' },
  { sentence: 'The ban remained in place from 9 a.m. on Friday until 5 p.m. on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-16' },
  { sentence: 'The curfew lasted from 6 p.m. on Friday until 6 a.m. on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-16' },
  { sentence: 'The curfew was extended until Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-21' },
  // What the present perfect has done until a day holds now: the day is still to come; not what "had" been done.
  { sentence: 'Police have closed the road until Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-19' },
  { sentence: 'The airline has suspended flights to the island until Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-19' },
  { sentence: 'Police had closed the road until Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-19' },
  // What is warned of by a time is to come by then…
  { sentence: 'Forecasters warned of up to a foot of snow in Washington by Wednesday night.', extent: 'Wednesday night', type: 'TIME', value: '2013-03-06TNI', dct: '2013-03-05' },
  { sentence: 'Officials warned of flooding along the river by Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-05' },
  { sentence: 'Forecasters said the storm would weaken inland, but warned of flooding rains of up to 10 inches in Mississippi and Tennessee through Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2005-08-31', dct: '2005-08-29' },
  { sentence: 'Forecasters at the Met Office warn of heavy snow on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'The union warned of disruption to flights from Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-20' },
  // …not what a past form between tells of.
  { sentence: 'Officials warned of a repeat of the violence that erupted on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // …and so is what is warned of until a time.
  { sentence: 'Heavy rain is forecast to continue, and officials warned of flooding in low-lying areas until Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-10-15', dct: '2013-10-13' },
  { sentence: 'Officials warned of flooding on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-10-08', dct: '2013-10-13' },
  // The present perfect names no day of warning, so the day is of what is warned of.
  { sentence: 'The Met Office has warned of further snow on Wednesday, and schools may stay shut.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-18' },
  { sentence: 'Forecasters have warned of heavy rain and flooding on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-10-20', dct: '2013-10-17' },
  { sentence: 'Police have warned of a repeat of the violence that erupted on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // What was forecast to happen on a day lies ahead, as what was expected to does.
  { sentence: 'River levels on the Thames were forecast to peak on Tuesday or Wednesday and could remain high for days.', extent: 'Tuesday', type: 'DATE', value: '2014-02-11', dct: '2014-02-10' },
  { sentence: 'Temperatures in Adelaide were predicted to reach 44C on Friday.', extent: 'Friday', type: 'DATE', value: '2013-01-11', dct: '2013-01-08' },
  { sentence: 'Another freeze is possible, the weather service said, with lows in the 20s forecast for Saturday night in western Kansas.', extent: 'Saturday night', type: 'TIME', value: '2013-04-13TNI', dct: '2013-04-11' },
  // A participle after "be" and a share is no deed done: "to be 50 percent contained by Saturday" lies ahead.
  { sentence: 'Officials said they expect the fire to be 90% contained by Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-06-15', dct: '2013-06-13' },
  { sentence: 'Fire officials said they expect the blaze to be 50 percent contained by the weekend, weather permitting.', extent: 'the weekend', type: 'DATE', value: '2013-W24-WE', dct: '2013-06-13' },
  // So is what one is to have done: "to have power restored by Sunday" lies ahead; "to have died on Sunday" not.
  { sentence: 'Utilities expect to have power restored to most customers by Sunday night.', extent: 'Sunday night', type: 'TIME', value: '2013-03-24TNI', dct: '2013-03-22' },
  { sentence: 'The company said it hoped to have all customers restored by Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-22' },
  { sentence: 'He is believed to have been killed on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-22' },
  // A thing expected on a day, with no verb of its own, is still to come, in a sentence told in the past too.
  { sentence: 'He said he hoped to finish work on the bill by the end of the week, before a snowstorm expected Thursday.', extent: 'Thursday', type: 'DATE', value: '2014-02-13', dct: '2014-02-12' },
  { sentence: 'Shares fell more than expected Thursday.', extent: 'Thursday', type: 'DATE', value: '2014-02-06', dct: '2014-02-12' },
  // "this Sunday" is the coming one unless told in the past.
  { sentence: 'The clocks go forward this Sunday.', extent: 'this Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'The clocks go forward one hour at 1 a.m. on Sunday, marking the start of summer time.', extent: 'Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-03-28' },
  { sentence: 'Nurses go on strike on Monday over pay.', extent: 'Monday', type: 'DATE', value: '2013-04-01', dct: '2013-03-28' },
  { sentence: 'They did not go ahead on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-25', dct: '2013-03-28' },
  { sentence: 'He called this Monday to say sorry.', extent: 'this Monday', type: 'DATE', value: '2024-04-01' },
  // "spread" told of the weekend gone.
  { sentence: 'Protests spread over the weekend.', extent: 'the weekend', type: 'DATE', value: '2024-W13-WE', dct: '2024-04-02' },
  // A headline's "to" tells what is to happen; in the story below, "to" after a past verb does not.
  { sentence: 'Heatwave to peak on Sunday\nTemperatures climbed through the week.', extent: 'Sunday', type: 'DATE', value: '2024-04-07' },
  { sentence: 'Heatwave peaked on Sunday\nTemperatures climbed through the week.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  { sentence: 'Storm warning\nThe plan was to meet on Sunday. Then it rained.', extent: 'Sunday', type: 'DATE', value: '2024-03-31' },
  // "Met" with a capital before a name or "to" is the Met Office, Police or Museum, not the verb.
  { sentence: 'Met Police to step up patrols on Saturday\nOfficers will be out in force, officials said.', extent: 'Saturday', type: 'DATE', value: '2013-03-23', dct: '2013-03-20' },
  { sentence: 'Met Office issues snow warning for Friday\nHeavy snow is expected across the north.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Leaders met to discuss the plan on Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // A weekday right before a timex of its day is part of it.
  { sentence: 'The army crossed the 38th parallel at Sunday dawn of 25 June 1950.', extent: 'Sunday dawn of 25 June 1950', type: 'DATE', value: '1950-06-25' },
  // With a part of the day too it is that part of the date's day, told ahead or in the past.
  { sentence: 'The championship game is two days later, on Monday night, April 8.', extent: 'Monday night, April 8', type: 'TIME', value: '2013-04-08TNI', dct: '2013-03-18' },
  { sentence: 'The match was played on Saturday afternoon, March 9, in Boston.', extent: 'Saturday afternoon, March 9', type: 'TIME', value: '2013-03-09TAF', dct: '2013-03-18' },
  // "on a wet Saturday", "it was a Monday": some day of that name; "a visa Thursday", "a Monday statement" are dated.
  { sentence: 'We left on a wet Saturday at the end of October.', extent: 'Saturday', type: 'DATE', value: 'XXXX-WXX-6' },
  // A thing of "a" day of the week in a month is of some day of that name, not one of this week.
  { sentence: 'The earliest tickets are for a Wednesday matinee in early January.', extent: 'Wednesday', type: 'DATE', value: 'XXXX-WXX-3', dct: '2001-06-04' },
  { sentence: 'She saw a Saturday show in May.', extent: 'Saturday', type: 'DATE', value: 'XXXX-WXX-6', dct: '2001-06-04' },
  { sentence: 'He issued a Thursday statement in Geneva.', extent: 'Thursday', type: 'DATE', value: '2001-05-31', dct: '2001-06-04' },
  { sentence: 'It was a Monday like any other.', extent: 'Monday', type: 'DATE', value: 'XXXX-WXX-1' },
  { sentence: 'On a wet Saturday we left for the hills.', extent: 'Saturday', type: 'DATE', value: 'XXXX-WXX-6' },
  // "one" of a moment is no "one Friday": the day is this week's.
  { sentence: 'At one point Friday, the gunman fired a shot through the door.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-23' },
  { sentence: 'At one point Friday night, the gunman fired a shot through the door.', extent: 'Friday night', type: 'TIME', value: '2013-03-22TNI', dct: '2013-03-23' },
  { sentence: 'He was last seen one Friday night in March.', extent: 'Friday night', type: 'TIME', value: 'XXXX-WXX-5TNI', dct: '2013-03-23' },
  // Nor is "one" of a span: "for one minute Friday" is this week's Friday.
  { sentence: 'Broadway theaters will dim their marquee lights for one minute Friday at 8 p.m. in his memory.', extent: 'Friday', type: 'DATE', value: '2008-01-04', dct: '2008-01-03' },
  { sentence: 'Broadway theaters will dim their marquee lights for one minute Friday at 8 p.m. in his memory.', extent: '8 p.m.', type: 'TIME', value: '2008-01-04T20:00', dct: '2008-01-03' },
  { sentence: 'Nurses walked off the job for one day Tuesday to protest staffing levels.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-21' },
  // Nor "one" standing for a thing fixed for a day, or held on it: the day is a dated one.
  { sentence: 'The union held a walkout Monday and called a second one for Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-17' },
  { sentence: 'Farmers blocked roads on Monday, and another one on Wednesday drew thousands.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13', dct: '2013-03-17' },
  { sentence: 'It happened one cold Thursday in May.', extent: 'Thursday', type: 'DATE', value: 'XXXX-WXX-4', dct: '2013-03-17' },
  { sentence: 'She was found dead one wet Friday in March, police said.', extent: 'Friday', type: 'DATE', value: 'XXXX-WXX-5', dct: '2013-03-23' },
  { sentence: 'His lawyer asked for a visa Thursday for his client.', extent: 'Thursday', type: 'DATE', value: '2024-04-04' },
  { sentence: 'In a Monday statement, the firm was upbeat.', extent: 'Monday', type: 'DATE', value: '2024-04-01' },
  // What someone is expected to do lies ahead; "unchanged" is an adjective, no past verb.
  { sentence: 'Economists expect the bank to leave rates unchanged when it announces its decision Wednesday afternoon.', extent: 'Wednesday afternoon', type: 'TIME', value: '2024-04-10TAF' },
  { sentence: 'Rates were unchanged on Wednesday.', extent: 'Wednesday', type: 'DATE', value: '2024-04-03' },
  // A day opening its sentence is the time of the past verb after it, whatever that verb looks ahead to.
  { sentence: 'On Friday, the Kenyan government planned to pay the first death claims.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  // An "-ed" word after a preposition or a determiner is an adjective, not a verb in the past.
  { sentence: 'Gusts are likely on exposed coasts on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'The storm brought down trees on exposed coasts on Friday.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  // An obligation points ahead.
  { sentence: 'Greece has to repay the loan by Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  // The end of a span of days is the first such day after its start, never before it.
  { sentence: 'The strike runs from Monday to Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-12' },
  { sentence: 'The strike ran from Monday to Friday.', extent: 'Friday', type: 'DATE', value: '2024-03-29' },
  // A span told in the present by where it lasts from is still to come; told in the past, it is over.
  { sentence: 'The weekend closure of the tunnel lasts from 22:00 on Friday to 05:00 on Monday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-21' },
  { sentence: 'The weekend closure of the tunnel lasts from 10 p.m. Friday to 5 a.m. Monday.', extent: '5 a.m. Monday', type: 'TIME', value: '2013-03-25T05:00', dct: '2013-03-21' },
  { sentence: 'The weekend closure of the tunnel lasted from Friday to Monday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-21' },
  { sentence: 'Heathrow said it expected 1.1 million passengers between Thursday and Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-04-02', dct: '2013-03-28' },
  // Without "from" too: the end of a span is the first such day after its start.
  { sentence: 'The shop opens at 9am on Monday to Friday next week.', extent: 'Friday', type: 'DATE', value: '2024-04-12' },
  // …also with clock times on both days: a warning issued on Thursday runs to the Friday after it.
  { sentence: 'Forecasters have issued a warning for heavy rain from 6pm on Thursday until midday on Friday.', extent: 'Friday', type: 'DATE', value: '2024-04-05' },
  { sentence: 'Forecasters have issued a warning for heavy rain from 6pm on Thursday until midday on Friday.', extent: 'midday', type: 'TIME', value: '2024-04-05T12:00' },
  // A span of days with the hours of a schedule, or after "open", is of every week; with a week named, of that week.
  { sentence: 'Opening hours are 9am-5pm Monday to Friday.', extent: 'Monday', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'The bar is open 11:30 a.m. to 10:30 p.m. Wednesday through Saturday.', extent: 'Wednesday', type: 'SET', value: 'XXXX-WXX-3' },
  { sentence: 'The bar is open 11:30 a.m. to 10:30 p.m. Wednesday through Saturday.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6' },
  { sentence: 'Phone lines are staffed Monday-Saturday, 8am-8pm.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6' },
  // Hours with their zone keep the span of days a weekly one, and the first hour a daily one.
  { sentence: 'Owners can call Honda between 6 a.m. and 5 p.m. Pacific time, Monday through Friday.', extent: 'Monday', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'Owners can call Honda between 6 a.m. and 5 p.m. Pacific time, Monday through Friday.', extent: '6 a.m.', type: 'TIME', value: 'XXXX-XX-XXT06:00' },
  { sentence: 'The line is staffed 8 a.m. to 8 p.m. EST Monday to Saturday.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6' },
  { sentence: 'The office is open Monday to Friday.', extent: 'Friday', type: 'SET', value: 'XXXX-WXX-5' },
  // A span of days written as one word before its noun is of every week: a schedule, not this week's days.
  { sentence: 'Southern said it would run a reduced Monday-to-Friday service during the strike.', extent: 'Monday', type: 'SET', value: 'XXXX-WXX-1', dct: '2013-03-18' },
  { sentence: 'Southern said it would run a reduced Monday-to-Friday service during the strike.', extent: 'Friday', type: 'SET', value: 'XXXX-WXX-5', dct: '2013-03-18' },
  { sentence: 'Ferries will keep their Monday-Saturday timetable until May.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6', dct: '2013-03-18' },
  { sentence: 'Most of the airport staff work a Monday-through-Friday schedule.', extent: 'Monday', type: 'SET', value: 'XXXX-WXX-1', dct: '2013-03-18' },
  // Not a span that goes on with its clause: those are days of one week.
  { sentence: 'The strike ran Monday-Friday in all the ports.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-18' },
  // Nor one that names a stretch of days: the box office's "Friday-to-Sunday period" is one weekend's.
  { sentence: '"Temptation" opened in third place with $22.3 million for the Friday-to-Sunday period.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-04-01' },
  { sentence: '"Temptation" opened in third place with $22.3 million for the Friday-to-Sunday period.', extent: 'Sunday', type: 'DATE', value: '2013-03-31', dct: '2013-04-01' },
  { sentence: 'Ticket sales for the Friday-Sunday span rose 12 percent.', extent: 'Friday', type: 'DATE', value: '2013-03-29', dct: '2013-04-01' },
  // A weekday before what every such day has (its hours, its mail delivery) is of every week.
  { sentence: 'The budget restores Saturday hours at the main library branch.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6', dct: '2013-03-21' },
  { sentence: 'The Postal Service said it will end Saturday mail delivery in August.', extent: 'Saturday', type: 'SET', value: 'XXXX-WXX-6', dct: '2013-02-06' },
  // Not hours counted from the day's event, nor the day of telling.
  { sentence: 'The singer was arrested Saturday hours after the concert.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-21' },
  { sentence: 'The ministry said Sunday deliveries of aid would resume.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-21' },
  { sentence: 'The office is open Monday to Friday next week.', extent: 'Friday', type: 'DATE', value: '2024-04-12' },
  // Told in the past, such days are of one week, one that is over.
  { sentence: 'Shops opened Monday-Saturday during the festival.', extent: 'Monday', type: 'DATE', value: '2024-03-25' },
  { sentence: 'Shops opened Monday-Saturday during the festival.', extent: 'Saturday', type: 'DATE', value: '2024-03-30' },
  { sentence: 'The vote is set for next Sunday.', extent: 'next Sunday', type: 'DATE', value: '2024-04-07' },
  // "next" before the day after the writing skips it, which would be "tomorrow": the one of the week after.
  { sentence: "Her funeral will take place at St Paul's Cathedral next Wednesday.", extent: 'next Wednesday', type: 'DATE', value: '2013-04-17', dct: '2013-04-09' },
  { sentence: 'The hearing was adjourned until next Thursday.', extent: 'next Thursday', type: 'DATE', value: '2013-04-11', dct: '2013-04-09' },
  { sentence: 'Protesters gathered over the weekend, and the weekend was calm.', extent: 'the weekend', type: 'DATE', value: '2024-W13-WE' },
  { sentence: 'Protests continued this past weekend.', extent: 'this past weekend', type: 'DATE', value: '2024-W13-WE' },
  { sentence: 'He arrived on Monday, March 4; the previous Friday he had left Rome.', extent: 'the previous Friday', type: 'DATE', value: '2024-03-01' },
  // Before a possessive, "around" is a preposition governing the noun phrase, not a hedge on the day.
  {
    sentence: "The relatives said they would look for ways to get around Wednesday's ruling by the immigration service.",
    extent: 'Wednesday', type: 'DATE', value: '2024-04-03',
  },
  // A modal perfect looks back: "may have been" is no sign of the future.
  {
    sentence: "Concern about the chip may have been responsible for a drop in Compaq's stock in composite trading on Wednesday.",
    extent: 'Wednesday', type: 'DATE', value: '1989-11-01', dct: '1989-11-02',
  },
  // A participle after "be" is no past form: "would still be held" looks ahead.
  {
    sentence: 'The accession would still be held at the summit on Saturday, the official added.',
    extent: 'Saturday', type: 'DATE', value: '2024-04-06',
  },
  // A weekday in a present-tense clause is a date on the calendar ahead: "the vote is on Monday" is next Monday.
  { sentence: 'The vote is on Monday at noon.', extent: 'Monday', type: 'DATE', value: '2024-04-08' },
  { sentence: 'The vote is on Monday at noon.', extent: 'noon', type: 'TIME', value: '2024-04-08T12:00' },
  // The second of two days joined by "and", later in the week, is the first such day after the first.
  { sentence: 'Classes were cancelled on Friday and Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-02-16', dct: '2013-02-15' },
  { sentence: 'Following are statements made Friday and Thursday by the lawyer.', extent: 'Thursday', type: 'DATE', value: '2013-02-14', dct: '2013-02-15' },
  // In a sentence that opens on a day written in full, months back, a weekday is the first such day from it on.
  {
    sentence: 'On Friday, March 14, 2008, the Federal Reserve arranged an emergency loan; by Sunday night, Bear had been sold.',
    extent: 'Sunday night', type: 'TIME', value: '2008-03-16TNI', dct: '2013-03-14',
  },
  { sentence: 'On Oct. 29, 2012, the storm hit, and by Wednesday the subways were running again.', extent: 'Wednesday', type: 'DATE', value: '2012-10-31', dct: '2013-03-14' },
  // …not one of a clause about that day inside a sentence of the news, nor one of the writing's weeks.
  // A weekday in apposition after a date is that date's day, and the story stays on it for what counts on from it.
  { sentence: 'Obama will be sworn in on Jan. 20, 2013, a Sunday, in a private ceremony, with the public inauguration held the next day.', extent: 'the next day', type: 'DATE', value: '2013-01-21', dct: '2012-11-07' },
  // A protest called for is still to come; a call for calm is made on its day.
  { sentence: 'The Muslim Brotherhood called for a "march of anger" after Friday prayers.', extent: 'Friday', type: 'DATE', value: '2013-08-16', dct: '2013-08-15' },
  { sentence: 'The opposition called for a general strike on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-08-18', dct: '2013-08-15' },
  // A day declared a holiday is still to come; a day something was declared on is the day of declaring.
  { sentence: 'Monday was already a public holiday, and the government has now declared Tuesday and Wednesday bank holidays as well.', extent: 'Wednesday', type: 'DATE', value: '2013-03-20', dct: '2013-03-18' },
  { sentence: 'The president declared Friday a public holiday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-18' },
  { sentence: 'The army declared Saturday that the war was over.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-18' },
  // A place told between the protest and its day.
  { sentence: '"We will not accept this," Odinga told reporters Sunday evening. He called for a rally in Nairobi on Thursday.', extent: 'Thursday', type: 'DATE', value: '2008-01-03', dct: '2007-12-30' },
  { sentence: 'The Brotherhood called for protests in Tahrir Square on Friday.', extent: 'Friday', type: 'DATE', value: '2013-08-16', dct: '2013-08-15' },
  { sentence: 'Obama called for calm on Monday.', extent: 'Monday', type: 'DATE', value: '2013-08-12', dct: '2013-08-15' },
  // A day of the week naming a thing, in a sentence of a weekly round, is any week's.
  { sentence: 'Sunni protesters have camped out in Anbar since December, and Friday prayers have drawn thousands each week.', extent: 'Friday', type: 'DATE', value: 'XXXX-WXX-5', dct: '2013-03-19' },
  { sentence: 'Thousands of Iraqis have gathered weekly after Friday prayers and shouted slogans.', extent: 'Friday', type: 'DATE', value: 'XXXX-WXX-5', dct: '2013-03-19' },
  { sentence: 'Thousands rallied after Friday prayers.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-19' },
  // A day told with "on", or followed by a word that goes on with the clause, names no thing: a weekly change in a
  // market is no weekly round.
  { sentence: 'Oil prices edged higher on Friday but were on track for a weekly loss.', extent: 'Friday', type: 'DATE', value: '2012-12-28', dct: '2012-12-28' },
  { sentence: 'Protesters gather every week in the square, and on Friday police fired tear gas.', extent: 'Friday', type: 'DATE', value: '2012-12-28', dct: '2012-12-29' },
  // So is one called for on a day told, the first such day after the call.
  { sentence: 'Egypt\'s military chief called on Wednesday for mass rallies on Friday to give the army a mandate.', extent: 'Friday', type: 'DATE', value: '2013-07-26', dct: '2013-07-24' },
  { sentence: 'The opposition leader called on Sunday for protests on Monday, and thousands marched in Cairo.', extent: 'Monday', type: 'DATE', value: '2013-07-22', dct: '2013-07-24' },
  // A deadline at midnight or noon lies ahead, as one at a clock time does.
  { sentence: "Lawmakers have until midnight on Monday, New Year's Eve, to reach a deal.", extent: 'midnight', type: 'TIME', value: '2012-12-31T24:00', dct: '2012-12-28' },
  { sentence: 'Lawmakers have until midnight on Monday to reach a deal.', extent: 'Monday', type: 'DATE', value: '2012-12-31', dct: '2012-12-28' },
  // Lawmakers summoned for a day meet on it still to come.
  { sentence: 'The Senate will return on Sunday, and the House was called back for 6:30 p.m. Sunday.', extent: '6:30 p.m. Sunday', type: 'TIME', value: '2012-12-30T18:30', dct: '2012-12-28' },
  // What was declared, called or issued for a day is still to come; not what is for a day's event, nor what had been called.
  { sentence: 'Total fire bans were declared for Tuesday across much of Victoria and New South Wales.', extent: 'Tuesday', type: 'DATE', value: '2013-01-01', dct: '2012-12-31' },
  { sentence: 'A general strike was called for Thursday in protest at the cuts.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-20' },
  { sentence: 'Opposition parties staged a general strike on Sunday, shutting schools and shops, and called another for Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-17' },
  { sentence: 'Opposition parties staged a general strike on Sunday and called another strike for Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-17' },
  { sentence: 'Opposition parties staged a strike on Sunday, and another on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-17' },
  // A participle of telling after a comma, with what was told after it, tells of the day of telling.
  { sentence: 'The central bank has pledged to keep rates low, saying on Friday it would act if needed.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-25' },
  { sentence: 'Officials are trying to calm nerves, saying on Friday that the plant was safe.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-25' },
  { sentence: 'The president will visit Beijing, saying on Tuesday that the talks would go well.', extent: 'Tuesday', type: 'DATE', value: '2013-03-26', dct: '2013-03-25' },
  { sentence: 'Flood warnings were issued for Friday as the river kept rising.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  // A participle set off by commas tells of its noun at the time of the clause's verb: ahead when that looks ahead.
  { sentence: 'The conference, held on Thursday, is expected to back a strike.', extent: 'Thursday', type: 'DATE', value: '2013-03-28', dct: '2013-03-23' },
  { sentence: 'The meeting, held on Friday, approved the plan.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-23' },
  // So is what is called off for a day: it was called off ahead of it (not what "had" been, nor a day told without "for").
  { sentence: 'Officials in several states canceled classes for Thursday ahead of a major snowstorm.', extent: 'Thursday', type: 'DATE', value: '2014-01-02', dct: '2013-12-31' },
  { sentence: 'Airlines called off hundreds of flights for Friday as the storm approached.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-06' },
  { sentence: 'Classes had been canceled for Thursday, but the storm veered out to sea.', extent: 'Thursday', type: 'DATE', value: '2013-12-26', dct: '2013-12-31' },
  { sentence: 'The district canceled classes Thursday because of the ice.', extent: 'Thursday', type: 'DATE', value: '2013-12-26', dct: '2013-12-31' },
  { sentence: "A state of emergency was declared for Monday's storm.", extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  { sentence: 'A strike had been called for Friday but was called off.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-20' },
  // The dot of "p.m." before a lowercase "on" ends no sentence, so the day opens none.
  { sentence: 'Polls will close at 8 p.m. on Sunday, with results expected later.', extent: 'Sunday', type: 'DATE', value: '2014-03-16', dct: '2014-03-14' },
  // What is prepared for is still to come, a day's event named by its possessive too.
  { sentence: "Crimea's pro-Russian leaders pressed ahead on Friday with preparations for Sunday's referendum on joining Russia.", extent: 'Sunday', type: 'DATE', value: '2014-03-16', dct: '2014-03-14' },
  { sentence: "Officials prepared for Sunday's vote.", extent: 'Sunday', type: 'DATE', value: '2014-03-16', dct: '2014-03-14' },
  { sentence: 'Officials prepared ballots on Monday.', extent: 'Monday', type: 'DATE', value: '2014-03-10', dct: '2014-03-14' },
  // A plural present "end" is a schedule, as "begin" is; not the noun.
  { sentence: 'The Winter Olympics in Sochi end on Sunday.', extent: 'Sunday', type: 'DATE', value: '2014-02-23', dct: '2014-02-22' },
  { sentence: 'Hostilities came to an end on Sunday.', extent: 'Sunday', type: 'DATE', value: '2014-02-16', dct: '2014-02-22' },
  { sentence: 'Lawmakers leave Friday for a two-week Easter recess.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-20' },
  { sentence: 'Hundreds of soldiers took two weeks leave on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-20' },
  // A participle hyphened to the word before it is an adjective, no past deed; a two-letter prefix leaves the verb.
  { sentence: 'Musharraf has said he will return from nearly four years of self-imposed exile on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-20' },
  { sentence: 'Opposition leaders will lead a so-called unity march on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-20' },
  { sentence: 'The senator, re-elected on Tuesday, thanked voters.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-20' },
  { sentence: 'The man, who was arrested on Dec. 5, 2012, appeared in court on Monday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-14' },
  { sentence: 'On March 1, 2013, the cuts began, and on Monday agencies sent out notices.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-14' },
  // A day opening a clause of its own after ", and" is told by the verb right after it, not by the clause before.
  { sentence: 'On Friday, the pope will meet the cardinals who elected him, and on Sunday he will recite the Angelus.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-14' },
  { sentence: 'The envoy arrived in Damascus last week, and on Monday the two sides will sign a truce.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-14' },
  { sentence: 'Ministers will meet the unions again, and on Tuesday they approved the plan.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-14' },
  { sentence: 'The minister will resign, and on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-19', dct: '2013-03-14' },
  // Not Sunday school, but a day after a word about schools still is.
  { sentence: 'Schools closed Sunday because of snow.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-21' },
  // A Mass or prayers that "will be said" are still to come: "said" after "be" is a passive, no telling in the past.
  { sentence: 'A rosary will be said at 7 p.m. on Monday, and a funeral Mass will follow on Tuesday.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-09' },
  { sentence: 'A rosary will be said at 7 p.m. on Monday, and a funeral Mass will follow on Tuesday.', extent: '7 p.m.', type: 'TIME', value: '2013-03-11T19:00', dct: '2013-03-09' },
  { sentence: 'A Mass will be said Friday for the victims of the fire.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-13' },
  // …while a telling in the past still is one.
  { sentence: 'It was said on Monday that the bishop had died.', extent: 'Monday', type: 'DATE', value: '2013-03-11', dct: '2013-03-13' },
  { sentence: 'The priest said Mass on Friday at the cathedral.', extent: 'Friday', type: 'DATE', value: '2013-03-08', dct: '2013-03-13' },
  // A noun after "the" and a party's or a body's name is no plural verb of a schedule: the deed before it tells the day.
  { sentence: 'Patty Murray, who unveiled the Democratic plan Wednesday, said she was confident it would pass.', extent: 'Wednesday', type: 'DATE', value: '2013-03-13', dct: '2013-03-16' },
  { sentence: 'Republicans criticized the Senate plan on Tuesday.', extent: 'Tuesday', type: 'DATE', value: '2013-03-12', dct: '2013-03-16' },
  // A plan in the past perfect with an adverb was overtaken: its day has gone by.
  { sentence: 'The vote had originally been scheduled for Sunday, then moved to Monday, before being delayed again.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: 'The match had initially been scheduled for Saturday.', extent: 'Saturday', type: 'DATE', value: '2013-03-16', dct: '2013-03-18' },
  { sentence: 'The hearing had been originally set for Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-15', dct: '2013-03-18' },
  // Votes counted are no verb of a vote to come.
  { sentence: 'President Bush won Ohio by about 136,000 votes on Tuesday, according to unofficial results.', extent: 'Tuesday', type: 'DATE', value: '2004-11-02', dct: '2004-11-06' },
  { sentence: 'The Labour candidate won by 2 million votes on Sunday.', extent: 'Sunday', type: 'DATE', value: '2004-10-31', dct: '2004-11-06' },
  // …while a body that votes on a day still does so ahead.
  { sentence: 'The Senate votes on the bill on Monday.', extent: 'Monday', type: 'DATE', value: '2004-11-08', dct: '2004-11-06' },
  // "come out" after a plural subject is a schedule's present too.
  { sentence: 'Data on February retail sales come out Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-18' },
  { sentence: 'The new phones come out Friday in 30 countries.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-18' },
  // …not the past, nor one that did not.
  { sentence: 'The results came out Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-18' },
  { sentence: 'The results did not come out Thursday as planned.', extent: 'Thursday', type: 'DATE', value: '2013-03-14', dct: '2013-03-18' },
  // A future told in the past after a deed of a day told before it, joined by ", and … said", is the first such day
  // after that day, with its clock or its part of the day too.
  { sentence: 'Rain delayed play for three hours Friday afternoon, and tournament officials said they would restart the round at 7 a.m. Saturday.', extent: '7 a.m. Saturday', type: 'TIME', value: '2013-03-16T07:00', dct: '2013-03-17' },
  { sentence: 'Storms knocked out power on Friday, and the utility said it would restore service by Saturday morning.', extent: 'Saturday morning', type: 'TIME', value: '2013-03-16TMO', dct: '2013-03-17' },
  { sentence: 'Forecasters said Wednesday the storm would hit Thursday night.', extent: 'Thursday night', type: 'TIME', value: '2013-03-14TNI', dct: '2013-03-17' },
  // …while one told ahead in the present of the writing is still to come.
  { sentence: 'The storm hit on Friday, and officials said they will reopen the road at 6 a.m. Monday.', extent: '6 a.m. Monday', type: 'TIME', value: '2013-03-18T06:00', dct: '2013-03-17' },
  // A day told after the broadcast's title in quotes keeps its date.
  { sentence: 'Schumer said on NBC\'s "Meet the Press" on Sunday that a deal was near.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-18' },
  { sentence: 'He told reporters "Monday" was the deadline.', extent: 'Monday', type: 'DATE', value: '2013-03-18', dct: '2013-03-18' },
  // …while a plan told in the present still lies ahead.
  { sentence: 'The vote is now scheduled for Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-18' },
  { sentence: 'The House approved a rival Republican plan on Thursday.', extent: 'Thursday', type: 'DATE', value: '2013-03-21', dct: '2013-03-23' },
  // …while a plural subject still plans ahead.
  { sentence: 'The Democrats plan a rally on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-17', dct: '2013-03-16' },
  { sentence: 'Senate Democrats plan a vote Friday.', extent: 'Friday', type: 'DATE', value: '2013-03-22', dct: '2013-03-16' },
  { sentence: 'The two Koreas meet on Sunday.', extent: 'Sunday', type: 'DATE', value: '2013-03-24', dct: '2013-03-23' },
];

describe('weekdays resolve around the DCT by tense', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});

describe('news keeps a weekday name for one day', () => {
  const valuesOf = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

  it('reads a weekday named again as the day named first, with the times written before it', () => {
    const text = 'A shop was broken into in the early hours of Sunday morning. Police are asking anyone with footage from ' +
      'between 1am and 4am on Sunday to get in touch.';
    const found = valuesOf(text, '2024-11-18');
    expect(found).toContainEqual(['Sunday', '2024-11-17']);
    expect(found).not.toContainEqual(['Sunday', '2024-11-24']);
    expect(found).toContainEqual(['1am', '2024-11-17T01:00']);
  });

  it('keeps another day of that name where the clause says so', () => {
    const found = valuesOf('Police said the man was arrested on Sunday. The funeral will be held on Sunday.', '2024-11-20');
    expect(found).toEqual([['Sunday', '2024-11-17'], ['Sunday', '2024-11-24']]);
  });

  it('keeps another day of that name where a plural subject resumes on it', () => {
    const closed = 'An outage on Monday lasted two hours. Markets are closed for the weekend and reopen Monday.';
    expect(valuesOf(closed, '2013-03-02')).toContainEqual(['Monday', '2013-03-04']);
    expect(valuesOf('The outage began Monday. Talks resume on Monday.', '2013-03-02')).toEqual([['Monday', '2013-02-25'], ['Monday', '2013-03-04']]);
    expect(valuesOf('The outage began Monday. Classes begin Monday.', '2013-03-02')).toEqual([['Monday', '2013-02-25'], ['Monday', '2013-03-04']]);
    // Not one that did not resume, nor a noun.
    expect(valuesOf('An outage on Monday lasted two hours. Schools did not reopen Monday.', '2013-03-02')).toEqual([['Monday', '2013-02-25'], ['two hours', 'PT2H'], ['Monday', '2013-02-25']]);
    expect(valuesOf('The outage began Monday. It came to an end Monday.', '2013-03-02')).toEqual([['Monday', '2013-02-25'], ['Monday', '2013-02-25']]);
  });

  it('leaves a weekday of a sentence about a day long past out of it', () => {
    const text = 'On Friday, March 14, 2008, the Fed arranged a loan; by Sunday, Bear had been sold. Its former chief said on Sunday that he had no regrets.';
    expect(valuesOf(text, '2013-03-14')).toEqual([['Friday, March 14, 2008', '2008-03-14'], ['Sunday', '2008-03-16'], ['Sunday', '2013-03-10']]);
  });
});
