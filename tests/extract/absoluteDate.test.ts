import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-02-27';

const cases: readonly Case[] = [
  { sentence: 'On September 1, 1939, Germany and Slovakia attacked Poland.', extent: 'September 1, 1939', type: 'DATE', value: '1939-09-01' },
  // Every year of a list, the middle ones too; a figure after another and a comma is one of a list of figures.
  { sentence: 'Wales won the title in 2005, 2008, 2012 and 2013.', extent: '2008', type: 'DATE', value: '2008' },
  { sentence: 'Wales won the title in 2005, 2008, 2012 and 2013.', extent: '2012', type: 'DATE', value: '2012' },
  // A case at law has "v." and keeps its year in brackets (a fixture's kick-off does not).
  { sentence: 'Brown v. Board of Education (1954) ended segregation in schools.', extent: '1954', type: 'DATE', value: '1954' },
  { sentence: 'Finland was invaded by the Soviet Union in November 1939.', extent: 'November 1939', type: 'DATE', value: '1939-11' },
  { sentence: 'The operation began on 27 June 1950 at dawn.', extent: '27 June 1950', type: 'DATE', value: '1950-06-27' },
  { sentence: 'Sales in fiscal 1989 rose 5%.', extent: 'fiscal 1989', type: 'DATE', value: '1989' },
  { sentence: 'The company was founded in 1988 by two engineers.', extent: '1988', type: 'DATE', value: '1988' },
  // A year with a verb of its own course after it is the subject, not a count of a plural.
  { sentence: 'As 2012 draws to a close, here is a look back at the biggest technology stories.', extent: '2012', type: 'DATE', value: '2012', dct: '2012-12-28' },
  { sentence: 'As 2012 ends, PC makers are cutting prices.', extent: '2012', type: 'DATE', value: '2012', dct: '2012-12-28' },
  { sentence: 'Analysts say 2013 promises to be the year of the cheap smartphone.', extent: '2013', type: 'DATE', value: '2013', dct: '2012-12-28' },
  // A year after the name of a thing that is no software version stays a year.
  { sentence: 'Office workers in 2012 earned more than in 2011.', extent: '2012', type: 'DATE', value: '2012' },
  { sentence: 'He left the Oval Office in 2009 and wrote his memoir.', extent: '2009', type: 'DATE', value: '2009' },
  { sentence: 'Windows sales fell in 2012, the first drop since Windows 95 went on sale in 1995.', extent: '1995', type: 'DATE', value: '1995' },
  { sentence: 'The report is dated 1998-01-08.', extent: '1998-01-08', type: 'DATE', value: '1998-01-08' },
  { sentence: 'Payment was due 12/31/1997 under the contract.', extent: '12/31/1997', type: 'DATE', value: '1997-12-31' },
  // A slashed date that cannot be month first is day first, and so are the text's other slashed dates.
  { sentence: 'The offer ends 30/04/2024.', extent: '30/04/2024', type: 'DATE', value: '2024-04-30' },
  { sentence: 'Posted 03/04/2024. The offer ends 30/04/2024.', extent: '03/04/2024', type: 'DATE', value: '2024-04-03' },
  // With nothing in the text to say, month first unless that puts the day on the wrong side of the writing.
  { sentence: 'Posted on 12/03/2024 by admin.', extent: '12/03/2024', type: 'DATE', value: '2024-03-12', dct: '2024-03-15' },
  { sentence: 'The store will open on 04/05/2024.', extent: '04/05/2024', type: 'DATE', value: '2024-04-05', dct: '2024-03-15' },
  { sentence: 'It happened on 3/4/2024.', extent: '3/4/2024', type: 'DATE', value: '2024-03-04', dct: '2024-03-15' },
  { sentence: 'Filed 12/25/2023 and amended 03/04/2024.', extent: '03/04/2024', type: 'DATE', value: '2024-03-04' },
  { sentence: 'Rome defeated Carthage in 241 BC after a long war.', extent: '241 BC', type: 'DATE', value: 'BC0241' },
  // A heading may drop the era's last dot.
  { sentence: 'Third Macedonian War (171 B.C to 168 B.C)', extent: '168 B.C', type: 'DATE', value: 'BC0168' },
  // In a text that writes its eras, a small number after a preposition of time is a year of the era written last.
  { sentence: 'Augustus died in AD 14. Constantine founded a new capital at Byzantium in 330.', extent: '330', type: 'DATE', value: '0330' },
  { sentence: 'The western empire ended in AD 476. Diocletian had restored order after 284, and ruled well.', extent: '284', type: 'DATE', value: '0284' },
  { sentence: 'In 218 BC Hannibal crossed the Alps. In 216 he destroyed a Roman army.', extent: '216', type: 'DATE', value: 'BC0216' },
  // So is one after "and" or "or" after such a year, one a season is "of", and one after a month that no day can be.
  { sentence: 'Judaea became a province in AD 6. In 67 and 68 Vespasian subdued Galilee.', extent: '68', type: 'DATE', value: '0068' },
  { sentence: 'The city fell in AD 70. The last rebels held Masada until 73 or 74.', extent: '74', type: 'DATE', value: '0074' },
  { sentence: 'Sicily was invaded in 415 BC. In the spring of 414 the Athenians returned.', extent: 'the spring of 414', type: 'DATE', value: 'BC0414-SP' },
  { sentence: 'Cestius Gallus marched on the city in the autumn of 66 but withdrew. The city fell in AD 70.', extent: 'the autumn of 66', type: 'DATE', value: '0066-FA' },
  { sentence: 'Vespasian was sent out in AD 67. After Nero died in June 68 the campaign paused.', extent: 'June 68', type: 'DATE', value: '0068-06' },
  { sentence: 'The temple was burned in AD 70. Titus had arrived in April 70 with four legions.', extent: 'April 70', type: 'DATE', value: '0070-04' },
  // So is one alone in brackets, or a span of two.
  { sentence: 'The city fell in AD 70. In the Year of the Four Emperors (69) Vespasian was proclaimed emperor.', extent: '69', type: 'DATE', value: '0069' },
  { sentence: 'The city fell in AD 70. A second revolt followed (132–136) under Hadrian.', extent: '136', type: 'DATE', value: '0136' },
  { sentence: 'The fleet sailed in 415 BC. The Sicilian expedition (415–413) ended in disaster.', extent: '413', type: 'DATE', value: 'BC0413' },
  { sentence: 'Having crossed into Europe in April 480 BC, the army marched.', extent: 'April 480 BC', type: 'DATE', value: 'BC0480-04' },
  { sentence: 'On June 20 of 1792, armed women took part in a procession.', extent: 'June 20 of 1792', type: 'DATE', value: '1792-06-20' },
  { sentence: 'The congress met again in the spring of 1918.', extent: 'the spring of 1918', type: 'DATE', value: '1918-SP' },
  { sentence: 'It will be ready by the year two thousand, officials say.', extent: 'the year two thousand', type: 'DATE', value: '2000' },
  { sentence: 'Prices peaked in nineteen ninety-six.', extent: 'nineteen ninety-six', type: 'DATE', value: '1996' },
  // Years of this century spoken as counts, after a word of time.
  { sentence: 'In two thousand eight, the plant closed its doors.', extent: 'two thousand eight', type: 'DATE', value: '2008' },
  { sentence: 'He has lived in the city since two thousand and one.', extent: 'two thousand and one', type: 'DATE', value: '2001' },
  { sentence: 'The bank closed in the year two thousand eight.', extent: 'the year two thousand eight', type: 'DATE', value: '2008' },
  // Transcripts spell out the year after a month or a season too.
  { sentence: 'One person is killed. January nineteen ninety-seven. Atlanta again.', extent: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' },
  { sentence: 'Next up is that thirteen dollar level we saw in the winter of nineteen ninety-four.', extent: 'the winter of nineteen ninety-four', type: 'DATE', value: '1994-WI' },
  { sentence: 'Estates-General of 1789The Estates-General was organized into three estates.', extent: '1789', type: 'DATE', value: '1789' },
  // A heading glued to the paragraph after it ends its date the same way, whatever the date's form.
  { sentence: 'Fighting in the summer and autumn 1918The Allied counteroffensive began.', extent: 'autumn 1918', type: 'DATE', value: '1918-FA' },
  { sentence: 'Armistice of November 1918In November 1918 the Allies had ample supplies.', extent: 'November 1918', type: 'DATE', value: '1918-11' },
  { sentence: 'Landing of 6 June 1944Allied troops came ashore.', extent: '6 June 1944', type: 'DATE', value: '1944-06-06' },
  { sentence: 'Monday, Oct. 26, 1998, was the deadline.', extent: 'Monday, Oct. 26, 1998', type: 'DATE', value: '1998-10-26' },
  // Listings abbreviate the weekday without a dot; alone, "Sat" and "Sun" are words, before a date they are days.
  { sentence: 'The store opens Sat 30 November 2024.', extent: 'Sat 30 November 2024', type: 'DATE', value: '2024-11-30' },
  { sentence: 'Deliveries resume on Mon 25 Nov.', extent: 'Mon 25 Nov', type: 'DATE', value: '2024-11-25', dct: '2024-11-20' },
  { sentence: 'Deliveries resume Thurs, Nov 28.', extent: 'Thurs, Nov 28', type: 'DATE', value: '2024-11-28', dct: '2024-11-20' },
  { sentence: 'She sat 25 minutes in the rain.', extent: '25 minutes', type: 'DURATION', value: 'PT25M' },
  // Data and form shapes: dashes with a month name, year first with dots, a month and year.
  { sentence: 'The claim was filed on 4-Jul-2024.', extent: '4-Jul-2024', type: 'DATE', value: '2024-07-04' },
  { sentence: 'Posted 2024.07.04 by the editor.', extent: '2024.07.04', type: 'DATE', value: '2024-07-04' },
  { sentence: 'The card expires 07/2026.', extent: '07/2026', type: 'DATE', value: '2026-07' },
  { sentence: 'Prices have risen since 3/2020.', extent: '3/2020', type: 'DATE', value: '2020-03' },
  { sentence: "The album was released July '24.", extent: "July '24", type: 'DATE', value: '2024-07', dct: '2024-09-01' },
  { sentence: "Previous incident: 12 Feb. '23.", extent: "12 Feb. '23", type: 'DATE', value: '2023-02-12', dct: '2024-05-02' },
  { sentence: "Valid till 13 May'24.", extent: "13 May'24", type: 'DATE', value: '2024-05-13', dct: '2024-02-05' },
  { sentence: 'Shipped 2024-May-13.', extent: '2024-May-13', type: 'DATE', value: '2024-05-13' },
  { sentence: 'The album was released July ’24.', extent: 'July ’24', type: 'DATE', value: '2024-07', dct: '2024-09-01' },
  // A year of one to three digits after a month or season needs its era: "March 15" alone would be this year's.
  // A year before "killed" and its object is when the killing was; before "killed" alone, a count of the dead.
  { sentence: 'A similar attack in 2016 killed 49 people at a nightclub in Orlando.', extent: '2016', type: 'DATE', value: '2016' },
  { sentence: 'A storm in 2012 killed at least 49 people.', extent: '2012', type: 'DATE', value: '2012' },
  { sentence: 'Caesar was killed on March 15, 44 BC, in the senate.', extent: 'March 15, 44 BC', type: 'DATE', value: 'BC0044-03-15' },
  { sentence: 'Nero was in Antium in the summer of 64 AD when Rome burned.', extent: 'the summer of 64 AD', type: 'DATE', value: '0064-SU' },
  { sentence: 'Vesuvius erupted in October AD 79, burying Pompeii.', extent: 'October AD 79', type: 'DATE', value: '0079-10' },
  { sentence: 'Galba was proclaimed in June 68 CE.', extent: 'June 68 CE', type: 'DATE', value: '0068-06' },
  { sentence: 'Themistocles fled to Asia, ca. 466 BC.', extent: 'ca. 466 BC', type: 'DATE', value: 'BC0466', mod: 'APPROX' },
  { sentence: 'The chapel dates from c. 1850.', extent: 'c. 1850', type: 'DATE', value: '1850', mod: 'APPROX' },
  { sentence: 'The temple was built c. 450 BC on the hill.', extent: 'c. 450 BC', type: 'DATE', value: 'BC0450', mod: 'APPROX' },
  // Past 2099, a year of projections after a preposition of time, "the year" or a year it runs on from.
  { sentence: 'Sea levels could rise by a meter by 2100, the report said.', extent: '2100', type: 'DATE', value: '2100' },
  { sentence: 'Between 2050 and 2100, the population is expected to shrink.', extent: '2100', type: 'DATE', value: '2100' },
  { sentence: 'The model runs to the year 2300.', extent: 'the year 2300', type: 'DATE', value: '2300' },
  // After a preposition, a year before capitals and digits is still a year.
  { sentence: 'In 2012 A380 deliveries rose.', extent: '2012', type: 'DATE', value: '2012' },
  // After a word that asks what a thing is about, "about" is the preposition, no hedge.
  { sentence: '"The next 96 hours will tell us a lot about 2013," she said.', extent: '2013', type: 'DATE', value: '2013', dct: '2012-12-28' },
  { sentence: 'Investors are worried about 1999.', extent: '1999', type: 'DATE', value: '1999' },
  { sentence: '"Only last month he was telling us about the winter of 1947," said the manager.', extent: 'the winter of 1947', type: 'DATE', value: '1947-WI', dct: '2013-03-08' },
  // So is it after a thing told: a story, a book, a film about a time.
  { sentence: '"Just last week he was telling us stories about the 1920s," a care worker said.', extent: 'the 1920s', type: 'DATE', value: '192', dct: '2013-03-30' },
  { sentence: 'In 1998 she published a memoir about 1968, the year she spent in Paris.', extent: '1968', type: 'DATE', value: '1968', dct: '2013-03-30' },
  // A hedge on a year with no thing told before it stays one.
  { sentence: 'The family settled in the valley in about 1850, records show.', extent: 'about 1850', type: 'DATE', value: '1850', mod: 'APPROX', dct: '2013-03-30' },
  { sentence: 'Police asked him about 1998, when the firm collapsed.', extent: '1998', type: 'DATE', value: '1998' },
  // A count told to someone is still hedged.
  { sentence: 'The court gave them about two weeks to respond.', extent: 'about two weeks', type: 'DURATION', value: 'P2W', mod: 'APPROX' },
  { sentence: 'He was born about 1850.', extent: 'about 1850', type: 'DATE', value: '1850', mod: 'APPROX' },
  // Weeks by number, with their year or the text's.
  { sentence: 'Sales for 2024-W14 were flat.', extent: '2024-W14', type: 'DATE', value: '2024-W14' },
  { sentence: 'The report for 2024-W14-2 is late.', extent: '2024-W14-2', type: 'DATE', value: '2024-04-02' },
  { sentence: 'Delivery is set for week 14 of 2024.', extent: 'week 14 of 2024', type: 'DATE', value: '2024-W14' },
  { sentence: 'Delivery is set for calendar week 15.', extent: 'calendar week 15', type: 'DATE', value: '1998-W15', dct: '1998-03-05' },
  // Timestamps of feeds and data exports, to the minute, and year-first slashes.
  { sentence: 'The report was published at 2024-04-03T15:30:00Z and revised later.', extent: '2024-04-03T15:30:00Z', type: 'TIME', value: '2024-04-03T15:30' },
  { sentence: 'The sensor logged 2023-11-05 08:15 before failing.', extent: '2023-11-05 08:15', type: 'TIME', value: '2023-11-05T08:15' },
  { sentence: 'The notice is dated 2024/02/29.', extent: '2024/02/29', type: 'DATE', value: '2024-02-29' },
  { sentence: 'The deadline is 31.12.2024, the court said.', extent: '31.12.2024', type: 'DATE', value: '2024-12-31' },
  // A two-digit year is of the century the text is in: 1998 news, a 2024 plan, a history of the 1790s.
  { sentence: 'Sales have doubled since \'95, the company said.', extent: "'95", type: 'DATE', value: '1995' },
  { sentence: 'The plant should be running by \'26, the minister said.', extent: "'26", type: 'DATE', value: '2026', dct: '2024-04-04' },
  // …but not decades ahead: "'69" told in 2024 is 1969.
  { sentence: 'He graduated in \'69 and moved west.', extent: "'69", type: 'DATE', value: '1969', dct: '2024-04-04' },
  {
    sentence: 'In 1789 the Estates met. In 1790 the clubs multiplied. By 1791 royalists had left, and in 1792 the founders of 1789 formed the Club of \'89.',
    extent: "'89", type: 'DATE', value: '1789', dct: '2009-12-19',
  },
  // The second year of a pair is a year whatever noun follows it.
  { sentence: 'Between 1939 and 1945 millions died in the camps.', extent: '1945', type: 'DATE', value: '1945' },
  // A year before a carmaker's name is a model year only without a preposition before it.
  { sentence: 'In 1863 Lincoln issued the Emancipation Proclamation.', extent: '1863', type: 'DATE', value: '1863' },
  { sentence: 'By 1938 Volkswagen had built a factory at Wolfsburg.', extent: '1938', type: 'DATE', value: '1938' },
  // A year before what is measured as of it: prices, levels.
  { sentence: 'The licences were sold in 2008 at 2001 prices.', extent: '2001', type: 'DATE', value: '2001' },
  { sentence: 'Emissions are still below 1990 levels.', extent: '1990', type: 'DATE', value: '1990' },
  // …and a company's accounts of a year, which no one counts.
  { sentence: 'Rival UPS said in January that it expects 2013 earnings per share of $4.80 to $5.06.', extent: '2013', type: 'DATE', value: '2013', dct: '2013-03-05' },
  { sentence: 'The retailer forecast 2014 sales of $3 billion.', extent: '2014', type: 'DATE', value: '2014', dct: '2013-11-20' },
  // A pair of years within a lifetime is a span of years, before 1500 too.
  { sentence: 'The parish church was rebuilt between 1380 and 1420, and its tower added later.', extent: '1380', type: 'DATE', value: '1380' },
  { sentence: 'The parish church was rebuilt between 1380 and 1420, and its tower added later.', extent: '1420', type: 'DATE', value: '1420' },
  { sentence: 'Henry reigned 1380-1420 over the duchy.', extent: '1380', type: 'DATE', value: '1380' },
  // "as", "was", "has" end in s but are not plural nouns that would make the number a count.
  { sentence: 'Over 2023 as a whole, the economy grew by 0.1%.', extent: '2023', type: 'DATE', value: '2023' },
  // Nor are nouns in "-us", "-ss" and "-is": the year before them names the thing by its year.
  { sentence: "President Obama's 2009 stimulus cost $800 billion.", extent: '2009', type: 'DATE', value: '2009' },
  { sentence: 'The 2008 crisis hit the banks hardest.', extent: '2008', type: 'DATE', value: '2008' },
  // A prefix of time makes the year a year before a plural noun.
  { sentence: 'The post-1959 politics have split families.', extent: '1959', type: 'DATE', value: '1959' },
  // The article of a thing the date names stays out, as in "the March 4, 2013, poll"; an ordinal day keeps it.
  { sentence: 'Kenyatta won the 4 March 2013 poll with 50.07% of the vote.', extent: '4 March 2013', type: 'DATE', value: '2013-03-04' },
  { sentence: 'On the 4 March 2013, Kenyans voted in large numbers.', extent: 'the 4 March 2013', type: 'DATE', value: '2013-03-04' },
  { sentence: 'The 4th of March 1917 offensive failed.', extent: 'The 4th of March 1917', type: 'DATE', value: '1917-03-04' },
];

describe('absolute dates carry their own year', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});

describe('a small number is a year of the era written only where no count is read', () => {
  it('leaves a count after a month or a season a count ("In March 45 soldiers", "in June 68 percent")', () => {
    const text = 'The fort fell in AD 70. In March 45 soldiers deserted. In June 68 percent of voters backed the plan, and in ' +
      'the spring of 45 towns flooded.';
    const texts = tagTimexes(text, { dct: DCT }).map((t) => t.text);
    expect(texts).not.toContain('March 45');
    expect(texts).not.toContain('June 68');
    expect(texts).not.toContain('the spring of 45');
    // Nor a number in brackets without an era written in the text.
    expect(tagTimexes('He wrote twelve books (12) in all, and the tribes (120–140) met.', { dct: DCT })).toEqual([]);
    // Without an era written in the text, a month and a number over 31 are no date.
    expect(tagTimexes('In June 68 the campaign paused.', { dct: DCT })).toEqual([]);
  });
  it('leaves a number after "by" and a word of measure or change a count ("divisible by 400", "grew by 300")', () => {
    const text = 'Caesar added the day in 46 B.C.; century years are leap years only if divisible by 400, a rule of 1582. ' +
      'The garrison grew by 300, and by 44 he was dead.';
    const texts = tagTimexes(text, { dct: DCT }).map((t) => t.text);
    expect(texts).not.toContain('400');
    expect(texts).not.toContain('300');
    // "by" as a bound of time still reads its year.
    expect(texts).toContain('44');
  });
});
