/**
 * Parts of a year: quarters (`the third quarter`, `third-quarter`, `the first quarter of 1998`, `Q3 2019`), halves
 * (`the first half`, `H1 2023`), fiscal years (`FY2024`), seasons (`last summer`, `the fall of 1998`, `spring 2007`). Seasons use meteorological months.
 */
import { addDays, addMonths, formatDay, formatMonth, formatWeek, formatYear, quarterOf } from '../calendar.ts';
import { pattern, precededBy, scan, type Draft, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { COUNT_RE, MONTH_RE, NOUN_AFTER_SEASON_YEAR, REPORT_VERB_BEFORE, TOLD_YEAR_SHIFT, WHEN_CLAUSE_AFTER_YEAR, WRITTEN_YEAR_SHIFT, amongGameWords, monthOf, numberValue, ordinalValue } from '../lexicon.ts';
import { TODAY, comparisonResolver, monthDayResolver, offsetResolver, partOfYearResolver, quarterAYearBefore, quarterCompared, twoDigitYearResolver } from '../resolve.ts';
import { APPOSITION } from './eventDay.ts';
import { newYearValue } from './deictic.ts';

const source = 'partOfYear';
const date = (start: number, end: number, value: string | Resolver): Draft => ({ start, end, type: 'DATE', value, source });

const SEASON: Readonly<Record<string, readonly [string, number]>> = {
  spring: ['SP', 3], summer: ['SU', 6], fall: ['FA', 9], autumn: ['FA', 9], winter: ['WI', 12],
};

/** A value for code (Q3, H1, SU) from an explicit year, a this/last/next shift, or the tense. */
function yearPart(code: string, startMonth: number, year: string | undefined, shiftWord: string | undefined): string | Resolver {
  if (year) return `${formatYear(Number(year))}-${code}`;
  const shift = shiftWord ? WRITTEN_YEAR_SHIFT[shiftWord.toLowerCase().replace(/^this\s+/, '')] : undefined;
  return partOfYearResolver(code, startMonth, shift);
}

const SIBLING_BEFORE = /\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last|latter)[\s-]+(half|quarter)\s+(?:of\s+)?(?:fiscal\s+)?(\d{4})\b[^.;!?]{0,60}$/i;
/**
 * The year of a part of a year written just before, of the same kind: in "weak in the first half of 2013 before
 * picking up in the second half", the second half is 2013's.
 */
function siblingYear(text: string, start: number, kind: 'half' | 'quarter'): string | undefined {
  const m = SIBLING_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  return m && m[1]?.toLowerCase() === kind ? m[2] : undefined;
}

const CLAUSE_OF_YEAR_BEFORE = new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})${WHEN_CLAUSE_AFTER_YEAR}`);
/**
 * The year a "when", "after" or "while" clause hangs on, with a comma or without: "The fraud unravelled in late 2009,
 * after an auditor raised concerns in the third quarter" and "The fund closed in 2011 after investors pulled their
 * money in the third quarter" are that year's third quarter (as a month there is, in frameYear.ts).
 */
const clauseYear = (text: string, start: number): string | undefined =>
  CLAUSE_OF_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 160), start))?.[1];

const POSSESSIVE_YEAR_BEFORE = /\b(1[0-9]{3}|20[0-9]{2})['’]s\s+(?:(?:fiscal|calendar)\s+)?$/i;
/** The year whose part it is, written as its possessive right before: "1990's first quarter", "2012's second half". */
const possessiveYear = (text: string, start: number): string | undefined =>
  POSSESSIVE_YEAR_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];

/** A part of the year before or after the one of the DCT: "last year's third quarter", "the second half of last year". */
const ofShiftedYear = (shift: number, code: string): Resolver => (ctx) =>
  offsetResolver('year', shift)(ctx).replace(/^(\d{4}).*$/, `$1-${code}`);

const YEAR_TAIL = '(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(\\d{4})\\b|,\\s+(\\d{4})\\b)?';
const SHIFT_WORDS = '(?:(?:the\\s+)?(last|past|previous|next|coming|this\\s+past|this\\s+coming|this|current)\\s+)';

const QUARTER_LEAD = `(?:(?:the\\s+)?(last|next|this)\\s+year's\\s+|(?:the\\s+(?:fiscal\\s+)?|fiscal\\s+)(\\d{4})\\s+|${SHIFT_WORDS}|the\\s+)?`;

const IN_A_ROW_AFTER = /^\s+(?:in\s+a\s+row|running)\b/i;
/**
 * A range of months right before a half or a quarter: "the April-September first half", "the October-December third
 * quarter". The range tells the months (tagged on their own); the ordinal counts the half or quarter of a fiscal year
 * that starts in another month than January, which no calendar half or quarter is.
 */
const MONTH_RANGE_BEFORE = new RegExp(`\\b(?:${MONTH_RE})\\s*[-–]\\s*(?:${MONTH_RE})\\s+$`);
const afterMonthRange = (text: string, start: number): boolean =>
  text.charCodeAt(start - 1) === 32 && MONTH_RANGE_BEFORE.test(text.slice(Math.max(0, start - 24), start));
const QUARTERS = pattern(new RegExp(`\\b${QUARTER_LEAD}(?:fiscal[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|last|final)(?:[\\s-]+(?:fiscal\\s+)?)quarter\\b${YEAR_TAIL}(?:\\s+(?:of\\s+)?(last|next|this)\\s+year\\b|\\s+(of\\s+the\\s+year)\\b)?`, 'gi'), TRIGGER.quarter);
/**
 * `the third quarter`, `third-quarter`, `the fiscal first quarter`, `this year's third quarter`, `the 1988 second quarter`,
 * `its fiscal 2015 fourth quarter`, `the first quarter of next year`, `the last quarter of 2026`, `the final quarter of
 * the year`.
 */
const quarters: Parser = (text) =>
  scan(text, QUARTERS, (m, start, e) => {
    let s = start;
    // "the last quarter of 2026" is its fourth; "the last quarter" alone is the one before this (relativeOffset.ts).
    const last = /^(?:last|final)$/i.test(m[4] ?? '');
    if (last && !m[5] && !m[6] && !m[7] && !m[8]) return undefined;
    const q = last ? 4 : ordinalValue(m[4] ?? '');
    if (!q || q > 4) return undefined;
    // "missed for the second quarter in a row" counts quarters, as "the third consecutive quarter" does: no quarter of a year.
    if (!m[5] && !m[6] && IN_A_ROW_AFTER.test(text.slice(e, e + 16))) return undefined;
    // "the first quarter-final" is a round of a cup.
    if (QUARTER_OF_A_NOUN_AFTER.test(text.slice(e, e + 8))) return undefined;
    if (!m[5] && !m[6] && !m[7] && !m[8] && afterMonthRange(text, start)) return undefined;
    // A quarter with no year near words of a game is a period of play ("early in the third quarter").
    if (!m[1] && !m[2] && !m[3] && !m[5] && !m[6] && !m[7] && !m[8] && amongGameWords(text, start, e)) return undefined;
    // "the third-quarter loss": the hyphen makes the quarter an adjective and the article belongs to the noun.
    if (/^the\s+(?:fiscal\s+)?\w+-(?:fiscal\s+)?quarter$/i.test(m[0])) s += (/^the\s+/i.exec(m[0])?.[0] ?? '').length;
    const shiftWord = m[1] ?? m[7];
    const yearShift = shiftWord ? WRITTEN_YEAR_SHIFT[shiftWord.toLowerCase()] : undefined;
    if (yearShift !== undefined) return date(s, e, ofShiftedYear(yearShift, `Q${q}`));
    // "its fourth quarter and full-year 2012 results": the year written with the full year is the quarter's too.
    const fullYear = (m[2] ?? m[5] ?? m[6] ?? m[3]) ? undefined : FULL_YEAR_AFTER.exec(text.slice(e, e + 40))?.[1];
    const toldYear = m[2] ?? m[5] ?? m[6] ?? fullYear ?? (m[3] ? undefined : possessiveYear(text, s) ?? siblingYear(text, s, 'quarter') ?? clauseYear(text, s));
    const part = yearPart(`Q${q}`, 3 * q - 2, toldYear, m[3]);
    // "will report its first-quarter results next week": results are reported once the quarter is under way or over,
    // so whatever the tense it is the latest one begun (in May, this year's first quarter, not next year's).
    // So are the data told of it: "the final reading of fourth-quarter growth", "GDP data for the fourth quarter".
    const before = typeof part !== 'string' ? text.slice(Math.max(0, s - 40), s) : '';
    const reported = typeof part !== 'string' &&
      ((REPORT_VERB_BEFORE.test(before) && REPORTED_FIGURE_AFTER.test(text.slice(e, e + 16))) || DATA_OF_BEFORE.test(before));
    // A fiscal quarter is as recent as one reported: "Oracle said fiscal third-quarter profit rose", in March 2013.
    const fiscal = typeof part !== 'string' && /fiscal/i.test(m[0]);
    const d = date(s, e, reported || fiscal ? recentQuarter(part, q, reported) : typeof part !== 'string' && happensIn(text, s, e) ? quarterToCome(part, q) : part);
    // "After a flat second quarter, …": a quarter named with "a" is one told in passing, not the one the report is of
    // (in "a third-quarter loss" the "a" is the loss's).
    const aside = !/-\s*quarter$/i.test(m[0]) && !BARE_QUARTER_FIGURE.test(text.slice(e, e + 28)) && precededBy(text, s, /\ban?\s+(?:[a-z]+\s+)?$/);
    if (aside) return { ...d, comparison: true };
    // "In 2009, prices rose sharply in the second quarter": a quarter told with no year takes the one its sentence is
    // framed in, as a month does (not a reported or a fiscal one, whose year the report's timing tells).
    return !toldYear && !shiftWord && !m[3] && !reported && !fiscal && yearShortlyBefore(text, s) ? { ...d, yearless: true } : d;
  });

/** "will reach Europe in the fourth quarter", "by the third quarter": the quarter a thing is to happen in. */
const HAPPENS_IN_BEFORE = /\b(?:in|by|during|until|before)\s+$/i;
/**
 * Words of an earnings report: a figure is told ahead of a quarter already over ("expects to post a loss in the fourth
 * quarter", in January).
 */
const FIGURE_WORDS = /[$€£¥%]|\b(?:cents?|percent|loss(?:es)?|profits?|earnings|results|revenues?|sales|income|charges?|write-?downs?|dividends?|reserves?|margins?|million|billion|growth|GDP|economy|output|inflation|prices|demand|exports|imports|shipments|deliveries|spending|figures|data)\b/i;
const CLAUSE_CUT = /^[^]*[.;!?]\s/;
/** A quarter something is to happen in, with no figure of a report near it. */
function happensIn(text: string, s: number, e: number): boolean {
  if (!precededBy(text, s, HAPPENS_IN_BEFORE)) return false;
  const before = text.slice(Math.max(0, s - 80), s).replace(CLAUSE_CUT, '');
  const after = /^[^.;!?]*/.exec(text.slice(e, e + 40))?.[0] ?? '';
  return !FIGURE_WORDS.test(before) && !FIGURE_WORDS.test(after);
}
/**
 * Told ahead, a quarter already over by the writing is the next one of its number ("will ship in the fourth quarter",
 * in January).
 */
const quarterToCome = (part: Resolver, q: number): Resolver => (ctx) => {
  const value = part(ctx);
  const year = Number(/^(\d{4})-Q/.exec(value)?.[1]);
  if (ctx.tense !== 'future' || ctx.narrative || !ctx.base?.month || !year) return value;
  const over = year * 12 + 3 * q < ctx.base.year * 12 + ctx.base.month;
  return over ? `${formatYear(year + 1)}-Q${q}` : value;
};

/** A two-digit year of business shorthand (`Q3'19`, `FY21`): this century up to 2049, else the last. */
const shortYear = (yy: string): number => (yy.length === 4 ? Number(yy) : Number(yy) < 50 ? 2000 + Number(yy) : 1900 + Number(yy));

const BARE_QUARTER_CONTEXT = /\b(?:in|for|during|by|since|until|through|from|to|last|next|this|fiscal|quarter:?|(?:end|start|beginning|middle|close|rest|remainder)\s+of)\s+$/i;
/** The full year written after a quarter: "its fourth quarter and full-year 2012 results". */
const FULL_YEAR_AFTER = /^\s+and\s+(?:the\s+)?(?:full|fiscal|whole)[\s-]+year\s+(?:of\s+)?(\d{4})\b/i;
/** Months after a quarter's end by which its results are out. */
const RESULTS_LAG_MONTHS = 4;
/**
 * Results reported are of the latest quarter begun, unless that one ended too long ago for its results to be news:
 * then the quarter is one of a fiscal year, named in the year of the writing ("will report second-quarter results on
 * April 25", written in March 2013, is 2013-Q2, not 2012-Q2). So is a quarter called fiscal, whatever the tense picks.
 */
const recentQuarter = (part: Resolver, q: number, reported: boolean): Resolver => (ctx) => {
  const value = part(reported ? { ...ctx, tense: 'past', firm: true } : ctx);
  const year = Number(/^(\d{4})-Q/.exec(value)?.[1]);
  const month = ctx.base?.month;
  if (!ctx.base || !month || !year) return value;
  const monthsSinceEnd = (ctx.base.year - year) * 12 + month - 3 * q;
  return monthsSinceEnd > RESULTS_LAG_MONTHS ? `${formatYear(ctx.base.year)}-Q${q}` : value;
};
/**
 * What is reported of a quarter once it has begun: its results, earnings, sales, revenue, profit or loss ("reported
 * third-quarter sales that missed forecasts", "posted third-quarter profit of $2.5 billion").
 */
const REPORTED_FIGURE_AFTER = /^[\s-]+(?:results|earnings|financial\s+results|sales|revenues?|profits?|net\s+income|loss(?:es)?)\b/i;
/** Data told of a time, right before it: "the final reading of", "GDP data for the", "official figures for". */
const DATA_OF_BEFORE = /\b(?:reading|readings|data|figures|statistics|numbers)\s+(?:of|for|on)\s+(?:the\s+)?$/i;
/** A figure told of a quarter, maybe qualified: "Q4 results", "Q1 net profit", "Q2 operating loss". */
const BARE_QUARTER_FIGURE = /^[\s-]+(?:(?:net|operating|pre-?tax|core|adjusted|gross)\s+)?(?:results?|earnings|sales|revenues?|profits?|loss(?:es)?|GDP|growth|figures|numbers|deliveries|shipments|guidance|reporting|output)\b/i;
const QUARTER_CODE = pattern(
  /\b(?:(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?Q([1-4])(?:\s*(?:FY\s?)?['’]?(\d{4}|\d{2})|\s+(?:of\s+)?(last|next|this)\s+year)?|([1-4])Q\s?['’]?(\d{4}|\d{2})|(\d{4})\s*[-\s]\s*Q([1-4]))\b/g,
  TRIGGER.digit,
  /Q[1-4]|[1-4]Q/,
);
/**
 * Quarters joined to the one written with the year, which they share: "Q1-Q2 2025", "Q3 and Q4 2024", "Q1, Q2 and Q3
 * 2023", "Q2 to Q4 2023".
 */
const JOINED_QUARTERS_YEAR = /^(?:\s*(?:,\s*(?:and\s+)?|[-–—/&]|\s(?:to|and|or|through|thru)\s)\s*Q[1-4]\b){1,3}\s*(?:FY\s?)?['’]?(\d{4}|\d{2})\b/;
/** A determiner right before: a thing is named after it. */
const MODEL_DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+$/i;
/**
 * Business shorthand for quarters: `Q3 2019`, `Q3'19`, `3Q19`, `2019 Q4`, `2019-Q4`, `Q3 last year`, a `Q1` joined to
 * a later one with its year (`Q1-Q2 2025`), and a bare `Q3` or `next Q2` (a quarter of the year the text is about, as
 * `the third quarter` is).
 */
const quarterCodes: Parser = (text) =>
  scan(text, QUARTER_CODE, (m, s, e) => {
    const q = Number(m[2] ?? m[5] ?? m[8]);
    const year = m[3] ?? m[6] ?? m[7] ?? (m[2] && !m[1] && !m[4] ? JOINED_QUARTERS_YEAR.exec(text.slice(e, e + 40))?.[1] : undefined);
    // "the Q400", "a Q300": a model's name (Bombardier's turboprops), not a quarter with its year glued on.
    if (m[3]?.length === 2 && m[0].endsWith(`Q${q}${m[3]}`) && precededBy(text, s, MODEL_DETERMINER_BEFORE)) return undefined;
    // "Q3 last year": of the year of writing, shifted.
    if (m[4]) return date(s, e, ofShiftedYear(WRITTEN_YEAR_SHIFT[m[4].toLowerCase()] ?? 0, `Q${q}`));
    // "Room Q1", "the Audi Q4": without a year, only a word that introduces a time, or a figure reported for it ("Q4
    // results"), makes "Q3" a quarter.
    if (!year && !m[1] && !precededBy(text, s, BARE_QUARTER_CONTEXT) && !BARE_QUARTER_FIGURE.test(text.slice(e, e + 28))) return undefined;
    return date(s, e, year ? `${formatYear(shortYear(year))}-Q${q}` : yearPart(`Q${q}`, 3 * q - 2, undefined, m[1]));
  });

const HALF_CODE = pattern(/\b(?:H([12])\s*(?:FY\s?)?['’]?(\d{4}|\d{2})|([12])H\s?['’]?(\d{4}|\d{2})|(\d{4})\s*[-\s]\s*H([12]))\b/g, TRIGGER.digit, ['H1', 'H2', '1H', '2H']);
/** `H1 2023`, `1H23`, `2023 H2`: a half of a year, always with its year (a bare `H1` is too often something else). */
const halfCodes: Parser = (text) =>
  scan(text, HALF_CODE, (m, s, e) => date(s, e, `${formatYear(shortYear(m[2] ?? m[4] ?? m[5] ?? ''))}-H${m[1] ?? m[3] ?? m[6]}`));

const FISCAL_CODE = pattern(/\bFY\s?['’]?(\d{4}|\d{2})\b/g, TRIGGER.digit, ['FY']);
/** `FY2024`, `FY 2022`, `FY21`: a fiscal year, placed as the calendar year it is named after (as `fiscal 1989` is). */
const fiscalCodes: Parser = (text) => scan(text, FISCAL_CODE, (m, s, e) => date(s, e, formatYear(shortYear(m[1] ?? ''))));

const THE_QUARTER = pattern(/\b(?:the|that)\s+(?:(latest|most\s+recent|recent|current|same|comparable|just-ended|fiscal|holiday|Christmas|festive)[\s-]+|(\d{4})\s+)?(quarter|period)\b(?:\s+(?:of|in)\s+(1[0-9]{3}|20[0-9]{2})\b)?/gi, TRIGGER.quarter);
/** "the same period of 2011", "the comparable quarter in 2011": the quarter under discussion, in the year written after. */
const SAME_OR_COMPARABLE = /^(?:same|comparable)$/i;
const FESTIVE = /^(?:holiday|christmas|festive)$/i;
const FOURTH_QUARTER = partOfYearResolver('Q4', 10);
/**
 * "quarter-finals", "quarter final": a round of a cup, not a quarter of the year; nor is the quarter of a compound
 * noun ("campuses on the quarter system", "the quarter mile").
 */
const QUARTER_OF_A_NOUN_AFTER = /^(?:(?:-|\s+)finals?|\s+(?:system|mile|note|pounder)s?)\b/i;
/**
 * Words after a bare "the quarter" that make it part of a phrase ("the quarter ended", "the quarter to March", "the
 * quarter from July", "quarter to quarter"); a figure or a cause after "to" or "from" leaves it the quarter ("revenue
 * rose 4% in the quarter to $2.35 billion", "a gain in the quarter from the sale of a unit").
 */
const NOT_A_QUARTER_AFTER = /^\s+(?:of|ended|ending|when|in|between)\b|^\s+(?:[Tt]o|[Ff]rom)\s+(?:[A-Z]|quarter\b|mid|early|late|the\s+end\b)/;
/**
 * `the quarter`, `the latest quarter`, `the latest period`, `the 1988 period`: the quarter under discussion, or,
 * with none mentioned yet, the last one completed before the DCT (what earnings reports talk about).
 */
const theQuarter: Parser = (text) =>
  scan(text, THE_QUARTER, (m, s, e) => {
    // "the holiday quarter", "the Christmas quarter": the fourth, the one of the shopping season ("the Christmas
    // period" is vaguer, and left to the feast).
    // In "the holiday-quarter results" the article is the results'.
    if (m[1] && FESTIVE.test(m[1])) {
      if (!/quarter/i.test(m[3] ?? '') || m[4]) return undefined;
      return date(m[0].includes('-') ? s + m[0].indexOf(m[1]) : s, e, FOURTH_QUARTER);
    }
    // A year after belongs to "the same period" only; the rest read as before the year ("the quarter in 2011").
    if (m[4] && !SAME_OR_COMPARABLE.test(m[1] ?? '')) return undefined;
    // "the latest quarter to total $28 million": a qualified quarter stays one whatever follows, except "of".
    if (m[1] || m[2] ? /^\s+of\b/i.test(text.slice(e, e + 4)) : NOT_A_QUARTER_AFTER.test(text.slice(e, e + 20))) return undefined;
    if (QUARTER_OF_A_NOUN_AFTER.test(text.slice(e, e + 8))) return undefined;
    const isPeriod = /period/i.test(m[3] ?? '');
    if (isPeriod && !m[1] && !m[2]) return undefined;
    if (isPeriod && m[1] && !m[4] && !/latest|recent/i.test(m[1])) return undefined;
    const year = m[2] ?? m[4] ? Number(m[2] ?? m[4]) : undefined;
    // "the latest quarter" has been reported: not one told as still to come ("will result in a fourth-quarter charge …
    // earnings fell 59% in the latest quarter", written in November, is the third quarter). A fourth quarter reported
    // in November is a fiscal one, and stays.
    const reported = m[1] !== undefined && /latest|recent|just-ended/i.test(m[1]);
    return date(s, e, (ctx) => {
      const { previousAhead, base } = ctx;
      // A day told since the quarter leaves "the quarter" the one told ("for the October-December quarter on Jan. 7").
      const previous = ctx.previous?.quarter === undefined && ctx.quarterTold ? ctx.quarterTold : ctx.previous;
      const q = previous?.quarter;
      if (year !== undefined) {
        const told = quarterCompared(ctx, true)?.quarter;
        return told !== undefined ? `${formatYear(year)}-Q${told}` : formatYear(year);
      }
      const running = reported && previousAhead && q !== undefined && previous && base?.month !== undefined &&
        previous.year * 4 + q >= base.year * 4 + quarterOf(base.month);
      if (q !== undefined && previous && !running) return `${formatYear(previous.year)}-Q${q}`;
      return offsetResolver('quarter', -1)({ tense: 'unknown', ...(base ? { base } : {}) });
    });
  });

const QUARTER_A_YEAR_AGO = pattern(
  /\b(?:the\s+(?:(?:same|corresponding|comparable)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year)|last\s+year['’]s\s+(?:quarter|period))\b/gi,
  TRIGGER.quarter,
);
/**
 * `the quarter a year ago`, `the corresponding period last year`, `last year's quarter`: the quarter under discussion,
 * a year back. Told in passing, it does not become the quarter the report is of.
 */
const quarterAYearAgo: Parser = (text) =>
  scan(text, QUARTER_A_YEAR_AGO, (m, s, e) => {
    const year = /\s(?:earlier|before)$/i.test(m[0]) ? measuredYearBefore(text, s) : undefined;
    const counted = year !== undefined ? () => formatYear(year - 1) : comparisonResolver('year', -1);
    return { ...date(s, e, quarterAYearBefore(counted)), comparison: true };
  });
/** A year its sentence measures something in: "Shootings in 2012", "the last three months of 2012" (not "founded in 1985"). */
const MEASURED_IN_YEAR = /\b(?<!ed\s{1,3})(?:in|of|for|during)\s+(1[0-9]{3}|20[0-9]{2})\b(?![^.!?]*\b(?:1[0-9]{3}|20[0-9]{2})\b)/;
/**
 * "Shootings in 2012 were down from the same period a year earlier": with no quarter told, a year "earlier" than the
 * year its sentence measures in (not than the writing, as "last year" is).
 */
const measuredYearBefore = (text: string, start: number): number | undefined => {
  const before = text.slice(Math.max(0, start - 200), start);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  const year = MEASURED_IN_YEAR.exec(sentence)?.[1];
  return year !== undefined ? Number(year) : undefined;
};

const HALVES = pattern(new RegExp(`\\b(?:${SHIFT_WORDS}|the\\s+)?(first|second|1st|2nd|last|latter)[\\s-]+half\\b(?:\\s+of\\s+(?:the\\s+(?:calendar\\s+)?year|(?:fiscal\\s+)?(\\d{4}))|\\s+(?:of\\s+)?(last|next|this)\\s+year)?`, 'gi'), TRIGGER.half);
/**
 * `the first half of 1998`, `the second half`, `first-half`, `the last half of 1989`, `the latter half of 2008`, `the
 * second half of last year`, `the first half last year`, `the first half of the calendar year`.
 */
const halves: Parser = (text) =>
  scan(text, HALVES, (m, start, e) => {
    // "the first-half results": the hyphen makes the half an adjective and the article belongs to the noun.
    const s = /^the\s+\w+-half$/i.test(m[0]) ? start + (/^the\s+/i.exec(m[0])?.[0] ?? '').length : start;
    const h = /^(?:last|latter)$/i.test(m[2] ?? '') ? 2 : ordinalValue(m[2] ?? '');
    if (!h || h > 2) return undefined;
    // "the last half of the '80s", "the first half of the match": a half of something other than a year.
    if (!m[3] && !m[4] && !/of\s+the\s+(?:calendar\s+)?year$/i.test(m[0]) && /^\s+of\b/i.test(text.slice(e, e + 4))) return undefined;
    // "the first half" of a match or a hearing is not a calendar half; require "of <year>" or a financial context.
    // ("would complete the spin-off by the end of the first half. Its shares are expected to begin trading in June"), or
    // a regulator's or a plant's ("expects U.S. approval in the second half", "production will resume in the first half").
    if (!m[3] && !m[4] && !/\b(?:year|quarter|fiscal|profit|earnings|results|sales|revenue|economy|growth|percent|shares|stocks?|dividends?|analysts|deals?|merger|acquisition|takeover|transaction|approv|fda\b|filing|submission|production|output|shipments|%)/i.test(text.slice(Math.max(0, s - 120), e + 120))) return undefined;
    if (!m[3] && !m[4] && amongGameWords(text, s, e)) return undefined;
    if (!m[3] && !m[4] && afterMonthRange(text, start)) return undefined;
    const yearShift = m[4] ? WRITTEN_YEAR_SHIFT[m[4].toLowerCase()] : undefined;
    if (yearShift !== undefined) return date(s, e, ofShiftedYear(yearShift, `H${h}`));
    const toldYear = m[3] ?? (m[1] ? undefined : possessiveYear(text, s) ?? siblingYear(text, s, 'half'));
    const d = date(s, e, yearPart(`H${h}`, 6 * h - 5, toldYear, m[1]));
    // "In 2008, the epidemic killed 100 people in the first half of the year": a half told with no year takes the one
    // its sentence is framed in, as a month does.
    return !toldYear && !m[1] && yearShortlyBefore(text, s) ? { ...d, yearless: true } : d;
  });

const TWO_QUARTERS = pattern(/\b(?:the\s+)?(first|last|final|latter)\s+two\s+quarters\s+of\s+(?:(?:fiscal\s+)?(\d{4})\b|the\s+year\b|(last|next|this)\s+year\b)/gi, TRIGGER.quarter);
/** `the first two quarters of 1990`, `the last two quarters of next year`: the half of the year they make up. */
const twoQuarters: Parser = (text) =>
  scan(text, TWO_QUARTERS, (m, s, e) => {
    const h = /^first$/i.test(m[1] ?? '') ? 1 : 2;
    const shift = m[3] ? WRITTEN_YEAR_SHIFT[m[3].toLowerCase()] : undefined;
    return date(s, e, shift !== undefined ? ofShiftedYear(shift, `H${h}`) : yearPart(`H${h}`, 6 * h - 5, m[2], undefined));
  });

const SEASONS = pattern(new RegExp(`(?:\\b${SHIFT_WORDS}|\\b(?:that\\s+)?(same)\\s+|\\bthe\\s+|(?<=\\b(?:in|during|by|until|since|through|early|late|mid|each|come)\\s{1,8}|\\bmid-))(spring|summer|fall|autumn|winter)\\b${YEAR_TAIL}|\\b(Spring|Summer|Fall|Autumn|Winter|spring|summer|autumn|winter)\\s+(?:(\\d{4})\\b|(?=['’]\\d{2}\\b))`, 'g' + 'i'), TRIGGER.season);
/**
 * Seasons need a determiner, a shift word, a preposition or a year: "fall" and "spring" are also a verb and a noun.
 * "Come" counts as a preposition: "Come spring, prices will rise", "we'll know more come fall"; so does "mid-": "in
 * mid-winter" (its part joins in the modifiers refiner).
 */
const seasons: Parser = (text) =>
  scan(text, SEASONS, (m, s, e) => {
    const name = (m[3] ?? m[6] ?? '').toLowerCase();
    const season = SEASON[name];
    // "the previous autumn", "the next spring" are the ones before and after the time told, not the writing's, as "the
    // next year" is: thatSeason reads them ("next spring" alone counts from the writing).
    if (!season || (m[1] !== undefined && /^the\s+(?:previous|next)\s/i.test(m[0]))) return undefined;
    const year = m[4] ?? m[5] ?? m[7];
    // "the summer of '69", "Summer '24": a year with two digits, of the century the text is in.
    const short = year ? null : /^\s*(?:of\s+)?['’](\d{2})\b(?!['’]?s)/.exec(text.slice(e, e + 12));
    if (short) {
      const yy = twoDigitYearResolver(Number(short[1]));
      return date(s, e + short[0].length, (ctx) => `${yy(ctx)}-${season[0]}`);
    }
    // "the fall of Rome", "the Spring Offensive": nouns and names, not seasons. So is "his last summer of college", the
    // final one; but "were accused last spring of cheating": "of" there is the verb's, after a season of the writing.
    // "the spring equinox", "the summer solstice" are days, not the season.
    const after = text.slice(e, e + 20);
    if (!year && /^\s+(?:of\s+(?!\d)|Offensive|offensive|campaign|Olympics|session|semester|term|wheat|storms?|[Bb]udget|[Ss]tatement|equinox|solstice)/.test(after) &&
      !(m[1] !== undefined && /^\s+of\s/.test(after) && !/^the\s/i.test(m[0]) && !precededBy(text, s, OWNER_BEFORE))) return undefined;
    // "the fall in prices": a drop, not autumn ("in the fall in Paris", "last fall in his home" keep their season).
    if (name === 'fall' && !m[1] && !m[2] && /^\s+in\s+[a-z]/.test(text.slice(e, e + 8))) return undefined;
    // "The fall is often taken as the end of the Middle Ages": "the fall" as the subject of a verb, with no word of time
    // before it, is the fall of what was told ("In the fall the army returned" keeps its season).
    // So is "The fall" alone on a line, a heading.
    if (name === 'fall' && !year && !m[1] && !m[2] && !precededBy(text, s, TIME_WORD_BEFORE) &&
      (FALL_EVENT_VERB_AFTER.test(text.slice(e, e + 16)) || ((s === 0 || text[s - 1] === '\n') && LINE_END.test(text.slice(e, e + 3))))) return undefined;
    // "that same spring" is the spring of the year under discussion; "next autumn", "last spring" count from the writing.
    // "the biggest storm of the winter", "the first snow of the winter": the season a record or a first is of is this
    // one, whatever the tense.
    const ofRecord = !year && !m[1] && !m[2] && text.startsWith('of ', s - 3) && RECORD_OF_BEFORE.test(text.slice(Math.max(0, s - 50), s));
    // "the fall 2013 freshman class", "the autumn 2013 intake": before the noun it qualifies, "the" is that noun's, as in
    // "the 2013 budget".
    if (m[4] && !m[1] && !m[2] && /^the\s/i.test(m[0]) && !/\sof\s/i.test(m[0]) && NOUN_AFTER_SEASON_YEAR.test(text.slice(e, e + 24))) s += m[0].search(/\s/) + 1;
    const d = date(s, e, ofRecord ? seasonSoFar(season[0], season[1]) : yearPart(season[0], season[1], year, m[2] ? 'this' : m[1]));
    // "the Winter Classic", "The Winter Games", "the Fall Classic": a capitalised season before a capitalised word is
    // part of a name, which news leaves untagged (a history tags the season of "the Autumn Harvest Uprising").
    if (!year && /^[A-Z]/.test(m[3] ?? '') && /^\s+[A-Z][a-z]/.test(text.slice(e, e + 4))) return { ...d, historyOnly: true };
    if (m[1] && !year) return { ...d, deictic: true };
    // "In 2011, by the spring, fighting had resumed": a bare season takes the year its sentence is framed in, as a month
    // does (only a year written shortly before can frame it).
    return !year && !m[2] && yearShortlyBefore(text, s) ? { ...d, yearless: true } : d;
  });

/** An owner or a determiner right before "last summer": "his last summer of college" is his final one. */
const OWNER_BEFORE = /\b(?:his|her|their|its|my|our|your|a|the|[A-Z][a-z]+['’]s)\s+$/;
/** A verb right after "the fall" that an event or a drop is the subject of ("said the fall showed the plan was working"). */
const FALL_EVENT_VERB_AFTER = /^\s+(?:is|was|has|had|marked|ended|brought|caused|shocked|led|meant|left|sent|prompted|signall?ed|opened|ushered|showed|shows|reflect(?:s|ed)|suggest(?:s|ed)|came|comes|follow(?:s|ed))\b/;
/** The end of a line, maybe after spaces. */
const LINE_END = /^[ \t]*(?:\r?\n|$)/;
/** A word of time right before a season: "in", "by", "that", "early". */
const TIME_WORD_BEFORE = /\b(?:in|during|by|until|till|since|through|from|that|this|next|last|early|late|mid|each|every|of)\s+$/i;

/**
 * This season, as told in the present: the one under way, or one just over (a record of the winter told in March is
 * of the winter just gone, not of the next).
 */
const seasonSoFar = (code: string, startMonth: number): Resolver => {
  const thisSeason = partOfYearResolver(code, startMonth, 0);
  return (ctx) => thisSeason({ ...ctx, tense: 'present' });
};
/** A superlative or "first" and what it ranks, right before "of": "the biggest storm of", "the coldest day yet of". */
const RECORD_OF_BEFORE = /\b(?:[a-z]{2,}est|best|worst|first|last|most\s+[a-z]+)\s+(?:[a-z-]+\s+){0,3}of\s+$/i;
/** A year written in the text right before a season. */
const YEAR_SHORTLY_BEFORE = /\b(?:1[0-9]|20)[0-9]{2}\b/;
/** Is a year written shortly before `start` (only one can frame the part of a year told there)? */
const yearShortlyBefore = (text: string, start: number): boolean => YEAR_SHORTLY_BEFORE.test(text.slice(Math.max(0, start - 160), start));

const WINTER_ACROSS = pattern(
  /\b(?:[Tt]he\s+)?(?:[Ww]inter\s+(?:of\s+)?(?:(\d{4})\s*[-–/]\s*(\d{2}|\d{4})|AD\s+(\d{1,4})\s*[-–/]\s*(\d{1,4}))|(\d{4})\s*[-–/]\s*(\d{2}|\d{4})\s+winter)\b/g,
  TRIGGER.season,
);
/**
 * `the winter of 1854–55`, `winter 1941/42`, `the 2023-24 winter`, `the winter of AD 208–209`: the one winter across
 * the turn of those two years, named by its January's year as every winter is. A short year after "AD" is the era's,
 * not one of the last century's.
 */
const winterAcross: Parser = (text) =>
  scan(text, WINTER_ACROSS, (m, s, e) => {
    const [first, second] = [m[1] ?? m[3] ?? m[5] ?? '', m[2] ?? m[4] ?? m[6] ?? ''];
    const year = Number(first);
    const cut = 10 ** second.length;
    const next = second.length < first.length ? year - (year % cut) + Number(second) : Number(second);
    return next === year + 1 ? date(s, e, `${formatYear(next)}-WI`) : undefined;
  });

const WINTER_ACROSS_BC = pattern(/\b(?:[Tt]he\s+)?[Ww]inter\s+(?:of\s+)?(\d{2,4})\s*[-–/]\s*(\d{1,4})\s*(?:B\.C\.(?:E\.)?|BCE?\b)/g, TRIGGER.season);
/** `the winter of 416/15 BC`, `winter 480–479 BC`: counting down, the winter whose January is in the second year. */
const winterAcrossBc: Parser = (text) =>
  scan(text, WINTER_ACROSS_BC, (m, s, e) => {
    const [first, second] = [m[1] ?? '', m[2] ?? ''];
    const year = Number(first);
    const cut = 10 ** Math.min(second.length, first.length);
    const next = second.length < first.length ? year - (year % cut) + Number(second) : Number(second);
    return next === year - 1 ? date(s, e, `BC${String(next).padStart(4, '0')}-WI`) : undefined;
  });

const SEASON_WORD_BEFORE = /\b(?:in|during|by|until|since|through|early|late|mid|last|this|next)\s+$/i;
const SEASON_OF_THAT_YEAR = pattern(
  /\b(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+(?:that|the\s+(same|following|next|previous|preceding))|(?:of\s+)?(this|last|next))\s+year\b/gi,
  TRIGGER.season,
);
/**
 * `the spring of that year`, `the summer of the following year`: a season of the year told last, shifted; `the summer
 * of next year`, `spring last year`: of the year of writing, shifted.
 */
const seasonOfThatYear: Parser = (text) =>
  scan(text, SEASON_OF_THAT_YEAR, (m, s, e) => {
    const season = SEASON[(m[1] ?? '').toLowerCase()];
    if (!season) return undefined;
    // "expected profits to fall this year", "prices could spring back": with neither "the" nor "of", "fall" and
    // "spring" are a season only after a word of time ("in spring last year").
    const bare = !/^the\s/i.test(m[0]) && !/\sof\s/i.test(m[0]);
    if (bare && /^(?:fall|spring)$/i.test(m[1] ?? '') && !precededBy(text, s, SEASON_WORD_BEFORE)) return undefined;
    if (m[3]) return date(s, e, ofShiftedYear(WRITTEN_YEAR_SHIFT[m[3].toLowerCase()] ?? 0, season[0]));
    const shift = TOLD_YEAR_SHIFT[(m[2] ?? 'same').toLowerCase()] ?? 0;
    const value: Resolver = ({ base }) => `${base ? formatYear(base.year + shift) : 'XXXX'}-${season[0]}`;
    return { ...date(s, e, value), anaphoric: true };
  });

const THAT_SEASON = pattern(
  /\b(?:([Tt]hat)\s+(spring|summer|autumn|winter)|[Tt]he\s+(following|next|previous|preceding|same)\s+(spring|summer|autumn|winter|fall))\b(?!\s+of\b)/g,
  TRIGGER.season,
);
/**
 * A verb whose object is a clause, right before "that" or with the day of telling between: "hoping that winter rule
 * changes will slow him", "said Tuesday that spring recess would run", "announced that winter break would be extended".
 */
const CLAUSE_VERB_BEFORE = /\b(?:hop(?:e|es|ed|ing)|sa(?:y|ys|id|ying)|believ(?:e|es|ed|ing)|think(?:s|ing)?|thought|expect(?:s|ed|ing)?|know(?:s|ing)?|knew|fear(?:s|ed|ing)?|warn(?:s|ed|ing)?|predict(?:s|ed|ing)?|ensur(?:e|es|ed|ing)|show(?:s|ed|ing)?|mean(?:s|ing)?|meant|announc(?:e|es|ed|ing)|confirm(?:s|ed|ing)?|decid(?:e|es|ed|ing)|agree(?:s|d)?)(?:\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday))?\s+$/i;
/** A noun right after the season, which it qualifies: "winter rule changes" (not "winter was"). */
const SEASON_AS_MODIFIER = /^\s+(?!(?:was|is|were|will|would|had|has|could|might|and|or|saw|brought|came)\b)[a-z]/;
/**
 * `That autumn, Lee invaded`, `the following spring`: a season of the story, counted from the date told last ("that
 * fall" is left out: "prices that fall"; so is "that" opening a clause: "hoping that winter rule changes will slow him").
 */
const thatSeason: Parser = (text) =>
  scan(text, THAT_SEASON, (m, s, e) => {
    const season = SEASON[(m[2] ?? m[4] ?? '').toLowerCase()];
    const shift = TOLD_YEAR_SHIFT[(m[1] ?? m[3] ?? '').toLowerCase()];
    if (!season || shift === undefined || (m[1] && SEASON_AS_MODIFIER.test(text.slice(e, e + 12)) && precededBy(text, s, CLAUSE_VERB_BEFORE))) return undefined;
    return { ...date(s, e, partOfYearResolver(season[0], season[1], shift)), anaphoric: true };
  });

const SEASON_BEFORE_AFTER = pattern(/\b[Tt]he\s+(spring|summer|autumn|winter|fall)\s+(before|after)(?=\s*(?:[,.;:]|$))/g, TRIGGER.season);
/**
 * `the summer before,` `the winter after.`: closing its phrase, the season before (after) the time told, as "the
 * previous summer" is ("He was elected in November 2008. The summer before, he had toured Europe").
 */
const seasonBeforeAfter: Parser = (text) =>
  scan(text, SEASON_BEFORE_AFTER, (m, s, e) => {
    const season = SEASON[(m[1] ?? '').toLowerCase()];
    const shift = TOLD_YEAR_SHIFT[/^before$/i.test(m[2] ?? '') ? 'previous' : 'following'];
    if (!season || shift === undefined) return undefined;
    return { ...date(s, e, partOfYearResolver(season[0], season[1], shift)), anaphoric: true };
  });

const THAT_FALL = pattern(/\b[Tt]hat\s+fall\b/g, TRIGGER.season);
/**
 * "At his trial that fall, the jury", "He went on trial that fall.": "that fall" closing its phrase after a word that
 * cannot be the plural subject of the verb "fall" ("prices that fall", "people that fall ill"), or opening a sentence
 * with its comma.
 */
const FALL_CLOSES = /^\s*(?:[,.;:)]|$|(?:and|when|after|before|but|as|while)\b)/;
const NOT_FALL_SUBJECT_BEFORE = /\b(?![a-z]*(?:ss|us|is)\b)[a-z]*[^s\s]\s+$/;
const FALLING_SUBJECT = /\b(?:people|children|men|women|police|cattle|few|many|all|some|most|none)\s+$/i;
/** A sentence's start, maybe with a preposition of time: "That fall he", "By that fall she". */
const OPENS_WITH_TIME_WORD = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:(?:By|In|During|Until|Through)\s+)?$/;
/**
 * A clause's start after a comma, with a preposition of time: "reset in the spring, and by that fall the bank had
 * called" (a fall suffered has no comma to open its clause: "hurt by that fall he took").
 */
const CLAUSE_OPENS_WITH_TIME_WORD = /,\s+(?:(?:and|but|yet|so)\s+)?(?:by|in|during|until|through)\s+$/;
/** A pronoun subject right after: "that fall he was running the plant" ("fall" as a verb takes none). */
const PRONOUN_SUBJECT_AFTER = /^\s+(?:he|she|they|we|I|it)\b/;
const thatFall: Parser = (text) =>
  scan(text, THAT_FALL, (_m, s, e) => {
    const after = text.slice(e, e + 8);
    const before = text.slice(Math.max(0, s - 24), s);
    // "That fall he was hired", "By that fall she ran the plant": opening its sentence before its subject; or its clause
    // after a comma and a preposition ("and by that fall the bank had called").
    const leads = (PRONOUN_SUBJECT_AFTER.test(after) && OPENS_WITH_TIME_WORD.test(before)) || CLAUSE_OPENS_WITH_TIME_WORD.test(before);
    if (!FALL_CLOSES.test(after) && !leads) return undefined;
    const opens = leads || (text.charAt(s) === 'T' && after.startsWith(','));
    if (!opens && (!NOT_FALL_SUBJECT_BEFORE.test(before) || FALLING_SUBJECT.test(before) || CLAUSE_VERB_BEFORE.test(before))) return undefined;
    const season = SEASON.fall!;
    return { ...date(s, e, partOfYearResolver(season[0], season[1], 0)), anaphoric: true };
  });

const SEASON_WORD = '(?:spring|summer|autumn|winter|fall)';

const SEASON_PAIR = pattern(new RegExp(
  `\\b(?:the\\s+)?(spring|summer|autumn|winter|fall)(?=\\s+(?:and|or|to|through|into)\\s+(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?${SEASON_WORD}\\s+(?:(?:of\\s+)?(1[0-9]{3}|20[0-9]{2})\\b|of\\s+(last|this|next)\\s+year\\b))`,
  'gi',
), TRIGGER.season);
/**
 * `the spring and early summer of 1943`, `autumn and winter 1916`, `the spring and summer of last year`: the first
 * season shares the year written after the second.
 */
const seasonPair: Parser = (text) =>
  scan(text, SEASON_PAIR, (m, s, e) => {
    const season = SEASON[(m[1] ?? '').toLowerCase()];
    if (!season) return undefined;
    const shift = m[3] ? WRITTEN_YEAR_SHIFT[m[3].toLowerCase()] : undefined;
    return date(s, e, shift !== undefined ? ofShiftedYear(shift, season[0]) : `${m[2]}-${season[0]}`);
  });

const BARE_SEASON = pattern(new RegExp(
  `\\b(?:(1[0-9]{3}|20[0-9]{2})\\s+)?(Spring|Summer|Autumn|Winter|spring|summer|autumn|winter|fall)(?=[\\s-]+(?:[Oo]ffensives?|[Cc]ounter-?offensives?|[Cc]ampaigns?|quarters|[Ff]ighting)\\b)` +
    `|\\b(spring|summer|autumn|winter|fall)(?=\\s+(?:and|or)\\s+(?:the\\s+)?(?:early\\s+|late\\s+)?${SEASON_WORD}\\b)` +
    `|(?<=\\b${SEASON_WORD}(?:\\s{1,4}(?:and|or)\\s{1,4}|-))(spring|summer|autumn|winter|fall)\\b(?!\\s+(?:of\\s+)?\\d)` +
    `|(?<=\\b(?:end|middle|onset|beginning|start|depths?|height)\\s{1,4}of\\s{1,4})(spring|summer|autumn|winter)\\b(?!\\s+(?:of\\s+)?\\d)` +
    // A line of a chronology opened by its season: "Summer – Restrictions are lifted".
    `|(?<=(?:^|\\n)[ \\t]*(?:[-–—•*·][ \\t]*)?)(Spring|Summer|Autumn|Fall|Winter)(?=[ \\t]*[–—:-])`,
  'g',
), TRIGGER.season);
/**
 * A season with no determiner where its company makes it one: before a campaign word (`the summer offensive`, the
 * `Spring Offensive`, `winter quarters`, `their 1982 summer offensives`), beside another season (`the spring and
 * summer`, `the winter-spring of 1920`), after a part word (`the onset of winter`), opening a line of a chronology
 * (`Summer – Restrictions are lifted`). The histories tag every such spring, summer, autumn and winter and the news
 * corpora have no counter-example. The year comes from the narrative.
 */
const bareSeasons: Parser = (text) =>
  scan(text, BARE_SEASON, (m, s, e) => {
    const season = SEASON[(m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '').toLowerCase()];
    // "the Spring Offensive of 1918": the campaign's year, written after its name.
    const year = m[1] ?? (m[2] ? CAMPAIGN_OF_YEAR.exec(text.slice(e, e + 40))?.[1] : undefined);
    if (!season) return undefined;
    const first = m[4] ? SHIFTED_SEASON_AND_BEFORE.exec(text.slice(Math.max(0, s - 30), s)) : null;
    const firstSeason = first ? SEASON[(first[2] ?? '').toLowerCase()] : undefined;
    if (first && firstSeason) {
      return { ...date(s, e, seasonAfter(yearPart(firstSeason[0], firstSeason[1], undefined, first[1]), season[0])), deictic: true };
    }
    return date(s, e, yearPart(season[0], season[1], year, undefined));
  });
const SHIFTED_SEASON_AND_BEFORE = new RegExp(`\\b(this|last|next)\\s+(${SEASON_WORD})\\s+(?:and|or)\\s+$`, 'i');
/** Where a season falls in the run of them, by the year that names it: a winter is named by its January, so comes first. */
const SEASON_ORDER: Readonly<Record<string, number>> = { WI: 0, SP: 1, SU: 2, FA: 3 };
/**
 * "talks resumed this spring and summer", "next spring or summer", "last winter and spring": seasons paired after
 * "this", "last" or "next" are told in order, so the second is the first of its kind after the first season.
 */
const seasonAfter = (first: string | Resolver, code: string): Resolver => (ctx) => {
  const told = /^(\d{4})-(WI|SP|SU|FA)$/.exec(typeof first === 'string' ? first : first(ctx));
  if (!told) return `XXXX-${code}`;
  const year = Number(told[1]);
  return `${formatYear((SEASON_ORDER[code] ?? 0) > (SEASON_ORDER[told[2] ?? ''] ?? 0) ? year : year + 1)}-${code}`;
};
const CAMPAIGN_OF_YEAR = /^[\s-]+[A-Za-z-]+\s+of\s+(1[0-9]{3}|20[0-9]{2})(?!\d)/;

const QUARTER_ENDED = pattern(new RegExp(`\\b[Tt]he\\s+quarter(?=\\s+(?:ended|ending|to)\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b|\\s+to\\s+(${MONTH_RE})\\b(?!\\s+\\d)|\\s+(?:ended|ending)\\s+in\\s+(${MONTH_RE})\\b(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?)`, 'g'), TRIGGER.quarter);
/**
 * `the quarter ended Sept. 30`, `the quarter to March`, `the quarter ended in December 2003`: the three months up to
 * that day (or to the month's end), named by the calendar quarter of their middle month (a quarter ended July 31 is
 * mostly May–July, Q2). The year is the end date's.
 */
const quarterEnded: Parser = (text) =>
  scan(text, QUARTER_ENDED, (m, s, e) => {
    const toMonth = m[3] ?? m[4];
    const [month, day] = toMonth ? [monthOf(toMonth), 28] : [monthOf(m[1] ?? ''), Number(m[2])];
    if (!month || day < 1 || day > 31) return undefined;
    const written = m[5] ? Number(m[5]) : undefined;
    return date(s, e, (ctx) => {
      // "ended" has happened; "ending" may lie either side of the reference day.
      const tense = /^\s+ended/.test(text.slice(e, e + 8)) ? 'past' : ctx.tense;
      const year = written ?? Number(monthDayResolver(month, day)({ ...ctx, tense }).slice(0, 4));
      const middle = month - (day >= 15 ? 1 : 2);
      if (Number.isNaN(year)) return 'XXXX-QX';
      return middle >= 1 ? `${formatYear(year)}-Q${Math.ceil(middle / 3)}` : `${formatYear(year - 1)}-Q4`;
    });
  });

const WEEKS_OF_MONTH = pattern(new RegExp(
  `\\b[Tt]he\\s+(first|second|third|fourth|last|final)\\s+(?:(two|three)\\s+weeks|(week|day))\\s+(?:of|in)\\s+(${MONTH_RE})(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?`,
  'g',
), TRIGGER.month);
/**
 * `the last week of September`, `the first two weeks of February 1951`, `the first week in June`, `the last day of
 * March`: the part of the month belongs to the timex (otherwise "the last week" or "the last day" would read as the
 * week or day before the DCT). One week is that ISO week of the month, a day that day of it; a count of weeks is a
 * span. (A weekend of a month is the holiday parser's, as its nth Saturday.)
 */
const weeksOfMonth: Parser = (text) =>
  scan(text, WEEKS_OF_MONTH, (m, s, e) => {
    const month = monthOf(m[4] ?? '');
    if (!month) return undefined;
    if (m[2]) return { start: s, end: e, type: 'DURATION', value: m[2].toLowerCase() === 'two' ? 'P2W' : 'P3W', source };
    const nth = (m[1] ?? '').toLowerCase();
    const n = nth === 'last' || nth === 'final' ? -1 : ordinalValue(nth) ?? 1;
    const year = m[5];
    const inYear = /^day$/i.test(m[3] ?? '') ? (y: number) => dayOfMonth(y, month, n) : (y: number) => weekOfMonth(y, month, n);
    if (year) return date(s, e, inYear(Number(year)));
    // Without a year it takes one from its sentence as the month would: "Last year, … in the final week of March".
    const weekOfBareMonth: Resolver = (ctx) => {
      const y = Number(monthDayResolver(month)(ctx).slice(0, 4));
      return Number.isNaN(y) ? monthDayResolver(month)(ctx) : inYear(y);
    };
    return { ...date(s, e, weekOfBareMonth), yearless: true };
  });

/**
 * The ISO week that is the nth of a month (−1 the last), by the rule ISO sets for the first week of a year: the
 * first week holds the month's 4th, so most of its days are in the month; the last holds the day three before the
 * month's end.
 */
function weekOfMonth(year: number, month: number, n: number): string {
  const day = n > 0 ? addDays({ year, month, day: 4 }, 7 * (n - 1)) : addDays(addMonths({ year, month, day: 1 }, 1), -4);
  return formatWeek(day);
}

/** The nth day of a month (−1 the last). */
function dayOfMonth(year: number, month: number, n: number): string {
  const first = { year, month, day: 1 };
  return formatDay(n > 0 ? addDays(first, n - 1) : addDays(addMonths(first, 1), -1));
}

const FISCAL_YEAR = /\b(?:fiscal|financial)\s+year$/i;
/** "the first day of the new year": the year just begun or about to, as "the new year" alone is. */
const NEW_YEAR_END = /\snew\s+year$/i;
const NTH_OF_PERIOD = pattern(
  /\b[Tt]he\s+(first|second|third|fourth|last|final)\s+(day|week|month)\s+of\s+(?:the\s+(?:(?:fiscal|financial|new)\s+)?(year|month)|(this|that|next|last)\s+(year|month)|(1[0-9]{3}|20[0-9]{2})\b)/g,
  TRIGGER.unit,
);
/**
 * `the first week of the year`, `the last day of the month`, `the first month of 1998`, `the last week of next year`,
 * `the first day of the new year` (the year just begun):
 * that day, week or month of the year or month the text names ("the last week" alone is the week before the writing).
 */
const nthOfPeriod: Parser = (text) =>
  scan(text, NTH_OF_PERIOD, (m, s, e) => {
    const nth = (m[1] ?? '').toLowerCase();
    const n = nth === 'last' || nth === 'final' ? -1 : ordinalValue(nth) ?? 1;
    const unit = (m[2] ?? '').toLowerCase();
    const ofMonth = (m[3] ?? m[5] ?? '').toLowerCase() === 'month';
    if (unit === 'month' && ofMonth) return undefined;
    // A fiscal year starts where its owner says, not on Jan. 1: its first day is the date it renames ("began on Oct. 1,
    // the first day of the fiscal year"), or no day the calendar can give.
    if (FISCAL_YEAR.test(m[0])) {
      return precededBy(text, s, APPOSITION) && unit === 'day' ? { ...date(s, e, TODAY), anaphoric: true } : undefined;
    }
    const shiftWord = (m[4] ?? '').toLowerCase();
    const newYear = !ofMonth && NEW_YEAR_END.test(m[0]);
    const period: Resolver = m[6] ? () => m[6]! : newYear ? newYearValue : offsetResolver(ofMonth ? 'month' : 'year', WRITTEN_YEAR_SHIFT[shiftWord] ?? 0);
    const value: Resolver = (ctx) => {
      const at = /^(-?\d{4})(?:-(\d\d))?$/.exec(period(ctx));
      if (!at) return ofMonth ? 'XXXX-XX' : 'XXXX';
      const [year, month] = [Number(at[1]), at[2] ? Number(at[2]) : undefined];
      if (month !== undefined) {
        if (unit === 'week') return weekOfMonth(year, month, n);
        const first = { year, month, day: 1 };
        return formatDay(n > 0 ? addDays(first, n - 1) : addDays(addMonths(first, 1), -1));
      }
      if (unit === 'month') return formatMonth(year, n > 0 ? n : 12);
      if (unit === 'week') return formatWeek(n > 0 ? addDays({ year, month: 1, day: 4 }, 7 * (n - 1)) : { year, month: 12, day: 28 });
      return formatDay(n > 0 ? addDays({ year, month: 1, day: 1 }, n - 1) : { year, month: 12, day: 31 });
    };
    const told = shiftWord === 'that' || (!shiftWord && !m[6] && !newYear);
    return { ...date(s, e, value), ...(told ? { anaphoric: true } : shiftWord ? { deictic: true } : {}) };
  });

const NTH_OF_DECADE = pattern(/\b[Tt]he\s+(first|last|final)\s+(day|year)\s+of\s+(?:the|this)\s+decade\b/g, TRIGGER.unit);
/**
 * `the last day of the decade` (Dec. 31 of its year ending in 9), `the first year of this decade`: of the decade just
 * told, or else the one the text is in ("the last day" alone is the day before).
 */
const nthOfDecade: Parser = (text) =>
  scan(text, NTH_OF_DECADE, (m, s, e) => {
    const last = !/^first$/i.test(m[1] ?? '');
    const day = /^day$/i.test(m[2] ?? '');
    const value: Resolver = ({ base, period }) => {
      const year = period?.grain === 'decade' ? period.year : base?.year;
      if (year === undefined) return day ? 'XXXX-XX-XX' : 'XXXX';
      const y = Math.floor(year / 10) * 10 + (last ? 9 : 0);
      return day ? formatDay({ year: y, month: last ? 12 : 1, day: last ? 31 : 1 }) : formatYear(y);
    };
    return { ...date(s, e, value), anaphoric: true };
  });

const MONTH_QUARTER = pattern(new RegExp(`\\b(?:the\\s+)?(${MONTH_RE})\\s+quarter\\b`, 'gi'), TRIGGER.quarter);
/**
 * `the December quarter`, `the March quarter`: companies name a quarter by the month it ends in (Apple's fiscal first
 * quarter is "the December quarter"); its calendar quarter, in the year that month takes.
 */
const monthQuarter: Parser = (text) =>
  scan(text, MONTH_QUARTER, (m, s, e) => {
    const month = monthOf(m[1] ?? '');
    if (!month || month % 3 !== 0) return undefined;
    return date(s, e, (ctx) => {
      const year = Number(monthDayResolver(month)(ctx).slice(0, 4));
      return Number.isNaN(year) ? `XXXX-Q${month / 3}` : `${formatYear(year)}-Q${month / 3}`;
    });
  });

const MONTHS_OF_QUARTER = pattern(new RegExp(`\\b(?:[Tt]he\\s+)?(${MONTH_RE})(?:\\s?[-–]\\s?|-to-)(${MONTH_RE})(?:\\s+(?:period|quarter))?(?:,?\\s+(?:of\\s+)?(1[0-9]{3}|20[0-9]{2})\\b)?`, 'g'), TRIGGER.month, ['-', '–']);
/**
 * `the July-September period`, `Jan-Mar 2024`, `the April–June quarter`, `the April-to-June quarter`: the three months
 * of a calendar quarter are that quarter, in the year the tense or the written year gives (other spans of months are two
 * dates, see monthDay).
 */
const monthsOfQuarter: Parser = (text) =>
  scan(text, MONTHS_OF_QUARTER, (m, s, e) => {
    const [first, last] = [monthOf(m[1] ?? ''), monthOf(m[2] ?? '')];
    if (!first || last !== first + 2 || first % 3 !== 1) return undefined;
    return date(s, e, yearPart(`Q${(first + 2) / 3}`, first, m[3], undefined));
  });

const SEASONS_AGO = pattern(new RegExp(`\\b(${COUNT_RE})\\s+(springs|summers|autumns|falls|winters)\\s+ago\\b`, 'gi'), TRIGGER.season);
/** `two summers ago`, `three winters ago`: last summer is one summer ago, and each more is a year before it. */
const seasonsAgo: Parser = (text) =>
  scan(text, SEASONS_AGO, (m, s, e) => {
    const n = numberValue(m[1] ?? '');
    const season = SEASON[(m[2] ?? '').toLowerCase().replace(/s$/, '')];
    if (n === undefined || !Number.isInteger(n) || n < 1 || !season) return undefined;
    const last = partOfYearResolver(season[0], season[1], WRITTEN_YEAR_SHIFT.last);
    const value: Resolver = (ctx) => last(ctx).replace(/^\d{4}/, (y) => formatYear(Number(y) - (n - 1)));
    return { ...date(s, e, value), deictic: true };
  });

const SEASON_BEFORE_LAST = pattern(/\b[Tt]he\s+(spring|summer|autumn|winter|fall)\s+before\s+last\b/g, TRIGGER.season);
/** `the summer before last`: the one a year before last summer, as "the year before last" is. */
const seasonBeforeLast: Parser = (text) =>
  scan(text, SEASON_BEFORE_LAST, (m, s, e) => {
    const season = SEASON[(m[1] ?? '').toLowerCase()];
    if (!season) return undefined;
    const last = partOfYearResolver(season[0], season[1], WRITTEN_YEAR_SHIFT.last);
    const value: Resolver = (ctx) => last(ctx).replace(/^\d{4}/, (y) => formatYear(Number(y) - 1));
    return { ...date(s, e, value), deictic: true };
  });

export const partOfYearParser: Parser = (text) => [
  ...monthQuarter(text), ...monthsOfQuarter(text),
  ...weeksOfMonth(text), ...nthOfPeriod(text), ...nthOfDecade(text), ...winterAcross(text), ...winterAcrossBc(text), ...seasonPair(text),
  ...quarters(text), ...theQuarter(text), ...quarterAYearAgo(text), ...halves(text), ...twoQuarters(text), ...seasons(text), ...bareSeasons(text), ...quarterEnded(text),
  ...quarterCodes(text), ...halfCodes(text), ...fiscalCodes(text), ...seasonOfThatYear(text), ...thatSeason(text), ...seasonBeforeAfter(text), ...thatFall(text), ...seasonsAgo(text), ...seasonBeforeLast(text),
];
