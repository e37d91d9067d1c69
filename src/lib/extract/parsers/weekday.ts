/**
 * Weekdays: `Wednesday`, `last Friday`, `next Monday`, `this Sunday`, `Wednesday's call` (extent stops before "'s").
 * The date is chosen from the reference day and the tense.
 */
import { addDays, formatDay, isValidDay, isoWeekday, parseDay, type Day } from '../calendar.ts';
import { isApostrophe } from '../chars.ts';
import { anchorDay, pattern, precededBy, scan, type Draft, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { DAY_SPAN_JOIN, FULL_WEEKDAY, MONTH_RE, NUMBER_WORD_RE, numberValue, weekdayOf } from '../lexicon.ts';
import { weekdayResolver, weekendResolver } from '../resolve.ts';

/** A capitalised part of the day, then a capitalised word that is no month: a programme's name goes on. */
const PROGRAMME_AFTER = new RegExp(`^\\s+(?:Night|Morning|Afternoon|Evening)\\s+(?!${MONTH_RE}\\b)[A-Z][a-z]`);

/** Weeks a word before a weekday moves it by: "last Friday" the one gone by, "next Friday" the one to come. */
export const WEEKDAY_SHIFT: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, 'this past': -1, next: 1, coming: 1, following: 1, 'this coming': 1, this: 0,
};

const WEEKEND = pattern(/\b(the(?:\s+(?:following|next|previous|preceding|prior))?|that|(?:the\s+)?past|this\s+past|this\s+coming|this|last|next|past|coming)\s+(?:long\s+)?(?:(?:bank\s+)?holiday\s+)?weekend(?:\s+(before\s+last|after\s+next|before(?!\s+[a-z])|after(?!\s+[a-z])))?\b/gi, TRIGGER.weekend);
/** What may follow "that weekend" as a time: a stop, the end, or the next clause's first word ("That weekend, the", "busy that weekend."). */
const THAT_WEEKEND_AFTER = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:the|a|an|he|she|they|I|we|it|you|his|her|their|there|in|at|on|when|and|but|as|after|before|alone)\b)/;
/** A verb of saying or thinking before "that", which opens what was said ("said that weekend games were cancelled"). */
const THAT_CLAUSE_BEFORE = /\b(?:said|says|say|told|tells|think|thinks|thought|believes?|believed|knows?|knew|hopes?|hoped|argued?|added|warned|noted|claimed|insisted|so)\s+$/i;
const OF_MONTH_AFTER = new RegExp(`^\\s+(?:of|in)\\s+(?:${MONTH_RE})`);
/**
 * "into the weekend" after a weekday told earlier in its sentence ("shot a 66 on Friday to take a two-shot lead into the
 * weekend", "storms that began Thursday continued into the weekend"): the weekend that follows that day.
 */
const INTO_BEFORE = /\binto\s+$/i;
const WEEKDAY_EARLIER = /\b(?:Mon|Tues|Wednes|Thurs|Fri)day\b[^.;!?]*$/;
const intoWeekendAfterDay = (text: string, s: number): boolean =>
  precededBy(text, s, INTO_BEFORE) && WEEKDAY_EARLIER.test(text.slice(Math.max(0, s - 64), s));
/**
 * `the weekend`, `this weekend`, `last weekend`, `next weekend`, `the weekend before last`; `the following weekend`,
 * `the previous weekend`, `the prior weekend`, `the weekend before`, `the weekend after`, counted from the day the
 * story told ("won on Saturday and lost the
 * following weekend"); a long weekend is named by its weekend ("theaters were busy over the long weekend"), and so is a
 * holiday one ("the movie took in $80 million over the holiday weekend", "police made 40 arrests over the bank holiday
 * weekend").
 */
const weekend: Parser = (text) =>
  scan(text, WEEKEND, (m, s, e) => {
    // "the past weekend" is the one gone by, as "the past week" is: no step from a day told.
    const key = (m[1] ?? '').toLowerCase().replace(/^(?:this\s+(?=past|coming)|the\s+(?=past))/, '').replace(/\s+/g, ' ');
    // "That weekend, the power stayed out": the weekend of the week told ("said that weekend games" opens a clause).
    if (key === 'that' && (!THAT_WEEKEND_AFTER.test(text.slice(e, e + 8)) || precededBy(text, s, THAT_CLAUSE_BEFORE))) return undefined;
    const told = key === 'that' ? 0 : key.startsWith('the ') ? WEEKDAY_SHIFT[key.slice(4)] : undefined;
    if (told !== undefined) {
      return m[2] ? undefined : { start: s, end: e, type: 'DATE', value: weekendResolver(told), source: 'weekday', anaphoric: true };
    }
    if (key === 'the' && !m[2] && intoWeekendAfterDay(text, s)) return { start: s, end: e, type: 'DATE', value: weekendResolver(0), source: 'weekday', anaphoric: true };
    // "She vanished on June 3. The weekend before, she had been seen at a party": a step from the day told.
    if (key === 'the' && m[2] && !/\s/.test(m[2])) {
      return { start: s, end: e, type: 'DATE', value: weekendResolver(/^before$/i.test(m[2]) ? -1 : 1), source: 'weekday', anaphoric: true };
    }
    const two = m[2] ? (/^before/i.test(m[2]) ? -2 : 2) : undefined;
    if (two !== undefined && key !== 'the') return undefined;
    // "the last weekend of August": a weekend of that month, not the one before the writing's.
    if (OF_MONTH_AFTER.test(text.slice(e, e + 16))) return undefined;
    const shift = two ?? (key === 'last' || key === 'past' ? -1 : key === 'next' || key === 'coming' ? 1 : undefined);
    return { start: s, end: e, type: 'DATE', value: weekendResolver(shift, key === 'the'), source: 'weekday' };
  });

/** "two weekends ago", "a weekend ago": weekends counted back from the writing. */
const WEEKENDS_AGO = pattern(new RegExp(`\\b(an?|${NUMBER_WORD_RE}|\\d{1,2})\\s+weekends?\\s+ago\\b`, 'gi'), TRIGGER.weekend);
const weekendsAgo: Parser = (text) =>
  scan(text, WEEKENDS_AGO, (m, s, e) => {
    const n = numberValue(m[1] ?? '');
    return n !== undefined && Number.isInteger(n) && n > 0 ? { start: s, end: e, type: 'DATE', value: weekendResolver(-n), source: 'weekday', deictic: true } : undefined;
  });

/**
 * A clock time and "on" before a day: "6pm on", "10:30 a.m. on", "midday on", and with its zone, as wires and weather
 * warnings write it: "1200 GMT on", "7 a.m. local time on".
 */
const CLOCK_ON = '(?:(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?|\\d{4}\\s*(?:GMT|UTC|hrs)|noon|midday|midnight)(?:\\s+(?:GMT|UTC|local\\s+time))?\\s+(?:on\\s+)?)?';
/**
 * The start of a span of days, just before its end day: "from Monday to", "between Tuesday and", "Monday-", "Monday to", and with
 * clock times, "from 6pm on Thursday until midday on"; and the first of two days sharing "next" ("next Monday and").
 */
const SPAN_START = new RegExp(
  `\\b(?:(?:from|between)\\s+${CLOCK_ON}(?:${FULL_WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\s*(?:to|through|till|until|and|[-–])\\s*${CLOCK_ON}|(?:${FULL_WEEKDAY})\\s*(?:[-–]|to|through|thru)\\s*|(?:next|last|this|coming)\\s+(?:${FULL_WEEKDAY})\\s*(?:,|and|or|&|to|through)\\s*)$`,
  'i',
);
/** A start told with its own verb, then the end with its own: "starts Monday and runs through", "begins Monday and ends". */
const SPAN_START_TOLD = new RegExp(
  `\\b(?:starts?|started|begins?|began|opens?|opened)\\s+(?:on\\s+)?(?:${FULL_WEEKDAY})\\s+and\\s+(?:(?:runs?|ran|lasts?|lasted|continues?|continued|goes|went)\\s+(?:through|until|till|to)|ends?|ended|closes?|closed)\\s+(?:on\\s+)?$`,
  'i',
);
export const spanStartBefore = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 80), at);
  return SPAN_START.test(before) || (before.includes(' and ') && SPAN_START_TOLD.test(before));
};
/**
 * The first of two days joined by "and" or "or", parts of them allowed: "late Tuesday or early Wednesday", "Monday and
 * Tuesday". The second is the day of that name nearest the first, whichever way the tense points ("the storm will hit
 * late Tuesday or early Wednesday" told on a Wednesday is the Wednesday after that Tuesday, not the day of writing;
 * "statements made Friday and Thursday" told on a Friday, the day before).
 */
const PAIR_JOIN_BEFORE = /\s(?:and|or|&)\s+(?:(?:early|late)\s+)?$/i;
// Not after "between": "between Thursday and Tuesday" is a span, whose end is the first such day after its start.
const PAIR_START = new RegExp(`\\b(?:${FULL_WEEKDAY})(?<!\\bbetween\\s{1,3}\\w+)(?:\\s+(?:morning|afternoon|evening|night))?\\s+(?:and|or|&)\\s+(?:(?:early|late)\\s+)?$`, 'i');
const pairStartBefore = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 40), at);
  return PAIR_JOIN_BEFORE.test(before) && PAIR_START.test(before);
};
/** The day of that name nearest the base day, within three days either way. */
const nearestWeekday = (weekday: number): Resolver => (ctx) => {
  const day = anchorDay(ctx.base);
  if (!day) return `XXXX-WXX-${weekday}`;
  const ahead = ((weekday - isoWeekday(day) + 6) % 7) + 1;
  return formatDay(addDays(day, ahead <= 3 ? ahead : ahead - 7));
};

const WEEKDAYS = pattern(new RegExp(`(?:\\b(?:the\\s+)?(last|past|previous|next|this\\s+past|this\\s+coming|this|coming|following)\\s+)?\\b(${FULL_WEEKDAY})(?![\\w]|-(?!(?:(?:to|through|thru)-)?(?:${FULL_WEEKDAY})\\b))`, 'gi'), TRIGGER.weekday);
/**
 * Short weekdays of notes and e-mails, capitalised: "last Tues", "on Thurs", "see you Weds"; the three-letter ones after
 * a word of time ("on Tue", "by Thu"), and those that are words too only with their dot ("on Wed.", "last Fri.").
 */
const SHORT_WEEKDAYS = pattern(
  /(?:\b([Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(Tues|Thurs?|Weds|(?<=\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Oo]n|[Bb]y|[Uu]ntil)\s{1,3})(?:Tue|Thu|(?:Mon|Wed|Fri|Sat|Sun)(?=\.)))\b\.?(?![\w'’-])/g,
  TRIGGER.shortWeekday,
);
const weekdays: Parser = (text) => {
  const match = weekdayMatch(text);
  return [...scan(text, WEEKDAYS, match), ...scan(text, SHORT_WEEKDAYS, match)];
};

/**
 * A word that reads as an adjective before a weekday ("a wet Saturday", "a typical Monday", "a sunny Sunday"): after a
 * "be" the word between the article and the day is what the day was like, not a noun the day is an adverbial of ("was a
 * guest Tuesday on CNN" is this Tuesday).
 */
const ADJECTIVE = String.raw`(?:[a-z]+(?:y|al|ic|ous|ful|ive|ed|ing|less|ish|iest)|(?:cold|hot|warm|wet|dry|long|late|slow|quiet|big|fine|gr[ae]y|dark|bright|clear|calm|mild|rare|great|sad|tough|hard)(?:[tg]?e(?:r|st))?|good|bad|best|worst|recent|perfect|special|single|certain|black|blue)`;
/**
 * An indefinite article after "on" or a "be", or "one", before a weekday, maybe with an adjective between ("on a wet
 * Saturday", "it was a Monday"); not any article ("asked for a visa Thursday" is this Thursday), nor "one" of a moment
 * ("At one point Friday night, the man fired a shot" is this Friday) or of a span ("will dim their lights for one minute
 * Friday at 8 p.m." is this Friday), nor "one" standing for a thing fixed for a day ("held a strike Monday and called
 * another one for Thursday"), nor a "be" of what there is ("There will be a vote Tuesday" is this Tuesday).
 */
export const SOME_DAY_BEFORE = new RegExp(String.raw`(?:\bon\s+(?:an?|another|any)|\bone(?!\s+(?:point|stage|moment|time|second|minute|hour|day|week|for|on|by|at|from|until|till|before|after)\s))\s+(?:[a-z]+\s+)?$|` +
  String.raw`(?<!\bthere\s{1,3}(?:(?:will|would|could|may|might|should|must|has|have|had)\s{1,3})?)\b(?:was|is|were|be|been|being)\s+(?:an?|another|any)\s+(?:${ADJECTIVE}\s+)?$`, 'i');
/** A count right before a day of the week, and a plural noun right after it: "five Monday night games". */
const COUNT_BEFORE = new RegExp(`(?:\\b(?:${NUMBER_WORD_RE}|several|many|both|\\d{1,2}))\\s+$`, 'i');
const PLURAL_NOUN_AFTER = /^\s+(?!(?:was|has|does|this|thus|plus|always|across|unless)\b)[a-z]{2,}s\b(?!['’])/;
/**
 * "will carry five Monday night games", "won its past two Saturday matches": days of that name, as many as the things
 * counted on them, not one day of this week. `start`, `end`: the day (with its part).
 */
export const countedDays = (text: string, start: number, end: number): boolean =>
  PLURAL_NOUN_AFTER.test(text.slice(end, end + 16)) && precededBy(text, start, COUNT_BEFORE);
/** An article right before a day of the week: "a Wednesday matinee". */
const A_BEFORE = /\b(?:a|an|another)\s+$/i;
/** A noun, then the month its day is in: " matinee in early January", " show in May". */
const THING_IN_MONTH_AFTER = new RegExp(`^\\s+[a-z]{3,}\\s+in\\s+(?:(?:early|late|mid)[\\s-]+)?(?:${MONTH_RE})\\b`);
/**
 * Words after a weekday that leave it a day, not an adjective: "a Saturday at the end of October", "a Monday like", "falls
 * on a Sunday this year".
 */
const NOT_A_NOUN = /^\s+(?:at|in|on|like|when|and|or|of|to|for|with|before|after|during|that|which|was|is|had|we|they|he|she|it|I|you|this|next|last)\b/;

const DAY_SPAN_AFTER = new RegExp(`^${DAY_SPAN_JOIN}(?:${FULL_WEEKDAY})\\b`, 'i');
const DAY_SPAN_BEFORE = new RegExp(`\\b(?:${FULL_WEEKDAY})${DAY_SPAN_JOIN}$`, 'i');
/**
 * Hours right before or after a span of days ("9am-5pm Monday to Friday", "Monday to Friday, 9am to 5pm"), maybe with
 * their zone ("6 a.m. to 5 p.m. Pacific time, Monday through Friday").
 */
const HOURS_BEFORE = /(?:\d\s*(?:[ap]\.?m\.?|hrs)|\d[:.]\d\d|\bnoon|\bmidnight)(?:\s+(?:[a-z]+\s+time|[ecmp][sd]?t|gmt|utc))?,?\s+(?:on\s+)?$/i;
const HOURS_AFTER = /^,?\s+(?:from\s+|between\s+|at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|hrs|[-–]|to\b)/i;
/** A word of opening hours right before it ("open Monday to Friday", "staffed from Monday to Saturday"). */
const OPEN_BEFORE = /\b(?:open|opens|closed|closes|staffed|operates|operating)\s+(?:from\s+)?$/i;
/** …unless a week is named after it: "open Monday to Friday next week" is those days of that week. */
const WEEK_TOLD_AFTER = /^[^.;!?\n]{0,24}\b(?:this|next|last|coming|that)\s+week\b/i;

/**
 * A span of days written as one word before the noun it describes: "a reduced Monday-to-Friday service", "Monday-Friday
 * commuters", "a Monday-through-Friday job". The start, then the end's hyphen; or the end with the noun after it.
 */
const COMPOUND_SPAN_AFTER = new RegExp(`^-(?:(?:to|through|thru)-)?(?:${FULL_WEEKDAY})(?=\\s)`);
const COMPOUND_SPAN_BEFORE = new RegExp(`\\b(?:${FULL_WEEKDAY})-(?:(?:to|through|thru)-)?$`);
/**
 * A noun right after the span, not a word that goes on with the clause ("Monday-Friday next week", "Monday-Friday from
 * 9"), nor one that makes the span a stretch of days of its own: "took in $22 million for the Friday-to-Sunday period".
 */
const NOUN_AFTER_SPAN = /^\s+(?!(?:at|in|on|by|from|until|till|to|for|with|of|and|or|but|before|after|during|this|next|last|that|which|will|would|was|were|is|are|the|a|an|period|span|stretch|window|weekend)\b)[a-z]{3,}/;
function compoundSpan(text: string, s: number, e: number): boolean {
  const join = text.charCodeAt(e) === 45 ? COMPOUND_SPAN_AFTER.exec(text.slice(e, e + 24)) : null;
  const end = join ? e + join[0].length : text.charCodeAt(s - 1) === 45 && COMPOUND_SPAN_BEFORE.test(text.slice(Math.max(0, s - 24), s)) ? e : -1;
  return end >= 0 && NOUN_AFTER_SPAN.test(text.slice(end, end + 16));
}

/**
 * Is the weekday one end of a span of days that a schedule keeps every week ("9am-5pm Monday to Friday", "open Monday
 * to Friday")? Those are days of every week, not of one.
 */
function weeklySpan(text: string, s: number, e: number): boolean {
  if (compoundSpan(text, s, e)) return true;
  // Wide enough for the longest join and name: " through Wednesday".
  const after = DAY_SPAN_AFTER.exec(text.slice(e, e + 24));
  const before = after ? null : DAY_SPAN_BEFORE.exec(text.slice(Math.max(0, s - 24), s));
  if (!after && !before) return false;
  const [from, to] = after ? [s, e + after[0].length] : [s - before![0].length, e];
  if (WEEK_TOLD_AFTER.test(text.slice(to, to + 40))) return false;
  const head = text.slice(Math.max(0, from - 24), from);
  return HOURS_BEFORE.test(head) || OPEN_BEFORE.test(head) || HOURS_AFTER.test(text.slice(to, to + 24));
}

/**
 * "on the Sunday after the shooting", "the Friday before the trial", "the Monday morning after her captor fell asleep":
 * the day of that name after (before) the time the story is at, not one of the week of writing. Not "the Friday before
 * last", two weeks back.
 */
const THE_BEFORE = /\bthe\s+$/i;
const AFTER_OR_BEFORE = /^\s+(after|following|before)\b(?!\s+last\b)/i;
/** The step a weekday told as "the Sunday after" takes from the story's day: 1 after, -1 before; else undefined. */
export function stepFromToldDay(text: string, s: number, e: number): 1 | -1 | undefined {
  if (text.charCodeAt(e) !== 32 || !precededBy(text, s, THE_BEFORE)) return undefined;
  const m = AFTER_OR_BEFORE.exec(text.slice(e, e + 20));
  return m ? (m[1]!.toLowerCase() === 'before' ? -1 : 1) : undefined;
}

/** A word of time, then "that" before a weekday: "at 6:10 a.m. that", "on that", "later that". */
const THAT_DAY_BEFORE = /(?:\b(?:on|by|until|till|since|later|earlier|early|late|noon|midnight)|\d\s*[ap]\.?m\.?|\d[:.]\d\d)\s+that\s+$/i;
/** "That" opening a sentence (or a quote) before a weekday: "The fire broke out on Nov. 18, 1987. That Wednesday, the station was packed." */
const THAT_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+)["“‘]?That\s+$/;
/** "next" or "last" right after a weekday that ends its phrase: "on Friday next.", not "Friday next week". */
const NEXT_OR_LAST_AFTER = /^\s+(next|last)(?=\s*(?:[.,;:!?)"'’”]|$))/i;
/**
 * …or with the clause running on after it, after "on": "told the court on Friday last that", "will be heard on Monday
 * next by a larger bench" (Indian and Pakistani English). Not before a word that makes "next" or "last" its own ("on
 * Friday last year", "on Sunday next to the river", "on Saturday last time out").
 */
const NEXT_OR_LAST_RUNNING_ON = /^\s+(next|last)(?=\s+(?!(?:year|month|week|weekend|night|time|season|summer|winter|spring|autumn|fall|term|session|quarter|decade|century|minute|one|two|three|few|of|to|door)\b)[a-z])/;
const ON_BEFORE = /\bon\s+$/i;
/** A week named right after a weekday: " next week", " of last week" (not "this week's"). */
const WEEK_NAMED_AFTER = /^\s+(?:of\s+)?(next|last|this)\s+week\b(?!['’-])/i;
/** The day `weekday` (Monday 1) of the week `weeks` from the base day's. */
const weekdayOfWeek = (weekday: number, weeks: number): Resolver => (ctx) => {
  const day = anchorDay(ctx.base);
  return day ? formatDay(addDays(day, 7 * weeks + weekday - isoWeekday(day))) : `XXXX-WXX-${weekday}`;
};
/** A day of the month with its ordinal ending after a weekday: " 27th", " the 24th". */
const DAY_NUMBER_AFTER = /^\s+(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b/;
const MONTH_AFTER_NUMBER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTH_RE})`);
/**
 * The day numbered `n` that falls on `weekday`, in the base day's month or the one before or after (the nearest): "on
 * Wednesday 27th", told on 20 March 2013, is 27 March. With none of the three, the weekday alone.
 */
const weekdayOfNumberedDay = (weekday: number, n: number): Resolver => (ctx) => {
  const base = anchorDay(ctx.base);
  if (!base) return `XXXX-XX-${String(n).padStart(2, '0')}`;
  let best: Day | undefined;
  for (const step of [0, -1, 1]) {
    const month = ((base.month - 1 + step + 12) % 12) + 1;
    const year = base.year + (base.month + step > 12 ? 1 : base.month + step < 1 ? -1 : 0);
    if (!isValidDay(year, month, n)) continue;
    const day = { year, month, day: n };
    if (isoWeekday(day) === weekday && !best) best = day;
  }
  return best ? formatDay(best) : weekdayResolver(weekday)(ctx);
};
/** A verb whose object is a thing already done: "appeal", "challenge", "contest", "overturn". */
const CHALLENGED_BEFORE = /\b(?:appeal(?:s|ed|ing)?(?:\s+against)?|challeng(?:e|es|ed|ing)|contest(?:s|ed|ing)?|overturn(?:s|ed|ing)?)\s+$/i;
const SCHOOL_AFTER = /^\s+schools?\b/;
const PAPER_AFTER = /^\s+(?:(?:news)?papers?|tabloids?|broadsheets?|supplements?|magazines?)\b/;
/**
 * What every such day has: "restores Saturday hours at the library", "will end Saturday mail delivery". Not hours
 * counted from the day's event ("died Saturday hours after the crash", "said Sunday hours of talks had failed").
 */
const EVERY_SUCH_DAY_AFTER = /^\s+(?:hours\b(?!\s+(?:before|after|later|earlier|ahead|into|of|since)\b)(?!-)|(?:(?:mail|postal|letter|parcel)\s+)?deliver(?:y|ies)\b)/;
/** "On", or a verb of telling, before the day: the day of the deed ("said Saturday delivery would resume"). */
const DAY_OF_DEED_BEFORE = /\b(?:on|said|says|announced|told|reported|confirmed|added|warned)\s+$/i;
/**
 * Years counted back right before a weekday: "Ten years ago Wednesday, the first bombs fell", "50 years ago Thursday".
 * The weekday is the anniversary, the one nearest the writing, on whichever side: the past tense is the event's.
 */
const YEARS_AGO_BEFORE = /\b(?:years?|decades?|centur(?:y|ies))\s+ago\s+$/i;
/** A weekday matched with the word before it that shifts it (group 1) and its name, full or short (group 2). */
const weekdayMatch = (text: string) =>
  (m: RegExpExecArray, s: number, e: number): Draft | undefined => {
    const wd = weekdayOf(m[2] ?? '');
    if (!wd) return undefined;
    const after = text.slice(e, e + 16);
    // "Sunday Times", "Sunday School", "Black Friday" shops: a capitalised noun right after is a name, not a date; so is
    // a capitalised part of the day before another such word ("Saturday Night Live", "Monday Night Football").
    if (/^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|School|Service|Mass|Bloody)\b/.test(after) || PROGRAMME_AFTER.test(after)) return undefined;
    // "taught Sunday school for 40 years": the church's classes for children, held on any Sunday.
    if (wd === 7 && SCHOOL_AFTER.test(after)) return undefined;
    // "phone hacking at a Sunday newspaper", "the Sunday papers": a kind of paper, which comes out on any such day.
    if (PAPER_AFTER.test(text.slice(e, e + 14))) return undefined;
    // "Super Tuesday", "Patch Tuesday" (the monthly day of software fixes): named days, not this week's.
    if (/\b(?:Bloody|Black|Good|Ash|Palm|Easter|Super|Cyber|Patch)\s+$/.test(text.slice(Math.max(0, s - 8), s))) return undefined;
    const key = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    const shift = key === '' || key === 'this' ? undefined : WEEKDAY_SHIFT[key];
    // "9am-5pm Monday to Friday": days of every week.
    if (!key && weeklySpan(text, s, e)) return { start: s, end: e, type: 'SET', value: `XXXX-WXX-${wd}`, source: 'weekday' };
    // "from Monday to Friday": the end of a span of days is the first such day after its start.
    if (!key && pairStartBefore(text, s)) return { start: s, end: e, type: 'DATE', value: nearestWeekday(wd), anaphoric: true, source: 'weekday' };
    if (!key && spanStartBefore(text, s)) return { start: s, end: e, type: 'DATE', value: weekdayResolver(wd, 1), anaphoric: true, source: 'weekday' };
    if (!key && precededBy(text, s, YEARS_AGO_BEFORE)) return { start: s, end: e, type: 'DATE', value: nearestWeekday(wd), deictic: true, source: 'weekday' };
    const step = !key ? stepFromToldDay(text, s, e) : undefined;
    if (step) return { start: s, end: e, type: 'DATE', value: weekdayResolver(wd, step), anaphoric: true, source: 'weekday' };
    // "at 6:10 a.m. that Monday", "later that Friday": the day of that name in the week the story is at. ("said that
    // Monday was the deadline" is a clause; only a word of time before "that" makes it point.)
    if (!key && (precededBy(text, s, THAT_DAY_BEFORE) || THAT_OPENS_BEFORE.test(text.slice(Math.max(0, s - 10), s)))) {
      const that = s - /that\s+$/i.exec(text.slice(Math.max(0, s - 12), s))![0].length;
      return { start: that, end: e, type: 'DATE', value: nearestWeekday(wd), anaphoric: true, source: 'weekday' };
    }
    // "on Wednesday 27th", "Sunday the 24th": the day of that number, in the month near the base day where it is that
    // weekday (a month after it is the date parser's: "Monday 4th March").
    const dayOfMonth = !key ? DAY_NUMBER_AFTER.exec(text.slice(e, e + 12)) : null;
    if (dayOfMonth && !MONTH_AFTER_NUMBER.test(text.slice(e + dayOfMonth[0].length, e + dayOfMonth[0].length + 16))) {
      return { start: s, end: e + dayOfMonth[0].length, type: 'DATE', value: weekdayOfNumberedDay(wd, Number(dayOfMonth[1])), source: 'weekday' };
    }
    // "Friday next week", "Monday of last week", "Thursday this week": that day of the week named after it.
    const ofWeek = !key ? WEEK_NAMED_AFTER.exec(after) : null;
    if (ofWeek) {
      const weeks = WEEKDAY_SHIFT[ofWeek[1]!.toLowerCase()] ?? 0;
      return { start: s, end: e + ofWeek[0].length, type: 'DATE', value: weekdayOfWeek(wd, weeks), source: 'weekday' };
    }
    // "Tuesday week", "Saturday fortnight": a week (two) after the coming Tuesday (British).
    const weeksOn = !key ? /^\s+(week|fortnight)\b(?!['’-])/.exec(text.slice(e, e + 14)) : null;
    if (weeksOn) {
      const week = weekdayResolver(wd, 1);
      const days = weeksOn[1] === 'week' ? 7 : 14;
      const value: Resolver = (ctx) => {
        const day = parseDay(week(ctx));
        return day ? formatDay(addDays(day, days)) : week(ctx);
      };
      return { start: s, end: e + weeksOn[0].length, type: 'DATE', value, source: 'weekday' };
    }
    // "on Friday next", "on Tuesday last": the coming one, the one gone by (British and Irish, in formal notices).
    const told = !key ? NEXT_OR_LAST_AFTER.exec(after) ?? (precededBy(text, s, ON_BEFORE) ? NEXT_OR_LAST_RUNNING_ON.exec(after) : null) : null;
    if (told) return { start: s, end: e + told[0].length, type: 'DATE', value: weekdayResolver(wd, told[1]!.toLowerCase() === 'next' ? 1 : -1), source: 'weekday' };
    // "a Wednesday matinee in early January", "a Saturday show in May": a thing of some day of that name in a month.
    if (!key && A_BEFORE.test(text.slice(Math.max(0, s - 8), s)) && THING_IN_MONTH_AFTER.test(text.slice(e, e + 40))) return { start: s, end: e, type: 'DATE', value: `XXXX-WXX-${wd}`, source: 'weekday' };
    // "on a Saturday", "a wet Saturday at the end of October", "one Monday": some day of that name, not a day of this week.
    // Before a noun it says when the thing was: "a Thursday statement", "a Monday sell-off".
    if (!key && precededBy(text, s, SOME_DAY_BEFORE) && (!/^\s+[a-z]/.test(after) || NOT_A_NOUN.test(after))) return { start: s, end: e, type: 'DATE', value: `XXXX-WXX-${wd}`, source: 'weekday' };
    if (!key && EVERY_SUCH_DAY_AFTER.test(after + text.slice(e + 16, e + 40)) && !precededBy(text, s, DAY_OF_DEED_BEFORE)) {
      return { start: s, end: e, type: 'SET', value: `XXXX-WXX-${wd}`, source: 'weekday' };
    }
    if (!key && countedDays(text, s, e)) return { start: s, end: e, type: 'SET', value: `XXXX-WXX-${wd}`, source: 'weekday' };
    // "the previous Friday", "the following Monday" count from the narrative, not from today.
    const anaphoric = /^the\s/i.test(m[0]);
    if (/^the\s/i.test(m[0]) && !/^(?:previous|following|next|last)$/.test(key)) return undefined;
    // "will appeal Tuesday's verdict", "plans to challenge Monday's ruling": what is appealed or challenged has been
    // done, whatever the tense of the appeal.
    if (!key && isApostrophe(text.charCodeAt(e)) && precededBy(text, s, CHALLENGED_BEFORE)) {
      const day = weekdayResolver(wd);
      return { start: s, end: e, type: 'DATE', value: (ctx) => day({ ...ctx, tense: 'past' }), source: 'weekday' };
    }
    // "this Sunday" is the coming one unless the clause is told in the past ("the clocks go forward this Sunday").
    if (key === 'this') {
      const day = weekdayResolver(wd);
      return { start: s, end: e, type: 'DATE', value: (ctx) => day(ctx.tense === 'past' ? ctx : { ...ctx, tense: 'future' }), source: 'weekday' };
    }
    return { start: s, end: e, type: 'DATE', value: weekdayResolver(wd, shift, key === 'next' && !anaphoric), anaphoric, source: 'weekday' };
  };

export const weekdayParser: Parser = (text) => [...weekdays(text), ...weekend(text), ...weekendsAgo(text)];
