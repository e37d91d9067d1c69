/**
 * The second half of ranges, which TimeML tags as its own timex: `1915-17` (17 → 1917), `1990-94`, `6-7 January 1916`
 * (6 → 1916-01-06), `May 4 and 5`, `April 2, 4 and 9`, and a first date that borrows the year of the second (`26 June - 4 August 1952`,
 * `March 30 - April 2, 2019`, `May 3–5, 2019`) or the months and days of a list the year of its last (`June, July and
 * August 2022`, `Feb. 3, 4 and 5, 2025`).
 */
import { formatDay, formatMonth, formatYear, isValidDay } from '../calendar.ts';
import { pattern, precededBy, scan, type Draft, type Parser } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { COPYRIGHT_BEFORE, DATED_WEEKDAY_RE, MONTH_RE, WRITTEN_YEAR_SHIFT, monthOf } from '../lexicon.ts';
import { monthDayResolver } from '../resolve.ts';

const source = 'range';
const date = (start: number, end: number, value: Draft['value']): Draft => ({ start, end, type: 'DATE', value, source });
const DASH = '\\s*[-–—]\\s*';

const SHORT_YEAR_RANGE = pattern(new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})(?:${DASH}|\\/)(\\d{2})(?![\\d%/-])`, 'g'), TRIGGER.year);
/** `1915-17`, `2023/24`: the short second year takes the century of the first, rolling over when it is smaller. */
const shortYearRange: Parser = (text) =>
  scan(text, SHORT_YEAR_RANGE, (m, s, e) => {
    const first = Number(m[1]);
    const tail = Number(m[2]);
    let second = first - (first % 100) + tail;
    if (second <= first) second += 100;
    return second - first <= 30 ? { ...date(e - (m[2] ?? '').length, e, formatYear(second)), comparison: true } : undefined;
  });

/** A weekday before a day number, as listings write ranges: `Fri 14 – Sun 16 June`, `Friday 14th to Sunday 16th June`. */
const WEEKDAY_BEFORE_DAY = `${DATED_WEEKDAY_RE}\\.?,?\\s+`;
const LEAD_BEFORE_DAY = new RegExp(`(?:\\bthe\\s+|\\b${WEEKDAY_BEFORE_DAY})$`);
const DAY_RANGE = pattern(
  new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?)(?:${DASH}|\\s+(?:and|to|or)\\s+)(?:the\\s+|${WEEKDAY_BEFORE_DAY})?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, 'gd'),
  TRIGGER.month,
);
/**
 * `6-7 January 1916`, `23-28 March`, `15 and 22 February`, `from 3rd to 10th Feb`, `between the 3rd and the 10th of
 * February`, `Fri 14 – Sun 16 June`: the bare first day gets the month (and year) written after the second.
 */
const dayRange: Parser = (text) =>
  scan(text, DAY_RANGE, (m, at) => {
    // "the" or a weekday before the first day belongs to it, looked for only where a range is (the pattern starts at a
    // digit, which the regex engine finds fast).
    const s = at - (LEAD_BEFORE_DAY.exec(text.slice(Math.max(0, at - 16), at))?.[0].length ?? 0);
    const month = monthOf(m[3] ?? '');
    const day = parseInt(m[1] ?? '', 10);
    if (!month || !isValidDay(2000, month, day) || Number(m[2]) <= day) return undefined;
    const end = m.indices?.[1]?.[1] ?? at;
    return m[4]
      ? isValidDay(Number(m[4]), month, day) ? date(s, end, formatDay({ year: Number(m[4]), month, day })) : undefined
      // Without a year it is of the second day's, whatever the tense around each ("is on 22-23 May").
      : { ...date(s, end, monthDayResolver(month, day)), dayAfter: true };
  });

const SECOND_DAY = pattern(new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2}(?:st|nd|rd|th)?)(?:${DASH}|\\s+(?:and|to|or)\\s+)(\\d{1,2}(?:st|nd|rd|th)?)\\b(?!\\s*(?:${MONTH_RE}|:|%|percent))(?:,?\\s+(\\d{4})\\b|\\s+(next|last|this)\\s+year\\b)?`, 'gd'), TRIGGER.month);
/**
 * A year counted from the writing after the range ("returns Jan. 16-26 next year") is both days' year; "next year"
 * keeps its own timex.
 */
const writtenYear = (word: string | undefined, month: number, day: number): Draft['value'] | undefined => {
  const shift = word === undefined ? undefined : WRITTEN_YEAR_SHIFT[word.toLowerCase()];
  return shift === undefined ? undefined : ({ base }) => base ? formatDay({ year: base.year + shift, month, day }) : monthDayResolver(month, day)({ tense: 'unknown' });
};
/** `May 4 and 5`, `March 12-14`, `May 6 and 7th`: the second day number. */
const secondDay: Parser = (text) =>
  scan(text, SECOND_DAY, (m, s, e) => {
    const month = monthOf(m[1] ?? '');
    const day = parseInt(m[3] ?? '', 10);
    if (!month || !isValidDay(2000, month, day) || day <= parseInt(m[2] ?? '', 10)) return undefined;
    const dayAt = m.indices?.[3]?.[0] ?? s;
    const end = m[4] ? e : (m.indices?.[3]?.[1] ?? e);
    if (m[4]) return date(dayAt, end, formatDay({ year: Number(m[4]), month, day }));
    const counted = writtenYear(m[5], month, day);
    if (counted) return date(dayAt, end, counted);
    // Without a year, of the year of the first day, which the story is at now ("will run from March 1 to 3").
    return date(dayAt, end, laterDayOf(month, day));
  });

/** A day of `month` written after another of it, of the year of the day before it, which the story is at now. */
const laterDayOf = (month: number, day: number): Draft['value'] => {
  const ownYear = monthDayResolver(month, day);
  return (ctx) => {
    const first = ctx.previous;
    return first?.month === month && first.day !== undefined && first.day < day ? formatDay({ year: first.year, month, day }) : ownYear(ctx);
  };
};

/**
 * Lists of days are rare: a window near a month is first asked for a comma between two numbers (a literal, fast), and
 * only then for the month and its days.
 */
const LISTED_DAYS = pattern(
  new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})((?:,\\s*\\d{1,2}){1,6}),?\\s+(?:and|or)\\s+(\\d{1,2})(?![\\d:%])(?:,\\s+(1[0-9]{3}|20[0-9]{2})\\b)?`, 'gd'),
  TRIGGER.month,
  /\d,\s?\d/,
);
/** What may follow the last day of a list: a stop, or a word that is no noun counted ("April 2, 4 and 9 people"). */
const LIST_CLOSES = /^(?:\s*(?:[.,;:)]|$)|\s+(?:at|in|on|to|from|with|when|while|for|as|and|but|or|after|before|if|unless)\b)/;
/**
 * `April 2, 4 and 9`, `March 5, 12, 19 or 26`: the days listed after the first, each of its month. Only days going up,
 * so a day and a year ("April 2, 2013 and 9") or counts are not taken. A year after the last day (`Feb. 3, 4 and 5,
 * 2025`) is every day's, the first's too.
 */
const listedDays: Parser = (text) => {
  const found: Draft[] = [];
  // One match gives several days: they are gathered here, and the scan itself keeps none.
  scan(text, LISTED_DAYS, (m, s, e) => {
    const month = monthOf(m[1] ?? '');
    if (!month || !LIST_CLOSES.test(text.slice(e, e + 10))) return undefined;
    const year = m[5] ? Number(m[5]) : undefined;
    const dayOf = (day: number): Draft['value'] => year === undefined ? laterDayOf(month, day) : formatDay({ year, month, day });
    const middle = m.indices?.[3]?.[0] ?? e;
    const first = parseInt(m[2] ?? '', 10);
    const days: Draft[] = year === undefined ? [] : [date(s, m.indices?.[2]?.[1] ?? s, dayOf(first))];
    let last = first;
    for (const d of (m[3] ?? '').matchAll(/\d{1,2}/g)) {
      const day = Number(d[0]);
      if (day <= last || !isValidDay(year ?? 2000, month, day)) return undefined;
      const at = middle + (d.index ?? 0);
      days.push(date(at, at + d[0].length, dayOf(day)));
      last = day;
    }
    const day = Number(m[4]);
    if (day <= last || !isValidDay(year ?? 2000, month, day) || !isValidDay(year ?? 2000, month, first)) return undefined;
    const lastAt = m.indices?.[4]?.[0] ?? e;
    found.push(...days, date(lastAt, e, dayOf(day)));
    return undefined;
  });
  return found;
};

/**
 * Days listed before the month, as British papers write them: the bare days before the last pair (which dayRange
 * reads). Asked first for a comma between two numbers, as a list of days after the month is.
 */
const LISTED_DAYS_FIRST = pattern(
  new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?){0,5}),\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:and|or)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4}))?\\b`, 'gd'),
  TRIGGER.month,
  /\d(?:st|nd|rd|th)?,\s?\d/,
);
/** `4, 11 and 18 April`, `2nd, 9th and 16th of May 2013`: each day before the pair, of the month (and year) written last. */
const listedDaysFirst: Parser = (text) => {
  const found: Draft[] = [];
  scan(text, LISTED_DAYS_FIRST, (m, s) => {
    const month = monthOf(m[4] ?? '');
    const year = m[5] ? Number(m[5]) : undefined;
    const days = [...(m[1] ?? '').matchAll(/\d{1,2}/g)];
    const numbers = [...days.map((d) => Number(d[0])), Number(m[2]), Number(m[3])];
    // Only days going up, each a day of the month: not counts or scores.
    if (!month || numbers.some((n, k) => !isValidDay(year ?? 2000, month, n) || (k > 0 && n <= numbers[k - 1]!))) return undefined;
    for (const d of days) {
      const at = s + (d.index ?? 0);
      const day = Number(d[0]);
      const end = at + d[0].length + (/^(?:st|nd|rd|th)/.exec(text.slice(at + d[0].length, at + d[0].length + 2))?.[0].length ?? 0);
      found.push(year === undefined ? { ...date(at, end, monthDayResolver(month, day)), dayAfter: true } : date(at, end, formatDay({ year, month, day })));
    }
    return undefined;
  });
  return found;
};

/** `May 3–5, 2019`, `Jan. 16-26 next year`: the first date takes the year written after the second, not the document's. */
const firstDayOfYear: Parser = (text) =>
  scan(text, SECOND_DAY, (m, s) => {
    const [month, first, year] = [monthOf(m[1] ?? ''), parseInt(m[2] ?? '', 10), Number(m[4])];
    if (!month || parseInt(m[3] ?? '', 10) <= first) return undefined;
    const end = m.indices?.[2]?.[1] ?? s;
    const counted = writtenYear(m[5], month, first);
    if (counted) return date(s, end, counted);
    if (!m[4] || !isValidDay(year, month, first)) return undefined;
    return date(s, end, formatDay({ year, month, day: first }));
  });

const MONTH_DAY_PAIR = pattern(
  new RegExp(`\\b(?:${DATED_WEEKDAY_RE},?\\s+)?(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}|\\s+(?:to|through|until|till|and)\\s+)(${MONTH_RE})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(1[0-9]{3}|20[0-9]{2})\\b`, 'gd'),
  TRIGGER.month,
);
/** `March 30 - April 2, 2019`, `from May 3 to May 5, 2019`: the first date borrows the year written at the end. */
const monthDayPair: Parser = (text) =>
  scan(text, MONTH_DAY_PAIR, (m, s) => {
    const [first, day, second, year] = [monthOf(m[1] ?? ''), Number(m[2]), monthOf(m[3] ?? ''), Number(m[4])];
    if (!first || !second) return undefined;
    // "December 28 - January 3, 2020": the first date is in the year before.
    const y = first > second ? year - 1 : year;
    return isValidDay(y, first, day) ? date(s, m.indices?.[2]?.[1] ?? s, formatDay({ year: y, month: first, day })) : undefined;
  });

const BORROWED_YEAR = pattern(new RegExp(
  `\\b(?:${DATED_WEEKDAY_RE},?\\s+)?(\\d{1,2})\\s+(${MONTH_RE})(?:${DASH}|\\s+(?:to|through|until|till|and)\\s+)(?:${DATED_WEEKDAY_RE},?\\s+)?\\d{1,2}\\s+(${MONTH_RE}),?\\s+(\\d{4})\\b`,
  'gd',
), TRIGGER.month);
/**
 * `26 June - 4 August 1952`, `from Sunday 2 September to Thursday 6 September 1666`: the first date borrows the year
 * written at the end (the one before, when its month comes later in the year).
 */
const borrowedYear: Parser = (text) =>
  scan(text, BORROWED_YEAR, (m, s) => {
    const [day, month, second] = [Number(m[1]), monthOf(m[2] ?? ''), monthOf(m[3] ?? '')];
    const year = month && second && month > second ? Number(m[4]) - 1 : Number(m[4]);
    if (!month || !isValidDay(year, month, day)) return undefined;
    const end = m.indices?.[2]?.[1] ?? s;
    return date(s, end, formatDay({ year, month, day }));
  });

const FULL_YEAR_RANGE = pattern(new RegExp(`\\b(1[0-9]{3}|20[0-9]{2})${DASH}(1[0-9]{3}|20[0-9]{2})(?:\\b|(?=[A-Z][a-z]))(?![\\d%]|[.,]\\d|-)`, 'gd'), TRIGGER.year);
/**
 * `1955-1963`, `(1789-1791)`: the second year of a span, which the bare-year rule skips as it follows a digit and
 * a dash. A later, nearby second year tells a span of years from a score or a count ("1500-2000 troops").
 */
const fullYearRange: Parser = (text) =>
  scan(text, FULL_YEAR_RANGE, (m, s, e) => {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (second <= first || second - first > 100 || precededBy(text, s, COPYRIGHT_BEFORE)) return undefined;
    if (/^\s+(?:troops|men|soldiers|people|dead|killed|casualties|prisoners|tons|ships|aircraft|tanks)\b/.test(text.slice(e, e + 15))) return undefined;
    // The span's end does not move the narrative on: what follows "the 1975-1976 dry season" starts in 1975.
    return { ...date(m.indices?.[2]?.[0] ?? s, e, formatYear(second)), comparison: true };
  });

const BC_RANGE = pattern(/\b(\d{1,4})(?:\s*[-–—]\s*|\s+(?:to|and)\s+)(\d{1,4})\s*(?:B\.C\.(?:E\.)?|BCE?\b)/gd, TRIGGER.digit, ['BC', 'B.C']);
/**
 * `499-493 BC`, `264 to 241 BC`, `between 2600 and 2500 BC`: the first year takes the era written after the second
 * (and counts down to it).
 */
const bcRange: Parser = (text) =>
  scan(text, BC_RANGE, (m, s) => {
    const [first, second] = [Number(m[1]), Number(m[2])];
    if (first <= second || first - second > 200) return undefined;
    return date(s, m.indices?.[1]?.[1] ?? s, `BC${String(first).padStart(4, '0')}`);
  });

const MONTH_PAIR = pattern(new RegExp(`\\b(${MONTH_RE})(?:\\s*[-–—]\\s*|\\s+(?:and|to|or|through|until)\\s+)(?:early\\s+|late\\s+|mid-)?(${MONTH_RE}),?\\s+(?:in\\s+|of\\s+)?(1[0-9]{3}|20[0-9]{2})\\b`, 'gd'), TRIGGER.month);
/**
 * `August and September 1914`, `March–April 1918`, `from May to July in 2009`, `from late August to early December of
 * 2011`: the first month takes the year written after the second.
 */
const monthPair: Parser = (text) =>
  scan(text, MONTH_PAIR, (m, s) => {
    const [first, second, year] = [monthOf(m[1] ?? ''), monthOf(m[2] ?? ''), Number(m[3])];
    if (!first || !second || first === second) return undefined;
    // "December and January 1942": the first month is the year before.
    return date(s, m.indices?.[1]?.[1] ?? s, formatMonth(first < second ? year : year - 1, first));
  });

const MONTH_PAIR_SHIFTED = pattern(new RegExp(`\\b(${MONTH_RE})(?:\\s*[-–—]\\s*|\\s+(?:and|to|or|through|until)\\s+)(?:early\\s+|late\\s+|mid-)?(${MONTH_RE}),?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'gd'), TRIGGER.month, /year\b(?<=\b(?:this|last|next)\s+year)/);
/**
 * `June and July next year`, `between May and August last year`: the first month takes the year counted from the
 * writing after the second, as it takes one written there.
 */
const monthPairShifted: Parser = (text) =>
  scan(text, MONTH_PAIR_SHIFTED, (m, s) => {
    const [first, second] = [monthOf(m[1] ?? ''), monthOf(m[2] ?? '')];
    const shift = WRITTEN_YEAR_SHIFT[(m[3] ?? '').toLowerCase()];
    if (!first || !second || first === second || shift === undefined) return undefined;
    // "December and January next year": the first month is the year before.
    const back = first < second ? 0 : 1;
    return date(s, m.indices?.[1]?.[1] ?? s, ({ base }) => (base ? formatMonth(base.year + shift - back, first) : `XXXX-${String(first).padStart(2, '0')}`));
  });

const LISTED_MONTHS = pattern(
  new RegExp(`\\b(${MONTH_RE})((?:,\\s*(?:${MONTH_RE})){1,5}),?\\s+(?:and|or)\\s+(${MONTH_RE}),?\\s+(?:in\\s+)?(1[0-9]{3}|20[0-9]{2})\\b`, 'gd'),
  TRIGGER.month,
  /,\s*[A-Z]/,
);
/**
 * `June, July and August 2022`: the months listed before the last two take the year written at the end (monthPair
 * gives the one before the last), going back a year where the list crosses one ("November, December and January 2021").
 */
const listedMonths: Parser = (text) => {
  const found: Draft[] = [];
  scan(text, LISTED_MONTHS, (m, s) => {
    const listed = [{ at: s, name: m[1] ?? '' }];
    const middle = m.indices?.[2]?.[0] ?? s;
    for (const x of (m[2] ?? '').matchAll(new RegExp(MONTH_RE, 'g'))) listed.push({ at: middle + (x.index ?? 0), name: x[0] });
    const months = [...listed.map((x) => monthOf(x.name)), monthOf(m[3] ?? '')];
    if (months.some((x) => x === undefined)) return undefined;
    let year = Number(m[4]);
    for (let k = listed.length - 1; k >= 0; k--) {
      if ((months[k] ?? 0) > (months[k + 1] ?? 0)) year--;
      const x = listed[k]!;
      found.push(date(x.at, x.at + x.name.length, formatMonth(year, months[k] ?? 1)));
    }
    return undefined;
  });
  return found.sort((a, b) => a.start - b.start);
};

export const rangeParser: Parser = (text) => [
  ...monthPair(text), ...monthPairShifted(text), ...listedMonths(text),
  ...shortYearRange(text), ...dayRange(text), ...secondDay(text), ...listedDays(text), ...listedDaysFirst(text), ...firstDayOfYear(text), ...borrowedYear(text), ...monthDayPair(text), ...fullYearRange(text),
  ...bcRange(text),
];
