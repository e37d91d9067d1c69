/**
 * Two days of the week told as deeds in turn ("leaves Tuesday and returns Saturday", "arrived Wednesday and left
 * Monday") come in that order. Each is read alone as the nearest such day in its clause's tense; where that puts the
 * second before the first, the one further from the writing moves a week: ahead of the writing the second moves on,
 * before it the first moves back.
 */
import { addDays, formatDay, parseDay } from '../calendar.ts';
import { weekdayOf } from '../lexicon.ts';
import type { Resolved } from './resolveValues.ts';

/** "and" and the second deed's verb between them: " and returns ", " and then flies home on ". */
const IN_TURN = /^\s+and\s+(?:then\s+)?[a-z]+(?:\s+(?:back|home|out|off|up|down|on|again))?\s+(?:on\s+)?$/i;
const DAY = /^\d{4}-\d\d-\d\d$/;

export function orderWeekdaysInTurn(text: string, timexes: readonly Resolved[], dct: string | undefined): Resolved[] {
  const out = [...timexes];
  if (!dct) return out;
  for (let i = 0; i + 1 < out.length; i++) {
    const [first, second] = [out[i]!, out[i + 1]!];
    if (!DAY.test(first.value) || !DAY.test(second.value) || second.value >= first.value) continue;
    if (weekdayOf(text.slice(first.start, first.end)) === undefined || weekdayOf(text.slice(second.start, second.end)) === undefined) continue;
    if (!IN_TURN.test(text.slice(first.end, second.start))) continue;
    const [a, b] = [parseDay(first.value), parseDay(second.value)];
    if (!a || !b) continue;
    if (second.value > dct) out[i + 1] = { ...second, value: formatDay(addDays(b, 7)) };
    else if (first.value <= dct) out[i] = { ...first, value: formatDay(addDays(a, -7)) };
  }
  return out;
}
