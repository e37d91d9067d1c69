/**
 * Dates that carry their own year: `2024-04-03`, `2024-04-03T15:30Z`, `2024/04/03`, `4/3/2024`, `31.12.2024`, `March 22, 2024`, `22 March 2024`, `October 2022`,
 * `in 1998`, `fiscal 1989`, `241 BC`, `nineteen ninety-six`. No reference time needed.
 */
import { addDays, dayOf, formatDay, formatMonth, formatYear, isValidDay } from '../calendar.ts';
import { valueToInterval } from '../valueToInterval.ts';
import { isAsciiUpper, isDigit } from '../chars.ts';
import { pattern, precededBy, scan, type Draft, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { pad2, twoDigitYearResolver } from '../resolve.ts';
import { AT_CLOCK_BEFORE, CITY_TIME_RE, CLOCK_24_WORD_BEFORE, CLOCK_DAY_AFTER, COPYRIGHT_BEFORE, DATED_MONTH_RE, DATED_WEEKDAY_RE, MONTH_RE, NOUN_AFTER_DATE, NOUN_AFTER_SEASON_YEAR, NUMBER_WORD_RE, SEASON_CODES, ZONE_RE, monthOf, numberValue } from '../lexicon.ts';

const source = 'absoluteDate';
const date = (start: number, end: number, value: Draft['value']): Draft => ({ start, end, type: 'DATE', value, source });
/** The day `year-month-day` as a draft, or nothing when there is no such day (`2023-02-30`). */
const dayDraft = (start: number, end: number, year: number, month: number, d: number): Draft | undefined =>
  isValidDay(year, month, d) ? date(start, end, formatDay({ year, month, day: d })) : undefined;

/** A year written as such: 4 digits between 1000 and 2099 (older years need an era or a preposition, see below). */
const YEAR = '(1[0-9]{3}|20[0-9]{2})';
/** A year ends at a word boundary, or runs straight into a capitalised word (headings glued to text: "1789The"). */
const YEAR_END = '(?:\\b|(?=[A-Z][a-z]))';
/**
 * Words that make the number after them a name or a code: "Flight 1947" (and "flight 1282", "Amtrak train 2150"),
 * "Resolution 2334" (and the wires' "U.N. resolution 2085", "article 50"), "Route 2024", "page 1999",
 * and in police reports "badge number 1987", "held in cell 1984", and software sold by its version's year: "Windows 2000",
 * "Office 2010", "Windows Server 2012", "Visual Studio 2013".
 */
const IDENTIFIER = '(?:Windows|Office|Server|Studio|Excel|Outlook|PowerPoint|SharePoint|[Ff]lights?|[Rr]oute|[Tt]rain|Highway|Interstate|Room|Suite|Gate|Platform|[Rr]esolution|[Ss]ection|[Aa]rticle|[Cc]hapter|Model|Bus|Apartment|No\\.|Nos\\.|[Nn]umber|Ticket|Code|Version|[Pp]ages?|pp?\\.|[Pp]aragraph|Figure|Fig\\.|Table|Exhibit|Item|Clause|Rule|Patent|Serial|Lot|[Cc]ell|[Bb]adge|[Dd]ocket)';
/**
 * Numbers glued to money, percentages, units or other digits are quantities, not years; a year before "/24" starts a
 * span of two ("2023/24").
 */
const NOT_BEFORE = `(?<![$£€#\\d.,/:])(?<!\\d[-–]|\\d\\.?\\s)(?<!\\b${IDENTIFIER}\\s{1,3})`;
const NOT_AFTER = '(?![\\d%]|[.,:]\\d|\\/(?!\\d{2}(?![\\d/]))\\d|\\s*(?:%|percent|per\\s?cent|tons?|tonnes|people|points?|shares|troops|soldiers|men|feet|miles|km|metres|meters|kilometres|kilometers|dollars|yuan|yen|euros?|pounds|barrels|acres|units|cars|jobs|votes|seats|deaths|casualties|' +
  // "1,500 killed in the fighting" counts the dead; "a storm in 2012 killed 49 people" is a year, and "killed" its verb.
  'killed(?!\\s+(?:\\d|(?:at\\s+least|more\\s+than|nearly|almost|about|some|dozens|hundreds|thousands|scores|an?|the|his|her|their|its|people)\\b))|dead|\\$)\\b)(?!-(?:year|month|day|week|foot|point|page|member|strong|mile|seat)\\b)';

const YMD = pattern(/\b(\d{4})-(\d{2})-(\d{2})\b/g, TRIGGER.year);
const ymd: Parser = (text) =>
  scan(text, YMD, (m, s, e) => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return dayDraft(s, e, y, mo, d);
  });

const ISO_DATE_TIME = pattern(/\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/g, TRIGGER.year);
/**
 * `2024-04-03T15:30:00Z`, `2024-04-03 15:30`: a timestamp as feeds and data exports write it, to the minute. The
 * time is kept as written, zone and all: TIMEX3 values are the text's own clock.
 */
const isoDateTime: Parser = (text) =>
  scan(text, ISO_DATE_TIME, (m, s, e) => {
    const [y, mo, d, h, min] = [1, 2, 3, 4, 5].map((i) => Number(m[i])) as [number, number, number, number, number];
    if (!isValidDay(y, mo, d) || h > 23 || min > 59) return undefined;
    return { start: s, end: e, type: 'TIME', value: `${formatDay({ year: y, month: mo, day: d })}T${m[4]}:${m[5]}`, source };
  });

const YEAR_FIRST_SLASH = pattern(/(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|\.\d)/g, TRIGGER.year);
/** `2024/04/03`, `2024.04.03`: year first, as East Asian and many data sources write it. */
const yearFirstSlash: Parser = (text) =>
  scan(text, YEAR_FIRST_SLASH, (m, s, e) => {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return dayDraft(s, e, y, mo, d);
  });

const DASHED_DATE = pattern(new RegExp(`\\b(\\d{1,2})-(${DATED_MONTH_RE})-(\\d{4}|\\d{2})\\b(?!-)`, 'g'), TRIGGER.month, /\d-[A-Z][a-z]{2}/);
/** `4-Jul-2024`, `04-July-24`: day, month name and year joined by dashes, as spreadsheets and logs write them. */
const dashedDate: Parser = (text) =>
  scan(text, DASHED_DATE, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    const yy = m[3] ?? '';
    if (!month) return undefined;
    const day = Number(m[1]);
    if (yy.length === 4) return dayDraft(s, e, Number(yy), month, day);
    return isValidDay(2000, month, day) ? date(s, e, ofTwoDigitYear(Number(yy), month, day)) : undefined;
  });

const YEAR_FIRST_DASHED = pattern(new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})-(${DATED_MONTH_RE})-(\\d{1,2})\\b(?!-)`, 'g'), TRIGGER.month);
/** `2024-May-13`, `2024-Jul-04`: the same with the year first, as some logs write them. */
const yearFirstDashed: Parser = (text) =>
  scan(text, YEAR_FIRST_DASHED, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    return month ? dayDraft(s, e, Number(m[1]), month, Number(m[3])) : undefined;
  });

/** A month (and day) of a year written with two digits, of the century nearest the text's. */
const ofTwoDigitYear = (yy: number, month: number, day?: number): Resolver => {
  const year = twoDigitYearResolver(yy);
  return (ctx) => `${year(ctx)}-${pad2(month)}${day === undefined ? '' : `-${pad2(day)}`}`;
};

const MONTH_SLASH_YEAR = pattern(/(?<![\d/.])(0?[1-9]|1[0-2])\/(1[0-9]{3}|20[0-9]{2})(?![\d/])/g, TRIGGER.year, ['/']);
/** A word that makes "3/2020" a month rather than a ratio or a count. */
const MONTH_SLASH_CONTEXT = /\b(?:since|from|until|till|to|in|by|before|after|expires?|expiry|exp\.?|valid|dated|as\s+of)\s+$/i;
/**
 * `07/2026`, `since 3/2020`: a month and its year, as cards and forms write them; without a leading zero only after a
 * word of time ("the vote was 3/2020" is a count).
 */
const monthSlashYear: Parser = (text) =>
  scan(text, MONTH_SLASH_YEAR, (m, s, e) =>
    m[1]?.startsWith('0') || precededBy(text, s, MONTH_SLASH_CONTEXT) ? date(s, e, formatMonth(Number(m[2]), Number(m[1]))) : undefined);

const MONTH_SHORT_YEAR = pattern(new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_RE})\\s*['’](\\d{2})\\b(?![sS])`, 'g'), TRIGGER.apostrophe);
/**
 * `July '24`, `March '98`, `12 Feb. '23`: a month (maybe after its day) and a year written with two digits, of the
 * century nearest the text's.
 */
const monthShortYear: Parser = (text) =>
  scan(text, MONTH_SHORT_YEAR, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    const day = m[1] ? Number(m[1]) : undefined;
    if (!month || (day !== undefined && !isValidDay(2000, month, day))) return undefined;
    return date(s, e, ofTwoDigitYear(Number(m[3]), month, day));
  });

const DOTTED_DATE = pattern(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(1[0-9]{3}|20[0-9]{2})(?![\d]|\.\d)/g, TRIGGER.year);
/** `31.12.2024`: day first, as much of Europe writes a date with dots. */
const dottedDate: Parser = (text) =>
  scan(text, DOTTED_DATE, (m, s, e) => {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return dayDraft(s, e, y, mo, d);
  });

const SLASH_DATE = pattern(/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g, TRIGGER.digit, ['/']);
/**
 * `4/3/2024`: month first, as American news writes it, unless the text writes its days first: one date whose first
 * number cannot be a month (`30/04/2024`) and none whose second cannot be, and the text's every slashed date is read
 * day first, as most of the world writes them.
 */
const slashDate: Parser = (text) => {
  const found: { start: number; end: number; a: number; b: number; year: number }[] = [];
  scan(text, SLASH_DATE, (m, start, end) => {
    const raw = Number(m[3]);
    const year = (m[3] ?? '').length === 2 ? (raw < 30 ? 2000 + raw : 1900 + raw) : raw;
    found.push({ start, end, a: Number(m[1]), b: Number(m[2]), year });
    return undefined;
  });
  const dayFirst = found.some(({ a, b }) => a > 12 && b <= 12) && !found.some(({ a, b }) => b > 12 && a <= 12);
  const writesMonthFirst = found.some(({ a, b }) => b > 12 && a <= 12);
  return found.flatMap(({ start, end, a, b, year }) => {
    const read = dayDraft(start, end, year, dayFirst ? b : a, dayFirst ? a : b);
    if (!read || dayFirst || writesMonthFirst || a > 12 || b > 12 || a === b || !isValidDay(year, a, b)) return read ?? [];
    return { ...read, value: eitherOrder(year, a, b) };
  });
};

/**
 * `12/03/2024` in a text that never says which order it writes: month first, unless that puts the day on the wrong side
 * of the writing and day first does not (a post "Posted on 12/03/2024" in mid-March was posted on the 12th; "will
 * open on 04/05/2024" told in April opens in April).
 */
const eitherOrder = (year: number, a: number, b: number): Resolver => ({ base, tense }) => {
  const monthFirst = { year, month: a, day: b };
  const dayFirst = { year, month: b, day: a };
  const at = base?.day !== undefined ? { year: base.year, month: base.month ?? 1, day: base.day } : undefined;
  if (!at) return formatDay(monthFirst);
  const after = (d: typeof at) => d.year - at.year || d.month - at.month || d.day - at.day;
  const wrongSide = (d: typeof at) => (tense === 'future' ? after(d) < 0 : after(d) > 0);
  return formatDay(wrongSide(monthFirst) && !wrongSide(dayFirst) ? dayFirst : monthFirst);
};

const WD = `(?:${DATED_WEEKDAY_RE},?\\s+)?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const MONTH_DAY_YEAR = pattern(new RegExp(`\\b${WD}(${DATED_MONTH_RE})\\s+${DAY},?\\s+${YEAR}${YEAR_END}${NOT_AFTER}`, 'g'), TRIGGER.month);
const monthDayYear: Parser = (text) =>
  scan(text, MONTH_DAY_YEAR, (m, s, e) => {
    const [mo, d, y] = [monthOf(m[1] ?? ''), Number(m[2]), Number(m[3])];
    return mo ? dayDraft(s, e, y, mo, d) : undefined;
  });

const DAY_MONTH_YEAR = pattern(new RegExp(`\\b${WD}([Tt]he\\s+)?${DAY}\\s+(?:of\\s+)?(${DATED_MONTH_RE})(?:,?\\s+${YEAR})?${YEAR_END}`, 'g'), TRIGGER.month);
/** An ordinal day or "of" keeps the article before it ("the 4th of March 1917 offensive"). */
const ORDINAL_OR_OF = /\d(?:st|nd|rd|th)|\sof\s/;
const dayMonthYear: Parser = (text) =>
  scan(text, DAY_MONTH_YEAR, (m, s, e) => {
    const [d, mo] = [Number(m[2]), monthOf(m[3] ?? '')];
    if (!mo) return undefined;
    if (m[4] === undefined) return undefined; // without a year this is monthDay's job
    const y = Number(m[4]);
    // "the 4 March 2013 poll": the article of the thing the date names, as "the March 4, 2013, poll" keeps it out.
    const article = m[1] && m[0].startsWith(m[1]) && !ORDINAL_OR_OF.test(m[0]) && NOUN_AFTER_DATE.test(text.slice(e, e + 16)) ? m[1].length : 0;
    return dayDraft(s + article, e, y, mo, d);
  });

const MONTH_YEAR = pattern(new RegExp(`\\b(${MONTH_RE}),?\\s+(?:of\\s+)?${YEAR}${YEAR_END}${NOT_AFTER}`, 'g'), TRIGGER.month);
const monthYear: Parser = (text) =>
  scan(text, MONTH_YEAR, (m, s, e) => {
    const mo = monthOf(m[1] ?? '');
    return mo ? date(s, e, formatMonth(Number(m[2]), mo)) : undefined;
  });

const BARE_YEAR = pattern(new RegExp(`(?:\\b(?:[Ff]iscal(?:\\s+year)?|[Tt]he\\s+year|[Cc]alendar)\\s+)?${NOT_BEFORE}\\b${YEAR}${YEAR_END}${NOT_AFTER}`, 'g'), TRIGGER.year);
/**
 * A plural noun right after a number ("1500 workers"); words ending in s that are not plurals ("2023 as a whole") are
 * not, nor are nouns in "-us", "-ss" and "-is" ("Obama's 2009 stimulus", "the 2011 census", "the 2008 crisis").
 */
export const PLURAL_AFTER = /^\s+(?!(?:as|is|was|has|its|this|his|thus|plus|us|does|perhaps|always|versus|whereas|yes|less|unless)\b)[a-z]+s(?<![ius]s)\b/;
/**
 * What is measured as of a year: "licences sold at 2001 prices", "below 2008 levels", and a company's accounts of
 * one ("expects 2013 earnings of $4.80 a share", "forecast 2014 sales of $3 billion"), which no one counts.
 */
const MEASURED_BY_YEAR = /^\s+(?:prices|levels|values|figures|standards|earnings|sales|profits|revenues|results)\b/;
/** What a baseline year measures, a time no story is at: "1990 levels", "2005 prices", "2010 dollars". */
const BASELINE_AFTER = /^\s+(?:prices|levels|values|standards|dollars|euros|pounds|terms)\b/;
/** "than in", "than it did in" right before a year: "higher than in 2011", "earlier than they did in 2009". */
const THAN_IN_BEFORE = /\bthan\s+(?:(?:it|they|he|she|we)\s+(?:was|were|did|had)\s+)?in\s+$/i;
const comparedYear = (text: string, s: number): boolean => text.startsWith('in ', s - 3) && precededBy(text, s, THAN_IN_BEFORE);
/** A street name after a number: "1600 Pennsylvania Avenue", "2210 W. Main St.". */
const STREET_AFTER = /^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z][a-z]+\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy)\b/;
/**
 * A maker of cars or motorcycles after a number: "a 2005 Honda Accord", "his 1987 Chevrolet Cavalier", "a stolen 2012
 * Ford pickup" name the model's year, no time the story tells of.
 */
const VEHICLE_MAKE_AFTER =
  /^\s+(?:Acura|Audi|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Fiat|Ford|GMC|Harley-Davidson|Honda|Hyundai|Infiniti|Isuzu|Jaguar|Jeep|Kia|Land\s+Rover|Lexus|Lincoln|Mazda|Mercedes(?:-Benz)?|Mercury|Mitsubishi|Nissan|Oldsmobile|Peugeot|Plymouth|Pontiac|Porsche|Range\s+Rover|Renault|Saab|Saturn|Subaru|Suzuki|Toyota|Vauxhall|Volkswagen|VW|Volvo)\b/;
/** A stretch of street in a police report: "shot in the 2000 block of Main Street". */
const BLOCK_OF_AFTER = /^\s+block\s+of\s/i;
/** The second year of a pair ("between 1939 and 1945 millions died"): a year, whatever noun follows it. */
const YEAR_PAIRED = /\b(1[0-9]{3}|20[0-9]{2})\s+(?:and|to|or|through|until|till)\s+$/;
/** The second number of a pair right after a year: "1380 and 1420", "1380-1420". */
const PAIRED_YEAR_AFTER = /^(?:\s*[-–—]\s*|\s+(?:and|to|or|through|until|till)\s+)(1[0-9]{3}|20[0-9]{2})\b/;
/**
 * What a pair of year-like numbers is: years when the second follows the first within a lifetime ("was rebuilt
 * between 1380 and 1420", "reigned 1380-1420", years before 1500 included), a count when a plural noun follows a pair
 * that is round or far apart ("between 1500 and 2000 troops"); undefined when the pair does not tell.
 */
function pairReading(text: string, first: number, second: number, end: number): 'years' | 'count' | undefined {
  const span = second > first && second - first <= 100;
  if (PLURAL_AFTER.test(text.slice(end, end + 20))) return !span || (first % 100 === 0 && second % 100 === 0) ? 'count' : undefined;
  return span ? 'years' : undefined;
}
/** The reading of the pair a year is in, as first or second of it. */
function pairOf(text: string, y: number, s: number, e: number): 'years' | 'count' | undefined {
  const after = PAIRED_YEAR_AFTER.exec(text.slice(e, e + 24));
  if (after) return pairReading(text, y, Number(after[1]), e + after[0].length);
  const before = YEAR_PAIRED.exec(text.slice(Math.max(0, s - 24), s));
  return before ? pairReading(text, Number(before[1]), y, e) : undefined;
}
/** What makes four digits before it a clock: "1800 GMT", "2300 hours", "1430hrs", "2045 local time". */
const CLOCK_AFTER = new RegExp(`^(?:\\s?(?:hrs|hours)\\b|\\s${ZONE_RE}\\b|\\s+local\\s+time\\b)`);
/** …and after a word that takes a time, a city's clock: "at 1700 Kabul time" ("In 1945 Berlin time" is a year). */
const CITY_CLOCK_AFTER = new RegExp(`^\\s+${CITY_TIME_RE}`);
const isClockOfCity = (text: string, s: number, e: number): boolean => {
  const c = text.charCodeAt(e + 1);
  // A capital after a space first: most years are followed by anything else.
  return text.charCodeAt(e) === 32 && isAsciiUpper(c) && CITY_CLOCK_AFTER.test(text.slice(e, e + 32)) && precededBy(text, s, CLOCK_24_WORD_BEFORE);
};
/** A year, a comma and a space right before: the years of a list. */
const YEAR_AND_COMMA_BEFORE = /(?:^|[^\d,.])(?:1[0-9]{3}|20[0-9]{2}), $/;
/**
 * A fixture, two sides with "v" or "vs" between (a case at law has "v."), right before an opening bracket: "Chelsea v
 * Southampton (".
 */
const FIXTURE_BEFORE = /\s(?:v|vs)\s+[^\n()]{1,40}\($/;
const CLOCK_DAY_AFTER_RE = new RegExp(`^${CLOCK_DAY_AFTER}`);
/** One or two capitals then digits, not a quarter's or a half's code ("2012 Q4", "2013 H1"). */
const DESIGNATION_AFTER = /^ (?![QH]\d)[A-Z]{1,2}\d{1,3}\b/;
/**
 * A verb of a year's own course right after it, which no plural is: "As 2012 draws to a close", "as 2012 ends,",
 * "2014 begins with a rally", "2013 promises to be busy".
 */
const YEAR_PASSING_AFTER = /^\s+(?:(?:draws|winds|nears|begins|ends|gets|comes|promises|looks|brings|kicks)\s+(?:to|down|under|off|with|in|on|a|an|the|like)\b|(?:begins|ends)\s*[,;])/;
/** A bare year, with optional `fiscal`/`the year`/`FY` before it (TimeBank keeps those in the extent). */
const bareYear: Parser = (text) =>
  scan(text, BARE_YEAR, (m, s, e) => {
    const y = Number(m[1]);
    // "employs 1500 workers": a bare number before a plural noun is a count unless a preposition introduces it.
    // "lives at 1945 Elm Street": a house number (unless a preposition of time makes it "In 1945 Elm Street was…").
    if (STREET_AFTER.test(text.slice(e, e + 40)) && !precededByPreposition(text, s)) return undefined;
    if (BLOCK_OF_AFTER.test(text.slice(e, e + 10))) return undefined;
    // "In 1863 Lincoln issued…": after a preposition it is a year.
    if (isAsciiUpper(text.charCodeAt(e + 1)) && VEHICLE_MAKE_AFTER.test(text.slice(e, e + 24)) && !precededByPreposition(text, s)) return undefined;
    // "Copyright © 2024", "© 2010–2024 Example News": a page's notice, not a time the text tells of.
    if (precededBy(text, s, COPYRIGHT_BEFORE)) return undefined;
    // "(1800 GMT)", "at 2300 hours": a clock of the wire services, not a year (timeOfDay.ts reads it, or leaves a time
    // restated on another zone's clock).
    if (y % 100 < 60 && y < 2400 && (CLOCK_AFTER.test(text.slice(e, e + 12)) || isClockOfCity(text, s, e))) return undefined;
    // "3, 1500 troops": a number after another and a comma is one of a list of figures, unless that one is a year too
    // ("won the title in 2005, 2008, 2012 and 2013").
    if (text.charCodeAt(s - 2) === 44 && isDigit(text.charCodeAt(s - 3)) && !precededBy(text, s, YEAR_AND_COMMA_BEFORE)) return undefined;
    // "Arsenal v Reading (1500)": in a list of fixtures the figure in brackets is the kick-off on a 24-hour clock.
    // ("CPC vs KMT and the Long March (1927-1937)" is a span of years.)
    if (text.charCodeAt(s - 1) === 40 && text.charCodeAt(e) === 41 && y % 100 < 60 && precededBy(text, s, FIXTURE_BEFORE)) return undefined;
    // "departs at 1530 on Thursday": a clock too.
    if (y % 100 < 60 && y < 2400 && CLOCK_DAY_AFTER_RE.test(text.slice(e, e + 24)) && precededBy(text, s, AT_CLOCK_BEFORE)) return undefined;
    // "asteroid 2012 DA14", "comet 1996 B2": a year with capitals and digits after it is an astronomer's designation.
    // ("In 2012 A380 deliveries rose": after a preposition it is a year.)
    if (text.charCodeAt(e) === 32 && DESIGNATION_AFTER.test(text.slice(e, e + 8)) && !precededByPreposition(text, s)) return undefined;
    const pair = /^\d/.test(m[0]) ? pairOf(text, y, s, e) : undefined;
    if (pair === 'count') return undefined;
    if (pair === 'years') return date(s, e, formatYear(y));
    if (PLURAL_AFTER.test(text.slice(e, e + 20)) && !YEAR_PASSING_AFTER.test(text.slice(e, e + 12)) && !/^(fiscal|the|calendar)/i.test(m[0]) && !precededByPreposition(text, s) && !/\bthe\s+$/i.test(text.slice(Math.max(0, s - 5), s)) && !precededBy(text, s, YEAR_PAIRED) && !MEASURED_BY_YEAR.test(text.slice(e, e + 12))) return undefined;
    if (!(y >= 1500 || /^(fiscal|the|calendar)/i.test(m[0]) || precededByPreposition(text, s))) return undefined;
    // "compared with 1990 levels", "in 2005 dollars": a year things are measured by, told in passing; so is one
    // compared with ("opened two hours earlier than in 2011").
    return BASELINE_AFTER.test(text.slice(e, e + 12)) || comparedYear(text, s) ? { ...date(s, e, formatYear(y)), comparison: true } : date(s, e, formatYear(y));
  });

const FAR_YEAR = pattern(new RegExp(`(?:\\b([Tt]he\\s+year)\\s+)?${NOT_BEFORE}\\b(2[1-4][0-9]{2})\\b${NOT_AFTER}`, 'g'), TRIGGER.year);
/**
 * What puts a year past 2099 before it, if not "the year" ("projections to the year 2300", kept in the extent as
 * TimeBank does): a preposition of time ("warming of 4C by 2100"), or a year it runs on from ("between 2050 and 2100").
 */
const FAR_YEAR_BEFORE = /(?:\b(?:[Bb]y|[Ii]n|until|till|through|before|beyond|after|year)|\b(?:1[0-9]{3}|2[0-4][0-9]{2})\s*(?:and|to|or|through|until|[-–]))\s*$/;
/**
 * `by 2100`, `beyond 2200`: the years of climate and population projections. Past 2099 a number is a year only after
 * what puts one there, and never before a clock's zone or a day ("by 2100 GMT", "in 2130 on Friday").
 */
const farYear: Parser = (text) =>
  scan(text, FAR_YEAR, (m, s, e) => {
    if ((!m[1] && !FAR_YEAR_BEFORE.test(text.slice(Math.max(0, s - 16), s))) || CLOCK_AFTER.test(text.slice(e, e + 12))) return undefined;
    if (CLOCK_DAY_AFTER_RE.test(text.slice(e, e + 24)) || PLURAL_AFTER.test(text.slice(e, e + 20))) return undefined;
    return date(s, e, formatYear(Number(m[2])));
  });

const APOSTROPHE_YEAR = pattern(/'(\d{2})\b(?![sS])/g, TRIGGER.apostrophe);
const APOSTROPHE_CONTEXT = /\b(?:in|of|since|until|by|from|to|during|before|after|early|late|mid|summer|spring|fall|winter)\s+$/i;
/** `the '90s` is decadeCentury's; `'98` alone is a year in news, of the century the text is in. */
const apostropheYear: Parser = (text) =>
  scan(text, APOSTROPHE_YEAR, (m, s, e) =>
    precededBy(text, s, APOSTROPHE_CONTEXT) ? date(s, e, twoDigitYearResolver(Number(m[1]))) : undefined);

// "149 B.C to 146 B.C": the last dot is dropped at times (in headings).
const ERA_YEAR_1 = pattern(/\b(\d{1,4})\s*(?:B\.C(?:\.(?:E\.)?|\b)|BCE?\b)/g, TRIGGER.digit, ['BC', 'B.C']);
const ERA_YEAR_2 = pattern(/\b(?:(\d{1,4})\s*(?:A\.D\.|AD\b|CE\b)|(?:A\.D\.|AD)\s*(\d{1,4})\b)/g, TRIGGER.digit, ['AD', 'CE', 'A.D']);
/** `241 BC`, `AD 9`, `300 B.C.E.`, `149 B.C`: any small number with an era marker is a year. */
const eraYear: Parser = (text) => [
  ...scan(text, ERA_YEAR_1, (m, s, e) => date(s, e, `BC${(m[1] ?? '').padStart(4, '0')}`)),
  ...scan(text, ERA_YEAR_2, (m, s, e) =>
    date(s, e, formatYear(Number(m[1] ?? m[2])))),
];

/** The letters every era marker holds: most texts have none, and a search for a string is far cheaper than a pattern. */
const ERA_LETTERS = ['BC', 'AD', 'CE', 'B.C', 'A.D'];
/** An era written with a year, found by its letters first (a pattern that starts at every digit is four times slower). */
const ERA_MARKED = /(?:B\.C\.|BCE?\b|A\.D\.|AD\b|CE\b)(?<=\d\s*(?:B\.C\.|BCE?|A\.D\.|AD|CE))|\b(?:A\.D\.|AD)(?=\s*\d)/g;
/** What may follow a small number read as a year: a stop, or a word that opens a clause (not a noun it counts). */
const SMALL_YEAR_END = '(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|or|but|when|while|with|in|at|the|he|she|it|they|a|an|[A-Z]\\w*)\\b)';
/** A preposition of time before it, and maybe a first year and "and"/"or" ("in 67 and 68", "until 73 or 74"). */
const SMALL_YEAR_BEFORE = '(?:[Ii]n|[Aa]fter|[Bb]efore|by|until|till|[Ss]ince|from|around|circa|c\\.)\\s{1,3}(?:[1-9]\\d{1,2}\\s+(?:and|or)\\s+)?';
const SMALL_YEAR = pattern(new RegExp(`(?<=\\b${SMALL_YEAR_BEFORE})([1-9]\\d{1,2})${SMALL_YEAR_END}`, 'g'), TRIGGER.digit);
/** "by" after a word of measure or change: "divisible by 400", "the legion grew by 300" count, not a year. */
const CHANGE_BY_BEFORE = /\b(?:divisible|divided|multiplied|rose|fell|grew|increased|decreased|dropped|climbed|declined|shrank|cut|reduced|raised|up|down)\s+by\s+$/i;
/** `the spring of 415`, `the winter of 66`: a season of a small year, in a text that writes its eras. */
const SEASON_OF_SMALL_YEAR = pattern(new RegExp(`\\b(?:the\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+of\\s+([1-9]\\d{1,2})${SMALL_YEAR_END}`, 'g'), TRIGGER.season);
/** `(69)`, `(132–136)`: a small year or a span of two alone in brackets, in a text that writes its eras. */
const BRACKETED_SMALL_YEAR = pattern(/(?<=\()([1-9]\d{1,2})(?:\s*[–—-]\s*([1-9]\d{1,2}))?(?=\))/g, TRIGGER.digit);
/** `June 68`, `April 70`: a month before a number no day can be (32 and up), in a text that writes its eras. */
const MONTH_SMALL_YEAR = pattern(new RegExp(`\\b(${MONTH_RE})\\s+(3[2-9]|[4-9]\\d|[1-9]\\d\\d)${SMALL_YEAR_END}`, 'g'), TRIGGER.month);
/**
 * `in 330`, `after 284`: in a text that writes its eras ("753 BC", "AD 14"), a number of two or three digits after a
 * preposition of time, with no noun after it, is a year too, of the era written last before it.
 */
const smallYear: Parser = (text) => {
  if (!ERA_LETTERS.some((l) => text.includes(l))) return [];
  const eras: [number, boolean][] = [];
  ERA_MARKED.lastIndex = 0;
  for (let m = ERA_MARKED.exec(text); m; m = ERA_MARKED.exec(text)) eras.push([m.index, /B/.test(m[0])]);
  if (eras.length === 0) return [];
  /** The year `n` of the era written last before `at`. */
  const yearAt = (n: number, at: number): string => {
    let k = -1;
    while (k + 1 < eras.length && eras[k + 1]![0] < at) k++;
    return k >= 0 && eras[k]![1] ? `BC${String(n).padStart(4, '0')}` : formatYear(n);
  };
  return [
    ...scan(text, SMALL_YEAR, (m, s, e) => (CHANGE_BY_BEFORE.test(text.slice(Math.max(0, s - 24), s)) ? undefined : date(s, e, yearAt(Number(m[1]), s)))),
    ...scan(text, SEASON_OF_SMALL_YEAR, (m, s, e) => {
      const code = SEASON_CODES[(m[1] ?? '').toLowerCase()];
      return code ? date(s, e, `${yearAt(Number(m[2]), s)}-${code}`) : undefined;
    }),
    ...scan(text, BRACKETED_SMALL_YEAR, (m, s, e) => {
      const first = yearAt(Number(m[1]), s);
      if (!m[2]) return date(s, e, first);
      // The second year of a span comes after the first, counting down before Christ.
      const [a, b] = [Number(m[1]), Number(m[2])];
      return (first.startsWith('BC') ? b < a : b > a) ? date(s, s + (m[1] ?? '').length, first) : undefined;
    }),
    ...scan(text, BRACKETED_SMALL_YEAR, (m, s, e) => {
      if (!m[2]) return undefined;
      const [a, b] = [Number(m[1]), Number(m[2])];
      const second = yearAt(b, s);
      return (second.startsWith('BC') ? b < a : b > a) ? date(e - (m[2] ?? '').length, e, second) : undefined;
    }),
    ...scan(text, MONTH_SMALL_YEAR, (m, s, e) => {
      const month = monthOf(m[1] ?? '');
      return month ? date(s, e, `${yearAt(Number(m[2]), s)}-${pad2(month)}`) : undefined;
    }),
  ];
};

const WORD_YEAR_1 = pattern(new RegExp(`\\b(?:the\\s+year\\s+)?(nineteen|eighteen|twenty)[\\s-](${NUMBER_WORD_RE}|hundred)\\b`, 'gi'), TRIGGER.yearWord);
const WORD_YEAR_2 = pattern(new RegExp(`\\b(?:the\\s+year\\s+)(two\\s+thousand)\\b(?!(?:\\s+and)?\\s+${NUMBER_WORD_RE}\\b)`, 'gi'), TRIGGER.yearWord);
/** The year of `nineteen` + `ninety-six`, when the pair reads as one (`nineteen five` does not). */
function wordYearValue(century: string, rest: string): number | undefined {
  const hi = numberValue(century);
  const lo = /hundred/i.test(rest) ? 0 : numberValue(rest);
  return hi !== undefined && lo !== undefined && lo >= 10 ? hi * 100 + lo : undefined;
}

const WORD_YEAR_3 = pattern(new RegExp(`\\b(the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?\\s+(${NUMBER_WORD_RE})\\b(?![\\s-]+hundred\\b)`, 'gi'), TRIGGER.yearWord);
/** Words of time before a year spoken as a count: "in two thousand eight", "since two thousand one". */
const SPOKEN_YEAR_BEFORE = /\b(?:in|since|until|till|during|before|after|early|late)\s+$/i;
/** A noun in the plural after it makes it a count: "in two thousand nine votes". */
const PLURAL_NOUN_AFTER = /^\s+[a-z]+s\b/;

/**
 * `nineteen ninety-six`, `the year two thousand`; `in two thousand eight`, `since two thousand and one` (as broadcasts
 * say the years of this century), only after a word of time, and not before a noun it counts.
 */
const wordYear: Parser = (text) => [
  ...scan(text, WORD_YEAR_1, (m, s, e) => {
    const year = wordYearValue(m[1] ?? '', m[2] ?? '');
    return year !== undefined ? date(s, e, formatYear(year)) : undefined;
  }),
  ...scan(text, WORD_YEAR_2, (_m, s, e) => date(s, e, '2000')),
  ...scan(text, WORD_YEAR_3, (m, s, e) => {
    const n = numberValue(m[2] ?? '');
    if (n === undefined || n < 1 || n > 99 || PLURAL_NOUN_AFTER.test(text.slice(e, e + 20))) return undefined;
    if (!m[1] && !precededBy(text, s, SPOKEN_YEAR_BEFORE)) return undefined;
    return date(s, e, formatYear(2000 + n));
  }),
];

const MONTH_WORD_YEAR = pattern(new RegExp(
  `\\b(?:(${MONTH_RE})|(?:[Tt]he\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\\s+of)\\s+(nineteen|eighteen|twenty)[\\s-](${NUMBER_WORD_RE}|hundred)\\b`,
  'g',
), TRIGGER.yearWord);
/** Broadcast transcripts spell years out after a month or season: `January nineteen ninety-seven`, `the winter of nineteen ninety-four`. */
const monthWordYear: Parser = (text) =>
  scan(text, MONTH_WORD_YEAR, (m, s, e) => {
    const year = wordYearValue(m[3] ?? '', m[4] ?? '');
    if (year === undefined) return undefined;
    const month = m[1] ? monthOf(m[1]) : undefined;
    const season = m[2] ? SEASON_CODES[m[2].toLowerCase()] : undefined;
    return month ? date(s, e, formatMonth(year, month)) : season ? date(s, e, `${formatYear(year)}-${season}`) : undefined;
  });

function precededByPreposition(text: string, start: number): boolean {
  // "the post-1959 politics", "pre-2008 levels": a prefix of time before the year works as a preposition does.
  return /\b(?:(?:in|since|until|till|by|from|to|during|before|after|of|early|late|mid|around|about|c\.|circa)\s+|(?:pre|post|mid)-)$/i.test(text.slice(Math.max(0, start - 12), start));
}

/**
 * A year as written after a month or season: `1952`, `480 BC`, `64 AD`, `AD 79`. Groups: a four-digit year, a year
 * before Christ, a year of the common era with its era written. Returns the TIMEX3 year.
 */
const ANY_YEAR = `(?:(1[0-9]{3}|20[0-9]{2})${YEAR_END}|(\\d{1,4})\\s*(?:B\\.C\\.(?:E\\.)?|BCE?\\b)|(\\d{1,4})\\s*(?:A\\.D\\.|AD\\b|CE\\b)|(?:A\\.D\\.|AD)\\s*(\\d{1,4})\\b)`;
const yearValue = (m: RegExpExecArray, at: number): string | undefined => {
  const [ce, bc, era, eraFirst] = [m[at], m[at + 1], m[at + 2], m[at + 3]];
  if (bc) return `BC${bc.padStart(4, '0')}`;
  const year = ce ?? era ?? eraFirst;
  return year ? formatYear(Number(year)) : undefined;
};
/** Before a year of fewer than four digits the era must be written: `March 15, 44 BC`, `June AD 68`. */
const BEFORE_ERA_YEAR = '(?=\\d{1,4}\\s*(?:B\\.?C|A\\.D\\.|AD\\b|CE\\b)|A\\.D\\.|AD\\s*\\d)';

/** What every such date holds: "of" and a year, or a year with its era (looked for in each window first). */
const OF_OR_ERA_YEAR = /of\s+[\dA]|\d\s*(?:B\.?C|A\.D\.|AD\b|CE\b)|A\.D\.|AD\s*\d/;
const MONTH_OF_YEAR = pattern(new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH_RE})(?:\\s+(\\d{1,2}))?(?:,?\\s+of\\s+|,?\\s+${BEFORE_ERA_YEAR})${ANY_YEAR}`, 'g'), TRIGGER.month, OF_OR_ERA_YEAR);
/** `April 480 BC`, `March 15, 44 BC`, `June 20 of 1792`, `20 June of 1792`, `September of 1939`. */
const monthOfYear: Parser = (text) =>
  scan(text, MONTH_OF_YEAR, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    const year = yearValue(m, 4);
    const day = m[1] ?? m[3];
    if (!month || !year) return undefined;
    const mm = String(month).padStart(2, '0');
    return date(s, e, day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`);
  });

const SEASON_OF_YEAR = pattern(new RegExp(`\\b(?:the\\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)(?:\\s+of)?\\s+${ANY_YEAR}`, 'g'), TRIGGER.season);
/** `the spring of 480 BC`, `the summer of 64 AD`, `autumn of 1941`, `summer 1918`. */
const seasonOfYear: Parser = (text) =>
  scan(text, SEASON_OF_YEAR, (m, s, e) => {
    const code = SEASON_CODES[(m[1] ?? '').toLowerCase()];
    const year = yearValue(m, 2);
    // "the fall 2013 freshman class": "the" is the noun's after it, not the season's.
    const start = /^the\s/i.test(m[0]) && !/\sof\s/.test(m[0]) && NOUN_AFTER_SEASON_YEAR.test(text.slice(e, e + 24)) ? s + m[0].search(/\s/) + 1 : s;
    return code && year ? date(start, e, `${year}-${code}`) : undefined;
  });

const ISO_WEEK = pattern(
  /\b(\d{4})-?W(\d{2})(?:-([1-7]))?\b|\b(?:[Cc]alendar\s+week|CW)\s*(\d{1,2})(?:,?\s+(?:of\s+)?(\d{4}))?\b|\b[Ww]eek\s+(\d{1,2})\s+of\s+(\d{4})\b/g,
  TRIGGER.digit,
  /W\d\d|eek\s+\d|CW\s*\d/,
);
/**
 * Weeks by number: `2024-W14`, `2024W14-3` (a day of it), `calendar week 15`, `CW 15 2024`, `week 14 of 2024`. A bare
 * "week 20" is left alone: as often the twentieth week of a trial or a season as of the year.
 */
const isoWeek: Parser = (text) =>
  scan(text, ISO_WEEK, (m, s, e) => {
    const week = Number(m[2] ?? m[4] ?? m[6]);
    const year = m[1] ?? m[5] ?? m[7];
    if (week < 1 || week > 53) return undefined;
    const code = `W${String(week).padStart(2, '0')}`;
    if (!year) return date(s, e, ({ base }) => `${base ? formatYear(base.year) : 'XXXX'}-${code}`);
    // A day of the week ("2024-W14-2") is that day; a week a year lacks (a 53rd) is no date.
    const monday = valueToInterval(`${year}-${code}`)?.interval.start;
    if (monday === undefined) return undefined;
    return date(s, e, m[3] ? formatDay(addDays(dayOf(new Date(monday)), Number(m[3]) - 1)) : `${year}-${code}`);
  });

export const absoluteDateParser: Parser = (text) => [
  ...isoWeek(text),
  ...monthOfYear(text), ...seasonOfYear(text),
  ...isoDateTime(text), ...ymd(text), ...yearFirstSlash(text), ...dottedDate(text), ...slashDate(text), ...monthDayYear(text), ...dayMonthYear(text), ...monthYear(text),
  ...dashedDate(text), ...yearFirstDashed(text), ...monthSlashYear(text), ...monthShortYear(text),
  ...bareYear(text), ...farYear(text), ...apostropheYear(text), ...eraYear(text), ...smallYear(text), ...wordYear(text), ...monthWordYear(text),
];
