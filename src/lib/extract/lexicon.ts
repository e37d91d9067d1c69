/**
 * Shared English vocabulary for the parsers: month, weekday, unit and number words, plus the regex
 * fragments built from them. Everything is readonly data; parsers combine the fragments.
 */

/** Month name or abbreviation (lower case, no dot) → month number 1–12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4], ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8], ['september', 9], ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);

/** Weekday name → ISO weekday (Monday = 1 … Sunday = 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3], ['weds', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6], ['sunday', 7], ['sun', 7],
]);

/** Calendar units and their TIMEX3 duration letters. Time units go after `T` in a duration. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century' | 'millennium';

export const UNIT_CODE: Readonly<Record<Unit, string>> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', millennium: 'L',
};

export const isTimeUnit = (u: Unit): boolean => u === 'second' || u === 'minute' || u === 'hour';

/** Unit word (singular, plural or adjectival) → unit. */
export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'centurie' || w === 'century') return 'century';
  if (w === 'millennia' || w === 'millennium') return 'millennium';
  if (w === 'min' || w === 'minute') return 'minute';
  if (w === 'sec' || w === 'second') return 'second';
  if (w === 'hr' || w === 'hour') return 'hour';
  if (w === 'yr') return 'year';
  return (['day', 'week', 'month', 'year', 'decade'] as const).find((u) => u === w);
}

const SMALL: readonly string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS: readonly string[] = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const ORDINALS: readonly string[] = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  'twenty-first', 'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh',
  'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first',
];

/** `first` → 1, `3rd` → 3, `21st` → 21. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  const i = ORDINALS.indexOf(w.replace(/\s+/, '-'));
  return i > 0 ? i : undefined;
}

/**
 * Parses a small cardinal written in digits or words: `3`, `three`, `twenty-four`, `twenty four`, `a`, `an`.
 * Returns undefined for vague quantities so callers can emit `X`.
 */
export function numberValue(phrase: string): number | undefined {
  const w = phrase.toLowerCase().trim().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  if (w === 'a half' || w === 'half a' || w === 'half an') return 0.5;
  if (w === 'a couple of' || w === 'a couple' || w === 'couple of') return 2;
  if (w === 'a dozen' || w === 'dozen') return 12;
  // "the next hundred years": a round count after "next" or "past" needs no "a".
  if (w === 'hundred' || w === 'thousand') return w === 'hundred' ? 100 : 1000;
  // "a hundred", "two thousand": a small count of hundreds or thousands.
  const large = /^(.+?)\s+(hundred|thousand)$/.exec(w);
  if (large) {
    const n = numberValue(large[1] ?? '');
    return n === undefined ? undefined : n * (large[2] === 'hundred' ? 100 : 1000);
  }
  const parts = w.split(/[\s-]+/);
  if (parts.length === 1) {
    const s = SMALL.indexOf(w);
    if (s >= 0) return s;
    const t = TENS.indexOf(w);
    return t >= 2 ? t * 10 : undefined;
  }
  if (parts.length === 2) {
    const t = TENS.indexOf(parts[0] ?? '');
    const s = SMALL.indexOf(parts[1] ?? '');
    if (t >= 2 && s >= 1 && s <= 9) return t * 10 + s;
  }
  return undefined;
}

/** Regex fragments (no capture groups, so callers can number their own). */
const alt = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

const SMALL_ALT = alt(SMALL.slice(1));
const TENS_ALT = alt(TENS.slice(2));
export const NUMBER_WORD_RE = `(?:(?:${TENS_ALT})(?:[\\s-](?:${alt(SMALL.slice(1, 10))}))?|${SMALL_ALT})`;
/**
 * A count of time right before "late" or "early": "two hours late Thursday", "an hour early Friday" tell a delay or a
 * lead, and the day after them has no part named by the word. Not a span of its own ("its first budget in four years
 * early Saturday", "for two days late last week").
 */
export const DELAY_COUNT_BEFORE = new RegExp(`\\b(?<!\\b(?:in|for|over|within|after|of|than|past|last|next|first|the)\\s{1,3})(?:\\d+|an?|few|several|${NUMBER_WORD_RE})\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+$`, 'i');
/** A count: digits (`1,000` too), number words (`a hundred`, `two thousand` too), `a`/`an`, `a couple of`, `a dozen`. */
export const COUNT_RE = `(?:\\d{1,3}(?:,\\d{3})+(?![\\d.])|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD_RE}|an?)(?:\\s+(?:hundred|thousand))?|(?:a\\s+)?couple\\s+of|a\\s+dozen)`;
/** Vague counts, giving `X` in the value. */
export const VAGUE_COUNT_RE = '(?:several|a\\s+few|few|many|some|a\\s+number\\s+of|numerous|a\\s+couple\\s+of|countless)';
export const ORDINAL_RE = `(?:${alt(ORDINALS.slice(1))}|\\d+(?:st|nd|rd|th))`;
/** A day of the month spelled out, lower case or capitalised: `first` … `thirty-first`, `Fourth`. */
export const DAY_ORDINAL_WORD_RE = `(?:${alt(ORDINALS.slice(1)).split('|').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/** Month names as written in news: full, or abbreviated with an optional dot (`Sept.`). Case-sensitive use. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.|Apr\\.?|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|' +
  'JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';
/** With a day and a year around it, "22 Mar 2024", "Jun 3, 2019", a month needs no dot: the verb "mar" takes neither. */
export const DATED_MONTH_RE = `(?:${MONTH_RE}|(?:Mar|Jun|Jul)(?!\\w))`;
/** The full names of the days of the week, as alternatives without a group. */
export const FULL_WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const WEEKDAY_RE =
  '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.|Sun\\.)';
/**
 * A weekday written before a date: also the abbreviations without a dot of listings and tables ("Mon 25 Nov", "Thurs
 * 4 July"), which alone would be words ("Sun", "Sat", "wed").
 */
export const DATED_WEEKDAY_RE = `(?:${WEEKDAY_RE}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\b)`;
export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|millennia|millenniums?)';

/** A unit of length right before "per hour" or "an hour" makes it a speed: "111 miles per hour", "54,000 kilometres an hour". */
export const SPEED_UNIT_BEFORE = /\b(?:miles|kilomet(?:er|re)s|km|met(?:er|re)s|feet|yards|inches|centimet(?:er|re)s|cm)[\s-]+$/i;
/**
 * How many of a smaller unit fill a period: "24 hours a day", "seven days a week", "365 days a year" fill their period
 * and say "all the time", which the news corpora leave untagged (neither a span nor a recurrence).
 */
const WHOLE_PERIOD: Partial<Readonly<Record<Unit, Partial<Readonly<Record<Unit, number>>>>>> = {
  hour: { minute: 60 }, day: { hour: 24 }, week: { day: 7 }, year: { day: 365, week: 52, month: 12 },
};
export const fillsPeriod = (count: number | undefined, unit: Unit | undefined, period: Unit | undefined): boolean =>
  count !== undefined && unit !== undefined && period !== undefined && WHOLE_PERIOD[period]?.[unit] === count;
/** A count of a unit right before a period: "24 hours ", "seven days ", "twenty-four hours ". */
const COUNT_BEFORE = /\b(\d+|[a-z]+(?:-[a-z]+)?)[\s-]+(minutes|hours|days|weeks|months)[\s-]+$/i;
/** Does a count that fills the period at `start` come right before it ("24 hours a day": the period is "a day")? */
export function filledBefore(text: string, start: number, period: Unit | undefined): boolean {
  const count = COUNT_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return count !== null && fillsPeriod(numberValue(count[1] ?? ''), unitOf(count[2] ?? ''), period);
}
/** A determiner right before, as in "the August 1792 uprising", "a March operation": a date naming a thing by its time. */
export const DETERMINER_BEFORE = /(?:^|[^\w-])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$/;
/** A noun right after a date, as in "the August 1792 uprising", "its December meeting": with a determiner before, a thing named by its time. */
export const NOUN_AFTER_DATE = /^\s+(?!(?:of|on|to|for|from|in|at|by|with|and|or|but|through|until|till|was|were|is|are|had|has|have|when|which|that|who|where|it|they|he|she|we)\b)[a-z]{3,}\b/;
/** The zones of Commonwealth news in capitals: India's, Australia's, New Zealand's, South Africa's, Hong Kong's… */
export const COMMONWEALTH_ZONE_RE = '(?:IST|A[ECW][SD]T|NZ[SD]T|SAST|HKT|SGT|PKT)';
/**
 * Time zones news writes after a clock time: `EST`, `ET`, `GMT`, `BST`, `CET`, `Pacific Time`, `Eastern Standard Time`,
 * `Central European Time`, `Greenwich Mean Time`, Japan's `JST` and Korea's `KST`; and those of Commonwealth news:
 * India's `IST`, Australia's `AEST`, `AEDT`, `ACST`, `AWST`, New Zealand's `NZDT`, South Africa's `SAST`, Hong Kong's
 * `HKT`, Singapore's `SGT`, Pakistan's `PKT`.
 */
export const ZONE_RE = `(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|JST|KST|${COMMONWEALTH_ZONE_RE}|(?:Pacific|Eastern|Central|Mountain|Atlantic)(?:\\s+(?:Standard|Daylight))?\\s+[Tt]ime|` +
  '(?:(?:Central|Eastern|Western)\\s+European(?:\\s+Summer)?|Greenwich\\s+Mean|British\\s+Summer)\\s+[Tt]ime)';
/**
 * A zone as broadcasts say it after a clock time, its name alone: "9 a.m. Eastern", "10 p.m. Central on Sunday". Only
 * before a stop or a word that ends the time, not before a name it begins ("Eastern Europe", "Central Park") nor a noun
 * ("the 10 a.m. Pacific flight"); told by its words, as patterns blind to case use it.
 */
export const SPOKEN_ZONE_RE =
  `(?:Eastern|Central|Pacific|Mountain)(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:on|and|or|to|until|till|through|in|at|for|from|when|this|that|today|tonight|tomorrow|yesterday|${FULL_WEEKDAY})\\b)`;
/** A city's clock after a time, as the wires give the zone: "Beijing time", "Hong Kong time". */
export const CITY_TIME_RE = '[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?\\s+time\\b';
/** A word that takes a clock time right before four digits: "at 1700", "by 2200", "until 0600", "kick-off is 15:00". */
export const CLOCK_24_WORD_BEFORE = /\b(?:at|by|until|till|to|before|after|from|since|between|around|about|it['’]s|it\s+is|kick-?off(?::|\s+(?:is|was|will\s+be))?)\s{1,8}$/i;
/**
 * "at 1530 on Thursday", "at about 2215 on Saturday", "at 22.00 tonight": four figures (or a dotted hour) after "at" and
 * before a day read as a clock, not a year or a price. Not after a verb of a market's level ("closed at 1530 on
 * Friday" is an index).
 */
export const AT_CLOCK_BEFORE = /\bat(?<!\b(?:closed|ended|finished|stood|traded|rose|fell|peaked)\s{1,3}at)\s{1,3}(?:about\s{1,3}|around\s{1,3}|approximately\s{1,3})?$/i;
/** A day said right after a clock time: "on Thursday", "tonight", "this morning". */
export const DAY_AFTER_CLOCK_RE = `(?:on\\s+(?:${FULL_WEEKDAY})|tonight|today|tomorrow|yesterday|this\\s+(?:morning|afternoon|evening))\\b`;
/** The day right after such a clock time: " on Thursday", " tonight", " this morning". */
export const CLOCK_DAY_AFTER = `\\s+${DAY_AFTER_CLOCK_RE}`;
/** Spans of days of the week: what joins "Monday" and "Friday" in "Monday to Friday", "Mon-Fri". */
export const DAY_SPAN_JOIN = '\\s*(?:to|through|thru|[-–])\\s*';
/**
 * A possessive right before: "our last night in Portree", "his last week in office", "Hoover's last year" name the last
 * of someone's days, not the one before the writing.
 */
export const POSSESSIVE_BEFORE = /(?:\b(?:my|our|your|his|her|its|their|whose)|\w['’]s)\s+$/i;

/** "of" and a thing that is no time: "the last year of the war", "the first hour of the attack"; not "of the month". */
export const OF_A_THING = new RegExp(`^\\s+of\\s+(?!(?:(?:the|this|that|next|last)\\s+)?(?:${UNIT_RE}|quarter|season|${MONTH_RE}|\\d)\\b)\\S`, 'i');

/**
 * Words of a game in play: near them, "the first half", "the third quarter" and "a second-half goal" are periods of a
 * match, not of a year ("threw three touchdown passes in the first half", "early in the third quarter"). So are a score
 * a side led or trailed by ("led 54-50 at the end of the third quarter") and points scored ("scored 12 of his 37 points
 * in the third quarter"); an index gains points, it does not score them. So are a tally scored in a period ("scored 14
 * in the fourth quarter"), a lead in points ("led by 10 points") and the game clock ("a 3-pointer with 1:12 left"). So
 * are the deeds of a football match and its referee: a player sent or limped off, a card, a substitution, added time, a
 * hat-trick, a goal scored, headed in or of a kind ("the winning goal"), a shot off the woodwork ("limped off early in
 * the second half" of a player bought in "a 50 million pound deal" is no half of a year). So is a final score won or
 * lost by ("beat Duke 85-63", "won 22-15") or a side is up or down by ("1-0 up", "a 2-0 lead"), and a team's shooting.
 */
export const GAME_WORDS = new RegExp(
  '\\b(?:touchdowns?|kick-?offs?|half-?time|quarterback|innings?|interceptions?|free\\s+throws?|field\\s+goals?|' +
    'penalty\\s+(?:kicks?|shots?|spot)|the\\s+buzzer|the\\s+(?:final\\s+)?whistle|power\\s+play|equali[sz]ed|equali[sz]er|' +
    'goalkeeper|goalie|referees?|offside|outscored|' +
    '\\d+\\s+(?:rebounds|assists)|(?:three|3)-pointers?|layups?|dunks?|' +
    '(?:led|leading|trailed|trailing|tied)\\s+(?:\\w+\\s+)?\\d{1,3}-\\d{1,3}|trailed\\s+by\\s+\\d+|scored\\s+(?:[\\w-]+\\s+){0,4}points|' +
    'scored\\s+\\d{1,3}\\s+in\\s+the|(?:led|leading|trailed|trailing)\\s+by\\s+\\d{1,3}\\s+points|' +
    '\\d{1,2}:\\d\\d\\s+(?:left|remaining|to\\s+(?:play|go))|' +
    '(?:limped|hobbled|stretchered|sent)\\s+off|(?:red|yellow)\\s+cards?|substituted|stoppage\\s+time|injury\\s+time|' +
    'hat-?tricks?|scored\\s+(?:twice|once|again|a\\s+(?:goal|try|header|penalty|brace))|headed\\s+(?:in|home)|' +
    'hit\\s+the\\s+(?:post|bar|crossbar|woodwork)|(?:opening|winning|equali[sz]ing|own|late)\\s+goal|netted|' +
    '(?:beat|beating|won|win|lost|drew|defeated|routed|routing|thrashed|edged)\\s+(?:[\\w\'’.]+\\s+){0,3}\\d{1,3}-\\d{1,3}(?!\\s*(?:%|percent|per\\s+cent))|' +
    '\\d{1,2}-\\d{1,2}\\s+(?:up|down|lead|win|victory|defeat|loss|draw)|shot\\s+\\d{1,3}\\s+percent)\\b',
  'i',
);
/** Is the part of a year at `start`–`end` told among words of a game (see GAME_WORDS)? */
export const amongGameWords = (text: string, start: number, end: number): boolean =>
  GAME_WORDS.test(text.slice(Math.max(0, start - 150), end + 150));

/** A copyright sign or word before a year (and a first year and a dash): "Copyright © 2024", "© 2010–2024". */
export const COPYRIGHT_BEFORE = /(?:©|\([cC]\)|\b[Cc]opyright)\s*(?:(?:1[0-9]{3}|20[0-9]{2})\s*[-–]\s*)?$/;

/** How far from the year of writing a word points: "last year", "this year", "next year". */
export const WRITTEN_YEAR_SHIFT: Readonly<Record<string, number>> = { last: -1, past: -1, previous: -1, next: 1, coming: 1, this: 0, current: 0 };

/** How far from the year the story is at a phrase of reference points: "that year", "the following year". */
export const TOLD_YEAR_SHIFT: Readonly<Record<string, number>> = { that: 0, same: 0, following: 1, next: 1, previous: -1, preceding: -1 };

/** Season word → TIMEX3 season code (`2024-SU`). */
export const SEASON_CODES: Readonly<Record<string, string>> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
/** Part of the day → TIMEX3 time code (`2024-04-03TMO`). */
export const DAY_PART_CODES: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** Month number from a matched month token (`Sept.` → 9). */
export function monthOf(token: string): number | undefined {
  return MONTHS.get(token.toLowerCase().replace(/\.$/, ''));
}

export function weekdayOf(token: string): number | undefined {
  return WEEKDAYS.get(token.toLowerCase().replace(/\.$/, ''));
}

/**
 * A word right after a season and its year that is a noun they qualify ("the fall 2013 freshman class", "the autumn
 * 2013 intake"), not a verb or a word that joins: "the" before them is then the noun's, as in "the 2013 budget".
 */
export const NOUN_AFTER_SEASON_YEAR = /^\s+(?!(?:and|or|but|was|were|is|are|had|has|have|will|would|when|while|as|to|of|in|on|at|for|with|by|from|after|before|until|through|saw|brought|the|a|an)\b)[a-z][a-z-]+\b/;
/**
 * A verb of making results public, with the owner of the results after it: "will report its", "to release". The
 * results of a period reported are of one under way or over ("will report its first-quarter results next week").
 */
export const REPORT_VERB_BEFORE = /\b(?:report|announce|release|post|publish|unveil)(?:s|ed|ing)?\s+(?:(?:its|their|the\s+company['’]s)\s+)?(?:fiscal\s+)?$/i;

/**
 * A character of a clause that does not end it: no stop, though the dot of an initial or initialism may stand in it
 * ("when U.S. House Speaker Nancy Pelosi visited Taipei in August", "when George W. Bush took office in January").
 */
export const CLAUSE_CHAR = '(?:[^.;!?]|(?<=\\b[A-Z])\\.)';
/**
 * A "when", "after" or "while" clause hung on a year, up to the timex it frames: "since 2013, when the rivers burst
 * their banks in early June", "closed in 2011 after investors pulled their money in the third quarter". Written after
 * the year, to the end of the text cut before the timex.
 */
export const WHEN_CLAUSE_AFTER_YEAR = `\\s*,?\\s*(?:when|after|while)\\b${CLAUSE_CHAR}{0,120}$`;

/** "since", maybe with a part of the period, right before a timex: "since March", "ever since mid-2012". */
export const SINCE_BEFORE = /\bsince\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** The same, maybe with "the" between: "since the March 3 vote", "since the early 1990s". */
export const SINCE_THE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * A plan that can be pushed back, named between "pushed" and "back" ("pushed the trial back to September", "pushing it
 * back"): only such, as "pushed the crowd back to the square on Friday" moves people, not a date.
 */
const PLAN_PUSHED =
  '(?:it|them|(?:the|its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:trial|hearing|sentencing|vote|date|deadline|elections?|launch|case|meeting|talks|start|release|decision|ruling|execution|opening))\\s+';
/**
 * A hearing "continued" as American courts say it, put off: "the case was continued until May", "the judge continued
 * the hearing to Friday". Only of a court's business, and only as a deed done to it ("the hearing continued until 6
 * p.m." went on).
 */
const COURT_CASE = '(?:case|hearing|trial|sentencing|arraignment|matter)s?';
const COURT_CONTINUED =
  `${COURT_CASE}\\s+(?:was|were|has\\s+been|had\\s+been|is|will\\s+be)\\s+continued|continued\\s+(?:the|his|her|their)\\s+(?:[\\w-]+\\s+)?${COURT_CASE}`;
/**
 * Verbs that put a plan off to a later time, in the past or as a participle that tells what a ruling did ("delayed
 * the trial, pushing it back to September", "granted the request, postponing the hearing until May"), or in the
 * present of a headline ("Cyprus parliament delays bailout vote to Tuesday").
 */
export const PUT_OFF =
  `(?:postpon|delay|adjourn|reschedul|extend)(?:ed|ing|e?s)|defer(?:red|ring|s)|push(?:ed|ing|es)\\s+(?:${PLAN_PUSHED})?back|put(?:ting|s)?\\s+off|${COURT_CONTINUED}`;
/** Verbs that move a plan to another time, earlier or later ("the film was pushed from March to May"). */
const MOVED = "moved|shifted|switched|pushed|bumped|brought\\s+(?:[\\w'’-]+\\s+){0,3}?forward";
/** The verb, its object and "from" right before a time. */
const fromAfter = (verbs: string): RegExp => new RegExp(`\\b(?:${verbs})\\s+(?:[\\w'’-]+\\s+){0,4}?from\\s+$`, 'i');
const PUT_OFF_FROM = fromAfter(`${PUT_OFF}|${MOVED}`);
const MOVED_FROM = fromAfter(MOVED);
/**
 * "The hearing was rescheduled from January to next week", "postponed from June to September", "had moved the first
 * round forward from April 27": the date put off or moved from was the plan given up, which says nothing of whether it
 * has come, so a month is the nearest of its name.
 */
export const putOffFrom = (text: string, start: number): boolean =>
  text.startsWith('from ', start - 5) && PUT_OFF_FROM.test(text.slice(Math.max(0, start - 70), start));
/**
 * Is the time at `start` the one a plan was moved to, right after the one it was moved from ("moved the final from
 * June 9 to")? The two name two dates, not a span, and the second may come before the first. (A plan put off goes to
 * a later date: "extended from June 30 to Sept. 30" is the first Sept. 30 after June 30.)
 */
export function movedFromBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  const from = window.lastIndexOf('from ');
  const at = start - window.length + from + 5;
  return from >= 0 && MOVED_FROM.test(text.slice(Math.max(0, at - 70), at));
}
