/**
 * The year of a date written without one, from the dates around it in its sentence: "In 2019, the firm moved on July
 * 26", "since 2013, when the rivers burst their banks in early June", "last summer, from June 30". The first reader
 * that finds one gives it; where none does, the year is counted from the day of writing or the story's time
 * (resolveValues.ts).
 */
import { precededBy, wordBefore, type Draft } from '../draft.ts';
import { MONTH_RE, WHEN_CLAUSE_AFTER_YEAR } from '../lexicon.ts';
import { anchorOf, beginsAfter, monthIndex } from './anchor.ts';
import { endsSentenceBetween } from './sentenceStops.ts';
import type { Story } from './story.ts';

/** The year that frames draft `i` (a date with no year of its own), or undefined when nothing around it says one. */
export function frameYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, lastWritten } = story;
  const k = lastWritten[i] ?? -1;
  return yearWrittenAfter(story, d, i) ?? yearOfPeriodBefore(story, d, i) ?? splitSeasonYear(story, d) ?? namedDayYear(story, d, i) ?? namedMonthYear(story, d, i) ?? yearAfterNamedThing(story, d) ?? yearOfOffsetClause(story, d, i) ?? openingYear(text, drafts, i, k) ?? yearOfOpener(story, i) ?? yearOfWhenClause(story, i) ??
    elaboratedYear(story, d, i) ?? yearOfThatSentence(text, drafts, i) ?? seasonYear(story, d, i) ?? monthToldYear(story, d, i) ??
    headlineYear(story, d, i);
}

/**
 * "on Christmas Day in 1914", "on Ash Wednesday in February 1983", "on 5 June in 1944": a year written right after the
 * day, with "in" between, is the day's.
 */
function yearWrittenAfter(story: Story, d: Draft, i: number): number | undefined {
  const next = story.drafts[i + 1];
  if (!next || typeof next.value !== 'string' || next.start - d.end > 6 || !IN_BETWEEN.test(story.text.slice(d.end, next.start))) return undefined;
  const year = WRITTEN_YEAR.exec(next.value);
  return year ? Number(year[1]) : undefined;
}
const IN_BETWEEN = /^,?\s+in\s+$/;

/**
 * "through the end of the fiscal year on Sept. 30", "by the end of the month on March 31": a day told right after the
 * end (start) of a period, with "on" between, is the day it ends (starts) on, in that period's year (not a day a deed
 * is told on after a period named whole: "the killing of the year on Dec. 27", "his budget for fiscal 2014 on April
 * 10").
 */
function yearOfPeriodBefore(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  if (!previous || (previous.mod !== 'END' && previous.mod !== 'START') || d.start - previous.end > 5 || !ON_BETWEEN.test(text.slice(previous.end, d.start))) return undefined;
  const year = WRITTEN_YEAR.exec(values[i - 1] ?? '');
  return year ? Number(year[1]) : undefined;
}
const ON_BETWEEN = /^,?\s+on\s+$/;

/**
 * A season of sport written across two years, maybe with a league's name: "the 2011-12 season", "the 2009-10 Premier
 * League campaign", "the 1999-2000 season". (Not a fiscal year written so, which may start in April.)
 */
const SPLIT_SEASON = /\b((?:19|20)\d\d)[-–/]((?:19|20)?\d\d)\s+(?:[A-Z][\w-]*\s+){0,2}(?:regular\s+)?(?:season|campaign)\b/g;
/** How far before a month its sentence's split season may be written. */
const SPLIT_SEASON_REACH = 160;
/** The month months after June of such a season belong to its first year. */
const SPLIT_SEASON_TURN = 7;
const MONTH_WRITTEN = new RegExp(`\\b${MONTH_RE}`);
/**
 * "scored 30 goals in the 2011-12 season, including a hat-trick in May", "In the 2009-10 season, he was injured in
 * November": a month told after a season spanning two years, in its sentence, is of the first year from July on and
 * of the second before (May 2012, November 2009).
 */
function splitSeasonYear(story: Story, d: Draft): number | undefined {
  const { text } = story;
  if (typeof d.value !== 'function') return undefined;
  const from = Math.max(0, d.start - SPLIT_SEASON_REACH);
  const before = text.slice(from, d.start);
  if (!before.includes('season') && !before.includes('campaign')) return undefined;
  if (!MONTH_WRITTEN.test(text.slice(d.start, d.end))) return undefined;
  let first: number | undefined;
  SPLIT_SEASON.lastIndex = 0;
  for (let m = SPLIT_SEASON.exec(before); m; m = SPLIT_SEASON.exec(before)) {
    const year = Number(m[1]);
    const followsOn = Number(m[2]) === (m[2]!.length === 4 ? year + 1 : (year + 1) % 100);
    first = followsOn && !endsSentenceBetween(text, from + m.index + m[0].length, d.start) ? year : undefined;
  }
  if (first === undefined) return undefined;
  const month = Number(/^\d{4}-(\d\d)/.exec(d.value({ base: { year: first }, tense: 'unknown' }))?.[1]);
  if (!month) return undefined;
  return month >= SPLIT_SEASON_TURN ? first : first + 1;
}
/** A year or a month of one, as written: "1914", "1983-02". */
const WRITTEN_YEAR = /^(\d{4})(?:-\d\d)?$/;

/** What may come before a date that opens a sentence: "In 2019,", "Back in early 2015,", "On March 3", "The 2024 Olympics". */
const OPENS_SENTENCE = /(?:^|[.!?]\s+|\n)[\s"'“‘(]*(?:(?:back|also|even|and|but|then|already|since|as\s+early\s+as|by|in|on|during|throughout|the|early|late|mid-?)\s+){0,3}$/i;

/**
 * Does a sentence end between two drafts (a quote's close included)? A decimal point, an initial or an abbreviation
 * ends none: "In 2009, unemployment rose to 9.4 percent in May", "In 2009, the U.S. economy shrank in May".
 */
const sentenceEndsBetween = (text: string, a: Draft, b: Draft): boolean =>
  QUOTE_CLOSES.test(text.slice(a.end, b.start)) || endsSentenceBetween(text, a.end, b.start);
/** A quote's close: a curly one, or a straight one after a stop or a comma. */
const QUOTE_CLOSES = /”|[,.!?]["']\s/;

/**
 * The year of a date that opens the sentence of draft `i`, when it is the sentence's first timex: "In 2019, the firm
 * moved on July 26" is of 2019, and so are "On March 3, 2019, he left and in May he came back" and "Pentecost 2019
 * fell in June". Only a date at the front frames the sentence: in "He was born in 1950 and died on March 3" the death
 * is not of 1950. `k` is the nearest draft before `i` that is a date written in full.
 */
export function openingYear(text: string, drafts: readonly Draft[], i: number, k: number, value = drafts[k]?.value): number | undefined {
  // A sentence's front lies within a few hundred characters and a few timexes: looking no further keeps it cheap.
  const d = k >= 0 && k >= i - 4 ? drafts[k] : undefined;
  const written = d && d.start >= drafts[i]!.start - 300 && typeof value === 'string' ? /^(\d{4})(?:-[\d-]+)?$/.exec(value) : null;
  if (!d || !written) return undefined;
  // A quote's close ends the speaker's sentence too: '"Last year was the hardest," she said in January' is said now.
  for (let j = k; j < i; j++) if (sentenceEndsBetween(text, drafts[j]!, drafts[j + 1]!)) return undefined;
  const previous = k > 0 ? drafts[k - 1] : undefined;
  const first = !previous || sentenceEndsBetween(text, previous, d);
  return first && OPENS_SENTENCE.test(text.slice(Math.max(0, d.start - 60), d.start)) ? Number(written[1]) : undefined;
}

/**
 * "since 2013, when the rivers burst their banks in early June", "in late 2009, after an auditor raised concerns in
 * October", "in the summer of 2011, when rain stopped falling in May", "since last summer, when boundaries were raised
 * between January and June": the year a "when", "after" or "while" clause hangs on. (Not a winter's: it is named by
 * its January, and its December is of the year before.)
 */
function yearOfWhenClause(story: Story, i: number): number | undefined {
  const { text, drafts, values } = story;
  // The clause's word is looked for first: the drafts before are searched for the year only when one is near.
  const start = drafts[i]!.start;
  const near = text.slice(Math.max(0, start - WHEN_CLAUSE_REACH), start);
  if (!CLAUSE_WORD.test(near)) return undefined;
  const k = yearOfClauseBefore(story, i);
  const d = drafts[k];
  const told = d && start - d.end < WHEN_CLAUSE_REACH ? values[k] : undefined;
  const year = told !== undefined ? YEAR_OR_SEASON.exec(told) : null;
  const clause = year ? text.slice(d!.end, drafts[i]!.start) : '';
  const named = !!year && NAMED_THING_WHEN.test(clause) && precededBy(text, d!.start, THE_YEAR_BEFORE);
  if (!year || !(WHEN_CLAUSE.test(clause) || named) || (k < i - 1 && MAIN_CLAUSE_AGAIN.test(clause))) return undefined;
  // "will not come until next spring, after the network renewed the show in January": a deed told in the past is not
  // of a year still ahead.
  return toldAheadInThePast(story, drafts[i]!, Number(year[1])) ? undefined : Number(year[1]);
}
/**
 * A relative clause on what the year dates, right after it: "fought a 74-day war over them in 1982, which ended on 14
 * June", "a truce agreed in 2005, which collapsed in August".
 */
const WHICH_CLAUSE = /^\s*,\s*which\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|began|broke|fell|came|took|ran|went)\b[^.;!?]{0,60}$/;
/**
 * A year told, then a colon and what happened in it: "It happened again in 2009: a rocket launch on April 5 was followed
 * by a second test on May 25".
 */
const COLON_CLAUSE = /^\s*:\s+[^.;!?:]{0,120}$/;
/**
 * A thing a year names, then a "when" clause on what happened in it: "since the 1991 Gulf War, when prices collapsed on
 * Jan. 17", "the 2008 financial crisis, when banks stopped lending in September" (the year after "the": THE_YEAR_BEFORE;
 * no second deed joined on between: "won the 2010 vote and took office, when").
 */
const NAMED_THING_WHEN = /^\s+(?:(?!(?:and|or|but)\s)[\w.'’-]+\s+){0,3}[\w.'’-]+,\s+when\b[^.;!?]{0,120}$/;
const THE_YEAR_BEFORE = /\bthe\s+$/i;
const WHEN_CLAUSE = new RegExp(`^${WHEN_CLAUSE_AFTER_YEAR}|${WHICH_CLAUSE.source}|${COLON_CLAUSE.source}`);
/** How far before the date the year its clause hangs on may end. */
const WHEN_CLAUSE_REACH = 140;
/** A word one of the clauses needs (each is written in lower case). */
const CLAUSE_WORD = /when|after|while|which|:/;
/**
 * The draft before draft `i` that may be the year its clause hangs on: the one right before, past a span told in the
 * clause ("in 1987, when he toured the country for six days in April") and past dates of the clause that year already
 * framed ("in 2011, when rain stopped falling in May and rivers dried up in August"; "in 2006, when it tested a device
 * in October, three months after firing missiles on July 5").
 */
function yearOfClauseBefore(story: Story, i: number): number {
  const { drafts, values } = story;
  let framed: string | undefined;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (drafts[k]!.type === 'DURATION') continue;
    const value = values[k] ?? '';
    if (YEAR_OR_SEASON.test(value)) return framed === undefined || value.startsWith(framed) ? k : -1;
    const year = drafts[k]!.yearless === true ? FRAMED_YEAR.exec(value)?.[1] : undefined;
    if (year === undefined || (framed !== undefined && framed !== year)) return k;
    framed = year;
  }
  return -1;
}
/** A main clause joined on after the one framed: ", and it said on March 3". */
const MAIN_CLAUSE_AGAIN = /,\s+(?:and|but)\s/;
/** The year of a month or a day: "2011-05", "2006-07-05". */
const FRAMED_YEAR = /^(\d{4})-\d\d(?:-\d\d)?$/;
const YEAR_OR_SEASON = /^(\d{4})(?:-(?:SP|SU|FA))?$/;
/**
 * "The G8 last met in the UK in 2005. That summit was overshadowed by the London bombings on 7 July": a sentence that
 * opens on "That" and a noun goes on about what the sentence before told in its year.
 */
function yearOfThatSentence(text: string, drafts: readonly Draft[], i: number): number | undefined {
  const previous = drafts[i - 1];
  const year = previous && typeof previous.value === 'string' && /^\d{4}$/.test(previous.value) ? Number(previous.value) : undefined;
  if (year === undefined) return undefined;
  const between = text.slice(previous!.end, drafts[i]!.start);
  const stop = SENTENCE_BREAK.exec(between);
  return stop && THAT_OPENS.test(between.slice(stop.index + 1)) ? year : undefined;
}
const SENTENCE_BREAK = /[.!?]\s/;
const THAT_OPENS = /^\s+That\s+[a-z]+\b[^.!?\n]{0,120}$/;
/**
 * What joins a time to a closer one that says when in it: "last summer, from", "in 2013, on", "last year, in", "two
 * years ago in".
 */
const ELABORATES = /^\s*(?:[,(–—-]\s*)?(?:from|between|on|in)\s+$/;
/** The same through the places of a list: "held elections in 2012, from Russia in March to the United States in November". */
const ELABORATES_BY_PLACE = /^\s*[,(–—-]\s*from\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}in\s+$/;
const FOR_BEFORE = /\bfor\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
/** "on" or "in" with nothing else between: no comma sets the date aside as a part of the year. */
const BARE_ON_IN = /^\s+(?:on|in)\s+$/;
const FISCAL = /^fiscal\b/i;

/** A word in lower case right after: the day names a thing ("the Sept. 11 attacks"). */
const NOUN_AFTER = /^\s[a-z]/;
const SEASON_VALUE = /^(\d{4})-(SP|SU|FA|WI)$/;
const SEASON_MONTHS: Readonly<Record<string, readonly number[]>> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], WI: [12, 1, 2] };

/**
 * "after the Sept. 11, 2001, attacks … the mastermind of the Sept. 11 attacks": a day naming a thing ("the … attacks")
 * that the text wrote in full before is of the year written then.
 */
function namedDayYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  if (d.source !== 'monthDay' || typeof d.value !== 'function' || !NOUN_AFTER.test(text.slice(d.end, d.end + 3)) || wordBefore(text, d.start) !== 'the') return undefined;
  const monthDay = d.value({ tense: 'unknown' }).slice(4);
  if (monthDay.length !== 6) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - 200; j--) {
    const v = values[j]!;
    if (typeof drafts[j]!.value === 'string' && v.length === 10 && v.endsWith(monthDay)) return Number(v.slice(0, 4));
  }
  return undefined;
}

/**
 * "hold the election on July 28 … Diplomats said a July date was ambitious", "the April 14 vote … the April vote": a
 * month alone naming a thing, after a date of that month told shortly before, is that date's month.
 */
function namedMonthYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, values } = story;
  if (d.source !== 'monthDay' || typeof d.value !== 'function' || hasDigit(text, d.start, d.end) || !NOUN_AFTER.test(text.slice(d.end, d.end + 3))) return undefined;
  if (!ARTICLE.has(wordBefore(text, d.start)) || NO_NOUN_AFTER.test(text.slice(d.end, d.end + 10))) return undefined;
  const month = d.value({ tense: 'unknown' }).slice(4, 7);
  if (!/^-\d\d$/.test(month)) return undefined;
  // "pulled out of a June runoff" after "The previous elections, in March 2008": a time of another year told since
  // the date moves the story away from it.
  let since: string | undefined;
  for (let j = i - 1; j >= 0 && j >= i - NAMED_MONTH_REACH; j--) {
    const v = values[j] ?? '';
    const year = YEAR_FIRST.exec(v)?.[0];
    if (DAY_OR_MONTH_VALUE.test(v) && v.slice(4, 7) === month) return since === undefined || since === year ? Number(year) : undefined;
    if (year !== undefined && since !== undefined && year !== since) return undefined;
    since ??= year;
  }
  return undefined;
}
/** The year a value starts with. */
const YEAR_FIRST = /^\d{4}/;
const ARTICLE: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** A word after the month that is no noun it names: "the January before that", "the July of 2012". */
const NO_NOUN_AFTER = /^\s(?:before|after|of|when|that|in|and|or|to|through|until)\b/;
/** How many timexes back the date of the month may be told. */
const NAMED_MONTH_REACH = 12;
/** A day or a month of a year: "2013-07-28", "2013-07". */
const DAY_OR_MONTH_VALUE = /^\d{4}-\d\d(?:-\d\d)?$/;

/** Is "the" the word right before (its "e" looked at first, as most dates have none)? */
const theRightBefore = (text: string, start: number): boolean => text.charCodeAt(start - 2) === 101 && wordBefore(text, start) === 'the';

/**
 * "The invasion began in October 2001, less than a month after the Sept. 11 attacks", "the accord was signed in March
 * 1999, two weeks before the April 1 deadline", "began in January 2009, days after the Dec. 27 raids": a day told as
 * some time after or before a date just written lies on that side of it, in the nearest year that puts it there.
 */
function yearOfOffsetClause(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  if (d.source !== 'monthDay' || typeof d.value !== 'function' || !theRightBefore(text, d.start)) return undefined;
  // The offset, when it is a timex of its own ("less than a month", "two weeks"), stands between the date and the day.
  const offset = drafts[i - 1];
  const counted = offset?.type === 'DURATION' && d.start - offset.end <= 16;
  const j = counted ? i - 2 : i - 1;
  const told = drafts[j];
  if (!told || d.start - told.end > OFFSET_CLAUSE_REACH) return undefined;
  const side = counted
    ? (DATE_THEN_COMMA.test(text.slice(told.end, offset!.start)) ? SIDE_BEFORE_DAY.exec(text.slice(offset!.end, d.start)) : null)
    : OFFSET_CLAUSE.exec(text.slice(told.end, d.start));
  const anchor = side ? anchorOf(values[j] ?? '') : undefined;
  if (!side || !anchor) return undefined;
  const after = side[1]!.toLowerCase() === 'after';
  // The anchor's last month for a day said to come before it, its first for one said to come after.
  const edge = monthIndex(anchor) + (after && anchor.month === undefined ? 11 : 0);
  const month = Number(d.value({ base: { year: anchor.year }, tense: 'unknown' }).slice(5, 7));
  if (!month) return undefined;
  const sameYear = anchor.year * 12 + month;
  if (after) return sameYear <= edge ? anchor.year : anchor.year - 1;
  return sameYear >= edge ? anchor.year : anchor.year + 1;
}
/** How far the day may be from the date it is counted from. */
const OFFSET_CLAUSE_REACH = 60;
/** A comma, or nothing, between the date and the offset after it. */
const DATE_THEN_COMMA = /^\s*,?\s*$/;
/** "after the", "before the" right before the day. */
const SIDE_BEFORE_DAY = /^\s+(after|before)\s+the\s+$/i;
/** The date, then "after the" or "before the", maybe with a vague offset: ", weeks after the", ", just before the". */
const OFFSET_CLAUSE = /^\s*,?\s+(?:(?:just|only|shortly|soon|days|weeks|months|hours)\s+)?(after|before)\s+the\s+$/i;

/**
 * "won a six-year term in the March 4 election last year", "the April 15 bombing last year": a day naming a thing,
 * then the year of the writing counted on or back, is of that year.
 */
function yearAfterNamedThing(story: Story, d: Draft): number | undefined {
  const { text, dct } = story;
  if (dct === undefined || d.source !== 'monthDay' || !theRightBefore(text, d.start)) return undefined;
  const after = THING_THEN_YEAR.exec(text.slice(d.end, d.end + 48));
  return after ? dct.year + (after[1]!.toLowerCase() === 'last' ? -1 : after[1]!.toLowerCase() === 'next' ? 1 : 0) : undefined;
}
/** One or two words in lower case, no verb among them, then "last year", "next year" or "this year". */
const THING_THEN_YEAR = /^\s+(?:(?!(?:was|were|is|are|had|has|will|and|or|but)\b)[a-z][\w-]*\s+){1,2}(last|next|this)\s+year\b/i;

/** "was set last summer, from June 30 to July 30": a date told right after a time, to say when in it, is of its year. */
function elaboratedYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  if (!previous || d.start - previous.end > 40) return undefined;
  const between = text.slice(previous.end, d.start);
  if (!(between.length <= 16 && ELABORATES.test(between)) && !ELABORATES_BY_PLACE.test(between)) return undefined;
  // "will give its outlook for fiscal 2014 in November": a year something is for, or a fiscal one, is no frame.
  if (precededBy(text, previous.start, FOR_BEFORE) || FISCAL.test(text.slice(previous.start, previous.end))) return undefined;
  // "will auction a Warhol from 1962 on May 14": a year a thing is from, the date right after it, is the deed's.
  if (precededBy(text, previous.start, FROM_BEFORE) && BARE_ON_IN.test(between)) return undefined;
  const year = /^(\d{4})(?!\d)/.exec(values[i - 1] ?? '');
  if (!year || !withinMonthTold(d, values[i - 1] ?? '', Number(year[1]))) return undefined;
  return typeof previous.value !== 'string' && toldAheadInThePast(story, d, Number(year[1])) ? undefined : Number(year[1]);
}
/**
 * Is the date, in that year, in the month told before it, if a month was told? "the quarter that ended in December on
 * Jan. 23" tells the day of another month, which says nothing of when in December.
 */
function withinMonthTold(d: Draft, told: string, year: number): boolean {
  const month = anchorOf(told)?.month;
  return month === undefined || typeof d.value === 'string' || anchorOf(d.value({ base: { year }, tense: 'unknown' }))?.month === month;
}

/**
 * "recorded its 500th killing of the year on Dec. 27", written on Jan. 2; "This year, 774 students were admitted early
 * in December", written in March: a day or month told in the past cannot lie ahead of the writing, so a year
 * counted from the writing ("the year", "this year"), or one still to come, is not the one it is in.
 */
function toldAheadInThePast(story: Story, d: Draft, year: number): boolean {
  const { dct, tenseAround } = story;
  if (dct?.day === undefined || year < dct.year || typeof d.value === 'string') return false;
  const told = anchorOf(d.value({ base: { year }, tense: 'unknown' }));
  return told !== undefined && beginsAfter(told, dct) && tenseAround(d.start, d.end) === 'past';
}

/**
 * "Next summer we're thinking of Orkney. Maybe in June": a month of the season told just before, in the sentence or
 * the next, is of that season's year. A winter is named by its January ("last winter", told in October 2013, is
 * 2013-WI): its January and February are of that year, its December of the year before ("Last winter was mild, even
 * though storms in February brought snow" is February 2013).
 */
function seasonYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  const told = values[i - 1] ?? '';
  // Only a season's value has a letter after its year's dash: a look at that letter before the pattern.
  const season = previous && d.start - previous.end <= 120 && told.charCodeAt(5) > 64 ? SEASON_VALUE.exec(told) : null;
  const sentences = season ? text.slice(previous!.end, d.start).split(/[.!?](?:\s|$)/).length : 0;
  if (!season || sentences > 2) return undefined;
  const year = Number(season[1]);
  const month = Number(/^\d{4}-(\d\d)/.exec(typeof d.value === 'function' ? d.value({ base: { year }, tense: 'unknown' }) : '')?.[1]);
  const months = SEASON_MONTHS[season[2]!] ?? [];
  if (!months.includes(month) && !monthLaterInSeasonYear(story, d, season[2]!, month)) return undefined;
  const framed = season[2] === 'WI' && month === 12 ? year - 1 : year;
  // "planned since the autumn. Charles, who turns 65 in November": a month told ahead or in the present is not of a
  // season gone by in a year before the writing's.
  if (story.dct !== undefined && framed < story.dct.year && AHEAD_OR_NOW.has(story.tenseAround(d.start, d.end))) return undefined;
  // "the chamber elected in the winter of 2011-2012. The anniversary of the uprising, on Jan. 25, brought clashes", told
  // in March 2013: in news, a day of the next sentence after a season of a year gone by, written in full, is the recent
  // one of that name.
  if (sentences === 2 && typeof previous!.value === 'string' && recentOfName(story, d, framed)) return undefined;
  // "expected to launch a new iPhone in the early fall. Its shares have fallen since a peak in September", told in
  // March: a month told in the past is not of a season still ahead.
  return toldAheadInThePast(story, d, framed) ? undefined : framed;
}

const AHEAD_OR_NOW: ReadonlySet<string> = new Set(['future', 'present']);

/** Is there a day of the draft's name in the few months before the writing, after the year `framed`? */
function recentOfName(story: Story, d: Draft, framed: number): boolean {
  const { dct } = story;
  if (dct?.day === undefined || framed >= dct.year || typeof d.value === 'string') return false;
  const recent = anchorOf(d.value({ base: dct, tense: 'past' }));
  return recent !== undefined && recent.day !== undefined && !beginsAfter(recent, dct) && monthIndex(dct) - monthIndex(recent) < RECENT_MONTHS;
}
/** How many months back news names a day without its year. */
const RECENT_MONTHS = 3;

/**
 * "The first sign of trouble came in the fall of 2011 … By December, veterinarians had found the same defects", "In the
 * winter of 1959 … That summer he cut his first record, and in September he toured Europe": a month later in the year
 * than a season whose year is known, told in the past just after it, goes on in that year.
 */
function monthLaterInSeasonYear(story: Story, d: Draft, code: string, month: number): boolean {
  const last = SEASON_MONTHS[code]?.[2];
  return code !== 'WI' && last !== undefined && month > last && story.tenseAround(d.start, d.end) === 'past';
}

/**
 * "Last July a heatwave brought the hottest day on record on July 7", "a heatwave in early January brought the
 * hottest day on record on Jan. 7": a day of the month told just before, in the same sentence, is of that month's year.
 */
function monthToldYear(story: Story, d: Draft, i: number): number | undefined {
  const { text, drafts, values } = story;
  const previous = drafts[i - 1];
  const told = values[i - 1] ?? '';
  // A day (a digit in its text) of a month just told: checked first, as months alone are most of a text of dates.
  if (d.source !== 'monthDay' || !hasDigit(text, d.start, d.end) || !previous || typeof d.value !== 'function' || d.start - previous.end > 120 || !MONTH_VALUE.test(told)) return undefined;
  if (sentenceEndsBetween(text, previous, d)) return undefined;
  const year = Number(told.slice(0, 4));
  const value = d.value({ base: { year }, tense: 'unknown' });
  if (value.slice(0, 7) !== told) return undefined;
  // "reported weak sales in July and will hold its meeting on July 15": a day told ahead is not of a month gone by.
  const day = anchorOf(value);
  const gone = story.dct !== undefined && day !== undefined && !beginsAfter(day, story.dct) && story.tenseAround(d.start, d.end) === 'future';
  return gone || toldAheadInThePast(story, d, year) ? undefined : year;
}
/** A month of a year: "2013-07". */
const MONTH_VALUE = /^\d{4}-\d\d$/;
const hasDigit = (text: string, start: number, end: number): boolean => {
  for (let k = start; k < end; k++) if (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) return true;
  return false;
};

/**
 * "New childcare support from April … from April 2024": a month in the headline takes the year the story writes with
 * that month. Not a feast: "Drivers face higher pump prices ahead of Easter … last year's high, set on April 4-5, 2012"
 * is told of the Easter to come, whatever April the story goes back to.
 */
function headlineYear(story: Story, d: Draft, i: number): number | undefined {
  const { drafts, headlineEnd } = story;
  if (d.start >= headlineEnd || typeof d.value !== 'function' || d.source === 'holiday') return undefined;
  // Without a base a month's value is `XXXX-04`: its "-04" is matched against the dates written after.
  const month = d.value({ tense: 'unknown' }).slice(4, 7);
  for (let j = i + 1; j < drafts.length && j < i + 30; j++) {
    const v = drafts[j]!.value;
    if (typeof v === 'string' && v.slice(4, 7) === month && /^\d{4}$/.test(v.slice(0, 4))) return Number(v.slice(0, 4));
  }
  return undefined;
}

/** "Earlier this year, two men were jailed for burglaries between January and March": a year counted from the writing. */
function yearOfOpener(story: Story, i: number): number | undefined {
  const { text, drafts, values } = story;
  // A clock time of the day between them is passed over ("Last year, the festival opened at 9 a.m. on June 3"): it
  // takes that day, whose year is asked here before the clock time's own value is known.
  const clock = drafts[i - 1]?.type === 'TIME' && (drafts[i - 1]!.dayAfter === true || drafts[i - 1]!.dayless === true);
  const k = clock && drafts[i - 2]?.deictic === true ? i - 2 : i - 1;
  const value = values[k];
  if (drafts[k]?.deictic !== true || value === undefined || !/^\d{4}$/.test(value)) return undefined;
  const year = openingYear(text, drafts, i, k, value);
  return year !== undefined && toldAheadInThePast(story, drafts[i]!, year) ? undefined : year;
}
