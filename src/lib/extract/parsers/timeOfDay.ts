/**
 * Clock times and parts of days: `3:30 p.m.`, `10 a.m. EST`, `noon`, `midnight`, `this morning`, `tonight`,
 * `last night`, `Friday morning`, `yesterday afternoon`. The day part comes from the reference day.
 */
import { parseDay } from '../calendar.ts';
import { isAsciiLetter, isAsciiUpper } from '../chars.ts';
import { anchorDay, matchesAt, pattern, precededBy, scan, wordBefore, type Draft, type Parser, type ResolveContext, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { sentenceBefore } from '../sentence.ts';
import { AT_CLOCK_BEFORE, CITY_TIME_RE, CLOCK_24_WORD_BEFORE, CLOCK_DAY_AFTER, DAY_PART_CODES, DELAY_COUNT_BEFORE, DAY_SPAN_JOIN, FULL_WEEKDAY, MONTH_RE, NUMBER_WORD_RE, POSSESSIVE_BEFORE, SPOKEN_ZONE_RE, WEEKDAY_RE, ZONE_RE, monthOf, numberValue, weekdayOf } from '../lexicon.ts';
import { TODAY, dayOfMonthResolver, formatAt, monthDayResolver, offsetResolver, pad2, shift, weekdayResolver } from '../resolve.ts';
import { SOME_DAY_BEFORE, WEEKDAY_SHIFT, countedDays, spanStartBefore, stepFromToldDay } from './weekday.ts';
import { listedAfterEvery } from './set.ts';

const source = 'timeOfDay';

const PART: Readonly<Record<string, string>> = { ...DAY_PART_CODES, overnight: 'NI', midday: 'MI', noon: 'MI' };

/** Appends a time suffix to whatever day a day resolver picks. */
const withTime = (day: Resolver, suffix: string): Resolver => (ctx) => `${day(ctx)}T${suffix}`;

type TimeFlags = Pick<Draft, 'anaphoric' | 'dayAfter' | 'dayless' | 'comparison' | 'mod' | 'yearless'>;
/** A TIME draft. Its flags are written into the literal: an object spread to add one is far slower to read later. */
const time = (start: number, end: number, value: Resolver | string, flags: TimeFlags = {}): Draft => ({ start, end, type: 'TIME', value, source, ...flags });

/** Which day a leading word names: this/today → base, yesterday/last → −1, tomorrow → +1, a weekday, a month and day (of `year` when written). */
function dayResolver(word: string, year?: string): Resolver | undefined {
  const w = word.toLowerCase();
  if (w === '' || w === 'this' || w === 'that' || w === 'today' || w === 'tonight') return TODAY;
  if (w === 'yesterday' || w === 'last') return offsetResolver('day', -1);
  if (w === 'tomorrow') return offsetResolver('day', 1);
  const wd = weekdayOf(w);
  if (wd) return weekdayResolver(wd);
  const date = /^(\S+)\s+(\d{1,2})$/.exec(word);
  const month = date ? monthOf(date[1] ?? '') : undefined;
  if (!month) return undefined;
  const day = Number(date?.[2]);
  return year ? () => `${year}-${pad2(month)}-${pad2(day)}` : monthDayResolver(month, day);
}

const DAY_WORD = `(this|that|today|yesterday|tomorrow|last|${FULL_WEEKDAY})`;

const isLower = (c: number): boolean => c >= 97 && c <= 122;
/**
 * Is the capitalised word at `at` inside a name, a programme's or a show's ("on tomorrow's Morning Edition", "World
 * News Tonight", "CBS This Morning", "Saturday Night Live")? A part of the day is capitalised inside a sentence only
 * there: a lower-case word comes before the run of capitalised words it is in. In a headline in title case ("Obama
 * Speaks Tonight") or at a sentence's start, none does.
 */
function inName(text: string, at: number): boolean {
  if (!isAsciiUpper(text.charCodeAt(at))) return false;
  let i = at;
  for (let words = 0; words < 6; words++) {
    while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
    const end = i;
    // A word with its possessive or its dots: "VOA's", "U.S.".
    while (i > 0 && (isAsciiLetter(text.charCodeAt(i - 1)) || text[i - 1] === "'" || text[i - 1] === '’' || text[i - 1] === '.')) i--;
    if (i === end) return false;
    const first = text.charCodeAt(i);
    if (isLower(first)) return true;
    if (!isAsciiUpper(first)) return false;
  }
  return false;
}

/** A capitalised word going on after a part of the day, not a day, a month or a zone that tells when it is. */
const NAME_GOES_ON = new RegExp(`^ (?!(?:${FULL_WEEKDAY}|${MONTH_RE}|[ECMP][SD]?T|GMT|UTC)\\b)[A-Z][a-z]`);
/**
 * A word that moves the weekday after it by a week ("last Friday night", "next Tuesday evening"), or keeps it ("this
 * Thursday afternoon"): one timex with the day's part, as the day alone would be.
 */
const WEEKDAY_SHIFT_WORD = `(?:(last|past|previous|next|coming|this\\s+past|this\\s+coming|this)\\s+(?=(?:${FULL_WEEKDAY})\\b))?`;
const DAY_PART = pattern(new RegExp(`\\b(?:(?:early|late)\\s+)?${WEEKDAY_SHIFT_WORD}${DAY_WORD}(?:'s)?\\s+(morning|afternoon|evening|night)\\b`, 'gi'), TRIGGER.dayPart);
const EARLY_OR_LATE_START = /^(?:early|late)\s+/i;
/** `this morning`, `yesterday afternoon`, `Friday night`, `last night`, `that afternoon`, `next Tuesday evening`. */
const dayPart: Parser = (text) =>
  scan(text, DAY_PART, (m, matchStart, e) => {
    // "will open two hours late Thursday morning": a delay, and the part of the day is the day's own.
    const delay = EARLY_OR_LATE_START.exec(m[0]);
    const s = delay && precededBy(text, matchStart, DELAY_COUNT_BEFORE) ? matchStart + delay[0].length : matchStart;
    const shift = m[1] ? WEEKDAY_SHIFT[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const wd = weekdayOf(m[2] ?? '');
    const day = wd && shift ? weekdayResolver(wd, shift) : dayResolver(m[2] ?? '');
    const part = PART[(m[3] ?? '').toLowerCase()];
    if (!day || !part || (/^last$/i.test(m[2] ?? '') && precededBy(text, s, POSSESSIVE_BEFORE))) return undefined;
    if (inName(text, e - (m[3] ?? '').length)) return undefined;
    // "Monday Night Football returns", "Friday Night Lights": a capitalised part of the day before another capitalised
    // word names a programme, at a sentence's start too.
    if (isAsciiUpper(text.charCodeAt(e - (m[3] ?? '').length)) && NAME_GOES_ON.test(text.slice(e, e + 12))) return undefined;
    // "on a Tuesday morning in March 2009": some morning of that name, not one of this week (as "on a Tuesday").
    if (wd && precededBy(text, s, SOME_DAY_BEFORE)) return time(s, e, `XXXX-WXX-${wd}T${part}`);
    // "on the Monday morning after her captor fell asleep": that morning after (before) the story's day.
    const step = wd && !shift ? stepFromToldDay(text, s, e) : undefined;
    if (wd && step) return time(s, e, withTime(weekdayResolver(wd, step), part), { anaphoric: true });
    if (wd && !shift && countedDays(text, s, e)) return { start: s, end: e, type: 'SET', value: `XXXX-WXX-${wd}T${part}`, source };
    // "every Friday and Saturday night": a day listed after a recurring one recurs too (set.ts).
    if (wd && listedAfterEvery(text, s)) return undefined;
    // "last night" is yesterday's night only from an evening DCT; TimeBank gives the day before.
    const t = time(s, e, withTime(day, part));
    // "that afternoon" is a part of the day just told, not of the day of writing.
    return /^that$/i.test(m[2] ?? '') ? { ...t, anaphoric: true } : t;
  });

const NEXT_PART = pattern(/\b(?:(?:early|late)\s+)?(?:[Tt]he|[Tt]hat)\s+(next|following|previous|same)\s+(morning|afternoon|evening|night)\b/gi, TRIGGER.dayPart);
/**
 * `early the next morning`, `the following evening`, `the previous night`: a part of the day after (before) the one
 * told; `the same morning`, `that same night`: of the day told.
 */
const nextPart: Parser = (text) =>
  scan(text, NEXT_PART, (m, s, e) => {
    const part = PART[(m[2] ?? '').toLowerCase()];
    if (!part) return undefined;
    const step = (m[1] ?? '').toLowerCase();
    const n = step === 'previous' ? -1 : step === 'same' ? 0 : 1;
    return time(s, e, withTime(offsetResolver('day', n), part), { anaphoric: true });
  });

const PART_BEFORE_AFTER = pattern(/\b[Tt]he\s+(morning|afternoon|evening|night)\s+(before|after)(?=\s*(?:[,.;:!?)]|$))/g, TRIGGER.dayPart);
/** `The night before, he had slept badly`, `the morning after.`: a part of the day before (after) the one told. */
const partBeforeAfter: Parser = (text) =>
  scan(text, PART_BEFORE_AFTER, (m, s, e) => {
    const part = PART[(m[1] ?? '').toLowerCase()];
    return part ? time(s, e, withTime(offsetResolver('day', m[2] === 'before' ? -1 : 1), part), { anaphoric: true }) : undefined;
  });

const SUN_TIME = pattern(
  new RegExp(
    '\\b(dawn|daybreak|sunrise|first\\s+light|dusk|sunset|sundown|nightfall)\\b(?!\\s+(?:of|raids?|patrols?|prayers?)\\b)' +
      `(?:\\s+(${FULL_WEEKDAY}|today|tonight|yesterday|tomorrow)\\b(?!\\s+(?:morning|afternoon|evening|night)\\b))?`,
    'gi',
  ),
  TRIGGER.dayPart,
);
/** A clock time of the 12-hour clock that may open a span: "2 a.m.", "11:30 p.m.". */
const SPAN_CLOCK = String.raw`\d{1,2}(?:[:.]\d\d)?\s{0,2}[ap]\.?m\.?`;
// "from sunrise to sunset", "between midnight and dawn", "from 2 a.m. until dawn": the end of a span from another such
// time, or from a clock's, needs no preposition of its own.
const SUN_TIME_BEFORE = new RegExp(
  '(?:\\b(?:at|before|after|by|until|till|from|around|near|toward|towards|since|(?:dawn|daybreak|sunrise|dusk|sunset|sundown|nightfall|midnight|noon|midday)\\s+(?:to|until|till))' +
    `|\\bbetween\\s+(?:midnight|noon|midday|${SPAN_CLOCK})\\s+and|(?<=${SPAN_CLOCK}\\s{1,3})(?:to|until|till))\\s+$`,
  'i',
);
/**
 * `at dawn`, `before sunrise on Sunday`, `by nightfall`, `by dawn Tuesday`: the morning or evening of the day written
 * right after it (one timex, as "noon Thursday" is), next to it or, with none, of the day the text is at. Only after a
 * preposition: "the dawn of a new era" is no time of day.
 */
const sunTime: Parser = (text) =>
  scan(text, SUN_TIME, (m, s, e) => {
    if (!precededBy(text, s, SUN_TIME_BEFORE)) return undefined;
    const part = /^(?:dawn|daybreak|sunrise|first)/i.test(m[1] ?? '') ? 'MO' : /^nightfall$/i.test(m[1] ?? '') ? 'NI' : 'EV';
    const day = m[2] ? dayResolver(m[2]) : undefined;
    // "a curfew every night from dusk until dawn": the time of every such day, as a clock time's is.
    if (!day && recurs(text, s, e)) return time(s, e, `XXXX-XX-XXT${part}`);
    return day ? time(s, e, withTime(day, part)) : time(s, e, withTime(TODAY, part), dayOfClock(text, s, e));
  });

const MID_PART = pattern(new RegExp(
  `\\b(?:mid-?\\s?|(early|late)[\\s-])(morning|afternoon|evening)\\b(?:\\s+(today|yesterday|tomorrow|${FULL_WEEKDAY})\\b)?`,
  'gi',
), TRIGGER.dayPart);
/** The word that makes "early afternoon" a time of the clause, not a kind of thing ("an early-morning raid"). */
const PART_PREPOSITION_BEFORE = /\b(?:in|by|since|until|till|from|at|through|around|before|after|toward|towards)\s+$/i;
/**
 * `mid-afternoon`, `mid afternoon yesterday`, `midmorning Friday`, `since early afternoon`, `by late evening`, `late
 * morning Wednesday`: the middle, start or end of a part of the day is still that part.
 */
const midPart: Parser = (text) =>
  scan(text, MID_PART, (m, s, e) => {
    const part = PART[(m[2] ?? '').toLowerCase()];
    const day = dayResolver(m[3] ?? '');
    const edge = (m[1] ?? '').toLowerCase();
    if (edge && !m[3] && !precededBy(text, s, PART_PREPOSITION_BEFORE)) return undefined;
    const mod = edge === 'early' ? 'START' : edge === 'late' ? 'END' : undefined;
    // With no day of its own, "by mid-morning" is of the day written next to it or told last, as a clock time is.
    return part && day ? time(s, e, withTime(day, part), { ...(m[3] ? {} : dayOfClock(text, s, e)), ...(mod ? { mod } : {}) }) : undefined;
  });

const TONIGHT = pattern(/\btonight\b/gi, TRIGGER.dayPart);
const QUOTES = '"“”';
/**
 * A show's title: "host of \"The Tonight Show\"", "has hosted \"Tonight\" since 1992" (a capitalised "Tonight" after "The",
 * or alone between quotes).
 */
const titled = (text: string, s: number, e: number): boolean =>
  isAsciiUpper(text.charCodeAt(s)) && ((QUOTES.includes(text[s - 1] ?? ' ') && QUOTES.includes(text[e] ?? ' ')) || text.slice(Math.max(0, s - 4), s) === 'The ');
/** `tonight`: the night of the base day; not in a name ("ABC's World News Tonight"). */
const tonight: Parser = (text) =>
  scan(text, TONIGHT, (_m, s, e) => (inName(text, s) || titled(text, s, e) ? undefined : time(s, e, withTime(TODAY, 'NI'))));

/**
 * A line opened by a day and a colon, right below a clock time: the heading of the next item of a listing or a log
 * ("Rain date is Sunday at 1 p.m.\nApril 3: Tax help", "between 8 a.m. and 3 p.m.\nFriday evening: A woman called"),
 * not the clock's day. Bounded, and not across a full stop or a clock's colon ("3 p.m.\nFriday, 10:30").
 */
const HEADING_BELOW = '[ \\t]*\\r?\\n[^\\n:.;]{1,30}:(?!\\d)';
const ZONE = `(?:\\s+(?:${ZONE_RE}\\b|${SPOKEN_ZONE_RE}))?`;
/**
 * A day right after a clock time belongs to it: `noon Thursday`, `10 a.m. yesterday`, `10 p.m. tonight`, `5 p.m. EST, Nov. 9`
 * (not when a year follows: `Nov. 9, 1989` is a date of its own).
 */
const DAY_AFTER =
  // Not the first day of a span of days ("9am-5pm Monday to Friday": the hours of every such day), nor a weekday
  // with its date ("2 a.m. Sunday, Nov. 3": the date is read whole, and the clock time takes its day).
  `(?:(?!${HEADING_BELOW})\\s+(${FULL_WEEKDAY}|today|tonight|yesterday|tomorrow)\\b(?!\\s+(?:morning|afternoon|evening|night)\\b)(?!${DAY_SPAN_JOIN}[MTWFS][a-z]+day\\b)` +
  `(?!,?\\s{1,3}(?:${MONTH_RE}\\s{0,3}\\d|\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}${MONTH_RE}))` +
  `|(?!${HEADING_BELOW}),?\\s+(${MONTH_RE}\\s+\\d{1,2})\\b(?!,?\\s*\\d))?`;
/**
 * A 24-hour clock time without a.m./p.m. reads as a time only where the text says so: after "at", "by", "until" and
 * the like, with the military "hrs" after it, as one end of a span of two ("19:00-03:00hrs"), or right after a day
 * ("1 Apr 2024 14:05", as mail headers and feeds stamp their posts). Bare, "10:30" is as
 * often a score, a ratio or a running time. Checked on the match, not in the pattern: a lookbehind tried at every
 * position of every window was a fifth of the clock pattern's time.
 */
/**
 * …or after "it's", as a presenter tells the time ("It's 6:12 on the East Coast"), or after "kick-off", as fixtures
 * are listed ("face Newcastle on 30 March, kick-off 17:30").
 */
const CLOCK_24_SPAN_BEFORE = /\d:\d\d\s?[-–]$/;
/**
 * The second end of a span opened by "between" and a 24-hour clock time, maybe with its day between: "between 23:00
 * and 05:30", "between 23:00 on Friday and 05:30 on Monday".
 */
const CLOCK_24_AND_BEFORE = /\bbetween\s{1,3}\d{1,2}:\d\d\b[^.;:]{0,24}\sand\s{1,3}$/i;
const afterSpanAnd = (text: string, s: number): boolean =>
  text.slice(Math.max(0, s - 6), s).includes('and') && precededBy(text, s, CLOCK_24_AND_BEFORE);
const CLOCK_24_SPAN_AFTER = /^[-–]\d{1,2}:\d\d(?!\d)/;
/** A zone after it ("14:32 GMT") or "hrs" makes "14:32" a time wherever it stands ("Updated 14:32 GMT"). */
const CLOCK_24_OWN = new RegExp(`(?:[Hh]rs|[Hh]ours|\\s${ZONE_RE})$`);
/** A day, with or without its year, or a weekday right before: "1 Apr 2024 14:05", "Monday 10:30" (not "in 2019 12:30"). */
const DATE_BEFORE_24 = new RegExp(
  `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}(?:,?\\s+\\d{4})?|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{2,4}|${WEEKDAY_RE})(?:,\\s*|\\s+)$`,
);
/**
 * Words of a schedule right next to a clock time, with at most another time or a few words between: "10am-9pm daily",
 * "daily from 10am to 6pm", "nightly from 5pm", "every day at 9am", "at 07:12 every weekday", "Thursdays, 6-8pm", "weekdays 7-9am", "weeknights
 * at 12:35 a.m.", "on the first Tuesday of every month at 7 p.m.", "on Saturdays in July until 9 p.m.", "during the
 * summer months until 7:30 p.m.".
 */
const WEEKDAY_NAME = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const RECURRING =
  `(?:daily|nightly|(?:every|each)\\s+(?:day|night|morning|evening|week|month|weekday|weeknight|working\\s+day)|weekdays|weeknights|weekends|${WEEKDAY_NAME}s(?:\\s+in\\s+${MONTH_RE})?` +
  // "open from 9 a.m. to 9 p.m. seven days a week": the hours of every day.
  `|(?:seven|7)\\s+days\\s+a\\s+week` +
  // "services extended to 2 a.m. on match days", "until midnight on most days": the hours of every day of a kind.
  `|on\\s+(?:most|many|some|busy|alternate|match|race|game|competition|school|working|market)\\s+days` +
  // "overnight closures between 20:00 and 06:00", "nightly lane closures from 10 p.m.": closures, plural, of many nights.
  `|(?:overnight|nightly|night-?time|weekend)\\s+(?:lane\\s+|road\\s+|bridge\\s+)?closures` +
  // "every Tuesday at 10.30am", "9am-5pm Monday to Friday": a day of every week, a span of the days of every week.
  `|(?:every|each)\\s+${WEEKDAY_NAME}|${WEEKDAY_NAME}s?${DAY_SPAN_JOIN}${WEEKDAY_NAME}` +
  // "open until 7:30 p.m. during the summer months": the hours of every day of a season, or of a run of days ("stay
  // open until 5am throughout the festival").
  `|(?:during|throughout|through|over)\\s+the\\s+(?:summer|winter|spring|fall|autumn)(?:\\s+months)?|in\\s+the\\s+(?:summer|winter|spring|fall|autumn)\\s+months` +
  `|throughout\\s+the\\s+(?:festival|season|run|tour|holidays))`;
// Times listed after the first are as recurring as it is: "four times daily, at 2 a.m., 8 a.m., 2 p.m. and 8 p.m.", and
// so is the end of a span ("a curfew daily from 10 p.m. until 5 a.m.", "every day from 8 a.m. till noon", "every
// night from midnight until dawn").
const RECURRING_BEFORE = new RegExp(`\\b${RECURRING},?\\s+(?:(?:from|at|between|until|till)\\s+)?(?:(?:[\\d:.apm\\s,–-]|noon\\b|midnight\\b|dusk\\b|sunset\\b){0,40}(?:to|and|until|till|[-–,])\\s*)?$`, 'i');
/**
 * The second time of a span may be noon or midnight ("staffed from 6 a.m. to midnight daily") and have its zone
 * ("between 6 a.m. and 5 p.m. Pacific time, Monday through Friday").
 */
const RECURRING_AFTER = new RegExp(`^(?:\\s*(?:[-–]|to|and|until|till)\\s*(?:[\\d:.]{1,5}\\s*(?:[ap]\\.?m\\.?)?|noon|midnight)(?:\\s+(?:[a-z]+\\s+time|[ecmp][sd]?t|gmt|utc)\\b)?)?,?\\s+(?:on\\s+)?${RECURRING}\\b`, 'i');
/** A broadcast's slot is its time on every day it airs: "moved to the 11:35 p.m. slot", "the 8 p.m. time slot". */
const SLOT_AFTER = /^\s+(?:time\s*)?slots?\b/i;
/**
 * A service's frequency before its hours: "will run every 20 minutes between 07:00 and 19:00", "every hour from 6 a.m.":
 * the hours of every day it runs, unless a day is written after them ("trains every 10 minutes until 4.30am on New
 * Year's Day").
 */
const FREQUENCY_BEFORE = /\bevery\s+(?:(?:\d{1,2}|few|ten|fifteen|twenty|thirty)\s+minutes|hour|half[\s-]hour),?\s+(?:(?:from|at|between|until|till)\s+)?(?:[\d:.apm\s,–-]{0,40}(?:to|and|[-–,])\s*)?$/i;
/**
 * A sentence that opens on a round of days, with no stop before the clock time: "Every New Year's Eve for five decades
 * he led the band at midnight", "Each Sunday she opened the church at 7 a.m.".
 */
const ROUND_OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n)(?:Every|Each)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|spring|summer|fall|autumn|winter|Christmas|Easter|New\s+Year['’]s|Thanksgiving|[A-Z][a-z]{2,5}day)\b[^.!?\n]*$/;
/** Wide enough after a clock time for a second one, its zone and a span of days: " to 10:30 p.m. EDT Wednesday through Saturday". */
const recurs = (text: string, s: number, e: number): boolean => {
  const before = text.slice(Math.max(0, s - 64), s);
  return RECURRING_AFTER.test(text.slice(e, e + 60)) || RECURRING_BEFORE.test(before) || SLOT_AFTER.test(text.slice(e, e + 12)) ||
    (before.includes('every') && FREQUENCY_BEFORE.test(before) && !dayWrittenAfter(text, e)) ||
    ((before.includes('Every') || before.includes('Each')) && ROUND_OPENS_SENTENCE.test(before));
};

/** A time that opens a line and a dash follows, as a live report stamps its entries ("14:55 — Power is back"). */
const LINE_START = /(?:^|\n)[ \t]*$/;
const STAMP_AFTER = /^[ \t]*[—–-][ \t]/;
const isStamp = (text: string, s: number, e: number): boolean => STAMP_AFTER.test(text.slice(e, e + 4)) && precededBy(text, s, LINE_START);
/** "UPDATE, 11:30 p.m. Sunday:", "Updated 9:15 a.m. Monday": a line opening on the stamp of a story's update. */
const UPDATE_BEFORE = /(?:^|\n)[ \t]*(?:update|updated)(?:\s+at)?[,:]?[ \t]+$/i;
const updateStamp = (text: string, s: number): boolean => {
  const before = text.slice(Math.max(0, s - 20), s);
  return (before.includes('pdate') || before.includes('PDATE')) && UPDATE_BEFORE.test(before);
};
/**
 * The day of an update's stamp: it was posted by the time of writing, so its weekday is the last one, whatever the
 * tense of the news it brings ("UPDATE, 11:30 p.m. Sunday: Deputies say one man has died", told on Monday).
 */
const postedBy = (day: Resolver): Resolver => (ctx) => day({ ...ctx, tense: 'past' });
/**
 * A train, bus or ferry named by the time it leaves, as British news names them: "the 07:52 service from King's Lynn",
 * "the 17:45 from London Victoria", "the 06:10 train".
 */
const SERVICE_AFTER = /^\s+(?:service|train|departure|sailing|ferry|bus|flight|from\s+[A-Z])/;
const THE_BEFORE = /\b[Tt]he\s+$/;
const namesAService = (text: string, s: number, e: number): boolean =>
  SERVICE_AFTER.test(text.slice(e, e + 12)) && precededBy(text, s, THE_BEFORE);
/** The day the service ran on, later in its clause: "the 07:52 service from King's Lynn struck a tractor on 19 February". */
const DAY_LATER_IN_CLAUSE = new RegExp(`^[^.;!?\\n]{0,80}?\\bon\\s+(?:\\d{1,2}\\s+${MONTH_RE}|${MONTH_RE}\\s+\\d|${WEEKDAY_RE})`);
const serviceOnDayLater = (text: string, s: number, e: number): boolean =>
  namesAService(text, s, e) && DAY_LATER_IN_CLAUSE.test(text.slice(e, e + 110));
/**
 * "The deadline is 20:00 on Friday", "Polls close at 20:00 local time": "local time" or the day right after makes it a
 * clock, a day of a month too ("the transfer deadline is 23:00 on 31 January"); not a running time ("won in 13:05 on
 * Friday", "a 2:08 on Sunday", "clocked 27:01 on Saturday").
 */
const CLOCK_24_DAY_AFTER = new RegExp(`^(?:\\s+local\\s+time\\b|${CLOCK_DAY_AFTER}|\\s+on\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_RE}|${MONTH_RE}\\.?\\s+\\d{1,2})\\b)`);
const RUNNING_TIME_BEFORE = /\b(?:in|of|a|an|record|best|clocked|ran|timed|finished|posted)\s+$/i;
const dayAfterClock24 = (text: string, s: number, e: number): boolean =>
  CLOCK_24_DAY_AFTER.test(text.slice(e, e + 24)) && !precededBy(text, s, RUNNING_TIME_BEFORE);
/**
 * "It was 9:40 when the alarm sounded", "it was nearly 2:17": a clock told as the time it was (not four figures, which
 * "It was 2010 when" reads as a year, nor a result: "her time was 2:17").
 */
const TIME_WAS_BEFORE = /\bit\s+was\s+(?:(?:about|around|nearly|almost|just|shortly)\s+(?:(?:after|before|past)\s+)?)?$/i;
/** Only with "was" close before (a cheap look first: asked of every bare clock reading). */
const toldAsTimeItWas = (text: string, s: number): boolean => {
  const before = text.slice(Math.max(0, s - 32), s);
  return before.includes('was') && TIME_WAS_BEFORE.test(before);
};
const isClock24 = (text: string, s: number, e: number, match: string): boolean =>
  CLOCK_24_OWN.test(match) || precededBy(text, s, CLOCK_24_WORD_BEFORE) || toldAsTimeItWas(text, s) || precededBy(text, s, CLOCK_24_SPAN_BEFORE) || afterSpanAnd(text, s) ||
  CLOCK_24_SPAN_AFTER.test(text.slice(e, e + 8)) || precededBy(text, s, DATE_BEFORE_24) || isStamp(text, s, e) || namesAService(text, s, e) ||
  dayAfterClock24(text, s, e);
/** Minutes, and seconds when written ("14:05:33"): one group, so the groups after it keep their numbers. */
const MINUTES = '(\\d{2}(?::\\d{2})?)';
const CLOCK = pattern(new RegExp(
  `\\b(\\d{1,2})(?:[:.]${MINUTES})?\\s*(a\\.m\\.|p\\.m\\.|a\\.m|p\\.m|am|pm)(?!\\w)${ZONE}${DAY_AFTER}` +
    // A dot between hour and minutes ("19.30 GMT", "10.30 local time") only with its zone, "hrs" or a day ("at 22.00
    // tonight"): "closed at 19.30" is a price.
    `|\\b(\\d{1,2})(?::|\\.(?=\\d{2}(?:\\s?(?:hrs|hours)\\b|\\s+${ZONE_RE}\\b|\\s+local\\s+time\\b|${CLOCK_DAY_AFTER})))${MINUTES}(?:\\s?(?:hrs|hours)\\b|\\b${ZONE})(?![:.,]\\d)|\\b(noon|midday|midnight)\\b${ZONE}${DAY_AFTER}`,
  'gi',
), TRIGGER.clock);

/**
 * A day written just before a clock time: `April 3, 2019 at 3:30 p.m.`, `on 2 March, at 10 a.m.`, `Monday at noon`.
 * The time is of that day (the last one told), not of the day of writing. A lookbehind tried at the clock's start
 * only (sticky): a left context cut from the text and matched with `$` would be tried at every position of it.
 */
const DAY_BEFORE = new RegExp(
  `(?<=(?:\\b${MONTH_RE}\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s{1,3}${MONTH_RE}|\\b(?:1[0-9]{3}|20[0-9]{2})|\\b${WEEKDAY_RE})(?:,\\s{0,3}|\\s{1,3})(?:(?:at|around|about)\\s{1,3})?)`,
  'y',
);
/** Words the day before a clock time may end with, or stand before it after: "at", "around", "about". */
const CLOCK_LEAD_WORDS: ReadonlySet<string> = new Set(['at', 'around', 'about', 'st', 'nd', 'rd', 'th']);
const dayWrittenBefore = (text: string, at: number): boolean => {
  // The word right before rules out most clock times at a glance ("a.m. 11:30", "noon noon"): only a month, a weekday,
  // an ordinal's ending or a word of the lead can end what the pattern looks for (digits and commas leave no word).
  const word = wordBefore(text, at);
  if (word !== '' && !CLOCK_LEAD_WORDS.has(word) && monthOf(word) === undefined && weekdayOf(word) === undefined) return false;
  return matchesAt(DAY_BEFORE, text, at);
};

/**
 * A day right after a clock time: `11 a.m. on 11 November 1918`, `at 9 p.m., on June 5, 1944`,
 * `5:34 a.m. Baghdad time on March 20, 2003`, `at 2.15am on Saturday`, `3:30 p.m. local time Sunday`,
 * `5 p.m. New York time on April 12`, `2 a.m. last Saturday`, `5 p.m. on the last Friday in June`,
 * `4am on Christmas Day`, `10 a.m. on St. Patrick's Day`, `6 a.m. Easter Sunday`, `1am the following morning`,
 * `10 p.m. that day`, `5 a.m. the day after Christmas`, `09:15 this morning`, `8am on the 22nd`,
 * `8 p.m. ET in most states on Tuesday`, `5:30 p.m. on Holy Thursday`, `midnight on Black Friday`. The first time of a
 * span takes it too: `between midnight and 2am on New Year's Day`; `4 a.m. on the morning of 12 September`;
 * `4 a.m. on a Sunday in February 1987`; and so do the times of two spans joined:
 * `2 p.m. to 4 p.m. and 6 p.m. to 8 p.m. Thursday`.
 */
const DAY_FOLLOWS = new RegExp(
  `(?:(?:\\s{1,3}(?:and|to|until|till)\\s{1,3}|\\s{0,3}[-–]\\s{0,3})(?:\\d{1,2}(?:[:.]\\d{2})?\\s{0,3}(?:[ap]\\.?m\\.?)?|noon|midday|midnight)(?=[\\s,(–-])){0,3}` +
    `(?:\\s{1,3}(?:local(?:\\s{1,3}[Tt]ime)?|[A-Z][a-z]{1,20}(?:\\s{1,3}[A-Z][a-z]{1,20})?\\s{1,3}[Tt]ime|${ZONE_RE}\\b))?(?:\\s{0,3}\\([^()\\n]{1,30}\\))?` +
    // "at 7 a.m. in most states on Tuesday": a place between, then "on" and the day.
    // Not across a blank line: a new paragraph opens on its own ("shortly before 11 p.m.\n\nDaniel Day-Lewis became"),
    // nor onto the heading of a listing's next item.
    `(?:\\s{1,3}in\\s{1,3}(?:[A-Za-z'’-]+\\s{1,3}){0,3}?[A-Za-z'’-]+,?(?=\\s{1,3}on\\s))?,?(?![ \\t]*\\r?\\n[ \\t]*\\r?\\n)(?!${HEADING_BELOW})\\s{1,3}(?:on\\s{1,3})?(?:the\\s{1,3})?` +
    // "at 11 a.m. on the morning of 11 November 1918": the day named through its part.
    `(?:(?:morning|afternoon|evening|night)\\s{1,3}of\\s{1,3})?` +
    // "opened at 5 a.m. the day after Christmas", "at noon the day before March 3": a day counted from a named one.
    `(?:(?<=\\bthe\\s{1,3})day\\s{1,3}(?:after|before)\\s{1,3})?` +
    `(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s{1,3}of)?\\s{1,3}${MONTH_RE}|${MONTH_RE}\\s{1,3}\\d{1,2}\\b|(?:(?:first|second|third|fourth|last|next|this|a)\\s{1,3})?${WEEKDAY_RE}\\b|Fourth\\s{1,3}of\\s{1,3}July\\b|` +
    `(?:[A-Z][a-z]+\\.?(?:['’]s)?\\s{1,3}){1,2}(?:Day|Eve)\\b(?!-)|(?:Easter|Christmas|Thanksgiving|Good\\s{1,3}Friday)\\b|(?:Holy|Maundy|Palm|Ash|Shrove|Fat|Whit|Pentecost|Trinity|Black|Cyber)\\s{1,3}${WEEKDAY_RE}\\b|(?:(?<=the\\s{1,3})(?:following|next|previous|same)|that|this|yesterday|tomorrow|last(?=\\s{1,3}night))\\s{1,3}(?:day|morning|afternoon|evening|night)\\b|(?:election|polling|voting)\\s{1,3}day\\b|tonight\\b|(?:today|yesterday|tomorrow)\\b|` +
    `(?<=\\bon\\s{1,3}the\\s{1,3})\\d{1,2}(?:st|nd|rd|th)\\b)`,
  'y',
);
const dayWrittenAfter = (text: string, at: number): boolean => matchesAt(DAY_FOLLOWS, text, at);

/** Whose day a clock time with none named is: the day written just before it, the one written just after, or neither. */
const dayOfClock = (text: string, s: number, e: number): TimeFlags =>
  dayWrittenBefore(text, s) ? { anaphoric: true } : dayWrittenAfter(text, e) ? { dayAfter: true } : { dayless: true };

/**
 * "at 10:35 a.m. (0735 GMT)", "at 8:02 a.m. Saturday (0002 GMT)", "at 9:15 a.m. Beijing time (0115 GMT)", "at 10pm
 * (1900 GMT)", "at midnight Tuesday (2100 GMT)": the same moment told again on another zone's clock, in brackets after
 * the first (and its day). Not a time of its own: values keep the text's own clock, so it would put the one moment at
 * two places on the timeline.
 */
const RESTATED = new RegExp(`(?:\\d[:.]\\d\\d|(?<![a-z])[ap]\\.?m\\.?|\\b${ZONE_RE}|\\blocal(?:\\s+time)?|(?:\\d|(?<![a-z])[ap]\\.?m\\.?)\\s+[a-z]+(?:\\s+[a-z]+)?\\s+time|\\b(?:noon|midday|midnight))(?:\\s+(?:on\\s+)?(?:${FULL_WEEKDAY}|today|tomorrow|yesterday))?\\s*\\(\\s*$`, 'i');
/** Only after an opening bracket (a cheap look first: the pattern is asked about every clock time). */
function restated(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  return text.charCodeAt(i) === 40 && precededBy(text, at, RESTATED);
}

/**
 * A midnight with no day named: told in the past of the day of writing ("the attack began shortly after midnight"),
 * the one that began that day, written as the end of the day before (TIMEX3 keeps T24 for midnight); otherwise the
 * one that ends the day, as it is after an evening's clock time just told of that day ("the truce took effect at 9
 * p.m. … By midnight the guns were quiet").
 */
const midnightOf = (day: Resolver): Resolver => (ctx) =>
  ctx.tense === 'past' && !afterEveningOfBase(ctx) ? `${offsetResolver('day', -1)(ctx)}T24:00` : `${day(ctx)}T24:00`;
/** Is the time told last a clock time of the evening (see EVENING_MINUTE) of the base day? */
function afterEveningOfBase({ base, previous }: ResolveContext): boolean {
  return previous?.minute !== undefined && previous.minute >= EVENING_MINUTE && base?.day !== undefined &&
    previous.day === base.day && previous.month === base.month && previous.year === base.year;
}

/**
 * A part of the day right after a clock time with no half written: "7:30 tonight", "3:30 this afternoon", "4 o'clock
 * yesterday afternoon", "10:15 last night", "7:30 Friday night", "8 o'clock on Friday night", "2:17 on a Tuesday afternoon".
 */
const PART_AFTER = /^\s+(?:(tonight)|(?:last|tomorrow|that|(?:on\s+)?\w+day)\s+(night)|(?:this|tomorrow|yesterday|that|on\s+(?:an?\s+)?\w+|\w+day)\s+(evening|afternoon))\b/i;
/**
 * …or with "at" right before it: "last night at around 10:30", "Tuesday evening at 7:15", "this afternoon at 3:30".
 */
const PART_AT_BEFORE = /\b(?:(tonight)|(?:last|to|tomorrow|that|\w+day)\s+(night|evening)|(?:this|tomorrow|that|\w+day)\s+(evening|afternoon))\s+at\s+(?:(?:around|about|approximately)\s+)?$/i;
/** The hours of the afternoon's or evening's half that a part of the day tells apart ("last night at 1:30" is in the small hours). */
const PM_HOURS: Readonly<Record<string, readonly [number, number]>> = { tonight: [1, 11], evening: [1, 11], night: [6, 11], afternoon: [1, 7] };
const inPmHalf = (m: RegExpExecArray | null, h: number): boolean => {
  const hours = PM_HOURS[(m?.[1] ?? m?.[2] ?? m?.[3] ?? '').toLowerCase()];
  return hours !== undefined && h >= hours[0] && h <= hours[1];
};
/** Is the hour `h` of a clock time at `s`–`e` in the afternoon's or evening's half by a part of the day named next to it? */
const pmByPart = (text: string, s: number, e: number, h: number): boolean =>
  inPmHalf(PART_AFTER.exec(text.slice(e, e + 28)), h) || inPmHalf(PART_AT_BEFORE.exec(text.slice(Math.max(0, s - 48), s)), h);

/**
 * "received the call at 4:52 p.m. and arrived at 4:58": an hour written bare soon after an afternoon's or evening's
 * clock in its sentence, the same hour or a few after it, is in that half of the day too.
 */
function pmByClockBefore(text: string, s: number, e: number, h: number): boolean {
  const before = text.slice(Math.max(0, s - PM_CLOCK_REACH), s);
  // Not an hour with a morning or a day of its own after it ("returned at 10:30 the next morning").
  if (!before.includes('p') || DAY_OR_PART_AFTER.test(text.slice(e, e + 24))) return false;
  const m = PM_CLOCK_BEFORE.exec(before);
  const pmHour = m ? Number(m[1]) % 12 : undefined;
  return pmHour !== undefined && h >= pmHour && h - pmHour <= PM_HOURS_ON;
}
const PM_CLOCK_REACH = 64;
/** The afternoon's or evening's clock, then the rest of the sentence up to the bare hour. */
const PM_CLOCK_BEFORE = /\b(\d{1,2})(?:[:.]\d\d)?\s?p\.?m\b\.?(?:\s+[A-Z][DS]?T\b)?[^.!?\n]{1,50}$/i;
/** A part of the day or a day right after the bare hour. */
const DAY_OR_PART_AFTER = /^,?\s+(?:(?:on|in)\s+)?(?:the\s+)?(?:(?:next|following|same)\s+)?(?:morning|afternoon|evening|night|day|tonight|today|tomorrow|[A-Z][a-z]+day)\b/;
/** How many hours on from that clock a bare one may be. */
const PM_HOURS_ON = 3;

/** A clock time and the word that ends a span of hours after it: "5 a.m. until ", "9pm-", "18:00 to ". */
const SPAN_FROM_HOUR_BEFORE = /\d(?:\s?[ap]\.?m\.?)?(?:\s*[-–]\s*|\s+(?:to|until|till)\s+)$/i;
/** What follows the first time of a span of hours: "and 2am", "to 6", "-4pm". */
const SPAN_TO_HOUR = /^(?:\s+(?:and|to|until|till)\s+|\s*[-–]\s*)\d/i;
/** A span's end at first light: "until dawn", and after "between" only, "and dawn" ("until midnight and dawn came late" is none). */
const SPAN_TO_DAWN = /^\s+(?:(to|until|till)|and)\s+(?:dawn|daybreak|sunrise|first\s+light)\b/i;
const opensSpanToDawn = (text: string, s: number, e: number): boolean => {
  const m = SPAN_TO_DAWN.exec(text.slice(e, e + 20));
  return m !== null && (m[1] !== undefined || precededBy(text, s, BETWEEN_BEFORE));
};
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** A 12-hour clock's hour on the 24-hour clock: 12 a.m. is 0, 1 p.m. is 13; without a half of the day, as written. */
const hour24 = (h: number, half: string | undefined): number => (half === 'p' && h < 12 ? h + 12 : half === 'a' && h === 12 ? 0 : h);
/** A 12-hour clock's hour in the part of the day named with it ("four in the morning", "10 tonight"); 12 at night is midnight, the day's end. */
const hourOfPart24 = (h: number, part: string): number => (part === 'night' && h === 12 ? 24 : hour24(h, part === 'morning' ? 'a' : 'p'));

/**
 * The same moment restated in brackets on the GMT clock with its weekday, maybe after the clock's own zone: "(0415 GMT
 * Wednesday)", " Washington time (0000 GMT Wednesday)".
 */
const RESTATED_WITH_DAY = new RegExp(`^(?:\\s+(?:local\\s+time|${CITY_TIME_RE}))? \\((\\d\\d)\\d\\d\\s+(?:GMT|UTC)\\s+(${FULL_WEEKDAY})\\)`);
/**
 * "at 11:15 p.m. EST (0415 GMT Wednesday)", "at 8 p.m. Washington time (0000 GMT Wednesday)": the weekday is the GMT
 * clock's, so the local clock's day is that day, or the one before or after where the hours say the zone's midnight
 * falls between ("11 p.m." against "0415" is five hours behind, on Tuesday).
 */
function dayOfRestatement(text: string, e: number, clockTime: string): Resolver | undefined {
  const m = RESTATED_WITH_DAY.exec(text.slice(e, e + 64));
  const weekday = m ? weekdayOf(m[2] ?? '') : undefined;
  if (!m || !weekday) return undefined;
  const gmtHour = Number(m[1]);
  let offset = Number(clockTime.slice(0, 2)) - gmtHour;
  if (offset > 12) offset -= 24;
  else if (offset < -12) offset += 24;
  const days = Math.floor((gmtHour + offset) / 24);
  const gmtDay = weekdayResolver(weekday);
  return days === 0 ? gmtDay : (ctx) => {
    const day = parseDay(gmtDay(ctx));
    return day ? formatAt(shift(day, 'day', days), 'day') : gmtDay(ctx);
  };
}

/** `3:30 p.m.`, `10 a.m.`, `10:15 EDT`, `noon`, `midnight`, `noon Thursday`. */
const clock: Parser = (text) =>
  scan(text, CLOCK, (m, s, e) => {
    // "14:05:33" read from its second colon on would be "05:33": a clock starts where its digits do.
    if (restated(text, s) || /\d[:.]$/.test(text.slice(Math.max(0, s - 2), s))) return undefined;
    // Groups: 1–3 clock, 4–5 its day; 6–7 "at 10:15"; 8 noon/midnight, 9–10 its day.
    if (m[6] !== undefined && !isClock24(text, s, e, m[0])) return undefined;
    // "at 22.00 tonight": a dotted hour with only its day after is a clock after "at" alone ("fell to 12.50 on Friday"
    // is a price).
    if (m[6] !== undefined && m[0].includes('.') && !CLOCK_24_OWN.test(m[0]) && !precededBy(text, s, AT_CLOCK_BEFORE)) return undefined;
    // "High Noon" (the film), "high noon comes today": a showdown, not a clock time.
    if (m[8] && precededBy(text, s, /\bhigh\s+$/i)) return undefined;
    const named = m[4] ?? m[5] ?? m[9] ?? m[10];
    let clockTime: string;
    if (m[8]) {
      // A midnight that opens a span of hours ("between midnight and 2am"), or one of a named day that something came
      // after ("shortly after midnight on Sunday"), is the start of the day.
      const ofDay = named !== undefined || dayWrittenAfter(text, e);
      const opensDay = SPAN_TO_HOUR.test(text.slice(e, e + 12)) || opensSpanToDawn(text, s, e) || (ofDay && precededBy(text, s, /\bafter\s+$/i));
      clockTime = m[8].toLowerCase() !== 'midnight' ? '12:00' : opensDay ? '00:00' : '24:00';
    } else {
      const h = Number(m[1] ?? m[6]);
      // Minutes, maybe with seconds ("30", "05:33"), read without a split: this runs for every clock time.
      const minutes = m[2] ?? m[7] ?? '00';
      const colon = minutes.indexOf(':');
      const min = Number(colon < 0 ? minutes : minutes.slice(0, colon));
      const sec = colon < 0 ? undefined : Number(minutes.slice(colon + 1));
      // "7:30 tonight", "at 9 this evening", "last night at 10:30": an hour with no half of the day written is in the
      // evening's half.
      // Not "05:00 tonight": an hour written with its leading zero is on the 24-hour clock.
      const ampm = (m[3] ?? '').toLowerCase() || (h >= 1 && h < 12 && !(m[1] ?? m[6] ?? '').startsWith('0') &&
        (pmByPart(text, s, e, h) || (m[6] !== undefined && pmByClockBefore(text, s, e, h))) ? 'pm' : '');
      if (h > 24 || min > 59 || (sec ?? 0) > 59 || (ampm && (h > 12 || h === 0))) return undefined;
      clockTime = `${pad2(hour24(h, ampm[0]))}:${pad2(min)}${sec === undefined ? '' : `:${pad2(sec)}`}`;
    }
    // "10am-9pm daily", "open daily from 10am", "Thursdays, 6-8pm": the hour of every such day, not of one.
    if (!named && recurs(text, s, e)) return time(s, e, `XXXX-XX-XXT${clockTime}`);
    // "a warning from 6 p.m. Tuesday to 6 a.m. Thursday": the end of a span of days is the first such day after its start.
    const endOfSpan = named !== undefined && weekdayOf(named) !== undefined && spanStartBefore(text, s);
    const restatedDay = named === undefined && text.charCodeAt(e) === 32 && (text.charCodeAt(e + 1) === 40 || isAsciiUpper(text.charCodeAt(e + 1)) || text.startsWith('local', e + 1))
      ? dayOfRestatement(text, e, clockTime)
      : undefined;
    if (restatedDay) return time(s, e, withTime(restatedDay, clockTime));
    const namedDay = named && dayResolver(named);
    const day = (endOfSpan && weekdayResolver(weekdayOf(named)!, 1)) || (namedDay && updateStamp(text, s) ? postedBy(namedDay) : namedDay) || TODAY;
    // A stamp is of the day of writing, whatever day its entry talks of.
    const flags = endOfSpan ? { anaphoric: true } : named || isStamp(text, s, e) ? undefined
      : m[6] !== undefined && serviceOnDayLater(text, s, e) ? { dayAfter: true } : dayOfClock(text, s, e);
    // A midnight with a day written near it ("on Wednesday at midnight") ends that day, as one named with it does, and
    // so does one that closes a span of hours ("stopped work from 5 a.m. until midnight"): the day of the span's start.
    const value = clockTime === '24:00' && !named && (flags === undefined || flags.dayless) && !precededBy(text, s, SPAN_FROM_HOUR_BEFORE) ? midnightOf(day)
      : flags?.dayless ? afterLateClock(clockTime, ((m[3] ?? '').toLowerCase().startsWith('a') || (m[6] ?? '').startsWith('0')) && eveningClockInClause(text, s)) : withTime(day, clockTime);
    return time(s, e, value, flags);
  });

/**
 * "walked out shortly before 11:30 p.m. … at a briefing at 1 a.m.": an hour of the small hours after a late-evening
 * time of the day told is of the next day, the story going on through the night (not back to the early morning). So is
 * any morning's hour (a.m., or 24-hour with its zero) told after an evening's in its own clause (`morningOn`), ahead
 * too: "departed at 10:30 p.m. Tuesday and landed at 6:10 a.m.", "will leave at 22:30 and arrive at 06:10".
 */
const afterLateClock = (clockTime: string, morningOn: boolean): Resolver => (ctx) => {
  const told = ctx.base?.minute;
  const hour = Number(clockTime.slice(0, 2));
  const next = told !== undefined && ((told >= 20 * 60 && hour < 6 && ctx.tense !== 'future') || (morningOn && told >= EVENING_MINUTE && hour < 12));
  return `${offsetResolver('day', next ? 1 : 0)(ctx)}T${clockTime}`;
};
/**
 * An evening's clock earlier in the clause, with no word between that looks back ("had", "earlier", "before"): "left at
 * 9:45 p.m. on Sunday and arrived at". A lookbehind tried at the clock's start only (sticky), which reads back from it
 * once; a left context cut from the text and matched with `$` would be tried from every position of it.
 */
const EVENING_CLOCK_IN_CLAUSE = /(?<=(?:\b(?:[6-9]|1[01])(?:[:.]\d\d)?\s?p\.?m\b\.?|\b(?:1[89]|2[0-3]):\d\d\b)(?:(?!\b(?:had|earlier|before)\b)[^.!?;\n]){1,80})/iy;
const eveningClockInClause = (text: string, s: number): boolean => {
  const before = text.slice(Math.max(0, s - 100), s);
  if (!before.includes('p') && !before.includes(':')) return false;
  return matchesAt(EVENING_CLOCK_IN_CLAUSE, text, s);
};

const CLOCK_OF_PART = pattern(
  /\b(\d{1,2})(?:[:.](\d{2}))?(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b|\b(\d{1,2})\s+o['’]clock\b/gi,
  TRIGGER.clock,
);
/** `4 in the morning`, `10 at night`, `3 o'clock in the afternoon`, `at 4 o'clock`: the hour and which half of the day. */
const clockOfPart: Parser = (text) =>
  scan(text, CLOCK_OF_PART, (m, s, e) => {
    const h = Number(m[1] ?? m[5]);
    const min = Number(m[2] ?? 0);
    const part = (m[3] ?? m[4] ?? '').toLowerCase();
    if (h < 1 || h > 12 || min > 59) return undefined;
    // "at 4 o'clock" alone: a time, but which half of the day the text leaves open; the written hour is kept.
    const half = part === 'afternoon' || part === 'evening' || (part === 'night' && h >= 6) ? 'p' : part === 'morning' ? 'a' : undefined;
    // "at 4 o'clock yesterday afternoon": the part written after it gives the half.
    const told = half ?? (pmByPart(text, s, e, h) ? 'p' : undefined);
    // "12 at night" is midnight, the end of the day.
    const hour = part === 'night' && h === 12 ? 24 : hour24(h, told);
    const clockTime = `${pad2(hour)}:${pad2(min)}`;
    // "every morning at 6 o'clock", as a schedule's "9am daily" (see recurs).
    if (recurs(text, s, e)) return time(s, e, `XXXX-XX-XXT${clockTime}`);
    return time(s, e, withTime(TODAY, clockTime), dayOfClock(text, s, e));
  });

const WORD_HOUR_OF_PART = pattern(
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?\s+(?:in\s+the\s+(morning|afternoon|evening)|at\s+(night))\b/gi,
  TRIGGER.dayPart,
);
/** A word that takes a time right before an hour said in words: "at about", "until", "by". */
const TAKES_WORD_HOUR_BEFORE = /\b(?:at|about|around|until|till|by|before|after|since|from|to)\s+$/i;
/**
 * `at four in the morning`, `about five in the afternoon`, `six o'clock in the evening`, `until ten at night`: an hour
 * said in words, in the half of the day named after it; after a word that takes a time ("one in the morning paper" is
 * no time), or with "o'clock".
 */
const wordHourOfPart: Parser = (text) =>
  scan(text, WORD_HOUR_OF_PART, (m, s, e) => {
    if (!/o['’]clock/i.test(m[0]) && !precededBy(text, s, TAKES_WORD_HOUR_BEFORE)) return undefined;
    const h = HOUR_WORDS.indexOf((m[1] ?? '').toLowerCase());
    const part = (m[2] ?? m[3] ?? '').toLowerCase();
    if (h < 1 || (part === 'night' && h < 6)) return undefined;
    return time(s, e, withTime(TODAY, `${pad2(hourOfPart24(h, part))}:00`), dayOfClock(text, s, e));
  });

const HOUR_OF_PART = pattern(
  /\b(?:at(?:\s+(?:about|around))?|until|till|since|before|after)\s+(\d{1,2})\s+(?:(?:this|tomorrow|yesterday)\s+(morning|afternoon|evening)|(tonight)|last\s+(night))\b/gi,
  TRIGGER.dayPart,
);
/**
 * `at 3 this morning`, `until 10 tonight`, `at 11 last night`: a bare hour, as broadcasts say it, in the half of the day
 * the part right after names; the part is a timex of its own and gives the hour its day, as in `09:15 this morning`.
 * Only after a word that takes a time (not "by" nor "from": "the toll rose to 12 from 3 this morning" is a count).
 */
const hourOfPart: Parser = (text) =>
  scan(text, HOUR_OF_PART, (m, s) => {
    const h = Number(m[1]);
    const part = (m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
    // "at 2 last night" is the small hours of the day of writing, not the night before: left to the reader.
    if (h < 1 || h > 12 || (part === 'night' && h < 6)) return undefined;
    const start = s + m[0].search(/\d/);
    const end = start + (m[1] ?? '').length;
    return time(start, end, withTime(TODAY, `${pad2(hourOfPart24(h, part === 'tonight' ? 'night' : part))}:00`), dayOfClock(text, start, end));
  });

const PART_THEN_HOUR = pattern(
  /\b(this|tomorrow|yesterday|last|tonight)(?:\s+(morning|afternoon|evening|night))?\s+at\s+(\d{1,2})(?=\s*(?:[,;:!?)—–]|\.(?!\d)|$)|\s+(?:on|in|for|with|when|and|as|here|there|Eastern|Central|Pacific|Mountain)\b)/gi,
  TRIGGER.dayPart,
);
/** The words before a part of the day that name its day, and the parts each takes. */
const PART_DAY_WORDS: Readonly<Record<string, readonly string[]>> = {
  this: ['morning', 'afternoon', 'evening'], tomorrow: ['morning', 'afternoon', 'evening', 'night'],
  yesterday: ['morning', 'afternoon', 'evening'], last: ['night'], tonight: [''],
};
/**
 * `tonight at 11`, `tomorrow morning at 9`, `last night at 10`: the bare hour after a part of the day, in its half and
 * of its day. Only before a stop or a word that ends the time: "closed tonight at 12 percent", "at 1,400" are figures.
 */
const partThenHour: Parser = (text) =>
  scan(text, PART_THEN_HOUR, (m, s, e) => {
    const word = (m[1] ?? '').toLowerCase();
    const part = (m[2] ?? '').toLowerCase();
    const h = Number(m[3]);
    const day = dayResolver(word);
    if (!day || !PART_DAY_WORDS[word]?.includes(part) || h < 1 || h > 12 || ((part === 'night' || word === 'tonight') && h < 6)) return undefined;
    return time(e - (m[3] ?? '').length, e, withTime(day, `${pad2(hourOfPart24(h, word === 'tonight' ? 'night' : part))}:00`));
  });

/** Just before a clock time with "a.m." or "p.m.": another hour and a word or dash that makes the two a span. */
const SPAN_START_BEFORE = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(-|–|\s(?:to|and|until|till)\s)\s*$/;
const OWN_HOUR = /^(\d{1,2})(?:[:.]\d{2})?\s*([ap])/i;
/**
 * The first end of a span of clock times that share one "a.m." or "p.m.": the 2 of `between 2 and 4 p.m.`, of `2-4pm`,
 * of `from 10 to 2 pm` (before noon, then: a span runs forward). Found from the clock times already read, so no
 * pattern runs again over every number of the text.
 */
const clockSpanStarts = (text: string, clocks: readonly Draft[]): Draft[] =>
  clocks.flatMap((c) => {
    const own = OWN_HOUR.exec(text.slice(c.start, c.end));
    const m = own ? SPAN_START_BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start)) : null;
    if (!own || !m) return [];
    const meridiem = (own[2] ?? '').toLowerCase();
    const [h, min, h2] = [Number(m[1]), Number(m[2] ?? 0), Number(own[1])];
    if (h < 1 || h > 12 || h2 < 1 || h2 > 12 || min > 59) return [];
    const s = c.start - m[0].length;
    // "2-4pm" is a span, "between 2 and 4 p.m." too; "scored 2 and 4 p.m." would be odd, so a word pair needs "between".
    if (!/[-–]/.test(m[3] ?? '') && !precededBy(text, s, /\b(?:between|from)\s+$/i)) return [];
    // "from 10 to 2 pm": a first hour above the second (and neither noon) is before noon.
    const hour = hour24(h, meridiem === 'p' && h > h2 && h2 !== 12 && h !== 12 ? 'a' : meridiem);
    const end = s + (m[2] !== undefined ? `${m[1]}:${m[2]}`.length : (m[1] ?? '').length);
    const clockTime = `${pad2(hour)}:${pad2(min)}`;
    // The span of a schedule ("Thursdays, 6-8pm") recurs as its second time does.
    if (typeof c.value === 'string' && c.value.startsWith('XXXX')) return [time(s, end, `XXXX-XX-XXT${clockTime}`)];
    return [time(s, end, withTime(TODAY, clockTime), sharedDay(text, s, c)), ...spanJoinedBefore(text, s, c, meridiem, h2)];
  });
/**
 * The clock times read on their own, but for those that start a span and share the "a.m." or "p.m." of its end: the
 * 8:30 of "from 8:30 to 10 p.m." is 20:30, not the morning its own reading gives.
 */
function withoutSpanStarts(clocks: readonly Draft[], spanStarts: readonly Draft[]): readonly Draft[] {
  if (spanStarts.length === 0) return clocks;
  const starts = new Set(spanStarts.map((d) => d.start));
  return clocks.filter((c) => !starts.has(c.start));
}
/** A span of bare hours joined by "and" before another: the "2-4" of "2-4 and 7-9 p.m. Thursday". */
const SPAN_JOINED_BEFORE = /\b(\d{1,2})\s*[-–]\s*(\d{1,2})\s+and\s+$/;
/**
 * "Friends may call 2-4 and 7-9 p.m. Thursday": the hours of a span of bare hours joined to a span of clock times that
 * share its "a.m." or "p.m." (the hours running forward to the span's end), each a time of its day.
 */
function spanJoinedBefore(text: string, s: number, c: Draft, meridiem: string, last: number): Draft[] {
  if (!text.startsWith('and ', s - 4)) return [];
  const m = SPAN_JOINED_BEFORE.exec(text.slice(Math.max(0, s - 16), s));
  if (!m) return [];
  const at = s - m[0].length;
  const hours = [Number(m[1]), Number(m[2])];
  if (hours.some((h) => h < 1 || h > 12)) return [];
  const ends = [at, at + m[0].indexOf(m[2]!, m[1]!.length)];
  return hours.map((h, k) => {
    const clockTime = `${pad2(hour24(h, meridiem === 'p' && h > last && last !== 12 && h !== 12 ? 'a' : meridiem))}:00`;
    return time(ends[k]!, ends[k]! + String(m[k + 1]).length, withTime(TODAY, clockTime), sharedDay(text, ends[k]!, c));
  });
}
/**
 * Whose day an hour is that shares the "a.m." or "p.m." of the clock time `c` after it: the day written around them, or
 * the one read into `c` ("from 4 to 7 p.m. Friday", "at 8 and 10 a.m. Sunday").
 */
function sharedDay(text: string, s: number, c: Draft): TimeFlags {
  const flags = dayOfClock(text, s, c.end);
  const dayInClock = flags.dayless && (OWN_CLOCK.exec(text.slice(c.start, c.end))?.[0].length ?? Infinity) < c.end - c.start;
  return dayInClock ? { dayAfter: true } : flags;
}
/** A clock time up to its "a.m." or "p.m.", to tell whether a day was read into the draft after it. */
const OWN_CLOCK = /^\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b\.?/i;

/**
 * Just before a clock time with "a.m." or "p.m.", after "at": the other hours of a list that share it ("at 7, 8:30 and
 * 10 a.m.", "at 9 and 11 a.m."). A word list needs its "at": "scored 2 and 4 p.m." is no schedule.
 */
const LIST_BEFORE = /\bat\s+((?:\d{1,2}(?::\d{2})?,\s+){0,4}\d{1,2}(?::\d{2})?),?\s+and\s+$/;
const LIST_HOUR = /(\d{1,2})(?::(\d{2}))?/g;
/** The hours listed before a clock time that share its "a.m." or "p.m.", each a time of the clock's day. */
const clockListItems = (text: string, clocks: readonly Draft[]): Draft[] =>
  clocks.flatMap((c) => {
    if (!text.startsWith('and ', c.start - 4)) return [];
    const own = OWN_HOUR.exec(text.slice(c.start, c.end));
    const m = own ? LIST_BEFORE.exec(text.slice(Math.max(0, c.start - 48), c.start)) : null;
    if (!own || !m) return [];
    const meridiem = (own[2] ?? '').toLowerCase();
    const h2 = Number(own[1]);
    const listStart = c.start - m[0].length + m[0].indexOf(m[1]!);
    const items: Draft[] = [];
    LIST_HOUR.lastIndex = 0;
    for (let x = LIST_HOUR.exec(m[1]!); x; x = LIST_HOUR.exec(m[1]!)) {
      const [h, min] = [Number(x[1]), Number(x[2] ?? 0)];
      if (h < 1 || h > 12 || min > 59) return [];
      // "at 11 and 1 p.m.": an hour above the last (and neither noon) is before noon, the list running forward.
      const clockTime = `${pad2(hour24(h, meridiem === 'p' && h > h2 && h2 !== 12 && h !== 12 ? 'a' : meridiem))}:${pad2(min)}`;
      const s = listStart + x.index;
      const e = s + x[0].length;
      items.push(typeof c.value === 'string' && c.value.startsWith('XXXX') ? time(s, e, `XXXX-XX-XXT${clockTime}`)
        : time(s, e, withTime(TODAY, clockTime), sharedDay(text, s, c)));
    }
    return items;
  });

/**
 * After a clock time with "a.m." or "p.m.", later in its sentence: a bare hour after "at", "before", "after", "until"
 * closing a clause ("polls closed at 8 p.m., and results were posted shortly before 10", "a work session at 5:30 p.m.,
 * followed by the regular meeting at 7"). Not after "by" or "about", which measure ("passed by 10").
 */
const HOUR_AFTER_CLOCK = /^[^.;:!?\n]{1,60}?\b(?:at|before|after|until|till)\s+(\d{1,2})(?=\s*(?:[.,;!?]|$))/;
/**
 * The bare hour told after a clock time, on that clock's day: the first hour of that number from the clock's on, within
 * the same day ("8 p.m. … before 10" is 22:00, "9 a.m. … until 2" is 14:00).
 */
const hoursAfterClocks = (text: string, clocks: readonly Draft[]): Draft[] =>
  clocks.flatMap((c) => {
    const own = OWN_HOUR.exec(text.slice(c.start, c.end));
    const m = own ? HOUR_AFTER_CLOCK.exec(text.slice(c.end, c.end + 64)) : null;
    if (!own || !m) return [];
    const [h, from] = [Number(m[1]), hour24(Number(own[1]), (own[2] ?? '').toLowerCase())];
    if (h < 1 || h > 12) return [];
    const hour = [h % 12, (h % 12) + 12].find((x) => x >= from);
    if (hour === undefined) return [];
    const s = c.end + m[0].length - (m[1] ?? '').length;
    const clockTime = `${pad2(hour)}:00`;
    return [typeof c.value === 'string' && c.value.startsWith('XXXX') ? time(s, s + (m[1] ?? '').length, `XXXX-XX-XXT${clockTime}`)
      : time(s, s + (m[1] ?? '').length, withTime(TODAY, clockTime), { anaphoric: true })];
  });

const informalClockPattern = (fraction: string) =>
  new RegExp(`\\b(${fraction})\\s+(past|after|to)\\s+(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b(?:\\s*(a\\.m\\.?|p\\.m\\.?|am|pm)(?!\\w)|\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night)))?`, 'gi');
/** One pattern per trigger word: a window around "half" or around "quarter". */
const INFORMAL_CLOCKS = [pattern(informalClockPattern('half'), TRIGGER.half), pattern(informalClockPattern('(?:a\\s+)?quarter'), TRIGGER.quarter)];
const HOUR_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** `half past three`, `a quarter to five in the afternoon`, `quarter past 9 pm`: the hour as told, in its half of the day. */
const informalClock: Parser = (text) =>
  INFORMAL_CLOCKS.flatMap((re) => scan(text, re, (m, s, e) => {
    const word = (m[3] ?? '').toLowerCase();
    const told = /^\d+$/.test(word) ? Number(word) : HOUR_WORDS.indexOf(word);
    if (told < 1 || told > 12) return undefined;
    const minutes = /^half/i.test(m[1] ?? '') ? 30 : 15;
    const to = /^to$/i.test(m[2] ?? '');
    const [h, min] = to ? [told === 1 ? 12 : told - 1, 60 - minutes] : [told, minutes];
    const afternoon = /^p/i.test(m[4] ?? '') || /afternoon|evening/i.test(m[5] ?? '') || (m[6] !== undefined && told >= 6);
    const hour = hour24(h, afternoon ? 'p' : (m[4] ?? '')[0]?.toLowerCase());
    return time(s, e, withTime(TODAY, `${pad2(hour)}:${pad2(min)}`), dayOfClock(text, s, e));
  }));

const SPOKEN_CLOCK = pattern(/\b[ap]\.m\.|\bo['’]clock\b/gi, TRIGGER.spokenClock);
/** An hour in words and its minutes, if said, right before "a.m.", "p.m." or "o'clock": "eight", "ten thirty", "seven forty-five". */
const SPOKEN_HOUR_BEFORE = new RegExp(`\\b(${HOUR_WORDS.slice(1).join('|')})(?:[\\s-](oh[\\s-](?:one|two|three|four|five|six|seven|eight|nine)|${NUMBER_WORD_RE}))?\\s{1,3}$`, 'i');
/**
 * `eight p.m.`, `six o'clock`, `ten thirty a.m.`: a clock time said in words, as transcripts write it; the half of the day
 * from "a.m."/"p.m." or, after "o'clock", from a part of the day named next to it ("eight o'clock tonight").
 */
const spokenClock: Parser = (text) =>
  scan(text, SPOKEN_CLOCK, (m, at, e) => {
    // After a word only: "8 p.m." is the clock pattern's.
    if (!isAsciiLetter(text.charCodeAt(at - 2))) return undefined;
    const hour = SPOKEN_HOUR_BEFORE.exec(text.slice(Math.max(0, at - 32), at));
    if (!hour) return undefined;
    const s = at - hour[0].length;
    const h = HOUR_WORDS.indexOf((hour[1] ?? '').toLowerCase());
    const min = hour[2] ? numberValue(hour[2].replace(/^oh[\s-]/i, '')) : 0;
    if (h < 1 || min === undefined || min > 59 || (hour[2] && !/^oh/i.test(hour[2]) && min < 10)) return undefined;
    const half = /^[ap]\./i.test(m[0]) ? m[0][0]!.toLowerCase() : pmByPart(text, s, e, h) ? 'p' : undefined;
    const clockTime = `${pad2(hour24(h, half))}:${pad2(min)}`;
    // "at her desk by eight o'clock every day": the hour of every such day (see recurs).
    if (recurs(text, s, e)) return time(s, e, `XXXX-XX-XXT${clockTime}`);
    return time(s, e, withTime(TODAY, clockTime), dayOfClock(text, s, e));
  });

/**
 * `9/8c`, `8:30/7:30c`: a network's hour on the East Coast, then the Central one an hour earlier, as TV listings give
 * it; an evening's hour ("New episodes air Wednesdays at 9/8c"). (Not "12/11c", which may be either side of midnight.)
 */
const NETWORK_HOUR = pattern(/\b(\d{1,2})(?::([0-5]\d))?\/(\d{1,2})(?::[0-5]\d)?c\b/g, TRIGGER.digit);
const networkHour: Parser = (text) =>
  scan(text, NETWORK_HOUR, (m, s, e) => {
    const [h, central] = [Number(m[1]), Number(m[3])];
    if (h < 2 || h > 11 || central !== h - 1) return undefined;
    const clockTime = `${pad2(hour24(h, 'p'))}:${m[2] ?? '00'}`;
    if (recurs(text, s, e)) return time(s, e, `XXXX-XX-XXT${clockTime}`);
    return time(s, e, withTime(TODAY, clockTime), dayOfClock(text, s, e));
  });

const ZONED_HOUR = pattern(
  new RegExp(`\\b(?:at|by|until|till|before|after|around|about)\\s+(\\d{1,2})\\s+(?:${ZONE_RE}\\b(?!\\s+(?!(?:on|and|or|to|until|in|at|for|from|when|this|that|today|tonight|tomorrow|yesterday)\\b)[a-z])|${SPOKEN_ZONE_RE})`, 'g'),
  TRIGGER.clock,
);
/**
 * `at 7 Eastern`, `by 5 GMT`, `until 9 ET on Sunday`: a bare hour with its zone, as broadcasts and wires say it, after a
 * word that takes a time; the hour as written. Not before a noun ("after 3 CT scans").
 */
const zonedHour: Parser = (text) =>
  scan(text, ZONED_HOUR, (m, s, e) => {
    const h = Number(m[1]);
    if (h > 23) return undefined;
    const start = s + m[0].search(/\d/);
    return time(start, e, withTime(TODAY, `${pad2(h)}:00`), dayOfClock(text, start, e));
  });

const CITY_TIME_AFTER = new RegExp(`^\\s+${CITY_TIME_RE}`);
const MILITARY = pattern(new RegExp(
  `\\b([01]\\d|2[0-3])([0-5]\\d)(?:\\s?(?:hrs|hours)\\b|(?=\\s${ZONE_RE}\\b)|(?=\\s+local\\s+time\\b)|(?=\\s+${CITY_TIME_RE})|(?=${CLOCK_DAY_AFTER}))${ZONE}`,
  'g',
), TRIGGER.clock);
/**
 * Military and wire-service times, four digits with "hours" or a zone: `0600 GMT`, `at 2300 hours`, `1430hrs`, `1430
 * local time`, `at 1700 Kabul time`. A count of hours ("1500 hours of overtime") has no zone and no "at" before it, nor
 * a leading zero.
 */
const military: Parser = (text) =>
  scan(text, MILITARY, (m, s, e) => {
    if (restated(text, s)) return undefined;
    // A city's clock only after a word that takes a time ("In 1945 Berlin time" is a year).
    const zoned = /[A-Z]T$/.test(m[0]) || /^\s+local\s+time\b/.test(text.slice(e, e + 12)) ||
      (CITY_TIME_AFTER.test(text.slice(e, e + 32)) && precededBy(text, s, CLOCK_24_WORD_BEFORE));
    if (!zoned && !m[1]?.startsWith('0') && !precededBy(text, s, CLOCK_24_WORD_BEFORE)) return undefined;
    // "at 1530 on Thursday": with neither "hrs" nor a zone, only after "at" ("rose to 1520 on Friday" is a price).
    if (!zoned && !/h/i.test(m[0]) && !precededBy(text, s, AT_CLOCK_BEFORE)) return undefined;
    return time(s, e, withTime(TODAY, `${m[1]}:${m[2]}`), dayOfClock(text, s, e));
  });

/** A day's ordinal ending, as the spoken date is written: `October 29th`, `the 3rd of May`. */
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
/** The second day of a night that runs over two: `14/15 March`, `March 14-15`. */
const NEXT_DAY = '(?:\\s*[/–-]\\s*(\\d{1,2}))?';
const PART_OF_DATE = pattern(new RegExp(
  `\\b[Tt]he\\s+(?:early\\s+|late\\s+)?(morning|afternoon|evening|night)(?:\\s+hours)?\\s+of\\s+(?:(?:the\\s+)?(\\d{1,2})${ORDINAL_SUFFIX}${NEXT_DAY}\\s+(?:of\\s+)?(${MONTH_RE})|(${MONTH_RE})\\s+(\\d{1,2})${ORDINAL_SUFFIX}${NEXT_DAY})\\b(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?`,
  'g',
), TRIGGER.dayPart);
/**
 * `the night of 20 June 1791`, `the morning of April 19`, `the evening of October 29th`, `the early morning hours of 30 April`: a part of a dated day
 * is a TIME (TimeML). A night written with both its days (`the night of 14/15 March`) is the night of the first.
 */
const partOfDate: Parser = (text) =>
  scan(text, PART_OF_DATE, (m, s, e) => {
    const part = PART[(m[1] ?? '').toLowerCase()];
    const month = monthOf(m[4] ?? m[5] ?? '');
    const day = Number(m[2] ?? m[6]);
    if (!part || !month || day < 1 || day > 31) return undefined;
    const nextDay = m[3] ?? m[7];
    if (nextDay !== undefined && (part !== 'NI' || (Number(nextDay) !== day + 1 && !(Number(nextDay) === 1 && day >= 28)))) return undefined;
    const year = m[8];
    // With its year written the time is known outright, and tells a history by its year as a date does. Without, it
    // takes a year as the day alone does ("in November 1990 … on the morning of 22 November" is 1990's).
    return year ? time(s, e, `${year}-${pad2(month)}-${pad2(day)}T${part}`) : { ...time(s, e, withTime(monthDayResolver(month, day), part)), yearless: true };
  });

const PART_OF_ORDINAL_DAY = pattern(
  new RegExp(`\\b[Tt]he\\s+(?:early\\s+|late\\s+)?(morning|afternoon|evening|night)\\s+of\\s+the\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b(?!\\s*(?:[/–-]|of\\s|(?:${MONTH_RE})\\b))`, 'g'),
  TRIGGER.dayPart,
);
/**
 * `On the morning of the 25th the armies faced each other`: a part of a day of the month told without its month, of the
 * month the story is in (as "on the 25th" is). Not one with its month after it (partOfDate).
 */
const partOfOrdinalDay: Parser = (text) =>
  scan(text, PART_OF_ORDINAL_DAY, (m, s, e) => {
    const part = PART[(m[1] ?? '').toLowerCase()];
    return part ? time(s, e, withTime(dayOfMonthResolver(Number(m[2])), part), { dayless: true }) : undefined;
  });

const PART_OF_WEEKDAY = pattern(new RegExp(
  `\\b[Tt]he\\s+(?:early\\s+|late\\s+|intervening\\s+)?(morning|afternoon|evening|night)\\s+of\\s+(${FULL_WEEKDAY})\\b(?:\\s*(?:[/–-]|to|and)\\s*(${FULL_WEEKDAY})\\b)?`,
  'g',
), TRIGGER.dayPart);
/** A date right after the weekday: "the night of Tuesday, 5 March", "the morning of Friday March 8" (the date's). */
const DATE_AFTER_WEEKDAY = new RegExp(`^,?\\s+(?:\\d|(?:${MONTH_RE})\\b)`);
/**
 * `the night of Saturday`, `the morning of Tuesday`, `the night of Saturday to Sunday` (as translated wires write
 * it), `the intervening night of Sunday and Monday` (as Indian police reports do): that part of the day, as "Saturday
 * night" is. A night written with both its days is the night of the first; two days not in turn leave the second a
 * date of its own.
 */
const partOfWeekday: Parser = (text) =>
  scan(text, PART_OF_WEEKDAY, (m, s, e) => {
    const part = PART[(m[1] ?? '').toLowerCase()];
    const wd = weekdayOf(m[2] ?? '');
    if (!part || !wd || DATE_AFTER_WEEKDAY.test(text.slice(e, e + 12))) return undefined;
    const next = m[3] ? weekdayOf(m[3]) : undefined;
    const both = next !== undefined && part === 'NI' && next === (wd % 7) + 1;
    const end = m[3] && !both ? s + m[0].indexOf(m[2]!) + m[2]!.length : e;
    return time(s, end, withTime(weekdayResolver(wd), part));
  });

const EARLY_HOURS = pattern(new RegExp(
  `\\b(?:the\\s+)?(?:early|small|wee|pre-?dawn)\\s+(?:morning\\s+)?hours(?:\\s+of\\s+(?:(?:the\\s+)?(?:${WEEKDAY_RE},?\\s+(?=\\d|${MONTH_RE}))?(?:(${MONTH_RE}\\s+\\d{1,2})|(\\d{1,2})\\s+(${MONTH_RE}))(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?|(?:the\\s+)?(${WEEKDAY_RE}|today|yesterday|tomorrow)|the\\s+morning)|\\s+(${WEEKDAY_RE})(?![\\s,]+(?:\\d|${MONTH_RE})))?\\b(?!\\s+(?:morning|afternoon|evening|night)\\b)`,
  'gi',
), TRIGGER.hour);
/**
 * `the early hours of Sunday`, `the small hours`, `the predawn hours of Sunday`, `the early morning hours Tuesday`, `the
 * early hours of the morning`: after
 * midnight, before the morning proper. TIMEX3 has no part of day for it, so it is the start of that day's morning;
 * without a day named, of the day the story is at. In "the early hours of Thursday morning" the day and its part are
 * the time ("Thursday morning"). A weekday may come before the date ("the early hours of Friday 5 July").
 */
const earlyHours: Parser = (text) =>
  scan(text, EARLY_HOURS, (m, s, e) => {
    // A date wins over the weekday written with it ("the early hours of Friday 5 July").
    // "in the early morning hours Tuesday", as wires write it, is of Tuesday as "of Tuesday" is.
    const named = m[1] ?? (m[2] && m[3] ? `${m[3]} ${m[2]}` : undefined) ?? m[5] ?? m[6];
    if (!named && /^\s+of\b/i.test(text.slice(e, e + 4))) return undefined;
    const day = named ? dayResolver(named, m[4]) : TODAY;
    if (!day) return undefined;
    const value = m[4] ? `${day({ tense: 'unknown' })}TMO` : withTime(day, 'MO');
    // A date without its year takes one as the day alone does ("in June 2010 … in the early hours of 24 June" is 2010's).
    const flags: TimeFlags = !named ? { mod: 'START', dayless: true } : !m[4] && !m[5] && !m[6] ? { mod: 'START', yearless: true } : { mod: 'START' };
    return time(s, e, value, flags);
  });

/** A day named by its weekday, as "today", or by its month and day. */
const DAY_NAMED = new RegExp(`\\b(?:${FULL_WEEKDAY}|today|yesterday|tomorrow)\\b|\\b(?:${MONTH_RE})\\.?\\s+\\d`, 'i');
const IN_THE_PART = pattern(/\b(?:in|during|through|throughout|by|until|till)\s+(the\s+(?:early\s+|late\s+)?(morning|afternoon|evening))(?=\s*[,.;:!?)]|\s+(?:and|but|to|when|as|before|after|with|at|on|in|for|by|local|he|she|they|we|it|the|,)\b)/gi, TRIGGER.dayPart);
/**
 * `regained control of two pods in the afternoon`, `placed buy orders in the morning to start trading`, `In the evening
 * he spoke`, `had stopped by the afternoon`: a part of the day the story is at (TimeBank tags it so), told in the past or ahead, or after a day named
 * in its sentence; otherwise ("works in the morning"), of any day. Not the
 * morning of a thing ("in the morning of 29 April", "in the evening of his life"), which other patterns take or leave.
 */
const inThePart: Parser = (text) =>
  scan(text, IN_THE_PART, (m, s, e) => {
    const part = PART[(m[2] ?? '').toLowerCase()];
    // "by early afternoon", "until late morning": "the" may go only before a part told early or late.
    if (!part || !/^(?:the|early|late)\s/i.test(m[1] ?? '')) return undefined;
    const start = s + m[0].length - (m[1] ?? '').length;
    // Of the day the story is at; where it is at no day (a month told last: "won the U.S. Open last September. …
    // during the afternoon"), of no day it can name. A day named before it in its sentence is that day, whatever the
    // tense ("He spent Thursday in Ramallah, before returning for a speech in the evening").
    const dayTold = DAY_NAMED.test(sentenceBefore(text, start, 200));
    const value: Resolver = (ctx) =>
      (dayTold || ctx.tense === 'past' || ctx.tense === 'future') && ctx.base?.day !== undefined ? `${TODAY(ctx)}T${part}` : `XXXX-XX-XXT${part}`;
    return time(start, e, value, { anaphoric: true });
  });

const PAIRED_PART = pattern(
  /\b(?:([Tt]hat|[Tt]his|[Yy]esterday|[Tt]omorrow)|(?<=\b(?:in|during|through|throughout|by|until|till)\s{1,3})the)\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)\s+(?:and|or|to|into)\s+(?:the\s+)?(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\b(?!\s+of\b)/g,
  TRIGGER.dayPart,
);
/**
 * "That afternoon and evening about 4,000 Zulus attacked", "fighting went on through the afternoon and evening": the
 * second part of the day, of the same day as the first (which the patterns above take).
 */
const pairedPart: Parser = (text) =>
  scan(text, PAIRED_PART, (m, s, e) => {
    const part = PART[(m[2] ?? '').toLowerCase()];
    const day = dayResolver(m[1] ?? 'that');
    if (!part || !day) return undefined;
    const start = e - (m[2] ?? '').length;
    if (m[1] && !/^that$/i.test(m[1])) return time(start, e, withTime(day, part));
    return time(start, e, (ctx) => (ctx.base?.day !== undefined ? `${TODAY(ctx)}T${part}` : `XXXX-XX-XXT${part}`), { anaphoric: true });
  });

const GENERIC_PART = pattern(
  /\b(?:night-?time|daytime|(?<=\b(?:at|by)\s{1,4})night|night(?=[\s-](?:attacks?|raids?|fighting|march(?:es|ed)?|assaults?|operations?|patrols?|bombing|crossings?|retreats?|sorties)\b))\b/gi,
  TRIGGER.dayPart,
);
/**
 * A part of no particular day: `moved only at night`, `a night-time retreat`, `daytime traffic`, `night attacks`
 * (TimeML tags the generic part of day, value without a day). "a night" in a price ("$55 a night") is a rate, not matched.
 */
const genericPart: Parser = (text) =>
  scan(text, GENERIC_PART, (m, s, e) =>
    BROADCAST_SLOT_AFTER.test(text.slice(e, e + 24)) ? undefined
      : { start: s, end: e, type: 'TIME', value: /^day/i.test(m[0]) ? 'XXXX-XX-XXTDT' : 'XXXX-XX-XXTNI', source });
/**
 * "two of the longest-running daytime dramas", "a daytime talk show", "six Daytime Emmys": a broadcaster's slot names
 * a kind of show, not a time ("daytime traffic" still is one).
 */
const BROADCAST_SLOT_AFTER = /^[\s-]+(?:television|TV|drama|dramas|soaps?|soap\s+operas?|serials?|talk\s+shows?|shows?|programm(?:e|es|ing)|programs?|Emmys?|audiences?|ratings|viewers|lineup|schedule|hosts?)\b/i;

const OVERNIGHT = pattern(/\bovernight\b/gi, TRIGGER.dayPart);
const INTO_DAY = new RegExp(`^\\s+(?:on\\s+\\w+\\s+|(?:${FULL_WEEKDAY}|and)\\s+)?into\\s+(${FULL_WEEKDAY}|today|tomorrow)\\b`, 'i');
const NIGHT_OF_DAY_AFTER = new RegExp(`^,?\\s+(?:on\\s+)?(?:${FULL_WEEKDAY})\\b(?!\\s+(?:into|night|morning|evening|afternoon)\\b)`);
/**
 * "an overnight curfew", "became a star overnight", "won't happen overnight", "the overnight service departs at 11:55
 * p.m.": a kind of thing or "suddenly", no night.
 */
const NOT_A_NIGHT_BEFORE = /\b(?:an?|changed?|changes|happen(?:ed|s)?|almost|virtually|literally|practically|nearly|seemingly|not|won't|can't|cannot|(?:became|become|becomes|becoming)(?:\s+[\w'-]+){0,3})\s+$/i;
/**
 * "as if it collapsed overnight", "as though the city had emptied overnight", "you can't change a culture overnight",
 * "cannot be solved overnight", "won't be fixed overnight": a likeness or what cannot be done so fast, in the same
 * clause, is "suddenly" ("could not reach the site overnight" is a night).
 */
const SUDDENLY_IN_CLAUSE_BEFORE = /(?:\bas\s+(?:if|though)\b|\bcan(?:no|['’])t\b|\bcan\s+not\b|\b(?:won['’]t|will\s+not)\s+be\s+(?:[a-z]+ed|done|undone|built|rebuilt|won)\s+$)[^.,;:!?]{0,40}$/i;
const NOT_A_NIGHT_AFTER = /^[\s-]+(?:success(?:es)?|sensation|stars?|stardom|fame|stays?|bags?|flights?|trains?|bus(?:es)?|services?|sleepers?|ferry|ferries|routes?|journeys?|crossings?|coach(?:es)?|delivery|deliveries|shipping|parking|guests?|camps?|rates?|lending|borrowing|markets?|index|repos?|loans?|funds?|oats|trips?|hikes?|visits?|accommodation|change|transformation)\b/i;
/**
 * `talks went on overnight`, `Overnight, rebels seized the airport`: told in the past, the night before the day the
 * story is at (the day of writing, or the day it last named); ahead ("will work overnight"), that day's night; in a
 * history, the night of the day just told.
 */
const overnight: Parser = (text) =>
  scan(text, OVERNIGHT, (_m, s, e) => {
    if (precededBy(text, s, NOT_A_NIGHT_BEFORE) || NOT_A_NIGHT_AFTER.test(text.slice(e, e + 16))) return undefined;
    if (SUDDENLY_IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, s - 56), s))) return undefined;
    // "overnight into Wednesday", "overnight on Friday into Saturday", "overnight Sunday into Monday", "overnight and
    // into Monday": the night before the day it runs into.
    const into = INTO_DAY.exec(text.slice(e, e + 40));
    const dayInto = into ? dayResolver(into[1] ?? '') : undefined;
    if (dayInto) {
      const value: Resolver = (ctx) => {
        const day = parseDay(dayInto(ctx));
        return day ? `${formatAt(shift(day, 'day', -1), 'day')}TNI` : 'XXXX-XX-XXTNI';
      };
      return time(s, e, value, { comparison: true });
    }
    // "will be shut overnight on Thursday", "overnight Saturday": that day's night, the day written next.
    if (NIGHT_OF_DAY_AFTER.test(text.slice(e, e + 24))) return time(s, e, nightOfDayTold, { dayAfter: true, comparison: true });
    return nightOfStory(text, s, e);
  });
/** The night a story is at: told in the past, the one before its day; ahead, or in a history, that day's. */
function nightOfStory(text: string, s: number, e: number): Draft {
  // "By Sunday night most had left, though a team remained overnight": a night just told is the one meant; so is the
  // night after a day's morning or afternoon told as the deed before ("began Friday morning and intensified overnight").
  const sentence = sentenceBefore(text, s, 200);
  const nightTold = NIGHT_WORD.test(sentence) || (sentence.includes(' and ') && DAYTIME_THEN.test(sentence));
  const value: Resolver = ({ base, tense, narrative }) => {
    const day = anchorDay(base);
    if (!day) return 'XXXX-XX-XXTNI';
    // "derailed at about 8:41 p.m. … Rescuers worked through the night": after an evening's clock, that evening's night.
    const evening = base?.minute !== undefined && base.minute >= EVENING_MINUTE;
    const night = narrative || nightTold || evening || tense === 'future' || tense === 'present' ? day : shift(day, 'day', -1);
    return `${formatAt(night, 'day')}TNI`;
  };
  return time(s, e, value, { dayless: true, comparison: true });
}

const THROUGH_THE_NIGHT = pattern(/\b(?:through|throughout)\s+(?:much\s+of\s+)?(the\s+night)\b(?!\s+(?:of|before|after|when|that|he|she|they)\b)/gi, TRIGGER.dayPart);
/**
 * `crews worked through the night`, `talks went on throughout the night`: the night as "overnight" tells it; not a
 * night named by what follows ("through the night of June 5", "the night before").
 */
const throughTheNight: Parser = (text) =>
  scan(text, THROUGH_THE_NIGHT, (m, s, e) => nightOfDayAfter(text, e - (m[1] ?? '').length, e) ?? nightOfStory(text, e - (m[1] ?? '').length, e));
/**
 * "worked late into the night Thursday", "talks went on through the night on Friday": a night with its day written
 * right after it is that day's night.
 */
const nightOfDayAfter = (text: string, s: number, e: number): Draft | undefined =>
  NIGHT_OF_DAY_AFTER.test(text.slice(e, e + 24)) ? time(s, e, nightOfDayTold, { dayAfter: true, comparison: true }) : undefined;
const INTO_THE_NIGHT = pattern(/\binto\s+(the\s+night)\b(?!\s+(?:of|before|after|when|that)\b)/gi, TRIGGER.dayPart);
/** The night of the day told, whatever the tense: what goes on "into the night" began that day. */
const nightOfDayTold: Resolver = ({ base }) => {
  const day = anchorDay(base);
  return day ? `${formatAt(day, 'day')}TNI` : 'XXXX-XX-XXTNI';
};
/** `talks went on late into the night`, `partied into the night`: the night that followed the day told. */
const intoTheNight: Parser = (text) =>
  scan(text, INTO_THE_NIGHT, (m, s, e) => nightOfDayAfter(text, e - (m[1] ?? '').length, e) ?? time(e - (m[1] ?? '').length, e, nightOfDayTold, { dayless: true, comparison: true }));
const NIGHT_WORD = /\b(?:night|evening)\b/i;
/**
 * A morning or afternoon, then "and" and the next deed up to the night: "began Friday morning and intensified ",
 * "started on Saturday afternoon and jumped containment lines ", "surrounded the home by late afternoon, and
 * negotiators spoke with the man by phone throughout ".
 */
const DAYTIME_THEN = /\b(?:morning|afternoon)\b[^.;!?]{0,60}\band\s+(?:[a-z'’-]+\s+){1,8}$/i;
/** 6 p.m., in minutes after midnight. */
const EVENING_MINUTE = 18 * 60;

export const timeOfDayParser: Parser = (text) => {
  const clocks = clock(text);
  const spanStarts = clockSpanStarts(text, clocks);
  return [
    ...overnight(text), ...throughTheNight(text), ...intoTheNight(text), ...dayPart(text), ...nextPart(text), ...partBeforeAfter(text), ...midPart(text), ...tonight(text), ...withoutSpanStarts(clocks, spanStarts),
    ...spanStarts, ...clockListItems(text, clocks), ...hoursAfterClocks(text, clocks), ...sunTime(text), ...informalClock(text), ...clockOfPart(text), ...wordHourOfPart(text), ...hourOfPart(text), ...partThenHour(text),
    ...spokenClock(text), ...zonedHour(text), ...networkHour(text), ...military(text), ...earlyHours(text), ...partOfDate(text), ...partOfOrdinalDay(text), ...partOfWeekday(text), ...genericPart(text), ...inThePart(text), ...pairedPart(text),
  ];
};
