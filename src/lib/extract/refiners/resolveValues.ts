/**
 * Turns every draft's resolver into a TIMEX3 value, walking the text in order.
 * - News: deictic expressions count from the DCT, with tense choosing past/future for bare weekdays and months.
 * - Narrative (history; detected when the explicit years are mostly far from the DCT): everything counts from the
 *   last mentioned date, as the DCT is only the download date.
 * Anaphoric expressions ("the next day", "two years later") always count from the last mentioned date.
 */
import { addDays, formatDay, formatMonth, formatWeek, formatYear, isoWeekMonday, isoWeekday, parseDay, quarterOf, type Day } from '../calendar.ts';
import { anchorDay, precededBy, wordBefore, type Anchor, type Draft, type ResolveContext, type Tense } from '../draft.ts';
import { readsNoTense, TODAY } from '../resolve.ts';
import { DETERMINER_BEFORE, movedFromBefore, NOUN_AFTER_DATE, SINCE_BEFORE, SINCE_THE_BEFORE, WEEKDAY_RE, weekdayOf } from '../lexicon.ts';
import type { TagOptions } from '../types.ts';
import { anchorOf, beginsAfter, DAY_VALUE, endsBefore, isAfter, monthIndex } from './anchor.ts';
import { chronologyOf, entryOf } from './chronology.ts';
import { frameYear, openingYear } from './frameYear.ts';
import { habitReader } from './habit.ts';
import { isNarrative } from './narrative.ts';
import { weekdayMemory } from './sameWeekday.ts';
import { insideQuote, opensQuoteBefore, sentenceAfter, sentenceBefore } from '../sentence.ts';
import { endsSentenceBetween } from './sentenceStops.ts';
import type { Story } from './story.ts';
import { createTenseLookup, headlineEndOf } from './tense.ts';
import { deadlineStillToMeet, incidentAt, pastClauseOfNamedThing, pastWhenClauseAfter, recordSinceThing, tallyThrough } from './tenseCues.ts';
import { pastVerbBeforePart, pastVerbOfDatedSubject, pastVerbOfOpeningDate, pastVerbRightBefore, sinceDeedBefore, willVerbRightBefore } from './verbBefore.ts';
import { APPOSITION } from './weekdayOfDay.ts';
import { dayShiftedBefore } from './shiftedDates.ts';
import { spanStartBefore } from '../parsers/weekday.ts';

/** A draft with its value: what the pipeline writes out (a literal of one shape, not a copy of the draft's flags). */
export interface Resolved extends Pick<Draft, 'start' | 'end' | 'type' | 'mod'> {
  readonly value: string;
}

/**
 * "By the spring of 1915, … in May": a season written with its year moves the story on to that year. In a history
 * only on, unless it opens its sentence: one further back inside a sentence is a comparison ("a peak of 1,600 in summer
 * 2007", told of 2008). News, which tells its
 * background in the order it likes, goes back too ("concerns raised in the spring of 2020 … the following year").
 */
const writtenSeason = (text: string, d: Draft, value: string, last: Anchor | undefined, narrative: boolean): Anchor | undefined => {
  const m = SEASON_VALUE.exec(value);
  const year = m ? (m[1] ? 1 - Number(m[2]) : Number(m[2])) : undefined;
  if (year === undefined) return undefined;
  // "Edward died on 5 January 1066 … Through the summer William gathered a fleet … in September": in a history a season
  // with no year that opens its sentence, later in the year the story is in, moves it on to the season's middle month.
  if (typeof d.value !== 'string') {
    const later = narrative && !d.deictic && year === last?.year && (SEASON_START[m![3]!] ?? 0) > (last.month ?? 12);
    return later && precededBy(text, d.start, OPENS_SENTENCE_ON) ? { year, month: SEASON_START[m![3]!]! + 1 } : undefined;
  }
  // "In the spring of 66 the governor took …", "On 1 January 1804 … In the spring of 1804 he ordered": a season that
  // opens its sentence is the time the sentence tells, back or later in the same year, not a comparison.
  const opens = last !== undefined && precededBy(text, d.start, OPENS_SENTENCE_ON) &&
    (year < last.year || (year === last.year && (SEASON_START[m![3]!] ?? 0) > (last.month ?? 12)));
  if (narrative && last !== undefined && year <= last.year && !opens) return undefined;
  // Later in the year the story is in, it is at the season's middle month (a year alone would not move it on).
  if (opens && year === last?.year) return { year, month: SEASON_START[m![3]!]! + 1 };
  // A winter is named by its January, where the story then is: after "the winter of 2009", "that spring" and "that
  // January" are 2009's and "the next year" is 2010; after "the winter of 1854–55", "in early November" went before it
  // and "in the spring" is 1855's.
  return m?.[3] === 'WI' ? { year, month: 1 } : { year };
};

/** The first month of a season that lies within the year it is named by (a winter begins in the December before). */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9 };
/** A season's value: BC, the year's digits, the season's code (`BC0336-SU`, `1840-FA`). */
const SEASON_VALUE = /^(BC)?(\d{4})-(SP|SU|FA|WI)$/;
/** A preposition of time opening a sentence or a clause joined on ("…, and in the spring of 415 a fleet sailed"). */
const OPENS_SENTENCE_ON = /(?:(?:^|[.!?]\s+|\n)(?:In|During|By|Through|From)|(?:;|,\s+(?:and|but|then))\s+(?:in|during|by|through|from))\s+$/;

/** A season written with its year: "the winter of 1947", "spring 2010". */
const seasonOfYear = (d: Draft): boolean => typeof d.value === 'string' && SEASON_OF_YEAR.test(d.value);
const SEASON_OF_YEAR = /^(?:BC)?\d{4}-(?:SP|SU|FA|WI)$/;

/**
 * "the August 1792 uprising", "The 1614 rules", "the 21 January execution": in a history, a date between a determiner
 * and a noun names a thing by its date; it does not move the story there. (In news it may: "its third-quarter profit"
 * is the quarter the report is of.) A feast does not in news either: "will strike on 27 March, ahead of the Easter
 * Monday deadline. The walkout will begin at 00:01 GMT" stays on 27 March.
 */
const namesAThing = (text: string, d: Draft): boolean =>
  DETERMINER_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
  (NOUN_AFTER_DATE.test(text.slice(d.end, d.end + 24)) || (d.end - d.start === 4 && NAME_AFTER_YEAR.test(text.slice(d.end, d.end + 24))));
/**
 * A name after a year: "the 2016 Olympics", "the 2010 World Cup", "the 1968 Democratic convention" (not a month or a
 * day of the week: "the 2012 March figures").
 */
const NAME_AFTER_YEAR = /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]{2,}/;

/**
 * Spans of two to eleven months: `the first nine months`, `the six months`. Not three: "the three months ended Sept. 30"
 * is the quarter told.
 */
const MONTHS_OF_A_YEAR = /^P(?:[24-9]|1[01])M$/;

const sameDay = (a: Anchor | undefined, b: Anchor | undefined): boolean =>
  a?.year === b?.year && a?.month === b?.month && a?.day === b?.day;

/**
 * "On December 7, 1941 … by the end of 1941 … In January": naming the year the story is already in does not take it
 * back to the year's start; the month it had reached still decides which January comes next.
 */
const yearOfAnchor = (next: Anchor | undefined, last: Anchor | undefined): boolean =>
  next !== undefined && last?.month !== undefined && next.year === last.year && next.month === undefined && next.quarter === undefined;

/** "in How Wars Are Won (2003), Alexander reports": a year alone in brackets cites a book or dates a life, aside. */
const yearInParentheses = (text: string, d: Draft, next: Anchor): boolean =>
  next.month === undefined && text[d.start - 1] === '(' && text[d.end] === ')';

/**
 * "lasted until the fall of Budapest in February 1945": the end of a span, which leaves the story at its start. Not a
 * clause of its own after "until", with its own past verb: "besieged Boston until the British evacuated the city on
 * March 17, 1776" tells that day as the story's next. Nor a deed that did not happen until then: "the march did not
 * begin until January 1099" tells when it began.
 */
const endsSpan = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 50), start);
  const until = UNTIL_SPAN_BEFORE.exec(before);
  return until !== null && !UNTIL_CLAUSE.test(until[0]) && !NOT_UNTIL_BEFORE.test(before);
};
const UNTIL_SPAN_BEFORE = /\b(?:until|till)\b[^.,;:()]{0,40}$/i;
const UNTIL_CLAUSE = /^\w+\s+(?:the\s+)?[A-Za-z]+\s+[a-z]+ed\b/;
/**
 * A deed denied up to the time: "did not begin until", "was not taken until", "It was not until", "did not reach
 * Antioch until"; not a wish or plan ("did not want to leave until", "was not expected to end until").
 */
const NOT_UNTIL_BEFORE = /\b(?:did|was|were|had|could)\s+not\s+(?:(?!to\s)[\w'’-]+\s+){0,4}(?:until|till)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/**
 * "from Sunday 2 September to", "(10 December 1815 – ": what comes next closes a span whose start was just told. A
 * span of years told "from … to" is no such aside: "The war lasted from 1861 to 1865. The following year" is 1866.
 */
const endsSpanFrom = (text: string, start: number, yearOnly: boolean): boolean =>
  (yearOnly ? SPAN_IN_BRACKETS_BEFORE : SPAN_BEFORE).test(text.slice(Math.max(0, start - 70), start));
const SPAN_IN_BRACKETS_BEFORE = /\([^()]{4,40}\s[–—-]\s*$/;
const SPAN_BEFORE = /\bfrom\b[^.;:()]{1,50}?\s(?:to|through|until|till)\s+$|\([^()]{4,40}\s[–—-]\s*$/i;

const ON_BEFORE = /\bon\s+$/i;
/** A deed right before a bare day, as wires write it: "died Tuesday", "released Thursday", "said Monday". */
const DEED_BEFORE = /\b(?:[a-z]{3,}ed|said|told|died)\s+$/;
/** Words that put a sentence's plan in the past: "said he would", "was to". */
const TOLD_IN_PAST = /\b(?:would|could|might|said|told|was|were|had)\b/i;
/**
 * The same, for a plan whose part of the year has gone by: "could" and "might" there tell what may yet be ("talks
 * broke down in 2011. The withdrawal could be completed by the end of the year" is this year's end).
 */
const PLAN_TOLD_IN_PAST = /\b(?:would|said|told|was|were|had)\b/i;
/**
 * A telling in the present perfect, last in the sentence: "Erdogan, who has said the peace process could be completed
 * by the end of the year" tells of lately, not of the year told before ("in 2010"), and its "would" or "could" looks
 * ahead from now; so does one in the passive ("Newspapers have been told they have until the end of the year").
 */
const TOLD_LATELY = /\bha(?:s|ve)\s+(?:(?:long|repeatedly|already|often|also)\s+)?(?:been\s+)?(?:said|told|warned|promised|pledged|vowed)\b(?![^.;!?]*\b(?:was|were|had)\b)[^.;!?]*$/i;
/** Not a "will" reported right before the timex: "She said the firm will hire 500 people over the next year" looks ahead from now. */
const planToldInPast = (before: string): boolean =>
  PLAN_TOLD_IN_PAST.test(before) && !TOLD_LATELY.test(before) && !(WILL_WORD.test(before) && WILL_BEFORE.test(before));
const WILL_WORD = /\b(?:will|shall|won't)\b/i;
/** "will" a few words before; a word may be a name's abbreviation ("will be celebrated at St. David's on Jan. 4"). */
const WILL_BEFORE = /\b(?:[Ww]ill|WILL|[Ss]hall|[Ww]on't)\s+(?:[\w'’-]+\s+|[A-Z][a-z]{0,3}\.\s+){0,6}$/;
/** "From September she will chair the committee": the date opens a clause whose verb is in the future. */
const WILL_AFTER = /^,?\s+(?:[\w'’-]+\s+){0,4}(?:will|shall)\b/i;
/** "said the next day would be worse": a modal of a future reported in the past, right after a timex in its clause. */
const REPORTED_AHEAD_AFTER = /^,?\s+(?:[\w'’-]+\s+){0,3}(?:would|could|might|should)\b(?!\s+have\b)/i;
const AS_RECENTLY_AS = /\bas\s+recently\s+as\s+$/i;
const BORN_BEFORE = /\bborn\s+(?:on\s+|in\s+)?$/i;
/** "the third quarter ended Sept. 30", "the fourth quarter of fiscal 2024, which ended Feb. 1". */
const QUARTER_ENDED_BEFORE = /\bquarter(?:\s+of\s+fiscal\s+\d{4})?(?:,?\s+(?:that|which))?\s+end(?:ed|ing)\s+(?:on\s+)?$/i;
/**
 * "earned $38 million in the three months ended Sept. 30", "in the 12 weeks ended March 2": a span of a quarter's length
 * ending on a day is the quarter told, restated by the day that closes it.
 */
const QUARTER_SPAN_ENDED_BEFORE = /\b(?:(?:three|3)\s+months|(?:1[2-6]|twelve|thirteen|sixteen)\s+weeks)(?:,?\s+(?:that|which))?\s+end(?:ed|ing)\s+(?:on\s+)?$/i;
/** A decade (`195`) or century (`17`) value. */
const PERIOD_VALUE = /^\d{2,3}$/;
const WEEK_VALUE = /^(\d{4})-W(\d{2})(?:-WE)?$/;
/** What joins the two ends of a span of hours: "10pm to 6am", "22:00-06:00". */
const SPAN_JOIN = /^\s*(?:to|until|till|through|[-–])\s*$/i;
const [BETWEEN_AND, BETWEEN_BEFORE] = [/^\s+and\s+$/i, /\bbetween\s+$/i];
/** A value with a clock time: `2024-04-03T10:00`. */
const CLOCK_VALUE = /T\d{2}:\d{2}/;
const UNTIL_BEFORE = /\b(?:until|till|through|thru)\s+$/i;
/** A record's start: "the driest year since record-keeping began in 1895", "since records began in 1766". */
const SINCE_RECORDS_BEFORE = /\bsince\s+(?:[\w-]+\s+){1,2}(?:began|started|begun)\s+in\s+$/i;
/**
 * "the first left-wing president since Francois Mitterrand left office in 1995", "the worst result since the party was
 * founded in 1949": a first or a record since a deed in a year, measured from it in passing.
 */
const RECORD_SINCE_CLAUSE_BEFORE = /\b(?:first|best|worst|[a-z]{2,}est|most|least)\s[^.;!?]{0,60}?\bsince\s+(?:[\w.'’-]+\s+){1,4}?(?:[a-z]{2,}ed|began|begun|left|took|won|lost|came|fell|became|held|ran|was|were)\s+(?:[\w-]+\s+){0,2}?in\s+$/i;
const RECORD_SINCE_REACH = 150;
const recordSinceClause = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - RECORD_SINCE_REACH), start);
  return before.includes('since') && RECORD_SINCE_CLAUSE_BEFORE.test(before);
};
/** "since the revolution", "since the 2008 crisis": an event named after "since", right before a time it was at. */
const SINCE_EVENT_BEFORE = /\bsince\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){1,2}$/i;
/** "the first Saturday sitting since the Suez crisis of 1956", "since the war in 1967": the year of an event named after "since". */
const SINCE_EVENT_OF_BEFORE = /\bsince\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){1,3}(?:of|in)\s+$/i;
const AGO_END = /\bago$/i;
/**
 * A line, border or settlement named by the year it was drawn or made, which still stands at the story's time: "the
 * ceasefire line of 1967", "the borders of 1949", "the Treaty of 1815". Not an event ("its roots lay in the crisis of
 * 1956" may take the story back there).
 */
const THING_OF_YEAR_BEFORE = /\b(?:lines?|borders?|frontiers?|boundar(?:y|ies)|treaty|treaties|agreements?|accords?|armistice|settlement|constitution|charter)\s+of\s+$/i;
/**
 * Words of a time looked ahead to, even when told in the past: "said it expected", "had planned", "would"; and a warning
 * or alert issued for a span, which is in force through it ("issued a warning from 1200 GMT on Friday until 0600 GMT on
 * Saturday").
 */
const LOOKED_AHEAD_TO = /\b(?:expect|plan|forecast|predict|schedul|due\b|set\s+to\b|would\b|could\b|will\b|to\s+be\b|warning|alert\b|in\s+(?:force|effect)\b)/i;

/** Years ahead of the story from which a leap the text comes back from is told in passing. */
const LEAP_YEARS = 3;
/** Years past the story beyond which a year a source came out is told aside. */
const ASIDE_YEARS = 25;
const SOURCE_CAME_OUT = /\b(?:published|declassified|released|discovered|written|revealed|uncovered|unearthed|excavated|translated|reissued|rediscovered|found)\s+in\s+$/i;

/** A deed told in the past perfect right before its day: "which the Senate had passed on", "had been signed on the". */
const HAD_DONE_ON = /\bhad\s+(?:been\s+)?(?:[\w'’-]+\s+){1,3}?on\s+(?:the\s+)?$/i;
/**
 * A sentence told in the past perfect up to a day: "Counting had been slowed for most of the week after the system
 * failed on": the day is further back than the story too. Not past a comma ("After the rebels had fled, troops
 * entered the town on"), nor past "before" or "until", whose deed is the one the past perfect looks back from ("The
 * ship had been drifting for six hours before a tug reached it on").
 */
const HAD_DONE_BEFORE = /(?:^|[.!?]\s+|\n)[^.!?\n,]*\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b(?:(?!\b(?:before|until|till)\s)[^.!?\n,])*$/i;
const pastPerfectClauseOf = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 160), at);
  return before.includes('had ') && HAD_DONE_BEFORE.test(before);
};
/** A deed a state runs since, right before its day: "since being sworn in on", "since his arrest on". */
const SINCE_DONE_ON = /\bsince\s+(?:[\w'’-]+\s+){1,4}?on\s+(?:the\s+)?$/i;
/** A relative clause on someone or something, up to its "on": ", who died on", ", which was signed on". */
const RELATIVE_CLAUSE_ON = /,\s+(?:who|which)\s+(?:[\w'’-]+\s+){1,3}?on\s+$/;
/**
 * A day the attribution closing a sentence gives: "…, the company said Thursday.", "…, police said on Monday",
 * "…, he told reporters Friday". Not one opening the telling ("The company said Wednesday it would cut jobs"): that
 * saying is the news.
 */
const SAID_ON = /,\s+(?:[\w'’.-]+\s+){0,5}?(?:said|told\s+(?:reporters|journalists|lawmakers|the\s+\w+))\s+(?:on\s+)?$/i;
/**
 * How far back the comma before a teller may be: a title and a name make a long one (", French President Francois
 * Hollande said on").
 */
const TELLER_REACH = 90;
const ATTRIBUTION_END = /^\s*(?:[.;,!?]|$)/;
const SENTENCE_END_AFTER = /^\s*(?:[.!?]|$)/;
/** A day named after a clock time by counting on from another: "6 a.m. the next morning", "on the following day". */
const DAY_COUNTED_ON = /^\s*,?\s*(?:on\s+)?the\s+(?:next|following)\b/i;
/** "just before midnight", "worked until midnight": what is told up to a midnight is in the day that midnight ends. */
const UP_TO_MIDNIGHT = /\b(?:before|until|till|by)\s+$/i;
/**
 * "up from 1.8% in March", "down from $4.1 billion on Friday", "compared with 7.8 percent in May", "up from an annual
 * rate of 0.1 percent in the October-December quarter": the figure a change is measured from is one already reached,
 * so its time has come, whatever the sentence looks ahead to.
 */
const COMPARED_FIGURE_BEFORE = /\b(?:(?:up|down)\s+from|compared\s+(?:with|to))\s+(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?)?(?:about\s+|around\s+|nearly\s+|almost\s+)?[$£€¥]?\d[\d.,]*(?:\s*%|\s+(?:percent|per\s+cent|million|billion|trillion|points?|cents?|pence))*\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const comparedFigureBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 70), start);
  return (before.includes('from') || before.includes('compared')) && COMPARED_FIGURE_BEFORE.test(before);
};
const SENTENCE_STOP = /[.!?\n]/g;
/** The end of a dateline after its date: "(Reuters) -", "(AFP) -", " -". */
const DATELINE_AFTER = /^\s*(?:\([^()]{2,20}\)\s*)?[-–—]\s/;
/** How far into a text a dateline may be (after a headline). */
const DATELINE_REACH = 300;
/** A day of a known month whose day is not known: "2013-08-XX". */
const DAY_UNKNOWN = /^\d{4}-\d\d-XX$/;
/** A weekday alone or with its part of the day ("Sunday", "Sunday night"), not one counted ("last Sunday"). */
const BARE_WEEKDAY = new RegExp(`^(?:${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night))?$`);
/** A weekday with its part of the day or a clock time before it: "Saturday morning", "7 a.m. Saturday". */
const CLOCKED_WEEKDAY = new RegExp(`^(?:\\d{1,2}(?::\\d\\d)?\\s*(?:[ap]\\.m\\.|[ap]m)\\s+(?:on\\s+)?)?(?:${WEEKDAY_RE})(?:\\s+(?:morning|afternoon|evening|night))?$`, 'i');
/** What stands between a day and its clock time: "Saturday at 11 a.m.", "March 3, around 9 p.m.". */
const CLOCK_AFTER_DAY = /^(?:,\s*|\s+)(?:(?:at|around|about)\s+)?$/i;
/** The front of a sentence, up to a word of the present: "Now,", "For now,", "But today" ("these days" is PRESENT_REF). */
const OPENS_ON_NOW = /(?:^|[.!?]\s+|\n)[\s"'“‘(]*(?:(?:for|but|and|yet|so|right|even)\s+)?$/i;
/** A figure right before "in" and a time: "10 percent in October 2009", "$4.1 billion in 2011". */
const FIGURE_IN_BEFORE = /\d(?:\s*%|\s+(?:percent|per\s+cent|million|billion|trillion|points?))?\s+in\s+$/i;
/**
 * A record measured since a time: "its highest level since", "the biggest one-day drop since", "the first time since".
 * The time is a look back told in passing, not where the story is.
 */
const RECORD_SINCE_BEFORE = /\b(?:highest|lowest|best|worst|biggest|largest|smallest|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|longest|shortest|greatest|first|most|least|high|low)\b(?:\s+[\w-]+){0,3}\s+since\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/**
 * A time counted on from the one told before it: "74 days later", "three weeks later", "the next day", "the following
 * night", "that night".
 */
const COUNTED_ON = /\blater$|^(?:the\s+(?:next|following|previous|same)|that)\s+(?:day|night|morning|afternoon|evening|week|weekend)$/i;
/** A preposition that puts the story at the time after it. */
const TOLD_AT = /\b(?:in|on|since|during|by|until|from|through)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/**
 * The weekday (Monday 1) after which the start, the middle, the end or the whole of a week is over for what is still
 * to come (on its Sunday, the week has no day left to plan for).
 */
const WEEK_PART_OVER: Readonly<Record<string, number>> = { START: 2, MID: 4, END: 6, WHOLE: 6 };
/**
 * "Rain will continue through midweek" told on a Sunday, "Troops arrived Saturday. A team will arrive by midweek",
 * "Later this week, the Senate will vote" told on a Sunday: a week or a part of it told ahead that is over by the day
 * it is told from is next week's. "Later" tells it ahead in the present too: "investors await a meeting later in the
 * week", told on a Sunday.
 */
function weekPartAhead(text: string, d: Draft, tense: string, base: Anchor | undefined, value: string): string {
  // Only a week's value has a "W" after its year's dash: a look at that letter before the calendar.
  const ahead = tense === 'future' || (tense === 'present' && LATER_AROUND.test(text.slice(Math.max(0, d.start - 6), d.start + 6)));
  const over = ahead && value.charCodeAt(5) === 87 ? WEEK_PART_OVER[d.mod ?? 'WHOLE'] : undefined;
  const day = over !== undefined ? anchorDay(base) : undefined;
  if (!day || isoWeekday(day) <= over! || value !== formatWeek(day)) return value;
  return formatWeek(addDays(day, 7));
}
/** "later in the week", "later this week": the word right before or at the start of the timex. */
const LATER_AROUND = /\blater\s/i;

export function resolveValues(text: string, found: readonly Draft[], options: TagOptions): Resolved[] {
  const dctDay = parseDay(options.dct);
  const dct: Anchor | undefined = dctDay ?? (options.dct ? anchorOf(options.dct) : undefined);
  const narrative = isNarrative(text, found, dct);
  const drafts = narrative ? found : found.filter(inNews);
  // A history also asks the tense of dates written in full (one told ahead of the story does not move it on).
  const tenseAround = createTenseLookup(text, narrative ? drafts : drafts.filter(hasResolver));
  const nextWrittenYear: (number | undefined)[] = [];
  if (narrative) {
    for (let i = drafts.length - 1, year: number | undefined; i >= 0; i--) {
      nextWrittenYear[i] = year;
      const value = drafts[i]!.value;
      if (typeof value === 'string') year = anchorOf(value)?.year ?? year;
    }
  }
  const lastWritten = new Int32Array(drafts.length);
  for (let i = 0, k = -1; i < drafts.length; i++) {
    lastWritten[i] = k;
    // A span or a rate written out ("for six days", "every year") is no date: the one before it still frames.
    const type = drafts[i]!.type;
    if (typeof drafts[i]!.value === 'string' && type !== 'DURATION' && type !== 'SET') k = i;
  }
  const story: Story = {
    text,
    drafts,
    dct,
    narrative,
    dctQuarter: dct ? dct.year * 4 + quarterOf(dct.month ?? 12) : Infinity,
    tenseAround,
    nextWrittenYear,
    chronology: chronologyOf(text, drafts),
    lastWritten,
    habitOf: habitReader(text, tenseAround),
    headlineEnd: headlineEndOf(text),
    sameWeekdayAgain: narrative || !dct ? valueAsIs : weekdayMemory(text, dct, tenseAround),
    values: [],
    ofOpeningDay: new Set<number>(),
    last: narrative ? undefined : dct,
    firstDay: undefined,
    lastDay: undefined,
    lastMonth: undefined,
    openingDay: undefined,
    openingOnDateline: false,
    birthYear: undefined,
    lastAt: -1,
    lastEnd: -1,
    lastAhead: false,
    lastFurtherBack: false,
    lastSince: false,
    lastAside: false,
    reported: undefined,
    lastQuarter: undefined,
    lastQuarterEnd: -1,
    lastPeriod: undefined,
    lastPeriodAt: -1,
    lastWeek: undefined,
    lastWeekAt: -1,
    nowSentenceEnd: -1,
    aside: undefined,
    asideEnd: -1,
    yearAside: undefined,
    yearAsideAt: -1,
  };
  const resolved: Resolved[] = [];
  for (let i = 0; i < drafts.length; i++) resolved.push(resolveDraft(story, drafts[i]!, i));
  yearOfEndingDay(text, resolved);
  // An age has moved the story; it is no timex.
  return drafts.some(isAge) ? resolved.filter((_, i) => drafts[i]!.age === undefined) : resolved;
}

const inNews = (d: Draft): boolean => !d.historyOnly;
const hasResolver = (d: Draft): boolean => typeof d.value !== 'string';
const isAge = (d: Draft): boolean => d.age !== undefined;
const valueAsIs = (_d: Draft, value: string): string => value;

/** The draft's value, moving the story on to it where it is a time the story goes on from. */
function resolveDraft(story: Story, d: Draft, i: number): Resolved {
  const { text, drafts, dct, narrative, tenseAround, values, sameWeekdayAgain, ofOpeningDay, dctQuarter } = story;
  // "11 a.m. on 11 November 1918", "2.15am on Saturday": the clock time is of the day written next.
  // "2-4pm on Sunday": the first time of a span takes the day written after the second; so does a clock time with
  // no day before another with its day in the same sentence ("Polls open at 7am and close at 10pm on 2 May").
  const sharesNext = d.dayless === true && d.type === 'TIME' && sharesDayOfNext(story, d, drafts[i + 1]);
  let j = i + 1;
  while ((d.dayAfter || sharesNext) && drafts[j]?.dayAfter && j < i + 3) j++;
  const next = drafts[j];
  const nextValue = (d.dayAfter || sharesNext) && next ? sameWeekdayAgain(next, dayToldInLead(story, next, j, resolve(story, next, undefined, j)), false) : undefined;
  const dayAfter = nextValue ? anchorDay(anchorOf(nextValue)) : undefined;
  const own = dayToldInLead(story, d, i, restatedDayOfMonth(story, d, i, resolve(story, d, dayAfter, i)));
  // "shortly before 4 a.m. on a Sunday in February 1987", "at 2:14 on a Sunday morning in June 1986": a clock time of a
  // weekday no one can place has no known day either, not the day the story is at.
  const onUnknownDay = !dayAfter && nextValue !== undefined && d.type === 'TIME' && UNKNOWN_WEEKDAY.test(nextValue) && own.includes('T');
  const value = onUnknownDay ? `${nextValue.slice(0, 10)}${own.slice(own.indexOf('T'))}`
    : spanEndMonth(story, d, i, overnightEnd(story, d, i, ofOpeningDay.has(i) ? own : overnightStart(story, d, i, dayAfter, pastSpanStart(story, d, i, sameWeekdayAgain(d, own)))));
  values.push(value);
  if (precededBy(text, d.start, BORN_BEFORE)) story.birthYear = anchorOf(value)?.year ?? story.birthYear;
  const toldPeriod = d.type === 'DATE' ? PERIOD_VALUE.exec(value) : null;
  if (toldPeriod) {
    const decade = toldPeriod[0].length === 3;
    [story.lastPeriod, story.lastPeriodAt] = [{ grain: decade ? 'decade' : 'century', year: Number(toldPeriod[0]) * (decade ? 10 : 100) }, d.start];
  }
  // A week moves no story time (it has no month of its own), but "the week before" after it counts from it; so does
  // a weekend ("over the weekend, down from the previous weekend").
  const week = (value.length === 8 || value.length === 11) && value.charCodeAt(5) === 87 ? WEEK_VALUE.exec(value) : null;
  if (week) [story.lastWeek, story.lastWeekAt] = [{ grain: 'week', ...isoWeekMonday(Number(week[1]), Number(week[2])) }, d.start];
  // A clock time of the day written after it leaves the story's day to that day's own timex, which may count from
  // the story's day ("1am the following morning").
  if ((d.type === 'DATE' || d.type === 'TIME') && !d.comparison && !dayAfter) {
    // "two days after Christmas", "the day before Thanksgiving": the story goes on from the day the count names.
    const shiftedTo = d.type === 'DATE' ? dayShiftedBefore(text, d.start, value) : undefined;
    const next = (shiftedTo ? anchorOf(shiftedTo) : value.endsWith('T24:00') && endsItsDay(story, d, value) ? anchorOf(value.slice(0, -6)) : anchorOf(value)) ??
      writtenSeason(text, d, value, story.last, narrative);
    // "the third quarter ended Sept. 30": the day that closes the quarter told leaves that quarter the time told.
    const closesQuarter = story.last?.quarter !== undefined && (precededBy(text, d.start, QUARTER_ENDED_BEFORE) || precededBy(text, d.start, QUARTER_SPAN_ENDED_BEFORE));
    // "… on Wednesday, the company said Thursday": the day of the telling leaves the story on the day it told (one
    // gone by then: "will strike from Tuesday, the union said on Wednesday" tells of a plan), and so does one that
    // closes the sentence after a day still to come ("will lift off on Thursday, the company said Sunday. Liftoff is
    // scheduled for 11:05 p.m." is Thursday's).
    const saidOn = story.lastAt >= 0 && story.last?.day !== undefined && next?.day !== undefined && !narrative &&
      (!beginsAfter(story.last, next) || SENTENCE_END_AFTER.test(text.slice(d.end, d.end + 2))) &&
      SAID_ON.test(text.slice(Math.max(0, d.start - TELLER_REACH), d.start)) && ATTRIBUTION_END.test(text.slice(d.end, d.end + 2));
    const told = next !== undefined && !closesQuarter && !saidOn && !((narrative || d.source === 'holiday') && namesAThing(text, d) && !doneAtLater(story, d, next));
    const aside = told && toldAside(story, d, i, next, story.last);
    // "A funeral Mass will be celebrated on Friday, Jan. 4, with a wake the evening before": a day a history tells aside
    // leaves its story where it was, but what counts from a day in its sentence counts from it (see resolve).
    if (aside && narrative && next.day !== undefined) [story.aside, story.asideEnd] = [next, d.end];
    // A year told aside in a clause on who or what someone is is still the one "that year" after it means (see
    // yearToldAside); not a record's or an event's year ("since records began in 1895", "the 1982 killing").
    if (aside && !narrative && precededBy(text, d.start, RELATIVE_CLAUSE_BEFORE)) [story.yearAside, story.yearAsideAt] = [next.year, d.start];
    if (told && !aside && !yearOfAnchor(next, story.last)) {
      // "at 9:40 a.m. on Wednesday": the day written after a clock time leaves the story at that time of the day.
      const clock = drafts[i - 1]?.dayAfter ? anchorOf(values[i - 1]!) : undefined;
      const at = clock?.minute !== undefined && next.day !== undefined && sameDay(clock, next) ? { ...next, minute: clock.minute } : next;
      [story.last, story.lastAt, story.lastEnd] = [at, d.start, d.end];
      story.lastFurtherBack = next.day !== undefined && (precededBy(text, d.start, HAD_DONE_ON) || pastPerfectClauseOf(text, d.start));
      story.lastSince = next.day !== undefined && !narrative && precededBy(text, d.start, SINCE_DONE_ON);
      story.lastAside = next.day !== undefined && !narrative && wordBefore(text, d.start) === 'on' && precededBy(text, d.start, RELATIVE_CLAUSE_ON);
      if (next.month !== undefined) story.lastMonth = next;
      if (next.day !== undefined) {
        story.firstDay ??= next;
        if (story.openingDay === undefined || story.openingOnDateline) {
          story.openingOnDateline = story.openingDay === undefined && d.start < DATELINE_REACH && DATELINE_AFTER.test(text.slice(d.end, d.end + 24));
          story.openingDay = next;
        }
        story.lastDay = next;
      }
      // Only a quarter asks: the tense is looked up for the few there are.
      story.lastAhead = next.quarter !== undefined && !narrative && typeof d.value !== 'string' && tenseAround(d.start, d.end) === 'future';
      if (next.quarter !== undefined && next.year * 4 + next.quarter < dctQuarter) story.reported = next;
      if (next.quarter !== undefined) [story.lastQuarter, story.lastQuarterEnd] = [next, d.end];
    }
  }
  // "Hiring in December was stronger. For now, the market is shrugging off the taxes that took effect at the start of
  // the year": in news, a sentence that opens on the present is told from the writing (the story's time is left as it
  // was for the sentences after).
  if (!narrative && dct && value === 'PRESENT_REF' && precededBy(text, d.start, OPENS_ON_NOW)) {
    SENTENCE_STOP.lastIndex = d.end;
    story.nowSentenceEnd = SENTENCE_STOP.exec(text)?.index ?? text.length;
  }
  // "For the nine months, ... compared with $967,809 a year earlier": an earnings report moving on from the quarter
  // to a span of months compares that span, so what follows no longer means the quarter, nor the one reported.
  if (d.type === 'DURATION' && MONTHS_OF_A_YEAR.test(value)) {
    if (story.last?.quarter !== undefined) story.last = { year: story.last.year };
    story.reported = undefined;
    story.lastQuarter = undefined;
  }
  // "A few days later" in news: the span the count is (Draft.countSpan).
  if (d.countSpan && !narrative) return { start: d.start, end: d.countSpan.end, type: 'DURATION', value: d.countSpan.value, mod: d.mod };
  // A history's annotators write some values otherwise ("daily" XXXX-XX-XX, see Draft.historyValue).
  if (narrative && d.historyValue) return { start: d.start, end: d.end, type: d.type, value: d.historyValue, mod: d.mod };
  // A date that came out as a clock time ("twenty minutes later" after "9:40 a.m.") is a time.
  return { start: d.start, end: d.end, type: d.type === 'DATE' && value.includes(':') && CLOCK_VALUE.test(value) ? 'TIME' : d.type, value, mod: d.mod };
}

/** How many drafts back a date may be that a day of the month alone tells again. */
const RESTATED_DAY_REACH = 24;
/** How many months from the day found that date may be. */
const RESTATED_DAY_MONTHS = 2;
/**
 * "will hold a snap election on April 14 … said Saturday … 'The people will decide on the 14th'": in news a day of the
 * month alone is the date of that day told in full not long before, though the story has moved to another month since.
 * (A history counts "on the 5th" from the month it is in.)
 */
function restatedDayOfMonth(story: Story, d: Draft, i: number, own: string): string {
  if (story.narrative || !d.dayless || d.source !== 'monthDay' || !DAY_VALUE.test(own)) return own;
  const day = own.slice(8);
  const month = Number(own.slice(0, 4)) * 12 + Number(own.slice(5, 7));
  for (let k = i - 1; k >= 0 && k >= i - RESTATED_DAY_REACH; k--) {
    const told = story.values[k]!;
    const written = story.drafts[k]!;
    if (written.dayless || (written.source !== 'monthDay' && written.source !== 'absoluteDate') || !DAY_VALUE.test(told) || told.slice(8) !== day) continue;
    const apart = Math.abs(Number(told.slice(0, 4)) * 12 + Number(told.slice(5, 7)) - month);
    return apart <= RESTATED_DAY_MONTHS ? told : own;
  }
  return own;
}

/** How many timexes open a history with the dates of what it tells (its lead: "from 18 May to 11 September 1565"). */
const LEAD_TIMEXES = 6;
/**
 * "The siege lasted from 18 May to 11 September 1565. … In 1564 the knights seized a galleon … The Ottoman fleet was
 * sighted on 18 May": a day a history's lead dated, told again without its year after a look back to the year before,
 * is the day of the lead.
 */
function dayToldInLead(story: Story, d: Draft, i: number, own: string): string {
  if (!story.narrative || i < LEAD_TIMEXES || !d.yearless || d.source !== 'monthDay' || !DAY_VALUE.test(own)) return own;
  const later = `${String(Number(own.slice(0, 4)) + 1).padStart(4, '0')}${own.slice(4)}`;
  for (let k = 0; k < LEAD_TIMEXES; k++) if (story.values[k] === later) return later;
  return own;
}

/** "the same month", "that month": the month the story is at, not one counted from it ("six months later"). */
const SAME_MONTH_END = /\b(?:same|that)\s+month$/i;
/** A count of months and its direction: "five months later", "a month earlier" (not "the month before"). */
const COUNTED_MONTHS_END = /\b(?!the\b|that\b)[\w.]+[\s-]+months?\s+(?:later|earlier|afterwards?|before|after|on)$/i;
/**
 * "On March 20, 2003, troops crossed the border. He left the army two years later. The same month, a million people had
 * marched": told in the past after a year, "that month" is the month told last, not the writing's.
 */
function monthToldBefore(story: Story, d: Draft, value: string, tense: string): Anchor | undefined {
  const month = story.lastMonth;
  if (value !== 'XXXX-XX' || !d.anaphoric || tense !== 'past' || month === undefined || story.last?.month !== undefined) return undefined;
  // "born on December 17, 1936 … kidnapped in 1976. They were released five months later": a count moves on from the
  // year told last, whose month is unknown, not from a month told long before it.
  if (COUNTED_MONTHS_END.test(story.text.slice(d.start, d.end))) return undefined;
  return month.year <= (story.last?.year ?? month.year) ? { year: month.year, month: month.month } : undefined;
}

/** Has the week starting on `week`'s Monday ended before the day of writing? */
const weekOver = (week: ResolveContext['period'], dct: Anchor | undefined): boolean => {
  const monday = anchorDay(week);
  const today = anchorDay(dct);
  return monday !== undefined && today !== undefined && isAfter(today, addDays(monday, 6));
};

/** "the end of the week", "the rest of the week": a part of the week the story is at. */
const PART_OF_THE_WEEK = /\bof\s+the\s+week$/i;

const BY_BEFORE = /\bby\s+$/i;
/**
 * "A 10-cent increase took effect on Jan. 1 this year. … Mayor Rob Ford said he hoped for a deal by the end of the
 * week": in news of the day of writing, a part of "the week" as a deadline or told ahead is the writing's week when
 * the day told last is background, more than a week back and in another sentence (in its own sentence "the week" is
 * that day's, and so it may be told in the past: "Fares rose on Jan. 1. Talks went on for the rest of the week").
 */
const weekOfWriting = (story: Story, d: Draft): boolean =>
  story.last?.day !== undefined && PART_OF_THE_WEEK.test(story.text.slice(d.start, d.end)) && !inSentenceOfLast(story, d) &&
  backgroundDay(story, story.last) && (precededBy(story.text, d.start, BY_BEFORE) || story.tenseAround(d.start, d.end) !== 'past');

/** "the year", "the end of the year", "later in the year": the year the story is at. */
const THE_YEAR = /\bthe\s+year\b/i;
/** A weekday with no week known, maybe with its part of the day: `XXXX-WXX-7`, `XXXX-WXX-7TMO`. */
const UNKNOWN_WEEKDAY = /^XXXX-WXX-[1-7](?:T[A-Z]{2})?$/;
/** "the next month" or "the next year": a step on from a time told, or from the writing when told ahead. */
const THE_NEXT_PERIOD = /^the\s+next\s+(?:week|month|quarter|year)$/i;

/**
 * Is the time the story is at a year alone, ahead of the writing's, told in a sentence before ("would push back the
 * maturity of the loans to 2022. Ireland plans to exit its program at the end of the year")? A target year told in
 * passing is no year the news goes on in.
 */
const yearAheadBefore = (story: Story, d: Draft): boolean =>
  story.last !== undefined && story.dct !== undefined && story.last.month === undefined && story.last.quarter === undefined &&
  story.last.year > story.dct.year && !inSentenceOfLast(story, d) && !yearJustAhead(story.last, story.dct);
/**
 * Told in December, the coming year is the one an outlook goes on in ("we expect prices to remain flat in 2013.
 * Conditions are likely to remain challenging for much of the year"): the writing's has days left.
 */
const yearJustAhead = (last: Anchor, dct: Anchor): boolean => last.year === dct.year + 1 && dct.month === 12;

/**
 * Was the year of the time the story is at (before draft `i`) counted from the writing, for a date written without
 * one and with no year around it to frame it?
 */
function yearGuessed(story: Story, i: number): boolean {
  const { drafts, chronology } = story;
  let k = i - 1;
  while (k >= 0 && drafts[k]!.start !== story.lastAt) k--;
  const last = drafts[k];
  return last !== undefined && last.yearless === true && !last.anaphoric && !chronology.years.has(k) && frameYear(story, last, k) === undefined;
}

/**
 * The next timex is a clock time whose day is written after it, a few words on in the same sentence; not a day
 * counted on from the first time's ("started at 10 p.m. and did not leave until 6 a.m. the next morning").
 */
function sharesDayOfNext(story: Story, d: Draft, next: Draft | undefined): boolean {
  const { text } = story;
  return next?.type === 'TIME' && next.dayAfter === true && next.start - d.end < 60 && !/[.!?;\n]/.test(text.slice(d.end, next.start)) &&
    !DAY_COUNTED_ON.test(text.slice(next.end, next.end + 20));
}

/** A stop and a capital after it, where a sentence opens (not the dot of "Jan. 7"). */
const SENTENCE_OPENING = /[.!?]["”’]?\s+["“]?[A-Z]/g;
/** How far back a quarter told still names "the quarter": its sentence and the one before. */
const QUARTER_TOLD_REACH = 240;
/**
 * The last quarter told, when the story has moved off it to a day since, near enough before the timex (see
 * ResolveContext.quarterTold).
 */
function quarterStillTold(story: Story, d: Draft): Anchor | undefined {
  const q = story.lastQuarter;
  if (q === undefined || story.last?.quarter !== undefined || d.start - story.lastQuarterEnd > QUARTER_TOLD_REACH) return undefined;
  // Not across more than one sentence stop.
  const between = story.text.slice(story.lastQuarterEnd, d.start);
  return (between.match(SENTENCE_OPENING)?.length ?? 0) <= 1 ? q : undefined;
}

/** Inside a clause on who or what someone is, set off by a comma: ", who last visited Israel in". */
const RELATIVE_CLAUSE_BEFORE = /,\s+(?:who|which|whose)\s[^,.;!?]{0,80}$/i;
/** A clause on who or what someone is, in the past perfect: ", who had been dismissed in". */
const RELATIVE_PAST_PERFECT_BEFORE = /,\s+(?:who|which)\s+had\s[^,.;!?()]{0,40}$/i;
/** The rest of that clause, then the sentence going on in the present or ahead: ", will hold talks", ", says". */
const MAIN_CLAUSE_AHEAD_AFTER = /^[^,.;!?]{0,60},\s+(?:(?:will|would|is|are|has|have|says?|plans?|hopes?|wants?)\b|is\s+due\b)/;
/**
 * A time told aside does not move the story on. In a history: one ahead of it, as the end of a span ("lasted until
 * February 1945") or a plan ("would be exposed for a campaign in 1976"), and one counted from a speaker's now (a
 * quote: "signed the agreement two years ago").
 */
function toldAside(story: Story, d: Draft, i: number, next: Anchor, last: Anchor | undefined): boolean {
  const { text, dct, narrative, tenseAround, nextWrittenYear } = story;
  // "had exercised sovereignty over the islands since 1833", "the largest meteor since 1908. Hours later …": a year a
  // state has held since, or a record has stood since ("the driest year since records began in 1895"), looks back
  // from the story, which stays where it was.
  // So does a year counted back from the writing that an event named after "since" was in ("the worst unrest since the
  // revolution two years ago"); and a year an event named after "since" was of ("the first sitting since the Suez crisis
  // of 1956").
  // So does a season of a year ("the worst since the winter of 1947"), though a winter is placed at its January.
  const since = last !== undefined && (next.month === undefined || seasonOfYear(d)) && next.year < last.year &&
    (precededBy(text, d.start, SINCE_BEFORE) || precededBy(text, d.start, SINCE_RECORDS_BEFORE) || recordSinceClause(text, d.start) ||
      precededBy(text, d.start, SINCE_EVENT_OF_BEFORE) ||
      (d.deictic === true && AGO_END.test(text.slice(d.end - 4, d.end)) && precededBy(text, d.start, SINCE_EVENT_BEFORE)));
  // In news a span "since" a month runs up to the writing, so the story stays there too ("the cost of the storms
  // since December … until the end of the month", told in February, is February's end). A day is left to move it,
  // for the clock times told of it ("missing since Sunday … was last seen at 3 p.m."). So does a later time it is at
  // ("said on Tuesday the ports would reopen, a pledge he has made since August"), for a month told without its year
  // ("since April 2012, when … in March of that year" moves it to 2012).
  const sinceMonth = (last === dct || (d.yearless === true && last?.month !== undefined && endsBefore(next, last))) && next.month !== undefined && next.day === undefined && precededBy(text, d.start, SINCE_BEFORE);
  // "Obama, who last visited Israel in 2008 as a candidate, will hold talks later in the day": a year or month told
  // back in a clause on who someone is, in a sentence about now or what is to come, leaves the story on the day it is
  // at ("The war, which she led the country into in 1982, lasted 74 days. Three decades later" goes on from 1982).
  const background = last?.day !== undefined && next.day === undefined && beginsAfter(last, next) && precededBy(text, d.start, RELATIVE_CLAUSE_BEFORE) &&
    MAIN_CLAUSE_AHEAD_AFTER.test(text.slice(d.end, d.end + 100));
  if (!narrative) return since || sinceMonth || background || namesAnEventAside(story, d, next, last) || comparedMonthAside(story, d, next, last) || comparedYearAside(story, d, next, last);
  if (d.deictic === true || yearInParentheses(text, d, next)) return true;
  // "The court recalled Yuan Shikai, who had been dismissed in 1909, and made him prime minister in November": a time
  // further back told in the past perfect in a clause on who someone is leaves the story where it was.
  if (last !== undefined && endsBefore(next, last) && precededBy(text, d.start, RELATIVE_PAST_PERFECT_BEFORE)) return true;
  const ahead = last !== undefined && next.year > last.year;
  // "a publication declassified in 2005 revealed that there was no attack on 4 August": a year decades past the
  // story when a source came out tells of the telling, not of the story.
  const aside = ahead && next.month === undefined && next.year - last.year > ASIDE_YEARS && precededBy(text, d.start, SOURCE_CAME_OUT);
  // The end of a span ahead of the story's day leaves the story at its start ("from Monday 3 June to Friday 7 June
  // 1968. Workers walked out on Monday").
  const later = last !== undefined && beginsAfter(next, last);
  // "On April 9 Baghdad fell … In November 2008, protesters staged a similar stomping … on April 15 the coalition
  // declared": in a story told day by day, a leap years ahead that the next year written comes back from is told in
  // passing.
  const leap = ahead && last.day !== undefined && next.year - last.year >= LEAP_YEARS &&
    (nextWrittenYear[i] ?? Infinity) <= last.year + 1;
  // A date months back from the story's day within the paragraph that told it: a look back in passing.
  const back = last?.day !== undefined && next.day !== undefined && story.lastAt >= 0 && monthIndex(last) - monthIndex(next) >= 3 &&
    !text.slice(story.lastAt, d.start).includes('\n');
  const spanEnd = (later && endsSpanFrom(text, d.start, next.month === undefined)) || (ahead && (endsSpan(text, d.start) || tenseAround(d.start, d.end) === 'future'));
  // "On 10 October the Syrians were pushed back to the ceasefire line of 1967": a line or treaty of an earlier year, in
  // a story told day by day, is named in passing.
  const thingOf = last?.day !== undefined && next.month === undefined && next.year < last.year && precededBy(text, d.start, THING_OF_YEAR_BEFORE);
  return aside || since || leap || back || spanEnd || thingOf;
}

/**
 * "Orders rose 1.4% in September after a 2.8% jump in August", "up from 0.2% in August", "compared with 209,000 in
 * September": in news, the month of the figure a change is measured from, before the month its sentence told, is told
 * in passing; the story stays on the month of the change ("… in the month", "the previous month" count from it).
 */
function comparedMonthAside(story: Story, d: Draft, next: Anchor, last: Anchor | undefined): boolean {
  const { text } = story;
  if (last?.month === undefined || next.month === undefined || next.day !== undefined || story.lastAt < 0 || !endsBefore(next, last)) return false;
  if (!comparedFigureBefore(text, d.start) && !FIGURE_AFTER_BEFORE.test(text.slice(Math.max(0, d.start - 60), d.start))) return false;
  return !endsSentenceBetween(text, story.lastEnd, d.start);
}
/**
 * "The city tallied 415 murders last year, down from 503 in 2012. Shootings fell to 2,000 from 2,400 the year before":
 * so is the year of the figure a change is measured from, before the time its sentence told; the story stays there.
 */
function comparedYearAside(story: Story, d: Draft, next: Anchor, last: Anchor | undefined): boolean {
  const { text } = story;
  if (last === undefined || next.month !== undefined || next.year >= last.year || story.lastAt < 0 || !comparedFigureBefore(text, d.start)) return false;
  return !endsSentenceBetween(text, story.lastEnd, d.start);
}
/** A figure a change came after, right before the time it was at: "after a 2.8% jump in", "following a revised 0.3 percent drop in". */
const FIGURE_AFTER_BEFORE = /\b(?:after|following)\s+(?:an?|the)\s+(?:[a-z]+\s+)?[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent)?\s+[a-z]+\s+(?:in|during)\s+$/i;

/**
 * "Last Thursday, the council approved sanctions for its Feb. 12 nuclear test. The North responded the same day":
 * in news, a day that names a thing ("its Feb. 12 test", "the first since a Nov. 21 ceasefire") in a sentence whose
 * own day was told before it is told in passing; the story stays on the sentence's day. So is a year or a month that
 * names a thing after the time its sentence told ("was convicted in 2008 of arranging the 1982 killing. He was
 * sentenced that year" is 2008), though not a day after a coarser time, nor a later year a deed was done at ("Elected in
 * 1964, he held his seat until he stood down at the 1997 election. He was made a peer later that year" is 1997).
 */
function namesAnEventAside(story: Story, d: Draft, next: Anchor, last: Anchor | undefined): boolean {
  const { text } = story;
  if (last === undefined || (next.day !== undefined && last.day === undefined) || story.lastAt < 0 || !namesAThing(text, d)) return false;
  if (next.year > last.year && precededBy(text, d.start, DONE_AT_THE_BEFORE)) return false;
  return !endsSentenceBetween(text, story.lastEnd, d.start);
}
/** The thing a deed was done at or in: "stood down at the", "lost his seat in the", "was injured during the". */
const DONE_AT_THE_BEFORE = /\b(?:at|in|during)\s+the\s+$/i;
/**
 * A year after the story's of a thing a deed was done at: "He won four gold medals at the 1936 Olympics. Two years
 * later he left the sport" goes on from 1936, in a history too.
 */
const doneAtLater = (story: Story, d: Draft, next: Anchor): boolean =>
  story.last !== undefined && next.year > story.last.year && next.month === undefined && precededBy(story.text, d.start, DONE_AT_THE_BEFORE);

function toldInTense(story: Story, d: Draft, day: Anchor): boolean {
  const { dct, tenseAround } = story;
  const tense = tenseAround(d.start, d.end);
  return isAfter(day, dct) ? tense === 'future' || tense === 'present' : tense === 'past';
}

/**
 * "took off at 7:42 a.m. Tuesday and was scheduled to arrive at 8:55 a.m.", "It was due to land at 9:05 p.m.": a clock
 * time a plan told in the past was made for is of the day told, gone by, not of one still to come ("is due to arrive at
 * 15:00" is).
 */
const PAST_PLAN_BEFORE = /\b(?:was|were)\s+(?:(?:originally|initially|first)\s+)?(?:due|scheduled|expected|set|slated)\s+to\s+[a-z]+(?:\s+[A-Za-z.'’-]+){0,4}?\s+(?:at|by|around)\s+(?:(?:about|around|approximately)\s+)?$/i;
const PAST_PLAN_REACH = 64;
function pastPlanOfDay(story: Story, d: Draft, day: Anchor): boolean {
  const { text, dct } = story;
  if (dct === undefined || isAfter(day, dct)) return false;
  const before = text.slice(Math.max(0, d.start - PAST_PLAN_REACH), d.start);
  return before.includes(' to ') && PAST_PLAN_BEFORE.test(before);
}

/**
 * Is `day` a week or more before the day of writing ("launched its offensive on November 14", told on the 21st), in a
 * story of that day or of the day or two before ("signed a ceasefire deal on Thursday", told on Friday)?
 */
function backgroundDay(story: Story, day: Anchor): boolean {
  const { dct, firstDay } = story;
  const [at, first] = [anchorDay(day), anchorDay(firstDay)];
  return at !== undefined && first !== undefined && dct !== undefined && !isAfter(first, dct) && !beginsAfter(dct, addDays(first, STORY_DAY_LAG)) &&
    beginsAfter(dct, addDays(at, 6));
}
/**
 * "The plane left at 10:40 p.m. on Feb. 14 … It crashed at 11:06 p.m.", "The Feb. 6 quake killed 116 people. It struck
 * at 3:57 a.m.": a day told back then is no background when the story tells it by the clock (its last time is a clock
 * time of it), or when the clock time's sentence goes on from the day's with "It" or "They": the time is of that day.
 */
function toldOnItsClock(story: Story, d: Draft, day: Anchor): boolean {
  if (day.minute !== undefined) return true;
  const { text } = story;
  const sentence = sentenceBefore(text, d.start, 200);
  const stop = d.start - sentence.length - 1;
  return PRONOUN_OPENS.test(sentence) && story.lastEnd <= stop && !endsSentenceBetween(text, story.lastEnd, stop);
}
/** A sentence that goes on with the subject of the one before: "It struck at 3:57 a.m.", "They landed at noon". */
const PRONOUN_OPENS = /^\s*(?:It|They)\s/;
/** How many days a story's opening day may lie before its date: wire copy is often dated the day after its news. */
const STORY_DAY_LAG = 2;

/**
 * "CAIRO, July 4 - … announced late on Wednesday … Security forces arrested hundreds overnight": in news, "overnight"
 * or "through the night" in a sentence of its own is the night just gone, not the one before the day told last, in a
 * story of the day of writing or after a day told that is the day before it ("Saturday's election … Counting continued
 * through the night", told on Sunday).
 */
function nightJustGone(story: Story, d: Draft, day: Anchor): boolean {
  const { text, dct, firstDay, narrative } = story;
  if (narrative || dct === undefined || d.end - d.start !== 9 || !NIGHT_OF_STORY.test(text.slice(d.start, d.end))) return false;
  if (lastsIntoNight(text, d)) return false;
  const at = anchorDay(day);
  return at !== undefined && isAfter(dct, day) && (sameDay(firstDay, dct) || sameDay(addDays(at, 1), dct)) && !inSentenceOfLast(story, d);
}
const NIGHT_OF_STORY = /^(?:overnight|the night)$/i;
const INTO_BEFORE = /\binto\s+$/i;
/**
 * "Libya marked the anniversary on February 17 … celebrations lasted well into the night": what lasts into a night
 * began on the day told, however far back, and the night is that day's.
 */
const lastsIntoNight = (text: string, d: Draft): boolean =>
  d.end - d.start === 9 && precededBy(text, d.start, INTO_BEFORE) && /^the night$/i.test(text.slice(d.start, d.end));

/** The day told last, when `month` (a month with no day) is its month. */
function dayOfMonthTold(story: Story, month: Anchor | undefined): Anchor | undefined {
  const day = story.lastDay;
  if (month === undefined || month.day !== undefined || day === undefined) return undefined;
  return month.month === day.month && month.year === day.year ? day : undefined;
}

/**
 * "reported widespread flu in 10 states, down from 16 states a week earlier": a figure is compared with the one a day
 * or a week before the figure told, so in news the day told last, not a year told in passing since ("the CDC began
 * tracking in 2005"), which holds no week to count from.
 */
function dayOfComparedFigure(story: Story, d: Draft, base: Anchor | undefined, counted: string): Anchor | undefined {
  if (base === undefined || base.month !== undefined || story.lastDay === undefined || !YEAR_OF_UNKNOWN_DAY.test(counted)) return undefined;
  return COMPARED_FROM_BEFORE.test(story.text.slice(Math.max(0, d.start - 48), d.start)) ? story.lastDay : undefined;
}
/**
 * A year told in passing between a day and a count from it holds no day or week to count from; in news the count goes on
 * from the day told before it. Told with a count ("A man was shot outside a bar on Saturday. The city recorded 40
 * homicides last year. Police arrested a suspect later that night"), or in a clause on who someone is ("Hanson, who was
 * first elected in 2005, conceded about an hour later", "…, will hold its first meeting the following week"; a count of
 * years still counts from the year: "who joined in 1998, left two years later").
 */
function dayBeforeYearInPassing(story: Story, base: Anchor | undefined, counted: string): Anchor | undefined {
  const day = story.lastDay;
  if (base === undefined || base.month !== undefined || day === undefined) return undefined;
  const { text, lastAt } = story;
  if (YEAR_DAY_UNKNOWN.test(counted) && day.year >= base.year && COUNTED_BEFORE.test(sentenceBefore(text, lastAt, 100))) return day;
  if (YEAR_OF_UNKNOWN_DAY.test(counted) && beginsAfter(day, base) && RELATIVE_CLAUSE_BEFORE.test(text.slice(Math.max(0, lastAt - 90), lastAt))) return day;
  return undefined;
}
/** An unknown day of a known year, maybe with its part of the day: `2012-XX-XX`, `2012-XX-XXTNI`. */
const YEAR_DAY_UNKNOWN = /^\d{4}-XX-XX(?:$|T)/;
/**
 * A count before the year it was made in: "recorded 40 homicides", "were 14 stabbings in the area", "fell 8 percent",
 * "had been called twice", "three times".
 */
const COUNTED_BEFORE = /(?:\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]+s\b|\d[\d,.]*\s*(?:%|percent|per\s+cent)|\btwice\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times\b)/i;
/** A week or day of a known year alone: `2005-WXX`, `2005-XX-XX`. */
const YEAR_OF_UNKNOWN_DAY = /^\d{4}-(?:WXX|XX-XX)$/;
/** What a figure is compared from, right before the time it was at: "down from 16 states", "than", "compared with". */
const COMPARED_FROM_BEFORE = /\b(?:from|than|compared\s+(?:with|to))\s+(?:(?:about|around|nearly|almost|some|just)\s+)?(?:[$£€]?\d[\d.,]*\s*(?:%|percent|per\s+cent|million|billion)?\s+(?:[a-z]+\s+){0,2})?$/i;

/**
 * "Anastasiades, who was elected last month, met EU leaders earlier in the day": "the day" after a month just gone or
 * the writing's, with no day of it told, is the day of the news, the writing's (a month further back keeps its day
 * unknown).
 */
function dayOfNews(d: Draft, month: Anchor | undefined, dct: Anchor | undefined): Anchor | undefined {
  if (d.value !== TODAY || month === undefined || month.day !== undefined || dct?.day === undefined) return undefined;
  const back = monthIndex(dct) - monthIndex(month);
  return back === 0 || back === 1 ? dct : undefined;
}

function toldAheadOfPast(story: Story, d: Draft, day: Anchor): boolean {
  const { dct, narrative, tenseAround } = story;
  return !narrative && !isAfter(day, dct) && tenseAround(d.start, d.end) === 'future';
}

/**
 * "came to light in November 2021 … was arrested on 2 December": in news, a day with no year, told in the past within
 * a couple of months after a month of an earlier year the story is at, is of that story, unless the day of that name
 * before the writing is a recent one (news names the last weeks' days without a year), or the month is told in the
 * sentence of the story's ("came back to life in June 2015 but fell silent again in July").
 */
function soonAfterToldMonth(story: Story, d: Draft, fromWriting: string, at: Anchor | undefined): string | undefined {
  const { text, dct } = story;
  if (!dct || !at || at.month === undefined || typeof d.value === 'string' || story.lastAt < 0) return undefined;
  // "in August 1969 … broke up in the mid-1970s … released his last album in September": a decade told since, after
  // the month, has moved the story past it.
  if (story.lastPeriodAt > story.lastAt && story.lastPeriod !== undefined && story.lastPeriod.year > at.year) return undefined;
  const recent = anchorOf(fromWriting) ?? seasonStart(fromWriting);
  if (!recent || monthIndex(dct) - monthIndex(at) < 12) return undefined;
  // (A day after the writing, where a past verb's day was found nearest, is no such recent day.)
  if (monthIndex(dct) - monthIndex(recent) < 3 && !beginsAfter(recent, dct) && !inSentenceOfLast(story, d)) return undefined;
  // Only a month the story is told at ("in November 2021"), not one that names a thing ("the August 1988 cease-fire").
  // Nor a month a figure was at ("has fallen from 10 percent in October 2009. Hiring in October … was revised").
  // Nor one a record is measured from ("its highest since October 2007"). So is a time counted on from one told
  // ("began on April 2, 1982 … ended 74 days later with the surrender on June 14").
  const toldAt = precededBy(text, story.lastAt, TOLD_AT) || COUNTED_ON.test(text.slice(story.lastAt, story.lastEnd));
  if (!toldAt || precededBy(text, story.lastAt, FIGURE_IN_BEFORE) || precededBy(text, story.lastAt, RECORD_SINCE_BEFORE)) return undefined;
  const value = d.value({ base: at, tense: 'unknown', narrative: true, previous: at });
  const month = anchorOf(value);
  const day = month ?? seasonStart(value);
  const gap = day ? monthIndex(day) - monthIndex(at) : -1;
  return gap >= 0 && gap <= (month ? 2 : SEASON_SOON) ? value : undefined;
}
/**
 * "The shuttle broke apart on Feb. 1, 2003. … foam had struck the wing after liftoff on Jan. 16": in news, a day with
 * no year told in the past perfect, soon after a day of an earlier year the story is at, lies further back than that
 * day (the past perfect looks back from the story's time), within half a year of it.
 */
function shortlyBeforeToldDay(story: Story, d: Draft): string | undefined {
  const { text, dct, last: at } = story;
  if (!dct || at?.day === undefined || typeof d.value === 'string' || story.lastAt < 0 || d.start - story.lastEnd > PAST_PERFECT_REACH) return undefined;
  if (monthIndex(dct) - monthIndex(at) < 12 || !precededBy(text, story.lastAt, TOLD_AT)) return undefined;
  if (!precededBy(text, d.start, HAD_DONE_ON) && !pastPerfectClauseOf(text, d.start)) return undefined;
  const value = d.value({ base: at, tense: 'past', firm: true });
  const day = anchorOf(value);
  const gap = day?.day !== undefined ? monthIndex(at) - monthIndex(day) : -1;
  return gap >= 0 && gap <= PAST_PERFECT_MONTHS && !isAfter(day!, at) ? value : undefined;
}
/** How far after the story's day a day told in the past perfect may be to be told back from it. */
const PAST_PERFECT_REACH = 240;
/** How many months back from the story's day such a day may lie (a mission's launch before its landing). */
const PAST_PERFECT_MONTHS = 6;
/**
 * A spring, summer or autumn by its first month, as a month soon after the one told ("In July 2011, the army besieged
 * Hama. By the fall, defectors had formed an army" is 2011's autumn); the season after the month's own may start three
 * months on ("In March 2011, protests began. By the summer, the army had moved in").
 */
const SEASON_SOON = 3;
function seasonStart(value: string): Anchor | undefined {
  const m = SEASON_VALUE.exec(value);
  return m && !m[1] && m[3] !== 'WI' ? { year: Number(m[2]), month: SEASON_START[m[3]!]! } : undefined;
}

/** "that year", "the same year", "March of that year". */
const THAT_YEAR_END = /\b(?:that|the\s+same)\s+year$/i;
/**
 * "The war, which began in April 2014, has killed some 13,000 people. Russia annexed Crimea in March of that year": a
 * year told aside in a relative clause in news leaves the story where it was, but "that year" after it is that year.
 */
function yearToldAside(story: Story, d: Draft): Anchor | undefined {
  if (story.yearAside === undefined || story.yearAsideAt < story.lastAt || !d.anaphoric || !THAT_YEAR_END.test(story.text.slice(d.start, d.end))) return undefined;
  return { year: story.yearAside };
}

/** How many timexes back the date of the vote an "election day" means may be told. */
const VOTE_TOLD_REACH = 40;
/** A word of a vote near a date: "called an election for July 4", "the March 4 election", "Voting on March 4". */
const VOTE_WORDS = String.raw`\b(?:elections?|vote|voting|votes|polls?|polling|ballot|referendum|run-?off|plebiscite)\b`;
const VOTE_WORD = new RegExp(VOTE_WORDS, 'i');
/** How far before and after the date its sentence may say it is the vote's. */
const VOTE_WORD_BEFORE = 48;
const VOTE_WORD_AFTER = 32;
/**
 * Is the date told as a vote's: a word of a vote before it in its sentence, within reach ("called an election for July
 * 4", "Voting on March 4"), or after it ("the March 4 election", "Monday's presidential vote"); not one that an
 * infinitive's verb between takes as its object ("will return on Sunday to contest the polls").
 */
const toldAsVote = (text: string, start: number, end: number): boolean =>
  VOTE_WORD.test(sentenceBefore(text, start, VOTE_WORD_BEFORE)) || VOTE_WORD_SOON_AFTER.test(sentenceAfter(text, end, VOTE_WORD_AFTER));
const VOTE_WORD_SOON_AFTER = new RegExp(String.raw`^(?![^.;!?]*?\bto\s+[a-z]+\s+(?:(?:the|a|an|its|their|his|her)\s+)?${VOTE_WORDS})[^.;!?]*?${VOTE_WORDS}`, 'i');
/**
 * "Sunak called a national election for July 4 … Counting will begin after polls close at 10 p.m. on election day":
 * "election day" is the last day the text told as a vote's.
 */
function dayOfVoteTold(story: Story, i: number): string | undefined {
  const { text, drafts, values } = story;
  for (let k = Math.min(i, values.length) - 1; k >= 0 && k >= i - VOTE_TOLD_REACH; k--) {
    const value = values[k]!;
    if (!DAY_VALUE.test(value) || drafts[k]!.ofVote) continue;
    if (toldAsVote(text, drafts[k]!.start, drafts[k]!.end)) return value;
  }
  return undefined;
}

/** How many days into its month the writing may be for that month, told in the past, to be last year's. */
const MONTH_JUST_BEGUN = 3;
/**
 * "Iraqis elected an interim assembly in January", told on January 2: a month told in the past that has only just
 * begun at the writing is the one a year back (not a part of it: "early January" may be these few days; nor a thing
 * named by the month, which may be one to come: "were told to expect delays to January payments").
 */
function monthJustBegun(text: string, d: Draft, value: string, dct: Anchor): string | undefined {
  if (d.mod || d.source !== 'monthDay' || dct.day === undefined || dct.day > MONTH_JUST_BEGUN || value.length !== 7) return undefined;
  if (value !== formatMonth(dct.year, dct.month ?? 0) || NOUN_AFTER_DATE.test(text.slice(d.end, d.end + 16))) return undefined;
  return `${formatYear(dct.year - 1)}${value.slice(4)}`;
}

/** A verb of telling; and the words of a past state or a perfect, which a deed of the day told may have. */
const TELLING_WORD = /\b(?:said|told)\b/;
const PAST_STATE_WORD = /\b(?:was|were|had)\b/i;
/**
 * "The cap was extended twice, first to 15 November" told in February: a day a past sentence looked ahead to lies
 * ahead of the day the story is at, when that is months before the writing, not ahead of the writing.
 */
function aheadOfToldDay(story: Story, d: Draft, at: Anchor | undefined): string | undefined {
  const { text, dct } = story;
  if (!dct || !at || at.month === undefined || typeof d.value === 'string' || story.lastAt < 0) return undefined;
  // Nor from a day years back, told in passing ("sent the first tweet seven years ago, on March 21, 2006. … would come
  // … likely in early February" is the coming February).
  const back = monthIndex(dct) - monthIndex(at);
  if (back < 2 || back > 12) return undefined;
  // Not when "will" says it ("who were invited in July 1997 will join on March 12"), nor a telling in the present
  // perfect ("The program was announced last June. … have said they hope to introduce the bill after Easter" is the
  // coming Easter).
  const sentence = sentenceBefore(text, d.start);
  if (!TOLD_IN_PAST.test(sentence) || WILL_WORD.test(sentence) || TOLD_LATELY.test(sentence)) return undefined;
  // Nor a plan only told, with no deed of that time, in a sentence after the one of the day told ("reopened the camps in
  // September. The Greens said they would push to repeal it after the election on Sept. 14"): the telling is news.
  if (story.lastAt < d.start - sentence.length && TELLING_WORD.test(sentence) && !PAST_STATE_WORD.test(sentence)) return undefined;
  return d.value({ base: at, tense: 'future', previous: at });
}

/**
 * In a life or a history told up to now, a time told from the writer's day: a month or day looked ahead to with
 * "will" ("A funeral will be held on 3 December"), anything "as recently as" ("as recently as last spring"), and a
 * time counted from now told in the present ("Her fourth novel is due out next year").
 */
function toldFromNow(story: Story, d: Draft): boolean {
  const { text, tenseAround } = story;
  if (precededBy(text, d.start, AS_RECENTLY_AS)) return true;
  const deictic = d.deictic === true;
  if (!deictic && d.yearless !== true) return false;
  // The words first: a history asks the tense of few of its dates, and each stretch asked about costs a scan.
  const before = text.slice(Math.max(0, d.start - 60), d.start);
  const will = (WILL_WORD.test(before) && WILL_BEFORE.test(before)) || WILL_AFTER.test(text.slice(d.end, d.end + 60));
  if (!will && !deictic) return false;
  const tense = tenseAround(d.start, d.end);
  if (will && tense === 'future') return true;
  return deictic && (tense === 'present' || tense === 'future') && !TOLD_IN_PAST.test(sentenceBefore(text, d.start));
}

/**
 * Does an offset counted from the writing land after it, where the text does not report it as a time to come ("said
 * the next day would be worse")? A clock time keeps its day: the writing says nothing of the hour.
 */
function laterThanWriting(story: Story, d: Draft, value: string): boolean {
  const { text, dct } = story;
  const at = dct && !CLOCK_VALUE.test(value) ? anchorOf(value) : undefined;
  return at !== undefined && dct !== undefined && beginsAfter(at, dct) && !REPORTED_AHEAD_AFTER.test(text.slice(d.end, d.end + 60));
}

/** A year, maybe with its season, month or day: `1967`, `1967-FA`, `1967-10-02`. */
const YEAR_TOLD = /^\d{4}(?:(?:-\d\d){0,2}|-(?:SP|SU|FA|WI))$/;
/**
 * "killed in August 1969 … her last hearing, in 2011 … 'Forty-three years later, it doesn't get any easier'": years
 * counted on from the year told last that land past the writing, in a sentence not told ahead, count from an earlier
 * year told, the latest that keeps them at or before the writing (2012, not 2054).
 */
function laterFromEarlierYear(story: Story, d: Draft, i: number, value: string, ctx: ResolveContext): string | undefined {
  const { text, drafts, dct, values } = story;
  const resolver = d.value;
  if (!d.anaphoric || !dct || d.type !== 'DATE' || typeof resolver === 'string' || !/^\d{4}$/.test(value) || Number(value) <= dct.year) return undefined;
  if (!/\slater$/i.test(text.slice(d.start, d.end))) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - 30; j--) {
    const told = values[j]!;
    // A year told in full, or its season, month or day; not a decade, a stretch or a time with no year.
    if (typeof drafts[j]!.value !== 'string' || !YEAR_TOLD.test(told)) continue;
    const counted = resolver({ ...ctx, base: { year: Number(told.slice(0, 4)) } });
    if (/^\d{4}$/.test(counted) && Number(counted) <= dct.year) return counted;
    // "joined the firm in 1994. Two decades later she runs it", told in 2013: a round count told in the present (or
    // with no tense found) that lands a year past the writing is the writing's year, not a count from a year further back.
    if ((ctx.tense === 'present' || ctx.tense === 'unknown') && Number(counted) === dct.year + 1) return formatYear(dct.year);
  }
  return undefined;
}

/**
 * "On Friday, March 14, 2008, the Fed arranged a loan; by Sunday night, Bear had been sold": a sentence that opens on
 * a day written in full, a month or more before the writing, tells of that day's days, so a weekday in it is the
 * first such day from it on (a weekday of the writing's week would be no news of that day's sentence).
 */
function openingDay(story: Story, d: Draft, i: number): Anchor | undefined {
  const { text, drafts, dct, lastWritten, values } = story;
  const k = lastWritten[i] ?? -1;
  const value = k >= 0 && !d.anaphoric ? values[k] : undefined;
  const day = value !== undefined && DAY_VALUE.test(value) ? anchorOf(value) : undefined;
  if (!day || !dct || monthIndex(dct) - monthIndex(day) < 1 || !BARE_WEEKDAY.test(text.slice(d.start, d.end))) return undefined;
  return openingYear(text, drafts, i, k, value) !== undefined ? day : undefined;
}

/**
 * "A funeral will be held on Saturday at 11 a.m.": a clock time is of the day written right before it, even one told
 * aside that left the story where it was (a life told by its years).
 */
function ofDayBefore(story: Story, d: Draft, i: number): Day | undefined {
  const { text, drafts, values } = story;
  const previous = d.anaphoric && d.type === 'TIME' ? drafts[i - 1] : undefined;
  if (!previous || d.start - previous.end > 12 || !CLOCK_AFTER_DAY.test(text.slice(previous.end, d.start))) return undefined;
  const value = values[i - 1] ?? '';
  return DAY_VALUE.test(value) ? anchorDay(anchorOf(value)) : undefined;
}

/**
 * "will be sworn in on Jan. 20, 2013, a Sunday, … with the public inauguration held the next day": a weekday in
 * apposition after a date is that date's day, so the story stays on it (mergeWeekdayOfDay gives it the same value).
 */
function dayInApposition(story: Story, d: Draft, i: number): string | undefined {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  if (!previous || d.start - previous.end > 6 || !APPOSITION.test(text.slice(previous.end, d.start))) return undefined;
  const value = values[i - 1] ?? '';
  const day = DAY_VALUE.test(value) ? parseDay(value) : undefined;
  return day && isoWeekday(day) === weekdayOf(text.slice(d.start, d.end)) ? value : undefined;
}

/** A time's value from a day the text wrote for it (ofDayBefore, openingDay, dayInApposition), or undefined. */
function ofDayWritten(story: Story, d: Draft, i: number): string | undefined {
  const { narrative, ofOpeningDay } = story;
  if (typeof d.value === 'string') return undefined;
  const apposed = d.source === 'weekday' ? dayInApposition(story, d, i) : undefined;
  if (apposed) return apposed;
  const dayBefore = ofDayBefore(story, d, i);
  if (dayBefore) return d.value({ base: dayBefore, tense: 'unknown', narrative });
  const opening = !narrative && (d.source === 'weekday' || d.source === 'timeOfDay') ? openingDay(story, d, i) : undefined;
  if (!opening) return undefined;
  ofOpeningDay.add(i);
  return d.value({ base: opening, tense: 'unknown', narrative: true });
}

/**
 * "Forecasters said Wednesday the storm would hit Thursday", "On Monday, officials said the vaccine would arrive
 * Wednesday", "On Tuesday, the rebels vowed to attack the city on Thursday", told on Friday: a day a report or a pledge
 * looked ahead to is the first such day after the day of the report told in its sentence, not one after the writing.
 */
function reportedAheadOfDay(story: Story, d: Draft): string | undefined {
  const { text, dct, last } = story;
  if ((d.source !== 'weekday' && d.source !== 'timeOfDay') || typeof d.value === 'string' || !dct || last?.day === undefined || !isAfter(dct, last)) return undefined;
  if (!inSentenceOfLast(story, d) || !(d.source === 'weekday' ? BARE_WEEKDAY : CLOCKED_WEEKDAY).test(text.slice(d.start, d.end))) return undefined;
  const between = text.slice(story.lastEnd, d.start);
  if (!REPORTED_WOULD.test(between)) return undefined;
  // The report's own day: right after its verb ("said Wednesday"), or opening the sentence before it ("On Monday,
  // officials said").
  const beforeLast = text.slice(Math.max(0, story.lastAt - 30), story.lastAt);
  if (SAID_BEFORE.test(beforeLast) || (OPENS_BEFORE.test(beforeLast) && SAYING.test(between))) return d.value({ base: last, tense: 'future', previous: last });
  // A telling joined to the deed of the day told looks ahead from that day only to the next ("would weaken by Thursday"
  // after a storm on Monday may still be ahead of the writing).
  if (!SAID_AFTER_DEED.test(between)) return undefined;
  const value = d.value({ base: last, tense: 'future', previous: last });
  const day = anchorDay(anchorOf(value));
  const lastDay = anchorDay(last);
  return day && lastDay && formatDay(addDays(lastDay, 1)) === formatDay(day) ? value : undefined;
}
/**
 * "Lawmakers scrambled Thursday to meet Friday's deadline", "On Monday, officials were racing to meet a Wednesday
 * deadline": a deadline still to meet is the first day of its name after the day its sentence told the race on.
 */
function deadlineAfterToldDay(story: Story, d: Draft): string | undefined {
  const { text, last } = story;
  if (d.source !== 'weekday' || typeof d.value === 'string' || last?.day === undefined || !inSentenceOfLast(story, d)) return undefined;
  if (!BARE_WEEKDAY.test(text.slice(d.start, d.end)) || !deadlineStillToMeet(text, d.start, d.end)) return undefined;
  return d.value({ base: last, tense: 'future', previous: last });
}
/** A pledge or a plan made, which looks ahead from its own day: "vowed to", "agreed to". */
const PLEDGED = '(?:vowed|pledged|promised|agreed|planned|threatened|decided|voted|resolved)';
/** A verb of saying or forecasting, or of pledging, which the report's day goes with. */
const SAYING = new RegExp(`\\b(?:said|told|warned|announced|predicted|forecast|reported|added|${PLEDGED})\\b`, 'i');
const SAID_BEFORE = new RegExp(`\\b(?:said|warned|announced|predicted|forecast|reported|added|${PLEDGED})\\s+(?:on\\s+)?$`, 'i');
const OPENS_BEFORE = /(?:^|[.!?]\s+|\n)\s*(?:[Oo]n\s+)?$/;
/**
 * A telling joined to a deed of the day told before it: "Rain halted play Friday afternoon, and officials said they
 * would restart on Saturday morning" (told on Sunday) was told that day, of the day after.
 */
const SAID_AFTER_DEED = /^[^,.;!?]*,\s+(?:and|but)\s+(?:[\w'’-]+\s+){0,4}(?:said|announced|told\s+\w+)\s+(?:that\s+)?(?:[\w'’-]+\s+)?would\b/i;
/**
 * A future told in the past: "would hit", or what was pledged to be done ("On Tuesday, the rebels vowed to attack the
 * city on Thursday", "agreed on Thursday to meet again on Saturday").
 */
const REPORTED_WOULD = new RegExp(`\\bwould\\b(?!\\s+have\\b)|\\b${PLEDGED}\\s+(?:on\\s+\\w+\\s+)?to\\s+\\w`, 'i');

/**
 * '"We'll know more tomorrow," the chief said Wednesday', 'He told reporters on Friday: "Today was the worst"': a
 * day counted from now inside a quote is counted from the day the quote was told, when its attribution names that day
 * right after the quote's close or right before its opening (told on another day than the writing's, the quote's
 * "tomorrow" is not the writing's).
 */
function dayOfQuoteTold(story: Story, d: Draft, i: number): Day | undefined {
  const { text, drafts, values } = story;
  // The attribution first: the quote is looked for only around the few day words that have one.
  const next = drafts[i + 1];
  if (next && next.start - d.end <= QUOTE_REST_REACH && typeof next.value !== 'string' && QUOTE_THEN_TELLER.test(text.slice(d.end, next.start))) {
    return opensQuoteBefore(text, d.start, QUOTE_REST_REACH) ? dayOfTelling(resolve(story, next, undefined, i + 1)) : undefined;
  }
  const previous = drafts[i - 1];
  if (!previous || d.start - previous.end > QUOTE_REST_REACH || !TELLER_THEN_QUOTE.test(text.slice(previous.end, d.start))) return undefined;
  return SAID_BEFORE_DAY.test(text.slice(Math.max(0, previous.start - TELLER_REACH), previous.start)) ? dayOfTelling(values[i - 1] ?? '') : undefined;
}
/**
 * A day word, a part of a day or a week named from now, or a count back or on from now: "tomorrow", "tonight", "last
 * night", "this morning", "next week" ('"Next week we will know more," he told reporters last Friday'), "two days ago".
 */
const countsFromNow = (text: string, d: Draft): boolean =>
  d.source === 'deictic' || (d.source === 'relativeOffset' && d.deictic === true) ||
  (d.end - d.start <= 18 && (d.source === 'timeOfDay' ? PART_FROM_NOW : WEEK_FROM_NOW).test(text.slice(d.start, d.end)));
const PART_FROM_NOW = /^(?:tonight|(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night))$/i;
const WEEK_FROM_NOW = /^(?:this|next|last)\s+week(?:end)?$/i;
/** How far a quote's day word may be from the day of its attribution. */
const QUOTE_REST_REACH = 200;
/**
 * A verb of telling, with whom it was told to and how: "said", "told reporters", "told mourners", "told The Associated
 * Press", "said in a telephone interview", "told worshippers in a sermon", "said at a news conference", "told reporters
 * at the scene".
 */
const TELLING = String.raw`(?:said|says|told\s+(?:[a-z]+|the\s+[a-z]+|(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*)|added|warned|explained|insisted)` +
  String.raw`(?:\s+(?:(?:in|at|during)\s+an?\s+(?:[\w-]+\s+){0,2}(?:interview|statement|sermon|homily|message|letter|speech|conference|briefing)|at\s+the\s+scene))?`;
/** The rest of a quote, its close, and a teller up to the day: '," Davis said ', '," she told reporters on '. */
const QUOTE_THEN_TELLER = new RegExp(String.raw`^[^"“”\n]*["”]\s+(?:[\w'’.,-]+\s+){0,8}?${TELLING}\s+(?:on\s+)?$`);
/**
 * A teller's day, then the quote opening and up to the day word: ', "', ': "We', and a quote going on in the next
 * sentence ('the chief said Tuesday. "Tomorrow we will know more."').
 */
const TELLER_THEN_QUOTE = /^\s*[,:.]\s*["“][^"“”\n]*$/;
/** The verb of a telling right before its day: "said", "told reporters on". */
const SAID_BEFORE_DAY = new RegExp(String.raw`\b${TELLING}\s+(?:on\s+)?$`);
/** The day a value is of, when it is written to the day. */
const dayOfTelling = (value: string): Day | undefined => (DAY_VALUE.test(value.slice(0, 10)) ? parseDay(value.slice(0, 10)) : undefined);

/** Is the draft in the sentence where `last` was written, not far after it? */
function inSentenceOfLast(story: Story, d: Draft): boolean {
  const { text } = story;
  return story.lastAt >= 0 && d.start - story.lastAt < 200 && !/[.!?\n]/.test(text.slice(Math.max(story.lastAt, story.lastEnd), d.start));
}

/**
 * "In March 1845 Congress voted to annex it, and Texas became a state on 29 December": in a history, a day written
 * without its year (a holiday too: "was made Protector in March 1454, but the king recovered around Christmas") in the
 * sentence of a month written with one comes after that month, in its year or the next
 * ("left in late November 1812 and reached Vilna on 9 January" is 1813), not the nearest one back. Not one told in
 * the past perfect ("in March 1845, though it had declared independence on 2 March").
 */
function yearOfDayLaterInSentence(story: Story, d: Draft): number | undefined {
  const last = story.last;
  if (!d.yearless || d.anaphoric || (d.source !== 'monthDay' && d.source !== 'holiday') || typeof d.value === 'string' || last?.month === undefined || last.day !== undefined || !inSentenceOfLast(story, d)) return undefined;
  if (PAST_PERFECT.test(story.text.slice(story.lastEnd, d.start))) return undefined;
  const month = Number(MONTH_OF_VALUE.exec(d.value({ base: { year: last.year }, tense: 'unknown', narrative: true }))?.[1]);
  return Number.isNaN(month) ? undefined : month < last.month ? last.year + 1 : last.year;
}
const PAST_PERFECT = /\bhad\b/i;
const MONTH_OF_VALUE = /^(?:BC)?\d{4}-(\d\d)-\d\d$/;

/**
 * What a draft's resolver reads where the story is now, counted from `base` in `tense`. One plain literal per timex (no
 * spreads): this runs for every timex of the text.
 */
const contextOf = (story: Story, d: Draft, base: Anchor | undefined, tense: Tense, firm: boolean, period: ResolveContext['period']): ResolveContext =>
  ({ base, tense, narrative: story.narrative, previous: story.last, previousAhead: story.lastAhead, firm, period, reported: story.reported, quarterTold: quarterStillTold(story, d) });

/** A draft's value where the story is now; `dayAfter` is the day written right after a clock time. */
function resolve(story: Story, d: Draft, dayAfter: Day | undefined, i: number): string {
  const { text, dct, narrative, tenseAround, chronology, habitOf } = story;
  if (d.age !== undefined) return story.birthYear !== undefined ? formatYear(story.birthYear + d.age) : 'XXXX';
  if (typeof d.value === 'string') return d.value;
  const voteDay = d.ofVote ? dayOfVoteTold(story, i) : undefined;
  if (voteDay) return voteDay;
  const habit = habitOf(d);
  if (habit) return habit;
  if (dayAfter) return d.value({ base: dayAfter, tense: 'unknown', narrative });
  const nextSeason = narrative ? seasonAfterSeason(story, d, i) ?? seasonToldBack(story, d) : undefined;
  if (nextSeason) return nextSeason;
  const listedFrom = monthListedFrom(story, d, i);
  if (listedFrom) return d.value({ base: listedFrom, tense: 'unknown', narrative });
  const ofPastMonth = timeOfPastMonth(story, d);
  if (ofPastMonth) return ofPastMonth;
  const toldOn = !narrative && countsFromNow(text, d) ? dayOfQuoteTold(story, d, i) : undefined;
  if (toldOn) return d.value({ base: toldOn, tense: 'unknown', narrative });
  const ofDay = d.type === 'TIME' || d.source === 'weekday' ? ofDayWritten(story, d, i) : undefined;
  if (ofDay) return ofDay;
  // A list of dated lines gives its lines their years in a history too.
  const listed = d.yearless && !d.anaphoric ? chronology.years.get(i) : undefined;
  const frame = listed ?? (!narrative && d.yearless && !d.anaphoric
    ? frameYear(story, d, i)
    : narrative ? yearOfDayLaterInSentence(story, d) : undefined);
  if (frame !== undefined) return d.value({ base: { year: frame }, tense: 'unknown', narrative });
  const reported = narrative ? undefined : reportedAheadOfDay(story, d) ?? deadlineAfterToldDay(story, d);
  if (reported) return reported;
  // The tense is looked up only when the day told is another than the day of writing: otherwise both give one value.
  // A time told in the past is of a day told that has come; one told ahead or in the present, of a day told that is
  // still to come ("will travel Thursday … will leave at 4 in the morning", "meet again on March 29 … Tipoff is at 8 p.m.").
  // So is one in the sentence of that day, whatever its tense ("is on Sunday 19 May, with every game kicking off at 4pm").
  // After a year or month told in passing ("hired in 2022"), such a time is of the day the story opened with ("A jury
  // on Thursday convicted … reached the verdict shortly before noon"), not of one told on the way ("voting ran from
  // Oct. 19 to Nov. 1 … polls opened at 7 a.m.").
  // A day told ahead since the story's day leaves a time told in the past to the story's day ("was elected on
  // Tuesday … will take office on Jan. 1 … Polls closed at 9 p.m.").
  const lastDay = story.last?.day !== undefined ? story.last : undefined;
  // So does a day told in the past perfect, further back than the story ("voted on the bill, which the Senate had
  // passed on April 12. The vote was held at about 5 p.m."), and in news of the day of writing, a day told as
  // background a week or more before it ("Kuroda took office on March 20 … The yen fell after the 1:40 p.m.
  // announcement", told on April 4).
  // So does a day a state runs since, in its own sentence too once a comma has closed its clause ("his first trip
  // since being sworn in on Feb. 27, was not near the blast, which happened at about 9:30 a.m.").
  const aheadUnfit = d.dayless === true && lastDay !== undefined && story.firstDay !== undefined && !lastsIntoNight(text, d) &&
    (!inSentenceOfLast(story, d)
      ? (isAfter(lastDay, dct) && !toldInTense(story, d, lastDay)) || (!narrative && (story.lastFurtherBack || story.lastSince || (backgroundDay(story, lastDay) && !toldOnItsClock(story, d, lastDay))))
      : story.lastSince && text.slice(story.lastEnd, d.start).includes(','));
  // A history that has moved on to another month than its opening day's tells its days of that month ("On 15 June 1932
  // … in September 1932, and took it on the 29th"), not of the opening day's.
  const movedOn = narrative && lastDay === undefined && story.last?.month !== undefined && story.openingDay !== undefined && monthIndex(story.last) !== monthIndex(story.openingDay);
  // "are voting to choose a successor to Hugo Chavez, who died on 5 March. Polling stations opened at 06:00": a day
  // told in a relative clause a week or more before the writing is no day of the story, nor one the story opened on.
  const asideDay = d.dayless === true && !narrative && story.lastAside ? anchorDay(lastDay) : undefined;
  const aside = asideDay !== undefined && dct !== undefined && !inSentenceOfLast(story, d) && beginsAfter(dct, addDays(asideDay, 6));
  const toldDay = aside ? (story.openingDay === lastDay ? undefined : story.openingDay) : aheadUnfit ? story.openingDay : lastDay ?? (movedOn ? undefined : story.openingDay);
  // Not a day gone by for a time told ahead ("who held talks on Sunday, is due to arrive at 15:00").
  const ofToldDay = d.dayless === true && toldDay?.day !== undefined && !sameDay(toldDay, dct) && !nightJustGone(story, d, toldDay) &&
    ((toldDay === story.last && inSentenceOfLast(story, d) && !toldAheadOfPast(story, d, toldDay)) || toldInTense(story, d, toldDay) ||
      pastPlanOfDay(story, d, toldDay));
  // "Dec. 13 - Ministers say they hope to complete the deal in January": in a chronology's entry, a date is told from
  // the entry's, in the tense of its clause.
  const inEntry = !narrative && chronology.entries.size > 0 && entryOf(text, story.drafts, chronology, i) >= 0;
  const useAnchor = d.anaphoric || narrative || ofToldDay || inEntry;
  const fromNow = d.anaphoric === true && d.start < story.nowSentenceEnd;
  const ofAside = narrative && d.anaphoric === true && story.asideEnd > story.lastAt && story.asideEnd <= d.start && !endsSentenceBetween(text, story.asideEnd, d.start);
  const base = ofAside ? story.aside : ofToldDay ? toldDay : useAnchor && !fromNow && !(d.anaphoric && !narrative && weekOfWriting(story, d)) ? (yearToldAside(story, d) ?? story.last ?? (narrative ? undefined : dct)) : dct;
  // "yesterday", "two weeks ago" counted from the writing: a value no tense changes needs no tense looked up (a week's
  // may still move on: weekPartAhead).
  if (!d.anaphoric && !d.yearless && !useAnchor && base === dct && readsNoTense(d.value)) {
    const value = d.value(contextOf(story, d, base, 'unknown', false, undefined));
    if (value.charCodeAt(5) !== 87) return value;
  }
  // A time of a told day still to come is told ahead of it ("The vote is on Sunday. Results are expected overnight" is
  // Sunday's night, not the night before).
  const around = ofToldDay && d.type === 'TIME' && isAfter(toldDay, dct) ? 'future' : useAnchor && !d.anaphoric && !inEntry ? 'unknown' : tenseAround(d.start, d.end);
  // "On Friday, the government planned to pay": a date opening its sentence is the time of its past verb, whatever
  // the verb looks ahead to; so is the date of a subject before its past verb ("Floods in January killed 20 people"),
  // and of a deed something has been since ("his second trip since taking office on Feb. 1 will focus on Syria").
  const opens = (around !== 'unknown' && (pastVerbOfOpeningDate(text, d.start, d.end) || comparedFigureBefore(text, d.start) ||
    pastVerbOfDatedSubject(text, d.start, d.end))) || ((around !== 'unknown' || !useAnchor) && sinceDeedBefore(text, d.start));
  // "The museum is open until 7:30 p.m. through Labor Day": what lasts until a time, told in the present, lasts into
  // the time to come; so does one told aside with no verb of its own ("The exhibition, on view through Sept. 2,
  // features 150 works"); not a tally up to it ("has 1,060 orders through October").
  const tense = opens ? 'past' : (around === 'present' || around === 'unknown') && precededBy(text, d.start, UNTIL_BEFORE) && !tallyThrough(text, d.start) ? 'future' : around;
  // A date right after its verb is held to that verb's side of the base (ResolveContext.firm); so is a date "since"
  // counts from ("have fallen since the March 3 announcement", told in February: last March), one of an incident named
  // with it ("the shooting in March was never solved", told in January: last March), and one of a thing a record counts
  // from ("its highest level since the floods in April", told in March: last April), and one a clause after it tells
  // what happened in ("will review cases from March, when the rule took effect", told in January: last March), or what
  // the thing it names did ("a March heat wave that shattered records", told in December: this March). A
  // deadline still to be met is ahead, however near the last one of its date ("Congress faces a Dec. 31 deadline",
  // told in March: this December).
  const firm = opens || (tense === 'past' && (pastVerbRightBefore(text, d.start) || pastVerbBeforePart(text, d.start) || precededBy(text, d.start, SINCE_THE_BEFORE) || incidentAt(text, d.start, d.end) || recordSinceThing(text, d.start) ||
    pastWhenClauseAfter(text, d.start, d.end) || pastClauseOfNamedThing(text, d.start, d.end))) ||
    (tense === 'future' && (willVerbRightBefore(text, d.start) || deadlineStillToMeet(text, d.start, d.end)));
  // "mid-decade" counts from the writing unless a decade was just told ("In the early 1970s … By mid-decade").
  // A week told is no frame for one told ahead once it is over ("the weekend … will stay closed for the rest of the
  // week" is the writing's week).
  const period = (useAnchor || d.source === 'decadeCentury') && story.lastPeriodAt > story.lastAt ? story.lastPeriod
    : d.anaphoric && story.lastWeekAt > story.lastAt && !(tense === 'future' && weekOver(story.lastWeek, dct)) ? story.lastWeek : undefined;
  // "take effect Jan. 1 … must deal with it before the end of the year": "the year" told ahead in news is the writing's
  // when the story's year was only guessed for a date written without one (not in a plan told in the past: "was
  // extended to 15 November and then to the end of the year"), which cannot have been told in a year still to come
  // ("continue into next year. Officials said service would resume before the end of the year").
  const fromWriting = base !== dct && dct !== undefined && !narrative && (tense === 'future' || tense === 'present') && d.anaphoric === true &&
    THE_YEAR.test(text.slice(d.start, d.end)) && (yearGuessed(story, i) || yearAheadBefore(story, d)) &&
    ((story.last !== undefined && story.last.year > dct.year) || !planToldInPast(sentenceBefore(text, d.start)));
  const ctx = contextOf(story, d, fromWriting ? dct : base, tense, firm, period);
  const counted = weekPartAhead(text, d, tense, base, d.value(ctx));
  // "said on Tuesday the ports would reopen by the end of the month. The previous day": in news, a day counted from the
  // month of the day told last is counted from that day ("last October … that same day" stays a day of October).
  const day = d.anaphoric && !narrative && base === story.last && DAY_UNKNOWN.test(counted) ? dayOfMonthTold(story, base) ?? dayOfNews(d, base, dct)
    : d.anaphoric && !narrative && base === story.last ? dayOfComparedFigure(story, d, base, counted) ?? dayBeforeYearInPassing(story, base, counted) : undefined;
  const value = day ? weekPartAhead(text, d, tense, day, d.value({ ...ctx, base: day })) : counted;
  if (!dct) return value;
  if (base === dct) {
    // "The company was founded by two brothers. Five years later it was sold": with no time told to count from, a
    // deed told in the past cannot be counted from the writing (that lands ahead of it), so its year (day) is unknown.
    if (d.anaphoric && tense === 'past' && d.type === 'DATE' && laterThanWriting(story, d, value)) return value.replace(/\d/g, 'X');
    if (!d.yearless || narrative || d.anaphoric) return value;
    if (tense === 'past') return soonAfterToldMonth(story, d, value, story.last) ?? shortlyBeforeToldDay(story, d) ?? monthJustBegun(text, d, value, dct) ?? value;
    return tense === 'future' ? aheadOfToldDay(story, d, story.last) ?? value : value;
  }
  // "In an interview last month" in a life told year by year: counted from the writing when the story's year alone
  // cannot say which month.
  // Not in a quote: there "now" is the speaker's, whom the story's year has not placed either.
  // So does "on Monday" in an obituary's news ("announced her death on Monday") before its life told by years
  // ("after Friday prayers" is any Friday), and a day right after its deed, as wires write it ("the latest image,
  // released Thursday, shows galaxies").
  const ofWriting = d.deictic === true || (d.source === 'weekday' && (precededBy(text, d.start, ON_BEFORE) || precededBy(text, d.start, DEED_BEFORE)));
  if (narrative) {
    const fromNow = (ofWriting && value.startsWith('XXXX')) || toldFromNow(story, d);
    return fromNow && !insideQuote(text, d.start) ? d.value({ ...ctx, base: dct, tense: tenseAround(d.start, d.end) }) : value;
  }
  // "has been on probation since 2007 … before the end of the month": in news, a period the last time named is too
  // coarse to hold is the one of the day of writing.
  // Not a deed counted on from it: "freed in 2001 and died six months later" cannot be counted from the writing when
  // that lands ahead of it, so its month is unknown; nor a part of a day ("abducted in late January … escaped on the
  // Monday morning after").
  if (value.startsWith('XXXX')) {
    const ofToldMonth = monthToldBefore(story, d, value, tense);
    if (ofToldMonth) return d.value({ ...ctx, base: ofToldMonth });
    // "The law passed in 2010. The same month, protests began": with no month told, a month of the year told.
    if (value === 'XXXX-XX' && d.anaphoric && tense === 'past' && story.lastMonth === undefined && story.last !== undefined &&
      SAME_MONTH_END.test(text.slice(d.start, d.end)) &&
      story.last.month === undefined && story.last.quarter === undefined && story.last.year < dct.year) return `${formatYear(story.last.year)}-XX`;
    const fromWriting = d.value({ ...ctx, base: dct });
    return d.anaphoric && tense === 'past' && d.type !== 'DURATION' && laterThanWriting(story, d, fromWriting) ? value : fromWriting;
  }
  const fromEarlier = tense !== 'future' ? laterFromEarlierYear(story, d, i, value, ctx) : undefined;
  if (fromEarlier) return fromEarlier;
  // "The line will open in mid-2027 … its cost has doubled since the start of the year": a date told in the past
  // cannot lie ahead of the writing, so it counts from the day of writing instead. (A clock time keeps its day.)
  // (A clock moved past midnight by "two hours later" keeps its day: the day of writing says nothing of the hour.)
  // A future reported in the past is no such date: "The storm will hit Thursday. Officials said the next day would be
  // worse" is Friday.
  // Nor is a time of a day unknown ("apologized to the family minutes later", after a hearing set for April 15).
  const at = tense === 'past' && (d.type === 'DATE' ? !CLOCK_VALUE.test(value) : value.endsWith('TXX')) ? anchorOf(value) : undefined;
  // Not when counting from the writing lands ahead too ("founded in 2009 and stepped down a decade later", written in
  // 2018, is 2019, not 2028).
  if (at && beginsAfter(at, dct) && !(d.anaphoric && REPORTED_AHEAD_AFTER.test(text.slice(d.end, d.end + 60)))) {
    // "featured 200 acts from Tuesday through Saturday", told on a Tuesday: a span of days told in the past is over, so
    // its end is the day of that name gone by, and its start moves back with it (weekdaySequence.ts). Not one expected
    // or planned ("said it expected 1.1 million passengers between Thursday and Tuesday").
    const spanEnd = d.source === 'weekday' && d.anaphoric === true && value.length === 10 && spanStartBefore(text, d.start) &&
      !LOOKED_AHEAD_TO.test(sentenceBefore(text, d.start, 160)) ? anchorDay(at) : undefined;
    if (spanEnd) return formatDay(addDays(spanEnd, -7));
    const fromWriting = d.value({ ...ctx, base: dct });
    const ahead = d.anaphoric ? anchorOf(fromWriting) : undefined;
    return ahead && beginsAfter(ahead, dct) ? value : fromWriting;
  }
  // "Last month was the wettest October … Frost is possible by the middle of the month": a part of the month (year)
  // told ahead, or in the present ("cut rates between November 2011 and December 2012. Markets are pricing in one more
  // cut by the end of the year", told in March 2013), cannot be of one gone by, so it is the writing's.
  // Not a plan told in the past ("In March 2019 he said he would quit by the end of the month").
  const ahead = tense === 'future' || tense === 'present';
  // "a 20 percent cut by 2020 … and 20 percent renewables by the end of the decade": with no decade (century) told, one
  // told ahead is the writing's, not the one a year told last falls in.
  if (ahead && d.anaphoric && !period && PERIOD_VALUE.test(value)) return d.value({ ...ctx, base: dct });
  // Only a part: a hedged or bounded count of years from a time told ("is still in force more than two centuries
  // later", after 1787) is counted from that time.
  // So is "the next month" told ahead ("arrested in August 2012 … could be flown to New York within the next month",
  // told in March 2013): a month gone by is no month to come.
  const part = d.mod === 'START' || d.mod === 'MID' || d.mod === 'END' || THE_NEXT_PERIOD.test(text.slice(d.start, d.end));
  const gone = ahead && d.anaphoric && d.type === 'DATE' && part && goneBy(value, dct);
  return gone && !planToldInPast(sentenceBefore(text, d.start)) ? weekPartAhead(text, d, tense, dct, d.value({ ...ctx, base: dct })) : value;
}

/** How many years before the writing's a month told must be for a time of day told after it to be of it. */
const PAST_MONTH_YEARS = 2;
/** How far after that month such a time may be told: the next sentence or two of a flashback. */
const PAST_MONTH_REACH = 200;
/**
 * "The call came on a Sunday in June 1986. … By dawn, the barn was gone": in news that has told no day yet, a time of
 * day told in the past just after a month years gone is of a day of that month, not of the day of writing.
 */
function timeOfPastMonth(story: Story, d: Draft): string | undefined {
  const { last, dct } = story;
  if (!d.dayless || d.type !== 'TIME' || story.narrative || typeof d.value === 'string' || !dct || story.lastDay !== undefined) return undefined;
  if (last?.month === undefined || last.day !== undefined || dct.year - last.year < PAST_MONTH_YEARS) return undefined;
  if (d.start - story.lastEnd > PAST_MONTH_REACH || story.tenseAround(d.start, d.end) !== 'past') return undefined;
  const value = d.value({ base: dct, tense: 'past', narrative: false });
  const t = value.indexOf('T');
  return t > 0 ? `${formatMonth(last.year, last.month)}-XX${value.slice(t)}` : undefined;
}

/** What joins a month to the one before it in a span or a list: " and ", ", ", " to ", "-". */
const MONTH_LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and|or|to|until|till|through|[-–])\s*$/i;
/**
 * "The Fed, which met in January and February, is expected to hold rates": a month that ends a span or list after
 * another month (see monthDay.ts) goes on from that month, though it was told aside and left the story where it was.
 */
function monthListedFrom(story: Story, d: Draft, i: number): Anchor | undefined {
  const previous = story.drafts[i - 1];
  if (!d.anaphoric || d.source !== 'monthDay' || previous?.source !== 'monthDay' || previous.type !== 'DATE' || d.start - previous.end > 12) return undefined;
  if (!MONTH_LIST_JOIN.test(story.text.slice(previous.end, d.start))) return undefined;
  const from = anchorOf(story.values[i - 1] ?? '');
  return from?.month !== undefined && from.day === undefined ? from : undefined;
}

/**
 * "defeated them at Ilerda in the summer; Massilia surrendered in the autumn", "gathered an army during the summer rains
 * and marched north in the autumn": in a history, a season told without its year after another in the same sentence is
 * the first one after it (a winter after the autumn of 1840 is the winter of 1841, named by its January).
 * "That summer" right after a season is of that season's year ("crossed into Asia in the spring of 336 BC, but Philip
 * was murdered that summer"), as a written season need not move the story to its year; a winter, the one that follows.
 */
function seasonAfterSeason(story: Story, d: Draft, i: number): string | undefined {
  const previous = story.drafts[i - 1];
  if (d.source !== 'partOfYear' || typeof d.value === 'string' || previous === undefined || d.start - previous.end > SEASON_SEQUENCE_REACH) return undefined;
  const before = SEASON_VALUE.exec(story.values[i - 1] ?? '');
  if (!before) return undefined;
  const words = story.text.slice(d.start, d.end);
  const that = THAT_SEASON.test(words);
  if (!that && (!BARE_SEASON.test(words) || /[.!?\n]/.test(story.text.slice(previous.end, d.start)))) return undefined;
  const year = anchorOf(`${before[1] ?? ''}${before[2]}`)?.year;
  const code = SEASON_VALUE.exec(d.value({ base: { year: 2000 }, tense: 'unknown', narrative: true }))?.[3];
  if (year === undefined || code === undefined) return undefined;
  const later = that ? code === 'WI' && before[3] !== 'WI' : SEASON_ORDER.indexOf(code) <= SEASON_ORDER.indexOf(before[3]!);
  return `${formatYear(later ? year + 1 : year)}-${code}`;
}
/** How far a season may follow the one before it. */
const SEASON_SEQUENCE_REACH = 120;
/** The order of a year's seasons by the year that names them: a winter is named by its January. */
const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'];
/** A season named alone: "the autumn", "autumn", "the following spring" is counted by its own words. */
const BARE_SEASON = /^(?:the\s+)?(?:spring|summer|autumn|fall|winter)$/i;
/** "that summer", "that same autumn". */
const THAT_SEASON = /^that\s+(?:same\s+)?(?:spring|summer|autumn|fall|winter)$/i;

/**
 * "Yudenich, who had spent the spring and summer organizing an army" (the story in December): in a history, a season
 * told without its year right after a verb in the past perfect is the latest one begun by the story's day.
 */
function seasonToldBack(story: Story, d: Draft): string | undefined {
  const base = story.last;
  if (d.source !== 'partOfYear' || typeof d.value === 'string' || base?.month === undefined || !precededBy(story.text, d.start, PAST_PERFECT_VERB_BEFORE)) return undefined;
  return BARE_SEASON.test(story.text.slice(d.start, d.end)) ? d.value({ base, tense: 'past', narrative: true, firm: true }) : undefined;
}
/** "had spent", "had been there since", "had fought through": a past perfect verb right before a time. */
const PAST_PERFECT_VERB_BEFORE = /\bhad\s+(?:been\s+)?[a-z]+\s+(?:(?:in|during|through|throughout|over|since)\s+)?$/i;
/** A week of a known year whose number is not known: `2010-WXX`. */
const SOME_WEEK_VALUE = /^(\d{4})-WXX/;
/**
 * Has the period a value names ended before the day of writing? A week too: "The meetings began on March 4. By the end
 * of the week, I think we will have a pope", told on March 12, is the end of the writing's week.
 */
function goneBy(value: string, dct: Anchor): boolean {
  // "proposed after the 2010 flood … drier weather through midweek": a week of a year gone by, its number unknown.
  const someWeek = SOME_WEEK_VALUE.exec(value);
  if (someWeek) return Number(someWeek[1]) < dct.year;
  const week = WEEK_VALUE.exec(value);
  if (week) return weekOver({ grain: 'week', ...isoWeekMonday(Number(week[1]), Number(week[2])) }, dct);
  const at = anchorOf(value);
  return at !== undefined && endsBefore(at, dct);
}

/** Is there nothing but white space between `from` and `to`? (Read by hand for ASCII: no copy of the gap.) */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return text.slice(from, to).trim() === '';
    if (c !== 32 && (c < 9 || c > 13)) return false;
  }
  return true;
}

/** Do the draft and the one before it make a span ("10pm to 6am", "between May and July")? */
function endsSpanOfPrevious(story: Story, d: Draft, previous: Draft): boolean {
  const { text } = story;
  // A space alone, the most common gap between two drafts, joins nothing (checked before any pattern or copy).
  if (d.start - previous.end > 24 || onlySpaceBetween(text, previous.end, d.start)) return false;
  const join = text.slice(previous.end, d.start);
  return SPAN_JOIN.test(join) || (BETWEEN_AND.test(join) && precededBy(text, previous.start, BETWEEN_BEFORE));
}

/**
 * A span's end hour with no day of its own is of its start's day ("Thursday's games range from 12:15 p.m. to 9:57
 * p.m."), or of the next day when it comes before the start hour ("a curfew from 10pm to 6am", "between 11pm and 2am",
 * "from dusk to dawn").
 */
function overnightEnd(story: Story, d: Draft, i: number, value: string): string {
  const { drafts, values } = story;
  const previous = drafts[i - 1];
  if (!d.dayless || d.type !== 'TIME' || previous?.type !== 'TIME' || !endsSpanOfPrevious(story, d, previous)) return value;
  const [from, to] = [anchorOf(values[i - 1] ?? ''), anchorOf(value)];
  const [start, end] = [minuteOfDay(values[i - 1] ?? '', from), minuteOfDay(value, to)];
  if (from === undefined || start === undefined || end === undefined) return value;
  const day = anchorDay(from)!;
  return `${formatDay(end >= start ? day : addDays(day, 1))}${value.slice(value.indexOf('T'))}`;
}

/**
 * "A curfew was in force from 9 p.m. until 6 a.m. on Sunday", "shelling from 11 p.m. to 4 a.m. Tuesday": the start
 * hour of a span whose day is written after its end only, later in the day than the end hour, is of the day before.
 */
function overnightStart(story: Story, d: Draft, i: number, dayAfter: Day | undefined, value: string): string {
  const next = story.drafts[i + 1];
  if (!dayAfter || d.type !== 'TIME' || next?.type !== 'TIME' || typeof next.value === 'string' ||
    !endsSpanOfPrevious(story, next, d)) return value;
  const endValue = next.value({ base: dayAfter, tense: 'unknown', narrative: story.narrative });
  const [from, to] = [anchorOf(value), anchorOf(endValue)];
  const [start, end] = [minuteOfDay(value, from), minuteOfDay(endValue, to)];
  const day = anchorDay(from);
  if (start === undefined || end === undefined || start <= end || !day || value.indexOf('T') !== 10) return value;
  return `${formatDay(addDays(day, -1))}${value.slice(10)}`;
}

/** About when a part of the day falls, to put the ends of a span in order ("a curfew from dusk to dawn"). */
const PART_OF_DAY_MINUTE: Readonly<Record<string, number>> = { MO: 6 * 60, MI: 12 * 60, AF: 15 * 60, EV: 19 * 60, NI: 22 * 60 };
const partOfDayMinute = (value: string): number | undefined =>
  value.length === 13 && value.charCodeAt(10) === 84 ? PART_OF_DAY_MINUTE[value.slice(11)] : undefined;
/** The minute of the day a time names: its clock's (`at`, the value read), or about when its part of the day falls. */
const minuteOfDay = (value: string, at: Anchor | undefined): number | undefined => at?.minute ?? partOfDayMinute(value);

/**
 * "made 183,000 arrests between Oct. 1 and June 30", told in July: a span told in the past across the turn of a year,
 * whose end has come by the writing, has gone by, so a start with no year written that would lie ahead of the writing
 * (weeks ahead, as a single date in a past clause may be) is the one a year before.
 */
function pastSpanStart(story: Story, d: Draft, i: number, value: string): string {
  const { text, drafts, dct, narrative, tenseAround } = story;
  const next = drafts[i + 1];
  if (narrative || !dct || typeof d.value === 'string' || d.type !== 'DATE' || d.source === 'weekday' || next?.type !== 'DATE' || typeof next.value === 'string' || next.source === 'weekday' ||
    !endsSpanOfPrevious(story, next, d)) return value;
  const from = anchorOf(value);
  if (from?.month === undefined || !beginsAfter(from, dct) || /\d{4}/.test(text.slice(d.start, d.end))) return value;
  // Only a span across the turn of a year, whose end's day of the year has come by the writing.
  const to = anchorOf(next.value({ base: dct, tense: 'past', narrative: false }));
  if (to?.month === undefined || beginsAfter({ ...to, year: dct.year }, dct) || tenseAround(d.start, d.end) !== 'past') return value;
  return `${formatYear(from.year - 1)}${value.slice(value.indexOf('-'))}`;
}

/**
 * "between late April and the end of September", "from November to March": a span's end month with no year written
 * does not come before its start, so when its reading would, it is the same month a year on.
 */
function spanEndMonth(story: Story, d: Draft, i: number, value: string): string {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  // A day of the week is no month to put a year on: one told before its start is put right by weekdaySequence.ts.
  if (typeof d.value === 'string' || d.type !== 'DATE' || d.source === 'weekday' || previous?.type !== 'DATE' || !endsSpanOfPrevious(story, d, previous)) return value;
  const [from, to] = [anchorOf(values[i - 1] ?? ''), anchorOf(value)];
  // Ends of one kind only: "a revision Friday to December's figures" is no span.
  if (from?.month === undefined || to?.month === undefined || (from.day === undefined) !== (to.day === undefined)) return value;
  // A plan moved from one date to another is no span: "moved the final from June 9 to June 2".
  if (/\d{4}/.test(text.slice(d.start, d.end)) || movedFromBefore(text, d.start)) return value;
  const behind = monthIndex(from) - monthIndex(to);
  return behind > 0 && behind < 12 ? `${formatYear(to.year + 1)}${value.slice(value.indexOf('-'))}` : value;
}

/**
 * A midnight of a day the text names ("on Wednesday at midnight", "midnight Sunday"), or one that something is told up
 * to, leaves the story on that day ("… the next morning" is the day after it); so does tonight's midnight, told ahead in
 * news ("the tax increases take effect at midnight. … by the end of the day"), which the day of writing runs up to. A
 * midnight told alone, such as "shortly after midnight", opens the day it is the start of, and the story goes on in
 * that day (anchor.ts).
 */
function endsItsDay(story: Story, d: Draft, value: string): boolean {
  const { text } = story;
  if (d.dayless !== true || precededBy(text, d.start, UP_TO_MIDNIGHT)) return true;
  const today = anchorDay(story.dct);
  return !story.narrative && today !== undefined && value.startsWith(formatDay(today)) && !precededBy(text, d.start, AFTER_MIDNIGHT);
}
/** "shortly after midnight", "just past midnight": the day that midnight opens. */
const AFTER_MIDNIGHT = /\b(?:after|past)\s+$/i;

const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;
/**
 * "the fourth quarter ended March 31, 2013", "the fiscal-first quarter ended Sept. 30": a quarter told with the day it
 * ended is of that day's year, as its firm numbers it (Infosys' fourth quarter ends in March), not the last calendar
 * quarter of its number; the day's own reading decides the year ("In the year-ago quarter, the second quarter ended
 * Oct. 31").
 */
function yearOfEndingDay(text: string, resolved: Resolved[]): void {
  for (let i = 1; i < resolved.length; i++) {
    const [quarter, day] = [resolved[i - 1]!, resolved[i]!];
    if (quarter.value.charCodeAt(5) !== 81 || !QUARTER_VALUE.test(quarter.value) || !DAY_VALUE.test(day.value) || day.start - quarter.end > 24) continue;
    // A quarter written with its year keeps it ("the fourth quarter of fiscal 2024, which ended Feb. 1, 2025"); one
    // with no number is already named by the months up to its day ("the quarter ended Jan. 31" is 2012-Q4).
    if (/\d{4}|^the\s+quarter$/i.test(text.slice(quarter.start, quarter.end))) continue;
    if (!QUARTER_ENDED_BEFORE.test(text.slice(Math.max(0, day.start - 40), day.start))) continue;
    resolved[i - 1] = { ...quarter, value: `${day.value.slice(0, 4)}${quarter.value.slice(4)}` };
  }
}
