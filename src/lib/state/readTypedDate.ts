/**
 * A date a person types to correct an event: a TIMEX3 value or a plain date (`2024-04-03`, `2024-04`, `2024`,
 * `2024-Q1`, `1990s` or `199`, `2024-04-03T15:30`), after an optional modifier (`about`, `early`, `mid`, `late`,
 * `before`, `after`). It is placed on the calendar by the tagger's own `valueToInterval` and `placeWithMod`, so a
 * corrected event is drawn exactly as an extracted one with the same value would be. Pure; never throws.
 */
import { utcDay, utcMonth } from 'd3';
import { utcDate } from '../extract/calendar.ts';
import type { TimexMod } from '../extract/types.ts';
import { valueToInterval } from '../extract/valueToInterval.ts';
import type { TimelineEvent } from '../events/types.ts';
import { placeWithMod } from '../events/uncertainty.ts';

/** A typed date as an event's date fields. */
export type TypedDate = Pick<TimelineEvent, 'value' | 'type' | 'mod' | 'granularity' | 'start' | 'end' | 'uncertainty'>;

export type TypedDateResult = { readonly ok: true; readonly date: TypedDate } | { readonly ok: false; readonly error: string };

/** The words a modifier may be typed as; the first of each is the one `describeTypedDate` writes. */
const modWords: readonly (readonly [TimexMod, readonly string[]])[] = [
  ['APPROX', ['about', 'around', 'circa', 'c.', 'ca.', 'approximately', 'roughly']],
  ['START', ['early']],
  ['MID', ['mid', 'middle of', 'mid-']],
  ['END', ['late']],
  ['BEFORE', ['before']],
  ['AFTER', ['after']],
];

export const typedDateHint = 'a date such as 2024-04-03, 2024-04, 2024, 2024-Q1, 1990s or 2024-04-03T15:30, after about, early, mid or late if needed';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What the editor shows for an event's date: its value after the modifier word, so that it reads back unchanged. */
export function describeTypedDate(value: string, mod: TimexMod | undefined): string {
  const word = modWords.find(([m]) => m === mod)?.[1][0];
  return word ? `${word} ${value}` : value;
}

export function readTypedDate(text: string): TypedDateResult {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return { ok: false, error: `Write ${typedDateHint}.` };
  const { mod, rest } = splitModifier(typed);
  const value = normalise(rest);
  const date = placeTypedValue(value, mod);
  return date ? { ok: true, date } : { ok: false, error: impossible(value) ?? `“${typed}” is not a date the editor reads: write ${typedDateHint}.` };
}

/** The date fields of a TIMEX3 value under a mod, as the tagger places them; undefined when it has no place. */
export function placeTypedValue(value: string, mod?: TimexMod): TypedDate | undefined {
  const placed = /^(?:BC\d{2,4}|-?\d{2,4})(?:-[0-9A-Z:.-]+)?$/.test(value) ? valueToInterval(value) : undefined;
  if (!placed) return undefined;
  const { start, end, uncertainty } = placeWithMod(placed.interval.start, placed.interval.end, placed.granularity, mod);
  return {
    value,
    type: value.includes('T') ? 'TIME' : 'DATE',
    ...(mod ? { mod } : {}),
    granularity: placed.granularity,
    start,
    end,
    ...(uncertainty ? { uncertainty } : {}),
  };
}

function splitModifier(typed: string): { mod?: TimexMod; rest: string } {
  const lower = typed.toLowerCase();
  for (const [mod, words] of modWords) {
    for (const word of words) {
      const joined = word.endsWith('-') ? lower.startsWith(word) : lower.startsWith(`${word} `);
      if (joined && typed.length > word.length + 1) return { mod, rest: typed.slice(word.length).trim() };
    }
  }
  return { rest: typed };
}

/** Plain ways of writing a value as TIMEX3: `1990s` → `199`, `2024-4-3` → `2024-04-03`, `2024-04-03 15:30` → `…T15:30`. */
function normalise(rest: string): string {
  const decade = /^(\d{3})0'?s$/i.exec(rest);
  if (decade) return decade[1]!;
  const padded = rest.replace(/^(\d{4})-(\d{1,2})(?=-|$|\s|T)/i, (_, y: string, m: string) => `${y}-${m.padStart(2, '0')}`)
    .replace(/^(\d{4}-\d{2})-(\d{1,2})(?=$|\s|T)/i, (_, ym: string, d: string) => `${ym}-${d.padStart(2, '0')}`);
  return padded.replace(/^(\d{4}-\d{2}-\d{2}) (?=\d)/, '$1T').toUpperCase();
}

/** A specific message for a value written the right way that names no real month, day or time; else undefined. */
function impossible(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(.*))?$/.exec(value);
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return `${value} is not a real date: there is no month ${month}.`;
  if (m[3] === undefined) return undefined;
  const first = utcDate(year, month);
  const days = utcDay.count(first, utcMonth.offset(first, 1));
  const day = Number(m[3]);
  if (day < 1 || day > days) return `${value} is not a real date: ${months[month - 1]} ${year} has ${days} days.`;
  if (m[4] !== undefined) return `${value} is not a real time: write it as 2024-04-03T15:30.`;
  return undefined;
}
