/**
 * News names a day of its week once by its weekday and keeps the name for it: "broken into in the early hours of Sunday
 * morning … anyone with footage from between 1am and 4am on Sunday" is the same Sunday, whatever the tense says.
 */
import type { Anchor, Draft, Tense } from '../draft.ts';
import { anchorOf, beginsAfter, DAY_VALUE } from './anchor.ts';

const WEEKDAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * A memory of the days the text's weekdays named, in text order: given a draft and its value, the value to keep (the
 * day named first, for a bare weekday named again) and, with `record`, the day it names remembered.
 */
export function weekdayMemory(text: string, dct: Anchor, tenseAround: (start: number, end: number) => Tense) {
  const told = new Map<string, string>();
  return (d: Draft, value: string, record = true): string => {
    if (d.source !== 'weekday' && d.source !== 'timeOfDay') return value;
    const name = WEEKDAY_NAME.exec(text.slice(d.start, d.end))?.[0].toLowerCase();
    if (!name) return value;
    // "on Tuesday … on Tuesday week", "Friday … Friday next week": words after the name that move the day make it
    // another day, neither kept nor keeping.
    if (d.source === 'weekday' && d.end - d.start > name.length) return value;
    const first = told.get(name);
    const day = value.slice(0, 10);
    if (first === undefined) {
      if (record && DAY_VALUE.test(day)) told.set(name, day);
      return value;
    }
    if (d.source !== 'weekday' || d.anaphoric || day === first || !DAY_VALUE.test(value)) return value;
    // A clause that says otherwise keeps its own day: "was arrested on Sunday … the funeral will be held on Sunday".
    const tense = tenseAround(d.start, d.end);
    const firstDay = anchorOf(first);
    const contradicts = firstDay !== undefined && (tense === 'future' ? !beginsAfter(firstDay, dct) : tense === 'past' && beginsAfter(firstDay, dct));
    return contradicts ? value : first;
  };
}
