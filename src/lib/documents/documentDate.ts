/**
 * The day a document was written, when it carries no date line, front matter or page metadata: the date printed at
 * its head (a byline, "Published 22 March 2024", a dateline "WASHINGTON, March 22, 2024 (AP) —"), or a date in its
 * file name ("ukraine-attack-2024-03-22.txt"). Without it "Wednesday" and "last month" in the text cannot be placed,
 * and news saved as plain text seldom has more than these.
 */
import { tagTimexes } from '../extract/index.ts';
import { validDay } from './validDay.ts';

/** How far into the text a date still counts as the head's: a headline, a standfirst, a byline. */
const HEAD = 600;
const HEAD_LINES = 8;
/** A line that is the date and little more ("By Jane Doe | March 22, 2024 7:00 AM") is a byline or a date line. */
const BESIDE_DATE = 48;
/** Lower-case words a byline or date line has; any other ("Russia invaded Ukraine on …") makes it a headline. */
const BYLINE_WORDS = /^(?:by|and|on|at|of|the|in|for|from|via|am|pm|a\.m|p\.m|updated|published|posted|last|first|edited|reporting|staff|writer|correspondent|min|read|hrs?|mins?)$/;

/** The rest of a line around its date: short, no full stop at the end, no words of a sentence. */
function isByline(rest: string): boolean {
  if (rest.trim().length > BESIDE_DATE || /[.!?]["'”’]?\s*$/.test(rest)) return false;
  return (rest.match(/(?<!\p{L})\p{Ll}[\p{L}.]*/gu) ?? []).every((w) => BYLINE_WORDS.test(w.replace(/\.$/, '')));
}

/** Words that introduce the day of publishing, and the ones of a later change, which count only without the first. */
const PUBLISHED = /\b(?:published|posted|first\s+published|date[d]?)\b[\s:,|-]*(?:on\s+)?$/i;
const UPDATED = /\b(?:updated|last\s+updated|modified|last\s+modified|amended)\b[\s:,|-]*(?:on\s+)?$/i;
const SPAN_WORD = /\b(?:from|since|until|till|before|after|between|to)\s+$/i;
/** A news dateline: the place in capitals or as a name, a comma, then the date ("WASHINGTON, March 22, 2024"). */
const DATELINE = /^\s*[\p{Lu}][\p{L}.' -]{1,40},\s*$/u;

/**
 * The day of a document that does not say it in a date line, front matter or page metadata: the date printed at the
 * head of its text; else the file's own creation day (a Word or PDF property, which may be the day it was saved);
 * else a date in its file name.
 */
export const inferredDay = (name: string, text: string, created?: string): string | undefined =>
  headDate(text) ?? created ?? fileNameDate(name);

/** A date at the head of a text that dates the document rather than telling of an event, and where it is written. */
export interface HeadDate {
  readonly day: string;
  readonly start: number;
  readonly end: number;
  /** Written after "Updated": the day of a later change. */
  readonly updated: boolean;
}

/**
 * The dates at the head of the text that stand as the document's own: a byline or date line, "Published …",
 * "Updated …", a dateline. They date the document and tell of no event.
 */
export function headDates(text: string): HeadDate[] {
  const head = text.slice(0, HEAD);
  const found: HeadDate[] = [];
  for (const t of tagTimexes(head)) {
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1];
    if (!day || !validDay(day)) continue;
    const lineStart = head.lastIndexOf('\n', t.start - 1) + 1;
    const lineEnd = head.indexOf('\n', t.end);
    const lineNumber = head.slice(0, lineStart).split('\n').length;
    if (lineNumber > HEAD_LINES) break;
    const before = head.slice(lineStart, t.start);
    const line = head.slice(lineStart, lineEnd < 0 ? head.length : lineEnd);
    // "Inspection: 2 April 2024", a table row, "from 8 April 2024": a field of a form or report, a row of a table, a
    // span: not the day the document was written.
    const field = /(?<!\d):(?!\d)/.test(before) || line.includes('\t') || SPAN_WORD.test(before);
    const byline = !field && isByline(line.slice(0, t.start - lineStart) + line.slice(t.end - lineStart));
    const updated = UPDATED.test(before);
    if (updated || PUBLISHED.test(before) || DATELINE.test(before) || byline) found.push({ day, start: t.start, end: t.end, updated });
  }
  return found;
}

/** The document's date from its head: the first date there, a published one before an updated one. */
export function headDate(text: string): string | undefined {
  const dates = headDates(text);
  return (dates.find((d) => !d.updated) ?? dates[0])?.day;
}

const FILE_DAY = /(?<!\d)((?:19|20)\d{2})([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/;

/** `2024-03-22`, `2024_03_22`, `20240322` in a file name. */
export function fileNameDate(name: string): string | undefined {
  const m = FILE_DAY.exec(name.replace(/^.*[\\/]/, ''));
  return m ? validDay(`${m[1]}-${m[3]}-${m[4]}`) : undefined;
}
