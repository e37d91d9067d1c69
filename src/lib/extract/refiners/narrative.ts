/**
 * Is a text a history, told from its own dates, or news, told from the day of its writing? A history's dates count
 * from the last one told; news counts from the document's date.
 */
import type { Anchor, Draft } from '../draft.ts';
import { MONTH_RE, WEEKDAY_RE } from '../lexicon.ts';
import { anchorOf } from './anchor.ts';
import { insideQuote } from '../sentence.ts';
import { headlineEndOf } from './tense.ts';

/** Families whose presence marks a text written from its own "now": news talks of Friday, yesterday, last week. */
const isNewsMarker = (d: Draft, text: string): boolean =>
  d.source === 'weekday' || d.deictic === true ||
  // "this morning", "at 10 a.m."; not a time of a day named by a date ("the morning of 12 September", "by nightfall"),
  // nor one of no day at all ("a series of night attacks", "moved only at night"), which histories tell as well.
  (d.source === 'timeOfDay' && typeof d.value !== 'string' && !d.dayless && !d.dayAfter && !d.anaphoric && !NAMES_MONTH.test(text.slice(d.start, d.end))) ||
  // "Today the city is called Volgograd": a history speaks of the writer's day too; yesterday and tomorrow it does not.
  // "By the end of the day" is the day told, in a history too.
  (d.source === 'deictic' && typeof d.value !== 'string' && !d.anaphoric && !/^today$/i.test(text.slice(d.start, d.end)));

const NAMES_MONTH = new RegExp(MONTH_RE);
const NAMES_WEEKDAY = new RegExp(WEEKDAY_RE);

/** Years between the writing and what a short history tells. */
const LONG_AGO = 10;

/**
 * Narrative (a history) when there is no DCT, or when written-out years dominate the news markers and either lie
 * mostly far from the DCT or are very many, unless the body first tells a day near the writing (an obituary).
 */
export function isNarrative(text: string, drafts: readonly Draft[], dct: Anchor | undefined): boolean {
  if (!dct) return true;
  // The short end of a season ("the 2004-05 season") is no second year told, nor is a point compared with.
  const years: number[] = [];
  for (const d of drafts) {
    const year = typeof d.value === 'string' && !d.comparison ? anchorOf(d.value)?.year : undefined;
    if (year !== undefined) years.push(year);
  }
  // A weekday after a day written with a year long past is a day of that story ("from Sunday 2 September to Thursday
  // 6 September 1666 … By Sunday evening … On Monday it moved north"), not of the writing; so is any "now" a quote
  // tells there, the speaker's ("On November 19 Lincoln spoke: 'Four score and seven years ago …'").
  let storyDay = false;
  let markers = 0;
  for (const d of drafts) {
    const at = typeof d.value === 'string' ? anchorOf(d.value) : undefined;
    if (at) storyDay = at.day !== undefined && Math.abs(at.year - dct.year) > 2;
    else if (isNewsMarker(d, text) && !(storyDay && (NAMES_WEEKDAY.test(text.slice(d.start, d.end)) || insideQuote(text, d.start)))) markers++;
  }
  // A short history ("born in 1769 … In May 1796 … in June") names few years, all long before, and nothing counted
  // from the writing.
  const few = years.length >= 2 && markers === 0 && years.every((y) => Math.abs(y - dct.year) >= LONG_AGO);
  if ((years.length < 4 && !few) || markers * 5 > years.length) return false;
  // Years ahead of the writing, however far, are news looking forward once the text tells a day of the writing ("crossed
  // Australia on Wednesday morning … the next will not come until July 2028"); a history tells what is gone.
  const far = years.filter((y) => (markers > 0 ? dct.year - y : Math.abs(y - dct.year)) > 2).length;
  // Asked last, as only a text the years would make a history needs it.
  return (far / years.length >= 0.75 || years.length >= 20) && !opensOnDayOfWriting(text, drafts, dct);
}

/** Inside a clause on who someone is, set off by a comma: ", who in", ", a surgeon who in 1968 became". */
const WHO_CLAUSE_BEFORE = /,\s+(?:[a-z][^,.;!?]{0,40}\s)?(?:who|whose)\s[^,.;!?]{0,70}$/;
/** Months between the writing and the first day news tells with no year, at most. */
const NEAR_WRITING = 1;

/**
 * "Eleanor Vance, who taught chemistry for four decades, died on March 26. She was 88. … She was born in 1924": the
 * first day of a month the body tells, before any year, a month or so from the writing, is news of its days, however
 * many years of a life follow. A history dates its first day in full ("On September 1, 1939"); a headline's years
 * ("Eleanor Vance, 1924-2013") are no part of the body, nor is a year told aside in a clause on who someone was ("Joan
 * Ridley, who in 1968 became the first woman to lead a cardiac unit, died on March 21").
 */
function opensOnDayOfWriting(text: string, drafts: readonly Draft[], dct: Anchor): boolean {
  if (dct.month === undefined) return false;
  const body = headlineEndOf(text);
  for (const d of drafts) {
    if (d.start < body) continue;
    if (typeof d.value === 'string') {
      if (anchorOf(d.value) !== undefined && !WHO_CLAUSE_BEFORE.test(text.slice(Math.max(0, d.start - 120), d.start))) return false;
      continue;
    }
    if (d.source !== 'monthDay' || !d.yearless || d.dayless) continue;
    const at = anchorOf(d.value({ base: dct, tense: 'unknown' }));
    if (at?.day === undefined || at.month === undefined) return false;
    const apart = Math.abs(at.month - dct.month);
    return Math.min(apart, 12 - apart) <= NEAR_WRITING;
  }
  return false;
}
