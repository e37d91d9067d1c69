import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';

/** Sentences with numbers and words that look temporal but are not. Each must yield no timex at all. */
const NOTHING: readonly string[] = [
  // A feast before the travel it brings names a season of travel, not the day.
  'Heathrow braced for the Christmas getaway, and the Easter exodus was as busy.',
  // A pact named after the feast it was signed on.
  'The Good Friday agreement ended the violence, and unionists backed the Good Friday peace accord.',
  // Days of the week in plural after a name are a name; after a count, some days, not each of a week.
  'The chain bought TGI Fridays, and the Happy Mondays reformed.',
  // A day or a time of day in the title of a song or a film, in quotes.
  'The band played "Manic Monday" and "Ruby Tuesday" at the Apollo.',
  'The "Midnight in Paris" director returned to Europe, and his film "A Rainy Day in New York" followed.',
  // …and a title opening its sentence, with the work named in apposition after it.
  '"Midnight in Paris," Woody Allen\'s comedy, won the screenplay award.',
  '"Ruby Tuesday," the Rolling Stones song, closed the service.',
  // …and in the title of a broadcast someone is on or tells.
  'Senator Ryan is scheduled to appear on "Fox News Sunday."',
  'McConnell said on "Fox News Sunday" that taxes were off the table.',
  'He told "Fox News Sunday" he would not run.',
  'He preached three Sundays in a row and on the Sundays of Lent.',
  // "May" told to come, or told with a comma of address, is a person.
  '"May, come here," she said.',
  '"Come, May, sit with us," he said.',
  'Come May you will see what I mean.',
  'They spent two weekends painting, and the weekends were long.',
  // "The year after" a thing counts from it: no year of its own, with no word of position before "in".
  'He returned to the agency in the year after the accident.',
  // "The years" of a thing, with no "since" after them.
  'The years of war have left the city in ruins, and the months of siege have emptied it.',
  'The past weekends were quiet, and several weekends ago nothing happened either.',
  // "that" opening what was said before a noun of the weekend.
  'The league said that weekend games would be moved to a new channel.',
  'Snow closed roads and grounded flights on one of the busiest weekends for airlines.',
  // What a year was like, told with "a": no span counted.
  "It's been a tough year for televisions, and a challenging year for the chain.",
  // "the month" after a figure, naming its month after it.
  'Sales rose 3 percent in the month of Ramadan.',
  'The attack on a concert hall killed 145 people.',
  'The talks were not about months, the envoy said.',
  'The attack on a concert hall killed 145 in the deadliest assault.',
  'The fighting left 1500 killed and 3000 wounded, and 1200 killed in the city.',
  'Boeing 747 jets were grounded.',
  'He stayed at Mar-a-Lago, and they may-or may not-come.',
  // Past 2099 a number is a figure but after what puts a year there.
  'The protest drew 2100 people, and the index fell by 2150 points to 2200.',
  // "a second" after "and" is the ordinal of a thing told before, after a number too.
  'One bomb went off on bus 19 and a second near the market.',
  // A resolution's or an article's number, in lower case as the wires write it, is no year.
  'The council passed U.N. resolution 2085, and Britain may trigger article 2013 of the code.',
  // "very" makes "last" the final one, never the one before the writing's.
  '"I have a duty to act until my very last day," the president said.',
  'He campaigned until the very last week of the race.',
  // Bare units before "of" name what filled them.
  'After years of war, the country is exhausted.',
  // How rare a thing is, written as one hyphenated word, is no span.
  'Analysts called it a once-in-a-decade leadership change, and the once-in-a-century flood followed.',
  // A kind of year, not a span of one.
  'The company changed from a fiscal year to a calendar year.',
  // Numbers named by the word before them: a flight, a road, a resolution.
  'Flight 1947 landed safely and Route 2024 reopened under Resolution 2334.',
  'Investigators said flight 1282 and Amtrak train 2150 were both on time, as were flights 1549 and 210 on bus route 1930.',
  // An aircraft model named after a determiner, not a quarter with its year glued on.
  'The crew of the Q400 had flown a Q300 before.',
  // A plural after a number, whatever verb follows it.
  'The army sends 1500 troops to the border and 2000 trucks with them.',
  // "Year-end" before a noun is the noun's, and "the" with it.
  'Trading was closed for the year-end holiday, and the year-end rally lifted stocks.',
  // Software sold by its version's year.
  'The flaw affects Windows 2000, Windows Server 2012 and Office 2010 but not Visual Studio 2013.',
  // The noun for a paper, after its trade or a nation's adjective before its name.
  'The plan was first reported by the Nikkei business daily and confirmed by the financial daily Les Echos.',
  'The Israeli daily Haaretz and the German weekly Der Spiegel carried the story.',
  'Business daily Handelsblatt said the bank would cut jobs.',
  'The figures are on page 1999 of the report, in Table 2010.',
  'Mr. Schwarz, 52 years old, will succeed him; employees 55 years old or older may retire.',
  'The vote was 3/2020 in favour and the ratio 12/2000 held.',
  'The board will discuss the figures in its midyear review.',
  // A programme's title, in quotes or before "show".
  'He said in a statement read on NBC\'s "Today" show that he wanted to be known as Chelsea.',
  'She told the Today programme that prices would rise.',
  // A part of the day capitalised inside a sentence is in a programme's name.
  "Stay tuned for VOA's Africa News Tonight at the top of the hour.",
  // The hour of a thing, within it, is no stretch.
  'Officers arrived within the hour of the call.',
  'Still ahead on World News Tonight, a mother who found her son.',
  'Jimmy Fallon will replace Jay Leno as host of "The Tonight Show".',
  'Leno hosted "Tonight" for NBC, and "Tonight" averaged 3.5 million viewers.',
  'Welcome back to CBS This Morning, and she watched Saturday Night Live.',
  // "Now" capitalised after a word or a comma is a name.
  'Customers can watch films on Sky\'s Now TV service, and rivals include Google Now.',
  // The start or end of a part of the day as a kind of thing, not a time of the clause.
  'The tallies were 3, 1500 troops and 12 tanks.',
  'Troops staged an early-morning raid and basked in the late afternoon sun.',
  // A named day is no day of this week.
  'Microsoft releases its security fixes on Patch Tuesday.',
  // At a sentence's start too.
  'Monday Night Football returns to ESPN, and Friday Night Lights was filmed in Texas.',
  // Counts spoken in words, not years.
  'A crowd of two thousand five gathered, and in two thousand nine votes the measure failed.',
  // A count before an abbreviation that is no zone.
  'He went home after 3 CT scans.',
  // A speed, not a time that recurs.
  'The storm packed winds of up to 200 miles an hour, and gusts of 90 kilometers per hour.',
  // A count of quarters, not a quarter of the year.
  'Oracle missed on revenue for the second quarter in a row.',
  // Kick-off times in brackets after a fixture, not years.
  'Arsenal v Reading (1500)\nManchester City vs Newcastle (1730)\nQPR v Fulham (1945)',
  // "most recently" ranks the last of a list.
  'The Lakers have won 16 titles, most recently under Phil Jackson.',
  // A capitalised season before a capitalised word is in a name.
  'The lockout wiped out the Winter Classic, and the Winter Games were moved.',
  // A round of a cup, not a quarter of the year.
  'Bayern will face Juventus in the quarter-finals, and Barcelona won the first quarter-final.',
  'They were knocked out in the quarter final.',
  // Nor the quarter of a compound noun.
  'Classes start later at campuses on the quarter system.',
  'He ran the quarter mile in record time.',
  // A capitalised unit right after an opening quote begins a title.
  '"12 Years a Slave" led the field with seven nominations.',
  // A day right before the word for a group names the group.
  'Hezbollah and the March 8 coalition walked out, and the March 14 alliance boycotted the talks.',
  'The rebels of the 23 March Movement seized Goma, guarded by the Feb. 17 Brigade.',
  // …with a word of its name between, or with the day before the month.
  'Activists of the April 6 Youth Movement called for new protests.',
  "Castro's 26th of July Movement seized power, and the 26 July Movement's veterans still march.",
  // A capitalised span before "War" is the war's name.
  "Israel captured the West Bank in the Six-Day War, and the Thirty Years' War is long past.",
  // A plural unit before "of" measures a thing.
  'They spent hours of talks on it, after years of war.',
  // Decades spelled out in talk of temperatures are degrees.
  'Temperatures here were in the sixties, and highs reached the mid-eighties.',
  // Short weekdays that are words too need their dot and a word of time.
  'She said Sat was fine; the Sun reported it, the Tue team won, and they wed in a statue garden.',
  'Chinese New Year celebrations were muted, and he was knighted in the New Year Honours.',
  // The new years of other peoples and calendars are no January 1.
  'The Thai New Year, Songkran, is a water festival, and Sri Lankans mark the Sinhala and Tamil New Year with sweets.',
  'Tibetan New Year and the Persian New Year are celebrated too.',
  // "The new year" before a noun of its feast names the feast's season, in plural too.
  'Markets stayed shut through the New Year holidays, and the New Year fireworks were cancelled.',
  // An equinox or a solstice is a day, not the season named before it.
  'Tokyo markets were closed for the spring equinox holiday, and druids gathered for the summer solstice.',
  'Long-term interest rates rose, but the short-term outlook is weak.',
  'The shares cost $1,995 each.',
  // A speed is no recurrence or span.
  'Winds reached 111 miles per hour, and the fragments flew at 54,000 kilometres an hour.',
  // A thing said "to date back" or "to date from" is no "to date".
  'The rock is believed to date back billions of years, and the walls are thought to date from Roman times.',
  'Shares rose 2,010 points.',
  'Voters may march on the capital.',
  'In the West May be the answer.',
  'March organisers said thousands would attend.',
  'The companies that report May face fines, and the unions report March turnout was high.',
  'Thousands joined the March on Washington, and the March ended peacefully.',
  'Once in a while a ferry still calls at the island.',
  "Now that is a surprise, and now that's odd.",
  'The Sunday Times reported the deal.',
  // The church's classes for children, held on any Sunday.
  'She taught Sunday school at the parish, and Sunday schools across the state later closed.',
  'They took a midweek break.',
  'Resorts are also pushing midweek deals, and airlines cut midweek fares.',
  'He was named employee of the month during the month of Ramadan.',
  // Halves and quarters of a game.
  'The quarterback threw three touchdown passes in the first half.',
  'The Ravens led 21-6 at halftime and added a field goal early in the third quarter.',
  // A score led or trailed by, points scored, a side outscored: quarters of a game too.
  'Miami outscored Boston 30-18 in the fourth quarter.',
  'James scored 12 of his 37 points in the third quarter.',
  'Dallas led 54-50 at the end of the third quarter.',
  // "the past" before a period of play or of office is an adjective.
  'He was injured for much of the past season and scored twice in the past campaign.',
  // A tally scored in a period, a lead in points, the game clock.
  'Adams scored 14 in the fourth quarter, including a 3-pointer with 1:12 left.',
  'The Knicks led by 11 points early in the third quarter.',
  'Parker hit a jumper with 2:40 remaining in the fourth quarter.',
  'Jones returned the second-half kickoff 108 yards for a touchdown.',
  // The deeds of a football match make its halves a match's, even beside a transfer deal or a fee.
  'The striker, who joined in a 50 million pound deal, limped off early in the second half.',
  'Rooney, who signed a new deal worth 80 million pounds, was sent off in the first half.',
  'Bale scored twice in the second half after the club rejected a deal from Madrid.',
  'Walcott, whose talks over a new deal go on, hit the post in the first half and scored a hat-trick in the second half.',
  'The winger, bought in a deal worth 10 million euros, was substituted early in the second half.',
  // So does a final score won or lost by, one a side is up or down by, and a team's shooting.
  'The Cardinals, who beat Duke 85-63 to close the deal on a Final Four place, shot 50 percent in the second half.',
  'The visitors scored two tries in the second half to win 22-15, a result that cost the coach his deal.',
  'Spain were 1-0 up after a goal in the first half, and the deal was sealed after the break.',
  'Messi, whose new deal runs for five more seasons, netted in the first half.',
  'Shares closed at 19.30 and the index rose to 14.00 points.',
  // "at the end of the day" as "in the end".
  'At the end of the day, it is about trust, and at the end of the day we have to win.',
  // Codes that look like quarters and halves but name a room, a rifle and a visa.
  'The meeting moved to Room Q1 and the Q7 rifle stayed with the H1 visa holders.',
  'He drives the Audi Q4 e-tron to work.',
  'The Audi Q4 and Q5 2024 models are on sale.',
  // A small number after "in" is a year only in a text that writes its eras, and never before a noun.
  'Prices rose in 330 stores and fell in 212.',
  // A page's copyright notice is no time the text tells of.
  'Copyright © 2024 Example News. All rights reserved. © 2010–2024 The Company.',
  // The last of someone's days, not the one before the writing.
  'On our last night we ate at a place in Portree; it was his last week in office and Hoover\'s last year.',
  // A ranking, not a time: "most recent".
  'Her most recent book is a history of the reef.',
  'Only three nations have landed there, the most recent being Japan.',
  'Floods mar 4 towns in the valley.',
  // Numbers listed before a month's day that do not go up are counts, not days.
  'The three sides won 14, 9 and 3 seats respectively.',
  'Floods mar 4 towns. Storms will mar 2 more.',
  // First names.
  'April Jones, 5, went missing from her home.',
  'June Carter sang at the Opry.',
  // The second first name of a couple.
  'Harold and June Pirelli paid off their mortgage early.',
  'Neighbors said Tom and April Reyes had moved away.',
  // After a word for a relative, a month is her name.
  'His late wife, June, kept the books, and he is survived by his daughter April.',
  // A drop and a budget, not seasons.
  'The fall in prices surprised analysts.',
  'The chancellor delivered the Spring Budget.',
  // "May" the verb before an ordinal.
  'May first be approved by the board.',
  // "each other" is no step over periods.
  'They hugged each other months after the war.',
  // "fall" and "spring" as verbs before a year word.
  'Analysts said they expected profits to fall sharply.',
  // A week of something else.
  'Workers are in week 3 of the strike.',
  // A day named by what happened on it.
  'By the end of the day of the attack, forty had died.',
  // A clock reading that is a running time.
  'The match ended 2:1 after 90:00 minutes of play.',
  // Ages.
  'He was in his late 70s when he retired.',
  "Temperatures were in the 80's all week.",
  "Most survivors don't come forward until they are in their 40s or 50s.",
  'Temperatures were in the 30s all week.',
  'He moved to Paris in his twenties and they married in their late thirties.',
  'It was the dawn of a new era, and police carried out dawn raids.',
  // A kind of paper named by the day it comes out.
  'Police investigating phone hacking at a Sunday newspaper arrested three people, one of whom wrote for the Sunday papers.',
  // A recurring unit as the subject of a verb of worth.
  '"Every second counts in a situation like this," the chief said, and each minute mattered.',
  // A house number.
  'She lives at 1945 Elm Street and works at 1600 Pennsylvania Avenue.',
  // A version number and an impossible dotted day.
  'Version 1.2.2024.1 fixed it, and 31.13.2024 is no day.',
  'The Second World War shaped the region.',
  // "that fall" after a noun is a clause, not a season.
  'Prices that fall too far are bought back.',
  // A number after a word that makes it a code.
  'The officer, badge number 1987, was suspended without pay.',
  'He was found unconscious in cell 1984 at the county jail.',
  // A stretch of street in a police report.
  'The man was shot in the 2000 block of Main Street.',
  'Officers closed the 1900 block of North Avenue to traffic.',
  // A model year.
  'Police found a 9mm handgun in his 2005 Honda Accord.',
  'The suspect fled in a stolen silver 2012 Ford pickup.',
  'Investors buy stocks that fall.',
  'He broke his hip in that fall he took on the ice.',
  'He was badly hurt by that fall he took on the ice.',
  'Leaves that fall they rake into piles.',
  'People that fall ill should stay home.',
  'He said that fall is his favorite season.',
  'The plan puts burdens on families that fall, like others, behind on rent.',
  'A second attack was repelled.',
  'The score was 21-17 at half time.',
  // Without a word that makes it a time, "10:30" is a ratio, a verse or a running time.
  'Odds were 10:30 against the favourite, as Luke 2:10 says, and she ran 2:05:30.',
  'The 3:1 vote was no surprise, and the 10:30 ratio held.',
  // A running time told as what a time was stays a result.
  'Her winning time was 2:17 and his was 2:19.',
  // "and" after a span of times only: not two running times.
  'She ran 2:05 and 2:09 in her two marathons.',
  'Call 555-1998 for details.',
  'The agency employs 1500 workers.',
  'They were divided into two groups of 2000 troops.',
  // A round pair before a plural noun is a count, not two years.
  'Between 1500 and 2000 troops were killed in the assault.',
  'Weeks after the invasion, the talks collapsed.',
  'May I ask a question?',
  'May God save the king. May we prove worthy of them.',
  // "hundred" alone after "the last" counts no unit of time; nor is a war's name a span.
  'He sprinted the last hundred yards to the line.',
  'It had been two odd weeks for the team.',
  // "that" opening a noun phrase after "the year before" is no "before that".
  'It was the year before that summit opened.',
  'The Hundred Years War shaped both nations.',
  // "May" before a noun that is no thing of the calendar: a prime minister's.
  'The May government collapsed after the vote.',
  // A month name that a clause joiner brings before a verb of speech or deed is the person.
  'Lawmakers are angry after May postponed a vote on the deal.',
  'Cameron and May said they would not back down over the deportation.',
  'The charges were dropped after June told police she had been mistaken.',
  'The fall of Rome changed Europe.',
  // An hour in words needs a word that takes a time before it: here it counts.
  'She was one in the morning paper\'s list of ten.',
  // "the fall" as the subject of a verb is the fall of what was told.
  'The fall is often taken as the end of the Middle Ages, and the fall shocked Europe.',
  'The siege\nThe city held out.\nThe fall\nThe rebels broke in and killed the governor.',
  // So is a drop in a count told, shown or explained.
  'Sunak said the fall showed the government\'s plan was working.',
  'Officials said the fall reflected tighter patrols along the coast.',
  'The fall comes after a record year for crossings.',
  // "the first of" a month's or year's things is a count, not a day.
  'The first of the month\'s three hearings went badly.',
  // "fall" beside a verb, not beside another season.
  'Interest rates could rise or fall, analysts said.',
  // A price per night is a rate, not a time of day.
  'Room rates will be between $35 and $55 a night, the hotel said.',
  // "future" as an adjective before a noun.
  'The company said it is confident about future earnings and cash flow.',
  // A film title and its idiom, not a clock time.
  'The poster showed a picture of Gary Cooper from the film "High Noon."',
  'Mr. Price said future restructuring would be a question of strategy.',
  'The Iraqi invasion was soon repulsed.',
  'A 10-year-old boy was hurt.',
  // Quarters that are fractions or people, not spans of time.
  'Three quarters of the votes went to the opposition.',
  // A possessive before "march" in lower case, or before a name's words, is no month.
  "Kenya's march was peaceful, and the city's March for Life drew thousands.",
  'The government pledged to cut emissions by three quarters, and sales of coal fell by nearly three quarters.',
  'It was argued in some quarters that the sect could have been involved.',
  // A half of something other than a year.
  'The last half of the match was dull.',
  'He was tested for drugs after the match, in which he scored in the second half.',
  'Chelsea launched wave after wave of attacks in the second half.',
  'The referee waved away appeals for approval of the goal in the second half.',
  // "year-end" before a noun is an adjective.
  'Results were weak in comparable periods, when year-end net was below the target.',
  // …after "the" too: not the year with "-end" left over.
  'The bank cut its rate at the year-end review, and the year-end rally lifted stocks.',
  'The month-end figures were weak.',
  'Bond prices fell back to year-end levels.',
  'Sales rose in the latest month of trading.',
  'Foreign ministers Janos Martonyi and Jan Kavan signed the documents.',
  'Secretary of State James Baker, speaking on ABC News\' "This Week," said the request was valid.',
  'He was named Man of the Year by the magazine.',
  'The song "White Christmas" was broadcast as the signal.',
  'Christmas shopping was brisk at the mall.',
  'The Christmas market drew large crowds to the square.',
  // A broadcaster's slot names a kind of show.
  'She created two of the longest-running daytime dramas, and he won six Daytime Emmys for his daytime talk show.',
  'The network moved its nighttime talk show and cut daytime programming.',
  // "overnight" for "suddenly" or a kind of thing; "mid-century" for a style.
  'She became a star overnight, and it will not happen overnight again.',
  'An overnight curfew and the overnight rate were discussed.',
  // A likeness or a thing that cannot be done so fast, in the same clause: "suddenly".
  'People talk about Detroit as if it collapsed overnight.',
  'It was as though the city had emptied overnight.',
  'Officials warned that the debt cannot be paid off overnight.',
  'The damage to the economy won\'t be repaired overnight.',
  'The overnight service to Inverness and the overnight ferries to Bilbao were cut.',
  'The mid-century furniture was sold.',
  // The final season of a thing, with its owner.
  'It was his last summer of college before the draft.',
  // A unit with numbers after it names which ones (school year groups, weeks of a trial), not a span.
  'Pupils in years 10 and 11 were sent home after the boiler failed.',
  'In weeks 3 to 6 of the trial, patients improved.',
  // "that" opening a clause before a season that qualifies a noun.
  'Rivals are hoping that winter rule changes will finally slow the Red Bull driver.',
  'The district announced that winter break would be extended because of the storm damage.',
  // An astronomer's designation: a year with capitals and digits after it.
  'The asteroid, 2012 DA14, was due to pass within 27,700 kilometres of the Earth.',
  // "coming" as a verb before a count that looks back or ahead from something else.
  '"He saw it coming years before anyone else did," Volcker said.',
  'Analysts saw the slump coming months in advance.',
  // An operation's own "D-Day", of no known date.
  'D-Day for the landing was moved back by the storm.',
  // A count that fills its period says "all the time": no span and no recurrence.
  'The hotline is staffed 24 hours a day, seven days a week.',
  'Protesters stood outside the clinic twenty-four hours a day.',
  'The emergency room is open 365 days a year.',
  // The bound of an age describes a group of people, as an age does.
  'The CDC recommends that everyone 6 months and older get a flu vaccine.',
  'The shot is approved for adults 65 years and older.',
  'Infants younger than 6 months cannot be vaccinated.',
  'Girls 9 years and up can get the vaccine, officials said.',
  // A march that came, or "May" as a name, is no month.
  'Then came the March on Washington, and then came May, who promised a deal.',
  'Then came March Madness, the college basketball tournament.',
  // A generation as people, not as a time gone by.
  'The next generation of chips will be faster, and a younger generation of voters agrees.',
];

describe('no false dates', () => {
  it.each(NOTHING.map((s) => [s]))('%s', (sentence) => {
    const found = tagTimexes(sentence, { dct: '2024-04-04' });
    expect(found.map((t) => `${t.text} (${t.value})`)).toEqual([]);
  });
});
