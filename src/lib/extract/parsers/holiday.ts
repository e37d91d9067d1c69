/**
 * Fixed-date holidays: `Christmas`, `Christmas Eve 1776`, `New Year's Day`, `Halloween`, `Valentine's Day`, and
 * Thanksgiving (the fourth Thursday of November, as in US news). Without a year they resolve like a month and day.
 */
import { formatYear, isoWeekday } from '../calendar.ts';
import { pattern, precededBy, scan, type Parser, type Resolver } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { monthDayResolver, pad2, type Force } from '../resolve.ts';

const source = 'holiday';

/** Holiday name (lower case, single spaces) → month and day. */
const FIXED: Readonly<Record<string, readonly [number, number]>> = {
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's": [1, 1],
  "new year's eve": [12, 31], halloween: [10, 31], "valentine's day": [2, 14],
};
const FORCE: Readonly<Record<string, Force>> = { last: 'past', next: 'future', this: 'this' };

/** The fourth Thursday of November. */
function thanksgiving(year: number): string {
  const first = isoWeekday({ year, month: 11, day: 1 });
  const day = 1 + ((4 - first + 7) % 7) + 21;
  return `${formatYear(year)}-11-${pad2(day)}`;
}

const HOLIDAY = pattern(
  /\b(?:([Ll]ast|[Nn]ext|[Tt]his)\s+)?(Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]s\s+Day)\b(?:,?\s+(1[0-9]{3}|20[0-9]{2})\b)?/g,
  TRIGGER.holiday,
);
/** A holiday name before these nouns names a custom or a season, not the day. */
const NOUN_AFTER = /^\s+(?:trees?|cards?|carols?|shopping|season|gifts?|presents?|part(?:y|ies)|decorations|lights|dinners?|parades?|holidays?|break|spirit|bonus(?:es)?|sales|message|address|truce|offensive|[A-Z])/;

const holidays: Parser = (text) =>
  scan(text, HOLIDAY, (m, s, e) => {
    const name = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').replace('’', "'");
    if (!m[3] && NOUN_AFTER.test(text.slice(e, e + 16))) return undefined;
    // Titles and greetings: "White Christmas", "Merry Christmas".
    if (precededBy(text, s, /\b(?:White|Merry|Happy)\s+$/)) return undefined;
    // Other calendars' new years (Chinese, Jewish, Lunar) fall on other days.
    if (name.startsWith('new') && precededBy(text, s, /\b(?:Chinese|Jewish|Lunar|Persian|Iranian|Vietnamese|Islamic)\s+$/)) return undefined;
    const force = FORCE[(m[1] ?? '').toLowerCase()];
    const year = m[3] ? Number(m[3]) : undefined;
    if (name.startsWith('thanksgiving')) {
      const value: Resolver = year !== undefined ? () => thanksgiving(year) : (ctx) => {
        const y = Number(monthDayResolver(11, 25, force)(ctx).slice(0, 4));
        return Number.isNaN(y) ? 'XXXX-11-XX' : thanksgiving(y);
      };
      return { start: s, end: e, type: 'DATE', value, source };
    }
    const fixed = FIXED[name];
    if (!fixed) return undefined;
    const [month, day] = fixed;
    const value: string | Resolver = year !== undefined ? `${formatYear(year)}-${pad2(month)}-${pad2(day)}` : monthDayResolver(month, day, force);
    return { start: s, end: e, type: 'DATE', value, source };
  });

export const holidayParser: Parser = holidays;
