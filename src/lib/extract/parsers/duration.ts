/**
 * Durations: `three years`, `the past two months`, `the first nine months`, `a two-year contract` (extent `two-year`),
 * `24 hours`, `several weeks`, `a few days`, `two to three weeks`, and bare plurals after a preposition
 * (`for years`, `in decades`).
 */
import { pattern, precededBy, scan, type Draft, type Parser } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { COUNT_RE, UNIT_CODE, UNIT_RE, VAGUE_COUNT_RE, isTimeUnit, numberValue, unitOf, type Unit } from '../lexicon.ts';

const source = 'duration';

/** TIMEX3 duration value: P3Y, PT24H, P1.5Y, PXD (count unknown). Fractions of a unit go one unit down when exact. */
export function durationValue(count: number | undefined, unit: Unit): string {
  const t = isTimeUnit(unit) ? 'T' : '';
  if (count === undefined) return `P${t}X${UNIT_CODE[unit]}`;
  // TimeBank counts decades in years ("two decades" P20Y), as ISO 8601 has no decade unit.
  if (unit === 'decade') return `P${count * 10}Y`;
  if (!Number.isInteger(count)) {
    if (unit === 'hour' && Number.isInteger(count * 60)) return `PT${count * 60}M`;
    if (unit === 'year' && Number.isInteger(count * 12)) return `P${count * 12}M`;
    if (unit === 'day' && Number.isInteger(count * 24)) return `PT${count * 24}H`;
  }
  return `P${t}${count}${UNIT_CODE[unit]}`;
}

const make = (start: number, end: number, count: number | undefined, unitWord: string): Draft | undefined => {
  const unit = unitOf(unitWord);
  return unit ? { start, end, type: 'DURATION', value: durationValue(count, unit), source } : undefined;
};

/** Determiner-led spans keep `the`/`the past` in the extent, as TimeBank does. */
const LEAD = '(?:(?:the|another|an?\\s+additional|an?\\s+extra)\\s+)?(?:(?:past|last|next|first|coming|previous|following|final|initial|latest|remaining|recent|same|full|entire|whole|further|additional)\\s+)?';
const COUNT = `(${COUNT_RE}|${VAGUE_COUNT_RE})(?:\\s+(?:to|or)\\s+(${COUNT_RE}))?`;
const TAIL = '(?:\\s+or\\s+so)?';

const COUNTED = pattern(new RegExp(`\\b(${LEAD})${COUNT}([\\s-]+)(?:and\\s+a\\s+half\\s+)?(${UNIT_RE})(?![\\w-])${TAIL}`, 'gi'), TRIGGER.unit);
/** `three years`, `the past two months`, `a few days`, `24 hours`, `two to three weeks`, `five-hour`. */
const counted: Parser = (text) =>
  scan(text, COUNTED, (m, s, e) => {
    const [lead, first, second, gap, unitWord] = [m[1] ?? '', m[2] ?? '', m[3], m[4] ?? '', m[5] ?? ''];
    const vague = new RegExp(`^${VAGUE_COUNT_RE}$`, 'i').test(first) && !/couple/i.test(first);
    let count = vague ? undefined : numberValue(second ?? first);
    if (!vague && count === undefined) return undefined;
    if (count !== undefined && /and\s+a\s+half/i.test(m[0])) count += 0.5;
    const after = text.slice(e, e + 12);
    if (/^-old\b|^\s+old\b|^\s+of\s+age\b/.test(after)) return undefined; // "a 10-year-old boy" is an age
    const plural = /s$/i.test(unitWord);
    // "a second attack" is an ordinal.
    if (/^second$/i.test(unitWord) && !/^\d/.test(first)) return undefined;
    const adjectival = !plural && (count ?? 1) !== 1;
    // "the 1988 second quarter", "a 747 jet": a big bare number before a singular unit word is not a count.
    if (adjectival && gap.trim() === '' && /^\d+$/.test(first) && (Number(first) > 100 || /^second$/i.test(unitWord))) return undefined;
    // An adjectival duration ("a two-year contract") leaves its determiner out of the extent.
    const start = adjectival && lead ? s + lead.length : s;
    return make(start, e, count, unitWord);
  });

const HALF = pattern(/\b(?:a\s+)?half\s+(?:an?\s+)?(hour|day|year|century|decade|month)\b|\bhalf-(hour|day|year|century)\b/gi, TRIGGER.half);
/** `half an hour`, `half a century`. */
const half: Parser = (text) =>
  scan(text, HALF, (m, s, e) =>
    make(s, e, 0.5, m[1] ?? m[2] ?? ''));

const BARE_PLURAL_CONTEXT = /\b(?:for|in|over|within|took|take|takes|lasted|last|spent|spend)\s+$/i;
const BARE_PLURAL = pattern(/\b(years|decades|months|weeks|days|hours|centuries|minutes)\b(?!\s+(?:after|before|later|earlier|ago|of\b))/gi, TRIGGER.unit);
/** Bare plural units after a preposition: `for years`, `in decades`, `over months`. Elsewhere ("weeks after") they are not tagged. */
const barePlural: Parser = (text) =>
  scan(text, BARE_PLURAL, (m, s, e) =>
    precededBy(text, s, BARE_PLURAL_CONTEXT) ? make(s, e, undefined, m[1] ?? '') : undefined);

/** `recent years`, `recent weeks`: TimeML reads a stretch of unknown length up to now (PXY), not a point. */
const RECENT = pattern(/\brecent\s+(years|decades|months|weeks|days)\b/gi, TRIGGER.unit);
const recent: Parser = (text) => scan(text, RECENT, (m, s, e) => make(s, e, undefined, m[1] ?? ''));

export const durationParser: Parser = (text) => [...counted(text), ...half(text), ...barePlural(text), ...recent(text)];
