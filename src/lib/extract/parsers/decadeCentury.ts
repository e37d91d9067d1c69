/**
 * Decades and centuries: `the 1990s` (199), `the 470s BC` (BC047), `the '60s` (196), `the 20th century` (19), `the
 * nineteenth century`, `the 4th century BC` (BC03), `the turn of the century` (about 1900 or 2000), `by mid-century`,
 * `by mid-decade`.
 */
import { pattern, precededBy, scan, type Draft, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { ordinalValue } from '../lexicon.ts';
import { formatYear } from '../calendar.ts';
import { formatAt } from '../resolve.ts';

const source = 'decadeCentury';
const date = (start: number, end: number, value: string): Draft => ({ start, end, type: 'DATE', value, source });

const DECADES_1 = pattern(/\b(?:the\s+)?(1[0-9]|20)([0-9])0['’]?s\b/gi, TRIGGER.year, ['0s', '0S', "0'", '0’']);
const DECADES_2 = pattern(/(?:\bthe\s+)?(?<![\w'’])['’]([0-9])0s\b/gi, TRIGGER.digit, ['0s', '0S']);
const DECADES_3 = pattern(/(?<![\d$])([2-9])0['’]?s\b/g, TRIGGER.digit, ['0s', "0'", '0’']);
/** "the" right before a bare decade, which joins its extent as it does "the 1990s": "the 90s", "the 80's". */
const THE_BEFORE = /\b[Tt]he\s{1,3}$/;
/**
 * A bare `60s` is a decade only after "the" (with a position word or not: `the 80s`, `the late 70s`, not "his late
 * 70s", an age), or after another decade (`the 1950s and 60s`); and not in talk of temperatures ("highs in the 30s").
 */
const DECADE_CONTEXT = /(?:\b[Tt]he(?:\s+(?:early|late|mid))?|\b[Tt]he\s+mid-|\d0['’]?s,?\s{1,3}(?:and|or|to|through|into))\s*$/;
/** "until they are in their 40s or 50s": a decade joined to an age is an age too. */
const AFTER_AGE = /\b(?:his|her|their|my|our|your|its)\s+(?:(?:early|late|mid)[\s-]+)?\d0s,?\s{1,3}(?:and|or|to|through|into)\s*$/i;
const TEMPERATURE = /\b(?:temperatures?|highs?|lows?|degrees|mercury|thermometers?|celsius|fahrenheit)\b/i;
const DECADES_BC = pattern(/\b(?:the\s+)?(\d{1,3})0s\s*(?:B\.C\.(?:E\.)?|BCE?\b)/gi, TRIGGER.digit, /0s\s*B\.?C/i);
/**
 * A bare decade ("the 50s") is of the 1900s, but of the century a history is in when that lies before the year 1000:
 * "Judaea had been a province since AD 6. Tension grew through the 50s and 60s" (005, 006).
 */
const bareDecade = (digit: string): Resolver => ({ base, narrative }) =>
  narrative && base !== undefined && base.year > 0 && base.year < 1000 ? `${String(Math.floor(base.year / 100)).padStart(2, '0')}${digit}` : `19${digit}`;
const SPELLED_DECADES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];
const SPELLED_DECADE = pattern(new RegExp(`(?:\\b[Tt]he\\s+)?\\b(noughties|${SPELLED_DECADES.join('|')})\\b`, 'gi'), TRIGGER.decadeWord);
/**
 * `the nineties`, `the early sixties`: a decade of the 1900s (`the noughties` of the 2000s), after "the" only ("in his
 * twenties" is an age, and so is "in their late thirties"), and not in talk of temperatures, as with digits
 * ("temperatures here were in the sixties"). The position word joins the extent and the mod in the modifiers refiner.
 */
const spelledDecades: Parser = (text) =>
  scan(text, SPELLED_DECADE, (m, s, e) =>
    (/^the\s/i.test(m[0]) || precededBy(text, s, /\bthe\s+(?:early|late|mid)[\s-]+$/i)) && !TEMPERATURE.test(text.slice(Math.max(0, s - 60), e + 20))
      ? date(s, e, /^noughties$/i.test(m[1] ?? '') ? '200' : `19${SPELLED_DECADES.indexOf((m[1] ?? '').toLowerCase()) + 2}`)
      : undefined);

/**
 * "the '00s", "the early '10s": written once that decade of the 2000s has begun, the 2000s or 2010s; before, or in a
 * history of the 1900s, the 1900s or 1910s.
 */
const recentTwoDigitDecade = (digit: number): Resolver => ({ base }) =>
  base !== undefined && base.year >= 2000 + 10 * digit ? `20${digit}` : `19${digit}`;

/** A part of a year right after: " first quarter", " fiscal second-half", " third-quarter". */
const PART_OF_YEAR_AFTER = /^\s+(?:(?:fiscal|calendar)\s+)?(?:first|second|third|fourth|final|last|latter|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)\b/i;
/**
 * "1990's first quarter", "in 1980's second half": a year's possessive before a part of it is that year, as "1989's
 * third quarter" is, not the decade "the 1990's" names.
 */
const yearOfItsPart = (text: string, match: string, e: number): boolean =>
  /^\d{4}['’]s$/.test(match) && PART_OF_YEAR_AFTER.test(text.slice(e, e + 32));

const decades: Parser = (text) => [
  ...spelledDecades(text),
  // "the 1800s", "the early 1900s" name a century (TIMEX3 18, 19); "the 2000s" the decade, as it is used.
  ...scan(text, DECADES_1, (m, s, e) =>
    yearOfItsPart(text, m[0], e) ? date(s, s + 4, `${m[1]}${m[2]}0`) : date(s, e, m[2] === '0' && m[1] !== '20' ? `${m[1]}` : `${m[1]}${m[2]}`)),
  // `the 470s BC` (BC047): the decade counts back from year 1, as BC years do.
  ...scan(text, DECADES_BC, (m, s, e) => date(s, e, `BC${(m[1] ?? '').padStart(3, '0')}`)),
  ...scan(text, DECADES_2, (m, s, e) => (m[1] === '0' || m[1] === '1' ? { ...date(s, e, ''), value: recentTwoDigitDecade(Number(m[1])) } : date(s, e, `19${m[1]}`))),
  ...scan(text, DECADES_3, (m, s, e) => {
    const temperature = TEMPERATURE.test(text.slice(Math.max(0, s - 60), e + 20));
    if (!precededBy(text, s, DECADE_CONTEXT) || temperature || precededBy(text, s, AFTER_AGE)) return undefined;
    const the = THE_BEFORE.exec(text.slice(Math.max(0, s - 6), s));
    return { ...date(s - (the?.[0].length ?? 0), e, ''), value: bareDecade(m[1] ?? '') };
  }),
];

const ORDINAL = '(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';

const CENTURIES = pattern(new RegExp(`\\b(?:the\\s+)?${ORDINAL}[\\s-]century\\b(?:\\s+(B\\.C\\.(?:E\\.)?|BCE?\\b|A\\.D\\.|AD\\b))?`, 'gi'), TRIGGER.century);
/**
 * A century by its ordinal, in the era written after it: without an era the 20th century is 1900–1999 (TIMEX3 "19");
 * BC centuries count back from year 1.
 */
const centuryValue = (ordinal: string, era: string | undefined): string | undefined => {
  const n = ordinalValue(ordinal);
  if (!n || n > 21) return undefined;
  return `${era !== undefined && /^b/i.test(era) ? 'BC' : ''}${String(n - 1).padStart(2, '0')}`;
};
/** Where a century's extent ends: "AD" stays outside it; "BC" is part of the value and of the extent. */
const endBeforeAd = (m: RegExpExecArray, s: number): number => s + m[0].replace(/\s+(?:A\.?D\.?)$/i, '').length;

/** "the 12th-century cathedral": a hyphened century before a noun is its adjective, and "the" is the noun's. */
const THE_HYPHENED = /^the\s+\S+-century$/i;
const NOUN_AFTER = /^\s+(?!(?:and|or|to|through|was|were|is|are|in|of|when|saw|had|has)\b)[a-z]/;

const centuries: Parser = (text) =>
  scan(text, CENTURIES, (m, s, e) => {
    const value = centuryValue(m[1] ?? '', m[2]);
    if (!value) return undefined;
    const adjective = THE_HYPHENED.test(m[0]) && NOUN_AFTER.test(text.slice(e, e + 10));
    return date(adjective ? s + m[0].search(/\s\S/) + 1 : s, endBeforeAd(m, s), value);
  });

const DECADE_OF_CENTURY = pattern(new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\\s+decade\\s+of\\s+the\\s+${ORDINAL}[\\s-]century\\b`, 'gi'), TRIGGER.century);
/** The decades of a century in order: "last" and "final" are its tenth. */
const DECADE_INDEX: Readonly<Record<string, number>> = { last: 10, final: 10 };
/**
 * `the first decade of the 21st century` (the 2000s, TIMEX3 200), `the last decade of the 20th century` (199): a decade
 * by its place in a century, named as its years are.
 */
const decadesOfCentury: Parser = (text) =>
  scan(text, DECADE_OF_CENTURY, (m, s, e) => {
    const place = (m[1] ?? '').toLowerCase();
    const k = DECADE_INDEX[place] ?? ordinalValue(place);
    const century = centuryValue(m[2] ?? '', undefined);
    return k && k <= 10 && century ? date(s, e, `${century}${k - 1}`) : undefined;
  });

const DECADE_OF_THIS_CENTURY = pattern(/\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)\s+decade\s+of\s+this\s+century\b/gi, TRIGGER.century);
/** `the first decade of this century`: a decade by its place in the century of writing (200 written in 2013). */
const decadesOfThisCentury: Parser = (text) =>
  scan(text, DECADE_OF_THIS_CENTURY, (m, s, e) => {
    const place = (m[1] ?? '').toLowerCase();
    const k = DECADE_INDEX[place] ?? ordinalValue(place);
    if (!k || k > 10) return undefined;
    const value: Resolver = ({ base }) => (base ? `${formatYear(base.year).slice(0, 2)}${k - 1}` : `XX${k - 1}`);
    return { start: s, end: e, type: 'DATE', value, deictic: true, source };
  });

const MILLENNIA = pattern(/\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9](?:st|nd|rd|th)|10th)[\s-]millennium\b(?:\s+(B\.C\.(?:E\.)?|BCE?\b|A\.D\.|AD\b))?/gi, TRIGGER.century);
/**
 * `the third millennium`, `the fourth millennium BC`: a thousand years by their first digit, as a century is by its
 * first two (the second millennium is "1", 1000–1999; the fourth millennium BC "BC3", 3999–3000 BC).
 */
const millennia: Parser = (text) =>
  scan(text, MILLENNIA, (m, s) => {
    const n = ordinalValue(m[1] ?? '');
    if (!n) return undefined;
    return date(s, endBeforeAd(m, s), `${m[2] !== undefined && /^b/i.test(m[2]) ? 'BC' : ''}${n - 1}`);
  });

const CENTURY_PAIR = pattern(new RegExp(`\\b(?:the\\s+)?${ORDINAL}\\s*(?:and|to|or|through|[-–])\\s*(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?${ORDINAL}[\\s-]centuries\\b(?:\\s+(B\\.C\\.(?:E\\.)?|BCE?\\b|A\\.D\\.|AD\\b))?`, 'gid'), TRIGGER.century);
/**
 * `the 16th and 17th centuries`, `the fifth to third centuries BC`, `the 19th and early 20th centuries`: each century of
 * the pair, the first with its article.
 */
const centuryPairs: Parser = (text) => [
  ...scan(text, CENTURY_PAIR, (m, s) => {
    const value = centuryValue(m[1] ?? '', m[3]);
    return value ? date(s, m.indices?.[1]?.[1] ?? s, value) : undefined;
  }),
  ...scan(text, CENTURY_PAIR, (m, s) => {
    const value = centuryValue(m[2] ?? '', m[3]);
    return value ? date(m.indices?.[2]?.[0] ?? s, endBeforeAd(m, s), value) : undefined;
  }),
];

const TURN = pattern(new RegExp(`\\b(?:the\\s+)?turn\\s+of\\s+the\\s+(?:${ORDINAL}[\\s-])?(century|millennium)\\b`, 'gi'), TRIGGER.century);
/**
 * `the turn of the 20th century` is about 1900; `the turn of the century` about the hundredth year nearest the time
 * the text is at (2000 in today's news, 1900 after "in 1893"); `the turn of the millennium` likewise.
 */
const turns: Parser = (text) =>
  scan(text, TURN, (m, s, e) => {
    const size = /^millenni/i.test(m[2] ?? '') ? 1000 : 100;
    const ordinal = m[1] ? ordinalValue(m[1]) : undefined;
    if (m[1] && (!ordinal || ordinal * size > 3000)) return undefined;
    const value: Resolver = ordinal
      ? () => formatYear((ordinal - 1) * size)
      : ({ base }) => (base ? formatYear(Math.round(base.year / size) * size) : 'XXXX');
    // Counted from the time the story is at: "In 1893 … by the turn of the century" is 1900, even in today's news.
    return { start: s, end: e, type: 'DATE', value, mod: 'APPROX', anaphoric: !ordinal, source };
  });

const MID_CENTURY = pattern(/\bmid-?(century|decade)\b/gi, TRIGGER.decadeOrCentury);
/** A time word before "mid-century" makes it a time ("by mid-century"); "mid-century furniture" is a style. */
const MID_CENTURY_CONTEXT = /\b(?:by|until|till|before|after|around|about|since|in|at|from|to|toward|towards|through|beyond)\s+(?:the\s+)?$/i;
/**
 * `by mid-century`, `by mid-decade`: the middle of the century (decade) the text speaks from (TIMEX3 `20`, `202` with
 * mod MID in 2024).
 */
const midCentury: Parser = (text) =>
  scan(text, MID_CENTURY, (m, s, e) => {
    if (!precededBy(text, s, MID_CENTURY_CONTEXT) || /^[\s-]+(?:modern|style|design|furniture)\b/i.test(text.slice(e, e + 12))) return undefined;
    const grain = /^decade$/i.test(m[1] ?? '') ? 'decade' : 'century';
    const value: Resolver = ({ base, period }) => {
      const year = period?.grain === grain ? period.year : base?.year;
      return year !== undefined ? formatAt({ year, month: 1, day: 1 }, grain) : grain === 'decade' ? 'XXX' : 'XX';
    };
    return { start: s, end: e, type: 'DATE', value, mod: 'MID', source };
  });

export const decadeCenturyParser: Parser = (text) => [...decades(text), ...centuries(text), ...decadesOfCentury(text), ...decadesOfThisCentury(text), ...millennia(text), ...centuryPairs(text), ...turns(text), ...midCentury(text)];
