import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../src/lib/extract/index.ts';

/** A history: explicit years far from the DCT (the download date) make bare months follow the narrative. */
const history = [
  'In September 1939 Germany invaded Poland.',
  'Finland was invaded in November 1939 and the conflict ended in March 1940.',
  'In June 1940 the Soviet forces occupied the Baltic States.',
  'By August 1940 the Battle of Britain had begun.',
  'In April, German troops invaded Yugoslavia. The next day, Belgrade was bombed.',
].join(' ');

describe('narrative documents resolve against the last mentioned date', () => {
  const found = tagTimexes(history, { dct: '2009-12-19' });
  const valueOf = (text: string) => found.find((t) => t.text === text)?.value;

  it('gives a bare month the year being narrated, not the DCT year', () => {
    expect(valueOf('April')).toBe('1940-04');
  });

  it('does not move the story to a time told in passing, decades back', () => {
    const text = `${history} Two decades earlier the same armies had fought there. In May the Germans reached Crete.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'Two decades earlier')?.value).toBe('1920');
    expect(t.find((x) => x.text === 'May')?.value).toBe('1940-05');
  });

  it('writes what recurs as a calendar pattern, as histories are annotated ("daily" XXXX-XX-XX)', () => {
    const text = `${history} Bombers struck the port daily and raided the airfields every week; the harvest, gathered annually, failed.`;
    const t = tagTimexes(text, { dct: '2009-12-19' }).map((x) => [x.text, x.type, x.value]);
    expect(t).toContainEqual(['daily', 'SET', 'XXXX-XX-XX']);
    expect(t).toContainEqual(['every week', 'SET', 'XXXX-WXX']);
    expect(t).toContainEqual(['annually', 'SET', 'XXXX']);
  });

  it('counts a time from a day told aside in its sentence ("on Friday, Jan. 4 … with a wake the evening before")', () => {
    const obituary = 'The Rev. Paul Delacroix, who ran a parish in the Lower Ninth Ward for 20 years, died Thursday. He was 91. ' +
      'Born on Sept. 30, 1921, he was ordained in 1950 and came to New Orleans in 1961. He stayed until 1987 and returned in ' +
      'the late 1990s. After Katrina struck on Aug. 29, 2005, he celebrated Mass in a parking lot for eight months. ' +
      '"That was Easter 2006," a parishioner said. A funeral Mass will be celebrated on Friday, Jan. 4, at 11 a.m., with a ' +
      'wake the evening before.';
    const t = tagTimexes(obituary, { dct: '2012-12-29' });
    expect(t.find((x) => x.text === 'Friday, Jan. 4')?.value).toBe('2013-01-04');
    expect(t.find((x) => x.text === 'the evening before')?.value).toBe('2013-01-03TEV');
  });

  it('does not move the story to a date that names a thing ("the August 1792 uprising")', () => {
    const text = 'The Convention met on 2 June 1793 and arrested the Girondin leaders. Danton, the leader of the August 1792 ' +
      'uprising, was removed from the Committee. On 24 June, the Convention adopted a new constitution.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'August 1792')?.value).toBe('1792-08');
    expect(t.find((x) => x.text === '24 June')?.value).toBe('1793-06-24');
  });

  it('counts a deictic the story\'s year cannot place from the writing ("In an interview last month")', () => {
    const life = 'Margaret Ellison (born 14 February 1948) is a marine biologist. She studied zoology from 1966 to 1969 and ' +
      'completed a doctorate in 1973. Her 1984 paper was widely cited. She was elected a Fellow in 1996 and became ' +
      'director three years later. She retired in 2013. The following year she published a memoir, and in 2019 she ' +
      'was made a dame. In an interview last month she said she still swims every morning.';
    const t = tagTimexes(life, { dct: '2024-04-04' });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['last month', '2024-03']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['The following year', '2014']);
    // In a quote the "now" is the speaker's, which the writing does not tell.
    const quoted = tagTimexes(`${life} In 2001 she moved to Truro. "I stopped diving 15 months ago," she said in 2005.`, { dct: '2024-04-04' });
    expect(quoted.map((x) => [x.text, x.value])).toContainEqual(['15 months ago', 'XXXX-XX']);
  });

  it('places the news an obituary opens with from the writing, and its life by its years', () => {
    const obituary = 'Margaret Ellis, who in 1968 became the first woman to lead a cardiac unit in Britain, has died. She was ' +
      '94.\n\nHer family announced her death on Monday, saying she had died peacefully the previous evening.\n\nBorn on ' +
      '2 March 1930, Ellis trained in London in the early 1950s. She qualified in 1954 and spent the next decade in ' +
      'Boston. She returned in 1965. Three years later she was appointed head of the unit. She was made a dame in 1997.';
    const t = tagTimexes(obituary, { dct: '2024-05-14' });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['Monday', '2024-05-13']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['the previous evening', '2024-05-12TEV']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['Three years later', '1968']);
    // So does a day right after its deed, as wires write it without "on".
    const wire = 'For 17 years the telescope has watched one patch of sky, and the latest image, released Thursday, shows ' +
      'galaxies as they were about 13 billion years ago. Astronomers first pointed it there in December 1995, for 10 ' +
      'days. They returned in 2004 and again in 2009, after a new camera was installed in May of that year. The ' +
      'telescope, launched in April 1990, was to work for 15 years. NASA now expects it to last until at least 2018.';
    expect(tagTimexes(wire, { dct: '2013-03-29' }).map((x) => [x.text, x.value])).toContainEqual(['Thursday', '2013-03-28']);
    // A weekday that names no day of the writing stays any such day.
    const history = 'The invasion began in 2003. Elections were held in 2005, the surge came in 2007, and the last troops ' +
      'left in 2011. In 2008 the pact was signed. Thousands gathered weekly after Friday prayers to protest.';
    const weekly = tagTimexes(history, { dct: '2012-12-19' });
    expect(weekly.map((x) => [x.text, x.value])).toContainEqual(['Friday', 'XXXX-WXX-5']);
  });

  it('counts from the writing what a life tells ahead with "will", "as recently as" or in the present', () => {
    const obituary = 'Born in Leeds on 14 February 1933, she graduated in 1954 and married in 1959. From 1981 until her ' +
      'retirement in 1998 she directed the observatory. As recently as last spring she gave a lecture. A funeral will ' +
      'be held on 3 December.';
    const t = tagTimexes(obituary, { dct: '2024-11-26' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['last spring', '2024-SP']);
    expect(t).toContainEqual(['3 December', '2024-12-03']);
    // So is "next year" in the present ("is due out next year") after a life told by its years.
    const life = tagTimexes(`${obituary} Her fourth novel is due out next year.`, { dct: '2024-11-26' }).map((x) => [x.text, x.value]);
    expect(life).toContainEqual(['next year', '2025']);
    // And a season shifted from the writing, and a month whose clause goes on in the future.
    const plans = tagTimexes(`${obituary} Her memoir is due to be published next autumn. From September her papers will be kept in Leeds.`, { dct: '2024-05-01' })
      .map((x) => [x.text, x.value]);
    expect(plans).toContainEqual(['next autumn', '2024-FA']);
    expect(plans).toContainEqual(['September', '2024-09']);
    // "Will" a few words back still looks ahead when a name's abbreviation stands between ("at St. Mary's").
    const mass = tagTimexes(obituary.replace('A funeral will be held on 3 December.', "A funeral Mass will be celebrated at St. Mary's on Friday, Dec. 6."), { dct: '2024-11-26' });
    expect(mass.map((x) => [x.text, x.value])).toContainEqual(['Friday, Dec. 6', '2024-12-06']);
    // A plan told in the story's past ("would") is the story's.
    const planned = tagTimexes(obituary.replace(/As recently.*/, 'The new dish would be finished on 3 December.'), { dct: '2024-11-26' });
    expect(planned.map((x) => [x.text, x.value])).toContainEqual(['3 December', '1981-12-03']);
  });

  it('counts a life on from an age told after the birth, which is no timex itself', () => {
    const life = 'Margaret Hale was born on 4 June 1952 in Leeds. At the age of 18 she won a scholarship to Oxford, and she ' +
      'graduated three years later with a first in chemistry.';
    const t = tagTimexes(life, { dct: '2024-05-30' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['three years later', '1973']);
    expect(t.map(([text]) => text)).not.toContain('At the age of 18');
    // Without a birth told, an age moves nothing; with its unit it is a span of life.
    expect(tagTimexes('A woman aged 30 was arrested.', { dct: '2024-05-30' })).toEqual([]);
    expect(tagTimexes('The baby died at the age of 18 months.', { dct: '2024-05-30' }).map((x) => x.value)).toEqual(['P18M']);
  });

  it('counts a life on from a bare age after "at" closing its phrase, not from a figure', () => {
    const life = 'Born in 1928 in Dayton, Ohio, Ellison moved to New York at 19 and took a job at a lunch counter. Two years ' +
      'later she was running the kitchen.';
    expect(tagTimexes(life, { dct: '2013-03-21' }).map((x) => [x.text, x.value])).toContainEqual(['Two years later', '1949']);
    const figure = 'Born in 1950, he said rates stood at 19 percent in 1980. Two years later they fell.';
    expect(tagTimexes(figure, { dct: '2013-03-21' }).map((x) => [x.text, x.value])).toContainEqual(['Two years later', '1982']);
  });

  it('tags the adjectives a history tags as times ("former president", "future wars"), and only in a history', () => {
    const text = `${history} The former president Theodore Roosevelt urged war, and Stalin feared a future invasion from ` +
      'the west. The armies met near present-day Belize. Many considered the former an option.';
    const found = tagTimexes(text, { dct: '2009-12-19' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['former', 'PAST_REF']);
    expect(found).toContainEqual(['future', 'FUTURE_REF']);
    expect(found).toContainEqual(['present-day', 'PRESENT_REF']);
    // "the former" standing for a noun is no time.
    expect(found.filter(([t]) => t === 'former')).toHaveLength(1);
    // The news corpora leave them untagged.
    const news = tagTimexes('The former president said on Monday that future talks would be held in present-day Belize.', { dct: '2009-12-19' });
    expect(news.map((t) => t.text)).toEqual(['Monday']);
  });

  it('stays in the story after a year a state has held since ("sovereignty since 1833 … On 19 March")', () => {
    const war = 'The war between Argentina and Britain began on 2 April 1982 and ended with a surrender on 14 June. ' +
      'Britain had exercised sovereignty over the islands since 1833, though Argentina disputed this. In the late ' +
      '1970s the junta faced a crisis. On 19 March, workers raised a flag at Leith. In the early hours of 2 April, ' +
      'special forces landed. The following day, South Georgia was seized.';
    const found = tagTimexes(war, { dct: '2009-12-19' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['1833', '1833']);
    expect(found).toContainEqual(['19 March', '1982-03-19']);
    expect(found).toContainEqual(['The following day', '1982-04-03']);
  });

  it('stays in the story after the year of an event named after "since" ("the first sitting since the crisis of 1956")', () => {
    const war = 'The invasion began on 2 April 1982, and the islanders surrendered that morning. Parliament met on Saturday ' +
      '3 April, the first Saturday sitting since the Suez crisis of 1956. A task force sailed two days later. On 25 April ' +
      'the island was retaken. It was the largest fleet assembled since the landings in 1944, and on 2 May a cruiser was sunk.';
    const found = tagTimexes(war, { dct: '2009-05-16' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['1956', '1956']);
    expect(found).toContainEqual(['two days later', '1982-04-05']);
    expect(found).toContainEqual(['25 April', '1982-04-25']);
    expect(found).toContainEqual(['2 May', '1982-05-02']);
    // A year the story goes back to is still one it moves to ("the crisis of 1956. In April" is April 1956).
    const back = tagTimexes('The war began on 2 April 1982. Its roots lay in the crisis of 1956. In April the canal was closed.', { dct: '2009-05-16' });
    expect(back.map((t) => [t.text, t.value])).toContainEqual(['April', '1956-04']);
  });

  it('goes to a season of a year that opens its sentence, back or later in the year ("In the spring of 1804 …")', () => {
    const later = 'The French landed in February 1802. Toussaint died in April 1803. Dessalines won at Vertières on 18 November ' +
      '1803. On 1 January 1804 he declared independence. In the spring of 1804 he ordered the killings. He was crowned ' +
      'emperor in October and murdered two years later.';
    const found = tagTimexes(later, { dct: '2010-01-18' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['October', '1804-10']);
    expect(found).toContainEqual(['two years later', '1806']);
    const back = 'The revolt lasted from 1866 to 1871. The city fell on 8 September 1870 after a siege of five months, and the ' +
      'last rebels held out until 1871. The province had been restless since 1848. ' +
      'In the spring of 1866 the governor seized the treasury. By the summer the rebels held the fort, and in the autumn ' +
      'an army marched on the city.';
    const told = tagTimexes(back, { dct: '2009-09-07' }).map((t) => [t.text, t.value]);
    expect(told).toContainEqual(['the summer', '1866-SU']);
    expect(told).toContainEqual(['the autumn', '1866-FA']);
    // So does one opening a clause joined on ("…, and in the spring of 1804 he ordered …").
    const joined = later.replace('. In the spring of 1804 he', ', and in the spring of 1804 he');
    expect(tagTimexes(joined, { dct: '2010-01-18' }).map((t) => [t.text, t.value])).toContainEqual(['October', '1804-10']);
    // Not one inside its sentence, set against the story's time.
    const compared = 'The revolt lasted from 1866 to 1871. The city fell on 8 September 1870 after a siege of five months. ' +
      'Prices were double those of the spring of ' +
      '1866. In October the army marched home.';
    expect(tagTimexes(compared, { dct: '2009-09-07' }).map((t) => [t.text, t.value])).toContainEqual(['October', '1870-10']);
  });

  it('gives a day its lead dated, told again after a look back to the year before, the lead\'s year', () => {
    const siege = 'The Great Siege of Malta took place in 1565. The siege lasted nearly four months, from 18 May to 11 ' +
      'September 1565. The knights had been driven from Rhodes in 1522 and were given Malta in 1530. In 1564 they seized ' +
      'a great merchant ship, and the sultan resolved to act. The Ottoman fleet was sighted at dawn on 18 May. On 2 June ' +
      'the corsair Dragut arrived. On 23 June the fort fell.';
    const found = tagTimexes(siege, { dct: '2010-09-14' }).map((t) => [t.text, t.value]);
    expect(found.filter(([t]) => t === '18 May')).toEqual([['18 May', '1565-05-18'], ['18 May', '1565-05-18']]);
    expect(found).toContainEqual(['dawn', '1565-05-18TMO']);
    expect(found).toContainEqual(['2 June', '1565-06-02']);
    // A day the lead did not date is the story's.
    const other = siege.replace('sighted at dawn on 18 May', 'sighted at dawn on 19 May');
    expect(tagTimexes(other, { dct: '2010-09-14' }).map((t) => [t.text, t.value])).toContainEqual(['19 May', '1564-05-19']);
  });

  it('goes on where it was after a look back to "the previous November"', () => {
    const war = 'The invasion lasted from 1219 to 1221. In the autumn of 1219 the army reached the river. Bukhara fell in ' +
      'February 1220. In the spring of 1221 the Mongols turned south. Nishapur was taken in April; a prince had been killed ' +
      'there the previous November, and the city was destroyed. In the autumn the khan won a battle on the Indus.';
    const found = tagTimexes(war, { dct: '2009-07-08' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['the previous November', '1220-11']);
    expect(found).toContainEqual(['the autumn', '1221-FA']);
  });

  it('tells a day of the month alone of the month it has moved on to since its opening day', () => {
    const war = 'The war was fought from 1932 to 1935. On 15 June 1932 a detachment seized a fort, which was retaken a month ' +
      'later. The Paraguayans besieged Boquerón for three weeks in September 1932 and took it on the 29th. In 1933 the ' +
      'Bolivians attacked Nanawa.';
    const found = tagTimexes(war, { dct: '2010-06-05' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['the 29th', '1932-09-29']);
    // So does one that has gone back to a month before it.
    const back = 'The battle was fought on 14 October 1066, and by 1071 the conquest was complete. The king had died in ' +
      'January 1066. The Norwegians landed in the north in September 1066 and defeated the earls at Fulford on the 20th.';
    expect(tagTimexes(back, { dct: '2009-12-01' }).map((t) => [t.text, t.value])).toContainEqual(['the 20th', '1066-09-20']);
  });

  it('stays in the story after a time told in the past perfect in a clause on who someone is', () => {
    const war = 'The revolution began on 10 October 1911 and ended on 12 February 1912. By the next morning the rebels held ' +
      'Wuchang, and over the following weeks fifteen provinces broke away. The court recalled Yuan Shikai, who had been ' +
      'dismissed in 1909, and made him prime minister in November. Nanjing fell on 2 December.';
    const found = tagTimexes(war, { dct: '2010-04-27' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['1909', '1909']);
    expect(found).toContainEqual(['November', '1911-11']);
    expect(found).toContainEqual(['2 December', '1911-12-02']);
  });

  it('moves on to a season with no year that opens its sentence later in the year ("Through the summer …")', () => {
    const war = 'The conquest began in 1066 and was complete by 1071. The old king had reigned since 1042. He died on 5 January ' +
      '1066 and was buried the next day. Through the summer the duke gathered a fleet. The Norwegians landed in the north ' +
      'in September and won a battle near York.';
    const found = tagTimexes(war, { dct: '2009-12-01' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['the summer', '1066-SU']);
    expect(found).toContainEqual(['September', '1066-09']);
  });

  it('goes on from the December a winter written with its years begins in ("the winter of 1854–55")', () => {
    const war = 'The allies landed in September 1854 and won the battle on 20 September. On 5 November, the Battle of ' +
      'Inkerman was fought. The winter of 1854–55 was severe. Florence Nightingale arrived at Scutari in early ' +
      'November. In the spring, the allies reinforced their lines. The tsar died on 2 March 1855.';
    const found = tagTimexes(war, { dct: '2009-12-19' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['The winter of 1854–55', '1855-WI']);
    expect(found).toContainEqual(['early November', '1854-11']);
    expect(found).toContainEqual(['the spring', '1855-SP']);
  });

  it('tells a leap years ahead of a story told day by day in passing when the next year written comes back', () => {
    const war = 'Planning began in 2001 and troops massed in 2002. At 5:34 AM on March 20, 2003 the invasion began. On ' +
      'April 9 Baghdad fell, and crowds tore down a statue ' +
      'of Hussein. In November 2008, Iraqi protesters staged a similar stomping on an effigy of George W. Bush. On ' +
      'April 15 the coalition declared the invasion over. In the invasion phase (March 19-April 30), thousands were ' +
      'killed. The occupation authority was set up on April 21, 2003.';
    const found = tagTimexes(war, { dct: '2019-12-19' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['November 2008', '2008-11']);
    expect(found).toContainEqual(['April 15', '2003-04-15']);
    expect(found).toContainEqual(['April 30', '2003-04-30']);
    // A history told by years leaps ahead as it goes: "ended in 445 BC … just 14 years later".
    const greece = 'The First Peloponnesian War, which had continued on and off since 460 BC, finally ended in 445 BC. ' +
      'The enmity between Sparta and Athens would lead, just 14 years later, to a second war. In 450 BC Cimon had died.';
    expect(tagTimexes(`In 450 BC the fleet sailed. ${greece}`, { dct: '2009-12-19' }).map((t) => [t.text, t.value]))
      .toContainEqual(['14 years later', 'BC0431']);
  });

  it('stays on the story\'s day after a day months back told within its paragraph', () => {
    const war = 'The offensive commenced on 21 March 1918. The Kaiser declared 24 March a national holiday. American ' +
      'divisions were assigned to the French on 28 March. A Supreme War Council had been created on 5 November 1917. ' +
      'Operation Marne was launched on 15 July, and the counterattack began on 8 August.';
    const found = tagTimexes(`In 1914 the war began. In 1916 came Verdun. ${war}`, { dct: '2009-12-19' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['5 November 1917', '1917-11-05']);
    expect(found).toContainEqual(['15 July', '1918-07-15']);
    // A new paragraph may go back for good.
    const recap = tagTimexes(`In 1914 the war began. In 1916 came Verdun. ${war}\nOn 5 November 1917 the council met. On 15 December the talks began.`, { dct: '2009-12-19' });
    expect(recap.map((t) => [t.text, t.value])).toContainEqual(['15 December', '1917-12-15']);
  });

  it('reads a chronology of years long past as one: its lines\' days and seasons take the years around them', () => {
    const timeline = [
      'Timeline of the pandemic',
      '31 December 2019 – Health officials in Wuhan report a cluster of pneumonia cases.',
      '30 January – The WHO declares a public health emergency.',
      '23 March – The UK enters its first national lockdown.',
      'December 2020 – The first vaccines are approved.',
      '2021',
      'January – A second wave peaks in the UK.',
      'Summer – Restrictions are lifted in many countries.',
      '26 November – The Omicron variant is named.',
      '5 May 2023 – The WHO ends the global emergency.',
    ].join('\n');
    const found = tagTimexes(timeline, { dct: '2024-01-10' }).map((t) => [t.text, t.value]);
    expect(found).toContainEqual(['30 January', '2020-01-30']);
    expect(found).toContainEqual(['Summer', '2021-SU']);
    expect(found).toContainEqual(['26 November', '2021-11-26']);
  });

  it('knows a short history by its few years, whatever its days say ("By the end of the day")', () => {
    const battle = 'The battle was fought July 1–3, 1863. Following his success in May 1863, Lee led his army north. On ' +
      'the morning of July 1, his forces converged on the town. By the end of the day, the defenders had been driven ' +
      'back. Lee began a retreat on July 4. The war continued until the surrender in April 1865.';
    const t = tagTimexes(battle, { dct: '2009-12-19' });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['the morning of July 1', '1863-07-01TMO']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['July 4', '1863-07-04']);
  });

  it('tells a short history by its weekdays, moving on from the start of the span it names', () => {
    const strike = 'The Paris strike of 1968\n\nThe strike ran from Monday 3 June to Friday 7 June 1968. Workers walked out ' +
      'shortly after dawn on Monday. By Tuesday evening the railways had stopped. On Wednesday the government offered ' +
      'talks, and by Friday the strike was over.\n\nA second strike followed in 1971. The union was dissolved in 1980.';
    const t = tagTimexes(strike, { dct: '2024-03-10' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['Monday 3 June', '1968-06-03']);
    expect(t).toContainEqual(['Monday', '1968-06-03']);
    expect(t).toContainEqual(['Tuesday evening', '1968-06-04TEV']);
    expect(t).toContainEqual(['Wednesday', '1968-06-05']);
    expect(t).toContainEqual(['Friday', '1968-06-07']);
  });

  it('counts a time of day written with its year among the years that tell a history', () => {
    const titanic = 'RMS Titanic sank in the early hours of 15 April 1912, four days into her maiden voyage. She left ' +
      'Southampton on 10 April and called at Cherbourg that evening and at Queenstown the next day. The survivors ' +
      'landed in New York on the evening of 18 April. The wreck was found in 1985.';
    const t = tagTimexes(titanic, { dct: '2024-03-10' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['10 April', '1912-04-10']);
    expect(t).toContainEqual(['the next day', '1912-04-11']);
    expect(t).toContainEqual(['the evening of 18 April', '1912-04-18TEV']);
  });

  it('starts a life at its birth, not at the death written beside it in brackets', () => {
    const life = 'Augusta Ada King (10 December 1815 – 27 November 1852) was an English mathematician. Byron separated ' +
      'from her mother a month after Ada was born and left England forever four months later. In June 1833 she met ' +
      'Babbage. She married William King in 1835. He was made Earl of Lovelace three years later.';
    const t = tagTimexes(life, { dct: '2024-03-10' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['four months later', '1816-04']);
    expect(t).toContainEqual(['three years later', '1838']);
  });

  it('keeps the story where it is when a source about it came out decades later', () => {
    const history = 'In 1963 there were 16,000 American advisers. Diem was overthrown on 2 November 1963. His successor fell ' +
      'in January 1964. On 2 August 1964, the USS Maddox was attacked. A report declassified in 2005, however, revealed ' +
      'that there was no attack on 4 August. By 1965 the war had grown.';
    const t = tagTimexes(history, { dct: '2009-12-19' });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['4 August', '1964-08-04']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['2005', '2005']);
  });

  it('knows a history whose times of day are of days it names ("the morning of 12 September", "by nightfall")', () => {
    const siege = 'The siege began on 14 July 1683. A relief army crossed the river on 6 September. Six days later, on ' +
      'the morning of 12 September, it attacked. By nightfall the camp had been taken. The war lasted until January 1699.';
    const t = tagTimexes(siege, { dct: '2024-04-11' });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['the morning of 12 September', '1683-09-12TMO']);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(['nightfall', '1683-09-12TNI']);
  });

  it('knows a short history whose only time of day is of no day ("a series of night attacks")', () => {
    const war = 'The war began on Friday, 2 April 1982, when troops landed near the capital. The first ships sailed on 5 ' +
      'April. A series of night attacks began on 11 June, and by the morning of 14 June the garrison had surrendered. ' +
      'The war cost 904 lives in 1982 alone.';
    const t = tagTimexes(war, { dct: '2010-05-14' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['night', 'XXXX-XX-XXTNI']);
    expect(t).toContainEqual(['5 April', '1982-04-05']);
    expect(t).toContainEqual(['11 June', '1982-06-11']);
  });

  it('knows a short history whose only "ago" is in a quote, told from the speaker\'s day', () => {
    const battle = 'The battle was fought on 3 July 1863. After his victory in early May, the general had marched north. ' +
      'On November 19 the president spoke at the cemetery. "Two years ago this nation went to war," he began. The ' +
      'park was created in 1895.';
    const t = tagTimexes(battle, { dct: '2009-12-19' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['early May', '1863-05']);
    expect(t).toContainEqual(['November 19', '1863-11-19']);
  });

  it('goes on from the end of a span of years told "from … to" ("from 1861 to 1865 … the following year")', () => {
    const text = `${history} The war in the west lasted from 1941 to 1945. In the spring of the following year, the ` +
      'occupation began. Lincoln (1809 – 1865) was born in Kentucky. The following year his sister was born.';
    const t = tagTimexes(text, { dct: '2009-12-19' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['the spring of the following year', '1946-SP']);
    expect(t).toContainEqual(['The following year', '1810']);
  });

  it('keeps the known year and month when the anchor has no day', () => {
    expect(valueOf('The next day')).toBe('1940-04-XX');
  });

  it('takes the nearest year for a bare date, as a history steps back as often as forward', () => {
    const text = `${history} Negotiations broke down in June 1941. On December 7, Japan attacked.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'December 7')?.value).toBe('1941-12-07');
  });

  it('keeps the month the story reached when its year is named again ("December 7, 1941 … by the end of 1941")', () => {
    const text = `${history} On December 7, 1941, Japan attacked Pearl Harbor. By the end of 1941 the Allies were in retreat. In January, twenty-six governments signed the declaration.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'January')?.value).toBe('1942-01');
  });

  it('does not move the story to the end of a span told ahead ("lasted until … February 1945")', () => {
    const text = `${history} In September 1944, Soviet troops advanced into Yugoslavia. The Soviets launched a massive assault against Hungary that lasted until the fall of Budapest in February 1945. By the start of July, Commonwealth forces had repelled the Japanese.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'the start of July')?.value).toBe('1944-07');
  });

  it('moves the story to a day told in a clause of its own after "until" ("until the British evacuated the city on …")', () => {
    const text = `${history} Washington took command at Cambridge on 3 July 1775 and besieged Boston for eight months, ` +
      'until the British evacuated the city on 17 March 1776. He was defeated at Long Island in August.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'August')?.value).toBe('1776-08');
  });

  it('moves the story to the time a deed did not happen until ("did not begin until January 1099")', () => {
    const text = `${history} Antioch fell in June 1098. The leaders quarrelled for months, and the march south did not begin ` +
      'until January 1099. The army arrived before Jerusalem on 7 June. It was not until November 1100 that the rest came. ' +
      'The city was not expected to fall until 1102. On 4 June the siege began.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === '7 June')?.value).toBe('1099-06-07');
    // Not a plan: the story stays in November 1100.
    expect(t.find((x) => x.text === '4 June')?.value).toBe('1101-06-04');
  });

  it('does not move a story told day by day to the year a thing is named by ("the ceasefire line of 1967")', () => {
    const text = `${history} Egypt and Syria attacked on 6 October 1973. By 10 October the Syrians had been pushed back to ` +
      'the ceasefire line of 1967. Israeli forces advanced the following day. In the Sinai the fighting went on through the ' +
      'end of 1973.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === '1967')?.value).toBe('1967');
    expect(t.find((x) => x.text === 'the following day')?.value).toBe('1973-10-11');
  });

  it('moves a story on to the year of a settlement later than its day ("the constitution of 1976")', () => {
    const text = `${history} The coup came on 25 April 1974. The constitution of 1976 gave the assembly its powers. In ` +
      'November the radicals tried to seize power.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'November')?.value).toBe('1976-11');
  });

  it('puts a day told without its year after the month of its sentence ("In March 1845 … on 29 December")', () => {
    const text = `${history} In March 1845 Congress voted to annex Texas, and Texas became a state on 29 December. Napoleon ` +
      'left the army in late December 1812 and reached Paris on 18 January. In May 1915 Italy declared war, and on 23 May ' +
      'the first shots were fired.';
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === '29 December')?.value).toBe('1845-12-29');
    expect(t.find((x) => x.text === '18 January')?.value).toBe('1813-01-18');
    expect(t.find((x) => x.text === '23 May')?.value).toBe('1915-05-23');
    const holiday = tagTimexes(`${history} Richard was made Protector in March 1454, but the king recovered around Christmas.`, { dct: '2009-12-19' });
    expect(holiday.find((x) => x.text === 'around Christmas')?.value).toBe('1454-12-25');
  });

  it('puts a season after the one told before it in its sentence ("in the summer; … in the autumn")', () => {
    const text = `${history} Caesar crossed the Rubicon in January 49 BC, and Pompey fled in March. Caesar defeated his ` +
      'legates at Ilerda in the summer; Massilia surrendered in the autumn. In January 1895 the Italians advanced. Menelik ' +
      'gathered an army during the summer and marched north in the autumn, camping there over the winter.';
    const t = tagTimexes(text, { dct: '2009-12-19' }).map((x) => [x.text, x.value]);
    expect(t.filter(([text]) => text === 'the autumn')).toEqual([['the autumn', 'BC0049-FA'], ['the autumn', '1895-FA']]);
    // A winter is named by its January.
    expect(t).toContainEqual(['the winter', '1896-WI']);
  });

  it('puts "that summer" in the year of the season told right before it ("the spring of 336 BC … that summer")', () => {
    const text = `${history} The invasion lasted from 334 to 330 BC. Alexander then campaigned in India until 325 BC. An ` +
      'advance force crossed into Asia in the spring of 336 BC, but Philip was murdered that summer. The fleet sailed in ' +
      'the autumn of 1840 and was wrecked that winter.';
    const t = tagTimexes(text, { dct: '2009-12-19' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['that summer', 'BC0336-SU']);
    expect(t).toContainEqual(['that winter', '1841-WI']);
  });

  it('puts a season told in the past perfect before the story\'s day ("had spent the spring and summer")', () => {
    const text = `${history} The Red Army recaptured Kiev on 17 December 1919. Yudenich, who had spent the spring and ` +
      'summer organizing an army in Estonia, had already been beaten. The armies rested in the spring.';
    const t = tagTimexes(text, { dct: '2009-12-19' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['the spring', '1919-SP']);
    expect(t).toContainEqual(['summer', '1919-SU']);
    // Not after a verb in the past perfect: the coming one.
    expect(t).toContainEqual(['the spring', '1920-SP']);
  });

  it('does not move the story to a plan told ahead ("would be exposed for a planned campaign in 1976")', () => {
    const text = `${history} On 10 March 1975, General Dung launched a limited offensive. If the town could be taken, the road would be exposed for a planned campaign in 1976. The defence collapsed on 11 March.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === '11 March')?.value).toBe('1975-03-11');
  });

  it('does not move the story to a time counted from a speaker\'s now ("two years ago" in a quote)', () => {
    const text = `${history} Thieu resigned on 21 April 1975. He said Kissinger had tricked him into signing the agreement two years ago. He left for Taiwan on 25 April.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'two years ago')?.value).toBe('1973');
    expect(t.find((x) => x.text === '25 April')?.value).toBe('1975-04-25');
  });

  it('goes on where it was after a look back ("during the previous year … in January")', () => {
    const text = `${history} A victory at Changsha came in early January 1942. The Axis kept the gains of the previous year. In North Africa, the Germans attacked in January.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'the previous year')?.value).toBe('1941');
    expect(t.find((x) => x.text === 'January')?.value).toBe('1942-01');
  });

  it('moves the story on to a season written with its year, not back to one ("a peak in summer 2007")', () => {
    const on = tagTimexes(`${history} The Russians were driven back in September 1914. By the spring of 1915, they had retreated, and in May the Central Powers broke through.`, { dct: '2009-12-19' });
    expect(on.find((x) => x.text === 'May')?.value).toBe('1915-05');
    const back = tagTimexes(`${history} Attacks fell to 300 a week in the latter half of 2008, from a peak of 1,600 in summer 2007. An offensive followed in October.`, { dct: '2009-12-19' });
    expect(back.find((x) => x.text === 'October')?.value).toBe('2008-10');
  });

  it('does not move the story to a year alone in brackets (a book cited, a life dated)', () => {
    const text = `${history} The first major battles came on 1 November 1950. In How Wars Are Won (2003), Bevin Alexander reports the tactics. In late November, the PVA attacked.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'late November')?.value).toBe('1950-11');
  });

  it('moves the story to the year of a half ("the latter half of 2008 … By October")', () => {
    const text = `${history} Attacks peaked in summer 2007 and fell in the latter half of 2008. By October, the British officer in charge of Basra was confident.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'the latter half of 2008')?.value).toBe('2008-H2');
    expect(t.find((x) => x.text === 'October')?.value).toBe('2008-10');
  });

  it('never gives a day its year lacks ("In 1995 … On February 29" is in the nearest leap year)', () => {
    const t = tagTimexes(`${history} In 1995, the last troops left. On February 29, the treaty was signed.`, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'February 29')?.value).toBe('1996-02-29');
  });

  it('without a day to count from keeps a weekday as a weekday of some week ("after Friday prayers")', () => {
    const t = tagTimexes('Protesters gathered after Friday prayers and again on Monday night.', {});
    expect(t.map((x) => x.value)).toEqual(['XXXX-WXX-5', 'XXXX-WXX-1TNI']);
  });

  it('knows a short history that also speaks of the writer\'s day ("Today the city is called Volgograd")', () => {
    const text = [
      'The Battle of Stalingrad (23 August 1942 – 2 February 1943) was a major battle on the Eastern Front.',
      'By mid-November, the Germans had pushed the defenders back. On 19 November, the Red Army attacked.',
      'By the end of January 1943, the pocket had been split. Paulus surrendered on 31 January.',
      'Today the city is called Volgograd, a name it has borne since 1961.',
    ].join(' ');
    const t = tagTimexes(text, { dct: '2021-05-10' });
    expect(t.find((x) => x.text === '19 November')?.value).toBe('1942-11-19');
    expect(t.find((x) => x.text === '31 January')?.value).toBe('1943-01-31');
    expect(t.find((x) => x.text === 'Today')?.value).toBe('PRESENT_REF');
  });

  it('counts the short end of a season as no year of its own ("the 2004-05 season"): sports news stays news', () => {
    const text = 'The players reached a deal early Sunday. The agreement runs through the 2021-22 season. The previous deal ' +
      'expired Sept. 15. It was the third stoppage since 1994. The 2004-05 season was canceled. The final could run into early July.';
    const t = tagTimexes(text, { dct: '2013-01-07' });
    expect(t.find((x) => x.text === 'Sept. 15')?.value).toBe('2012-09-15');
    expect(t.find((x) => x.text === 'early July')?.value).toBe('2013-07');
  });

  it('knows a history of two sentences that names only years long gone', () => {
    const t = tagTimexes('Napoleon was born in 1769. In May 1796 he won at Lodi, and in June he entered Milan.', { dct: '2021-05-10' });
    expect(t.find((x) => x.text === 'June')?.value).toBe('1796-06');
  });

  it('breaks a near tie between the month half a year back and half a year ahead forward, as a story moves', () => {
    const text = `${history} Britain declared war in late March 1942. Troops landed in Madagascar in September and took the port on the 20th.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'September')?.value).toBe('1942-09');
    expect(t.find((x) => x.text === 'the 20th')?.value).toBe('1942-09-20');
  });

  it('counts "that autumn" and "the following spring" from the date told last', () => {
    const text = `${history} In the spring of 1941, the Germans invaded Greece. That autumn, they neared Moscow. The following spring, they struck south.`;
    const t = tagTimexes(text, { dct: '2009-12-19' });
    expect(t.find((x) => x.text === 'That autumn')?.value).toBe('1941-FA');
    expect(t.find((x) => x.text === 'The following spring')?.value).toBe('1942-SP');
  });

  it('reads a life told after a death dated near the writing as news ("died on March 26 … born in 1924")', () => {
    const life = 'Eleanor Vance, who taught chemistry at a girls\' school for four decades, died on March 26. She was 88. ' +
      'Vance was born in 1924 in Wilmington, Del. She earned a degree in 1945 and began teaching in 1949. She retired in 1989.';
    const valueOf = (text: string, t: string) => tagTimexes(text, { dct: '2013-03-31' }).find((x) => x.text === t)?.value;
    expect(valueOf(life, 'March 26')).toBe('2013-03-26');
    expect(valueOf(`Obituary: Eleanor Vance, 1924-2013\n${life}`, 'March 26')).toBe('2013-03-26');
    // A year told aside in a clause on who she was does not date the death.
    const lede = 'Joan Ridley, who in 1968 became the first woman to lead a cardiac unit in Britain, died on March 21 in London. ' +
      'She was 94. Ridley was born in 1918 in Leeds. She qualified in 1942, joined the hospital in 1951 and retired in 1983.';
    expect(tagTimexes(lede, { dct: '2013-03-29' }).find((x) => x.text === 'March 21')?.value).toBe('2013-03-21');
    // A history's first day, far from the writing, still waits for its year.
    const siege = 'The siege began on September 2. The city was founded in 1521 and walled in 1540; it fell in 1565 and again in 1571.';
    expect(valueOf(siege, 'September 2')).toBe('XXXX-09-02');
  });

  it('reads news that looks years ahead as news ("the next one will not come until July 2028")', () => {
    const eclipse = 'A total solar eclipse crossed northern Australia on Wednesday morning, darkening Cairns for two minutes. ' +
      'It was the first seen there since December 2002, and the next will not come until July 2028. "I have waited since ' +
      '1999," one visitor said. "I will be back in 2028." The next total eclipse anywhere will be on Nov. 3, 2013, and ' +
      'North America will see one on Aug. 21, 2017.';
    const t = tagTimexes(eclipse, { dct: '2012-12-29' }).map((x) => [x.text, x.value]);
    expect(t).toContainEqual(['Wednesday morning', '2012-12-26TMO']);
    // A history that tells no day of the writing stays one, though it names a year ahead.
    const life = 'Napoleon was born in 1769. In May 1796 he won at Lodi, and in June he entered Milan. His tomb is to be restored by 2030.';
    expect(tagTimexes(life, { dct: '2012-12-29' }).map((x) => [x.text, x.value])).toContainEqual(['June', '1796-06']);
  });

  it('without a DCT leaves deictic values unknown', () => {
    const t = tagTimexes('Prices rose in February and fell last week.', {});
    expect(t.map((x) => x.value)).toEqual(['XXXX-02', 'XXXX-WXX']);
    expect(t.every((x) => x.interval === undefined)).toBe(true);
  });
});
