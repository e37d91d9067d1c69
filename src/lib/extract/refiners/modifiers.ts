/**
 * Takes modifier words in front of a timex into its extent (TimeML keeps them inside the tag) and records the
 * TIMEX3 mod: `early October` (START), `mid-1990` (MID), `the end of 1990` (END), `about a decade` (APPROX),
 * `more than two years` (MORE_THAN), `at least a week` (EQUAL_OR_MORE), `more than 20 years ago` (BEFORE).
 */
import { wordBefore, type Draft } from '../draft.ts';
import type { TimexMod } from '../types.ts';
import { DELAY_COUNT_BEFORE, MONTH_RE, NUMBER_WORD_RE } from '../lexicon.ts';

interface ModRule {
  readonly re: RegExp; // anchored at the end of the text before the timex
  /** The words `re` can end with, in lower case: only rules that end with the word before the timex are tried. */
  readonly ends: readonly string[];
  readonly mod?: TimexMod;
  /** Quantity words (more than, at least) only qualify durations. */
  readonly durationsOnly?: boolean;
  /** The timex itself must match this (the rule narrows only some kinds of calendar time). */
  readonly timex?: RegExp;
}

/**
 * A deictic or anaphoric day, month, season or year that "earlier"/"later" can narrow: "earlier this month", "later that
 * year", "later this spring". Not "this week": the news corpora leave "earlier" out of "earlier this week" every time.
 */
const NARROWABLE = /^(?:(?:this|that)\s+(?:year|month|day|morning|afternoon|evening|spring|summer|fall|autumn|winter)|yesterday|today|tomorrow|tonight)$/i;

/** What "the first half of" and "the second half of" take a mod on: a century, a decade, a month (maybe with its year). */
const HALVED = new RegExp(`(?:century|centuries|decade|\\d0['’]?s|(?:${MONTH_RE})(?:,?\\s+\\d{4})?)$`, 'i');

const RULES: readonly ModRule[] = [
  // "by end of the year"; but "close" only with "the": "its ninth record close of the year" is a market's close.
  { re: /\b(?:(?:the\s+)?(?:very\s+)?end|the\s+(?:very\s+)?close)\s+of\s+$/i, ends: ['of'], mod: 'END' },
  { re: /\b(?:the\s+)?(?:beginning|start|dawn|outset)\s+of\s+$/i, ends: ['of'], mod: 'START' },
  { re: /\b(?:the\s+)?middle\s+of\s+$/i, ends: ['of'], mod: 'MID' },
  // "the first half of the 20th century", "the second half of April": the halves of a century, a decade or a month
  // (those of a year are H1 and H2).
  { re: /\bthe\s+(?:first|early)\s+half\s+of\s+$/i, ends: ['of'], mod: 'START', timex: HALVED },
  { re: /\bthe\s+(?:second|latter|last)\s+half\s+of\s+$/i, ends: ['of'], mod: 'END', timex: HALVED },
  // "since the turn of the year": its first days ("the turn of the century" is a timex of its own).
  { re: /\bthe\s+turn\s+of\s+$/i, ends: ['of'], mod: 'START', timex: /^(?:the\s+(?:year|month)|\d{4})$/i },
  { re: /\bthe\s+(?:rest|remainder|latter\s+part)\s+of\s+$/i, ends: ['of'], mod: 'END' },
  { re: /\b(?:the\s+)?early\s+(?:part\s+of\s+)?$/i, ends: ['early', 'of'], mod: 'START' },
  // "the mid-to-late 1990s", "the early- to mid-1980s": a run of positions joins the extent; the last gives the mod.
  { re: /\b(?:the\s+)?(?:(?:early|mid)-\s?to[\s-])?late\s+(?:part\s+of\s+)?$/i, ends: ['late', 'of'], mod: 'END' },
  { re: /\b(?:the\s+)?(?:early-\s?to[\s-])?mid-?\s*$/i, ends: ['mid', 'mid-'], mod: 'MID' },
  // Business shorthand: "end-March", "early-2024", "start-2025".
  { re: /\b(?:early|start)-$/i, ends: ['early-', 'start-'], mod: 'START' },
  { re: /\b(?:late|end)-$/i, ends: ['late-', 'end-'], mod: 'END' },
  // "early in 1914", "late in the year", "later in the year": the position words belong to the timex (TimeML).
  { re: /\bearly\s+in\s+$/i, ends: ['in'], mod: 'START' },
  { re: /\blate\s+in\s+$/i, ends: ['in'], mod: 'END' },
  { re: /\b(?:earlier|later)\s+in\s+$/i, ends: ['in'], timex: /^the\s+(?:year|month|week|decade|century)$/i },
  { re: /\b(?:earlier|later)\s+$/i, ends: ['earlier', 'later'], timex: NARROWABLE },
  // Not the legal "on or about March 3", "at or around 10 p.m.": there the word pairs with the preposition before it.
  { re: /\b(?<!\b(?:on|at|in)\s{1,3}or\s{1,3})(?:about|around|approximately|roughly|nearly|almost|some|circa)\s+$|\bca\.\s*$/i, ends: ['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'circa', 'ca.'], mod: 'APPROX' },
  // "c. 1850", "c. 450 BC": circa, before a year only (elsewhere "c." is an initial or a list item).
  { re: /\bc\.\s*$/, ends: ['c.'], mod: 'APPROX', timex: /^(?:\d{3,4}|\d{1,4}\s*(?:B\.C\.(?:E\.)?|BCE?|A\.D\.|AD|CE)|(?:A\.D\.|AD)\s*\d{1,4})$/ },
  // "over a week" is more than a week; "over three years" is mostly "during", so only a single unit counts, unless a
  // word of amount comes first: "lasted just over two hours" (the news corpora leave "just" out: "Just over an hour").
  { re: /\bover(?<=\b(?:just|little|slightly|well)\s{1,3}over)\s+$/i, ends: ['over'], mod: 'MORE_THAN', durationsOnly: true },
  { re: /\bover\s+$/i, ends: ['over'], mod: 'MORE_THAN', durationsOnly: true, timex: /^an?\s/i },
  // After "for" or a verb of lasting, "over" is "more than" for any count: "ruled for over 40 years", "lasted over four
  // years" (not "the army grew over three years").
  { re: /\bover(?<=\b(?:for|lasted|lasting|spanned|spanning)\s{1,3}over)\s+$/i, ends: ['over'], mod: 'MORE_THAN', durationsOnly: true },
  // Not "no more than", an upper bound (below).
  { re: /\b(?<!\bno\s{1,3})more\s+than\s+$/i, ends: ['than'], mod: 'MORE_THAN', durationsOnly: true },
  // "must serve no less than 20 years": a lower bound, as "at least" is.
  { re: /\b(?:at\s+least|(?:no|not)\s+(?:less|fewer)\s+than)\s+$/i, ends: ['least', 'than'], mod: 'EQUAL_OR_MORE', durationsOnly: true },
  { re: /\b(?:(?<!\b(?:no|not)\s{1,3})less\s+than|under)\s+$/i, ends: ['than', 'under'], mod: 'LESS_THAN', durationsOnly: true },
  { re: /\b(?:at\s+most|up\s+to|no\s+more\s+than)\s+$/i, ends: ['most', 'to', 'than'], mod: 'EQUAL_OR_LESS', durationsOnly: true },
];

/**
 * "over" as a bound of an offset, not the particle of a verb: "took over two years ago" is two years ago (a span keeps
 * it: "took over a week to decide" is more than a week).
 */
const OVER = 'over(?<!\\b(?:took|take|takes|taking|taken|handed|hand|hands|handing|turned|turn|turns|turning)\\s{1,3}over)';
/**
 * A quantity word before an offset ("more than 20 years ago", "less than a week later") bounds the time it points to:
 * more than 20 years back is before the day 20 years back. TIMEX3 writes that as the mod of the date.
 */
const OFFSET_BOUNDS: readonly (readonly [RegExp, TimexMod, TimexMod, ends: readonly string[]])[] = [
  [new RegExp(`\\b(?:(?<!\\bno\\s{1,3})more\\s+than|${OVER}|upwards\\s+of)\\s+$`, 'i'), 'BEFORE', 'AFTER', ['than', 'over', 'of']],
  [/\b(?:at\s+least|(?:no|not)\s+less\s+than)\s+$/i, 'ON_OR_BEFORE', 'ON_OR_AFTER', ['least', 'than']],
  [/\b(?:(?<!\b(?:no|not)\s{1,3})less\s+than|under|not\s+even)\s+$/i, 'AFTER', 'BEFORE', ['than', 'under', 'even']],
  [/\b(?:at\s+most|no\s+more\s+than|up\s+to)\s+$/i, 'ON_OR_AFTER', 'ON_OR_BEFORE', ['most', 'than', 'to']],
];
const BACK = /\s(?:ago|earlier|before|previously)$/i;
const AHEAD = /\s(?:later|after|from\s+now|hence)$/i;

/** The bounded offset, or undefined when the draft is no offset with a quantity word before it. */
function boundedOffset(text: string, d: Draft, before: string): Draft | undefined {
  if (d.type !== 'DATE' || d.mod) return undefined;
  const own = text.slice(d.start, d.end);
  const back = BACK.test(own);
  if (!back && !AHEAD.test(own)) return undefined;
  for (const [re, backMod, aheadMod] of OFFSET_BOUNDS) {
    const m = re.exec(before);
    if (m) return { ...d, start: d.start - m[0].trimStart().length, mod: back ? backMod : aheadMod };
  }
  return undefined;
}

/**
 * "19 million were out of work, almost 1.8 million more than a year earlier", "5 percent less than a year ago", "27
 * selling days, one more than a year earlier": after a figure, "more than" compares the figure with the one at that
 * time, and bounds no time.
 */
const COMPARED_FIGURE = new RegExp(`(?:\\d%?|\\b(?:million|billion|trillion|percent|points?|${NUMBER_WORD_RE}))\\s+(?:more|less|fewer)\\s+than\\s+$`, 'i');

/** Position words (early, the end of) qualify calendar times; "the end of a two-year contract" is not a date. */
const POSITIONS: ReadonlySet<TimexMod> = new Set(['START', 'MID', 'END']);

/** The rules by the words they end with. */
const RULES_ENDING: ReadonlyMap<string, readonly ModRule[]> = new Map(
  [...new Set(RULES.flatMap((r) => r.ends))].map((w) => [w, RULES.filter((r) => r.ends.includes(w))]),
);
/** The words the bounds of an offset end with ("more than", "over", "upwards of", "not even"…). */
const BOUND_ENDS: ReadonlySet<string> = new Set(OFFSET_BOUNDS.flatMap(([, , , ends]) => ends));

/**
 * "get around Wednesday's ruling", "talked about Friday's vote": before a possessive timex, "around" and "about" are
 * prepositions governing the whole noun phrase, not hedges on the time.
 */
const POSSESSIVE_AFTER = /^['’]s\b/;
/**
 * "I think about the next 10 years", "talked about the past decade": a count is hedged, a period told from now is
 * what the talk is about.
 */
const TOLD_FROM_NOW = /^(?:the\s+)?(?:next|past|last|coming|previous|following)\b/i;

/**
 * "will tell us a lot about 2013", "worried about 2014", "little is known about 1850", "was telling us about the
 * winter of 1947", "telling us stories about the 1920s", "wrote a memoir about 1968": after a word that asks what a
 * thing is about (and whom it is told), or a thing told, "about" is the preposition, no hedge on the time.
 */
const ABOUT_AS_PREPOSITION = /\b(?:lot|much|little|more|less|nothing|something|anything|everything|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|think(?:s|ing)?|thought|knows?|known|knew|tell(?:s|ing)?|told|says?|said|ask(?:s|ed)?|worr(?:y|ies|ied)|concerned|optimistic|pessimistic|cautious|confident|questions?|cares?|cared|wr(?:ote|ites?|iting|itten)|sang|sings?|stor(?:y|ies)|tales?|books?|films?|movies?|songs?|documentar(?:y|ies)|memor(?:y|ies)|memoirs?|novels?|plays?|articles?|anecdotes?)\s+(?:(?:us|me|him|her|them|you|reporters|journalists)\s+)?about\s+$/i;

const EARLY_OR_LATE_END = /(?:early|late)\s+$/i;

/**
 * "some two-year fixes are still cheaper", "some 30-year mortgages": before a count joined to its unit as an adjective,
 * "some" picks out some of the things named after it, no hedge on the count ("some two years" is one).
 */
const UNIT_ADJECTIVE = /-(?:year|month|week|day|hour|minute|decade)$/i;

/** "the next year or so": a hedge after the time belongs to it. (Counts read it themselves: "two weeks or so".) */
function withOrSo(text: string, d: Draft): Draft {
  return text.startsWith(' or so', d.end) && !/\w/.test(text.charAt(d.end + 6)) ? { ...d, end: d.end + 6, mod: d.mod ?? 'APPROX' } : d;
}

export function applyModifiers(text: string, drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => withOrSo(text, modified(text, d)));
}

function modified(text: string, d: Draft): Draft {
  {
    const word = wordBefore(text, d.start);
    const rules = RULES_ENDING.get(word);
    if (!rules && !BOUND_ENDS.has(word)) return d;
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    if (word === 'than' && COMPARED_FIGURE.test(before)) return d;
    // "Schools will open two hours late Thursday": after a count of time, "late" tells a delay, no part of the day.
    if ((word === 'late' || word === 'early') && DELAY_COUNT_BEFORE.test(before.replace(EARLY_OR_LATE_END, ''))) return d;
    const bounded = BOUND_ENDS.has(word) ? boundedOffset(text, d, before) : undefined;
    if (bounded) return bounded;
    if (!rules) return d;
    const possessive = POSSESSIVE_AFTER.test(text.slice(d.end, d.end + 3));
    for (const rule of rules) {
      if (rule.durationsOnly && d.type !== 'DURATION') continue;
      // "rallies almost daily": the news corpora leave hedges outside a recurrence.
      if (rule.mod === 'APPROX' && (d.type === 'SET' || possessive)) continue;
      if (word === 'some' && UNIT_ADJECTIVE.test(text.slice(d.start, d.end))) continue;
      if (word === 'about' && (TOLD_FROM_NOW.test(text.slice(d.start, d.end)) || ABOUT_AS_PREPOSITION.test(before))) continue;
      if (rule.mod && POSITIONS.has(rule.mod) && d.type !== 'DATE' && d.type !== 'TIME') continue;
      if (rule.timex && !rule.timex.test(text.slice(d.start, d.end))) continue;
      const m = rule.re.exec(before);
      if (!m) continue;
      const start = d.start - m[0].length + (m[0].length - m[0].trimStart().length);
      // Mod words on a bare "now"/"recently" read oddly and TimeBank leaves them out.
      if (typeof d.value === 'string' && d.value.endsWith('_REF')) return d;
      return { ...d, start, ...(d.mod ?? rule.mod ? { mod: d.mod ?? rule.mod } : {}) };
    }
    return d;
  }
}
