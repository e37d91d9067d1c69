/**
 * Where a parser needs to look: the stretches of text around its trigger words. Every expression a pattern can
 * match contains a trigger of its family (a month name, a digit, a unit word…), so running the pattern only inside
 * these windows finds the same matches while skipping most of the text, which keeps the dozens of patterns cheap.
 *
 * One pre-scan per text finds every trigger of every family with a single regex; a window reaches `MARGIN`
 * characters past its trigger on each side, or its family's shorter REACH (more than the longest expression plus the
 * context its lookarounds read), so a match never straddles a window edge. Triggers are substrings, tried where a word
 * starts unless they count inside words too (see WORD_STARTS), so a family is always a superset of the words its
 * patterns accept.
 */

import { isApostrophe, isAsciiLetter, isAsciiUpper, isDigit, isSpace, isWordChar } from './chars.ts';
import { CITY_TIME_RE, COMMONWEALTH_ZONE_RE, DAY_AFTER_CLOCK_RE } from './lexicon.ts';

/** Characters of context kept on each side of a trigger. */
export const MARGIN = 64;
/** Enough on a side where a family's expressions go on for a few words at most. */
const NEAR = 40;

/**
 * Trigger families: lower-case substrings; `#` stands for a run of digits, `####` for a run of exactly four (a year, in
 * "1998", "2024-05-12", "12.05.2024"), `#:` for one a clock reading or its half of the day follows ("10:30", "5pm",
 * "4 o'clock", "0600 GMT") and `'#` for `'98` (or `’98`).
 */
const FAMILIES = {
  digit: ['#'],
  year: ['####'],
  apostrophe: ["'#"],
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  weekday: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  shortWeekday: ['tue', 'thu', 'weds', 'mon.', 'wed.', 'fri.', 'sat.', 'sun.'],
  unit: ['second', 'minute', 'hour', 'day', 'night', 'week', 'midweek', 'month', 'midyear', 'year', 'decade', 'centur', 'millenni', 'quarter', 'fortnight'],
  season: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  dayPart: ['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight', 'midday', 'midmorning', 'midafternoon', 'daytime', 'dawn', 'daybreak', 'sunrise', 'first light', 'dusk', 'sunset', 'sundown'],
  clock: ['#:', 'noon', 'midnight', 'midday'],
  // What ends a clock time said in words ("eight p.m.", "six o'clock"), which has no digit to be found by.
  spokenClock: ['a.m', 'p.m', "o'clock", 'o’clock'],
  century: ['century', 'centuries', 'millenni'],
  yearWord: ['teen', 'twenty', 'thousand'],
  dayOrdinal: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'teenth', 'tieth'],
  deicticDay: ['yesterday', 'today', 'tomorrow'],
  deictic: ['now', 'current', 'these', 'present', 'moment', 'date', 'recent', 'lately', 'past', 'future', 'soon', 'someday'],
  quarter: ['quarter', 'period'],
  half: ['half'],
  every: ['every', 'each'],
  weekend: ['weekend'],
  setAdverb: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'annually', 'biannually', 'semiannually', 'biennially', 'yearly', 'annum'],
  // Narrow families for patterns that need only one of the unit words: their windows are far fewer.
  fortnight: ['fortnight'],
  newYear: ['new year'],
  fiscal: ['fiscal'],
  bankHoliday: ['bank holiday'],
  term: ['term'],
  ago: ['ago'],
  history: ['former', 'modern', 'present-day', 'present day'],
  hour: ['hour'],
  decadeOrCentury: ['decade', 'centur', 'middecade', 'midcentur'],
  decadeWord: ['noughties', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
  // Named days mostly end in "Day" (Memorial Day, Boxing Day, Palm Sunday…) or hold another family's word (Good Friday,
  // Holy Week, Fourth of July): reusing those triggers keeps the one pre-scan short.
  holiday: ['christmas', 'new year', 'passover', 'rosh', 'kippur', 'hanuk', 'chanuk', 'eid', 'thanksgiving', 'halloween', 'valentine', 'easter', 'day', 'week', 'friday', 'cyber', 'jul', 'juneteenth', 'pentecost', 'bonfire', 'fawkes', 'hogmanay', 'burns night', 'mardi', 'epiphany'],
} as const satisfies Record<string, readonly string[]>;

export type Trigger = keyof typeof FAMILIES;

/**
 * Characters kept before and after a trigger, for the families whose expressions reach less far than MARGIN on a side
 * (the longest, with the context their patterns look around at, in the comments). Every pattern scans every window of
 * its family, so a narrower window of a common family saves scanning where no match can start: numbers and units of
 * time are a third of news text's windows. Counts are long before a unit ("an additional seventy-five and a half
 * years") and short after it; clock times, months, holidays and days of the week keep the margin both ways.
 */
const REACH: Partial<Record<Trigger, readonly [before: number, after: number]>> = {
  digit: [NEAR, NEAR], // "calendar week 15", "Wed., 12/05", "the 23rd of last month", "in 330 Constantinople"
  year: [NEAR, NEAR], // "the fiscal year 1999", "2024-04-03T15:30:00.000+05:30"
  apostrophe: [NEAR, NEAR], // "the summer of '69"
  unit: [MARGIN, NEAR], // "a minute and a half later", "three years or so ago"
  dayOrdinal: [MARGIN, NEAR], // "the first of May, 1886"
  deictic: [MARGIN, NEAR], // "for the foreseeable future"; "soon" looks back past a word to its verb ("will very likely soon")
  deicticDay: [NEAR, NEAR], // "the day before yesterday"
  decadeOrCentury: [NEAR, NEAR], // "the mid-century", "by middecade"
  setAdverb: [NEAR, NEAR], // "twice weekly"
  shortWeekday: [NEAR, NEAR], // "last Tues.", "Thurs., 3/14"
  term: [NEAR, NEAR], // "in the short term"
  fiscal: [NEAR, NEAR], // "the preceding fiscal, compared"
  history: [NEAR, NEAR], // "present-day Belize", "the former president"
};

/** Family names, for patterns: `pattern(re, TRIGGER.month)`. */
export const TRIGGER = Object.fromEntries(Object.keys(FAMILIES).map((k) => [k, k])) as { readonly [K in Trigger]: K };

const NAMES = Object.keys(FAMILIES) as Trigger[];
const REACHES: ReadonlyMap<Trigger, readonly [before: number, after: number]> = new Map(NAMES.map((f) => [f, REACH[f] ?? [MARGIN, MARGIN]]));
/** How many characters a window of `family` keeps before and after each trigger. */
export const reachOf = (family: Trigger): readonly [before: number, after: number] => REACHES.get(family) ?? [MARGIN, MARGIN];
const LITERALS = [...new Set(Object.values(FAMILIES).flat())].filter((w) => !w.includes('#'));

/** Which families a matched literal belongs to: every family with a trigger inside it ("decade" is also "dec"). */
const FAMILIES_OF: ReadonlyMap<string, readonly Trigger[]> = new Map(
  LITERALS.map((w) => [w, NAMES.filter((f) => (FAMILIES[f] as readonly string[]).some((t) => w.includes(t)))]),
);
const WITH_DIGITS = NAMES.filter((f) => (FAMILIES[f] as readonly string[]).includes('#'));
const WITH_FOUR_DIGITS = NAMES.filter((f) => (FAMILIES[f] as readonly string[]).some((t) => t === '#' || t === '####'));
const WITH_YEAR_ONLY = NAMES.filter((f) => (FAMILIES[f] as readonly string[]).includes('####'));
const CLOCKS = NAMES.filter((f) => (FAMILIES[f] as readonly string[]).includes('#:'));
const WITH_DIGITS_CLOCK = [...WITH_DIGITS, ...CLOCKS];
const WITH_FOUR_DIGITS_CLOCK = [...WITH_FOUR_DIGITS, ...CLOCKS];
const WITH_APOSTROPHE = NAMES.filter((f) => (FAMILIES[f] as readonly string[]).some((t) => t === '#' || t === "'#"));

/**
 * The literals as one alternation with shared prefixes factored out ("da(?:y(?:time|break)?|wn|te|ily)"): the engine
 * then tries each letter once per position instead of once per literal. Longer continuations come before stopping,
 * so "nightly" is one match, as with the longest literal first.
 */
function prefixTree(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>();
  let stops = false;
  for (const w of words) {
    if (w === '') stops = true;
    else byFirst.set(w[0]!, [...(byFirst.get(w[0]!) ?? []), w.slice(1)]);
  }
  const branches = [...byFirst].map(([c, rest]) => escapeLiteral(c) + prefixTree(rest));
  if (branches.length === 0) return '';
  if (stops) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}
const escapeLiteral = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Literals that count inside a word: "nineteen", "fourteenth", "twentieth", "tonight", "overnight". Every other one
 * starts a word wherever a pattern reads it ("mid-March", "21st-century", "D-Day"; the words patterns read glued to a
 * prefix are literals of their own: "midmorning", "biweekly", "midcentury"), so the engine tries those only at a word
 * boundary, which it checks far faster than a letter of the tree.
 */
const INSIDE_WORDS: readonly string[] = ['teen', 'teenth', 'tieth', 'night'];
const WORD_STARTS = LITERALS.filter((w) => !INSIDE_WORDS.includes(w));

/** All triggers at once; a literal inside a longer one ("night" in "nightly") matches as the longer. */
const ANY_TRIGGER = new RegExp([`['’]\\d\\d`, '\\d+', `\\b${prefixTree(WORD_STARTS)}`, prefixTree(INSIDE_WORDS)].join('|'), 'gi');

/**
 * Two families count their triggers only where a word starts. A month stem ("mar", "dec") is one only as the head of a
 * word a month name can begin ("March", "Mar.", "Dec"), not inside "summary" or at the head of "market" or "decision",
 * nor inside "decade": every month pattern starts at a word boundary and, as its names are written, cannot go on with
 * other letters (such words are a third of all month triggers in news). A unit word is one only at a word's start
 * ("days", "mid-year"), not inside "Monday", "today" or "birthday": every unit pattern has a space or a hyphen before it.
 */
const MONTH_STEMS: ReadonlySet<string> = new Set(FAMILIES.month);
const MONTH_WORDS: ReadonlySet<string> = new Set([
  ...FAMILIES.month, 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'sept', 'september', 'october',
  'november', 'december',
]);
/** Literals that start with a unit word ("day", "daytime", "weekend"), which give the unit family at a word's start. */
const UNIT_LEADS: ReadonlySet<string> = new Set(LITERALS.filter((w) => FAMILIES.unit.some((u) => w.startsWith(u))));
const without = (...dropped: Trigger[]): ReadonlyMap<string, readonly Trigger[]> =>
  new Map(LITERALS.map((w) => [w, (FAMILIES_OF.get(w) ?? []).filter((f) => !dropped.includes(f))]));
const NOT_MONTH_OF = without('month');
const NEITHER_OF = without('month', 'unit');

function isMonthWord(text: string, at: number): boolean {
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) return false;
  let end = at;
  while (end < text.length && end - at < 10 && isAsciiLetter(text.charCodeAt(end))) end++;
  return MONTH_WORDS.has(text.slice(at, end).toLowerCase());
}

/** The families a literal found at `at` triggers (`lower` is the literal in lower case). */
function familiesAt(text: string, lower: string, at: number): readonly Trigger[] {
  if (MONTH_STEMS.has(lower)) return (isMonthWord(text, at) ? FAMILIES_OF : NOT_MONTH_OF).get(lower) ?? [];
  if (UNIT_LEADS.has(lower) && (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1)))) return NOT_MONTH_OF.get(lower) ?? [];
  return NEITHER_OF.get(lower) ?? [];
}

/**
 * The families a run of digits triggers. None for a sum ("$5", "£12") or a share ("5%", "12 percent"): no date or count
 * of time starts with those, and they are a fifth of the digits in business news. The rest of a number whose first
 * digits are a trigger already ("000" in "1,000", "5" in "3.5") is one only as a year ("2024" in "12.05.2024").
 */
function digitFamilies(text: string, start: number, end: number): readonly Trigger[] {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  if (before === 36 || before === 163 || before === 8364) return []; // $ £ €
  const after = text.charCodeAt(end);
  if (after === 37 || (after === 32 && PERCENT_AFTER.test(text.slice(end, end + 10)))) return []; // %
  const rest = (before === 44 || before === 46) && start > 1 && isDigit(text.charCodeAt(start - 2)); // , .
  if (end - start === 4) return rest ? WITH_YEAR_ONLY : clockFollows(text, end) ? WITH_FOUR_DIGITS_CLOCK : WITH_FOUR_DIGITS;
  return rest ? [] : clockFollows(text, end) ? WITH_DIGITS_CLOCK : WITH_DIGITS;
}

/**
 * The first two letters of what makes digits a clock time: a.m., p.m., o'clock, "in the morning", "at night", hrs,
 * hours, "local time" and the zones news writes (GMT, UTC, BST, CET, EST, ET, PT…, Pacific, Eastern, Central, Mountain
 * time, IST, AEST, NZDT…); a city's time is looked for apart.
 */
const CLOCK_WORD_STARTS: ReadonlySet<string> = new Set([
  'am', 'a.', 'pm', 'p.', "o'", 'o’', 'in', 'at', 'hr', 'ho', 'gm', 'ut', 'bs', 'ce', 'cs', 'cd', 'es', 'ed', 'et', 'ct',
  'ms', 'md', 'mt', 'ps', 'pd', 'pt', 'pa', 'ea', 'mo', 'lo',
]);
/**
 * The zones of Commonwealth news, in capitals ("0600 IST", "10am AEST"), and a day right after, which makes "at 1530" a
 * clock ("at 1530 on Thursday", "at 22.00 tonight"): looked at only after the two letters they start with.
 */
const MORE_CLOCK_STARTS: ReadonlySet<string> = new Set(['IS', 'AE', 'AC', 'AW', 'NZ', 'SA', 'HK', 'SG', 'PK', 'on', 'to', 'th', 'ye']);
const MORE_CLOCK_WORDS = new RegExp(`^(?:${COMMONWEALTH_ZONE_RE}\\b|${DAY_AFTER_CLOCK_RE})`);
/** A city's clock, as the wires give the zone: "1700 Kabul time", "0930 Hong Kong time". */
const CITY_CLOCK = new RegExp(`^${CITY_TIME_RE}`);
/** Does a clock reading follow the digits ending at `end`: ":30", or (after ".30" and spaces) one of the words above? */
function clockFollows(text: string, end: number): boolean {
  let i = end;
  const c = text.charCodeAt(i);
  if (c === 58) return true; // :
  if (c === 46 && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2))) i += 3; // .30
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = text.slice(i, i + 2);
  if (CLOCK_WORD_STARTS.has(start.toLowerCase())) return true;
  if (MORE_CLOCK_STARTS.has(start) && MORE_CLOCK_WORDS.test(text.slice(i, i + 16))) return true;
  return isAsciiUpper(text.charCodeAt(i)) && CITY_CLOCK.test(text.slice(i, i + 32));
}
const PERCENT_AFTER = /^ (?:percent|per cent)\b/i;

export type Window = readonly [start: number, end: number];

/** The windows of the last text, per family: every parser asks for them again. */
let memoText: string | undefined;
let memo: ReadonlyMap<Trigger, readonly Window[]> = new Map();

function findWindows(text: string): Map<Trigger, Window[]> {
  const out = new Map<Trigger, [number, number][]>(NAMES.map((f) => [f, []]));
  ANY_TRIGGER.lastIndex = 0;
  for (let m = ANY_TRIGGER.exec(text); m; m = ANY_TRIGGER.exec(text)) {
    const word = m[0];
    const c = word.charCodeAt(0);
    const families = isApostrophe(c)
      ? WITH_APOSTROPHE
      : c >= 48 && c <= 57
        ? digitFamilies(text, m.index, m.index + word.length)
        : familiesAt(text, word.toLowerCase(), m.index);
    for (const f of families) {
      const [before, after] = reachOf(f);
      const start = Math.max(0, m.index - before);
      const end = Math.min(text.length, m.index + word.length + after);
      const list = out.get(f) ?? [];
      const last = list[list.length - 1];
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else list.push([start, end]);
    }
  }
  return out;
}

/** Merged [start, end) stretches within reach (MARGIN or the family's REACH) of a trigger of `family`. */
export function windowsNear(text: string, family: Trigger): readonly Window[] {
  if (text !== memoText) {
    memo = findWindows(text);
    memoText = text;
  }
  return memo.get(family) ?? [];
}
