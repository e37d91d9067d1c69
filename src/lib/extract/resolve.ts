/**
 * Resolvers shared by the parsers: how a relative expression becomes a TIMEX3 value once the reference
 * time and tense are known. Without a reference they keep unknown parts (`XXXX-03`).
 *
 * A resolver with much to weigh is a small closure over what was parsed that calls a function of the module: closures
 * are made per draft and collected with it, and the engine drops a closure's optimised code with the last of them,
 * while a module function keeps its code from text to text.
 */
import {
  addDays, addMonths, addYears, dayOf, formatDay, formatMonth, formatWeek, formatYear, isValidDay, isoWeekday, quarterOf,
  utcDate, type Day,
} from './calendar.ts';
import { anchorDay, type Anchor, type ResolveContext, type Resolver, type Tense } from './draft.ts';
import { memoize } from './memoize.ts';

/** How far past the base year a year written with two digits may lie: "'26" in 2024 is 2026, "'69" is 1969. */
const TWO_DIGIT_AHEAD = 20;

/**
 * A year written with two digits (`'89`, `'98`): of the years ending so, the one nearest the base year (1789 in a
 * history of 1790, 1998 in 1998 news, 2025 in 2024 news), the earlier on a tie, and never more than a couple of
 * decades ahead ("the summer of '69" told in 2024 is 1969, not 2069); 19xx with no base.
 */
export const twoDigitYearResolver = (yy: number): Resolver => ({ base }) => {
  if (!base) return formatYear(1900 + yy);
  const century = Math.floor(base.year / 100) * 100;
  let year = century - 100 + yy;
  for (const y of [century + yy, century + 100 + yy]) {
    if (y - base.year <= TWO_DIGIT_AHEAD && Math.abs(y - base.year) < Math.abs(year - base.year)) year = y;
  }
  return formatYear(year);
};

/** Granularities a relative offset can be counted in. */
export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

/** A grain's value with every part unknown. */
export const UNKNOWN: Readonly<Record<Grain, string>> = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX',
  decade: 'XXX', century: 'XX',
};

/** The value of the `grain`-sized period that contains `d`. */
export function formatAt(d: Day, grain: Grain): string {
  switch (grain) {
    case 'day': return formatDay(d);
    case 'week': return formatWeek(d);
    case 'month': return formatMonth(d.year, d.month);
    case 'quarter': return `${formatYear(d.year)}-Q${quarterOf(d.month)}`;
    case 'half': return `${formatYear(d.year)}-H${d.month <= 6 ? 1 : 2}`;
    case 'year': return formatYear(d.year);
    // A BC year keeps its prefix: BC0480 lies in decade BC048 and century BC04.
    case 'decade': return formatYear(d.year).slice(0, d.year > 0 ? 3 : 5);
    case 'century': return formatYear(d.year).slice(0, d.year > 0 ? 2 : 4);
  }
}

/** Shifts a day by n periods of a grain. */
export function shift(d: Day, grain: Grain, n: number): Day {
  // "today", "this month", the day told: no calendar sum (every clock time without a day asks for one).
  if (n === 0) return d;
  switch (grain) {
    case 'day': return addDays(d, n);
    case 'week': return addDays(d, 7 * n);
    case 'month': return addMonths(d, n);
    case 'quarter': return addMonths(d, 3 * n);
    case 'half': return addMonths(d, 6 * n);
    case 'year': return addYears(d, n);
    case 'decade': return addYears(d, 10 * n);
    case 'century': return addYears(d, 100 * n);
  }
}

/** A day inside the anchor good enough for the grain (a month anchor can count months, not days). */
function baseFor(base: Anchor | undefined, grain: Grain): Day | undefined {
  if (!base) return undefined;
  const day = anchorDay(base);
  if (day) return day;
  if (grain === 'day' || grain === 'week') return undefined;
  if (base.month !== undefined) return { year: base.year, month: base.month, day: 1 };
  // "in the second quarter from the previous quarter": a quarter told is where quarters count from.
  if (grain === 'quarter' && base.quarter !== undefined) return { year: base.year, month: 3 * base.quarter - 2, day: 1 };
  return grain === 'year' || grain === 'decade' || grain === 'century' ? { year: base.year, month: 1, day: 1 } : undefined;
}

/** `n` periods from the base: yesterday (day, −1), last month (month, −1), two years ago (year, −2), this week (week, 0). */
/**
 * Resolvers whose value reads neither the tense nor a verb's hold on the date (ResolveContext.tense, firm): "yesterday",
 * "two weeks ago", "next year" are the same day whatever the verbs around, so the tense is not looked up for them.
 */
const TENSE_FREE = new WeakSet<Resolver>();
export const tenseFree = (resolver: Resolver): Resolver => {
  TENSE_FREE.add(resolver);
  return resolver;
};
export const readsNoTense = (resolver: Resolver): boolean => TENSE_FREE.has(resolver);

const GRAINS: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century'];
/** One resolver per grain and count, made once: the same offsets come back in every text ("last year", "yesterday"). */
const offsetResolverOf = memoize((key: number): Resolver => {
  const [grain, n] = [GRAINS[((key % 8) + 8) % 8]!, Math.floor(key / 8)];
  return tenseFree((ctx) => offsetValue(grain, n, ctx));
});
export const offsetResolver = (grain: Grain, n: number): Resolver =>
  Number.isSafeInteger(n * 8) ? offsetResolverOf(n * 8 + GRAINS.indexOf(grain)) : tenseFree((ctx) => offsetValue(grain, n, ctx));

function offsetValue(grain: Grain, n: number, { base: told, period }: ResolveContext): string {
  // "built in the 1880s and rebuilt in the next century": a decade told is in the century counted from.
  const base = period?.grain === grain || (grain === 'century' && period?.grain === 'decade') ? period : told;
  const d = baseFor(base, grain);
  if (d) return formatAt(shift(d, grain, n), grain);
  // "four days later" after "in May 1915": the day is unknown but the year (and month) very likely are not.
  if (base && grain === 'day') return `${formatYear(base.year)}-${base.month !== undefined ? pad2(base.month) : 'XX'}-XX`;
  if (base && grain === 'week') return `${formatYear(base.year)}-WXX`;
  return UNKNOWN[grain];
}

/**
 * The day the text is at: the day of writing, or the one told last. A resolver of its own, not the shared one of
 * `offsetResolver('day', 0)`: "the day" is told apart by it (dayOfNews in resolveValues.ts).
 */
export const TODAY = tenseFree((ctx) => offsetValue('day', 0, ctx));

/**
 * "twenty minutes later", "two hours earlier": from a clock time told on a known day, that time moved by `minutes`
 * (`2024-04-03T10:00`, across midnight too); from anything coarser, what `coarser` gives.
 */
export const clockOffsetResolver = (minutes: number, coarser: Resolver): Resolver => (ctx) => {
  const at = ctx.base;
  if (at?.minute === undefined || at.month === undefined || at.day === undefined) return coarser(ctx);
  const moved = utcDate(at.year, at.month, at.day);
  moved.setUTCMinutes(at.minute + minutes);
  return `${formatDay(dayOf(moved))}T${pad2(moved.getUTCHours())}:${pad2(moved.getUTCMinutes())}`;
};

/**
 * "a year ago", "a year earlier": in an earnings report that compares quarters, the same quarter a year before
 * the quarter under discussion; otherwise a plain offset.
 */
export const comparisonResolver = (grain: Grain, n: number): Resolver => (ctx) => {
  const q = grain === 'year' ? quarterCompared(ctx) : undefined;
  if (q?.quarter !== undefined) return `${formatYear(q.year + n)}-Q${q.quarter}`;
  return offsetResolver(grain, n)(weekCompared(ctx, grain));
};

/**
 * "Sales began in 1963. Rates averaged 6.72 percent this week, down from 7.03 percent a year earlier": a week told
 * since the story's time is the time a figure is compared with, a year back.
 */
const weekCompared = (ctx: ResolveContext, grain: Grain): ResolveContext =>
  grain === 'year' && ctx.period?.grain === 'week' && ctx.period.month !== undefined ? { ...ctx, base: ctx.period, period: undefined } : ctx;

/**
 * The quarter an earnings comparison is made with: the one told last, but not one still to come when the comparison
 * is told in the past ("expects losses through the third quarter of 1990. In the year-ago period, it earned" compares
 * the quarter being reported). With `yearSince`, for words that name a quarter, the quarter reported holds through a
 * year told since ("lower than the 16 cents it reported last year … earned $376,000 in the 1988 quarter").
 */
export function quarterCompared(ctx: ResolveContext, yearSince = false): Anchor | undefined {
  const { previous: p, reported: r } = ctx;
  if (p?.quarter !== undefined) {
    // Every quarter told that had ended is the reported one: another told last had not.
    const ahead = r !== undefined && (r.year !== p.year || r.quarter !== p.quarter);
    return ahead && ctx.tense === 'past' ? r : p;
  }
  return yearSince && p !== undefined && p.month === undefined ? r : undefined;
}

/**
 * `last year's quarter`, `the year-ago quarter`: the quarter compared with, a year back; else `coarser`. A day told
 * since the quarter leaves it the one compared with ("first-quarter results, due in mid-April, should improve from the
 * year-ago quarter" is a year before that first quarter).
 */
export const quarterAYearBefore = (coarser: Resolver): Resolver => (ctx) => {
  const q = quarterCompared(ctx, true) ?? ctx.quarterTold;
  return q?.quarter !== undefined ? `${formatYear(q.year - 1)}-Q${q.quarter}` : coarser(ctx);
};

/**
 * How many days a tense-contradicting candidate is penalised when choosing among calendar names: a past-tense
 * "Dec. 7" can still be next month ("said it will vote Dec. 7"), but not next summer.
 */
const PENALTY: Readonly<Record<Tense, number>> = { past: 200, future: 200, present: 60, unknown: 60 };
/** A named month or day in a future clause: a past candidate must be much nearer to win (see monthDayResolver). */
const FUTURE_MONTH_PENALTY = 300;
/**
 * A bare month in a future clause is a month to come however near the last one was ("Applications open in March"
 * told in April). A month with its day keeps the softer penalty: in the news corpora the tense found for those misleads
 * more often than a plan names a day just gone.
 */
const FUTURE_BARE_MONTH_PENALTY = 365;
/** In a history, how much nearer a month behind the story must be to beat the one ahead (half a year either way). */
const NARRATIVE_FORWARD = 45;
/** More than any distance between candidates a year apart. */
const FIRM_PENALTY = 1000;

/** Days since 1970-01-01 of a proleptic Gregorian day, by arithmetic (no Date: this runs for every candidate). */
function dayNumber(d: Day): number {
  const y = d.year - (d.month <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The candidate nearest to the base, after penalising the side the tense rules out. */
export function pickByTense(candidates: readonly Day[], base: Day, tense: Tense, penalty = PENALTY[tense]): Day | undefined {
  let best: Day | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const diff = dayNumber(c) - dayNumber(base);
    const wrongSide = tense === 'past' || tense === 'present' || tense === 'unknown' ? diff > 0 : diff < 0;
    const score = Math.abs(diff) + (wrongSide ? penalty : 0);
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** A base day for choosing: the anchor's own day, or the middle of its month. */
export const baseDay = (base: Anchor): Day | undefined =>
  anchorDay(base) ?? (base.month !== undefined ? { year: base.year, month: base.month, day: 15 } : undefined);

/**
 * A weekday relative to the base day: `shiftWeeks` −1 for "last Friday", +1 for "next Friday"; otherwise the
 * occurrence on the side of the base the tense points to (a bare weekday never lies a week or more away), and in a
 * history the next one, as the story moves on.
 */
/** `notTomorrow`: "next Wednesday", told on a Tuesday, is the Wednesday of the week after (tomorrow would be "tomorrow"). */
export const weekdayResolver = (weekday: number, shiftWeeks?: number, notTomorrow = false): Resolver => (ctx) => weekdayValue(weekday, shiftWeeks, ctx, notTomorrow);

function weekdayValue(weekday: number, shiftWeeks: number | undefined, { base, tense, narrative }: ResolveContext, notTomorrow = false): string {
  const d = anchorDay(base);
  if (!d) return `XXXX-WXX-${weekday}`;
  const today = isoWeekday(d);
  if (shiftWeeks !== undefined) {
    // "next Sunday": the first Sunday after the base day; "last Monday": the latest one before it.
    const n = shiftWeeks > 0 ? ((weekday - today + 6) % 7) + 1 : -(((today - weekday + 6) % 7) + 1);
    return formatDay(addDays(d, n === 1 && notTomorrow ? 8 : n));
  }
  const back = addDays(d, -((today - weekday + 7) % 7));
  const ahead = addDays(d, (weekday - today + 7) % 7);
  // A history moves on: "the fire started on Sunday 2 September … On Monday it moved north … by Thursday it was out".
  if (narrative && tense !== 'past') return formatDay(ahead);
  return formatDay(pickByTense([back, ahead], d, tense === 'present' ? 'future' : tense, 7) ?? back);
}

/**
 * "The cold is expected to ease by the weekend", told on a Sunday: "the weekend" still to come is the next one, as that
 * day is the last of its own ("is expected to end on schedule this weekend" is the weekend of the day).
 */
const sundayAhead = (bare: boolean, tense: Tense, weekdayNow: number): boolean => bare && tense === 'future' && weekdayNow === 7;

/**
 * A weekend as `2024-W14-WE`: "this weekend" is the coming one unless the tense is past; "last" / "next" step a week,
 * "the weekend before last" / "after next" two.
 */
export const weekendResolver = (shiftWeeks?: number, bare = false): Resolver => (ctx) => weekendValue(shiftWeeks, bare, ctx);

function weekendValue(shiftWeeks: number | undefined, bare: boolean, { base, tense, period }: ResolveContext): string {
  // "took in $12 million over the weekend, down from the previous weekend": the weekend before (after) the week told.
  if (period?.grain === 'week' && period.month !== undefined && period.day !== undefined && shiftWeeks !== undefined) {
    return `${formatWeek(addDays({ year: period.year, month: period.month, day: period.day }, 7 * shiftWeeks))}-WE`;
  }
  const d = anchorDay(base);
  if (!d) return 'XXXX-WXX-WE';
  const weekdayNow = isoWeekday(d);
  const back = shiftWeeks !== undefined && shiftWeeks < 0;
  const past = back || (shiftWeeks === undefined && tense === 'past' && weekdayNow < 6);
  const n = past ? (weekdayNow >= 6 && back ? -7 : weekdayNow < 6 ? -7 : 0) : (shiftWeeks !== undefined && shiftWeeks > 0 && weekdayNow >= 6) || sundayAhead(bare && shiftWeeks === undefined, tense, weekdayNow) ? 7 : 0;
  const further = shiftWeeks === undefined ? 0 : 7 * (shiftWeeks - Math.sign(shiftWeeks));
  return `${formatWeek(addDays(d, n + further))}-WE`;
}

/** `last May` must be before the base month, `next May` after it, `this May` in the base year. */
export type Force = 'past' | 'future' | 'this';

/**
 * A month (and day) without a year: of the base year and its neighbours, the occurrence nearest the base, with
 * the tense penalty deciding close calls. A base known only to the year (narratives) gives that year.
 */
export const monthDayResolver = (month: number, day?: number, force?: Force, weekday?: number, namesAThing = false): Resolver => (ctx) => monthDayValue(month, day, force, weekday, namesAThing, ctx);

function monthDayValue(month: number, day: number | undefined, force: Force | undefined, weekday: number | undefined, namesAThing: boolean, { base, tense, narrative, firm }: ResolveContext): string {
  if (!base) return monthValue('XXXX', month, day);
  const b = baseDay(base);
  if (!b || force === 'this') return monthValue(formatYear(validYearNear(base.year, month, day)), month, day);
  if (force) {
    const after = month > b.month || (month === b.month && day !== undefined && day > b.day);
    const before = month < b.month || (month === b.month && day !== undefined && day < b.day);
    const year = force === 'past' ? (before ? b.year : b.year - 1) : after ? b.year : b.year + 1;
    return monthValue(formatYear(year), month, day);
  }
  const valid = [b.year - 1, b.year, b.year + 1]
    .filter((y) => day === undefined || isValidDay(y, month, day))
    .map((y) => ({ year: y, month, day: day ?? 15 }));
  // "Friday, Oct. 23": a weekday written with the date rules out the years where that day falls otherwise.
  const agreeing = weekday !== undefined && day !== undefined ? valid.filter((c) => isoWeekday(c) === weekday) : [];
  const candidates = agreeing.length ? agreeing : valid;
  // A history jumps back often (a new section recaps), so there the nearest occurrence wins, and only a near tie goes
  // forward, the way a story mostly moves.
  // A month in a future clause ("will be named commander for a mission in December") is the coming one even when the
  // last one was nearer: plans are rarely made for what has already happened.
  // A past verb right before ("stepped down in March") rules the coming March out, though not the month of the base.
  // So does a future clause: the month it is told in is not yet over ("temperatures warm in late March", told on
  // March 21, is this March, not next year's).
  if ((firm || (tense === 'future' && !narrative)) && day === undefined && month === b.month) return monthValue(formatYear(b.year), month, day);
  // A month that names a thing ("will release the minutes of its December meeting" told on January 3) is not what a
  // future clause plans: the thing is, so the month just gone may still win, by the margin a day with its month has;
  // a day that names one ("would present his budget after the Feb. 4 deadline"), by the margin of any tense.
  const futurePenalty = day === undefined ? (namesAThing ? FUTURE_MONTH_PENALTY : FUTURE_BARE_MONTH_PENALTY) : namesAThing ? PENALTY.future : FUTURE_MONTH_PENALTY;
  const penalty = narrative ? NARRATIVE_FORWARD : firm ? FIRM_PENALTY : tense === 'future' ? futurePenalty : undefined;
  return monthValue(formatYear(pickByTense(candidates, b, narrative ? 'future' : tense, penalty)?.year ?? b.year), month, day);
}

/** "February 29" in a year known only to the year: the nearest year that has the day (a leap year), later on a tie. */
function validYearNear(year: number, month: number, day: number | undefined): number {
  if (day === undefined) return year;
  for (let k = 0; k < 8; k++) for (const y of [year + k, year - k]) if (isValidDay(y, month, day)) return y;
  return year;
}

/**
 * A day of the month with no month ("on the 14th"): of the base's month or the one either side, the one the tense
 * points to ("is on the 14th" is a day to come, as a weekday in the present is); counted from a day the story told (no
 * tense then), the nearest: "arrived on March 3. On the 5th he left".
 */
export const dayOfMonthResolver = (day: number): Resolver => (ctx) => dayOfMonthValue(day, ctx);

function dayOfMonthValue(day: number, { base, tense }: ResolveContext): string {
  const b = base ? baseDay(base) : undefined;
  if (!b) return 'XXXX-XX-XX';
  const candidates = [-1, 0, 1]
    .map((n) => addMonths({ year: b.year, month: b.month, day: 1 }, n))
    .filter((d) => isValidDay(d.year, d.month, day))
    .map((d) => ({ ...d, day }));
  // Counted from a day the story told (no tense then), the nearest; a story moves on, so a near tie goes forward.
  const chosen = tense === 'unknown' ? pickByTense(candidates, b, 'future', STORY_FORWARD_DAYS) : pickByTense(candidates, b, tense === 'present' ? 'future' : tense);
  return chosen ? formatDay(chosen) : 'XXXX-XX-XX';
}

/** How much nearer a day of the month behind the story's day must be to beat the one after it: "leave on April 12 and return on the 29th". */
const STORY_FORWARD_DAYS = 7;

/** `the 25th of this month` (`shiftMonths` 0), `of next month` (1), `of last month` (−1): that day of that month. */
export const dayOfShiftedMonthResolver = (day: number, shiftMonths: number): Resolver => ({ base }) => {
  const b = base ? baseDay(base) : undefined;
  if (!b) return 'XXXX-XX-XX';
  const month = addMonths({ year: b.year, month: b.month, day: 1 }, shiftMonths);
  return isValidDay(month.year, month.month, day) ? formatDay({ ...month, day }) : formatMonth(month.year, month.month);
};

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * How long a part of a year must have run before a deed told in the past can have been done in it: a deed of its first
 * days is told by its day, not by the part.
 */
const PART_BEGUN_DAYS = 14;

/** `1998-03`, `1998-03-05`, `XXXX-03`. */
const monthValue = (year: string, month: number, day: number | undefined): string =>
  day === undefined ? `${year}-${pad2(month)}` : `${year}-${pad2(month)}-${pad2(day)}`;

/**
 * A season (SP, SU, FA, WI), quarter (Q3) or half (H1) without a year. `n` shifts whole years from the base
 * ("last summer" −1, "this summer" 0, "next summer" 1); without it the occurrence nearest the base by tense.
 */
export const partOfYearResolver = (code: string, startMonth: number, n?: number, months = 3): Resolver => (ctx) => partOfYearValue(code, startMonth, n, months, ctx);

function partOfYearValue(code: string, startMonth: number, n: number | undefined, months: number, { base, tense, firm, narrative }: ResolveContext): string {
  if (!base) return `XXXX-${code}`;
  const b = baseDay(base);
  if (!b) return `${formatYear(base.year + (n ?? 0))}-${code}`;
  // A winter is named by the year of its January and starts in the December before (valueToInterval.ts).
  const startOf = (y: number): Day => ({ year: startMonth === 12 ? y - 1 : y, month: startMonth, day: 1 });
  const endOf = (y: number): Day => addMonths(startOf(y), months);
  /**
   * The latest year whose part has reached the given point (its start or its end) by the base day: from the year after
   * the base's, as a winter begun in December is named by the next year.
   */
  const latest = (point: (y: number) => Day, from = b.year + 1): number => {
    let y = from;
    while (dayNumber(point(y)) > dayNumber(b)) y--;
    return y;
  };
  const current = latest(startOf);
  if (n === 0) {
    // "this winter": the one under way, else the one that begins in the base's year (in July, the coming winter).
    const ongoing = dayNumber(endOf(current)) > dayNumber(b);
    // Told in the past, one of the base's year that has begun ("cases surged this winter", in March) or one just over
    // ("sales were weak this fall", in January).
    // A winter just over is still "this winter" told in the present too ("this winter's flu season is winding down",
    // in March): the next one is the better part of a year away.
    const justOver = dayNumber(addMonths(endOf(current), 2)) > dayNumber(b);
    const over = (tense === 'past' && (current === b.year || justOver)) || (startMonth === 12 && tense !== 'future' && justOver);
    return `${formatYear(ongoing || over ? current : startOf(b.year).year === b.year ? b.year : b.year + 1)}-${code}`;
  }
  // "last summer": the latest one that has ended; "next summer": the first one not yet begun.
  // ("The coming winter will be very hard", said on December 27: a winter just setting in is still the one to come.)
  if (n !== undefined) return `${formatYear(n < 0 ? latest(endOf) + n + 1 : latest(startOf, b.year) + n)}-${code}`;
  // A past verb right before ("stepped down in the spring"): the latest one that has begun, some days before the base:
  // "sales rose in the first half of the year", told on January 1, is of the year just ended.
  if (firm && tense === 'past') return `${formatYear(latest((y) => addDays(startOf(y), PART_BEGUN_DAYS)))}-${code}`;
  // Told ahead, a season that is over by the base day is no candidate ("will return in the spring" told in June is next
  // spring); told in the past, nor is one not yet begun, season or quarter ("had their best first quarter since 1998"
  // told on December 28). (A quarter over may still be told ahead: a firm "will report third-quarter results" after the
  // quarter has closed.)
  const season = code.length === 2 && !/\d/.test(code);
  const possible = (y: number): boolean => narrative ||
    (tense === 'future' ? !season || dayNumber(endOf(y)) > dayNumber(b) : tense !== 'past' || dayNumber(addDays(startOf(y), PART_BEGUN_DAYS)) <= dayNumber(b));
  const years = [b.year - 1, b.year, b.year + 1].filter(possible);
  const middles = years.map((y) => addDays(startOf(y), Math.floor((months * 30) / 2)));
  // As with months: in a history the nearest one wins, a near tie going forward as a story moves.
  const pick = narrative ? pickByTense(middles, b, 'future', NARRATIVE_FORWARD) : pickByTense(middles, b, tense);
  return `${formatYear(pick ? years[middles.indexOf(pick)]! : b.year)}-${code}`;
}
