/**
 * Month names without a year: `March 22`, `Sept. 30`, `20 July`, `Friday, Oct. 23`, bare `February`.
 * The year comes later from the reference time and the tense (see resolve.ts).
 */
import { formatDay, formatMonth, formatWeek, formatYear, isValidDay, isoWeekday, parseDay, type Day } from '../calendar.ts';
import { anchorDay, matchesAt, pattern, precededBy, scan, wordBefore, type Draft, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { DATED_MONTH_RE, DATED_WEEKDAY_RE, DAY_ORDINAL_WORD_RE, DETERMINER_BEFORE, MONTH_RE, NOUN_AFTER_DATE, movedFromBefore, ORDINAL_RE, putOffFrom, REPORT_VERB_BEFORE, SINCE_BEFORE, TOLD_YEAR_SHIFT, WEEKDAY_RE, monthOf, ordinalValue, weekdayOf } from '../lexicon.ts';
import { dayOfMonthResolver, dayOfShiftedMonthResolver, monthDayResolver, pickByTense, type Force } from '../resolve.ts';
import { PLURAL_AFTER } from './absoluteDate.ts';

const source = 'monthDay';
const WD = `(?:${DATED_WEEKDAY_RE},?\\s+(?:the\\s+)?)?`;
/**
 * "the March 14 alliance", "the 23 March Movement", "the Feb. 17 Brigade": a day right before the word for a group
 * names the group (after a rally or a rising on that day), no time the text tells.
 */
const GROUP_AFTER = /\s{1,3}(?:[A-Z][a-z]{1,16}\s{1,3})?(?:[Mm]ovement|[Aa]lliance|[Cc]oalition|[Bb]rigades?|[Bb]loc)\b/y;
/** Tried where the date ends (sticky), with no copy of the text after it. */
const namesGroup = (text: string, end: number): boolean => matchesAt(GROUP_AFTER, text, end);
/** A day number right before a month, as a group's name writes it: "the 26 July Movement", "the 26th of July Movement". */
const DAY_BEFORE_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/;

/** A day number must not run on into other digits, a percentage or a clock time. */
const DAY_END = '(?:st|nd|rd|th)?\\b(?![,.:]?\\d|\\s*(?:%|percent|per\\s?cent))';

/** The weekday a match starts with, if any ("Friday, Oct. 23"). */
const leadingWeekday = (m: RegExpExecArray): number | undefined => weekdayOf(/^[A-Za-z]+\.?/.exec(m[0])?.[0] ?? '');

const make = (month: number | undefined, day: number | undefined, start: number, end: number, weekday?: number, namesAThing = false): Draft | undefined =>
  month && (day === undefined || isValidDay(2000, month, day))
    ? { start, end, type: 'DATE', value: monthDayResolver(month, day, undefined, weekday, namesAThing), yearless: true, source }
    : undefined;

/** "from 1 May to", "between March 3 and": a day that starts a span right before. */
const DAY_SPAN_START = new RegExp(
  `\\b(?:from|between)\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?)\\s*(?:to|through|till|until|and|[-–])\\s*$`,
);
/**
 * "the Sept. 11 attacks", "the September 11 hijackers", "the 9/11 commission": the attacks of 2001, whatever the year of
 * writing.
 */
const SEPT_11_AFTER = /^\s+(?:(?:terror(?:ist)?\s+)?attacks?|hijack(?:ers?|ings?)|commission|memorial|museum|victims)\b/i;
/** "the attacks of September 11", "the terrorist attacks of Sept. 11": the same attacks, named before the day. */
const SEPT_11_BEFORE = /\battacks\s+of\s+$/i;
/** Told from 2001 on, the day of 2001; before, some Sept. 11 like any other. */
const septemberEleventh = (weekday: number | undefined): Resolver => {
  const plain = monthDayResolver(9, 11, undefined, weekday);
  return (ctx) => (ctx.base === undefined || ctx.base.year >= 2001 ? '2001-09-11' : plain(ctx));
};
/**
 * "marked the second anniversary of the March 11 disaster", "on the 10th anniversary of the Oct. 12 bombings": the day
 * an anniversary is of lies as many years back as it counts from the day of that date it is marked on, the one the
 * clause places.
 */
const ANNIVERSARY_OF_BEFORE = new RegExp(`\\b(${ORDINAL_RE})\\s+anniversary\\s+of\\s+(?:the\\s+|its\\s+|his\\s+|her\\s+|their\\s+)?$`, 'i');
const ANNIVERSARY_REACH = 56;
function anniversaryYears(text: string, start: number): number | undefined {
  const before = text.slice(Math.max(0, start - ANNIVERSARY_REACH), start);
  if (!before.includes('anniversary')) return undefined;
  const m = ANNIVERSARY_OF_BEFORE.exec(before);
  return m ? ordinalValue(m[1] ?? '') : undefined;
}
/** The value `resolve` gives, `years` earlier. */
const yearsBefore = (years: number, resolve: Resolver): Resolver => (ctx) => {
  const value = resolve(ctx);
  const year = /^\d{4}/.exec(value);
  return year ? formatYear(Number(year[0]) - years) + value.slice(4) : value;
};
/**
 * A month and day; one that ends a span ("from 1 May to 31 October") is the first such day after the span's start,
 * whatever the tense says of each end; one that starts a span may start the one running (runningSpanStart).
 */
function monthAndDay(text: string, month: number | undefined, day: number, start: number, end: number, weekday?: number): Draft | undefined {
  if (namesGroup(text, end)) return undefined;
  if (month === 9 && day === 11 && (SEPT_11_AFTER.test(text.slice(end, end + 24)) || SEPT_11_BEFORE.test(text.slice(Math.max(0, start - 12), start)))) return { start, end, type: 'DATE', value: septemberEleventh(weekday), yearless: true, source };
  // "would present his budget after the Feb. 4 deadline": a day that names a thing is not what the clause plans.
  const namesAThing = DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && NOUN_AFTER_DATE.test(text.slice(end, end + 24));
  const d = make(month, day, start, end, weekday, namesAThing);
  const years = d && typeof d.value === 'function' ? anniversaryYears(text, start) : undefined;
  if (d && years && typeof d.value === 'function') return { ...d, value: yearsBefore(years, d.value) };
  if (d && month && typeof d.value === 'function' && afterSince(text, start)) return { ...d, value: sinceDay(month, day, d.value) };
  if (d && month && SPAN_FROM_LAST_LETTER.includes(text.charAt(start - 2)) && SPAN_FROM_BEFORE.test(text.slice(Math.max(0, start - 14), start))) {
    return runningSpanStart(d, text, end, month, day);
  }
  if (!d || !month || !SPAN_WORD_BEFORE.test(text.slice(Math.max(0, start - 10), start))) return d;
  return DAY_SPAN_START.test(text.slice(Math.max(0, start - 40), start)) && !movedFromBefore(text, start) ? spanEnd(start, end, month, day) : d;
}


const SPAN_FROM_BEFORE = /\b(?:from|between)\s+(?:the\s+)?$/;
/** The last letters of "from", "between" and "the": a cheap look before the pattern, asked of every day of a month. */
const SPAN_FROM_LAST_LETTER = 'mne';
/** The other end of a span of days right after its start: "to Nov. 30", "through 30 November". */
const SPAN_END_DAY_AFTER = new RegExp(`^\\s*(?:to|through|till|until|and|[-–])\\s*(?:the\\s+)?(?:(${MONTH_RE})\\s+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE}))\\b`);
/**
 * "The hurricane season runs from June 1 through Nov. 30", told in August: a span of days not told in the past that
 * holds the day it is told from is the one running now, not the next.
 */
function runningSpanStart(d: Draft, text: string, end: number, month: number, day: number): Draft {
  const m = SPAN_END_DAY_AFTER.exec(text.slice(end, end + 30));
  const endMonth = m ? monthOf(m[1] ?? m[4] ?? '') : undefined;
  const endDay = m ? Number(m[2] ?? m[3]) : 0;
  if (!endMonth || endMonth * 100 + endDay <= month * 100 + day || typeof d.value !== 'function') return d;
  const plain = d.value;
  const value: Resolver = (ctx) => {
    const b = ctx.tense === 'past' ? undefined : anchorDay(ctx.base);
    const at = b ? b.month * 100 + b.day : 0;
    return b && at >= month * 100 + day && at <= endMonth * 100 + endDay ? formatDay({ year: b.year, month, day }) : plain(ctx);
  };
  return { ...d, value };
}

/** The end of a span of months or days: the first such month or day after the span's start, the time told last. */
const spanEnd = (start: number, end: number, month: number, day?: number): Draft =>
  ({ start, end, type: 'DATE', value: monthDayResolver(month, day, 'future'), anaphoric: true, source });

// With a day after it, a month needs no dot ("from Mar 4"): the verb "mar" is not capitalised before a number.
// "July the 4th": an article before a day number that has its ordinal ending.
const MONTH_THEN_DAY = pattern(new RegExp(`\\b${WD}(${DATED_MONTH_RE})\\s+(?:the\\s+(?=\\d{1,2}(?:st|nd|rd|th)\\b))?(\\d{1,2})${DAY_END}`, 'g'), TRIGGER.month);
const monthThenDay: Parser = (text) =>
  scan(text, MONTH_THEN_DAY, (m, s, e) =>
    monthAndDay(text, monthOf(m[1] ?? ''), Number(m[2]), s, e, leadingWeekday(m)));

// "the 20 September", "the 25th of August": the article belongs to the date (TimeML extent); not one of a thing the
// date names ("the 4 March poll", as "the March 4 poll"), though an ordinal day keeps it ("The 25th of August
// offensive").
const ORDINAL_OR_OF = /\d(?:st|nd|rd|th)|\sof\s/;
const DAY_THEN_MONTH = pattern(new RegExp(`\\b(?:${DATED_WEEKDAY_RE},?\\s+)?([Tt]he\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${DATED_MONTH_RE})\\b`, 'g'), TRIGGER.month);
const dayThenMonth: Parser = (text) =>
  scan(text, DAY_THEN_MONTH, (m, s, e) => {
    const article = m[1] && m[0].startsWith(m[1]) && !ORDINAL_OR_OF.test(m[0]) && NOUN_AFTER_DATE.test(text.slice(e, e + 16)) ? m[1].length : 0;
    return monthAndDay(text, monthOf(m[3] ?? ''), Number(m[2]), s + article, e, leadingWeekday(m));
  });

// "Fri 24/01", "Tues 1/14": a weekday written before two numbers makes them a day of the month.
const WEEKDAY_NUMBERS = pattern(new RegExp(`\\b${DATED_WEEKDAY_RE},?\\s+(\\d{1,2})/(\\d{1,2})\\b(?![/.]\\d)`, 'g'), TRIGGER.digit, ['/']);
/**
 * A day written in numbers without a year after its weekday, as notes and e-mails write them: day first ("24/01") or
 * month first ("1/14") as the numbers allow; where both can be read, the reading whose day falls on that weekday
 * nearest the time told.
 */
const weekdayNumbers: Parser = (text) =>
  scan(text, WEEKDAY_NUMBERS, (m, s, e) => {
    const weekday = leadingWeekday(m);
    const [a, b] = [Number(m[1]), Number(m[2])];
    const readings = ([[b, a], [a, b]] as const).filter(([month, day]) => month >= 1 && month <= 12 && isValidDay(2000, month, day));
    if (weekday === undefined || !readings.length) return undefined;
    const resolvers = readings.map(([month, day]) => monthDayResolver(month, day, undefined, weekday));
    const value: Resolver = (ctx) => {
      const values = resolvers.map((r) => r(ctx));
      const agreeing = values.map(parseDay).filter((d): d is Day => d !== undefined && isoWeekday(d) === weekday);
      // Both readings may fall on that weekday in some year: the one nearer the time told.
      const base = ctx.base && (anchorDay(ctx.base) ?? { year: ctx.base.year, month: ctx.base.month ?? 1, day: 1 });
      const nearest = base ? pickByTense(agreeing, base, 'unknown', 0) : agreeing[0];
      return nearest ? formatDay(nearest) : values[0]!;
    };
    return { start: s, end: e, type: 'DATE', value, yearless: true, source };
  });

const SPELLED_DAY = pattern(new RegExp(
  `\\b${WD}(?:[Tt]he\\s+(${DAY_ORDINAL_WORD_RE})\\s+of\\s+(${MONTH_RE})|(${MONTH_RE})\\s+(?:the\\s+)?(${DAY_ORDINAL_WORD_RE}))(?![\\w-])(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?`,
  'g',
), TRIGGER.dayOrdinal);
const DAY_NUMBER_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+$/i;
const NOUN_AFTER = /^\s+(?!of\b|and\b|or\b|at\b|in\b|on\b)[a-z]/;
/**
 * A noun an ordinal counts, right after it: "the April-September first half", "the October-December third quarter",
 * "the June second round" (the ordinal is of the noun; "July fourth celebrations" keeps its day).
 */
const COUNTED_NOUN_AFTER = /^[\s-]+(?:half|halves|quarter|quarters|round|leg|stage|phase|term|session|time|place|wave|straight|consecutive)\b/i;
/** A day spelled out: `the fourth of July`, `the first of May, 1886`, `June the first`, `July fourth`. */
const spelledDay: Parser = (text) =>
  scan(text, SPELLED_DAY, (m, s, e) => {
    const [month, day] = [monthOf(m[2] ?? m[3] ?? ''), ordinalValue(m[1] ?? m[4] ?? '')];
    if (!month || !day || !isValidDay(2000, month, day)) return undefined;
    // "May first be approved": "May" and "March" before a spelled ordinal need a weekday or a word of time, as alone.
    const weekday = leadingWeekday(m);
    if (m[3] && weekday === undefined && monthToken(m[3]).needsContext && !monthContextBefore(text, s)) return undefined;
    // "on 6 June the first troops landed": the month has its day already, and "the first" is of the troops.
    if (m[3] && (precededBy(text, s, DAY_NUMBER_BEFORE) || (/\sthe\s/i.test(m[0]) && m[5] === undefined && NOUN_AFTER.test(text.slice(e, e + 20))))) return undefined;
    if (m[3] && m[5] === undefined && COUNTED_NOUN_AFTER.test(text.slice(e, e + 16))) return undefined;
    const year = m[5] === undefined ? undefined : Number(m[5]);
    if (year === undefined) return make(month, day, s, e, weekday);
    return isValidDay(year, month, day) ? { start: s, end: e, type: 'DATE', value: formatDay({ year, month, day }), source } : undefined;
  });

/**
 * Words that make a capitalised month name a month. "May" and "March" are also a verb and a noun, so
 * alone they need one of these before them; the other months are accepted when capitalised. A superlative says which
 * one: "the coldest March", "its snowiest March on record".
 */
const MONTH_CONTEXT =
  /(?:\b(?:in|into|since|until|till|by|from|to|during|before|after|of|early|late|mid|last|next|this|that|through|throughout|between|and|or|each|every|around|until|on|for|since|past|in\s+early|in\s+late|as\s+(?:early|late|soon|recently)\s+as)\s+|\b(?:mid|early|late|end|start)-|\b(?:the|its|their|our)\s+(?:[a-z]{2,}est|best|worst)\s+)$/i;

/** The last words MONTH_CONTEXT can end with, a look before the pattern (tried at every position of its slice). */
const MONTH_CONTEXT_LAST_WORDS: ReadonlySet<string> = new Set([
  'in', 'into', 'since', 'until', 'till', 'by', 'from', 'to', 'during', 'before', 'after', 'of', 'early', 'late', 'mid',
  'last', 'next', 'this', 'that', 'through', 'throughout', 'between', 'and', 'or', 'each', 'every', 'around', 'on', 'for',
  'past', 'as', 'best', 'worst', 'mid-', 'early-', 'late-', 'end-', 'start-',
]);
/** Is a month at `at` preceded by a word that makes it one (MONTH_CONTEXT)? */
function monthContextBefore(text: string, at: number): boolean {
  const word = wordBefore(text, at);
  if (!MONTH_CONTEXT_LAST_WORDS.has(word) && !word.endsWith('est')) return false;
  return MONTH_CONTEXT.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * "the May budget", "the May elections": a "May" between a determiner and a thing the calendar sets is the month, though
 * not before any noun ("the May government", "the May years" are a prime minister's).
 */
const EVENT_AFTER_MAY = /^\s+(?:budget|elections?|polls?|meeting|summit|deadline|referendum|session|sitting|figures|data|auction|review|statement|vote|ballot|contracts?|futures)\b/;
/**
 * "the March accession", "a March operation", "its March issue": a capitalised "March" between a determiner and a noun
 * is the month (for the other months no such word is needed). Not the name of a march ("the March on Rome", "the March
 * of Dimes", "the March ended"), which a preposition or a verb follows. ("May" is left alone: "the May government" is
 * as often a prime minister's.)
 */
const NOUN_AFTER_MARCH = /^\s+(?!(?:of|on|to|for|from|through|across|into|against|toward|towards|in|at|by|with|and|or|past|around|was|were|is|are|will|would|has|had|have|began|drew|went|took|became|came|made|ran|did|does|the|this|that|these|those|its|their|his|her|our|but|which|who|when|where|it|they|he|she|we)\b)(?![a-z]+ed\b)[a-z]{3,}\b/;

/** A verb in the past that a month opening a sentence is the subject of: "May saw heavy fighting", "March brought". */
const PAST_VERB_AFTER = /^\s+(?:saw|brought|proved|was|began|ended|opened|closed|marked)\b/;
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;
/**
 * "May proved to be a turning point", "March saw the first offensives": "May" or "March" opening a sentence before a
 * verb in the past is the month (the modal "may" takes a verb's bare form: "May God save the king").
 */
const subjectOfPastVerb = (text: string, token: string, s: number, e: number): boolean =>
  (token === 'May' || token === 'March') && PAST_VERB_AFTER.test(text.slice(e, e + 12)) && OPENS_SENTENCE.test(text.slice(Math.max(0, s - 4), s));

/** "came" or "comes" right before: "Then came March", told with the subject after its verb. */
const CAME_BEFORE = /\b(?:came|comes)\s+$/;
/** The end of a clause right after: a stop or a dash. */
const CLAUSE_END_AFTER = /^\s*(?:[.,;:!?—–]|$)/;
/**
 * "Then came March.", "Then comes March, when the cuts begin": a "March" that came, closing its clause, is the month
 * (a march that came has its "the"). Not "May", which as often names a person ("Then came May, who promised…").
 */
const cameMonth = (text: string, token: string, s: number, e: number): boolean =>
  token === 'March' && CLAUSE_END_AFTER.test(text.slice(e, e + 3)) && CAME_BEFORE.test(text.slice(Math.max(0, s - 8), s));

/** "Come" opening a clause right before: "Come May,", "but come March", "\"Come March, we will be ready\"". */
const COME_OPENS_BEFORE = /(?:^|[.!?:;,"“‘(—–]\s*|\n\s*|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen)\s+)[Cc]ome\s+$/;
/**
 * "Come May, I expect things to be quiet", "but come March, buyers will be back": "come" opening a clause with a month
 * after it that closes the phrase is the month's coming (no person is so told, nor is the modal "may" followed by a
 * stop).
 */
const comeMonth = (text: string, token: string, s: number, e: number): boolean =>
  (token === 'May' || token === 'March') && CLAUSE_END_AFTER.test(text.slice(e, e + 3)) && COME_OPENS_BEFORE.test(text.slice(Math.max(0, s - 12), s));

/** A capitalised word after a month that is no month, weekday or holiday word: a surname. */
const NAME_AFTER = new RegExp(`^\\s+(?!(?:${MONTH_RE}|${WEEKDAY_RE}|Day|Bank|Holiday|Fool)\\b)[A-Z][a-z]+\\b`);
/** …unless a word of time or an article comes before the month, even glued to a heading ("1918In January Soviet"). */
const NAME_NOT_BEFORE = new RegExp(`${MONTH_CONTEXT.source}|(?<![a-z])(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ff]rom|[Dd]uring)\\s+$|\\b(?:[Tt]he|an?)\\s+(?:[\\w-]+\\s+)?$`, 'i');

/** The months that are also given names. */
const GIVEN_NAME_MONTH = /^(?:April|May|June|July|August)$/;
/**
 * "after May postponed a vote", "Cameron and May said": a month that a word joining clauses brings, right before a verb
 * of speech or of a person's deed, is the person (a month says nothing). Not after "in" ("Apple in May said" is the
 * month), nor in a list of months ("April and May said the report").
 */
const PERSON_VERB_AFTER = /^\s+(?:said|says|told|tells|added|insisted|argued|warned|urged|announced|promised|pledged|vowed|postponed|delayed|wrote|spoke|declined|refused|denied|admitted|met|asked|replied|responded|accused|appointed|resigned|insists|argues|warns|urges|wants|wanted)\b/;
const CLAUSE_JOIN_BEFORE = /\b(?:after|before|and|or|but|when|while)\s+$/;
const personOfMonthName = (text: string, s: number, e: number): boolean =>
  PERSON_VERB_AFTER.test(text.slice(e, e + 14)) && CLAUSE_JOIN_BEFORE.test(text.slice(Math.max(0, s - 8), s)) && !LISTED_MONTH_BEFORE.test(text.slice(Math.max(0, s - 24), s));
/**
 * "His late wife, June, kept the books", "survived by her daughter April": a month right after a word for a relative,
 * or the comma that names one, is her name.
 */
const RELATIVE_BEFORE = /\b(?:wife|husband|widow|widower|daughters?|sons?|sisters?|brothers?|mother|father|aunt|niece|granddaughters?|fianc[ée]e|partner|girlfriend),?\s+$/i;
/**
 * "Harold and June Pirelli", "Tom and April Reyes": a month between a first name and "and" before it and a surname
 * after it is the second name of a couple (not "between March and June Smith": a month or weekday before "and").
 */
const FIRST_NAME_AND_BEFORE = new RegExp(`\\b(?!(?:${MONTH_RE}|${WEEKDAY_RE})\\b)[A-Z][a-z]+\\s+(?:and|&)\\s+$`);

/**
 * A monthly figure named by what it counts: "February retail sales", "housing starts for February", "January factory
 * orders" (not "the January sales", the shops' sales of the month).
 */
const INDICATOR = String.raw`(?:(?:retail|home|car|auto|vehicle)\s+sales|housing\s+starts|building\s+permits|(?:factory|durable[\s-]+goods)\s+orders|industrial\s+production)`;
/**
 * "Inflation data for February are due on Saturday" told in March: the figures of a month are a thing already made, as
 * "the December jobs report" is, so in a sentence that looks ahead the month just gone may still win.
 */
const FIGURES_FOR_BEFORE = new RegExp(String.raw`\b(?:data|figures|numbers|statistics|readings?|results|sales|report|index|${INDICATOR})\s+for\s+$`, 'i');

/**
 * A possessive right before, as a determiner: "the Federal Reserve's December meeting", "Iran's June election" name a
 * thing by its month too.
 */
const POSSESSIVE_BEFORE = /[A-Za-z]['’]s\s+$/;
const possessiveBefore = (text: string, s: number): boolean => {
  const c = text.charCodeAt(s - 2);
  return (c === 115 || c === 83) && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, s - 6), s));
};

const FORCE: Readonly<Record<string, Force>> = { last: 'past', past: 'past', next: 'future', coming: 'future', this: 'this' };

/** The start of a span of months, just before its end month: "from October to", "between May and", "June-". */
const MONTH_SPAN_START = new RegExp(`(?:\\bfrom\\s+(?:${MONTH_RE})(?:\\s+\\d{4})?\\s*(?:to|through|till|until|[-–])|\\bbetween\\s+(?:${MONTH_RE})(?:\\s+\\d{4})?\\s*(?:and|[-–])|\\b(?:${MONTH_RE})\\s*[-–])\\s*$`);
/** A cheap look for the word or dash a span needs right before, then the full pattern, which tries every month name. */
const SPAN_WORD_BEFORE = /(?:\bto|through|till|until|\band|[-–])\s*$/;
const spanStartBefore = (before: string): boolean => SPAN_WORD_BEFORE.test(before.slice(-10)) && MONTH_SPAN_START.test(before);
/**
 * Words before "that September" that make it the story's month rather than a clause ("in that May", "later that June"),
 * or the start of a clause ("appeared in September 2021; that November it won").
 */
const THAT_MONTH_BEFORE = /(?:\b(?:in|during|by|until|till|since|from|through|of|later|earlier|early|late)\s+|(?:^|[.;:!?]\s+|\n\s*))$/i;
/**
 * "just before the crisis peaked that September.": after any verb, a month that closes its clause is the story's; one
 * that opens a clause ("said that May was the worst") goes on to its verb. A verb in the plural cannot be the month's
 * ("Rebellions in the north of Iraq that March were crushed").
 */
const THAT_MONTH_CLOSES = /^\s*(?:[.,;:!?)]|$|(?:and|but|when|as|after|before|while|in|on|at|with|for|were|are|have)\b)/;
const BARE_MONTH = pattern(new RegExp(`(?:\\b([Ll]ast|[Tt]his|[Tt]hat|[Nn]ext|[Pp]ast|[Cc]oming|[Tt]his\\s+past|[Tt]his\\s+coming)\\s+)?\\b(${MONTH_RE})(?!\\w|-(?!${MONTH_RE}\\b|end\\b))(?!\\.\\w)(?!\\s*\\d)`, 'g'), TRIGGER.month);
/** "by March-end", "till June-end" (Indian English, as "end-March" is business English): the end of that month. */
const END_AFTER = /^-end\b(?!-)/;
/** What a month token is alone, once per spelling: its month, unless it reads as a name; does it need a word of time? */
interface MonthToken {
  readonly month: number | undefined;
  readonly needsContext: boolean;
}
const monthTokens = new Map<string, MonthToken>();
function monthToken(token: string): MonthToken {
  let t = monthTokens.get(token);
  if (!t) {
    // "Jan Kavan": an abbreviation without its dot and without a day or year is a name.
    const name = /^[A-Z][a-z]{2,3}$/.test(token) && !/^(?:May|June|July)$/.test(token);
    const needsContext = /^(?:may|march|jan|mar|jun|jul|sept?|oct|nov|dec)\.?$/i.test(token) || /^[A-Z]{3,}$/.test(token);
    t = { month: name ? undefined : monthOf(token), needsContext };
    monthTokens.set(token, t);
  }
  return t;
}

/** "in 2010" right after a month, maybe after "on record" ("its snowiest March on record in 2003"). */
const IN_YEAR_AFTER = /^\s+(?:on\s+record\s+)?in\s+(1[0-9]{3}|20[0-9]{2})\b/;
const LISTED_MONTH_AFTER = new RegExp(`^(?:,\\s+|,?\\s+(?:and|or)\\s+)${MONTH_RE}(?![\\w])`);
/** "the outlook for April, May and June": a month between two others in a list is a month, whatever else it spells. */
const inListOfMonths = (text: string, s: number, e: number): boolean =>
  text.charCodeAt(s - 2) === 44 && LISTED_MONTH_BEFORE.test(text.slice(Math.max(0, s - 24), s)) && LISTED_MONTH_AFTER.test(text.slice(e, e + 16));

/**
 * "the March-May season", "in the May-July period": a month joined by a dash to another is a month, whatever else it
 * spells.
 */
const DASHED_MONTH_AFTER = new RegExp(`^\\s?[-–]\\s?(?:${MONTH_RE})(?![\\w-])`);
const DASHED_MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_RE})\\s?[-–]\\s?$`);
const isDash = (c: number): boolean => c === 45 || c === 8211;
/** A dash is looked for by hand first, a space away at most: the patterns run only where one is. */
const inDashedSpan = (text: string, s: number, e: number): boolean =>
  ((isDash(text.charCodeAt(e)) || isDash(text.charCodeAt(e + 1))) && DASHED_MONTH_AFTER.test(text.slice(e, e + 12))) ||
  ((isDash(text.charCodeAt(s - 1)) || isDash(text.charCodeAt(s - 2))) && DASHED_MONTH_BEFORE.test(text.slice(Math.max(0, s - 12), s)));

/**
 * "the following January", "the previous April": from a month or day, the first such month after (before) it; from a
 * year alone ("She arrived in 1989. The following June she left"), that month of the year after (before), as the month
 * of the year told would be "that June".
 */
const toldMonthResolver = (month: number, force: 'past' | 'future'): Resolver => {
  const inYear = monthDayResolver(month, undefined, force);
  return (ctx) => {
    const base = ctx.base;
    if (!base || base.month !== undefined || base.quarter !== undefined) return inYear(ctx);
    return formatMonth(base.year + (force === 'future' ? 1 : -1), month);
  };
};
const TOLD_MONTH_BEFORE = /\b[Tt]he\s+(previous|preceding|following|next)\s+$/;
/** The last letters of those words: a month after any other is looked at no further. */
const TOLD_WORD_ENDS = 'sgt';
const bareMonth: Parser = (text) =>
  scan(text, BARE_MONTH, (m, matchStart, e) => {
    const token = m[2] ?? '';
    // "the previous April", "the following March": read from the text before, as "the" is too common to try in the
    // pattern at every word.
    const told = m[1] || !TOLD_WORD_ENDS.includes(text.charAt(matchStart - 2)) ? null : TOLD_MONTH_BEFORE.exec(text.slice(Math.max(0, matchStart - 16), matchStart));
    const s = told ? matchStart - told[0].length : matchStart;
    const shift = m[1] ? m[1].toLowerCase().replace(/^this\s+/, '') : told ? `the ${told[1]!.toLowerCase()}` : '';
    const { month, needsContext } = monthToken(token);
    if (!month) return undefined;
    if (text.charCodeAt(e) === 45 && END_AFTER.test(text.slice(e, e + 5))) {
      return { start: s, end: e + 4, type: 'DATE', value: monthDayResolver(month), mod: 'END', source };
    }
    if (!shift && needsContext && !monthContextBefore(text, s) && !inListOfMonths(text, s, e) && !inDashedSpan(text, s, e) && !subjectOfPastVerb(text, token, s, e) && !cameMonth(text, token, s, e) && !comeMonth(text, token, s, e)) {
      const after = text.slice(e, e + 24);
      const thing = token === 'March' ? NOUN_AFTER_MARCH.test(after) : token === 'May' && EVENT_AFTER_MAY.test(after);
      const named = thing && (DETERMINER_BEFORE.test(text.slice(Math.max(0, s - 8), s)) || possessiveBefore(text, s));
      if (!named && !dataReportedBy(text, s, e)) return undefined;
      // It names a thing by its month, and does not move the story to that month.
      const value = isReportedMonth(text, s, e) || EXTREME_AFTER.test(text.slice(e, e + 10)) ? reportedMonth(month) : monthDayResolver(month);
      return { start: s, end: e, type: 'DATE', value, yearless: true, comparison: true, source };
    }
    // "The draft was moved to late April in 2010": a month with "in" and a year right after it is of that year.
    // ("in March in 2012 dollars" is a measure, not the year.)
    const yearAfter = shift ? undefined : IN_YEAR_AFTER.exec(text.slice(e, e + 24));
    const yearEnd = e + (yearAfter?.[0].length ?? 0);
    if (yearAfter && !PLURAL_AFTER.test(text.slice(yearEnd, yearEnd + 20))) {
      return { start: s, end: e, type: 'DATE', value: formatMonth(Number(yearAfter[1]), month), source };
    }
    // "April Jones, 5, went missing", "June Carter sang": a month before a capitalised word, with no word of time or
    // article before it, is a first name ("in June Parliament voted", "the February Revolution" keep their month).
    if (!shift && NAME_AFTER.test(text.slice(e, e + 24)) && !NAME_NOT_BEFORE.test(text.slice(Math.max(0, s - 20), s))) return undefined;
    // "Castro's 26th of July Movement": the month of a day that names a group names it too.
    if (!shift && namesGroup(text, e) && DAY_BEFORE_MONTH.test(text.slice(Math.max(0, s - 10), s))) return undefined;
    if (!shift && GIVEN_NAME_MONTH.test(token) && personOfMonthName(text, s, e)) return undefined;
    if (!shift && GIVEN_NAME_MONTH.test(token) && RELATIVE_BEFORE.test(text.slice(Math.max(0, s - 20), s))) return undefined;
    if (!shift && GIVEN_NAME_MONTH.test(token) && text.charCodeAt(s - 2) === 100 && FIRST_NAME_AND_BEFORE.test(text.slice(Math.max(0, s - 24), s)) && NAME_AFTER.test(text.slice(e, e + 24))) return undefined;
    // "from October to March": the end of a span of months is the first such month after its start.
    if (!shift && spanStartBefore(text.slice(Math.max(0, s - 40), s)) && !movedFromBefore(text, s)) return spanEnd(s, e, month);
    // "Stocks rose in January, February and March" told in December: a list of months going on is told in order.
    if (!shift && listedAfterEarlierMonth(text, s, month)) return spanEnd(s, e, month);
    // "the previous April", "the following March": the one before or after the month the story is at. A look back
    // leaves the story where it was ("Nishapur was taken in April; his son-in-law had been killed there the previous
    // November … In the autumn" is the autumn after April).
    if (shift.startsWith('the ')) {
      const force = /previous|preceding/.test(shift) ? 'past' : 'future';
      return { start: s, end: e, type: 'DATE', value: toldMonthResolver(month, force), anaphoric: true, source, ...(force === 'past' ? { comparison: true } : {}) };
    }
    // "In 1854 the allies landed. That September…", "by that May": the month of the year the story is in. After a
    // verb ("said that May was the worst") "that" opens a clause and the month is a bare one.
    if (shift === 'that') {
      if (/^that/.test(m[0]) && !precededBy(text, s, THAT_MONTH_BEFORE) && !THAT_MONTH_CLOSES.test(text.slice(e, e + 8))) {
        const bare = s + m[0].length - token.length;
        return { start: bare, end: e, type: 'DATE', value: monthDayResolver(month), yearless: true, source };
      }
      return { start: s, end: e, type: 'DATE', value: monthDayResolver(month, undefined, 'this'), anaphoric: true, source };
    }
    const endOfSpan = shift || !mayJoinSpan(text, e) || putOffFrom(text, s) ? undefined : spanEndMonth(text, s, e, month);
    const namesAThing = !shift && (DETERMINER_BEFORE.test(text.slice(Math.max(0, s - 8), s)) || possessiveBefore(text, s)) && NOUN_AFTER_DATE.test(text.slice(e, e + 24));
    // "Retail sales data for January are due next Wednesday", told in March: the figures of a month are made once it
    // has begun, so they are of the latest one begun, as "its January figures" are.
    const figuresFor = !shift && text.slice(s - 4, s) === 'for ' && precededBy(text, s, FIGURES_FOR_BEFORE);
    const value = endOfSpan ? spanStart(month, endOfSpan)
      : shift === 'last' || shift === 'next' ? lastOrNextMonth(month, shift)
      : !shift && (figuresFor || isReportedMonth(text, s, e)) ? reportedMonth(month)
      : !shift && namesDelivery(text, e) ? deliveryMonth(month)
      : namesAThing && EXTREME_AFTER.test(text.slice(e, e + 10)) ? reportedMonth(month)
      : namesAThing && precededBy(text, s, LOOKING_BACK_AT_BEFORE) ? monthDayResolver(month, undefined, 'past')
      : monthDayResolver(month, undefined, FORCE[shift], undefined, namesAThing);
    if (!shift && !endOfSpan && afterSince(text, s)) return { start: s, end: e, type: 'DATE', value: sinceDay(month, undefined, value), yearless: true, source };
    return { start: s, end: e, type: 'DATE', value, yearless: !shift, source };
  });

/**
 * What looks back at a thing a month names, whatever the tense around: "late because of the December election", "the
 * success of the November vote", "its defeat in the December election", "since the March uprising".
 */
const LOOKING_BACK_AT_BEFORE = /\b(?:because\s+of|since|in\s+the\s+wake\s+of|aftermath\s+of|results?\s+of|outcome\s+of|success\s+of|failure\s+of|(?:defeat|victory|win|loss)\s+in)\s+(?:the|its|their|his|her|last)\s+$/i;
/**
 * What is reported of a month once it has begun: "November sales", "its February figures", "will report December
 * output", "will release December imports on Friday".
 */
const REPORTED_MONTH_FIGURE_AFTER = /^\s+(?:sales|results|data|figures|numbers|deliveries|output|production|exports|imports|shipments)\b/i;
/**
 * What names a month's figures by their month with no verb of reporting needed: "its February jobs report", "January
 * GDP figures", "November trade data", "its December forecast", "the February consumer price index", "the March PMI",
 * and by the month's possessive: "publishes February's figures on 28 March", "will release January's jobs report" (no
 * "the", "of" or verb between: "In March the data showed" is a clause).
 */
const MONTH_DATA_AFTER = new RegExp(String.raw`(?:['’]s)?\s+(?:(?!(?:the|an?|its|their|this|that|and|or|of|to|in|on|for|at|by|with|as|was|were|is|are|will|would|had|has|have)\b)[\w'’-]+\s+){0,2}(?:figures|data|numbers|statistics|reports?|readings?|estimates?|forecasts?|surveys?|payrolls|index|CPI|PPI|PMI|${INDICATOR})\b`, 'y');
/** Tried where the month ends (sticky), with no copy of the text after it. */
const namesData = (text: string, e: number): boolean => matchesAt(MONTH_DATA_AFTER, text, e);
/** "the minutes of its January meeting": minutes are kept of a meeting held. */
const MINUTES_OF_BEFORE = /\bminutes\s+of\s+(?:the|its|their)\s+$/i;
/** "will report November sales", "releases its March data", "its February jobs report": the month's figures, made public. */
const isReportedMonth = (text: string, s: number, e: number): boolean =>
  (REPORTED_MONTH_FIGURE_AFTER.test(text.slice(e, e + 14)) && REPORT_VERB_BEFORE.test(text.slice(Math.max(0, s - 40), s))) ||
  namesData(text, e) ||
  (text.slice(Math.max(0, s - 24), s).includes('minutes') && MINUTES_OF_BEFORE.test(text.slice(Math.max(0, s - 24), s)));
/**
 * "Automakers report March sales on Tuesday", "will release May retail sales figures": a capitalised "March" or "May"
 * right after a verb of reporting and before the figures it names is their month, with no determiner needed.
 */
const dataReportedBy = (text: string, s: number, e: number): boolean =>
  (REPORTED_MONTH_FIGURE_AFTER.test(text.slice(e, e + 14)) || namesData(text, e)) && REPORT_VERB_BEFORE.test(text.slice(Math.max(0, s - 16), s));
/**
 * A low, a high, a peak or a record a month names has been reached: "up 60 percent from their April low", "20 percent
 * below their March high", told in December, are this year's, as a month's figures are.
 */
const EXTREME_AFTER = /^\s+(?:lows?|highs?|peaks?|troughs?|records?)\b/;
/**
 * A futures contract named by the month it delivers in: "crude for January delivery", "December corn futures", "the
 * May contract" (a word of what is traded may stand between: "May arabica futures").
 */
const DELIVERY_AFTER = /\s+(?:[a-z]+\s+)?(?:delivery|futures|contracts?)\b/y;
/** Tried where the month ends (sticky), with no copy of the text after it. */
const namesDelivery = (text: string, e: number): boolean => matchesAt(DELIVERY_AFTER, text, e);
/**
 * A contract still traded delivers in the month of the base or a later one, whatever the tense: "Brent for January
 * delivery fell 40 cents", told in March, is next January's. A base known only to its year gives that year.
 */
const deliveryMonth = (month: number): Resolver => (ctx) => {
  const b = ctx.base;
  if (!b) return `XXXX-${String(month).padStart(2, '0')}`;
  return formatMonth(b.month !== undefined && month < b.month ? b.year + 1 : b.year, month);
};
/**
 * A month whose figures are reported is the latest begun, whatever the tense: "the retailer will report November
 * sales later this week", told on December 2, is this November, not next year's.
 */
const reportedMonth = (month: number): Resolver => {
  const plain = monthDayResolver(month);
  return (ctx) => {
    // The month right after the base's, in a report still to come, is the one about to begin ("Nationwide will publish
    // its January figures on Jan. 31", told on December 28): no one plans to report a month eleven months gone.
    const b = ctx.base;
    if (ctx.tense === 'future' && !ctx.narrative && b?.month !== undefined && month === (b.month % 12) + 1) {
      return formatMonth(month === 1 ? b.year + 1 : b.year, month);
    }
    return plain({ ...ctx, tense: 'past', firm: true });
  };
};

/**
 * "its first decline since April" told in March: what has held since a month (day) began before the time told from,
 * so one later in the year than that time is last year's, however near the coming one is.
 */
const sinceDay = (month: number, day: number | undefined, plain: Resolver): Resolver => (ctx) => {
  // A history's story day may lag the days it names ("had been advancing since 8 August"): only news is held back.
  const b = ctx.narrative ? undefined : ctx.base;
  const later = b?.month !== undefined && (month > b.month || (month === b.month && day !== undefined && b.day !== undefined && day > b.day));
  return later ? (day === undefined ? formatMonth(b.year - 1, month) : formatDay({ year: b.year - 1, month, day })) : plain(ctx);
};
const afterSince = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 16), at);
  return before.includes('since') && SINCE_BEFORE.test(before);
};

/** The end month of a span right after its start: "January-October", "January to March", "May and June". */
const SPAN_END_AFTER = new RegExp(`^\\s*(?:[-–]|to|through|till|until|and)\\s*(${MONTH_RE})(?!\\w)(?!\\s*\\d)`);
/** A month, with its year maybe, then the comma or "and" of a list right before the next month. */
const LISTED_MONTH_BEFORE = new RegExp(`\\b(${MONTH_RE})(?:\\s+\\d{4})?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)$`);
/** The characters a list's joint ends with before a month: a comma and space, or "and ". */
function listedAfterEarlierMonth(text: string, s: number, month: number): boolean {
  const joint = text.charCodeAt(s - 2);
  if (joint !== 44 && joint !== 100) return false;
  const listed = monthOf(LISTED_MONTH_BEFORE.exec(text.slice(Math.max(0, s - 24), s))?.[1] ?? '');
  return listed !== undefined && listed < month;
}
/**
 * The end month of a span this month starts. "unchanged from December and November" lists two months going back: with
 * "and", only a span "between" two months may run on into the next year.
 */
function spanEndMonth(text: string, s: number, e: number, month: number): number | undefined {
  const joint = SPAN_END_AFTER.exec(text.slice(e, e + 20));
  const end = monthOf(joint?.[1] ?? '');
  if (!end || end > month || !/^\s*and\b/.test(joint![0])) return end;
  return /\bbetween\s+$/i.test(text.slice(Math.max(0, s - 10), s)) ? end : undefined;
}
/** The first letter after a month and its spaces can start a span's joint (a dash, "to", "through", "till", "until", "and"). */
function mayJoinSpan(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 45 || c === 8211 || c === 116 || c === 117 || c === 97;
}
/**
 * "the January-October period", "burglaries between January and March" told in November: the span ends in the month
 * its tense points to, and starts in the last such month before it (its end is then the first after its start).
 */
const spanStart = (month: number, endMonth: number): Resolver => {
  const end = monthDayResolver(endMonth);
  return (ctx) => {
    const year = /^(-?\d{4})-/.exec(end(ctx));
    return year ? formatMonth(Number(year[1]) - (month > endMonth ? 1 : 0), month) : monthDayResolver(month)(ctx);
  };
};

/**
 * "last February" told in March is a year back (the month just gone would be "last month"), and "next April" told in
 * March a year ahead; "this past February" is the one just gone.
 */
const lastOrNextMonth = (month: number, shift: 'last' | 'next'): Resolver => {
  const force = shift === 'last' ? 'past' : 'future';
  const resolve = monthDayResolver(month, undefined, force);
  return (ctx) => {
    const value = resolve(ctx);
    const at = ctx.base?.month;
    const adjacent = at !== undefined && (shift === 'last' ? (month % 12) + 1 === at : (at % 12) + 1 === month);
    const year = /^(\d{4})-\d\d$/.exec(value);
    return adjacent && year ? `${formatYear(Number(year[1]) + (shift === 'last' ? -1 : 1))}${value.slice(4)}` : value;
  };
};

const OF_THAT_YEAR = pattern(new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH_RE})(?:\\s+(\\d{1,2}))?,?\\s+(?:of\\s+)?(?:that|the\\s+(same|following|next|previous|preceding))\\s+year\\b`, 'g'), TRIGGER.month, /year\b(?<=\b(?:that|the\s+\w+)\s+year)/);
/** `August of that year`, `July 25 of the same year`, `January of the following year`: the anchor's year, shifted. */
const ofThatYear: Parser = (text) =>
  scan(text, OF_THAT_YEAR, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    const day = m[1] ?? m[3];
    const shift = TOLD_YEAR_SHIFT[(m[4] ?? 'that').toLowerCase()] ?? 0;
    if (!month) return undefined;
    return {
      start: s, end: e, type: 'DATE', anaphoric: true, source,
      value: ({ base }) => {
        const fmt = (y: string) => `${y}-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
        return base ? fmt(formatYear(base.year + shift)) : fmt('XXXX');
      },
    };
  });

const DEICTIC_YEAR: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

const OF_THIS_YEAR = pattern(new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH_RE})(?:\\s+(\\d{1,2}))?,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'), TRIGGER.month, /year\b(?<=\b(?:this|last|next)\s+year)/);
/** `February this year`, `May 5 of last year`: the DCT's year, shifted. */
const ofThisYear: Parser = (text) =>
  scan(text, OF_THIS_YEAR, (m, s, e) => {
    const month = monthOf(m[2] ?? '');
    const day = m[1] ?? m[3];
    const shift = DEICTIC_YEAR[(m[4] ?? '').toLowerCase()] ?? 0;
    if (!month) return undefined;
    const fmt = (y: string): string => `${y}-${String(month).padStart(2, '0')}${day ? `-${day.padStart(2, '0')}` : ''}`;
    return { start: s, end: e, type: 'DATE', source, value: ({ base }) => (base ? fmt(formatYear(base.year + shift)) : fmt('XXXX')) };
  });

/** The last day of a weekend or week told as its days: the "-16" of "June 15-16", the "and 16" of "15 and 16 June". */
const LAST_DAY_OF_WEEK = '(?:\\s*[-–]\\s*|\\s+and\\s+)\\d{1,2}';
const WEEK_OF = pattern(new RegExp(`\\b[Tt]he\\s+week(end)?\\s+(?:of|beginning|starting|commencing)\\s+(?:(${MONTH_RE})\\s+(\\d{1,2})(?:${LAST_DAY_OF_WEEK})?|(\\d{1,2})(?:st|nd|rd|th)?(?:${LAST_DAY_OF_WEEK}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?(${MONTH_RE}))${DAY_END}(?:,?\\s+(\\d{4})\\b(?![,.:]?\\d))?`, 'g'), TRIGGER.month);
/**
 * `the week of March 6`, `the weekend of 17 August`, `the weekend of June 15-16, 2012`, `the week beginning 15 April`,
 * a week told by its first day: the ISO week (or its weekend) that holds that day (the first, when its days are told).
 */
const weekOf: Parser = (text) =>
  scan(text, WEEK_OF, (m, s, e) => {
    const [month, day] = [monthOf(m[2] ?? m[5] ?? ''), Number(m[3] ?? m[4])];
    if (!month || !isValidDay(2000, month, day)) return undefined;
    const weekend = m[1] !== undefined;
    return {
      start: s, end: e, type: 'DATE', source,
      value: (ctx) => {
        const d = m[6] ? { year: Number(m[6]), month, day } : parseDay(monthDayResolver(month, day)(ctx));
        return d ? `${formatWeek(d)}${weekend ? '-WE' : ''}` : `XXXX-WXX${weekend ? '-WE' : ''}`;
      },
    };
  });

const MONTH_FOLLOWS = new RegExp(`^\\s+(?:to|and|or|through|until)\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_RE})\\b`);
/**
 * A pause or a word that starts a clause after a day of the month told alone ("On the 5th he left"), or the zone of
 * its day ("arrived on the 18th local time", as translated wires write it).
 */
const CLAUSE_AFTER = '(?=\\s*(?:[,.;:)]|$)|\\s+(?:and|or|to|through|until|at|when|he|she|it|they|we|I|you|the|a|an|his|her|its|their|our|there|was|were|is|had|local\\s+time)\\b)';
const ORDINAL_DAY = pattern(new RegExp(`\\bthe\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b${CLAUSE_AFTER}`, 'gi'), TRIGGER.digit);
/**
 * `on the 14th`, `on the twenty-first`, `from the 13th to the 19th of October`, `set for the 24th`: a day of the month
 * the story is in (of the day of writing, or in the past of the day last told), or the one before or after it as the
 * tense says. Only after a preposition (or a plan's "for") and before a pause or a word that starts a clause ("On the
 * 5th he left"): "the 14th floor", "the 20th anniversary", "for the 5th time" are not days.
 */
const ORDINAL_DAY_BEFORE = /\b(?:on|by|until|till|from|since|before|after|to|and|or|(?:set|scheduled|planned|slated|called|fixed|booked)\s+for)\s{1,4}$/i;
/** A day of the month in words, from the tenth on ("on the twenty-first"): "on the first", "the third" are as often a count of other things. */
const ORDINAL_WORD_DAY = pattern(
  new RegExp(`\\bthe\\s+(${DAY_ORDINAL_WORD_RE})(?![\\w-])${CLAUSE_AFTER}`, 'g'),
  TRIGGER.dayOrdinal,
);
const dayOrdinalDraft = (text: string, s: number, e: number, day: number): Draft | undefined => {
  if (!precededBy(text, s, ORDINAL_DAY_BEFORE)) return undefined;
  // "from the 13th to the 19th of October 1950": the month and year are the next date's.
  const dayAfter = MONTH_FOLLOWS.test(text.slice(e, e + 40));
  const value = dayOfMonthResolver(day);
  return dayAfter ? { start: s, end: e, type: 'DATE', value, dayAfter, source } : { start: s, end: e, type: 'DATE', value, dayless: true, source };
};
/** The second day of a pair sharing "the", right after the first: " and 25th" in "on the 24th and 25th". */
const SECOND_ORDINAL_AFTER = new RegExp(`^\\s+(?:and|or|to|through)\\s+([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)\\b${CLAUSE_AFTER}`, 'i');
const ordinalDay: Parser = (text) => {
  // A first day may bring its pair's second: both are gathered here.
  const found: Draft[] = [];
  scan(text, ORDINAL_DAY, (m, s, e) => {
    const first = dayOrdinalDraft(text, s, e, Number(m[1]));
    if (!first) return undefined;
    found.push(first);
    const second = SECOND_ORDINAL_AFTER.exec(text.slice(e, e + 24));
    if (second) {
      const end = e + second[0].length;
      found.push({ start: end - (second[0].length - second[0].search(/\d/)), end, type: 'DATE', value: dayOfMonthResolver(Number(second[1])), dayless: true, source });
    }
    return undefined;
  });
  return [
    ...found,
    ...scan(text, ORDINAL_WORD_DAY, (m, s, e) => {
      const day = ordinalValue(m[1] ?? '');
      return day !== undefined && day >= 10 ? dayOrdinalDraft(text, s, e, day) : undefined;
    }),
  ];
};

const DAY_OF_NAMED_MONTH = pattern(/\bthe\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(this|next|last|the)\s+month\b/gi, TRIGGER.digit, ['month', 'Month', 'MONTH']);
const MONTH_SHIFT: Readonly<Record<string, number>> = { this: 0, the: 0, next: 1, last: -1 };
/** `the 25th of this month`, `the 3rd of next month`, `the 1st of the month` (the month the text is at). */
const dayOfNamedMonth: Parser = (text) =>
  scan(text, DAY_OF_NAMED_MONTH, (m, s, e) =>
    ({ start: s, end: e, type: 'DATE', value: dayOfShiftedMonthResolver(Number(m[1]), MONTH_SHIFT[(m[2] ?? '').toLowerCase()] ?? 0), source }));

/**
 * `the first of next month`, `the fifteenth of this month`: the same with the day in words (not "the first of the
 * month's games", a possessive's).
 */
const WORD_DAY_OF_NAMED_MONTH = pattern(
  new RegExp(`\\bthe\\s+(${DAY_ORDINAL_WORD_RE})\\s+of\\s+(this|next|last|the)\\s+month\\b(?!['’])`, 'gi'),
  TRIGGER.dayOrdinal,
  ['month', 'Month', 'MONTH'],
);
const wordDayOfNamedMonth: Parser = (text) =>
  scan(text, WORD_DAY_OF_NAMED_MONTH, (m, s, e) => {
    const day = ordinalValue(m[1] ?? '');
    return day !== undefined && day <= 31 ? { start: s, end: e, type: 'DATE', value: dayOfShiftedMonthResolver(day, MONTH_SHIFT[(m[2] ?? '').toLowerCase()] ?? 0), source } : undefined;
  });

/**
 * `after the first of the year`, `from the first of next year`: New Year's Day, of the year named, or for "the year"
 * the one the tense points to ("the new cap applies from the first of the year", told in December, is the coming one).
 * Not "the first of the year's hearings", a possessive's.
 */
const FIRST_OF_YEAR = pattern(/\bthe\s+first\s+of\s+(this|next|last|the)\s+year\b(?!['’])/gi, TRIGGER.dayOrdinal, ['year', 'Year', 'YEAR']);
const YEAR_SHIFT: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };
const firstOfYear: Parser = (text) =>
  scan(text, FIRST_OF_YEAR, (m, s, e) => {
    const shift = YEAR_SHIFT[(m[1] ?? '').toLowerCase()];
    const value: Resolver = shift === undefined ? monthDayResolver(1, 1) : ({ base }) => (base ? `${formatYear(base.year + shift)}-01-01` : 'XXXX-01-01');
    return { start: s, end: e, type: 'DATE', value, source };
  });

export const monthDayParser: Parser = (text) => [
  ...dayOfNamedMonth(text),
  ...wordDayOfNamedMonth(text),
  ...firstOfYear(text),
  ...ordinalDay(text),
  ...weekOf(text),
  ...monthThenDay(text), ...dayThenMonth(text), ...spelledDay(text), ...bareMonth(text), ...ofThatYear(text), ...ofThisYear(text),
  ...weekdayNumbers(text),
];
