import type { Granularity, TimexMod } from '../extract/types.ts';
import { valueToInterval } from '../extract/valueToInterval.ts';

const modWords: Partial<Record<TimexMod, string>> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'by',
  ON_OR_AFTER: 'from',
};

const seasons: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const partsOfDay: Record<string, string> = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };

/** Formatters by locale and options: making one costs ~50 times more than using it, and lists format thousands. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function utcFormat(options: Intl.DateTimeFormatOptions, locale: string): (t: number) => string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  return (t) => {
    const year = new Date(t).getUTCFullYear();
    if (year > 0) return format.format(t);
    // Intl writes a year before 1 CE as its bare era year ("45" for 45 BCE), so the era is put back.
    return format.formatToParts(t).map((part) => (part.type === 'year' ? yearLabel(year) : part.value)).join('');
  };
}

/** A year counted in its era: years here are astronomical, as in TIMEX3 and ISO 8601 (0 is 1 BCE, −44 is 45 BCE). */
function eraOf(year: number): { readonly count: number; readonly era: string } {
  return year > 0 ? { count: year, era: '' } : { count: 1 - year, era: ' BCE' };
}

function yearLabel(year: number): string {
  const { count, era } = eraOf(year);
  return `${count}${era}`;
}

/** The first whole year of the Gregorian calendar. */
const gregorianReform = 1583;

/** A date as a reader says it, at the precision the text gave: "3 April 2024", "February 2024", "1990s", "spring 2024". */
export function formatEventDate(
  event: { readonly value: string; readonly granularity: Granularity; readonly start: number; readonly mod?: TimexMod },
  locale = 'en-GB',
): string {
  const date = new Date(event.start);
  const year = date.getUTCFullYear();
  // BCE periods are counted back from year 1 like their years: the 480s BCE are 489–480 BCE.
  const { count, era } = eraOf(year);
  let text: string;
  switch (event.granularity) {
    case 'millennium':
      text = `${ordinal(Math.floor(count / 1000) + 1)} millennium${era}`;
      break;
    case 'century':
      text = `${ordinal(Math.floor(count / 100) + 1)} century${era}`;
      break;
    case 'decade':
      text = `${Math.floor(count / 10) * 10}s${era}`;
      break;
    case 'year':
      text = yearLabel(year);
      break;
    case 'half':
      text = `${date.getUTCMonth() < 6 ? 'first' : 'second'} half of ${yearLabel(year)}`;
      break;
    case 'quarter':
      text = `Q${Math.floor(date.getUTCMonth() / 3) + 1} ${yearLabel(year)}`;
      break;
    case 'season': {
      // The year a season is named after, which its last day is in: "winter 2024" begins in December 2023, and "early
      // winter 2024" is still called so.
      const placed = valueToInterval(event.value)?.interval;
      const named = placed ? placed.end - 1 : event.start;
      text = `${seasons[event.value.slice(-2)] ?? 'season'} ${yearLabel(new Date(named).getUTCFullYear())}`;
      break;
    }
    case 'month':
      text = utcFormat({ month: 'long', year: 'numeric' }, locale)(event.start);
      break;
    case 'week':
      text = `week of ${utcFormat({ day: 'numeric', month: 'long', year: 'numeric' }, locale)(event.start)}`;
      break;
    case 'day':
      // Days before the Gregorian reform are reckoned proleptically; the weekday of such a day would not be the one
      // its source knew, so it is left out.
      text = utcFormat({ ...(year >= gregorianReform ? { weekday: 'long' } : {}), day: 'numeric', month: 'long', year: 'numeric' }, locale)(event.start);
      break;
    case 'part-of-day':
      text = `${utcFormat({ day: 'numeric', month: 'long', year: 'numeric' }, locale)(event.start)}, ${partsOfDay[event.value.slice(-2)] ?? 'day'}`;
      break;
    default:
      text = utcFormat({ day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }, locale)(event.start);
  }
  const mod = event.mod ? modWords[event.mod] : undefined;
  return mod ? (mod === 'mid' ? `mid-${text}` : `${mod} ${text}`) : text;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
