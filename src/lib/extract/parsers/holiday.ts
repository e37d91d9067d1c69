/**
 * Holidays: fixed-date ones (`Christmas`, `Christmas Eve 1776`, `New Year's Day`, `Halloween`, `Boxing Day`, `Bastille
 * Day`, `St Patrick's Day`, `Armistice Day`, `Juneteenth`, `Bonfire Night`…) and those whose day moves with the year
 * (`Thanksgiving`, the fourth Thursday of November; `Easter` and the days counted from it: `Good Friday`, `Holy Thursday`, `Easter
 * Monday`, `Easter week`, `Palm Sunday`, `Ash Wednesday`, `Holy Saturday`, `Ascension Day`, `Pentecost`, `Whit Monday`,
 * `Mardi Gras`…, and `Orthodox Easter` by the Julian calendar; the US federal Mondays: `Memorial Day`, `Labor
 * Day`, `Presidents Day`…, and `Election Day`; the bank holidays of May and August: `the May bank holiday`, `the
 * August bank holiday`; and the feasts the Hebrew, Islamic and Chinese calendars fix: `Passover`, `Yom Kippur`, `Eid
 * al-Fitr`, `Lunar New Year`…, read from the platform's calendars in otherCalendars.ts). Commonwealth days are fixed
 * ones: `Anzac Day`, `Australia Day`, `Canada Day`, `St George's Day`.
 * "The July Fourth weekend", "the July 4 holiday weekend" name the feast as a day of its month does, before its weekend.
 * Without a year they resolve like a month and day. Names that other countries give other days ("Independence
 * Day") are left out.
 */
import { addDays, formatDay, formatWeek, formatYear, isValidDay, isoWeekday, parseDay, utcDate, type Day } from '../calendar.ts';
import { anchorDay, pattern, precededBy, scan, type Draft, type Parser, type Resolver, type Tense } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { DAY_PART_CODES, FULL_WEEKDAY, MONTH_RE, TOLD_YEAR_SHIFT, WRITTEN_YEAR_SHIFT, monthOf, ordinalValue, weekdayOf } from '../lexicon.ts';
import { baseDay, monthDayResolver, pad2, pickByTense, type Force } from '../resolve.ts';
import { dayInOtherCalendar, type OtherCalendar } from '../otherCalendars.ts';
import { newYearValue } from './deictic.ts';

const source = 'holiday';

/** Holiday name (lower case, single spaces) → month and day. */
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], 'new years day': [1, 1], 'new years': [1, 1], 'new year': [1, 1],
  'new years eve': [12, 31], halloween: [10, 31], 'valentines day': [2, 14], 'boxing day': [12, 26], 'bastille day': [7, 14],
  'veterans day': [11, 11], 'fourth of july': [7, 4], 'july fourth': [7, 4], 'july 4': [7, 4], 'july 4th': [7, 4], 'armistice day': [11, 11], 'st patricks day': [3, 17],
  juneteenth: [6, 19], 'april fools day': [4, 1], 'guy fawkes night': [11, 5], 'bonfire night': [11, 5],
  'all saints day': [11, 1], 'all souls day': [11, 2], 'st josephs day': [3, 19], epiphany: [1, 6], 'epiphany day': [1, 6],
  // The Orthodox churches that keep the Julian calendar hold Christmas on its December 25, January 7 from 1901 to 2099.
  'orthodox christmas': [1, 7], 'orthodox christmas day': [1, 7],
  // Commonwealth days: Australia's and New Zealand's, Canada's, the patron saints' of Britain.
  'anzac day': [4, 25], 'australia day': [1, 26], 'waitangi day': [2, 6], 'canada day': [7, 1], 'remembrance day': [11, 11],
  'st georges day': [4, 23], 'st andrews day': [11, 30], 'st davids day': [3, 1],
  // Scotland's New Year's Eve and Burns supper night; Ireland's name for Boxing Day.
  hogmanay: [12, 31], 'burns night': [1, 25], 'st stephens day': [12, 26],
  // The health days the WHO and the UN keep, which health news marks ("events to mark World AIDS Day on Sunday").
  'world aids day': [12, 1], 'world health day': [4, 7], 'world tb day': [3, 24], 'world tuberculosis day': [3, 24],
  'world malaria day': [4, 25], 'world cancer day': [2, 4], 'world diabetes day': [11, 14], 'world mental health day': [10, 10],
  'world no tobacco day': [5, 31], 'world polio day': [10, 24], 'world hepatitis day': [7, 28], 'world heart day': [9, 29],
};
const FORCE: Readonly<Record<string, Force>> = { last: 'past', next: 'future', this: 'this' };

/** The `n`th (1–4, or −1 for the last) ISO `weekday` of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n < 0) {
    const end = addDays(month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 }, -1);
    return addDays(end, -((isoWeekday(end) - weekday + 7) % 7));
  }
  const first = isoWeekday({ year, month, day: 1 });
  return { year, month, day: 1 + ((weekday - first + 7) % 7) + 7 * (n - 1) };
}

/**
 * Easter Sunday of a year: by the anonymous Gregorian computus, and before the reform of 1582 by the Julian one, as
 * the date was then reckoned and as histories write it ("On 29 March 1461, Palm Sunday, the armies met at Towton").
 */
function easterSunday(year: number): Day {
  if (year < GREGORIAN_EASTER_FROM) return julianEaster(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}
/** The first Easter reckoned by the Gregorian calendar (it was brought in in October 1582). */
const GREGORIAN_EASTER_FROM = 1583;

/** Easter Sunday by the Julian computus (Meeus), as a day of the Julian calendar. */
function julianEaster(year: number): Day {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  return { year, month: Math.floor((d + e + 114) / 31), day: ((d + e + 114) % 31) + 1 };
}

/**
 * Easter of the churches that keep the Julian calendar, as a Gregorian day: the Julian calendar runs 13 days behind
 * from 1900 to 2099, a day less each century before that but every fourth.
 */
function orthodoxEaster(year: number): Day {
  return addDays(julianEaster(year), Math.floor(year / 100) - Math.floor(year / 400) - 2);
}

/**
 * Holidays whose day moves: a typical day (to choose the year by, as for a fixed date; none for the feasts of the
 * Islamic year, which go round the seasons) and the day in a given year (none where it cannot be read).
 */
interface Movable {
  readonly near?: readonly [month: number, day: number];
  readonly on: (year: number) => Day | undefined;
  /** Named for the week that holds the day ("Easter week", "Holy Week": the ISO week ending on Easter Sunday). */
  readonly week?: true;
  /** Named for the weekend that holds the day (a Saturday: "the last weekend in September"). */
  readonly weekend?: true;
}
const formatWeekend = (d: Day): string => `${formatWeek(d)}-WE`;
const thanksgivingDay = (year: number): Day => nthWeekday(year, 11, 4, 4);
const thanksgiving: Movable = { near: [11, 25], on: thanksgivingDay };
const easter: Movable = { near: [4, 8], on: easterSunday };
const MOVABLE: Readonly<Record<string, Movable>> = {
  thanksgiving, 'thanksgiving day': thanksgiving, easter, 'easter sunday': easter, 'easter day': easter,
  'good friday': { near: [4, 6], on: (y) => addDays(easterSunday(y), -2) },
  'easter monday': { near: [4, 9], on: (y) => addDays(easterSunday(y), 1) },
  'palm sunday': { near: [4, 1], on: (y) => addDays(easterSunday(y), -7) },
  'maundy thursday': { near: [4, 5], on: (y) => addDays(easterSunday(y), -3) },
  'holy thursday': { near: [4, 5], on: (y) => addDays(easterSunday(y), -3) },
  'ash wednesday': { near: [2, 22], on: (y) => addDays(easterSunday(y), -46) },
  pentecost: { near: [5, 27], on: (y) => addDays(easterSunday(y), 49) },
  'whit sunday': { near: [5, 27], on: (y) => addDays(easterSunday(y), 49) },
  'pentecost sunday': { near: [5, 27], on: (y) => addDays(easterSunday(y), 49) },
  'whit monday': { near: [5, 28], on: (y) => addDays(easterSunday(y), 50) },
  'trinity sunday': { near: [6, 3], on: (y) => addDays(easterSunday(y), 56) },
  'holy saturday': { near: [4, 7], on: (y) => addDays(easterSunday(y), -1) },
  'divine mercy sunday': { near: [4, 15], on: (y) => addDays(easterSunday(y), 7) },
  'ascension day': { near: [5, 17], on: (y) => addDays(easterSunday(y), 39) },
  'ascension thursday': { near: [5, 17], on: (y) => addDays(easterSunday(y), 39) },
  // Carnival's last day, the eve of Ash Wednesday.
  'fat tuesday': { near: [2, 21], on: (y) => addDays(easterSunday(y), -47) },
  'mardi gras': { near: [2, 21], on: (y) => addDays(easterSunday(y), -47) },
  'orthodox easter': { near: [4, 20], on: orthodoxEaster }, 'orthodox easter sunday': { near: [4, 20], on: orthodoxEaster },
  'easter week': { near: [4, 8], on: easterSunday, week: true }, 'holy week': { near: [4, 8], on: easterSunday, week: true },
  // The week that holds Christmas Day, named as Easter week is.
  'christmas week': { near: [12, 25], on: (y) => ({ year: y, month: 12, day: 25 }), week: true },
  'memorial day': { near: [5, 28], on: (y) => nthWeekday(y, 5, 1, -1) },
  'martin luther king day': { near: [1, 18], on: (y) => nthWeekday(y, 1, 1, 3) },
  'presidents day': { near: [2, 18], on: (y) => nthWeekday(y, 2, 1, 3) },
  'columbus day': { near: [10, 10], on: (y) => nthWeekday(y, 10, 1, 2) },
  // US general elections: the Tuesday after the first Monday of November.
  'election day': { near: [11, 5], on: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  'labor day': { near: [9, 4], on: (y) => nthWeekday(y, 9, 1, 1) },
  // The second Sunday of May (American; Britain's is Mothering Sunday, in Lent) and the third Sunday of June.
  'mothers day': { near: [5, 11], on: (y) => nthWeekday(y, 5, 7, 2) },
  'fathers day': { near: [6, 18], on: (y) => nthWeekday(y, 6, 7, 3) },
  // The Monday bank holidays of England and Wales: the first and last of May, the last of August.
  'may bank holiday': { near: [5, 4], on: (y) => nthWeekday(y, 5, 1, 1) },
  'early may bank holiday': { near: [5, 4], on: (y) => nthWeekday(y, 5, 1, 1) },
  'may day bank holiday': { near: [5, 4], on: (y) => nthWeekday(y, 5, 1, 1) },
  'late may bank holiday': { near: [5, 28], on: (y) => nthWeekday(y, 5, 1, -1) },
  'spring bank holiday': { near: [5, 28], on: (y) => nthWeekday(y, 5, 1, -1) },
  'august bank holiday': { near: [8, 28], on: (y) => nthWeekday(y, 8, 1, -1) },
  'summer bank holiday': { near: [8, 28], on: (y) => nthWeekday(y, 8, 1, -1) },
  // The shopping days after Thanksgiving, and the day of giving after them.
  'black friday': { near: [11, 26], on: (y) => addDays(thanksgivingDay(y), 1) },
  'small business saturday': { near: [11, 27], on: (y) => addDays(thanksgivingDay(y), 2) },
  'cyber monday': { near: [11, 29], on: (y) => addDays(thanksgivingDay(y), 4) },
  'giving tuesday': { near: [11, 30], on: (y) => addDays(thanksgivingDay(y), 5) },
  // British feasts: the day before Lent, Mother's Day (the fourth Sunday of Lent), the Sunday nearest Armistice Day.
  'shrove tuesday': { near: [2, 21], on: (y) => addDays(easterSunday(y), -47) },
  'pancake day': { near: [2, 21], on: (y) => addDays(easterSunday(y), -47) },
  'mothering sunday': { near: [3, 18], on: (y) => addDays(easterSunday(y), -21) },
  'remembrance sunday': { near: [11, 11], on: (y) => nthWeekday(y, 11, 7, 2) },
  ...feastsOfOtherCalendars(),
};

/**
 * The feasts the Hebrew, Islamic and Chinese calendars fix, each on its first day: Passover (15 Nisan), Rosh Hashanah,
 * Yom Kippur, Hanukkah, Eid al-Fitr (1 Shawwal), Eid al-Adha (10 Dhu al-Hijjah), the Lunar New Year.
 */
function feastsOfOtherCalendars(): Record<string, Movable> {
  const feast = (calendar: OtherCalendar, month: string, day: number, near?: readonly [number, number]): Movable =>
    ({ ...(near ? { near } : {}), on: (year) => dayInOtherCalendar({ calendar, month, day }, year) });
  const feasts: Record<string, Movable> = {};
  // The calendars are read when a feast is first met, not here: making their formats costs milliseconds at start-up.
  const add = (names: readonly string[], movable: Movable): void => {
    for (const name of names) feasts[name] = movable;
  };
  add(['passover'], feast('hebrew', 'Nisan', 15, [4, 10]));
  add(['rosh hashanah', 'rosh hashana'], feast('hebrew', 'Tishri', 1, [9, 20]));
  add(['yom kippur'], feast('hebrew', 'Tishri', 10, [9, 29]));
  add(['hanukkah', 'chanukah', 'hanukah'], feast('hebrew', 'Kislev', 25, [12, 12]));
  add(['eid al-fitr', 'eid al fitr', 'eid ul-fitr', 'eid-ul-fitr'], feast('islamic-umalqura', '10', 1));
  add(['eid al-adha', 'eid al adha', 'eid ul-adha', 'eid-ul-adha'], feast('islamic-umalqura', '12', 10));
  add(['lunar new year', 'chinese new year'], feast('chinese', '1', 1, [2, 5]));
  // Its eve, the night of the family reunion dinner, the day before.
  const newYear = feast('chinese', '1', 1);
  add(['lunar new years eve', 'chinese new years eve'], { near: [2, 4], on: (year) => eveOf(newYear.on(year)) });
  return feasts;
}

/** The day before a feast's, if it has one. */
const eveOf = (day: Day | undefined): Day | undefined => (day ? addDays(day, -1) : undefined);

/** A movable feast's value with its year unknown: its month when it keeps to one, else any day. */
const unknownYear = (holiday: Movable): string =>
  holiday.weekend ? 'XXXX-WXX-WE' : holiday.week ? 'XXXX-WXX' : holiday.near ? `XXXX-${pad2(holiday.near[0])}-XX` : 'XXXX-XX-XX';

/**
 * A movable holiday's day: in the written year; else of its days in the base year and the years either side, the one
 * the tense or the `last`/`next` before it points to (Easter 2024 was March 31, so "next Easter" on April 4 is 2025's).
 */
function movableValue(holiday: Movable, year: number | undefined, force: Force | undefined): string | Resolver {
  const format = holiday.weekend ? formatWeekend : holiday.week ? formatWeek : formatDay;
  const formatted = (day: Day | undefined): string => (day ? format(day) : unknownYear(holiday));
  if (year !== undefined) return formatted(holiday.on(year));
  return ({ base, tense, firm }) => {
    if (!base) return unknownYear(holiday);
    // From a month told ("began in November … would run over the Easter weekend"), the feast nearest its middle on the
    // side the tense points to, not the one of the month's year (Easter before a November lies behind it).
    const b = baseDay(base);
    if (!b) return formatted(holiday.on(base.year));
    if (force === 'this') return formatted(thisFeast(holiday.on, b, tense));
    // Told on the feast itself, "last Easter" and "next Easter" are the years' either side.
    const days = [b.year - 1, b.year, b.year + 1].map(holiday.on).filter((d): d is Day => d !== undefined && (!force || !sameDay(d, b)));
    // A forced side: the nearest day on it (an impossible penalty rules out the other).
    // So is the side a verb right before points to ("were closed on Good Friday", "will reopen on Easter Monday"), a
    // past one with the slack of any past clause ("with larger stores closed on Easter Sunday", told on Good Friday).
    const side = force ?? (firm ? (tense === 'future' ? 'future' : 'past') : undefined);
    const day = force ? pickByTense(days, b, force, Infinity)
      : side === 'past' ? byTense(days, b, 'past')
      : side ? pickByTense(days, b, side, Infinity) : byTense(days, b, tense) ?? pickByTense(days, b, tense);
    return formatted(day ?? holiday.on(b.year));
  };
}

/** How long after a feast "this" still names it rather than the one of the new year ("this Christmas", told Jan. 2). */
const THIS_FEAST_AFTER_DAYS = 14;
/**
 * "this Christmas", "this Easter": the feast of the year told, unless that lies ahead and the last one is days behind,
 * told other than ahead ("Attendance rose this Christmas", told on Jan. 2, is the Christmas just gone).
 */
function thisFeast(on: (year: number) => Day | undefined, b: Day, tense: Tense): Day | undefined {
  const own = on(b.year);
  if (!own || tense === 'future' || !isAfter(own, b)) return own;
  const last = on(b.year - 1);
  return last && daysBetween(last, b) <= THIS_FEAST_AFTER_DAYS ? last : own;
}
const isAfter = (a: Day, b: Day): boolean => a.year !== b.year ? a.year > b.year : a.month !== b.month ? a.month > b.month : a.day > b.day;
const daysBetween = (a: Day, b: Day): number => (utcDate(b.year, b.month, b.day).getTime() - utcDate(a.year, a.month, a.day).getTime()) / 86_400_000;

const sameDay = (a: Day, b: Day): boolean => a.year === b.year && a.month === b.month && a.day === b.day;

/** How far ahead a feast told in the past may still lie ("protesters prayed as Easter week began"). */
const PAST_SLACK_DAYS = 7;

/**
 * A feast comes once a year, so a past clause means the last one ("prices rose at Christmas", told in November, is
 * last year's), not one weeks ahead. Undefined for other tenses: a present or a future ("the sales start on Boxing
 * Day", told in January) is as often a custom told again as the next one.
 */
function byTense(days: readonly Day[], base: Day, tense: Tense): Day | undefined {
  return tense === 'past' ? pickByTense(days, addDays(base, PAST_SLACK_DAYS), 'past', Infinity) : undefined;
}

/** A fixed feast (Christmas, Boxing Day): a month and day whose year the tense chooses as for a movable one. */
const fixedValue = (month: number, day: number, force: Force | undefined): Resolver => {
  const general = monthDayResolver(month, day, force);
  return (ctx) => {
    const b = ctx.base ? anchorDay(ctx.base) : undefined;
    if (b && force === 'this' && isValidDay(b.year, month, day)) return formatDay(thisFeast((year) => ({ year, month, day }), b, ctx.tense) ?? { year: b.year, month, day });
    // Told on the feast itself, "last Christmas" and "next Christmas" are the years' either side.
    if (b && (force === 'past' || force === 'future') && b.month === month && b.day === day) return formatDay({ year: b.year + (force === 'past' ? -1 : 1), month, day });
    const days = b && !force && !ctx.narrative ? [b.year - 1, b.year, b.year + 1].map((year) => ({ year, month, day })) : undefined;
    const chosen = b && days ? byTense(days, b, ctx.tense) : undefined;
    return chosen ? formatDay(chosen) : general(ctx);
  };
};

const HOLIDAY = pattern(
  /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas(?:\s+(?:Day|Eve|[Ww]eek))?|New\s+Year(?:['’]s(?:\s+(?:Day|Eve))?)?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day|Orthodox\s+(?:Easter(?:\s+Sunday)?|Christmas(?:\s+Day)?)|Easter(?:\s+(?:Sunday|Monday|Day|[Ww]eek))?|Holy\s+Week|Good\s+Friday|Palm\s+Sunday|(?:Maundy|Holy)\s+Thursday|Holy\s+Saturday|Ash\s+Wednesday|Fat\s+Tuesday|Mardi\s+Gras|Divine\s+Mercy\s+Sunday|Ascension\s+(?:Day|Thursday)|Pentecost(?:\s+Sunday)?|Whit\s+(?:Sunday|Monday)|Trinity\s+Sunday|Memorial\s+Day|Labor\s+Day|(?:Mother|Father)['’]?s\s+Day|Black\s+Friday|Small\s+Business\s+Saturday|Cyber\s+Monday|Giving\s+Tuesday|Boxing\s+Day|Bastille\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day|Columbus\s+Day|Election\s+Day|Veterans['’]?\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+(?:Fourth|4(?:th)?)(?=\s+(?:holiday\s+|long\s+)?weekend\b)|Armistice\s+Day|(?:St\.?|Saint)\s+(?:Patrick|George|Andrew|David|Stephen|Joseph)['’]?s\s+Day|(?<=\b[Tt]he\s)Epiphany|Epiphany\s+Day|Hogmanay|Burns\s+Night|Shrove\s+Tuesday|Pancake\s+Day|(?:Mothering|Remembrance)\s+Sunday|(?:Anzac|ANZAC|Australia|Waitangi|Canada|Remembrance)\s+Day|Juneteenth|April\s+Fool['’]?s['’]?\s+Day|Guy\s+Fawkes\s+Night|Bonfire\s+Night|All\s+(?:Saints|Souls)['’]?\s+Day|Passover|Rosh\s+Hashanah?|Yom\s+Kippur|(?:Hanukk?ah|Chanukah)|Eid[\s-](?:al|ul)[\s-](?:Fitr|Adha)|(?:Lunar|Chinese)\s+New\s+Year(?:['’]s\s+Eve)?|World\s+(?:AIDS|Health|TB|Tuberculosis|Malaria|Cancer|Diabetes|Mental\s+Health|No\s+Tobacco|Polio|Hepatitis|Heart)\s+Day)\b(?:,?\s+(1[0-9]{3}|20[0-9]{2}|[1-9][0-9]{2}(?=\s*(?:[.,;:)]|$)))\b|\s+of\s+(that|the\s+(?:same|following|next|previous|preceding))\s+year\b|\s+(next|last|this)\s+year\b)?/g,
  TRIGGER.holiday,
);
/**
 * A holiday name before these nouns names a custom or a season, not the day (but "the Easter holiday weekend", "the
 * Easter bank holiday weekend" are the weekend's), or a pact named after the day it was signed ("the Good Friday
 * agreement", "the Good Friday peace accord"), or before a capitalised word of the name of a place or a work ("Christmas
 * Island", "Easter Parade", "the Easter Rising") on its line (a headline ending on the day is followed by the next line's
 * first word); but not "Mass", the feast's own service ("will celebrate Christmas Eve Mass at 9:30 p.m.").
 */
const NOUN_AFTER = /^\s+(?:trees?|cards?|carols?|shopping|season|gifts?|presents?|part(?:y|ies)|decorations|lights|dinners?|parades?|holidays?(?!\s+weekend\b)|break|spirit|bonus(?:es)?|sales|message|address|truce|offensive|agreements?|accords?|peace\s+(?:agreements?|accords?|deal|process)|eggs?|bunny|bunnies|celebrations?|fireworks|resolutions?|concerts?|honours?|markets?|fairs?|lunch(?:es)?|jumpers?|puddings?|stockings?|films?|specials?|songs?|shows?|menus?|rush|getaway|exodus|travel)|^[ \t]+(?!Mass(?:es)?\b)[A-Z]/;

/** The holiday's day in a given year. */
function dayIn(name: string, year: number): string | undefined {
  const movable = MOVABLE[name];
  const day = movable?.on(year);
  if (movable) return day && (movable.week ? formatWeek : formatDay)(day);
  const fixed = FIXED[name];
  return fixed ? `${formatYear(year)}-${pad2(fixed[0])}-${pad2(fixed[1])}` : undefined;
}
/** A holiday in the year of the story's time, shifted; its month alone while that year is unknown. */
const ofToldYear = (name: string, shift: number): Resolver => ({ base }) =>
  (base ? dayIn(name, base.year + shift) : undefined) ??
  (FIXED[name] ? `XXXX-${pad2(FIXED[name][0])}-${pad2(FIXED[name][1])}` : MOVABLE[name] ? unknownYear(MOVABLE[name]) : 'XXXX-XX-XX');

/**
 * A people, faith or calendar whose new year is not January 1: "the Lunar New Year", "the Thai New Year, Songkran",
 * "the Sinhala and Tamil New Year", "the Persian New Year, Nowruz", "Orthodox New Year" (January 14).
 */
const OTHER_NEW_YEAR_BEFORE = /\b(?:Chinese|Jewish|Lunar|Persian|Iranian|Vietnamese|Islamic|Hijri|Muslim|Thai|Khmer|Cambodian|Lao|Laotian|Burmese|Tibetan|Korean|Mongolian|Sinhala|Sinhalese|Tamil|Hindu|Nepali|Nepalese|Newar|Bengali|Balinese|Kurdish|Ethiopian|Hmong|Sikh|Orthodox|Zoroastrian)\s+$/;
/** "next year for", "last year at": a year named right before a feast, which the feast is of. */
const NAMED_YEAR_BEFORE = /\b(next|last)\s+year\s+(?:for|at|over|around|in\s+time\s+for)\s+$/i;
const holidays: Parser = (text) =>
  scan(text, HOLIDAY, (m, s, e) => {
    // One spelling per name, without apostrophes: "Presidents’ Day" and "Presidents Day", "St. Patrick's Day" and
    // "Saint Patricks Day", "Martin Luther King Jr. Day" and without "Jr.".
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/['’]/g, '').replace(/^the /, '').replace(/ jr\.?(?= )/, '')
      .replace(/^(?:saint|st\.) /, 'st ');
    if (!m[3] && NOUN_AFTER.test(text.slice(e, e + 16))) return undefined;
    // Titles and greetings: "White Christmas", "Merry Christmas".
    if (precededBy(text, s, /\b(?:White|Merry|Happy)\s+$/)) return undefined;
    // Other calendars' new years (Chinese, Jewish, Lunar, Thai, Sinhala and Tamil) fall on other days.
    if (name.startsWith('new') && precededBy(text, s, OTHER_NEW_YEAR_BEFORE)) return undefined;
    const force = FORCE[(m[1] ?? '').toLowerCase()];
    // "moved the release to the 2014 Memorial Day weekend": a year between "the" and the name is the feast's.
    const yearBefore = !m[1] && !m[3] ? YEAR_BEFORE.exec(text.slice(Math.max(0, s - 10), s)) : null;
    if (yearBefore) s -= yearBefore[0].length - 4;
    const year = m[3] ? Number(m[3]) : yearBefore ? Number(yearBefore[1]) : undefined;
    // "Christmas Day of that year", "Easter of the following year": in the year the story is at, or the one after.
    if (m[4]) return { start: s, end: e, type: 'DATE', value: ofToldYear(name, TOLD_YEAR_SHIFT[m[4].toLowerCase().replace(/^the\s+/, '')] ?? 0), anaphoric: true, source };
    // "Easter Monday next year", "Christmas last year": of the year before or after the writing's.
    if (m[5]) {
      const shift = WRITTEN_YEAR_SHIFT[m[5].toLowerCase()] ?? 0;
      const value: Resolver = ({ base }) => (base ? dayIn(name, base.year + shift) : undefined) ?? ofToldYear(name, 0)({ tense: 'unknown' });
      return { start: s, end: e, type: 'DATE', value, deictic: true, source };
    }
    // "return next year for Easter", "back last year at Christmas": the feast of the year named right before.
    const yearShiftBefore = year === undefined && !force ? NAMED_YEAR_BEFORE.exec(text.slice(Math.max(0, s - 32), s)) : null;
    if (yearShiftBefore) {
      const shift = WRITTEN_YEAR_SHIFT[yearShiftBefore[1]!.toLowerCase()] ?? 0;
      const value: Resolver = ({ base }) => (base ? dayIn(name, base.year + shift) : undefined) ?? ofToldYear(name, 0)({ tense: 'unknown' });
      return { start: s, end: e, type: 'DATE', value, deictic: true, source };
    }
    // "commemorated every Easter", "each Christmas": the feast of any year recurs.
    const every = year === undefined && !force && !WEEKEND_AFTER.test(text.slice(e, e + 17)) ? EVERY_BEFORE.exec(text.slice(Math.max(0, s - 7), s)) : null;
    if (every) return { start: s - every[0].length, end: e, type: 'SET', value: ofToldYear(name, 0)({ tense: 'unknown' }), source };
    const feast = feastDay(name, year, force);
    if (!feast) return undefined;
    // "left for its Easter recess on Thursday": a recess is named after the feast it is around, the nearest, whatever
    // the tense of going on it.
    const value: string | Resolver = typeof feast === 'function' && RECESS_AFTER.test(text.slice(e, e + 10))
      ? (ctx) => feast({ ...ctx, tense: 'unknown', firm: false })
      : feast;
    // A feast named without its year takes the year its sentence is framed in, as a month and day does ("Last year,
    // Easter fell on April 8").
    const yearless = year === undefined && !force ? { yearless: true } : {};
    // "over the Memorial Day weekend", "Easter weekend", "the Easter holiday weekend", "the Easter bank holiday
    // weekend", "the Easter long weekend": the weekend named after the feast, "the" with it.
    const weekendAfter = WEEKEND_AFTER.exec(text.slice(e, e + 24));
    if (weekendAfter) {
      const start = precededBy(text, s, THE_BEFORE) ? s - 4 : s;
      const weekend = typeof value === 'string' ? weekendOf(value) : (ctx: Parameters<Resolver>[0]) => weekendOf(value(ctx));
      return { start, end: e + weekendAfter[0].length, type: 'DATE', value: weekend, ...yearless, source };
    }
    // "before Palm Sunday, March 24": a feast named for its day of the week, with its date written after, is one date.
    const dated = WEEKDAY_NAMED.test(name) ? DATE_AFTER.exec(text.slice(e, e + 24)) : null;
    if (dated) {
      const written = dated[1] ?? dated[2] ? Number(dated[1] ?? dated[2]) : undefined;
      const end = e + dated[0].length;
      if (written === undefined) return { start: s, end, type: 'DATE', value: onWrittenDay(name, dated[0], value), ...yearless, source };
      return { start: s, end, type: 'DATE', value: feastDay(name, written, undefined) ?? value, source };
    }
    return { start: s, end: e, type: 'DATE', value, ...yearless, source };
  });
/** The month and day of a date written after a feast: ", April 18". */
const MONTH_DAY = /^,\s+(?:([A-Za-z]+)\.?\s+(\d{1,2})|(\d{1,2})\s+([A-Za-z]+))/;
/**
 * "closed schools on Good Friday, April 18", told in March 2014: of the feast's days in the year chosen and the years
 * either side, the one on the date written (2014's), though the tense points to another.
 */
function onWrittenDay(name: string, written: string, value: string | Resolver): string | Resolver {
  const md = MONTH_DAY.exec(written);
  const month = md ? monthOf(md[1] ?? md[4] ?? '') : undefined;
  if (!md || !month) return value;
  const tail = `-${pad2(month)}-${pad2(Number(md[2] ?? md[3]))}`;
  return (ctx) => {
    const chosen = typeof value === 'string' ? value : value(ctx);
    const year = Number(chosen.slice(0, 4));
    if (chosen.endsWith(tail) || !Number.isInteger(year)) return chosen;
    return [year - 1, year + 1].map((y) => dayIn(name, y)).find((d) => d?.endsWith(tail)) ?? chosen;
  };
}
/** A feast's name that ends on its day of the week: "Palm Sunday", "Good Friday", "Easter Monday". */
const WEEKDAY_NAMED = /(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
/** Its date written right after, maybe with the year: ", March 24", ", April 18, 2014", ", 22 April 1519". */
const DATE_AFTER = new RegExp(`^,\\s+(?:${MONTH_RE}\\s+(?:[1-9]|[12]\\d|3[01])\\b(?:,\\s+(1[0-9]{3}|20[0-9]{2})\\b)?|(?:[1-9]|[12]\\d|3[01])\\s+${MONTH_RE}\\b(?:\\s+(1[0-9]{3}|20[0-9]{2})\\b)?)`);
const RECESS_AFTER = /^\s+recess\b/i;
const EVERY_BEFORE = /\b(?:[Ee]very|[Ee]ach)\s+$/;
const WEEKEND_AFTER = /^\s+(?:(?:bank\s+)?holiday\s+|long\s+)?weekend\b/;
/** "the 2014 " right before a feast's name; its "the " stays outside, as for a name without a year. */
const YEAR_BEFORE = /(?<![\w-])[Tt]he\s(1[0-9]{3}|20[0-9]{2})\s+$/;
const THE_BEFORE = /(?:^|[^\w-])[Tt]he\s$/;
/**
 * The weekend a feast names: the one before a Monday feast ("the Memorial Day weekend" of 27 May 2013 is 2013-W21-WE),
 * else the one of the feast's week ("Easter weekend", "Thanksgiving weekend").
 */
function weekendOf(value: string): string {
  const day = parseDay(value);
  if (!day) return 'XXXX-WXX-WE';
  return formatWeekend(isoWeekday(day) === 1 ? addDays(day, -1) : day);
}

/** A feast's day: in the year written, else the one the tense or `last`/`next` points to. */
function feastDay(name: string, year: number | undefined, force: Force | undefined): string | Resolver | undefined {
  const movable = MOVABLE[name];
  if (movable) return movableValue(movable, year, force);
  const fixed = FIXED[name];
  return fixed && ((year !== undefined && dayIn(name, year)) || fixedValue(fixed[0], fixed[1], force));
}

const BANK_HOLIDAY = pattern(/\b(?:(?:[Ee]arly|[Ll]ate)\s+May|May(?:\s+Day)?|[Ss]pring|[Ss]ummer|August)\s+[Bb]ank\s+[Hh]oliday\b/g, TRIGGER.bankHoliday);
/**
 * `the May bank holiday`, `the August bank holiday`: the Monday of England's and Wales's bank holidays, as a feast's day;
 * `the August bank holiday weekend`, the weekend that Monday closes, "the" with it (as a feast's weekend is).
 */
const bankHolidays: Parser = (text) =>
  scan(text, BANK_HOLIDAY, (m, s, e) => {
    const name = m[0].toLowerCase().replace(/\s+/g, ' ');
    const value = feastDay(name, undefined, undefined);
    if (!value) return undefined;
    const weekendAfter = BANK_HOLIDAY_WEEKEND_AFTER.exec(text.slice(e, e + 10));
    if (!weekendAfter) return { start: s, end: e, type: 'DATE', value, source };
    const weekend = typeof value === 'string' ? weekendOf(value) : (ctx: Parameters<Resolver>[0]) => weekendOf(value(ctx));
    return { start: precededBy(text, s, THE_BEFORE) ? s - 4 : s, end: e + weekendAfter[0].length, type: 'DATE', value: weekend, source };
  });
const BANK_HOLIDAY_WEEKEND_AFTER = /^\s+weekend\b/;

const HOLIDAY_PART = pattern(
  /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas(?:\s+(?:Eve|Day))?|New\s+Year['’]s\s+(?:Eve|Day)|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|(?:Holy|Maundy)\s+Thursday|Holy\s+Saturday|Palm\s+Sunday|Ash\s+Wednesday|Thanksgiving|Halloween)\s+(morning|afternoon|evening|night)\b(?:,?\s+(1[0-9]{3}|20[0-9]{2})\b)?/g,
  TRIGGER.dayPart,
);
/**
 * `Christmas night 1776`, `on Easter morning`, `New Year's Eve night`, `on Holy Thursday evening`: that part of the
 * feast's day, a TIME.
 */
const holidayPart: Parser = (text) =>
  scan(text, HOLIDAY_PART, (m, s, e) => {
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/['’]/g, '');
    const part = DAY_PART_CODES[(m[3] ?? '').toLowerCase()];
    const force = FORCE[(m[1] ?? '').toLowerCase()];
    const day = feastDay(name, m[4] ? Number(m[4]) : undefined, force);
    if (!day || !part) return undefined;
    const value: string | Resolver = typeof day === 'string' ? `${day}T${part}` : (ctx) => `${day(ctx)}T${part}`;
    return { start: s, end: e, type: 'TIME', value, source };
  });

const NTH_WEEKDAY = pattern(new RegExp(
  `\\b(?:[Tt]he\\s+)?(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\\s+(${FULL_WEEKDAY}|weekend)\\s+(?:in|of)\\s+(?:(${MONTH_RE})(?:,?\\s+(1[0-9]{3}|20[0-9]{2})\\b)?|(each|every|the)\\s+month\\b|(this|next|last)\\s+month\\b|(the\\s+new|next)\\s+year\\b)`,
  'gi',
), TRIGGER.weekday, /(?:day|weekend)\s+(?:in|of)\s/);
/** The weekends of a month, by the Saturday that opens each. */
const NTH_WEEKEND = pattern(NTH_WEEKDAY.re, TRIGGER.weekend, /weekend\s+(?:in|of)\s/);
/**
 * `the first Monday in September`, `the last Sunday of October 2024`, `the fourth Thursday of November`: the rule the
 * movable holidays are written by, told for a day of its own, with its year chosen as theirs is. `the last Friday of
 * the month` is of the month the text is at; `the first Monday of each month` recurs monthly; `the first Monday of next
 * month`, `of the new year` are of a month counted from the writing.
 */
const nthOfMonth = (text: string, weekends: boolean) => (m: RegExpExecArray, s: number, e: number): Draft | undefined => {
  const weekend = (m[2] ?? '').toLowerCase() === 'weekend';
  if (weekend !== weekends) return undefined;
  const [word, weekday, month] = [(m[1] ?? '').toLowerCase(), weekend ? 6 : weekdayOf(m[2] ?? ''), m[3] ? monthOf(m[3]) : undefined];
  const n = word === 'last' || word === 'final' ? -1 : ordinalValue(word);
  if (!weekday || !n) return undefined;
  const format = weekend ? formatWeekend : formatDay;
  // "on the first Monday of each month": a day that recurs every month; "of the month": of the month the text is at.
  if (m[5] !== undefined) {
    if (m[5].toLowerCase() !== 'the') return { start: s, end: e, type: 'SET', value: 'P1M', source };
    const value: Resolver = ({ base }) => {
      const day = base?.month !== undefined ? nthWeekday(base.year, base.month, weekday, n) : undefined;
      return day && isValidDay(day.year, day.month, day.day) ? format(day) : weekend ? 'XXXX-WXX-WE' : 'XXXX-XX-XX';
    };
    return { start: s, end: e, type: 'DATE', value, anaphoric: true, source };
  }
  // "the first Monday of next month", "the first Monday of the new year": of a month counted from the writing.
  if (m[6] !== undefined || m[7] !== undefined) {
    const shift = m[6] !== undefined ? MONTH_SHIFT[m[6].toLowerCase()] ?? 0 : 0;
    const value: Resolver = (ctx) => {
      const { base } = ctx;
      if (base?.month === undefined) return weekend ? 'XXXX-WXX-WE' : 'XXXX-XX-XX';
      const [y, mo] = m[6] !== undefined ? [base.year + Math.floor((base.month - 1 + shift) / 12), ((base.month - 1 + shift + 12) % 12) + 1]
        : [/^next/i.test(m[7] ?? '') ? base.year + 1 : Number(newYearValue(ctx)), 1];
      const day = nthWeekday(y, mo, weekday, n);
      return isValidDay(day.year, day.month, day.day) ? format(day) : weekend ? 'XXXX-WXX-WE' : 'XXXX-XX-XX';
    };
    return { start: s, end: e, type: 'DATE', value, deictic: true, source };
  }
  if (!month) return undefined;
  const on = (y: number): Day => nthWeekday(y, month, weekday, n);
  // A fifth one is in some months of some years only: with its year written, when that month has it. "on April 21,
  // 2014, the third Monday in April": told after a date in apposition, it is of that date's year.
  const restated = m[4] ? null : YEAR_OF_DATE_BEFORE.exec(text.slice(Math.max(0, s - 20), s));
  const year = m[4] ? Number(m[4]) : restated ? Number(restated[1]) : undefined;
  const fifth = year !== undefined ? on(year) : undefined;
  if (n === 5 && !(fifth && isValidDay(fifth.year, fifth.month, fifth.day))) return undefined;
  const day: Movable = { near: [month, n > 0 ? 7 * n - 3 : 25], on, ...(weekend ? { weekend: true as const } : {}) };
  return { start: s, end: e, type: 'DATE', value: movableValue(day, year, undefined), source };
};
/** "this month", "next month", "last month": how far from the writing's month. */
const MONTH_SHIFT: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };
/** The year that closes a date written right before, and its comma: "April 21, 2014, ", "21 April 2014, ". */
const YEAR_OF_DATE_BEFORE = new RegExp(`(?:\\d,?|\\b${MONTH_RE}\\.?)\\s+(1[0-9]{3}|20[0-9]{2}),\\s+$`);
const nthWeekdayOfMonth: Parser = (text) => scan(text, NTH_WEEKDAY, nthOfMonth(text, false));
/** `the last weekend in September`, `the first weekend of April`: the weekend its Saturday opens (2013-W39-WE). */
const nthWeekendOfMonth: Parser = (text) => scan(text, NTH_WEEKEND, nthOfMonth(text, true));

const SEASON_SUNDAY = pattern(
  /\b(?:[Tt]he\s+)?(first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|4th|5th|6th|7th)\s+Sunday\s+(?:of|in)\s+(Advent|Lent|Easter)\b(?:,?\s+(1[0-9]{3}|20[0-9]{2})\b)?/g,
  TRIGGER.weekday,
  ['Advent', 'Lent', 'Easter'],
);
/** The Sunday before Christmas: the fourth of Advent (a week before a Christmas that falls on a Sunday). */
function lastSundayOfAdvent(year: number): Day {
  const christmas = { year, month: 12, day: 25 };
  return addDays(christmas, -(isoWeekday(christmas) % 7 || 7));
}
/** The `n`th Sunday of a church season, or undefined past its last: Advent has four, Lent six (Palm Sunday), Easter seven. */
function seasonSunday(season: string, n: number): Movable | undefined {
  const on = season === 'Advent' ? (n <= 4 ? (y: number) => addDays(lastSundayOfAdvent(y), -7 * (4 - n)) : undefined)
    : season === 'Lent' ? (n <= 6 ? (y: number) => addDays(easterSunday(y), -7 * (7 - n)) : undefined)
    : n <= 7 ? (y: number) => addDays(easterSunday(y), 7 * (n - 1)) : undefined;
  if (!on) return undefined;
  const typical = on(2013);
  return { near: [typical.month, typical.day], on };
}
/**
 * `the first Sunday of Advent`, `the fourth Sunday of Lent`, `the second Sunday of Easter`: the Sundays the church
 * counts through its seasons, each a day, not the nearest Sunday.
 */
const seasonSundays: Parser = (text) =>
  scan(text, SEASON_SUNDAY, (m, s, e) => {
    const n = ordinalValue(m[1] ?? '');
    const sunday = n ? seasonSunday(m[2] ?? '', n) : undefined;
    return sunday ? { start: s, end: e, type: 'DATE', value: movableValue(sunday, m[3] ? Number(m[3]) : undefined, undefined), source } : undefined;
  });

/** Days of the Second World War known by a name alone, as histories and anniversaries name them. */
const HISTORIC_DAYS: Readonly<Record<string, string>> = { 'd-day': '1944-06-06', 've day': '1945-05-08', 'v-e day': '1945-05-08' };
const HISTORIC_DAY = pattern(/\b(?:D-Day|V-?E\s+Day)\b/g, TRIGGER.holiday);
/**
 * `D-Day`, `VE Day`: the Normandy landings and the end of the war in Europe. Not an operation's day named for it ("D-Day
 * for Operation Torch", "the D-Day of the plan"), which is of no known date.
 */
const historicDays: Parser = (text) =>
  scan(text, HISTORIC_DAY, (m, s, e) => {
    if (OPERATION_AFTER.test(text.slice(e, e + 6))) return undefined;
    const value = HISTORIC_DAYS[m[0].toLowerCase().replace(/\s+/g, ' ')];
    return value ? { start: s, end: e, type: 'DATE', value, source } : undefined;
  });
const OPERATION_AFTER = /^\s+(?:for|of)\b/;

export const holidayParser: Parser = (text) =>
  [...holidays(text), ...bankHolidays(text), ...holidayPart(text), ...nthWeekdayOfMonth(text), ...nthWeekendOfMonth(text), ...seasonSundays(text), ...historicDays(text)];
