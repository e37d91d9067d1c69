/**
 * Recurring times (TIMEX3 SET): `daily`, `weekly`, `every year`, `each month`, `twice a week` (extent `a week`),
 * `per day`, `every two years`, `on Sundays`.
 */
import { isValidDay } from '../calendar.ts';
import { pattern, precededBy, scan, wordBefore, type Draft, type Parser } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { COUNT_RE, DAY_PART_CODES, FULL_WEEKDAY, MONTH_RE, NUMBER_WORD_RE, SEASON_CODES, SPEED_UNIT_BEFORE, UNIT_RE, VAGUE_COUNT_RE, filledBefore, monthOf, numberValue, ordinalValue, unitOf, weekdayOf, type Unit } from '../lexicon.ts';
import { durationValue } from './duration.ts';

const source = 'set';
const set = (start: number, end: number, value: string): Draft => ({ start, end, type: 'SET', value, source });

/** A day, week, month or year recurring once each, as a history's annotators write it (see Draft.historyValue). */
const CALENDAR_PATTERN: Readonly<Record<string, string>> = { P1D: 'XXXX-XX-XX', P1W: 'XXXX-WXX', P1M: 'XXXX-XX', P1Y: 'XXXX' };
const recurring = (start: number, end: number, value: string, night = false): Draft => {
  const historyValue = night ? 'XXXX-XX-XXTNI' : CALENDAR_PATTERN[value];
  return historyValue ? { start, end, type: 'SET', value, historyValue, source } : set(start, end, value);
};

const ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M', biennially: 'P2Y',
  'per annum': 'P1Y',
};

/**
 * `daily`, `weekly`; as adjectives before a noun they still recur ("daily newspaper" is borderline, accepted).
 * "quarterly" is left out: nearly always "quarterly dividend" or "quarterly report", which TimeBank does not tag.
 * "3 percent per annum", "£30,000 per annum": the Latin of a rate, as "a year" (one space, as the table's key has it).
 */
const ADVERB_WORDS = pattern(/\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|annually|yearly|biannually|semi-?annually|biennially|per annum)\b/gi, TRIGGER.setAdverb);
/** "the Nikkei business daily", "the financial daily Les Echos": a paper's trade before the word makes it the paper. */
const PAPER_TRADE_BEFORE = /\b(?:business|financial|economic|tabloid|mass-circulation|broadsheet|sports|state-run|state-owned|pro-government)\s+$/i;
/** "the Israeli daily Haaretz", "the German weekly Der Spiegel": a nation's paper, named right after. */
const NATION_BEFORE = /\b[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+$/;
const NAME_AFTER_PAPER = /^\s+[A-Z]/;
/** The noun for a newspaper or magazine ("daily", "weekly", "monthly"), which recurs no more than its title does. */
const namesAPaper = (text: string, s: number, e: number): boolean => {
  const before = text.slice(Math.max(0, s - 24), s);
  return PAPER_TRADE_BEFORE.test(before) || (NATION_BEFORE.test(before) && NAME_AFTER_PAPER.test(text.slice(e, e + 3)));
};
const adverbs: Parser = (text) =>
  scan(text, ADVERB_WORDS, (m, s, e) => {
    const v = ADVERBS[(m[1] ?? '').toLowerCase()];
    if (!v) return undefined;
    if (namesAPaper(text, s, e)) return undefined;
    // "the Daily Telegraph": capitalised inside a sentence is a name.
    const capitalised = /^[A-Z]/.test(m[1] ?? '');
    const sentenceStart = s === 0 || /[.!?"“\n]\s*$/.test(text.slice(Math.max(0, s - 3), s));
    return capitalised && !sentenceStart ? undefined : recurring(s, e, v, /^nightly$/i.test(m[1] ?? ''));
  });

const EVERY = pattern(new RegExp(`\\b(?:every|each(?!\\s+other\\b))\\s+(?:single\\s+)?(?:(other|second|third|fourth)\\s+|(${COUNT_RE}|few|several|half(?=\\s+(?:an\\s+)?(?:hour|day|year)\\b))(?:(?:\\s*[-–]\\s*|\\s+(?:to|or)\\s+)(${COUNT_RE}))?(\\s+and\\s+a\\s+half)?\\s+(?:an\\s+)?)?(seconds?|minutes?|hours?|days?|nights?|mornings?|afternoons?|evenings?|weeks?|months?|quarters?|years?|decades?|summer|winter|spring|fall|autumn)\\b`, 'gi'), TRIGGER.every);
/** "every second Tuesday", "every second March": a step over named days, not a recurring second. */
const NAME_AFTER = new RegExp(`^\\s+(?:${FULL_WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December)\\b`);
/** "Every second counts", "every day mattered": the span is the subject of a verb of worth, and nothing recurs. */
const WORTH_AFTER = /^\s+(?:counts?|counted|matters?|mattered)\b/;
/**
 * `every day`, `each year`, `every two weeks`, `every six and a half years`, `every half hour`, `every few weeks`, `every other month`, `every second week`, `every
 * quarter`, `every morning`, `each afternoon`, `each summer`, `every three to six months`, `every single month` (stressed,
 * the same span: "living standards have fallen every single month").
 */
const every: Parser = (text) =>
  scan(text, EVERY, (m, s, e) => {
    const word = (m[5] ?? '').toLowerCase();
    if (word === 'second' && NAME_AFTER.test(text.slice(e, e + 12))) return undefined;
    if (WORTH_AFTER.test(text.slice(e, e + 10))) return undefined;
    // "every morning", "each summer": the part of any day, the season of any year (TIMEX3 writes what recurs).
    const part = DAY_PART_CODES[word.replace(/s$/, '')];
    if (part) return set(s, e, `XXXX-XX-XXT${part}`);
    const season = SEASON_CODES[word];
    if (season) return set(s, e, `XXXX-${season}`);
    // "every three to six months": as a span of "three to six months", the longer; "every half hour": half the unit.
    const count = m[3] ? numberValue(m[3]) : m[2] ? (/^half$/i.test(m[2]) ? 0.5 : numberValue(m[2])) : 1;
    // "every six and a half years": the half joins the count.
    const n = m[1] ? (/^other$/i.test(m[1]) ? 2 : ordinalValue(m[1])) : count !== undefined && m[4] ? count + 0.5 : count;
    // "every quarter": the fiscal quarter is a TIMEX3 unit of its own.
    if (/^quarters?$/.test(word)) return n === undefined ? undefined : set(s, e, `P${n}Q`);
    const unit = unitOf(word);
    return unit ? recurring(s, e, durationValue(n, unit)) : undefined;
  });

const DAY_OF_EVERY_MONTH = pattern(/\bthe\s+(first|last|(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\s+(?:day\s+)?of\s+(?:each|every)\s+month\b/gi, TRIGGER.every, /\sof\s+(?:each|every)\s/i);
/**
 * `the 15th of each month`, `the first of every month`, `the last day of each month`: a day of the month that recurs,
 * as rent, pay and benefits fall due ("Rent is due on the 1st of each month"); the last day is no number, so its value
 * is the month's step, as for "the first Monday of each month".
 */
const dayOfEveryMonth: Parser = (text) =>
  scan(text, DAY_OF_EVERY_MONTH, (m, s, e) => {
    const word = (m[1] ?? '').toLowerCase();
    if (word === 'last') return set(s, e, 'P1M');
    const day = word === 'first' ? 1 : parseInt(word, 10);
    return set(s, e, `XXXX-XX-${String(day).padStart(2, '0')}`);
  });

// "each other Friday" is "see each other on Friday": only "every" steps over days.
const EVERY_NAME = pattern(new RegExp(`\\b(?:[Ee]very\\s+(?:(?:other|second|third|fourth)\\s+)?|[Ee]ach\\s+)(?:(${FULL_WEEKDAY})(?:\\s+(morning|afternoon|evening|night))?|(${MONTH_RE})(?:\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?!\\d|\\s*%|\\s+(?:percent|per\\s+cent|million|billion|points?|${UNIT_RE})\\b))?|([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?\\s+(${MONTH_RE}))\\b`, 'g'), TRIGGER.every);
/**
 * `every Thursday`, `each July`, `every July 25`, `every 7 November`, `every other Friday`, `every second Tuesday`
 * (which of them recur, TIMEX3's value leaves to `freq`), `every Friday night`.
 */
const everyName: Parser = (text) =>
  scan(text, EVERY_NAME, (m, s, e) => {
    const wd = weekdayOf(m[1] ?? '');
    const part = m[2] ? DAY_PART_CODES[m[2].toLowerCase()] : undefined;
    if (wd) return set(s, e, `XXXX-WXX-${wd}${part ? `T${part}` : ''}`);
    const month = monthOf(m[3] ?? m[6] ?? '');
    const day = m[4] ?? m[5];
    // A day no such month has ("every Feb. 30") is no date.
    if (!month || (day && !isValidDay(2000, month, Number(day)))) return undefined;
    return set(s, e, `XXXX-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`);
  });

const PER_UNIT = pattern(/\b(an?|per)[\s-]+(minute|hour|day|week|month|year|decade|century)\b/gi, TRIGGER.unit);
/** `a week` recurs after a frequency or a rate; `per week` always does. */
const RATE_CONTEXT = new RegExp(
  // A figure with its short scale, maybe restated in brackets: "$20bn a year", "$20bn (£13bn) a year", "€5m a month".
  '(?:\\b(?:once|twice|thrice|times|\\d+|percent|million|billion|trillion|dollars|cents|minutes|hours|days|weeks|months)|%|\\d(?:bn|mn|m|tn)\\)?|' +
    '\\b(?:million|billion|trillion)\\s+(?:worth\\s+)?of\\s+(?:[a-z]+\\s+)?[a-z]{2,}s|' +
    // A count in hundreds or thousands, then of what: "thousands of lives a month", "hundreds of civilians a week".
    '\\b(?:dozens|scores|hundreds|thousands|millions)\\s+of\\s+(?:[a-z]+\\s+)?(?:[a-z]{2,}s|people|men|women|children)|' +
    // Not a year and its clause ("In 2013, it was a year of surprises", "2012 was a year of turmoil"): a count ends in a
    // digit, and "was" or "has" is no plural.
    `(?:\\d(?:[\\d,.]*\\d)?|\\b${NUMBER_WORD_RE}|\\b${VAGUE_COUNT_RE})\\s+(?:(?:or\\s+(?:more|fewer|less)|[a-z]+)\\s+)?(?:(?!(?:was|has|does|this|his|its|thus)\\b)[a-z]{2,}s(?:\\s+or\\s+[a-z]{2,}s)?|people|men|women|children)(?:\\s+of\\s+(?:[a-z]+\\s+)?[a-z]+)?|` +
    // A count with its noun left out, as digits stand alone: "will increase to four a day from two"; one thing alone:
    // "cut to one train an hour".
    `\\b(?:${NUMBER_WORD_RE}|one\\s+[a-z]{3,})(?<!\\bone\\s+(?:of|the|and|who|that|which|more|less|way)))[\\s-]+$`,
  'i',
);
/** A preposition that makes "a day", "an hour" the span a figure came in: "in an hour", "within a year". */
const SPAN_WORDS: ReadonlySet<string> = new Set(['in', 'within', 'inside', 'under']);
/**
 * "a day after the vote", "a week before the deadline", "a day later": a span from another time, whatever count of
 * things comes before ("detained hundreds of protesters a day after a rally turned violent").
 */
const SPAN_FROM_AFTER = /^\s+(?:later|earlier|(?:after|before)\s+(?:the|a|an|his|her|its|their|this|that|[A-Z]|\d))/;
/**
 * A frequency, a share or a sum right before keeps the rate: "twice a day after meals", "5 percent a day after the
 * devaluation", "earned $5 a day before the strike".
 */
const RATE_WORD_BEFORE = /(?:\b(?:once|twice|thrice|times|percent|cent|dollars|cents|euros|pounds|rupees|yuan|yen)|[%\d])[\s-]+$/i;
const spanFromAfter = (text: string, s: number, e: number, unit: Unit): boolean =>
  (unit === 'day' || unit === 'week') && SPAN_FROM_AFTER.test(text.slice(e, e + 12)) && !RATE_WORD_BEFORE.test(text.slice(Math.max(0, s - 10), s));
/**
 * `a week` in `twice a week`, `once a minute`, `$5 a day`, `10 percent a year`, `10,000 cars a year`, `thousands of lives a month`,
 * `four a day`, `one train an hour`, `four months a year`, `three cups of coffee a day`, `four or more cans of diet soda a day`, `$40 billion of mortgage
 * bonds a month`, `several nights a week`, `once a decade`, hyphened before a noun (`$85 billion-a-month purchases`,
 * `a $10-a-day fee`, `a once-a-decade transition`); `per year`.
 */
const perUnit: Parser = (text) =>
  scan(text, PER_UNIT, (m, s, e) => {
    const unit = unitOf(m[2] ?? '');
    // A capital "A" opens a sentence or a headline, where no rate comes before it: "Sales rose 5%.\nA year later…".
    if (!/^per$/i.test(m[1] ?? '') && (/^A/.test(m[1] ?? '') || !precededBy(text, s, RATE_CONTEXT))) return undefined;
    // "2 inches of rain in an hour", "10 percent within a year": the span it all came in, no rate.
    if (!/^per$/i.test(m[1] ?? '') && SPAN_WORDS.has(wordBefore(text, s))) return undefined;
    // A speed, not a recurrence: "winds of 111 miles per hour".
    if (precededBy(text, s, SPEED_UNIT_BEFORE)) return undefined;
    // "open 24 hours a day", "seven days a week": a count filling the period says "always", and nothing recurs.
    if (filledBefore(text, s, unit)) return undefined;
    if (!/^per$/i.test(m[1] ?? '') && unit && spanFromAfter(text, s, e, unit)) return undefined;
    return unit ? set(s, e, durationValue(1, unit)) : undefined;
  });

/** "on Sundays", "every Monday"…, and a listing's line or item that starts with the day ("— Thursdays, 6-8pm"). */
const PLURAL_WEEKDAY_BEFORE = /(?:\b(?:[Oo]n|[Ee]very|[Mm]ost|[Ss]ome)\s+|(?:^|\n|[—–:]\s*)[ \t]*)$/;
/** A clock time right after: "Thursdays, 6-8pm", "Mondays 10am", "airs Sundays at 9 p.m.". */
const PLURAL_WEEKDAY_LISTED = /^,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|[-–])/i;
const PLURAL_WEEKDAY = pattern(/\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\b/g, TRIGGER.weekday);
/** Another day of the week in plural right before, in a list: "on Tuesdays, Wednesdays and Fridays". */
const PLURAL_WEEKDAY_LIST_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days(?:,\s*|,?\s+(?:and|or|through|thru|to)\s+|\s*[-–]\s*)$/;
/** Another right after, in a list or a span: "open Tuesdays through Sundays", "Mondays and Thursdays". */
const PLURAL_WEEKDAY_LIST_AFTER = /^(?:,?\s+(?:and|or|through|thru|to)\s+|\s*[-–]\s*)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b/;
/**
 * A word in lower case right before: a verb or a preposition ("closed Mondays", "airs Sundays through June 2", "open
 * daily except Tuesdays"). A capitalised word makes a name of the days ("TGI Fridays", "Happy Mondays").
 */
const PLURAL_WEEKDAY_AFTER_WORD = /(?<![A-Za-z'’-])([a-z]{2,})\s+$/;
/** Words before days that count or pick some of them, not each one of a week: "three Sundays", "the Sundays of Lent". */
const NOT_EVERY_WEEK = new Set([
  'the', 'of', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'those', 'these', 'few', 'several', 'many', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'consecutive', 'straight', 'successive', 'past', 'last', 'next',
]);
/** A clock time right before: "8 p.m. Thursdays through Saturdays and 3 p.m. Sundays". */
const PLURAL_WEEKDAY_AFTER_CLOCK = /\d\s*[ap]\.?m\.?,?\s+$/i;
const afterLowerCaseWord = (text: string, start: number): boolean => {
  const word = PLURAL_WEEKDAY_AFTER_WORD.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  return word !== undefined && !NOT_EVERY_WEEK.has(word);
};
/**
 * `on Sundays`, `Mondays` after `on` or another word in lower case, `Thursdays, 6-8pm`, `3 p.m. Sundays`, and days
 * listed with another (`Tuesdays through Sundays`).
 */
const pluralWeekday: Parser = (text) =>
  scan(text, PLURAL_WEEKDAY, (m, s, e) => {
    const wd = weekdayOf((m[1] ?? '').replace(/s$/, ''));
    const told = precededBy(text, s, PLURAL_WEEKDAY_BEFORE) || afterLowerCaseWord(text, s) || PLURAL_WEEKDAY_AFTER_CLOCK.test(text.slice(Math.max(0, s - 12), s)) || PLURAL_WEEKDAY_LISTED.test(text.slice(e, e + 16)) ||
      precededBy(text, s, PLURAL_WEEKDAY_LIST_BEFORE) || PLURAL_WEEKDAY_LIST_AFTER.test(text.slice(e, e + 24));
    return wd && told ? set(s, e, `XXXX-WXX-${wd}`) : undefined;
  });

const WEEKENDS = pattern(/\b(?:([Ee]very|[Ee]ach)\s+weekend|[Ww]eekends)\b/g, TRIGGER.weekend);
/**
 * A verb of opening or working, or a preposition, right before "weekends": "open weekends", "works weekends", "during
 * weekends" (not an adjective: "one of the busiest weekends", "long weekends").
 */
const WEEKENDS_VERB_BEFORE = /\b(?:open|opens|closed|closes|works?|worked|working|operates?|operated|runs?|held|meets?|plays?|during|except|including)\s+$/i;
/**
 * `every weekend`, `each weekend`, `on weekends`, `open weekends`, `works weekends`: the weekend of every week.
 */
const weekends: Parser = (text) =>
  scan(text, WEEKENDS, (m, s, e) =>
    m[1] || precededBy(text, s, PLURAL_WEEKDAY_BEFORE) || precededBy(text, s, PLURAL_WEEKDAY_LIST_BEFORE) || precededBy(text, s, WEEKENDS_VERB_BEFORE) ? set(s, e, 'XXXX-WXX-WE') : undefined);

const WEEKDAY_PARTS = pattern(new RegExp(`\\b(${FULL_WEEKDAY})s?\\s+(mornings|afternoons|evenings|nights)\\b`, 'g'), TRIGGER.weekday);
/**
 * A week named right after: "continues Wednesday and Thursday nights this week" tells the nights of one week, two days
 * and no habit.
 */
const ONE_WEEK_AFTER = /^,?\s+(?:this|next|last)\s+week\b/;
/** `Tuesday nights`, `Sunday mornings`: that part of every such day. */
const weekdayParts: Parser = (text) =>
  scan(text, WEEKDAY_PARTS, (m, s, e) => {
    const [wd, part] = [weekdayOf(m[1] ?? ''), DAY_PART_CODES[(m[2] ?? '').replace(/s$/, '')]];
    return wd && part && !ONE_WEEK_AFTER.test(text.slice(e, e + 12)) ? set(s, e, `XXXX-WXX-${wd}T${part}`) : undefined;
  });

const WEEKDAY_BEFORE_PARTS = pattern(
  new RegExp(`\\b(${FULL_WEEKDAY})s?(?=(?:,\\s*|,?\\s+(?:and|or)\\s+)(?:${FULL_WEEKDAY})s?\\s+(mornings|afternoons|evenings|nights)\\b)`, 'g'),
  TRIGGER.weekday,
);
/** `Monday and Tuesday nights`, `Saturday or Sunday mornings`: the first day shares the part the second is told with. */
const weekdayBeforeParts: Parser = (text) =>
  scan(text, WEEKDAY_BEFORE_PARTS, (m, s, e) => {
    const [wd, part] = [weekdayOf(m[1] ?? ''), DAY_PART_CODES[(m[2] ?? '').replace(/s$/, '')]];
    if (!wd || !part) return undefined;
    const partEnd = text.indexOf(m[2]!, e) + m[2]!.length;
    return ONE_WEEK_AFTER.test(text.slice(partEnd, partEnd + 12)) ? undefined : set(s, e, `XXXX-WXX-${wd}T${part}`);
  });

const NAME_AFTER_EVERY = pattern(new RegExp(`\\b(?:(${FULL_WEEKDAY})(?:\\s+(morning|afternoon|evening|night)\\b)?|(${MONTH_RE}))(?!\\w)`, 'g'), TRIGGER.every);
/** "every Tuesday and", "each Monday, Wednesday or", "each April and": the days or months listed after a recurring one. */
const EVERY_NAME_LIST_BEFORE = new RegExp(`\\b(?:[Ee]very|[Ee]ach)\\s+(?:(?:${FULL_WEEKDAY}|${MONTH_RE})(?:,\\s*|,?\\s+(?:and|or)\\s+))+$`);
/** Is the name at `start` an item of a list that opens on "every" or "each"? ("each Monday, Wednesday or Friday") */
export function listedAfterEvery(text: string, start: number): boolean {
  // Most names are no item of a list: a word before that joins one is looked for first, by hand.
  const joiner = wordBefore(text, start);
  return (joiner === 'and' || joiner === 'or' || text.charCodeAt(start - 2) === 44) && precededBy(text, start, EVERY_NAME_LIST_BEFORE);
}
/**
 * `every Tuesday and Thursday`, `each April and June`: the second day or month recurs as the first does
 * ("forecasters, who issue their predictions each April and June"), and so does a part of the second day ("patrols
 * every Friday and Saturday night").
 */
const nameAfterEvery: Parser = (text) =>
  scan(text, NAME_AFTER_EVERY, (m, s, e) => {
    if (!listedAfterEvery(text, s)) return undefined;
    const wd = weekdayOf(m[1] ?? '');
    const part = m[2] ? DAY_PART_CODES[m[2].toLowerCase()] : undefined;
    if (wd) return set(s, e, `XXXX-WXX-${wd}${part ? `T${part}` : ''}`);
    const month = monthOf(m[3] ?? '');
    return month ? set(s, e, `XXXX-${String(month).padStart(2, '0')}`) : undefined;
  });

export const setParser: Parser = (text) => [
  ...weekdayParts(text), ...weekdayBeforeParts(text),
  ...adverbs(text), ...every(text), ...everyName(text), ...dayOfEveryMonth(text), ...perUnit(text), ...pluralWeekday(text), ...nameAfterEvery(text), ...weekends(text),
];
