/**
 * The intermediate result passed from parsers to refiners. A draft knows its extent and type; its value is either
 * final or a resolver that needs the reference time, the narrative anchor and the tense.
 */
import type { Day } from './calendar.ts';
import type { TimexMod, TimexType } from './types.ts';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** The time a relative expression is counted from: a known year, maybe month and day. */
export interface Anchor {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  /** Set when the mention was a quarter (`1989-Q3`): "a year earlier" then means the same quarter a year before. */
  readonly quarter?: number;
}

export interface ResolveContext {
  /** What "yesterday", "Friday", "March" are relative to: the DCT in news, the last mentioned date in narratives. */
  readonly base?: Anchor;
  readonly tense: Tense;
  /** The last mentioned time, whatever the document kind (the quarter under discussion in an earnings report). */
  readonly previous?: Anchor;
}

export type Resolver = (ctx: ResolveContext) => string;

export interface Draft {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  readonly value: string | Resolver;
  readonly mod?: TimexMod;
  /** Relative to the last mentioned time even in news ("the next day", "that month", "two days later"). */
  readonly anaphoric?: boolean;
  /**
   * A comparison point ("a year earlier", "the year-ago quarter"): resolved like the rest, but it does not become
   * the time later expressions count from.
   */
  readonly comparison?: boolean;
  /** Which parser made it; for debugging and for family-specific refiners. */
  readonly source: string;
}

export type Parser = (text: string) => readonly Draft[];

/** Day of an anchor when it is known to the day. */
export const anchorDay = (a: Anchor | undefined): Day | undefined =>
  a && a.month !== undefined && a.day !== undefined ? { year: a.year, month: a.month, day: a.day } : undefined;

/**
 * Runs a global regex over the text and maps each match to drafts. `group` picks which capture group is the extent
 * (TimeML leaves prepositions and other context outside the tag), default the whole match.
 */
export function scan(
  text: string,
  re: RegExp,
  make: (m: RegExpExecArray, start: number, end: number) => Draft | undefined,
  group = 0,
): Draft[] {
  const out: Draft[] = [];
  const flags = [...new Set([...re.flags, 'g', 'd'])].join('');
  const rx = new RegExp(re.source, flags);
  for (let m = rx.exec(text); m; m = rx.exec(text)) {
    if (m[0] === '') {
      rx.lastIndex++;
      continue;
    }
    const span = m.indices?.[group];
    if (span) {
      const d = make(m, span[0], span[1]);
      if (d) out.push(d);
    }
  }
  return out;
}
