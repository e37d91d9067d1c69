/**
 * Turns a document's time expressions into the dates events get. Most expressions date an event alone; two joined
 * by "from … to", "between … and" or a dash make one range; "since X" runs from X to the document date; a duration
 * that names a thing ("the three-week strike") is a range anchored on the date of its sentence, or undated without one.
 */
import type { Timex } from '../extract/types.ts';
import { valueToInterval } from '../extract/valueToInterval.ts';
import { placeWithMod } from './uncertainty.ts';
import type { TextSpan, TimelineEvent } from './types.ts';

/** A date an event can be placed at (the event's own date fields), with the words that give it. */
export type DatedExpression = Pick<TimelineEvent, 'value' | 'type' | 'mod' | 'granularity' | 'start' | 'end' | 'uncertainty' | 'range'> & {
  readonly span: TextSpan;
};

export interface DocumentDates {
  readonly dated: DatedExpression[];
  /** Expressions that mark an event but cannot be placed (FUTURE_REF, XXXX-02, an unanchored "three-week strike"). */
  readonly unplaced: Timex[];
}

const joiner = /^\s*(?:to|until|till|through|thru|and|-|–|—)\s*$|^\/$/i;
const opener = /\b(?:from|between)\s+$/i;
const DAY = 86_400_000;

const spanOf = (text: string, start: number, end: number): TextSpan => ({ start, end, text: text.slice(start, end) });

/** "the former president": the time of a title a person held, which marks no event. */
const namesARole = (t: Timex): boolean => /^former$/i.test(t.text);

/** `sentenceOf(offset)` gives the bounds of the sentence at an offset, for anchoring durations. */
export function documentDates(
  text: string, timexes: readonly Timex[], dct: string | undefined, sentenceOf: (offset: number) => { start: number; end: number },
): DocumentDates {
  const dated: DatedExpression[] = [];
  const unplaced: Timex[] = [];
  const used = new Set<number>();
  const dctEnd = dct ? valueToInterval(dct)?.interval.end : undefined;
  // A duration anchored on a date of its sentence takes that date over: one event, not two.
  const anchored = new Map<number, DatedExpression>();
  timexes.forEach((t, i) => {
    if (t.type !== 'DURATION' || !namesAThing(text, t)) return;
    const found = anchorDuration(text, t, timexes, sentenceOf(t.start));
    if (!found || used.has(found.anchor)) return;
    anchored.set(i, found.dated);
    used.add(found.anchor);
  });
  timexes.forEach((t, i) => {
    const fromDuration = anchored.get(i);
    if (fromDuration) { dated.push(fromDuration); return; }
    if (used.has(i)) return;
    const next = timexes[i + 1];
    if (t.interval && t.granularity && next?.interval && !used.has(i + 1)) {
      const between = text.slice(t.end, next.start);
      const before = text.slice(Math.max(0, t.start - 12), t.start);
      // "from March to May", "1995-97", "2023/24", "April 24 and 25" (a bare day number after "and" finishes a range).
      const joined = joiner.test(between) && (opener.test(before) || !/and/i.test(between) || /^\d{1,2}$/.test(next.text));
      if (joined && next.interval.end > t.interval.start && next.interval.start >= t.interval.start) {
        used.add(i + 1);
        dated.push({
          span: spanOf(text, t.start, next.end), value: t.value, type: t.type, granularity: t.granularity,
          start: t.interval.start, end: next.interval.end, range: { kind: 'from-to', to: next.value },
        });
        return;
      }
    }
    if (t.interval && t.granularity) {
      if (/\bsince\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) && dct && dctEnd && dctEnd > t.interval.end) {
        dated.push({ span: spanOf(text, t.start, t.end), value: t.value, type: t.type, granularity: t.granularity, start: t.interval.start, end: dctEnd, range: { kind: 'since', to: dct } });
        return;
      }
      const placed = placeWithMod(t.interval.start, t.interval.end, t.granularity, t.mod);
      dated.push({ span: spanOf(text, t.start, t.end), value: t.value, type: t.type, ...(t.mod ? { mod: t.mod } : {}), granularity: t.granularity, ...placed });
      return;
    }
    if (t.type === 'DURATION' && namesAThing(text, t)) {
      unplaced.push(t);
      return;
    }
    if ((t.type === 'DATE' || t.type === 'TIME') && t.value !== 'PRESENT_REF' && !namesARole(t)) unplaced.push(t);
  });
  return { dated, unplaced };
}

/** "the three-week strike", "during a two-day visit": a duration written before the noun it measures. */
function namesAThing(text: string, t: Timex): boolean {
  return /\b(?:the|a|an|its|their|his|her)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) && /^[\s-]+\p{Ll}/u.test(text.slice(t.end, t.end + 3)) && !/s$/i.test(t.text);
}

function anchorDuration(
  text: string, t: Timex, timexes: readonly Timex[], sentence: { start: number; end: number },
): { dated: DatedExpression; anchor: number } | undefined {
  const length = durationMs(t.value);
  const at = timexes.findIndex((o) => o !== t && o.interval && o.granularity && o.start >= sentence.start && o.end <= sentence.end);
  const anchor = timexes[at];
  if (!length || !anchor?.interval || !anchor.granularity) return undefined;
  const between = text.slice(Math.min(t.end, anchor.start), Math.max(t.start, anchor.end));
  const ends = /\b(?:end|ended|ending|ends|finished|concluded|wrapped up)\b/i.test(between);
  const start = ends ? anchor.interval.end - length : anchor.interval.start;
  const dated: DatedExpression = {
    span: spanOf(text, t.start, t.end), value: anchor.value, type: 'DATE', granularity: anchor.granularity,
    start, end: ends ? anchor.interval.end : start + length, range: { kind: 'duration', to: t.value },
  };
  return { dated, anchor: at };
}

/** Length of a TIMEX3 duration with a known count, in ms (months and years by their average length). */
export function durationMs(value: string): number | undefined {
  const m = /^P(?:T)?(\d+(?:\.\d+)?)([YMWDH])$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  const time = value.startsWith('PT');
  const unit: Record<string, number> = time ? { H: 3_600_000, M: 60_000 } : { Y: 365.25 * DAY, M: 30.44 * DAY, W: 7 * DAY, D: DAY };
  const ms = unit[m[2]!];
  return ms ? Math.round(n * ms) : undefined;
}
