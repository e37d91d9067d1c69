/**
 * A bare month or season (maybe early, late or mid) in a sentence of a habit is any year's: "In winter the lake usually
 * freezes", "Farmers typically plant in April", "harvest typically begins in late May". On a timeline it has no place,
 * rather than a wrong one in the year of writing. So is a day of the week naming a thing in a sentence of a weekly
 * round: "Thousands have gathered weekly after Friday prayers".
 */
import type { Draft, Tense } from '../draft.ts';
import { SEASON_CODES, weekdayOf } from '../lexicon.ts';
import { sentenceAround } from '../sentence.ts';

/** Words of habit; a typical year or season is one too ("In a typical year, flu activity peaks in February"). */
const HABITUAL = /\b(?:usually|often|typically|generally|normally|always|rarely|seldom|traditionally|tends?\s+to|(?:an?|most)\s+(?:typical|normal|average|ordinary)\s+(?:years?|seasons?)|most\s+years)\b/gi;
const BARE_SEASON = /^(?:the\s+)?(spring|summer|autumn|fall|winter)$/i;
const PART_BEFORE = /^(?:early|late|mid)[\s-]+/i;
const DAY_OF_MONTH = /^(?:\d{1,2}\s+[A-Za-z.]+|[A-Za-z.]+\s+\d{1,2})$/;
/**
 * A round of a unit, its adverb or a count per unit: "annually", "twice a year", "every year". Found at the unit word,
 * looking back for the rest: the engine skips to the word fast.
 */
const roundOf = (adverb: string, unit: string): RegExp =>
  new RegExp(`\\b(?:${adverb}|${unit}\\b(?<=\\b(?:(?:once|twice|times)\\s+(?:a|per|each)|every|each)\\s+${unit}))`, 'gi');
/**
 * A yearly round makes a month any year's as a word of habit does ("meets twice a year, in June and in November",
 * "reports every year in April").
 */
const YEARLY_ROUND = roundOf('annually', 'year');
/**
 * A day kept each year, told in the present of the writing: "Today 10 October is celebrated as the National Day", "23
 * October is now a national holiday" (not "July 4 is a national holiday, so markets will close", this year's).
 */
const YEARLY_OBSERVANCE = /\b(?:(?:is|are)\s+(?:now|still)|[Tt]oday,?\s[^.;!?]{0,40}?\b(?:is|are))\s+(?:celebrated|commemorated|observed|an?\s+(?:[a-z]+\s+)?holiday)\b/g;
/** A weekly round: "weekly", "every week", "each week", "once a week". */
const WEEKLY_ROUND = roundOf('weekly', 'week');
/**
 * A noun right after a day of the week, which it names: "Friday prayers", "Sunday services" (not "Friday morning", nor a
 * word that goes on with the clause: "edged higher on Friday but were on track for a weekly loss").
 */
const THING_AFTER_WEEKDAY = /^\s+(?!(?:morning|afternoon|evening|night|and|or|but|nor|yet|so|as|to|through|until|till|at|in|on|the|after|before|when|while|with|for|from|by|amid|despite|if|was|were|is|are|had|has|have|will|would|said|says|that|which|who|its|his|her|their)\b)[a-z]{3,}/;
/** Words that make a plan of a verb of schedule: "will meet in June". */
const WILL = /\b(?:will|shall|won['’]t|going\s+to)\b|['’]ll\b/i;
/**
 * What ends a sentence between a word of habit and a month: a dot before a capital, not the dots of a clock ("typically
 * peaks at 4 p.m. in July").
 */
const SENTENCE_STOP = /[!?\n]|\.(?=\s*$|\s+[A-Z"“])/;
/**
 * A relative clause opened after the month: "is preparing for the Hajj in October, which draws millions every year".
 * Its habit is of the noun it tells about, not of the month (but "in October, which is usually the busiest month" may
 * tell of the month).
 */
const RELATIVE_AFTER = /,\s+(?:which|who)\s+(?!(?:is|are|was|were)\b)/;
const relativeBetween = (between: string): boolean => between.includes(', wh') && RELATIVE_AFTER.test(between);
/**
 * The same before the month, closed before it: "The National Assembly, which meets twice a year, is expected to vote at
 * its session in October" (the habit is the assembly's; not "which meets twice a year, in June and in November", whose
 * months are the round's). The aside opens a few words before the word of habit, and a verb of the main clause follows
 * the comma that closes it.
 */
const RELATIVE_OPENS_BEFORE = /,\s+(?:which|who)\s+[^,.;!?]*$/;
const MAIN_VERB_AFTER_COMMA = /,\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|said|says)\b|[a-z]{3,}ed\b)/;
const RELATIVE_OPEN_REACH = 60;
const asideClosedBefore = (text: string, at: number, start: number): boolean => {
  const between = text.slice(at, start);
  if (!between.includes(', ') || !MAIN_VERB_AFTER_COMMA.test(between)) return false;
  const opening = text.slice(Math.max(0, at - RELATIVE_OPEN_REACH), at);
  return opening.includes(', wh') && RELATIVE_OPENS_BEFORE.test(opening);
};
/**
 * A quotation closed between a word of habit and the month: "'Christmas is the big one, always has been,' said a
 * spokesman for the chain, whose results are due in mid-April". The habit is the speaker's, told in the quotation.
 */
const QUOTE_CLOSED = /[,.!?]["”]/;
/**
 * "expect the level to cross 400 for the first time in May, when concentrations peak each year": a first time is one
 * time, whatever habit the sentence tells of the month.
 */
const FIRST_TIME_BEFORE = /\bfor\s+the\s+first\s+time\s+(?:ever\s+)?(?:in|during|by)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
const firstTimeBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  return before.includes('first time') && FIRST_TIME_BEFORE.test(before);
};
/** How far a word of habit may stand from the month or season it makes generic, within their sentence. */
const REACH = 200;

/**
 * Finds the text's words of habit once, when first needed; the returned function gives `XXXX-04`, `XXXX-WI` for a bare
 * month or season told as a habit, undefined otherwise.
 */
export function habitReader(text: string, tenseAround: (start: number, end: number) => Tense): (d: Draft) => string | undefined {
  // Each list is made when a bare month or season first asks: many texts have none, and a text of thousands of months
  // looks them up by halves instead of reading each month's sentence again.
  const wordsOfHabit = positionsOf(text, HABITUAL);
  const yearlyRounds = positionsOf(text, YEARLY_ROUND);
  const observances = positionsOf(text, YEARLY_OBSERVANCE);
  const weeklyRounds = positionsOf(text, WEEKLY_ROUND);
  /** Is one of the words in the sentence of `start`…`end`, within reach? Only the nearest on each side can be. */
  const inSentence = (words: readonly number[], start: number, end: number): boolean => {
    if (words.length === 0) return false;
    let [lo, hi] = [0, words.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    const before = words[lo - 1];
    const after = words[lo];
    return (before !== undefined && before >= start - REACH && !SENTENCE_STOP.test(text.slice(before, start)) && !QUOTE_CLOSED.test(text.slice(before, start)) && !asideClosedBefore(text, before, start)) ||
      (after !== undefined && after <= end + REACH && !SENTENCE_STOP.test(text.slice(end, after)) && !relativeBetween(text.slice(end, after)));
  };
  return (d) => {
    if (d.source === 'weekday') {
      // A day after "on" is a day told, whatever follows it ("and on Friday police fired tear gas").
      const on = text.slice(Math.max(0, d.start - 3), d.start).toLowerCase() === 'on ';
      const day = d.end - d.start <= 9 && !on && THING_AFTER_WEEKDAY.test(text.slice(d.end, d.end + 12)) ? weekdayOf(text.slice(d.start, d.end)) : undefined;
      return day !== undefined && inSentence(weeklyRounds(), d.start, d.end) ? `XXXX-WXX-${day}` : undefined;
    }
    // A bare month that ends a span ("peaks between December and February") is told from the span's start, as habitual.
    const month = d.source === 'monthDay' && (d.yearless === true || d.anaphoric === true);
    if (!month && d.source !== 'partOfYear') return undefined;
    // "usually begins in early April": a word of part before the month leaves it bare.
    const own = text.slice(d.start, d.end).replace(PART_BEFORE, '');
    const season = month ? undefined : BARE_SEASON.exec(own)?.[1];
    // A day of a month recurs only in a yearly round: "is marked every year on 2 February", "celebrates 27 July each
    // year", "Today 23 October is a national holiday" (a word of habit alone leaves it a day: "usually closes early, but
    // on 2 February").
    const dayOfMonth = month && DAY_OF_MONTH.test(own);
    if ((month && !dayOfMonth && !/^[A-Za-z.]+$/.test(own)) || (!month && !season) || firstTimeBefore(text, d.start)) return undefined;
    if ((dayOfMonth || !inSentence(wordsOfHabit(), d.start, d.end)) && !inSentence(yearlyRounds(), d.start, d.end) &&
      !(dayOfMonth && inSentence(observances(), d.start, d.end))) return undefined;
    // "Prices rose in April, as they usually do": a time told in the past or ahead is a time of its own. A verb of
    // schedule reads as ahead, but with a word of habit it tells the habit ("the flu season typically runs from
    // October to May"); only "will" and its kin make a plan of it.
    const tense = tenseAround(d.start, d.end);
    if ((tense === 'past' && !toldHabit(text, d.start) && !habitVerbBefore(text, d.start)) || (tense === 'future' && WILL.test(sentenceAround(text, d.start, d.end, REACH)))) return undefined;
    // Without a base, a month's resolver gives any year's month.
    return season ? `XXXX-${SEASON_CODES[season.toLowerCase()]}` : typeof d.value === 'function' ? d.value({ tense: 'unknown' }) : undefined;
  };
}

/** The words of habit a verb of the habit follows: "usually rise", "typically peaks". */
const HABIT_ADVERB = '(?:usually|often|typically|generally|normally|traditionally)';
/**
 * "Officials said the numbers usually rise between February and May": a habit told in the present after a past verb of
 * telling is still a habit; the telling is what is past (not "said crossings usually rose in July", a habit gone by,
 * nor a time in a clause after a comma: "usually rise in spring, but this year they fell in March").
 */
const TOLD_HABIT_BEFORE = new RegExp(String.raw`\b(?:said|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+(?:that\s+)?[^.;!?]{0,60}?\b${HABIT_ADVERB}\s+([a-z]+)\b[^.;!?,]{0,60}$`, 'i');
const PAST_FORM = /(?:ed|^(?:was|were|had|did|came|rose|fell|began|ran|grew))$/;
function toldHabit(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  if (!before.includes('said') && !before.includes('told')) return false;
  const told = TOLD_HABIT_BEFORE.exec(before);
  return told !== null && !PAST_FORM.test(told[1] ?? '');
}

/**
 * "Flu season usually peaks in February, but this season got off to an early start": a word of habit right before the
 * month's own verb, in the present, in the month's clause, tells the habit, whatever the past of a clause after it
 * (not "usually rose in April" nor "was usually at its worst in February", a habit gone by).
 */
const HABIT_VERB_BEFORE = new RegExp(String.raw`(?<!\b(?:was|were|had|did)\s+)\b${HABIT_ADVERB}\s+([a-z]+)\s+(?:[\w-]+\s+){0,3}$`, 'i');
const HABIT_VERB_REACH = 64;
function habitVerbBefore(text: string, start: number): boolean {
  const verb = HABIT_VERB_BEFORE.exec(text.slice(Math.max(0, start - HABIT_VERB_REACH), start))?.[1];
  return verb !== undefined && !PAST_FORM.test(verb) && !/^(?:been|be)$/.test(verb);
}

/** Where a global pattern matches in the text, found on the first call and kept. */
function positionsOf(text: string, re: RegExp): () => readonly number[] {
  let found: number[] | undefined;
  return () => {
    if (found) return found;
    found = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) found.push(m.index);
    return found;
  };
}
