/**
 * Words pointing at the time of writing: `today`, `yesterday`, `tomorrow`, `now`, `currently`, `recently`,
 * `the past`, `the future`, `soon`, `these days`. Days get a date; vaguer words get PRESENT_REF / PAST_REF / FUTURE_REF.
 */
import { pattern, precededBy, scan, type Draft, type Pattern, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { TODAY, offsetResolver, tenseFree } from '../resolve.ts';

const source = 'deictic';
const ref = (start: number, end: number, value: string): Draft => ({ start, end, type: 'DATE', value, source });

const DAY_OFFSET: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

const DAYS = pattern(/\b(?:the\s+day\s+(before|after)\s+)?(yesterday|today|tomorrow)\b(?!-)/gi, TRIGGER.deicticDay);
/**
 * A capitalised "Today" alone in quotes, or before "show", is a title: NBC's "Today" show, the Today programme.
 */
const QUOTE_MARKS = '"“”';
const SHOW_AFTER = /^["”]?\s+(?:show|program|programme)\b/;
/** `today`, `yesterday`, `tomorrow`, `the day before yesterday`. */
const days: Parser = (text) =>
  scan(text, DAYS, (m, s, e) => {
    if (m[2] === 'Today' && ((QUOTE_MARKS.includes(text[s - 1] ?? '-') && QUOTE_MARKS.includes(text[e] ?? '-')) || SHOW_AFTER.test(text.slice(e, e + 12)))) return undefined;
    const n = (DAY_OFFSET[(m[2] ?? '').toLowerCase()] ?? 0) + (m[1] ? (m[1].toLowerCase() === 'before' ? -1 : 1) : 0);
    const day = offsetResolver('day', n);
    // "Today the city is called Volgograd": in a history, the writer's present, not a day of the story.
    const value: Resolver = !m[1] && n === 0 ? tenseFree((ctx) => (ctx.narrative ? 'PRESENT_REF' : day(ctx))) : day;
    return { start: s, end: e, type: 'DATE', value, source };
  });

/** Vague references and their TIMEX3 values. The extent is the phrase, prepositions excluded. */
const VAGUE: readonly (readonly [Pattern, string])[] = ([
  // "now that we have this information" is now too (TimeBank tags it); "Now that is odd" is a demonstrative's.
  [/\b(?:right\s+)?now\b(?!\s+that(?:['’]s|\s+(?:is|was|would|will|must|seems|makes|sounds)\b))/gi, 'PRESENT_REF', TRIGGER.deictic],
  [/\b(?:currently|nowadays|these\s+days|at\s+present|presently|at\s+the\s+moment|the\s+present(?:\s+time|\s+day)?)\b/gi, 'PRESENT_REF', TRIGGER.deictic],
  [/\bcurrent\b(?!\s+(?:accounts?|affairs|events|flows?|levels?\s+of\s+electricity|carrying|of))(?=\s+[a-z])/g, 'PRESENT_REF', TRIGGER.deictic],
  // "Sales to date"; the verb dates a thing instead ("believed to date back 3.5 billion years", "thought to date from 1200").
  [/(?<=\bto\s{1,8})date\b(?!\s+(?:back|from|to)\b)/gi, 'PRESENT_REF', TRIGGER.deictic],
  // Not in "as recently as May", which tags the time it leads to, nor in "most recently in 2010", which ranks the last
  // of a list.
  [/\b(?:recently|lately)\b(?!\s+as\b)(?<!\bmost\s{1,3}recently)/gi, 'PAST_REF', TRIGGER.deictic],
  // Not an adjective before a time or a period of play or office: "the past year", "much of the past season", "the past
  // campaign".
  [/\bthe\s+past\b(?!\s+(?:\d|[a-z]+(?:s|ly)\b|(?:year|month|week|fortnight|day|decade|century|quarter|weekend|season|campaign|term|session|semester|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b))/gi, 'PAST_REF', TRIGGER.deictic],
  // TimeML tags the adjectives too ("recent talks", "future negotiations"), though annotators are not consistent. A
  // comparison ranks rather than dates: "her most recent book", "the most recent in January".
  [/\brecent\s+(?:times|history)\b|(?<!\b(?:most|more|less)\s{1,3})\brecent\b(?=\s+[a-z])/gi, 'PAST_REF', TRIGGER.deictic],
  [/\b(?:the\s+)?(?:near\s+|foreseeable\s+|distant\s+)?future\b(?!\s+of\b)/gi, 'FUTURE_REF', TRIGGER.deictic],
  // "in the near term", "at a later date"; not the adjective "long-term".
  [/\bthe\s+(?:near|short|medium|long)\s+term\b(?!-)/gi, 'FUTURE_REF', TRIGGER.term],
  [/\ba\s+later\s+date\b/gi, 'FUTURE_REF', TRIGGER.deictic],
  // "I met her the other day", "a deal could come any day now".
  [/\bthe\s+other\s+day\b(?!\s+of\b)/gi, 'PAST_REF', TRIGGER.unit],
  [/\bany\s+(?:day|time|minute)\s+now\b/gi, 'FUTURE_REF', TRIGGER.deictic],
  // "soon" looks ahead only from a modal ("will soon"); in narration ("was soon replaced") it just means "shortly".
  [/\bsoon\b(?<=\b(?:will|'ll|would|could|should|may|might|must|to|be|very)\s{1,8}(?:\w{1,20}\s{1,8})?soon)(?!\s+(?:after|afterwards?|thereafter|as|before)\b)/gi, 'FUTURE_REF', TRIGGER.deictic],
] as const).map(([re, value, near]) => [pattern(re, near), value] as const);

/**
 * A bare "future" before a noun is an adjective ("future earnings", "any future construction"): the news corpora leave
 * it untagged 12 times out of 13, the exception being a span of time ("future quarters"); the history corpus tags it
 * ("future wars", "future elections": 7 times of 9).
 */
const ADJECTIVE_FUTURE_AFTER =
  /^\s+(?!(?:years?|months?|quarters?|weeks?|days?|decades?|away|in|of|is|was|will|would|could|may|might|looks?|seems?|remains?|that|which|for|and|or|but|to|as|at|on|with|by|from|than|has|had|have|depends?|holds?)\b)[a-z]/;

/**
 * "Now" with a capital inside a sentence, after a word or a comma, is a name: "Sky's Now TV service", "apps such as
 * Google Now" (a sentence or quote opening on it ends a stop, a quote mark or a colon).
 */
const WORD_BEFORE_NAME = /[\w,’']\s{0,3}$/;
const isNameNow = (text: string, s: number, word: string): boolean => word === 'Now' && WORD_BEFORE_NAME.test(text.slice(Math.max(0, s - 4), s));

const vague: Parser = (text) =>
  VAGUE.flatMap(([re, value]) =>
    scan(text, re, (m, s, e) => {
      if (isNameNow(text, s, m[0])) return undefined;
      return /^future$/i.test(m[0]) && ADJECTIVE_FUTURE_AFTER.test(text.slice(e, e + 12)) ? { ...ref(s, e, value), historyOnly: true } : ref(s, e, value);
    }));

/**
 * "One day" or "some day" looking ahead to a time not known, "someday": after a modal ("Islam will one day be"), after
 * a hope or a plan ("hopes to one day manage the club", "the hope he one day follow"), or opening a
 * sentence whose verb is a modal's ("One day I will be back", "Some day, we'll win it"). Not a day counted: "for one
 * day", "cut to one day a week", "One day later", "One day in May 2010, he called".
 */
const SOME_DAY = pattern(/\b(?:one|some)\s+day\b(?![\s-]+(?:later|earlier|after|before|ago|of|in|on|at|for|per|from|and|or|each|every|only|long|off|pass|trip|event|ban|strike|suspension)\b)/gi, TRIGGER.unit, /day\b/i);
const SOMEDAY = pattern(/\bsomeday\b/gi, TRIGGER.deictic);
/**
 * A modal right before: "will one day", "could one day" (in lower case: "In May one day" is the month). Not "would": "a
 * boy who would one day rule Rome" is a future seen from a past, likely before the writing.
 */
const MODAL_BEFORE = /\b(?:will|could|might|may|can|shall|must)\s+$|['’]ll\s+$/;
/**
 * A hope, a wish or a plan before, with a subject or "to" between: "hopes one day", "the hope he one day", "wants to
 * one day manage" (not "was reduced to one day this year").
 */
const HOPE_BEFORE = /\b(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|dream(?:s|ed)?\s+of)\s+(?:(?:that\s+)?(?:he|she|I|we|they|you|it)\s+)?$|\b(?:hop(?:e|es|ed|ing)|wants?|wanted|plans?|planned|aims?|aimed|wish(?:es|ed)?|like|love|dreams?|dreamed|expects?|expected|intends?|intended|going|able)\s+to\s+$/i;
/** What opens a sentence: its start, a stop, or a quote mark. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]\s+|["“‘]\s*)$/;
/** A subject and a modal after: "One day I will", "Some day, we'll", "One day this club could". */
const MODAL_CLAUSE_AFTER = /^,?\s+(?:\w+\s+){1,2}(?:will|shall|could|might|may|can)\b|^,?\s+\w+['’]ll\b/i;
const lookingAhead = (text: string, m: RegExpExecArray, s: number, e: number): Draft | undefined => {
  const before = text.slice(Math.max(0, s - 24), s);
  const after = text.slice(e, e + 40);
  const opens = /^[OS]/.test(m[0]) && SENTENCE_OPENS_BEFORE.test(before) && MODAL_CLAUSE_AFTER.test(after);
  return MODAL_BEFORE.test(before) || opens || HOPE_BEFORE.test(before) ? ref(s, e, 'FUTURE_REF') : undefined;
};
const someDay: Parser = (text) => [
  ...scan(text, SOME_DAY, (m, s, e) => lookingAhead(text, m, s, e)),
  ...scan(text, SOMEDAY, (m, s, e) => lookingAhead(text, m, s, e)),
];

/**
 * Adjectives a history tags as times of the writer's past or present: "former president Theodore Roosevelt" (28 times
 * of 30 in the history corpus; never in the news ones), "present-day Belize", "modern day Gnjilane". Not "the former"
 * standing for a noun ("considered the former an option").
 */
const HISTORY_ADJECTIVES = pattern(/\b(?:(former)|(?:present|modern)[-\s]day)\b(?=[\s-]+[A-Za-z])(?![\s-]+(?:a|an|the|and|or|is|was|were|has|had)\b)/gi, TRIGGER.history);
const historyAdjectives: Parser = (text) =>
  scan(text, HISTORY_ADJECTIVES, (m, s, e) => ({ ...ref(s, e, m[1] ? 'PAST_REF' : 'PRESENT_REF'), historyOnly: true }));

const THE_DAY = pattern(
  /\b(?:(?:the\s+)?(?:end|close|start|beginning|rest|middle)\s+of|(?:earlier|later)\s+in)\s+the\s+day\b(?!\s+(?:of|when|that|before|after)\b)/gi,
  TRIGGER.unit,
  /day\b(?<=\b(?:(?:end|close|start|beginning|rest|middle)\s+of|(?:earlier|later)\s+in)\s+the\s+day)/i,
);
/** "At the end of the day, it's about trust": "in the end", no day. */
const AT_BEFORE = /\bat\s+$/i;
const IDIOM_AFTER = /^,?\s+(?:it|that|this|we|you|they|what|everyone|people)(?:['’]s|\s+(?:is|are|will|won['’]t|can|must|comes|matters|has\s+to|have\s+to|needs?\s+to))\b/i;
/**
 * `by the end of the day`, `for the rest of the day`, `earlier in the day`: the day the text is at. ("the day" alone
 * is left untagged: it is as often "the day of the attack" as a day told.) The modifier refiner reads the position
 * words.
 */
const theDay: Parser = (text) =>
  scan(text, THE_DAY, (m, s, e) => {
    if (precededBy(text, s, AT_BEFORE) && IDIOM_AFTER.test(text.slice(e, e + 40))) return undefined;
    return { start: s + m[0].search(/the\s+day$/i), end: e, type: 'DATE', value: TODAY, anaphoric: true, source };
  });

/** Not a thing of the feast named by it: "the New Year holidays", "the New Year fireworks". */
const NEW_YEAR = pattern(/\bthe\s+new\s+year\b(?!['’]s|\s+(?:holidays?|celebrations?|festivities|fireworks|countdown|greetings|party|parties|honours?|resolutions?|sales?|message|address|eve|day)\b)/gi, TRIGGER.newYear);
/** Words that make "the new year" its first day: a point counted to or from. */
const NEW_YEAR_DAY_BEFORE = /\b(?:before|after|until|till|by|since)\s+$/i;
/**
 * `in the new year`, `until the New Year`: the year that begins nearest the day the text is at (the coming one from
 * July, the one just begun before); told ahead, the coming one from March ("talks will resume in the new year"), told
 * in the past, the one begun ("prices rose in the new year"). `before the new year`, `until the new year`: that
 * year's first day ("eight days before the new year" is Christmas Eve). In December the year begun is too old to be
 * called new, whatever the tense ("any bill not signed by then must be reintroduced in the new year", told on Dec. 31).
 */
const NEW_YEAR_AHEAD_FROM = 12;
/** The year "the new year" is, from the day the text is at. */
export const newYearValue: Resolver = ({ base, tense }) => {
  if (!base) return 'XXXX';
  const month = base.month ?? 1;
  const coming = month >= NEW_YEAR_AHEAD_FROM || (tense === 'future' ? month >= 3 : tense === 'past' ? false : month >= 7);
  return offsetResolver('year', coming ? 1 : 0)({ base, tense: 'unknown' });
};
const newYear: Parser = (text) =>
  scan(text, NEW_YEAR, (_m, s, e) => {
    const firstDay = precededBy(text, s, NEW_YEAR_DAY_BEFORE);
    const value: Resolver = (ctx) => {
      if (!ctx.base) return firstDay ? 'XXXX-01-01' : 'XXXX';
      const year = newYearValue(ctx);
      return firstDay ? `${year}-01-01` : year;
    };
    return { start: s, end: e, type: 'DATE', value, source };
  });

export const deicticParser: Parser = (text) => [...days(text), ...vague(text), ...someDay(text), ...historyAdjectives(text), ...theDay(text), ...newYear(text)];
