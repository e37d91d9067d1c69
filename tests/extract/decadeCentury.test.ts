import { describe, it } from 'vitest';
import { caseName, expectCase, type Case } from './helpers.ts';

const DCT = '1998-01-08';

const cases: readonly Case[] = [
  // A bare "80s" after "the", at a sentence's start too; not an age, nor a temperature. "the" joins the extent, as it
  // does for "the 1980s"; so does an apostrophe before the "s".
  { sentence: 'The 80s were a golden age for pop.', extent: 'The 80s', type: 'DATE', value: '198' },
  { sentence: 'Emigration last peaked in the 90s, when thousands left for Boston.', extent: 'the 90s', type: 'DATE', value: '199' },
  // In a history of the first centuries, the decade of the century the story is in.
  { sentence: 'Judaea had been a province since AD 6. Tension grew through the 50s and 60s. In AD 66 riots broke out, and in 67 Vespasian came. The city fell in AD 70.', extent: 'the 50s', type: 'DATE', value: '005', dct: '2009-09-07' },
  { sentence: 'Judaea had been a province since AD 6. Tension grew through the 50s and 60s. In AD 66 riots broke out, and in 67 Vespasian came. The city fell in AD 70.', extent: '60s', type: 'DATE', value: '006', dct: '2009-09-07' },
  // Not in news that tells of a time before the year 1000 in passing.
  { sentence: 'The abbey, founded in AD 670, reopened on Monday. Its choir last sang here in the 60s.', extent: 'the 60s', type: 'DATE', value: '196', dct: '2009-09-07' },
  { sentence: "My uncles went in the 80's, and now my son has gone.", extent: "the 80's", type: 'DATE', value: '198' },
  { sentence: 'Growth slowed by midcentury, the report says.', extent: 'midcentury', type: 'DATE', value: '19', mod: 'MID' },
  // A millennium by its first digit, BC ones counting back.
  { sentence: 'Writing appeared in the fourth millennium BC in Sumer.', extent: 'the fourth millennium BC', type: 'DATE', value: 'BC3' },
  { sentence: 'Castles spread across Europe in the second millennium.', extent: 'the second millennium', type: 'DATE', value: '1' },
  { sentence: 'Music of the late 70s was loud.', extent: 'the late 70s', type: 'DATE', value: '197', mod: 'END' },
  { sentence: 'The market boomed in the 1980s.', extent: 'the 1980s', type: 'DATE', value: '198' },
  { sentence: 'Growth slowed in the early 1990s.', extent: 'the early 1990s', type: 'DATE', value: '199', mod: 'START' },
  { sentence: "It was a hit in the '60s.", extent: "the '60s", type: 'DATE', value: '196' },
  // "the '00s" written once the 2000s have begun is that decade; before, the 1900s'.
  { sentence: "House prices soared in the early '00s before the crash.", extent: "the early '00s", type: 'DATE', value: '200', mod: 'START', dct: '2013-03-21' },
  { sentence: "The town boomed in the '00s, when the railway came.", extent: "the '00s", type: 'DATE', value: '190', dct: '1998-03-21' },
  { sentence: 'The city flourished in the 20th century.', extent: 'the 20th century', type: 'DATE', value: '19' },
  // A hyphened century before a noun is its adjective: the "the" is the noun's, as for "the 1999 budget".
  { sentence: 'Fire damaged the roof of the 12th-century cathedral on Monday.', extent: '12th-century', type: 'DATE', value: '11' },
  { sentence: 'The sixteenth-century basilica reopened after a restoration.', extent: 'sixteenth-century', type: 'DATE', value: '15' },
  { sentence: 'The pope prayed in a 19th-century church.', extent: '19th-century', type: 'DATE', value: '18' },
  // …not when no noun follows it.
  { sentence: 'Life in the 20th-century was hard for farmers.', extent: 'the 20th-century', type: 'DATE', value: '19' },
  // A decade by its place in a century is that decade.
  { sentence: 'The first decade of the 21st century was the warmest on record.', extent: 'The first decade of the 21st century', type: 'DATE', value: '200' },
  { sentence: 'The last decade of the 20th century saw rapid warming.', extent: 'The last decade of the 20th century', type: 'DATE', value: '199' },
  // …and of this century, the century of writing.
  { sentence: 'In the first decade of this century, the town lost a fifth of its people.', extent: 'the first decade of this century', type: 'DATE', value: '200', dct: '2013-03-21' },
  { sentence: 'The second decade of this century began with a recession.', extent: 'The second decade of this century', type: 'DATE', value: '201', dct: '2013-03-21' },
  { sentence: 'Trade grew in the nineteenth century.', extent: 'the nineteenth century', type: 'DATE', value: '18' },
  { sentence: 'Athens rose in the 5th century BC.', extent: 'the 5th century BC', type: 'DATE', value: 'BC04' },
  { sentence: 'Throughout the 470s BC, the Delian League campaigned in Thrace.', extent: 'the 470s BC', type: 'DATE', value: 'BC047' },
  // "the 1800s" is a century; "the 2000s" is the decade, as people use them.
  { sentence: 'In the late 1800s, settlers came to the valley.', extent: 'the late 1800s', type: 'DATE', value: '18', mod: 'END' },
  { sentence: 'Prices doubled during the 2000s.', extent: 'the 2000s', type: 'DATE', value: '200' },
  { sentence: 'During the 1950s and 60s the region was rebuilt.', extent: '60s', type: 'DATE', value: '196' },
  { sentence: "Jazz flourished in the 1920s and '30s.", extent: "'30s", type: 'DATE', value: '193' },
  // A decade spelled out, after "the" only: "in his twenties" is an age.
  { sentence: 'The music of the nineties is back.', extent: 'the nineties', type: 'DATE', value: '199' },
  { sentence: 'Prices rose in the late eighties.', extent: 'the late eighties', type: 'DATE', value: '198', mod: 'END' },
  // A run of positions joins the extent, the last giving the mod.
  { sentence: 'She recorded most of her hits in the mid-to-late 1990s.', extent: 'the mid-to-late 1990s', type: 'DATE', value: '199', mod: 'END' },
  { sentence: 'From the mid- to late 1960s he toured Europe with his quintet.', extent: 'the mid- to late 1960s', type: 'DATE', value: '196', mod: 'END' },
  { sentence: 'In the early-to-mid 1980s he lived in Rome.', extent: 'the early-to-mid 1980s', type: 'DATE', value: '198', mod: 'MID' },
  { sentence: 'House prices doubled during the noughties.', extent: 'the noughties', type: 'DATE', value: '200' },
  // The turn of a named century is its first year, about; a bare one is the turn nearest the time the text speaks from.
  // A pair of centuries: each its own.
  { sentence: 'The port grew during the 16th and 17th centuries.', extent: 'the 16th', type: 'DATE', value: '15' },
  { sentence: 'Output grew in the 19th and early 20th centuries.', extent: 'early 20th centuries', type: 'DATE', value: '19', mod: 'START' },
  { sentence: 'The port grew during the 16th and 17th centuries.', extent: '17th centuries', type: 'DATE', value: '16' },
  { sentence: 'Greek cities flourished from the fifth to third centuries BC.', extent: 'third centuries BC', type: 'DATE', value: 'BC02' },
  { sentence: 'Greek cities flourished from the fifth to third centuries BC.', extent: 'the fifth', type: 'DATE', value: 'BC04' },
  { sentence: 'By the turn of the 20th century the port had grown.', extent: 'the turn of the 20th century', type: 'DATE', value: '1900', mod: 'APPROX' },
  { sentence: 'At the turn of the century the port will be the busiest in Europe.', extent: 'the turn of the century', type: 'DATE', value: '2000', mod: 'APPROX' },
  { sentence: 'At the turn of the millennium the bank will merge.', extent: 'the turn of the millennium', type: 'DATE', value: '2000', mod: 'APPROX' },
  { sentence: 'In 1893 the town was small, but by the turn of the century it had doubled.', extent: 'the turn of the century', type: 'DATE', value: '1900', mod: 'APPROX', dct: '2024-04-04' },
  // The halves of a century or a decade.
  { sentence: 'In the first half of the 20th century the population doubled.', extent: 'the first half of the 20th century', type: 'DATE', value: '19', mod: 'START' },
  { sentence: 'The city was founded in 1820. Industry declined in the latter half of the century.', extent: 'the latter half of the century', type: 'DATE', value: '18', mod: 'END' },
  { sentence: 'Growth was strong in the last half of the 1980s.', extent: 'the last half of the 1980s', type: 'DATE', value: '198', mod: 'END' },
  // "by mid-century" is a time; "mid-century furniture" a style (in the negative cases).
  { sentence: 'Emissions must fall to zero by mid-century.', extent: 'mid-century', type: 'DATE', value: '19', mod: 'MID' },
  { sentence: 'Spending will be cut by mid-decade.', extent: 'mid-decade', type: 'DATE', value: '199', mod: 'MID' },
  // A year's possessive before a part of it is that year; "the 1990's" is the decade.
  { sentence: "The company expects 1990's first-quarter earnings to rise.", extent: '1990', type: 'DATE', value: '1990', dct: '1989-10-24' },
  { sentence: "Analysts see a recovery in 1980's second half.", extent: '1980', type: 'DATE', value: '1980', dct: '1979-11-02' },
  { sentence: "Growth will be slower in the 1990's, the report said.", extent: "the 1990's", type: 'DATE', value: '199', dct: '1989-10-24' },
];

describe('decades and centuries', () => {
  it.each(cases.map((c) => [caseName(c), c] as const))('%s', (_name, c) => expectCase(c, DCT));
});
