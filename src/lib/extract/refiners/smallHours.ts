/**
 * A clock time in the small hours told with a night is of the morning that night runs into: "last night at 1:30 a.m.",
 * "at 2:15 a.m. last night", "late last night, at about 2 a.m.", "tonight at 2 a.m.". A night is written on the day it
 * begins (`2024-04-03TNI`), so a time after its midnight is on the day after.
 */
import { addDays, formatDay, parseDay } from '../calendar.ts';
import type { Resolved } from './resolveValues.ts';

const NIGHT = /^(\d{4}-\d\d-\d\d)TNI$/;
const SMALL_HOURS = /^(\d{4}-\d\d-\d\d)(T0[0-5]:\d\d.*)$/;
/** The hours of an early morning a night told before runs into too: "overnight … At 6:15 a.m., officers fired tear gas". */
const EARLY_MORNING = /^(\d{4}-\d\d-\d\d)(T0[67]:\d\d.*)$/;
/** Such an hour written as the morning's: "6:15 a.m.", "07:00". */
const MORNING_WRITTEN = /a\.?m\b|^0\d/i;
/** The clock and the night side by side: "last night at 1:30", "late last night, at about 2 a.m.", "2:15 a.m. last night". */
const BETWEEN = /^(?:\s+|,?\s+at\s+|,\s+)$/;
/** A clock that names no day of its own: digits, a.m., "noon", its zone, and words of nearness only. */
const CLOCK_ALONE = /^(?:(?:at|about|around|approximately|roughly|some|shortly|just|after|before|midnight|noon|midday|[ap]\.?m\.?|o['’]clock|[ECMP][SD]?T|GMT|BST|UTC|local\s+time)\b|[\d:.\s,])+$/i;

/** The day of a night or an evening, or of a clock time of the evening: `2013-02-24TNI`, `2013-02-24TEV`, `2013-02-24T22:00`. */
const NIGHT_OR_EVENING = /^(\d{4}-\d\d-\d\d)T(?:NI$|EV$|(?:1[89]|2[0-3]):\d\d)/;
/** A day and nothing more: `2013-02-24`. */
const DAY_ONLY = /^\d{4}-\d\d-\d\d$/;
/** A day written to the day, maybe with its time: `2013-02-24`, `2013-02-24T20:00`. */
const OF_A_DAY = /^\d{4}-\d\d-\d\d/;
/** What something ran until, right before the clock: "ending just after", "ended at about", "went on until". */
const END_BEFORE = /\b(?:end(?:ed|ing|s)|finish(?:ed|es|ing)|conclud(?:ed|es|ing)|wrapp(?:ed|ing)\s+up|until|till)\s+(?:(?:at|just|shortly|about|around|after|past|before|nearly|almost)\s+){0,3}$/i;
/** A dawn's value and its words: "until dawn" after a night is the next morning's. */
const MORNING = /^(\d{4}-\d\d-\d\d)(TMO)$/;
const DAWN_WORD = /^(?:dawn|daybreak|first\s+light|sunrise)$/i;

export function moveSmallHoursPastNight(text: string, timexes: readonly Resolved[], dct?: string): Resolved[] {
  const out: Resolved[] = [];
  let moved: Moved | undefined;
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    const r = (moved && laterClockOfNextDay(text, t, moved)) || pastNightAt(text, timexes, i, dct);
    out.push(r);
    moved = r !== t && CLOCK_OF_DAY.test(r.value) ? { from: t.value.slice(0, 10), to: r.value.slice(0, 10), end: t.end, minute: minuteOf(r.value) }
      : namesNoDay(t) ? moved : undefined;
  }
  return out;
}

/** A clock moved past a night's midnight: the day it had (`from`), the day it is on (`to`), where it ends and its minute. */
interface Moved {
  readonly from: string;
  readonly to: string;
  readonly end: number;
  readonly minute: number;
}
/** "HH:MM" of a value with a clock: `2013-03-09T06:15` → 375. */
const minuteOf = (value: string): number => Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16));
/** A count of time or a rule of recurrence names no day, so it leaves the story where it is ("every 30 minutes"). */
const namesNoDay = (t: Resolved): boolean => t.type === 'DURATION' || t.type === 'SET';
/** A clock of a day: `2013-03-09T06:15`. */
const CLOCK_OF_DAY = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

/**
 * "The fire broke out Friday night. Firefighters arrived at 3:15 a.m. and brought it under control at 4 a.m.": a later
 * clock told on from one moved past the night's midnight, with no day of its own, is of that next day too.
 */
function laterClockOfNextDay(text: string, t: Resolved, moved: Moved): Resolved | undefined {
  if (t.type !== 'TIME' || t.start - moved.end > NIGHT_REACH || !t.value.startsWith(moved.from) || !CLOCK_OF_DAY.test(t.value)) return undefined;
  if (minuteOf(t.value) < moved.minute || !CLOCK_ALONE.test(text.slice(t.start, t.end))) return undefined;
  return { ...t, value: `${moved.to}${t.value.slice(10)}` };
}

/** The timex at `i`, moved to the morning after the night told next to it when it is a clock in the small hours. */
function pastNightAt(text: string, timexes: readonly Resolved[], i: number, dct: string | undefined): Resolved {
  const t = timexes[i]!;
  const small = t.type === 'TIME' ? SMALL_HOURS.exec(t.value) : null;
  const clock = small ?? (t.type === 'TIME' ? EARLY_MORNING.exec(t.value) : null);
  const written = clock ? text.slice(t.start, t.end) : '';
  if (!clock || !CLOCK_ALONE.test(written) || (!small && !MORNING_WRITTEN.test(written))) return t.type === 'TIME' ? dawnPastNight(text, timexes, i) : t;
  const night = small ? nightOfSmallHours(text, timexes, i)
    // An early morning's hour follows a night gone by told in the sentence before, not one it is told right beside,
    // nor one still to come ("The vote is on Sunday night. Polls open at 7 a.m.").
    : dct !== undefined && clock[1]! < dct ? nightToldLast(text, timexes, i, true) : undefined;
  const day = night === clock[1] ? parseDay(night) : undefined;
  return day ? { ...t, value: `${formatDay(addDays(day, 1))}${clock[2]}` } : t;
}

/** The day of the night a clock in the small hours at `i` is told with, if any. */
function nightOfSmallHours(text: string, timexes: readonly Resolved[], i: number): string | undefined {
  const [previous, t, next] = [timexes[i - 1], timexes[i]!, timexes[i + 1]];
  return nightOf(previous, previous ? text.slice(previous.end, t.start) : '') ?? nightOf(next, next ? text.slice(t.end, next.start) : '') ??
    nightRunInto(text, timexes, i) ?? nightToldLast(text, timexes, i);
}

/**
 * "The raids began shortly after 10 p.m. and continued until before dawn", "shelled the town through Tuesday night
 * until dawn", "began late Wednesday and went on until dawn": a dawn that something ran until, after a night, the end
 * of a day or an evening's clock time, is the next morning's.
 */
function dawnPastNight(text: string, timexes: readonly Resolved[], i: number): Resolved {
  const t = timexes[i]!;
  const dawn = MORNING.exec(t.value);
  if (!dawn || !DAWN_WORD.test(text.slice(t.start, t.end)) || nightRunInto(text, timexes, i) !== dawn[1]) return t;
  const day = parseDay(dawn[1]!);
  return day ? { ...t, value: `${formatDay(addDays(day, 1))}${dawn[2]}` } : t;
}

/** The day of the night `n` is, when it is told right next to the clock (`gap` between them). */
const nightOf = (n: Resolved | undefined, gap: string): string | undefined =>
  n?.type === 'TIME' && gap.length <= 12 && BETWEEN.test(gap) ? NIGHT.exec(n.value)?.[1] : undefined;

/**
 * "won best picture on Sunday night … The ceremony ran three hours and 35 minutes, ending just after 12:10 a.m.": an
 * end in the small hours, when the last day told was told by its night, its evening or its end ("late Sunday"), is
 * past that night's midnight.
 */
function nightRunInto(text: string, timexes: readonly Resolved[], i: number): string | undefined {
  const t = timexes[i]!;
  if (!END_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return undefined;
  for (let k = i - 1; k >= 0 && k >= i - DAY_TOLD_BACK; k--) {
    const v = timexes[k]!.value;
    // "late Wednesday": the end of a day, as the wires write its night.
    if (OF_A_DAY.test(v)) return NIGHT_OR_EVENING.exec(v)?.[1] ?? (timexes[k]!.mod === 'END' && DAY_ONLY.test(v) ? v : undefined);
  }
  return undefined;
}
/** How many timexes back the last day told is looked for: a bound, as a text may tell no day at all. */
const DAY_TOLD_BACK = 20;

/**
 * "The fire broke out on Sunday night. Firefighters brought it under control at 3 a.m.", "negotiators spoke with him
 * throughout the night. He walked out shortly before 1:30 a.m.": a clock in the small hours put on the day of the night
 * told in the sentence or two before it, or in its own sentence after "before" or "until", is past that night's
 * midnight. So is one after a midnight that ends a day ("called shortly before midnight on Friday. … died in hospital
 * at 1.20am"), and an early morning's hour after a night gone by ("surrounded the home overnight and called him every 30
 * minutes. At 6:15 a.m., officers fired tear gas"), a count or a rule of recurrence told between them or not. Not when
 * the night is when something was said
 * ("Police said on Sunday night that … The fire broke out at 2 a.m."), nor a clock with its own day after it ("at 2 a.m.
 * that day"). (A night before the clock's day, as "overnight" told of the day before, leaves it be.)
 */
function nightToldLast(text: string, timexes: readonly Resolved[], i: number, nightOnly = false): string | undefined {
  const k = i > 1 && namesNoDay(timexes[i - 1]!) ? i - 2 : i - 1;
  const [previous, t, next] = [timexes[k], timexes[i]!, timexes[i + 1]];
  if (!previous || t.start - previous.end > NIGHT_REACH || (next && next.start - t.end <= 12)) return undefined;
  const night = NIGHT.exec(previous.value)?.[1] ?? (nightOnly ? undefined : midnightBefore(text, timexes, k));
  const between = text.slice(previous.end, t.start);
  if (!night || !(SENTENCE_BETWEEN.test(between) || RAN_ON_BETWEEN.test(between))) return undefined;
  return SAID_BEFORE.test(text.slice(Math.max(0, previous.start - 40), previous.start)) ? undefined : night;
}
/** A midnight at the end of a day: `2013-03-22T24:00`. */
const MIDNIGHT = /^(\d{4}-\d\d-\d\d)T24:00$/;
/**
 * "Officers were called shortly before midnight on Friday. The victim died in hospital at 1.20am": the day of a
 * midnight that ends it, told by itself or with its day right after it ("midnight on Friday").
 */
function midnightBefore(text: string, timexes: readonly Resolved[], k: number): string | undefined {
  const [t, before] = [timexes[k]!, timexes[k - 1]];
  const own = MIDNIGHT.exec(t.value)?.[1];
  if (own || !before || !DAY_ONLY.test(t.value) || t.start - before.end > 4) return own;
  const day = MIDNIGHT.exec(before.value)?.[1];
  return day === t.value && MIDNIGHT_ON.test(text.slice(before.end, t.start)) ? day : undefined;
}
/** Between a midnight and its day: "midnight on Friday". */
const MIDNIGHT_ON = /^\s+(?:on\s+)?$/;
/** How far back the night may be told: a sentence or two. */
const NIGHT_REACH = 250;
const SENTENCE_BETWEEN = /[.!?]["”']?\s|\n/;
/**
 * In the night's own sentence, what went on through it up to the clock: "worked through Saturday night before the final
 * session began at about 3 a.m.", "talked late into Sunday night until the deal was struck at 2 a.m.".
 */
const RAN_ON_BETWEEN = /^[^.!?\n]{0,80}?\b(?:before|until|till)\b[^.!?\n]{0,60}$/;
/** A telling right before its night: "said on", "told reporters late". */
const SAID_BEFORE = /\b(?:said|says|told|announced|reported|confirmed)\b[^.!?]{0,30}$/i;
