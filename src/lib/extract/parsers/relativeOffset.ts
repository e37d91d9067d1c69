/**
 * Offsets from a reference time: `two weeks ago`, `three years later`, `last month`, `next year`, `this week`,
 * `the following day`, `the previous year`, `that month`, `the same day`, `a year earlier`, `year-ago`, `by year-end`.
 * "ago", "this", "next" and "last" count from the DCT in news; "later", "earlier", "following", "that" count from the
 * last mentioned time (anaphoric).
 */
import { anchorDay, pattern, precededBy, scan, wordBefore, type Draft, type Parser, type ResolveContext, type Resolver } from '../draft.ts';
import { addDays, formatDay, formatWeek, formatYear, isValidDay, isoWeekday } from '../calendar.ts';
import { SLASH } from '../chars.ts';
import { TRIGGER } from '../near.ts';
import { COUNT_RE, NUMBER_WORD_RE, OF_A_THING, POSSESSIVE_BEFORE, VAGUE_COUNT_RE, numberValue, unitOf } from '../lexicon.ts';
import { durationValue } from './duration.ts';
import { UNKNOWN, clockOffsetResolver, comparisonResolver, formatAt, offsetResolver, pad2, partOfYearResolver, quarterAYearBefore, shift, type Grain } from '../resolve.ts';

const source = 'relativeOffset';

const grainOf = (word: string): Grain | undefined => {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'quarter') return 'quarter';
  const u = unitOf(w);
  return u === 'second' || u === 'minute' || u === 'hour' ? 'day' : u === 'millennium' ? undefined : u;
};

type OffsetFlags = Pick<Draft, 'comparison' | 'deictic' | 'mod'>;
/** An offset draft. Its flags are written into the literal: an object spread to add one is far slower to read later. */
const draft = (start: number, end: number, grain: Grain, n: number, anaphoric: boolean, flags: OffsetFlags = {}): Draft =>
  ({ start, end, type: 'DATE', value: offsetResolver(grain, n), anaphoric, source, ...flags });

/** A comparison point does not move the narrative anchor, and in quarter talk it keeps the quarter. */
const comparison = (start: number, end: number, grain: Grain, n: number, anaphoric: boolean): Draft =>
  ({ start, end, type: 'DATE', value: comparisonResolver(grain, n), anaphoric, comparison: true, source });

const UNIT = '(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?|centuries|century|mins?|hrs?|secs?|yrs?)';
/**
 * A word that joins on what comes next rather than naming an event: "compared with 310 the year before and a peak of
 * 499 in 2010", "the day before in Paris". Not "and" before another direction ("a week before and after the vote").
 */
const JOINS_ON = '(?:and|or|but)(?!\\s+(?:after|before|during|since)\\b)|in|on|at|with|for|from|according|compared';
/**
 * "two days before the vote", "the day after police arrived": a word after "before" or "after" names the event the
 * count runs from; only a bare "before", "after" or "following" (at a clause's end, before a number, or before a word
 * of JOINS_ON) is an offset from the time told. So does a title in quotes ("two years after \"Avatar,\""). (The
 * patterns that use this are case-insensitive, so any letter means a word.) Nor the start of a longer word: "afterward",
 * "beforehand", "aftermath". Nor a count of things that opens the event's clause ("a week after 10 bodies were found",
 * "two days after 300 people marched"), nor a day written as numbers ("a week after 9/11").
 */
const BARE = `(?!\\w|\\s+(?:(?!(?:${JOINS_ON})\\b)[a-z]|["“‘]|\\d[\\d,.]*\\s+(?!o['’]clock\\b)[a-z]{3,}|\\d{1,2}/\\d{1,2}\\b))`;
/** A clock time right after: " 5 p.m.", " 10:30am". */
const CLOCK_AFTER = /^\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b/i;

/** "two or three years later", "5 or 6 days earlier": a count between two, no day that can be written. */
const COUNT_OR_COUNT = `(?:\\d+|${NUMBER_WORD_RE})\\s+or\\s+(?:\\d+|${NUMBER_WORD_RE})`;
/** "a year or two later": the same, the second count after the unit. */
const OR_MORE = /\sor\s+(?:two|three)\s/i;
const countedOffsetSource = (unit: string): string => `\\b(${COUNT_OR_COUNT}|${COUNT_RE}|${VAGUE_COUNT_RE})(?:\\s+[1-9]/[2-9]|\\s+and\\s+a\\s+half|(?<=\\d|ty|hundred|dozen)[\\s-]odd(?=\\s))?[\\s-]+${unit}(?:\\s+and\\s+a\\s+half)?(?:(?:\\s+or\\s+(?:so|two|three))?\\s+(ago|earlier|later|from\\s+now|hence|previously|beforehand|before${BARE}|afterwards?|thereafter|after${BARE}|(?:on|back)(?=\\s*(?:[,.;:!?)]|$)))|['’]s?\\s+time\\b)`;
const COUNTED_OFFSET = pattern(new RegExp(countedOffsetSource(UNIT), 'gi'), TRIGGER.unit);
/**
 * The same with a unit's short form ("5 mins ago", "2 yrs ago"), which no unit word triggers: near "ago". (Only the
 * short forms: a full unit word was found by the pattern above.)
 */
const COUNTED_OFFSET_SHORT = pattern(new RegExp(countedOffsetSource('(mins?|hrs?|secs?|yrs?)'), 'gi'), TRIGGER.ago);
/**
 * `two weeks ago`, `a year earlier`, `three days later`, `ten days afterwards`, `four years on`, `five years from now`,
 * `a week or so ago`, `in a week's time`.
 */
const countedOffset: Parser = (text) => {
  const make = offsetOfCount(text);
  return [...scan(text, COUNTED_OFFSET, make), ...scan(text, COUNTED_OFFSET_SHORT, make)];
};
/** "for" and a hedge on the count before it: what follows is a span ("for about two days"). */
const LASTED_FOR = /\b[Ff]or\s+(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|up\s+to)\s+)?$/;
/** A verb in the present, or "still", earlier in the clause. */
const PRESENT_IN_CLAUSE_BEFORE = /\b(?:is|are|remains?|still)\b[^.;!?]{0,60}$/i;
/** Units shorter than a day. */
const SUB_DAY_UNIT = /^(?:minutes?|mins?|hours?|hrs?)$/i;
/**
 * The bare form of a schedule's verb, maybe with a short object ("start classes", "open the polls"), right before a
 * count: what a plan or a rule moves ("would start 15 minutes earlier").
 */
const SCHEDULE_VERB_BEFORE = /\b(?:start|begin|open|close|end|finish|dismiss|run|shut)(?:\s+(?:the\s+|its\s+|their\s+)?(?:school|classes|polls|doors|day|shops?|stores?|bars?|pubs?|meetings?))?\s+(?:(?:about|around|roughly|some|just)\s+)?$/i;
/** A week, month or year of the writing or of the story right after the direction word. */
const PERIOD_AFTER = /^\s+(?:this|that|last|next)\s+(?:week|month|year)\b/i;
const HALF_BEFORE = /\bhalf\s+$/i;
/** A fraction written after the whole count: the "1/2" of "6 1/2 hours". */
const FRACTION = /\s([1-9])\/([2-9])[\s-]/;
/**
 * The start of a sentence, or of a headline's second part after a colon or a dash ("Iraq war: Ten years on, a country
 * divided"), maybe a quote's opening, a word that joins or sets it now ("Now, two years on, the capital is contested",
 * "But a decade on") and a hedge on the count after it.
 */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?:—–]\s*|\s-\s+|\n\s*)["“‘']?(?:(?:and\s+)?(?:now|today),?\s+|(?:and|but|yet),?\s+)?(?:(?:nearly|almost|about|some|roughly|around|just|more\s+than|over)\s+)?$/i;
/** The offset a count and a direction tell; `text` is the whole text, for what stands around the match. */
const offsetOfCount = (text: string) => (m: RegExpExecArray, s: number, e: number): Draft | undefined => {
  const grain = grainOf(m[2] ?? '');
  if (!grain) return undefined;
  // The "2" of "6 1/2 hours later" is no count of its own; nor is the "an" of "half an hour later", a span and a word
  // as "a minute and a half later" is.
  if (text.charCodeAt(s - 1) === SLASH || (/^an?$/i.test(m[1] ?? '') && precededBy(text, s, HALF_BEFORE))) return undefined;
  const whole = OR_MORE.test(m[0]) ? undefined : numberValue(m[1] ?? '');
  // "three and a half months later", "a year and a half ago", "6 1/2 hours later", "2 1/2 years ago".
  const fraction = FRACTION.exec(m[0]);
  const count = whole === undefined ? whole
    : fraction ? whole + Number(fraction[1]) / Number(fraction[2])
    : /\sand\s+a\s+half\s/i.test(m[0]) ? whole + 0.5 : whole;
  // "in three weeks' time" counts ahead from the writing, as "three weeks from now" does ("two years' time served"
  // does not).
  if (m[3] === undefined && !precededBy(text, s, /\b(?:in|within)\s+$/i)) return undefined;
  // "a couple of years back", closing its clause, is "ago".
  const dir = (m[3] ?? 'hence').toLowerCase().replace(/^back$/, 'ago').replace(/^beforehand$/, 'before');
  // "20 minutes after 5 p.m.": a span from the clock time after, as "two hours after lunch" is from the lunch.
  if ((dir === 'after' || dir === 'before') && CLOCK_AFTER.test(text.slice(e, e + 12))) return undefined;
  // "For over two centuries before 1854 Japan had limited its contacts", "jailed for two years after 1990": what lasts
  // that long up to or from a time is a span (the count stays a duration).
  if (dir !== 'ago' && dir !== 'earlier' && dir !== 'later' && dir !== 'hence' && dir !== 'on' && precededBy(text, s, LASTED_FOR)) return undefined;
  // "opened six years later than planned": a delay measured, not a time (the count stays a duration).
  if ((dir === 'later' || dir === 'earlier') && /^\s+than\b/i.test(text.slice(e, e + 8))) return undefined;
  // "schools would start 15 minutes earlier", "bars must close an hour later": minutes or hours after the bare form of
  // a schedule's verb move a rule or a plan, a shift measured as "later than planned" is, not a time ("the polls
  // opened two hours earlier" is a deed told from a time).
  if ((dir === 'later' || dir === 'earlier') && SUB_DAY_UNIT.test(m[2] ?? '') && precededBy(text, s, SCHEDULE_VERB_BEFORE)) return undefined;
  // "cancelled for several days earlier this week": a span, and "earlier" goes with the week after it.
  if ((dir === 'later' || dir === 'earlier') && precededBy(text, s, LASTED_FOR) && PERIOD_AFTER.test(text.slice(e, e + 16))) return undefined;
  // "A decade on, the town has recovered" opens a sentence about now as often as about later: only "re-elected four
  // years on" is read. So with a hedge first: "Nearly 50 years on, the case remains open".
  // So does one after "Now," or "Today,": "Now, 163 years on, the bank is being sold".
  if (dir === 'on' && OPENS_SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 28), s))) return undefined;
  // So does one closing a clause in the present: "claims are still being processed two years on" is now, not two
  // years after the last time told.
  if (dir === 'on' && PRESENT_IN_CLAUSE_BEFORE.test(text.slice(Math.max(0, s - 80), s))) return undefined;
  const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously';
  if (count === undefined) {
    // "A few days later" leads to no day that can be written: in news it is the span its count is (Draft.countSpan).
    const later = dir === 'later' ? /\s+later$/i.exec(m[0]) : null;
    const unit = later ? unitOf(m[2] ?? '') : undefined;
    const countSpan = later && unit ? { end: e - later[0].length, value: durationValue(undefined, unit) } : undefined;
    return { start: s, end: e, type: 'DATE', value: back ? 'PAST_REF' : 'FUTURE_REF', source, ...(countSpan ? { countSpan } : {}) };
  }
  const today = dir === 'ago' && Number.isInteger(count) ? agoThisPeriod(text, s, e, grain, count) : undefined;
  if (today) return today;
  // "Forty years ago this fall": this season, so many whole years back ("2 1/2 years ago this spring" is no season
  // then).
  const season = dir === 'ago' && Number.isInteger(count) && YEARS_GRAIN.has(grain) ? SEASON_AFTER_AGO.exec(text.slice(e, e + 20)) : null;
  if (season) return seasonYearsAgo(s, e + season[0].length, (season[1] ?? '').toLowerCase(), inYears(grain, count)[1]);
  const anaphoric = dir !== 'ago' && dir !== 'hence' && !dir.startsWith('from');
  // "20 minutes later", "48 hours earlier" from a day: a day value, so whole days only (the same day for less than one).
  const small = unitOf((m[2] ?? '').toLowerCase().replace(/s$/, '')) ?? 'day';
  const perDay = PER_DAY[small] ?? 1;
  // "a minute and a half later" is a span and a word (TimeBank): halves only of days and longer.
  if (perDay > 1 && !Number.isInteger(count)) return undefined;
  // Half a month is counted in days, and the day found told as its month ("1940-03").
  if (grain === 'month' && !Number.isInteger(count)) {
    const days = offsetResolver('day', Math.round((back ? -count : count) * DAYS_IN_MONTH));
    const value: Resolver = (ctx) => days(ctx).slice(0, 7);
    return { start: s, end: e, type: 'DATE', value, anaphoric, ...(anaphoric ? {} : { deictic: true }), source };
  }
  const [unit, n] = inYears(grain, perDay === 1 ? count : Math.floor(count / perDay));
  // "a week or so ago" and "40-odd years ago" are hedges.
  const hedged = /\sor\s+so\s|[\s-]odd\s/i.test(m[0]);
  // From a clock time ("at 9:40 a.m. … twenty minutes later") the hours and minutes move the clock.
  const minutes = MINUTES[small];
  if (anaphoric && minutes !== undefined) {
    const value = clockOffsetResolver((back ? -count : count) * minutes, offsetResolver(unit, back ? -n : n));
    return { start: s, end: e, type: 'DATE', value, anaphoric, ...(hedged ? { mod: 'APPROX' as const } : {}), source };
  }
  // A look decades back ("two decades earlier") is told in passing: the story stays where it was. One decades on ("a
  // decade later there were 31 stores. The following spring …") moves it on, as a count of years does.
  const far = grain === 'decade' || grain === 'century';
  if (back && grain === 'year' && count === 1) {
    const d = comparison(s, e, grain, -1, anaphoric);
    return anaphoric ? d : { ...d, deictic: true };
  }
  const d = draft(s, e, unit, back ? -n : n, anaphoric, { ...(far && back ? { comparison: true } : {}), ...(anaphoric ? {} : { deictic: true }), ...(hedged ? { mod: 'APPROX' } : {}) });
  return far && anaphoric && Number.isInteger(count) ? { ...d, value: ofToldPeriod(grain, back ? -count : count, d.value as Resolver) } : d;
};

/** The grains counted in whole years. */
const YEARS_GRAIN: ReadonlySet<Grain> = new Set(['year', 'decade', 'century']);
/** "this fall" right after "… years ago". */
const SEASON_AFTER_AGO = /^\s+this\s+(spring|summer|autumn|fall|winter)\b/i;
/** The code and first month of each season. */
const SEASON_START: Readonly<Record<string, readonly [string, number]>> = {
  spring: ['SP', 3], summer: ['SU', 6], autumn: ['FA', 9], fall: ['FA', 9], winter: ['WI', 12],
};
/** This season as told in the present (the one under way or just over, else the coming one), `years` back. */
const seasonYearsAgo = (start: number, end: number, word: string, years: number): Draft => {
  const [code, month] = SEASON_START[word] ?? ['SU', 6];
  const thisSeason = partOfYearResolver(code, month, 0);
  const value: Resolver = (ctx) => thisSeason({ ...ctx, tense: 'present' }).replace(/^\d{4}/, (y) => formatYear(Number(y) - years));
  return { start, end, type: 'DATE', value, deictic: true, source };
};

/**
 * "The mill closed in the mid-1990s, and two decades later": counted from a decade (century) just told, whose year is
 * unknown, the offset is that decade (century) moved on; from a year, the year moved by ten (a hundred) each.
 */
const ofToldPeriod = (grain: Grain, n: number, fromYear: Resolver): Resolver => {
  const ofPeriod = offsetResolver(grain, n);
  return (ctx) => (ctx.period?.grain === grain ? ofPeriod(ctx) : fromYear(ctx));
};

/** The mean month, in days. */
const DAYS_IN_MONTH = 30.44;

/** How many of a unit shorter than a day make a day. */
const PER_DAY: Partial<Readonly<Record<string, number>>> = { hour: 24, minute: 1440, second: 86_400 };
/** The units that move a clock, in minutes. */
const MINUTES: Partial<Readonly<Record<string, number>>> = { hour: 60, minute: 1 };

const FORTNIGHT_OFFSET = pattern(new RegExp(`\\b(${COUNT_RE})[\\s-]+fortnight(?:s?\\s+(ago|earlier|later)\\b|['’]s?\\s+time\\b)`, 'gi'), TRIGGER.fortnight);
/** `a fortnight ago`, `a fortnight later`, `in a fortnight's time`: two weeks a fortnight. */
const fortnightOffset: Parser = (text) =>
  scan(text, FORTNIGHT_OFFSET, (m, s, e) => {
    const n = numberValue(m[1] ?? '');
    const dir = (m[2] ?? 'hence').toLowerCase();
    if (n === undefined || !Number.isInteger(n)) return undefined;
    // As "in two weeks' time": counted ahead from the writing.
    if (dir === 'hence' && !precededBy(text, s, /\b(?:in|within)\s+$/i)) return undefined;
    const anaphoric = dir === 'earlier' || dir === 'later';
    // "a fortnight earlier than planned": a shift measured, a duration (duration.ts), as "two weeks earlier than" is.
    if (anaphoric && /^\s+than\b/i.test(text.slice(e, e + 8))) return undefined;
    return draft(s, e, 'week', dir === 'ago' || dir === 'earlier' ? -2 * n : 2 * n, anaphoric, anaphoric ? {} : { deictic: true });
  });

/**
 * The grain and count an offset is placed at: "a decade ago" is the year ten years back (2014 in 2024), not the
 * 2010s, and "half a century ago" fifty years back; other units stay as they are.
 */
function inYears(grain: Grain, count: number): [Grain, number] {
  if (grain === 'decade') return ['year', count * 10];
  if (grain === 'century') return ['year', count * 100];
  return Number.isInteger(count) || grain !== 'year' ? [grain, count] : ['month', count * 12];
}

const COMPOUND_OFFSET = pattern(new RegExp(
  `\\b(${COUNT_RE})[\\s-]+(years?|weeks?|days?|hours?|minutes?)(?:\\s+and\\s+|,\\s+(?!and\\b))(${COUNT_RE})[\\s-]+(months?|days?|hours?|minutes?|seconds?)` +
    `\\s+(ago|earlier|later|previously|afterwards?|beforehand|after${BARE}|before${BARE})`,
  'gi',
), TRIGGER.unit, /(?:year|week|day|hour|minute)s?(?:\s+and\s|,\s)/i);
/** How many of the next smaller unit one unit holds, for the pairs an offset is told in. */
const NEXT_UNIT: Readonly<Record<string, readonly [string, number]>> = {
  year: ['month', 12], week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};
/**
 * `two years and three months later`, `a week and two days ago`, `three hours, twenty minutes earlier`: one offset,
 * counted in its smaller unit (a day for those under a day). Not across ", and": "sentenced to two years, and three
 * months later freed".
 */
const compoundOffset: Parser = (text) =>
  scan(text, COMPOUND_OFFSET, (m, s, e) => {
    const [big, small] = [unitOf(m[2] ?? ''), unitOf(m[4] ?? '')];
    const next = big ? NEXT_UNIT[big] : undefined;
    const [n1, n2] = [numberValue(m[1] ?? ''), numberValue(m[3] ?? '')];
    if (!next || next[0] !== small || n1 === undefined || n2 === undefined || !small) return undefined;
    const dir = (m[5] ?? '').toLowerCase();
    const back = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'beforehand' || dir === 'previously';
    const anaphoric = dir !== 'ago';
    const sign = back ? -1 : 1;
    const perDay = PER_DAY[small] ?? 1;
    const total = n1 * next[1] + n2;
    const byDay = offsetResolver(perDay > 1 ? 'day' : (small as Grain), sign * Math.floor(total / perDay));
    // From a clock time ("left at 6:30 … arrived two hours and 20 minutes later") the hours and minutes move the clock.
    const minutes = MINUTES[small];
    const fine = minutes === undefined ? byDay : clockOffsetResolver(sign * total * minutes, byDay);
    // From a time known only to the year ("In 1990 … four years and six months later"), the months say nothing.
    const coarse = offsetResolver(big as Grain, sign * n1);
    const value: Resolver = (ctx) => (small === 'month' && ctx.base?.month === undefined ? coarse : fine)(ctx);
    return { start: s, end: e, type: 'DATE', value, anaphoric, ...(anaphoric ? {} : { deictic: true }), source };
  });

/**
 * "a year ago today": that day, a year back; "fifty years ago this week", that week; "this weekend", its weekend; or
 * undefined when no such period follows the offset ending at `e`.
 */
function agoThisPeriod(text: string, s: number, e: number, grain: Grain, count: number): Draft | undefined {
  const today = /^\s+(?:today|this\s+(week(end)?|month))\b/i.exec(text.slice(e, e + 16));
  if (!today) return undefined;
  const unit = today[1] ? (today[1].toLowerCase().replace(/end$/, '') as 'week' | 'month') : 'day';
  const end = today[2] ? '-WE' : '';
  const value: Resolver = ({ base }) => {
    const d = base ? anchorDay(base) : undefined;
    // "Ten years ago this week", told on a Sunday: the week of the same dates then, counted from the middle of this
    // week (its Thursday, as ISO weeks are), not from the day of writing, which may fall in the next week then.
    const from = d && unit === 'week' ? addDays(d, 4 - isoWeekday(d)) : d;
    return (from ? formatAt(shift(from, grain, -count), unit) : UNKNOWN[unit]) + end;
  };
  return { start: s, end: e + today[0].length, type: 'DATE', value, deictic: true, source };
}

const HALF_OFFSET = pattern(/\b(?:half\s+an?|an?\s+half[\s-])\s*(century|decade|year)\s+(ago|earlier|later)\b/gi, TRIGGER.half);
/** `half a century ago` (50 years back), `a half-century later`, `half a year earlier` (six months). */
const halfOffset: Parser = (text) =>
  scan(text, HALF_OFFSET, (m, s, e) => {
    const grain = grainOf(m[1] ?? '');
    if (!grain) return undefined;
    const dir = (m[2] ?? '').toLowerCase();
    const [unit, n] = inYears(grain, 0.5);
    // "Half a century ago this month": that month, fifty years back.
    const today = dir === 'ago' && unit === 'year' ? agoThisPeriod(text, s, e, unit, n) : undefined;
    if (today) return today;
    return draft(s, e, unit, dir === 'later' ? n : -n, dir !== 'ago', {
      ...(grain === 'year' ? {} : { comparison: true }),
      ...(dir === 'ago' ? { deictic: true } : {}),
    });
  });

const BARE_AGO = pattern(new RegExp(`\\b(years|decades|months|weeks|days|hours|minutes|seconds|centuries)\\s+(ago|earlier|later|afterwards?|beforehand|before${BARE}|after${BARE})`, 'gi'), TRIGGER.unit);
/** A count right before, a word of its own: "two years ago", "several decades later"; not the end of "Florida" or "China". */
const COUNTED_BEFORE = new RegExp(`(?:\\b(?:${COUNT_RE}|${VAGUE_COUNT_RE}|half)|\\d)[\\s-]*$`, 'i');
/**
 * The unknown value of the unit a bare "days later", "weeks later", "months before" counts in; "Decades later, he still
 * kept his picket sign" is some decade after the one told.
 */
const BARE_UNKNOWN: Readonly<Record<string, string>> = {
  days: UNKNOWN.day, weeks: UNKNOWN.week, months: UNKNOWN.month, years: UNKNOWN.year, decades: UNKNOWN.decade, centuries: UNKNOWN.century,
};
/**
 * `decades ago`, `years earlier`: some time before, unknown how long (PAST_REF), when no count comes first. `days
 * later`, `months before`: a day (month) after or before the one told, unknown which; `hours later`, `minutes earlier`,
 * a time of that day.
 */
const bareAgo: Parser = (text) =>
  scan(text, BARE_AGO, (m, s, e) => {
    if (precededBy(text, s, COUNTED_BEFORE)) return undefined;
    const [unit, dir] = [(m[1] ?? '').toLowerCase(), (m[2] ?? '').toLowerCase().replace(/^beforehand$/, 'before')];
    const ofTheDay = unit === 'hours' || unit === 'minutes' || unit === 'seconds';
    // "Hours earlier, a neighbor had reported a fire": as "hours later", a time of the day told.
    if (dir === 'ago' || (dir === 'earlier' && !ofTheDay)) return { start: s, end: e, type: 'DATE', value: 'PAST_REF', deictic: dir === 'ago', source };
    // "The verdict came minutes after 5 p.m.": the clock time after is the time, and "minutes after" only says near it.
    if ((dir === 'after' || dir === 'before') && CLOCK_AFTER.test(text.slice(e, e + 12))) return undefined;
    // "For months afterward, divers searched": a span that began then, the bare unit's (duration.ts).
    if (dir !== 'ago' && dir !== 'earlier' && dir !== 'before' && wordBefore(text, s) === 'for') return undefined;
    if (ofTheDay) {
      const value: Resolver = ({ base }) => {
        const day = anchorDay(base);
        return `${day ? formatDay(day) : 'XXXX-XX-XX'}TXX`;
      };
      return { start: s, end: e, type: 'TIME', value, anaphoric: true, comparison: true, source };
    }
    const value = BARE_UNKNOWN[unit];
    return value ? { start: s, end: e, type: 'DATE', value, source } : undefined;
  });

const DEEP_TIME = pattern(new RegExp(
  `\\b(?:(?:${COUNT_RE}|(?:tens|hundreds)\\s+of)\\s+(?:million|billion)|(?:(?:tens|hundreds)\\s+of\\s+)?(?:millions|billions)\\s+of)` +
    `\\s+years\\s+(?:ago|earlier|before${BARE})`,
  'gi',
), TRIGGER.unit, /illion/i);
/**
 * `66 million years ago`, `4.5 billion years ago`, `hundreds of millions of years ago`: before any calendar a Date can
 * hold, so only a time gone by (PAST_REF).
 */
const deepTime: Parser = (text) =>
  scan(text, DEEP_TIME, (_m, s, e) => ({ start: s, end: e, type: 'DATE', value: 'PAST_REF', source }));

const DEICTIC_SHIFT: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, preceding: -1, prior: -1, next: 1, coming: 1, following: 1, subsequent: 1,
  this: 0, current: 0, same: 0, that: 0, present: 0, latest: -1, 'most recent': -1,
};
/** "to this day", "until this day": up to now. */
const UP_TO_BEFORE = /\b(?:to|until|till|unto)\s+$/i;
/** Words whose reference is the narrative, not the DCT: "the following year" follows a mentioned year. */
const ANAPHORIC = new Set(['previous', 'preceding', 'prior', 'following', 'subsequent', 'same', 'that']);

/** How long one of each grain is, as a TIMEX3 duration. */
const GRAIN_LENGTH: Readonly<Record<Grain, string>> = {
  day: 'P1D', week: 'P1W', month: 'P1M', quarter: 'P3M', half: 'P6M', year: 'P1Y', decade: 'P10Y', century: 'P100Y',
};

/** "and a half" after a unit. */
const HALF_MORE = /^\s+and\s+a\s+half\b/i;
/** The words of a named offset that, with "and a half", make a span up to or from the time told. */
const SPAN_KEYS: ReadonlySet<string> = new Set(['last', 'past', 'previous', 'preceding', 'next', 'coming', 'following']);

/** The year after "the same month": "of 2012", "last year", "a year earlier" (a year before the month told). */
const SAME_MONTH_YEAR_AFTER = /^\s+(?:of\s+(1[0-9]{3}|20[0-9]{2})\b|(?:of\s+)?last\s+year\b|a\s+year\s+(?:earlier|ago|before)\b|(?:of|in)\s+the\s+previous\s+year\b)/i;
/**
 * What a final day is for, right after "the last day": "filed on Friday, the last day allowed", "Monday is the last day
 * to register", "the last day before the deadline", "the last day he was seen alive" name the final day of something
 * (a date the phrase alone does not give), not the day before the writing.
 */
const LAST_DAY_FOR = /^\s+(?:to\s+(?!date\b)[a-z]|for\s|before\s|allowed\b|permitted\b|possible\b|available\b|on\s+which\b|(?:he|she|they|we|I|you)\s)/;
const VERY_BEFORE = /\bvery\s+$/i;
const NAMED_OFFSET = pattern(/\b(?:the\s+|that\s+(?=same\b))?(last|past|previous|preceding|prior|next|coming|following|subsequent|this|current|same|that|present|latest|most\s+recent)\s+(day|week|month|year|quarter|decade|century|(?:fiscal|financial)\s+year)\b(?![\s-]+(?:old|long)\b)/gi, TRIGGER.unit);
/** `last month`, `next year`, `this week`, `the following day`, `that year`, `the same month`, `the latest fiscal year`. */
const namedOffset: Parser = (text) =>
  scan(text, NAMED_OFFSET, (m, s, e) => {
    const key = (m[1] ?? '').toLowerCase().replace(/\s+/, ' ');
    // "the latest fiscal year", "its most recent fiscal year": the last one closed, as "last fiscal year" is (the latest
    // quarter is partOfYear's; "the latest week" is no phrase of the calendar).
    if ((key === 'latest' || key === 'most recent') && !/\s(?:fiscal|financial)\s/i.test(m[0])) return undefined;
    // "this past week": one phrase, the week before the writing's.
    if (key === 'past' && /^past/i.test(m[0])) {
      const thisBefore = /\bthis\s+$/i.exec(text.slice(Math.max(0, s - 8), s));
      if (thisBefore) s -= thisBefore[0].length;
    }
    const grain = grainOf((m[2] ?? '').toLowerCase().replace(/^(?:fiscal|financial)\s+/, ''));
    const n = DEICTIC_SHIFT[key];
    if (!grain || n === undefined) return undefined;
    // A capitalised unit word is a title: ABC's "This Week", "Next Year in Jerusalem".
    if (/^[A-Z]/.test(m[2] ?? '')) return undefined;
    // "over the past year and a half", "the next decade and a half": one and a half of the unit, a span as "a year and
    // a half" is.
    const half = HALF_MORE.exec(text.slice(e, e + 16));
    const halfUnit = half && SPAN_KEYS.has(key) ? unitOf((m[2] ?? '').toLowerCase().replace(/^(?:fiscal|financial)\s+/, '')) : undefined;
    if (half && halfUnit) return { start: s, end: e + half[0].length, type: 'DURATION', value: durationValue(1.5, halfUnit), source };
    // A firm's "last quarter" or "last fiscal year" is still its latest one.
    if (key === 'last' && grain !== 'quarter' && !/\s(?:fiscal|financial)\s/i.test(m[0]) && precededBy(text, s, POSSESSIVE_BEFORE)) return undefined;
    // "until my very last day", "the very last week of the campaign": "very" makes "last" the final one, never the one
    // before the writing's.
    if (key === 'last' && precededBy(text, s, VERY_BEFORE)) return undefined;
    // "the last month of World War II", "the last year of the war": the final stretch of a thing, as long as the unit.
    // A day is no stretch but the thing's final date, which the phrase alone does not give: "The last day of classes
    // is June 24".
    if (key === 'last' && /^the\s/i.test(m[0]) && (OF_A_THING.test(text.slice(e, e + 40)) || (grain === 'day' && LAST_DAY_FOR.test(text.slice(e, e + 16))))) {
      return { start: s, end: e, type: grain === 'day' ? 'DATE' : 'DURATION', value: grain === 'day' ? 'XXXX-XX-XX' : GRAIN_LENGTH[grain], source };
    }
    // "in the past decade", "over the last century": the ten (hundred) years up to now, not the 2010s or the 1900s.
    // "lost in the last decade" written in 1998 is the 1980s, though: "last" is a span only after a word of extent.
    // So with "for the next decade", "over the coming century": the ten years from now.
    const span = key === 'past' ||
      ((key === 'last' || key === 'next' || key === 'coming') && /^the\s/i.test(m[0]) && precededBy(text, s, /\b(?:over|during|throughout|across|for|within|spent|spend|spends|spending)\s+$/i));
    if ((grain === 'decade' || grain === 'century') && span) {
      return { start: s, end: e, type: 'DURATION', value: grain === 'decade' ? 'P10Y' : 'P100Y', source };
    }
    // "continues to claim the islands to this day": up to now, the writer's present (in a history too).
    // The idiom closes its clause: "referred to this day as the Black Day" is that day.
    if (grain === 'day' && key === 'this' && precededBy(text, s, UP_TO_BEFORE) && /^\s*(?:[.,;:!?)]|$)/.test(text.slice(e, e + 3))) {
      return { start: s, end: e, type: 'DATE', value: 'PRESENT_REF', source };
    }
    // "On this day in 1945": the day of the year of writing, in that year.
    const inYear = grain === 'day' && key === 'this' ? /^\s+in\s+(1[0-9]{3}|20[0-9]{2})\b/.exec(text.slice(e, e + 12)) : null;
    if (inYear) {
      const year = Number(inYear[1]);
      const value: Resolver = ({ base }) => {
        const d = anchorDay(base);
        return d && isValidDay(year, d.month, d.day) ? formatDay({ year, month: d.month, day: d.day }) : formatYear(year);
      };
      return { start: s, end: e + inYear[0].length, type: 'DATE', value, source };
    }
    // "up 17 per cent on the same month of 2012", "the same month a year earlier": the month told, in that year; so
    // with a week ("11.4 million viewers last week, down 9 percent from the same week a year ago" is 2012-W10).
    const sameInYear = key === 'same' && (grain === 'month' || grain === 'week') ? SAME_MONTH_YEAR_AFTER.exec(text.slice(e, e + 32)) : null;
    if (sameInYear) {
      const written = sameInYear[1] ? Number(sameInYear[1]) : undefined;
      const value: Resolver = ({ base, period }) => {
        if (grain === 'week') {
          const told = period?.grain === 'week' ? period : base;
          const week = told?.day !== undefined ? formatWeek({ year: told.year, month: told.month ?? 1, day: told.day }) : undefined;
          return week ? `${formatYear(written ?? Number(week.slice(0, 4)) - 1)}${week.slice(4)}` : UNKNOWN.week;
        }
        if (!base) return written !== undefined ? formatYear(written) : UNKNOWN.month;
        const year = written ?? base.year - 1;
        return base.month !== undefined ? `${formatYear(year)}-${pad2(base.month)}` : formatYear(year);
      };
      return { start: s, end: e + sameInYear[0].length, type: 'DATE', value, anaphoric: true, comparison: true, source };
    }
    // "next year's first quarter", "this year's third quarter" belong to partOfYear.
    const anaphoric = ANAPHORIC.has(key) || (key === 'next' && /^the\s/i.test(m[0]));
    // "during the previous year", "the prior month": a look back from the story, which then goes on where it was.
    if (anaphoric) return draft(s, e, grain, n, true, n < 0 ? { comparison: true } : {});
    return draft(s, e, grain, n, false, { deictic: true });
  });

const FISCAL_NOUN = pattern(
  /\b(?:the\s+)?(last|previous|preceding|current|this|next|coming)\s+fiscal\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|to|as|in|on|at|from|but|which|when|compared|against|while|over|with|than)\b)/gi,
  TRIGGER.fiscal,
);
/**
 * `the current fiscal`, `last fiscal`, `next fiscal`: "fiscal" alone is the fiscal year, as Indian news writes it
 * ("exports fell in the first quarter of the current fiscal"), read as "the current fiscal year" is. Not the adjective
 * before its noun ("the current fiscal deficit").
 */
const fiscalNoun: Parser = (text) =>
  scan(text, FISCAL_NOUN, (m, s, e) => {
    const key = (m[1] ?? '').toLowerCase();
    const n = DEICTIC_SHIFT[key];
    if (n === undefined) return undefined;
    return ANAPHORIC.has(key) ? draft(s, e, 'year', n, true, n < 0 ? { comparison: true } : {}) : draft(s, e, 'year', n, false, { deictic: true });
  });

const TWO_AWAY = pattern(/\bthe\s+(day|week|month|year)\s+(before\s+last|after\s+next)\b/gi, TRIGGER.unit);
/** `the week before last`, `the month after next`: two steps from the DCT ("the day before last Tuesday" is not). */
const twoAway: Parser = (text) =>
  scan(text, TWO_AWAY, (m, s, e) => {
    const grain = grainOf(m[1] ?? '');
    if (/^\s+(?:[A-Z\d]|(?:week|month|year|night|time)\b)/.test(text.slice(e, e + 8))) return undefined;
    return grain ? draft(s, e, grain, /^before/i.test(m[2] ?? '') ? -2 : 2, false, { deictic: true }) : undefined;
  });

/** A count of units right after "before" or "after": "after 35 years", "before two weeks of talks". */
const COUNT_AFTER = new RegExp(`^\\s+(?:${COUNT_RE}|${VAGUE_COUNT_RE})[\\s-]+${UNIT}\\b`, 'i');
const DAY_BEFORE = pattern(new RegExp(`\\bthe\\s+(day|week|month|year)\\s+(before|after|following)\\b(?:\\s+that(?=\\s*(?:[,.;:!?)"”]|$)))?${BARE}`, 'gi'), TRIGGER.unit);
/**
 * `the day before`, `the day after`, `the year before`, `the week following`, `the year before that` (closing its
 * phrase) — anaphoric single-step offsets.
 */
const dayBefore: Parser = (text) =>
  scan(text, DAY_BEFORE, (m, s, e) => {
    // "retires at the end of the month after 35 years": "after" opens a span of its own, not the next month.
    if (COUNT_AFTER.test(text.slice(e, e + 32))) return undefined;
    const grain = grainOf(m[1] ?? '');
    return grain ? draft(s, e, grain, (m[2] ?? '').toLowerCase() === 'before' ? -1 : 1, true) : undefined;
  });

const YEAR_AGO = pattern(/\b(?:(?:the\s+)?(?:comparable\s+|corresponding\s+)?(year-(?:earlier|ago)\s+(?:(?:first|second|third|fourth)\s+)?(?:period|quarter|nine\s+months|six\s+months|month|level))|(year-(?:earlier|ago)))\b/gi, TRIGGER.unit, /year-(?:earlier|ago)/i);
/**
 * Earnings-report comparisons: `year-earlier`, `year-ago`, `the year-ago quarter`, `the year-earlier period`.
 * A following noun brings "the" into the extent; a bare adjective does not (TimeBank).
 */
const yearAgo: Parser = (text) =>
  scan(text, YEAR_AGO, (m, s, e) => {
    // "the year-earlier nine months" names a span of months, as "the nine months" does.
    const months = /\b(nine|six)\s+months$/i.exec(m[0]);
    if (months) return { start: s, end: e, type: 'DURATION', value: months[1]?.toLowerCase() === 'nine' ? 'P9M' : 'P6M', source };
    return /quarter$/i.test(m[0])
      ? { ...comparison(s, e, 'year', -1, false), value: quarterAgo }
      : comparison(s, e, 'year', -1, false);
  });

/** "the year-ago quarter" with no quarter mentioned yet: the last completed quarter before the DCT, a year back. */
const quarterAgo: Resolver = quarterAYearBefore(offsetResolver('quarter', -5));

const PART_OF_THE = pattern(/\bthe\s+(?:(?:fiscal|financial|calendar)\s+)?(year|month|week|decade|century)\b/gi, TRIGGER.unit);
const SINCE_START_OF = /\bsince\s+the\s+(?:start|beginning)\s+of\s+$/i;
const YEAR_EARLIER_IN_SENTENCE = /\b(?:1[0-9]{3}|20[0-9]{2})\b[^.!?]*$/;
const PART_WORD = /\b(?:end|beginning|start|middle|rest|remainder|course|close|(?:early|late|latter)\s+part|first\s+half|second\s+half|latter\s+half)\s+of\s+$/i;
/** "early in the decade", "later in the century": a decade or century after a position word and "in" is a part of it. */
const EARLY_IN = /\b(?:early|late|earlier|later)\s+in\s+$/i;
const SIDE_AFTER = /^\s+(?:after|before)\b/i;
/**
 * `the year` / `the month` after a part word (`the end of the year`, `the rest of the month`, `the end of the fiscal
 * year`, `the end of the calendar year`): the period under
 * discussion. The part word itself joins the extent in the modifiers refiner.
 */
const partOfThe: Parser = (text) =>
  scan(text, PART_OF_THE, (m, s, e) => {
    const grain = grainOf(m[1] ?? '');
    if (!grain) return undefined;
    // "grounded early in the year after battery fires": placed by a word of position, the year (month) the story is
    // at, whose clause goes on with "after" or "before" (which "the year after the war" counts from; thePeriod leaves
    // those out).
    if ((grain === 'year' || grain === 'month') && SIDE_AFTER.test(text.slice(e, e + 8)) && precededBy(text, s, EARLY_IN)) {
      return grain === 'year' ? { ...draft(s, e, grain, 0, false), value: yearSummedUp } : draft(s, e, grain, 0, true);
    }
    if (!(precededBy(text, s, PART_WORD) || ((grain === 'decade' || grain === 'century') && precededBy(text, s, EARLY_IN)))) return undefined;
    // "half of them since the start of the year": a span that runs up to now starts in the year of writing, whatever
    // year was told before (in a history, the one it is at); not one in the same sentence ("In 2009 … and since the
    // beginning of the year it had shed 300 jobs").
    if (precededBy(text, s, SINCE_START_OF) && !YEAR_EARLIER_IN_SENTENCE.test(text.slice(Math.max(0, s - 200), s))) {
      return draft(s, e, grain, 0, false);
    }
    const d = draft(s, e, grain, 0, true);
    if (grain !== 'week') return d;
    // "served since 1987 … by the end of the week": in news, a year told holds no week, so the week is unknown here
    // and taken from the writing, as a month is.
    const week = d.value as Resolver;
    const value: Resolver = (ctx) => (ctx.narrative || ctx.base?.day !== undefined ? week(ctx) : UNKNOWN.week);
    return { ...d, value };
  });

const YEAR_END = pattern(/\b(?:the\s+)?(year|month|week)(?:['’]s)?[\s-]end\b/gi, TRIGGER.unit);
/**
 * A word after it that makes "year-end" an adjective ("the year-end rally", "at year-end levels"); not one that goes on
 * with the sentence ("by year end and plans to sell", "by year end as planned").
 */
const NOUN_AFTER_END = /^[\s-]+(?!(?:and|or|but|as|if|when|after|before|while|than|because|unless|to|in|at|on|for|with|from|of|the|a|an|it|its|he|she|they|we|is|was|will|would)\b)[a-z]/;
/** A preposition makes "year-end" a time ("by year-end", "since year-end"); before a noun it is an adjective. */
const YEAR_END_CONTEXT = /\b(?:by|at|before|after|since|until|till|around|through|to|into|from|near|toward|towards)\s+$/i;
const DAY_VALUE_RE = /^\d{4}-\d\d-\d\d$/;
const AT_OR_INTO = /\b(?:at|into|around)\s+$/i;
/**
 * `by year-end`, `since year end`, `by year's end`, `at month's end`, `by week's end`: the end of the current year,
 * month or week, or of the last one after "since" (a span counted from it has already begun). Valued like "the end of
 * the year": the year (or month, or week), with mod END. A week's only with its possessive: "week end" is the weekend.
 */
const yearEnd: Parser = (text) =>
  scan(text, YEAR_END, (m, s, e) => {
    if (!precededBy(text, s, YEAR_END_CONTEXT) || NOUN_AFTER_END.test(text.slice(e, e + 12))) return undefined;
    const unit = (m[1] ?? '').toLowerCase();
    if (unit === 'week' && !/['’]s\s+end$/i.test(m[0])) return undefined;
    const grain = unit === 'month' || unit === 'week' ? unit : 'year';
    const n = precededBy(text, s, /\bsince\s+$/i) ? -1 : 0;
    // The hyphened "year-end", as accounts write it, is the closing day: "since year-end" counts from December 31.
    // Told of a deed at it in the past, it is the last one closed: "repo rates spiked at month-end", written on March
    // 21, is February 28 (a deadline, "rose by month-end", is left to the current one).
    if (/^(?:year|month)-end$/i.test(m[0])) {
      const at = precededBy(text, s, AT_OR_INTO);
      const closingDay = (ctx: ResolveContext, k: number): string => {
        const period = offsetResolver(grain, k)(ctx);
        const at = /^(-?\d{4})(?:-(\d\d))?$/.exec(period);
        if (!at) return period;
        const [year, month] = [Number(at[1]), at[2] ? Number(at[2]) : 12];
        return formatDay(addDays(shift({ year, month, day: 1 }, 'month', 1), -1));
      };
      const value: Resolver = (ctx) => {
        const day = closingDay(ctx, n);
        const today = anchorDay(ctx.base);
        const ahead = today !== undefined && DAY_VALUE_RE.test(day) && day > formatDay(today);
        return n === 0 && at && ahead && ctx.tense === 'past' && !ctx.narrative ? closingDay(ctx, -1) : day;
      };
      return { start: s, end: e, type: 'DATE', value, source, deictic: true };
    }
    return { ...draft(s, e, grain, n, false), mod: 'END', deictic: true };
  });

const LATEST_PERIOD = pattern(/\bthe\s+(?:latest|most\s+recent)\s+(week|month)\b/gi, TRIGGER.unit);
/** "the latest week ended Oct. 18", "the latest month for which figures are available": a week of its day, a month of something. */
const LATEST_WEEK_OF_DAY_AFTER = /^\s+(?:ended|ending|to)\s+(?:\d|[A-Z])/;
/**
 * `the latest week`, `the most recent month`: in data reports, the last one whose figures are in, the one before the
 * writing's (as "the latest quarter" is the last one ended); with the day it ended after it, the week of that day.
 */
const latestPeriod: Parser = (text) =>
  scan(text, LATEST_PERIOD, (m, s, e) => {
    const grain = grainOf(m[1] ?? '');
    if (!grain || /^\s+(?:of|for|since)\b/i.test(text.slice(e, e + 8))) return undefined;
    if (LATEST_WEEK_OF_DAY_AFTER.test(text.slice(e, e + 14))) return grain === 'week' ? { ...draft(s, e, grain, 0, false), dayAfter: true } : undefined;
    return draft(s, e, grain, -1, false, { deictic: true });
  });

/** The word that ties a week to a day of it written next: " to 10 January", " through March 15", " ending on Friday". */
const WEEK_OF_DAY_AFTER = /^\s+(?:to|up\s+to|through|thru|commencing|beginning|starting|ending|ended)\s+(?:on\s+)?(?:\d|[A-Z])/;
const THE_PERIOD = pattern(/\bthe\s+(?:(full|fiscal|financial|entire|whole)\s+)?(year|week|month)\b(?![\s-]+(?:\d|ago|earlier|old|long|before|after|two|end\b|of\b(?!\s+[$£€¥])))/gi, TRIGGER.unit);
/**
 * Award titles, not periods: "player of the year". (Nor is "the year-end rally": before a noun "year-end" says what
 * kind of rally; after a preposition it is a time of its own, yearEnd's.)
 */
const TITLE_BEFORE = /\b(?:man|woman|person|player|coach|rookie|car|book|album|song|team|story|event|deal|word|event)\s+of\s+$/i;
/**
 * A bare `the year`, `the full year`, `the week`, and `later in the month`: in news the current one ("earnings for the year", "for the week, the
 * index dropped", "a high for the year of $42.875", where the figure is what "of" leads to), in a history the one under
 * discussion. `the year ended June 30` and `the year to March 31` are
 * twelve-month spans instead.
 */
const thePeriod: Parser = (text) =>
  scan(text, THE_PERIOD, (m, s, e) => {
    const grain = grainOf(m[2] ?? '');
    if (!grain || precededBy(text, s, TITLE_BEFORE) || precededBy(text, s, PART_WORD)) return undefined;
    // "downloaded 5 million times in the week since its release": the span from a time to now, as "the 12 months since"
    // is.
    if (SINCE_AFTER.test(text.slice(e, e + 7))) return { start: s, end: e, type: 'DURATION', value: GRAIN_LENGTH[grain], source };
    // "in the year just ended", "the week that has just ended", "the month just gone": the last one, as "last year" is
    // (in December the year written in, as a year that "ended" is). TimeBank leaves the words after it out of the extent.
    if (JUST_ENDED_AFTER.test(text.slice(e, e + 30))) {
      return grain === 'year' ? { ...draft(s, e, grain, 0, false), value: yearThatEnded } : draft(s, e, grain, -1, false);
    }
    // A bare "the month" is as often any month ("the month of Ramadan", "employee of the month"); placed by a word of
    // position, "later in the month", "early in the month", it is the one the story is at.
    // So is one a figure is measured in: "Orders fell 2.7% in the month", "sales of $4 billion for the month".
    if (grain === 'month') return m[1] || !(precededBy(text, s, POSITION_IN_BEFORE) || figureInMonth(text, s, e)) ? undefined : draft(s, e, grain, 0, true);
    // "the week to 10 January", "the week commencing 15 May", "the week ended Friday", "the week through March 15": the
    // week of the day written next.
    if (grain === 'week' && WEEK_OF_DAY_AFTER.test(text.slice(e, e + 22))) {
      return { ...draft(s, e, grain, 0, false), dayAfter: true };
    }
    // "the year ended June 30", "the fiscal year that ended Sept. 30", "the year to March 31", "the year through March
    // 31", "the year to the end of February": the twelve months up to that day.
    if (SPAN_TO_DAY_AFTER.test(text.slice(e, e + 30))) {
      return grain === 'year' ? { start: s, end: e, type: 'DURATION', value: 'P1Y', source } : undefined;
    }
    // "Profit rose in the fourth quarter and the full year": the year of that quarter.
    if (grain === 'year' && precededBy(text, s, QUARTER_AND_BEFORE)) return draft(s, e, grain, 0, true);
    // "In 2019, the year her book came out": the year in apposition is the one just written.
    if (grain === 'year' && precededBy(text, s, YEAR_IN_APPOSITION)) return draft(s, e, grain, 0, true);
    // "2013 was the year the pope resigned", "2006 will be the year the housing market cools": so is one a year is
    // said to be.
    if (grain === 'year' && COPULA_WORDS.has(wordBefore(text, s)) && precededBy(text, s, YEAR_IS_BEFORE)) return draft(s, e, grain, 0, true);
    // "The band formed in 1977. That was the year disco peaked": the year a "that" or "it" told before is said to have
    // been (not "It was the year's best opening", a figure of the year of writing).
    if (grain === 'year' && wordBefore(text, s) === 'was' && precededBy(text, s, THAT_WAS_BEFORE) && !POSSESSIVE_AFTER.test(text.slice(e, e + 2))) {
      return draft(s, e, grain, 0, true);
    }
    // "The company ended the year with $30 million in cash", "the year ended with 506 homicides", written in February:
    // the year that has ended, the last one (but December's "stocks closed the year higher" is its own, and a
    // history's year is the one it is at). One told after a year in its sentence is of that year: "in 1996, the index
    // ended the year up 26 percent".
    if (grain === 'year' && !m[1] && (precededBy(text, s, ENDED_BEFORE) || /^\s+ended\b/.test(text.slice(e, e + 8)))) {
      if (YEAR_FRAME_IN_SENTENCE.test(text.slice(Math.max(0, s - 120), s))) return draft(s, e, grain, 0, true);
      return { ...draft(s, e, grain, 0, false), value: yearThatEnded };
    }
    const summed = grain === 'year' && (SUMMED_OVER_WORDS.has(wordBefore(text, s)) || (wordBefore(text, s) === 'of' && precededBy(text, s, CLOSING_PART_OF_BEFORE)) ||
      (wordBefore(text, s) === 'in' && precededBy(text, s, POSITION_IN_BEFORE)));
    return summed ? { ...draft(s, e, grain, 0, false), value: yearSummedUp } : grain === 'year' ? { ...draft(s, e, grain, 0, false), value: yearOfOutlook } : draft(s, e, grain, 0, false);
  });
/**
 * How far into January a year summed up in the past is still the one just ended: "For the year, the S&P 500 rose 13.4
 * percent", written on January 2, tells the last year's gain, as a year a few days old has none to tell ("the first
 * trading day of the year" is the new one). So is one summed up right after a time of last year: "Profit rose in the
 * three months to December. For the full year, revenue climbed 7 percent", written in March. A year placed by a word
 * of position is read so too: "the jets were grounded early in the year", written on January 2, is the year just ended.
 */
const EARLY_JANUARY = 10;
/** The words a year is summed up over: "for the year", "during the year" ("6,000 stores closed during the year"), "over the year". */
const SUMMED_OVER_WORDS: ReadonlySet<string> = new Set(['for', 'during', 'over', 'throughout']);
/**
 * "shrank in the final three months of the year", "rallied in the last days of the year": the year's closing part,
 * told in the past in the first days of January, is of the year just ended (its first days are the new one's).
 */
const CLOSING_PART_OF_BEFORE = /\b(?:last|final|closing|dying)\s+(?:[\w-]+\s+){0,3}of\s+$/i;
/**
 * Told ahead (or in the present) in December right after the coming year was written ("we expect prices to remain flat in 2013.
 * Conditions are likely to remain challenging for much of the year"), "the year" is that one: the writing's has days
 * left.
 */
const yearOfOutlook: Resolver = (ctx) => {
  const { base: b, previous: p } = ctx;
  const ahead = !ctx.narrative && (ctx.tense === 'future' || ctx.tense === 'present') && b?.month === 12 && p !== undefined && p.month === undefined && p.quarter === undefined && p.year === b.year + 1;
  return offsetResolver('year', ahead ? 1 : 0)(ctx);
};
const yearSummedUp: Resolver = (ctx) => {
  const { base: b, previous: p } = ctx;
  const past = !ctx.narrative && ctx.tense === 'past';
  const justEnded = past && b?.month === 1 && b.day !== undefined && b.day <= EARLY_JANUARY;
  const lastTold = past && b !== undefined && p !== undefined && p.year === b.year - 1;
  return offsetResolver('year', justEnded || lastTold ? -1 : 0)(ctx);
};
/**
 * "ended June 30", "that ended Sept. 30", "ending in March", "ending tomorrow", "to March 31", "through March 31", "to the
 * end of February": the day (month) a twelve-month span runs up to.
 */
const SPAN_TO_DAY_AFTER = /^\s+(?:(?:(?:that|which)\s+)?(?:ended|ending)\s+(?:on\s+|in\s+)?|(?:to|through)\s+(?:the\s+end\s+of\s+)?)(?:\d|[A-Z]|today|tomorrow|yesterday|(?:this|last|next)\s)/;
const yearThatEnded: Resolver = (ctx) => offsetResolver('year', ctx.narrative || ctx.base?.month === 12 ? 0 : -1)(ctx);
const POSITION_IN_BEFORE = /\b(?:earlier|later|early|late)\s+in\s+$/i;
/** A figure, and its unit, right before "in", "for" or "during": "0.2% in", "$4.1 billion for", "233,000 jobs during". */
const FIGURE_IN_BEFORE = /\d(?:\s*%|\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:in|for|during)\s+$/i;
/** "3 percent in the month of Ramadan": a month named after it. */
const OF_MONTH_AFTER = /^\s+of\b/i;
/**
 * "Factory orders fell 1.4% in September. Durable goods orders fell 2.7% in the month": a figure measured in "the
 * month" is measured in the month the story is at.
 */
const figureInMonth = (text: string, s: number, e: number): boolean =>
  precededBy(text, s, FIGURE_IN_BEFORE) && !OF_MONTH_AFTER.test(text.slice(e, e + 4));
const SINCE_AFTER = /^\s+since\b/;
const QUARTER_AND_BEFORE = /\bquarter\s+and\s+$/i;
/** " just ended", " that has just ended", " just gone", " just past": the period before the one of writing. */
const JUST_ENDED_AFTER = /^\s+(?:(?:that|which)\s+)?(?:has\s+)?just\s+(?:ended|finished|closed|gone|past|completed|concluded)\b/;
const ENDED_BEFORE = /\b(?:ended|finished|closed)\s+$/i;
const YEAR_IN_APPOSITION = /\b(?:1[0-9]{3}|20[0-9]{2}),\s+$/;
/** A year and a copula right before: "2013 was", "2006 will be", "2012 has also been". */
const YEAR_IS_BEFORE = /\b(?:1[0-9]{3}|20[0-9]{2})\s+(?:(?:was|is)|(?:will|would|could|may|might)\s+(?:also\s+)?be|(?:has|had)\s+(?:also\s+)?been)\s+(?:also\s+)?$/;
const COPULA_WORDS: ReadonlySet<string> = new Set(['was', 'is', 'be', 'been', 'also']);
/** "That was", "It was", "that was also": a subject that points back, and its copula in the past. */
const THAT_WAS_BEFORE = /\b(?:[Tt]hat|[Ii]t)\s+was\s+$/;
const POSSESSIVE_AFTER = /^['’]s/;
/**
 * "In 2008 the index ended", ", in 1996, the index ended": a year the sentence is set in, before the timex; not the
 * year of a thing's start told in passing ("The firm, founded in 1998, ended the year").
 */
const YEAR_FRAME_IN_SENTENCE = /(?<!\b(?:founded|established|formed|created|born|built|launched|listed|incorporated|opened|started|set\s+up)\s{1,3})\b[Ii]n\s+(?:1[0-9]{3}|20[0-9]{2})\b[^.!?]*$/;

const TIME_LAST_YEAR = pattern(/\b(?:[Tt]his|[Tt]he\s+same)\s+time\s+(last|next)\s+(year|week)\b/g, TRIGGER.unit);
/**
 * `this time last year`, `the same time next year`: the month of writing, a year back or ahead; `this time next week`:
 * the day of writing, a week ahead.
 */
const timeLastYear: Parser = (text) =>
  scan(text, TIME_LAST_YEAR, (m, s, e) => {
    const sign = /^last$/i.test(m[1] ?? '') ? -1 : 1;
    return /^week$/i.test(m[2] ?? '') ? draft(s, e, 'day', 7 * sign, false, { deictic: true }) : draft(s, e, 'month', 12 * sign, false, { deictic: true });
  });

const PERIOD_TO_DATE = pattern(/\b(year|quarter|month|week)[\s-]to[\s-]date\b/gi, TRIGGER.unit);
/** `year to date`, `year-to-date sales`, `month-to-date`: the period of writing so far, told as that period. */
const periodToDate: Parser = (text) =>
  scan(text, PERIOD_TO_DATE, (m, s, e) => {
    const grain = grainOf((m[1] ?? '').toLowerCase());
    return grain ? draft(s, e, grain, 0, false, { deictic: true }) : undefined;
  });

const MIDWEEK = pattern(/\bmid[\s-]?week\b/gi, TRIGGER.unit);
/** "a midweek break": any week's middle. */
const SOME_WEEK_BEFORE = /\b(?:an?|every|each|any)\s+$/i;
/** "midweek deals", "midweek fares": offers of the middle of any week, as travel pages sell them. */
const OFFERS_AFTER = /^\s+(?:deals|fares|flights|discounts|rates|prices|specials|packages|stays|getaways|breaks|trips|offers)\b/i;
/** `by midweek`, `mid-week`: the middle of the week the text is at. */
const midweek: Parser = (text) =>
  scan(text, MIDWEEK, (_m, s, e) =>
    precededBy(text, s, SOME_WEEK_BEFORE) || OFFERS_AFTER.test(text.slice(e, e + 12)) ? undefined : draft(s, e, 'week', 0, true, { mod: 'MID' }));

const MIDYEAR = pattern(/\bmid[\s-]?year\b(?:,?\s+(1[0-9]{3}|20[0-9]{2})\b)?/gi, TRIGGER.unit);
/**
 * `by midyear`, `until mid-year`, `by midyear 2014`: the middle of the year of writing, or of the year written (as
 * `mid-2014`). After a preposition only: "the midyear review" names a thing.
 */
const midyear: Parser = (text) =>
  scan(text, MIDYEAR, (m, s, e) => {
    if (!precededBy(text, s, YEAR_END_CONTEXT) || NOUN_AFTER_END.test(text.slice(e, e + 12))) return undefined;
    if (m[1]) return { start: s, end: e, type: 'DATE', value: m[1], mod: 'MID', source };
    return { ...draft(s, e, 'year', 0, false), mod: 'MID', deictic: true };
  });

const QUARTER_CENTURY_OFFSET = pattern(/\b(?:an?|one|(three)[\s-])\s*quarters?(?:[\s-]|\s+of\s+a\s+)century\s+(ago|earlier|later)\b/gi, TRIGGER.quarter);
/**
 * `a quarter-century later` (25 years on), `a quarter of a century ago`, `a quarter century earlier`, `three-quarters of
 * a century ago` (75 years back): a date, not the span.
 */
const quarterCenturyOffset: Parser = (text) =>
  scan(text, QUARTER_CENTURY_OFFSET, (m, s, e) => {
    // "a quarters century" is no phrase: one quarter is singular, three plural.
    if (/quarters/i.test(m[0]) !== Boolean(m[1])) return undefined;
    const years = m[1] ? 75 : 25;
    const dir = (m[2] ?? '').toLowerCase();
    return draft(s, e, 'year', dir === 'later' ? years : -years, dir !== 'ago', {
      ...(dir === 'earlier' ? { comparison: true } : {}),
      ...(dir === 'ago' ? { deictic: true } : {}),
    });
  });

const GENERATIONS_AGO = pattern(/\b(?:(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]\s+few|[Aa]\s+couple\s+of)\s+generations?|[Gg]enerations)\s+ago\b/g, TRIGGER.ago);
/** `a generation ago`, `two generations ago`, `generations ago`: some time back, of no length a calendar measures (PAST_REF). */
const generationsAgo: Parser = (text) =>
  text.includes('generation') ? scan(text, GENERATIONS_AGO, (_m, s, e) => ({ start: s, end: e, type: 'DATE', value: 'PAST_REF', deictic: true, source })) : [];

export const relativeOffsetParser: Parser = (text) => [
  ...compoundOffset(text), ...countedOffset(text), ...deepTime(text), ...fortnightOffset(text), ...halfOffset(text), ...quarterCenturyOffset(text), ...bareAgo(text), ...generationsAgo(text), ...namedOffset(text), ...fiscalNoun(text), ...twoAway(text), ...dayBefore(text), ...yearAgo(text), ...partOfThe(text), ...thePeriod(text), ...latestPeriod(text),
  ...yearEnd(text), ...timeLastYear(text), ...periodToDate(text), ...midweek(text), ...midyear(text),
];
