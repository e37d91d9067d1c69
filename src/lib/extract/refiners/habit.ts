/**
 * A bare month or season in a sentence of a habit is any year's: "In winter the lake usually freezes", "Farmers
 * typically plant in April". On a timeline it has no place, rather than a wrong one in the year of writing.
 */
import type { Draft, Tense } from '../draft.ts';
import { SEASON_CODES } from '../lexicon.ts';
import { sentenceAround } from './sentence.ts';

const HABITUAL = /\b(?:usually|often|typically|generally|normally|always|rarely|seldom|traditionally|tends?\s+to)\b/i;
const BARE_SEASON = /^(?:the\s+)?(spring|summer|autumn|fall|winter)$/i;

/** `XXXX-04`, `XXXX-WI` for a bare month or season told as a habit; undefined otherwise. */
export function habitValue(text: string, d: Draft, tenseAround: (start: number, end: number) => Tense): string | undefined {
  const month = d.yearless === true && d.source === 'monthDay';
  if (!month && d.source !== 'partOfYear') return undefined;
  const own = text.slice(d.start, d.end);
  const season = month ? undefined : BARE_SEASON.exec(own)?.[1];
  if ((month && !/^[A-Za-z.]+$/.test(own)) || (!month && !season)) return undefined;
  if (!HABITUAL.test(sentenceAround(text, d.start, d.end))) return undefined;
  // "Prices rose in April, as they usually do": a time told in the past or ahead is a time of its own.
  const tense = tenseAround(d.start, d.end);
  if (tense === 'past' || tense === 'future') return undefined;
  // Without a base, a month's resolver gives any year's month.
  return season ? `XXXX-${SEASON_CODES[season.toLowerCase()]}` : typeof d.value === 'function' ? d.value({ tense: 'unknown' }) : undefined;
}
