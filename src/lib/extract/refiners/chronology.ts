/**
 * A chronology: a list whose lines open with their dates ("Jan 3 - The central bank raises rates", "March 1, 2023 -
 * Parliament passes the budget"), in time order. A line's date with no year is of the year of the lines around it, not
 * of the year of writing: after "March 1, 2023", "Mid-March" is March 2023 and "Jan 3" a line later is January 2024;
 * before the first year written, "Jan 3" is of that year, or of the one before when its month comes later. A list
 * told newest first runs the other way.
 */
import type { Draft } from '../draft.ts';
import { anchorOf, monthIndex } from './anchor.ts';
import { monthOf } from '../lexicon.ts';

/** Fewer lines opening with a date than this make no chronology. */
const MIN_LINES = 3;

/** What may stand between a line's start and its date: spaces, a bullet, a number. */
const LINE_LEAD = /(?:^|\n)[ \t]*(?:[-–—•*·]|\d{1,3}[.)])?[ \t]*$/;
/** Characters of such a lead; a quick look at the few before a date rules most dates out without a regex. */
const LEAD_CHARS = new Set([...' \t-–—•*·.)0123456789']);

/** Does the date at `at` open its line? */
function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 12; i--) {
    const c = text[i]!;
    if (c === '\n') break;
    if (!LEAD_CHARS.has(c)) return false;
  }
  return LINE_LEAD.test(text.slice(Math.max(0, at - 12), at));
}

const WORDS = /[A-Za-z]{3,}\.?/g;
/** The month a date's words name ("Friday, Oct. 23", "Mid-March"), if any. */
const monthNamed = (written: string): number | undefined => {
  for (const word of written.match(WORDS) ?? []) {
    const month = monthOf(word);
    if (month) return month;
  }
  return undefined;
};

/** A text's chronology: the drafts that open its lines, and the years of those written without one. */
export interface Chronology {
  /** The indexes of the drafts opening the list's lines; empty when the text is no chronology. */
  readonly entries: ReadonlySet<number>;
  /** The year of each line-opening date without one, by the index of its draft. */
  readonly years: ReadonlyMap<number, number>;
}

/** A news agency's name after a dateline's date: "March 19 (Reuters) -", "Jan 5 (AP) -". */
const AGENCY_AFTER = /^\s*\([A-Z][\w .&-]{0,24}\)/;
/** A dateline opening the story is the day of writing, no line of the list under it. */
const isDateline = (text: string, d: Draft): boolean => text.charCodeAt(d.end + 1) === 40 && AGENCY_AFTER.test(text.slice(d.end, d.end + 28));

/** The chronology of a text whose `drafts` are in text order. */
export function chronologyOf(text: string, drafts: readonly Draft[]): Chronology {
  const leading: number[] = [];
  for (let i = 0; i < drafts.length; i++) if (drafts[i]!.type === 'DATE' && opensLine(text, drafts[i]!.start) && !isDateline(text, drafts[i]!)) leading.push(i);
  // No list of dates, or none of its lines with a year written: nothing to take a year from.
  if (leading.length < MIN_LINES || !leading.some((i) => typeof drafts[i]!.value === 'string')) return { entries: new Set(), years: new Map() };
  return { entries: new Set(leading), years: yearsOfLines(text, drafts, leading) };
}

/** The year of each of the `leading` drafts that has none, from the years of the lines around it. */
function yearsOfLines(text: string, drafts: readonly Draft[], leading: readonly number[]): Map<number, number> {
  const years = new Map<number, number>();
  // The month and year of each line's date, where it has them.
  const told = leading.map((i) => {
    const d = drafts[i]!;
    const at = typeof d.value === 'string' ? anchorOf(d.value) : undefined;
    const month = at?.month ?? monthNamed(text.slice(d.start, d.end));
    return { i, yearless: d.yearless === true && typeof d.value !== 'string', year: at?.year, month };
  });
  const dated = told.filter((t): t is typeof t & { year: number; month: number } => t.year !== undefined && t.month !== undefined);
  if (dated.length === 0) return years;
  // Newest first, when the lines with a year mostly step back.
  const steps = dated.slice(1).map((t, k) => Math.sign(monthIndex(t) - monthIndex(dated[k]!)));
  const order = steps.filter((x) => x < 0).length > steps.filter((x) => x > 0).length ? -1 : 1;
  let year: number | undefined;
  let month = 0;
  for (const t of told) {
    if (t.year !== undefined) {
      [year, month] = [t.year, t.month ?? 0];
      continue;
    }
    if (!t.yearless || t.month === undefined) continue;
    if (year === undefined) {
      // Before the first year written: the year of the next line that has one, or the one before (after) it when this
      // month cannot come before (after) that line's in the list's order.
      const next = dated.find((n) => n.i > t.i);
      if (!next) continue;
      years.set(t.i, (t.month - next.month) * order <= 0 ? next.year : next.year - order);
      continue;
    }
    if ((t.month - month) * order < 0) year += order;
    month = t.month;
    years.set(t.i, year);
  }
  return years;
}

/**
 * A dash or a colon after a line's date, as a chronology sets its entries apart: "Dec. 13 - ", "1954: ", maybe after
 * the last day of a span the line covers: "March 15-16 - ".
 */
const ENTRY_MARK = /^(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]*[-–—:][ \t]/;

/**
 * The chronology entry draft `i` is told in, after the entry's date on the same line ("Dec. 13 - Ministers say they hope
 * to complete the deal in January"), or -1: its date is the time the entry's other dates are told from.
 */
export function entryOf(text: string, drafts: readonly Draft[], chronology: Chronology, i: number): number {
  const d = drafts[i]!;
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
    const entry = drafts[j]!;
    if (text.slice(entry.start, d.start).includes('\n')) return -1;
    if (chronology.entries.has(j)) return ENTRY_MARK.test(text.slice(entry.end, entry.end + 10)) ? j : -1;
  }
  return -1;
}
