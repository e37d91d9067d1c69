/**
 * A day, a month or a time of day that is a word of a title in quotes names no time: the songs "Manic Monday" and "Ruby
 * Tuesday", the film "Midnight in Paris", the play "Summer and Smoke". A title is told in quotes with every longer word
 * capitalised and another capitalised word beside the date's, after a word of the sentence, with a work named near it
 * (a song, a film, a play; a director after it). A quote that is the date alone ('"Next Tuesday," he said') or that
 * opens a sentence ('"Maybe Tuesday."') is speech, and keeps its date.
 */
import { isAsciiLetter, isAsciiUpper } from '../chars.ts';
import type { Draft } from '../draft.ts';
import { openingQuoteBefore } from '../sentence.ts';

/** How far a title's quote marks may stand from the date inside it. */
const REACH = 40;
/** A word of four letters or more that starts in lower case: no title's (its short words, "in", "of", "the", may). */
const LOWER_WORD = /(?:^|\s)[a-z][a-z'’-]{3,}/;
/** A capitalised word or a number: what a title's words are. */
const TITLE_WORD = /(?:^|\s)[A-Z0-9]/;
/** What ends a sentence inside a quote, not a title: a stop followed by more words. */
const STOP_INSIDE = /[.!?;]\s/;
/**
 * A word right before the quote, as a title is named in a sentence ('played "Manic Monday"', 'the "Midnight in Paris"
 * director'); a quote at a sentence's start or after a verb of saying is speech ('"Maybe Tuesday."', 'said "Monday"').
 */
const WORD_BEFORE_QUOTE = /[A-Za-z]\s?$/;
const SAID_BEFORE_QUOTE = /\b(?:said|says|say|replied|replies|asked|asks|added|adds|answered|told\s+\w+)\s?$/i;
/**
 * A work the title names, or a deed of making or playing one, shortly before the quote: 'the song "Manic Monday"',
 * 'Allen's film "Midnight in Paris"', 'played "Manic Monday" and "Ruby Tuesday"'. Names of other things in quotes keep
 * their times ("the so-called \"Chinese Winter Offensive\"").
 */
const WORK_BEFORE = /\b(?:songs?|singles?|albums?|films?|movies?|shows?|series|play|plays|musicals?|novels?|books?|hits?|tracks?|sitcoms?|operas?|ballads?|episodes?|comedy|drama|documentary|paintings?|poems?|records?|sang|sings|played|performed|starred\s+in|stars\s+in|directed|wrote|recorded|released)\b[^."“”]{0,40}$/i;
/**
 * A broadcast someone is on or tells, right before its title: 'said on "Fox News Sunday"', 'appeared on CBS's "Face the
 * Nation"', 'told "Fox News Sunday"'. A quote after "told" alone opens a telling only after whom it was told to ('told
 * him "Monday"').
 */
const SHOW_BEFORE = /\b(?:(?:appear(?:s|ed|ing)?|spoke|speaking|said|says|interviewed|guest)\s+on(?:\s+[A-Z][\w.]*['’]s)?|told)\s?$/;
/** A title listed after another: 'played "Manic Monday" and "Ruby Tuesday"'. */
const LISTED_AFTER_QUOTE = /["”],?\s+(?:and|or|&)\s+$/;
/** The role of someone in a work, right after its title: '"Midnight in Paris" director'. */
const ROLE_AFTER = /^[,.]?\s+(?:director|star|author|singer|songwriter|actor|actress|producer|composer|premiere|soundtrack|sequel)\b/i;

/**
 * A work named in apposition right after the title, which may then open the sentence: '"Before Midnight," the third
 * film in the trilogy, opens May 24', '"Ruby Tuesday," the Rolling Stones song' (not '"Next Tuesday," the film's
 * director said', a speaker).
 */
const WORK_AFTER = /^,?\s+(?:the|an?|his|her|their|its|(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:film|movie|song|single|album|play|musical|novel|book|series|show|sitcom|comedy|drama|documentary|thriller|opera|ballad|episode|memoir)s?(?![\w'’])/;
/** How much of the text after the quote's close the apposition is looked for in. */
const WORK_AFTER_REACH = 64;

/** Where the quote closes after `end`, within reach; -1 when it does not. */
function closingQuote(text: string, end: number): number {
  for (let i = end; i < text.length && i < end + REACH; i++) {
    const c = text[i];
    if (c === '\n' || c === '“') return -1;
    if (c === '”') return i;
    // A straight mark closes a quote before anything but a letter.
    if (c === '"') return isAsciiLetter(text.charCodeAt(i + 1)) ? -1 : i;
  }
  return -1;
}

/** Is the draft a word of a title in quotes? Only a capitalised one near a quote mark is looked at further. */
function inQuotedTitle(text: string, d: Draft): boolean {
  if (!isAsciiUpper(text.charCodeAt(d.start))) return false;
  const open = openingQuoteBefore(text, d.start, REACH);
  if (open < 0) return false;
  const close = closingQuote(text, d.end);
  if (close < 0) return false;
  const lead = text.slice(Math.max(0, open - 60), open);
  const namedAfter = WORK_AFTER.test(text.slice(close + 1, close + WORK_AFTER_REACH));
  if (!namedAfter && (!WORD_BEFORE_QUOTE.test(lead) || SAID_BEFORE_QUOTE.test(lead))) return false;
  if (!namedAfter && !(WORK_BEFORE.test(lead) || SHOW_BEFORE.test(lead) || LISTED_AFTER_QUOTE.test(lead) || ROLE_AFTER.test(text.slice(close + 1, close + 16)))) return false;
  const [before, after] = [text.slice(open + 1, d.start), text.slice(d.end, close).replace(/[,.!?]$/, '')];
  const quoted = before + text.slice(d.start, d.end) + after;
  return (TITLE_WORD.test(before) || TITLE_WORD.test(after)) && !LOWER_WORD.test(quoted) && !STOP_INSIDE.test(quoted);
}

/** The drafts that are no word of a title in quotes. */
export function dropQuotedTitles(text: string, drafts: readonly Draft[]): Draft[] {
  // Most texts have no quote mark near a date: a cheap look for any mark at all first.
  if (!text.includes('"') && !text.includes('“')) return drafts as Draft[];
  return drafts.filter((d) => !inQuotedTitle(text, d));
}
