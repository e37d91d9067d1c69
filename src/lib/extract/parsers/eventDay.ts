/**
 * A day counted within an event, where the text says which day it is: `On 21 July, the fifth day of the rebellion,`
 * (an apposition renames the date before it), `Sunday was the third day of the strike`, `Today is the eighth day of
 * the operation`, `It's the second day of an offensive` (the day of writing). Elsewhere ("on the seventh day the gates
 * were opened") the day cannot be placed, so it is left alone.
 */
import { formatYear } from '../calendar.ts';
import { pattern, scan, type Parser, type Resolver } from '../draft.ts';
import { DAY_ORDINAL_WORD_RE, MONTH_RE } from '../lexicon.ts';
import { TRIGGER } from '../near.ts';
import { TODAY } from '../resolve.ts';

const source = 'eventDay';

const EVENT_DAY = pattern(new RegExp(`\\bthe\\s+${DAY_ORDINAL_WORD_RE}\\s+day\\b`, 'g'), TRIGGER.dayOrdinal);
/** A date and its comma right before: "1 July 1916, ", "On 21 July, ", "Oct. 12, ", "on Sunday, " (not "rose 3, "). */
export const APPOSITION = new RegExp(`(?:\\b\\d{4}|\\b${MONTH_RE}\\s+\\d{1,2}|\\b\\d{1,2}\\s+${MONTH_RE}|\\b${MONTH_RE}|day)\\s*,\\s+$`);
/** A day named as the subject of "is" or "was": "Sunday was", "Today is", "yesterday was". */
const DAY_IS = /\b(?:[Tt]oday|[Yy]esterday|[A-Z][a-z]+day)\s+(?:is|was)\s+$/;
/** "It's", "it is", "This is": the day of writing; "it was", the day told. */
const IT_IS = /\b(?:[Ii]t|[Tt]his)(?:\s+(is|was)|['’]s)\s+$/;
/**
 * "of the rebellion", "of the Battle of the Somme": a short named event closing the phrase belongs to the apposition
 * (not "of an offensive by the security forces against…", which goes on).
 */
const OF_THE_EVENT = /^\s+of\s+the\s+(?:[a-z][\w-]*|[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,4})(?=\s*(?:[,.;:!?)]|$))/;
/** "the first day of the year", "of May": a day of the calendar, which other parsers read. */
const OF_CALENDAR = new RegExp(`^\\s+of\\s+(?:(?:the|this|that|next|last)\\s+)?(?:year|month|week|quarter|season|spring|summer|autumn|fall|winter|${MONTH_RE})\\b`);

const VOTE_DAY = pattern(/\b(?:[Ee]lection|[Pp]olling|[Vv]oting)\s+day\b(?![-–])/g, TRIGGER.unit);
/** Not a thing of the vote's named by its day ("election day violence", "polling day procedures"). */
const NOUN_AFTER = /^\s+(?:violence|fraud|irregularities|turnout|results?|coverage|holiday|rall(?:y|ies)|operations?|observers?|security|procedures|logistics|incidents?|deaths?|attacks?|staff|workers|volunteers)\b/;
/**
 * `election day`, `polling day`, `voting day` (the American holiday, "Election Day", is a holiday's): the day of the
 * vote the text told by its date ("called an election for July 4 … Counting will begin after polls close at 10 p.m. on
 * election day"), else a day that cannot be placed (of the year written with it or the story is at, in a history: "had
 * him jailed on election day in 1910").
 */
const voteDay: Parser = (text) =>
  scan(text, VOTE_DAY, (_m, s, e) =>
    NOUN_AFTER.test(text.slice(e, e + 24)) ? undefined : { start: s, end: e, type: 'DATE', value: dayOfStoryYear, ofVote: true, yearless: true, source });
const dayOfStoryYear: Resolver = ({ base, narrative }) => (base && (narrative || base.month === undefined) ? `${formatYear(base.year)}-XX-XX` : 'XXXX-XX-XX');

const eventDays: Parser = (text) =>
  scan(text, EVENT_DAY, (_m, s, e) => {
    const before = text.slice(Math.max(0, s - 24), s);
    const it = IT_IS.exec(before);
    if (it) return { start: s, end: e, type: 'DATE', value: TODAY, anaphoric: it[1] === 'was', source };
    if ((!APPOSITION.test(before) && !DAY_IS.test(before)) || OF_CALENDAR.test(text.slice(e, e + 24))) return undefined;
    const end = APPOSITION.test(before) ? e + (OF_THE_EVENT.exec(text.slice(e, e + 60))?.[0].length ?? 0) : e;
    // The day told right before: the date the apposition renames, or the subject of "is".
    return { start: s, end, type: 'DATE', value: TODAY, anaphoric: true, source };
  });

export const eventDayParser: Parser = (text) => [...eventDays(text), ...voteDay(text)];
