/**
 * Durations: `three years`, `the past two months`, `the first nine months`, `a two-year contract` (extent `two-year`),
 * `24 hours`, `several weeks`, `a few days`, `two to three weeks`, `5 1/2 hours`, `a day-long meeting`, `a fortnight`,
 * and bare plurals after a preposition (`for years`, `in decades`).
 */
import { isAsciiUpper, isWordChar, SLASH } from '../chars.ts';
import { pattern, precededBy, scan, type Draft, type Parser } from '../draft.ts';
import { TRIGGER } from '../near.ts';
import { COUNT_RE, OF_A_THING, SPEED_UNIT_BEFORE, UNIT_CODE, UNIT_RE, VAGUE_COUNT_RE, filledBefore, fillsPeriod, isTimeUnit, numberValue, ordinalValue, unitOf, type Unit } from '../lexicon.ts';

const source = 'duration';

/** The next smaller unit and how many of it make one, for writing fractions of a unit as ISO 8601 does (P2Y6M). */
const SUBUNIT: Partial<Readonly<Record<Unit, readonly [Unit, number]>>> = {
  year: ['month', 12], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60],
};

/** `P2Y6M`, `PT5H30M`, `P2DT12H`: counts of several units, zero counts left out. */
function unitsValue(parts: readonly (readonly [number, Unit])[]): string {
  let date = '';
  let time = '';
  for (const [n, unit] of parts) {
    if (n === 0) continue;
    if (isTimeUnit(unit)) time += `${n}${UNIT_CODE[unit]}`;
    else date += `${n}${UNIT_CODE[unit]}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * TIMEX3 duration value: P3Y, PT24H, PXD (count unknown). A fraction of a unit goes into the next smaller unit when
 * it comes out whole, as the news corpora write it: `2 1/2 years` P2Y6M, `5 1/2 hours` PT5H30M, `half an hour` PT30M.
 */
export function durationValue(count: number | undefined, unit: Unit): string {
  const t = isTimeUnit(unit) ? 'T' : '';
  if (count === undefined) return `P${t}X${UNIT_CODE[unit]}`;
  // TimeBank counts decades in years ("two decades" P20Y), as ISO 8601 has no decade unit, but millennia in L.
  if (unit === 'decade') return `P${count * 10}Y`;
  if (unit === 'year' && count >= 1000 && count % 1000 === 0) return `P${count / 1000}L`;
  // ISO 8601 has no fraction of a century either: "half a century" is fifty years.
  if (unit === 'century' && !Number.isInteger(count)) return `P${count * 100}Y`;
  if (unit === 'millennium' && !Number.isInteger(count)) return `P${count * 1000}Y`;
  const whole = Math.floor(count);
  const sub = SUBUNIT[unit];
  if (!Number.isInteger(count) && sub && Number.isInteger((count - whole) * sub[1])) {
    return unitsValue([[whole, unit], [(count - whole) * sub[1], sub[0]]]);
  }
  return `P${t}${count}${UNIT_CODE[unit]}`;
}

const make = (start: number, end: number, count: number | undefined, unitWord: string): Draft | undefined => {
  const unit = unitOf(unitWord);
  return unit ? { start, end, type: 'DURATION', value: durationValue(count, unit), source } : undefined;
};

/** Determiner-led spans keep `the`/`the past` in the extent, as TimeBank does. */
const LEAD = '(?:(?:the|another|an?\\s+additional|an?\\s+extra|an?\\s+further)\\s+)?(?:(?:past|last|next|first|coming|previous|following|final|initial|latest|remaining|recent|same|full|entire|whole|further|additional)\\s+)?';
/** "the next hundred years", "the past thousand years": a round count with no "a", after a word that leads a span. */
const ROUND_AFTER_LEAD = '(?:hundred|thousand)(?<=\\b(?:next|past|last|first|coming|previous|following|final)\\s{1,3}(?:hundred|thousand))';
/**
 * A count, with a written fraction (`5 1/2`, or joined with a hyphen as the wires write it: `a 3-1/2-year low`) and a
 * range (`two to three`, `between three and four`).
 */
const COUNT = `(${COUNT_RE}|${VAGUE_COUNT_RE}|another|${ROUND_AFTER_LEAD})(?:(?:\\s+|-)([1-9])/([2-9]))?(?:\\s+(?:to|or|and)\\s+(${COUNT_RE}))?`;
const TAIL = '(?:\\s+or\\s+so)?';

/**
 * Words after which "last" is the verb ("is expected to last six weeks", "could last a week", "will start on April 15
 * and last 10 days"), not "the last".
 */
const LAST_AS_VERB = /\b(?:to|and|will|would|could|can|may|might|should|must|shall|won't|wouldn't|can't|cannot|couldn't|did|does|do|didn't|doesn't|don't|'ll|not|usually|normally|typically|often|only|still)\s+$/i;
/**
 * A plural noun, its subject: "introductory rates last six months", "most leases last three years" (not a possessive,
 * "its last two years", nor a word ending in "ss": "the class last").
 */
const LAST_AFTER_PLURAL = /\b(?!(?:its|his|hers|ours|yours|theirs|this|was|has|does|is|us|thus|plus|unless|across|versus|perhaps|whereas|always|sometimes)\s)[a-z]{2,}[^s'’\s]s\s+$/;
/**
 * A verb or preposition that tells an age rather than describing a person with it; an adverb may stand between the
 * verb and the age ("he was then 26 years old", "was only nineteen years old").
 */
const AGE_TOLD_BEFORE = /\b(?:(?:was|were|is|are|be|been|being)(?:\s+(?:then|only|just|already|still|barely))?|at|with|turned|turns|least|aged)\s+$/i;
/** Words that tell what a stretch was like, between its count and its unit: "two bloody weeks", "ten brutal months". */
const TELLING_WORDS = 'bloody|brutal|bitter|hard|difficult|tense|anxious|grueling|gruelling|agonizing|agonising|intense|' +
  'peaceful|quiet|busy|hectic|chaotic|turbulent|tumultuous|terrible|dark|happy|glorious|painful|fruitless|wasted|lost|' +
  // A life's or a tenure's, after a number: "17 fruitful years", "four tough years" ("a tough year" is what a year was).
  '(?<!\\ban?\\s{1,3})(?:fruitful|productive|eventful|formative|challenging|tough|troubled|wonderful)';
// "two (2) years", "thirty (30) days": contracts write the count twice.
const COUNTED = pattern(new RegExp(`\\b(${LEAD})${COUNT}(?:\\s*\\(\\d{1,4}\\))?([\\s-]+)(?:and[\\s-]+(?:a[\\s-]+)?half[\\s-]+|more\\s+|odd\\s+|(?:straight|consecutive|successive|full|long|short|trading|business|working|fiscal|financial|calendar|academic|school|previous|preceding|following|remaining|subsequent|${TELLING_WORDS})\\s+)?(${UNIT_RE})(?![\\w-])(\\s+and\\s+a\\s+half\\b)?${TAIL}`, 'gi'), TRIGGER.unit);
/**
 * `three years`, `the past two months`, `a few days`, `24 hours`, `two to three weeks`, `five-hour`, `four straight
 * years`, `the next two fiscal years`, and halves in any of the ways news writes them: `5 1/2 hours`, `two and a half years`, `an hour and a half`.
 */
const AS_BEFORE = /\bas\s+$/i;
const KIND_OF_YEAR = /\s(?:fiscal|financial|calendar)\s/i;
/** A year and the dash or slash of a span of years, right before a count: "2023-", "1998/". */
const YEAR_THEN_DASH = /\b(?:1\d|20)\d\d[-–/]$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
/** The last number or ordinal before a later "as many", which it repeats: "the second … in as many". */
const AS_MANY_BEFORE = new RegExp(`^.*\\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|${COUNT_RE})\\b[^.;!?]{0,80}?\\bin\\s+as\\s+$`, 'i');
/** A count that names no number: "several", "a few", "many". */
const VAGUE_COUNT = new RegExp(`^${VAGUE_COUNT_RE}$`, 'i');
/** A fraction standing alone before its unit: the "1/2" of "1/2 hour" (not of "5 1/2", nor a date). */
const BARE_FRACTION = /(?:^|[^\d\s/]\s?|\s)([1-9])\/([2-9])$/;
/** "once-in-a-decade": the rarity adjective, written with hyphens. */
const ONCE_IN_BEFORE = /\bonce-in-$/i;
const OPENING_QUOTES = '"“‘\'';
const counted: Parser = (text) =>
  scan(text, COUNTED, (m, matchStart, e) => {
    const [told, first, numerator, denominator, second, gap, unitWord, halfAfter] =
      [m[1] ?? '', m[2] ?? '', m[3], m[4], m[5], m[6] ?? '', m[7] ?? '', m[8]];
    // "lost in the final a year ago": an article after "the final" or "the past" starts a new phrase, and the span with it.
    // "died following 14 years in power": "following" with no "the" is the preposition, not "the following two years".
    const lead = /^an?$/i.test(first) || /^following\s/i.test(told) ? '' : told;
    const s = matchStart + told.length - lead.length;
    // "60 miles an hour" is a speed.
    if (/^an?$/i.test(first) && precededBy(text, s, SPEED_UNIT_BEFORE)) return undefined;
    // "after 90:00 minutes": the count is the whole clock reading, not its last two digits; in "the 2023-24 financial
    // year" the digits end a span of years.
    if (!lead && /\d[:.]$/.test(text.slice(Math.max(0, s - 2), s))) return undefined;
    if (!lead && YEAR_THEN_DASH.test(text.slice(Math.max(0, s - 5), s))) return undefined;
    // "takes 1/2 hour": the count is the whole fraction, not its denominator.
    if (!lead && text.charCodeAt(s - 1) === SLASH) {
      const fraction = BARE_FRACTION.exec(text.slice(Math.max(0, s - 3), s + first.length));
      return fraction && !second && Number(fraction[1]) < Number(fraction[2])
        ? make(s - 2, e, Number(fraction[1]) / Number(fraction[2]), unitWord)
        : undefined;
    }
    // "40 years ago" is an offset back from now, which relativeOffset.ts reads whole (a count with a half too, when it can).
    if (AGO_AFTER.test(text.slice(e, e + 5)) && !halfAfter && !/\bhalf\b/i.test(m[0])) return undefined;
    // "the 1990 to 1995 seasons": two years, not a count.
    if (second !== undefined && [first, second].every((n) => /^(?:1\d{3}|20\d{2})$/.test(n))) return undefined;
    // "sentenced in 2011 to 120 days": a range runs upwards; otherwise only the second number counts the unit. Two
    // numbers joined by "and" are a range only after "between" ("between three and four years"): "two sons and three
    // years" is not one.
    const joint = second !== undefined ? RANGE_JOINT.exec(m[0].slice(told.length + first.length)) : null;
    const andNotBetween = joint !== null && /^\s+and\s/i.test(joint[0]) && !precededBy(text, s, BETWEEN_BEFORE);
    if (joint && (andNotBetween || (numberValue(first) ?? 0) > (numberValue(second!) ?? Infinity))) {
      // "its first test in 2006 and a second in May 2009": "a second" after "and" is the ordinal, no count of seconds.
      if (/^an?$/i.test(second!) && /^second$/i.test(unitWord)) return undefined;
      return make(matchStart + told.length + first.length + joint[0].length, e, numberValue(second!), unitWord);
    }
    // "the second delay in as many years", "three titles in as many seasons": as many as the number told before.
    if (/^many$/i.test(first) && !lead && precededBy(text, s, AS_BEFORE)) {
      const told = AS_MANY_BEFORE.exec(text.slice(Math.max(0, s - 100), s));
      const n = told ? ordinalValue(told[1] ?? '') ?? numberValue(told[1] ?? '') : undefined;
      return n !== undefined && n > 1 ? make(s - /as\s+$/i.exec(text.slice(s - 8, s))![0].length, e, n, unitWord) : undefined;
    }
    // "closed for at least another year": one more of the unit. Not "another day", as often some other day as one more.
    const another = /^another$/i.test(first);
    if (another && (second !== undefined || /^days?$/i.test(unitWord))) return undefined;
    // "a once-in-a-decade change", "a once-in-a-lifetime chance": how rare a thing is, not a span.
    if (/^an?$/i.test(first) && ONCE_IN_BEFORE.test(text.slice(Math.max(0, s - 9), s))) return undefined;
    // "changed from a fiscal year to a calendar year" names a kind of year; "the next two fiscal years" counts them.
    if (/^an?$/i.test(first) && KIND_OF_YEAR.test(m[0])) return undefined;
    if (ODD_WORD.test(m[0]) && !ODD_COUNT.test(m[0])) return undefined;
    const vague = VAGUE_COUNT.test(first) && !/couple/i.test(first);
    let count = vague ? undefined : another ? 1 : numberValue(second ?? first);
    if (!vague && count === undefined) return undefined;
    if (count !== undefined && numerator && denominator && !second && /^\d+$/.test(first)) {
      if (Number(numerator) >= Number(denominator)) return undefined;
      count += Number(numerator) / Number(denominator);
    }
    // "an hour and a half" halves one unit; "three hours and a half" is rare and read the same way.
    if (count !== undefined && (/and[\s-]+(?:a[\s-]+)?half[\s-]/i.test(m[0]) || halfAfter)) count += 0.5;
    const after = text.slice(e, e + 12);
    // An age: "a 10-year-old boy" and "Mr. Reupke, 52 years old," describe someone and are left untagged, as the news
    // corpora do; "he was 18 years old", "at 26 years of age" tell a span of life, "old" and all (WikiWars).
    if (/^-old\b/.test(after)) return undefined;
    const age = /^\s+(?:old|of\s+age)\b/.exec(after);
    if (age) {
      const told = /s$/i.test(unitWord) && !lead && precededBy(text, s, AGE_TOLD_BEFORE);
      return told ? make(s, e + age[0].length, count, unitWord) : undefined;
    }
    // "everyone 6 months and older", "adults 65 years and over", "infants younger than 6 months": a bound of the age of
    // a group of people describes them, as an age does, and is left untagged too.
    if (!lead && ((/^\s+(?:and|or)\s/.test(after) && AGE_BOUND_AFTER.test(text.slice(e, e + 32))) || precededBy(text, s, AGE_BOUND_BEFORE))) return undefined;
    // "staffed 24 hours a day, seven days a week": a count that fills the period after it says "always".
    const per = PERIOD_AFTER.exec(after);
    if (per && fillsPeriod(count, unitOf(unitWord), unitOf(per[1] ?? ''))) return undefined;
    if (/^an?$/i.test(first) && !lead && filledBefore(text, s, unitOf(unitWord))) return undefined;
    const plural = /s$/i.test(unitWord);
    // "a second attack" is an ordinal.
    if (/^second$/i.test(unitWord) && !/^\d/.test(first)) return undefined;
    // "a previous one-day strike": one joined to its unit by a hyphen describes the noun after it too (not after a word
    // that counts the span from now: "the past one-year period" is that span).
    const adjectival = !plural && ((count ?? 1) !== 1 || (gap.includes('-') && !SPAN_FROM_NOW_LEAD.test(lead)));
    // "the 1988 second quarter", "a 747 jet": a big bare number before a singular unit word is not a count.
    if (adjectival && gap.trim() === '' && /^\d+$/.test(first) && (Number(first) > 100 || /^second$/i.test(unitWord))) return undefined;
    // An adjectival duration ("a two-year contract") leaves its determiner out of the extent, and so does the verb
    // "last" ("will last two hours").
    const start = (adjectival && lead) || (/^last\s/i.test(lead) && (precededBy(text, s, LAST_AS_VERB) || precededBy(text, s, LAST_AFTER_PLURAL))) ? s + lead.length : s;
    const d = make(start, e, count, unitWord);
    // "\"12 Years a Slave\" opened in October": a capitalised unit right after an opening quote begins a title, which
    // the news corpora leave untagged (the histories tag "57 Days of Hell").
    if (d && isAsciiUpper(unitWord.charCodeAt(0)) && OPENING_QUOTES.includes(text[s - 1] ?? ' ')) return { ...d, historyOnly: true };
    // "the Six-Day War", "the Thirty Years' War": a capitalised span before "War" is the war's name, left untagged too.
    if (d && isAsciiUpper(unitWord.charCodeAt(0)) && WAR_NAME_AFTER.test(text.slice(e, e + 8))) return { ...d, historyOnly: true };
    // "the next two years or so" and "40-odd years" are hedges.
    return d && ((text.endsWith('so', e) && OR_SO_END.test(m[0])) || ODD_COUNT.test(m[0])) ? { ...d, mod: 'APPROX' } : d;
  });
const OR_SO_END = /\sor\s+so$/i;
const AGO_AFTER = /^\s+ago\b/i;
/** "40-odd", "20 odd": a round count and some more. */
const ODD_COUNT = /(?:\d|ty|hundred|dozen)[\s-]odd\s/i;
/** "odd" after any other count is the adjective: "two odd weeks". */
const ODD_WORD = /[\s-]odd\s/i;
/**
 * The bound of an age after its count, closing its phrase or before the verb of the people it describes: " and older,",
 * " or over are", " and up can", " and younger who"; not "and over 500 people", "and up until now".
 */
const AGE_BOUND_AFTER = /^\s+(?:and|or)\s+(?:older|over|up|younger|under)(?=\s*(?:[,.;:)!?"”]|$)|\s+(?:can|could|should|must|may|might|will|would|are|were|is|was|who|get|got|receive|received|have|had|need|needs?|in|at|from|for|to\s+(?:get|receive|be|have))\b)/i;
/** …or before it: "older than", "younger than". */
const AGE_BOUND_BEFORE = /\b(?:older|younger)\s+than\s+$/i;
/** The period a count is told per: "a day", "per week", "an hour". */
const PERIOD_AFTER = /^[\s-]+(?:an?|per)[\s-]+(hour|day|week|year)\b/i;
/** The word "War" right after a span, maybe after a possessive's apostrophe: "Six-Day War", "Hundred Years' War". */
const WAR_NAME_AFTER = /^['’]?\s+War\b/;
/** The word joining the two counts of a range ("two to three", "2006 and a"), with its spaces. */
const RANGE_JOINT = /^\s+(?:to|or|and)\s+/i;
const SPAN_FROM_NOW_LEAD = /\b(?:past|last|next|coming)\s/i;

/** "the next half hour", "the past half-hour": a span's lead, not "the first half" of something. */
const HALF_LEAD = '(?:a\\s+|the\\s+(?:next|past|last|previous|following|coming|final)\\s+)?';
const HALF = pattern(new RegExp(`\\b${HALF_LEAD}half\\s+(?:an?\\s+)?(hour|day|year|century|millennium|decade|month)\\b|\\b${HALF_LEAD}half-(hour|day|year|century)\\b`, 'gi'), TRIGGER.half);
/** `half an hour`, `half a century`, `the next half hour`. */
const half: Parser = (text) =>
  scan(text, HALF, (m, s, e) =>
    make(s, e, 0.5, m[1] ?? m[2] ?? ''));

const FIRST_OF = pattern(/\bthe\s+(?:first|opening|final|closing|last)\s+(hour|week|month|year)\b/gi, TRIGGER.unit);
/**
 * `the first hour of the attack`, `the first year of the invasion`, `the final week of the campaign`: the opening or
 * closing stretch of a thing, as long as its unit ("the first day of the war" is a day, left alone).
 */
const firstOfAThing: Parser = (text) =>
  scan(text, FIRST_OF, (m, s, e) => {
    // "the last week of", "the last month of": relativeOffset's; "the last hour of" has no reading there.
    if (/\slast\s/i.test(m[0]) && !/^hour$/i.test(m[1] ?? '')) return undefined;
    return OF_A_THING.test(text.slice(e, e + 40)) ? make(s, e, 1, m[1] ?? '') : undefined;
  });

const NEXT_HOUR = pattern(/\bthe\s+(?:next|past|last|previous|following|coming)\s+hour(\s+and\s+a\s+half)?\b(?:\s+or\s+so\b|(?![\s-]+(?:of|or|and)\b))/gi, TRIGGER.unit);
/**
 * `within the next hour`, `in the past hour`, `the past hour and a half`, `the next hour or so`: a stretch of one hour up to or from the time told (the day, week and month
 * so named are dates, relativeOffset's; "the last hour of trading" is firstOfAThing's).
 */
const nextHour: Parser = (text) =>
  scan(text, NEXT_HOUR, (m, s, e) => {
    const d = make(s, e, m[1] ? 1.5 : 1, 'hour');
    // "within the next hour or so" is a hedge, as "the next two years or so" is.
    return d && OR_SO_END.test(m[0]) ? { ...d, mod: 'APPROX' } : d;
  });

const WITHIN_THE_HOUR = pattern(/(?<=\bwithin\s{1,3})the\s+hour\b(?![\s-]+of\b)/gi, TRIGGER.unit, ['ithin the hour']);
/**
 * `within the hour`: "ordered his release within the hour", "was dead within the hour": no more than an hour from the
 * time told, as "within an hour" is ("the hour of his death" is no stretch).
 */
const withinTheHour: Parser = (text) => scan(text, WITHIN_THE_HOUR, (_m, s, e) => make(s, e, 1, 'hour'));

const QUARTER_OF = pattern(/\b(a|one|three)\s+quarters?(?:\s+of\s+(?:an\s+(hour)|a\s+(century|year))|[\s-](century))\b/gi, TRIGGER.quarter);
/** In the unit below it, a quarter of an hour, a year and a century. */
const QUARTER_IN: Readonly<Record<string, readonly [number, string]>> = { hour: [15, 'minutes'], year: [3, 'months'], century: [25, 'years'] };
/**
 * `a quarter of an hour` (15 minutes), `three quarters of an hour` (45), `a quarter of a century` (25 years), and
 * without the "of a": `more than a quarter century after`, `a quarter-century`.
 */
const quarterOf: Parser = (text) =>
  scan(text, QUARTER_OF, (m, s, e) => {
    const [count, unit] = QUARTER_IN[(m[2] ?? m[3] ?? m[4] ?? '').toLowerCase()] ?? [0, ''];
    return make(s, e, /^three$/i.test(m[1] ?? '') ? count * 3 : count, unit);
  });

const BARE_PLURAL_LEAD = '\\b(?:for|in|over|within|took|take|takes|lasted|last|spent|spend|need|needs|needed|require|requires|required)\\s+';
const BARE_PLURAL_CONTEXT = new RegExp(`${BARE_PLURAL_LEAD}$`, 'i');
/**
 * A second guess after a comma, hedged or set against the first: the "months" of "for weeks, possibly months", "took
 * days, if not weeks", "within weeks, not months".
 */
const BARE_PLURAL_HEDGED = new RegExp(`${BARE_PLURAL_LEAD}(?:years|decades|months|weeks|days|hours),\\s+(?:or\\s+)?(?:possibly|perhaps|maybe|probably|even|if\\s+not|not)\\s+$`, 'i');
/** "weeks after", "years later" are offsets (relativeOffset.ts), unless a span is told with "for" ("for years after"). */
const BARE_PLURAL = pattern(/\b(years|decades|months|weeks|days|hours|centuries|minutes)(?:\s+or\s+(?:years|decades|months|weeks|days|hours))?\b(?!\s+(?:before|earlier|ago)\b)(?!\s+(?:after|later)\b(?<!\b[Ff]or\s+\w+\s+\w+))/gi, TRIGGER.unit);
/**
 * "years of war", "hours of talks" measure a thing, not a time; but "within minutes of the announcement", "within
 * hours of the quake" is the span up to a time after it.
 */
const OF_AFTER = /^\s+of\b/i;
const WITHIN_BEFORE = /\bwithin\s+$/i;
/** "pupils in years 10 and 11", "in weeks 3 to 6 of the trial": numbers after the unit name which ones, not a span. */
const NUMBERED_AFTER = /^\s+\d/;
/** "is just hours away", "only days away": the span to a time ahead. */
const AWAY_AFTER = /^\s+away\b/i;
const AWAY_BEFORE = /\b(?:is|are|was|were|be|just|only|still|now|mere)\s+$/i;
/**
 * Bare plural units after a preposition: `for years`, `in decades`, `over months`, `need months`, `take weeks or months` (the first
 * unit gives the value), a hedged second one after such (`for weeks, possibly months`), and the span to a time ahead
 * (`the vote is just hours away`). Elsewhere ("weeks after", "in years 10 and 11") they are not tagged.
 */
const barePlural: Parser = (text) =>
  scan(text, BARE_PLURAL, (m, s, e) =>
    !NUMBERED_AFTER.test(text.slice(e, e + 3)) &&
    (OF_AFTER.test(text.slice(e, e + 4)) ? precededBy(text, s, WITHIN_BEFORE)
      : precededBy(text, s, BARE_PLURAL_CONTEXT) || precededBy(text, s, BARE_PLURAL_HEDGED) ||
        (AWAY_AFTER.test(text.slice(e, e + 6)) && precededBy(text, s, AWAY_BEFORE)))
      ? make(s, e, undefined, m[1] ?? '')
      : undefined);

/**
 * `recent years`, `recent weeks`, `recent quarters`: TimeML reads a stretch of unknown length up to now (PXY), not a
 * point (a quarter is no unit of the duration parser's: its code is written here).
 */
const RECENT = pattern(/\brecent\s+(years|decades|months|weeks|days|quarters)\b/gi, TRIGGER.unit);
const recent: Parser = (text) =>
  scan(text, RECENT, (m, s, e) =>
    /^quarters$/i.test(m[1] ?? '') ? { start: s, end: e, type: 'DURATION', value: 'PXQ', source } : make(s, e, undefined, m[1] ?? ''));

const COMING = pattern(
  /\b(?:(?:the\s+)?(?:coming|upcoming)|the\s+(?:following|next|subsequent|ensuing|intervening|past|last|previous|preceding))\s+(years|decades|months|weeks|days|hours|minutes)\b|\bthe\s+(years|decades|months|weeks|days|hours)\s+(?:ahead|to\s+come|(?:that|which)\s+followed)\b|\bthe\s+(years|decades|decade|months|weeks|days)(?=\s+since\b)/gi,
  TRIGGER.unit,
);
/**
 * "saw it coming years before anyone else", "saw the crash coming months in advance": a bare "coming" before a count
 * that looks ahead of or back from something is the verb, and the unit belongs to the words after it.
 */
const COMING_AS_VERB_AFTER = /^\s+(?:before|after|earlier|later|ago|in\s+advance)\b/i;
/**
 * `coming months`, `the coming years`, `the weeks ahead`, `the days to come`, `the following days`, `the years that followed`, `the intervening years`, `the past
 * weeks`, and as disasters are told by the hour, `the coming hours`, `the following hours`, `the hours ahead`: a stretch of
 * unknown length after or before the time told. So is the stretch from a time to now, "since" left out as in "the year
 * since" (relativeOffset.ts): "In the years since, the city has been rebuilt", "in the decade since the invasion".
 */
const coming: Parser = (text) =>
  scan(text, COMING, (m, s, e) => {
    if (/^coming\s/i.test(m[0]) && COMING_AS_VERB_AFTER.test(text.slice(e, e + 12))) return undefined;
    const d = m[3] !== undefined && /^decade$/i.test(m[3]) ? make(s, e, 1, 'decade') : make(s, e, undefined, m[1] ?? m[2] ?? m[3] ?? '');
    // "In the years that followed": a history tags the whole phrase, as it does "the following years" (news, where the
    // annotators took the unit alone, is left as it was).
    return d && FOLLOWED_END.test(m[0]) ? { ...d, historyOnly: true } : d;
  });
const FOLLOWED_END = /followed$/i;

const QUARTERS = pattern(new RegExp(`\\b(${LEAD})(${COUNT_RE}|several|a\\s+few)\\s+(?:(?:straight|consecutive|successive)\\s+)?quarters\\b`, 'gi'), TRIGGER.quarter);
/**
 * A change by a share, maybe a rough one: "cut emissions by three quarters by 2050", "sales rose by nearly three
 * quarters" (as "by two thirds").
 */
const BY_A_SHARE = /\bby\s+(?:(?:nearly|almost|about|around|roughly|some|over|more\s+than|less\s+than)\s+)?$/i;
/**
 * `the past two quarters`, `several quarters`, `four straight quarters` (as the other units count a streak): a span
 * of fiscal quarters (TIMEX3 unit Q). "three quarters of the
 * votes" and "cut by three quarters" are fractions, "in some quarters" means people, and "the third quarter" is an
 * ordinal (no count).
 */
const quarters: Parser = (text) =>
  scan(text, QUARTERS, (m, s, e) => {
    const countWord = m[2] ?? '';
    if (/^(?:several|a\s+few)$/i.test(countWord)) return { start: s, end: e, type: 'DURATION', value: 'PXQ', source };
    if (/^\s+of\b/i.test(text.slice(e, e + 4))) return undefined;
    if (m[1] === '' && BY_A_SHARE.test(text.slice(Math.max(0, s - 20), s))) return undefined;
    const n = numberValue(countWord);
    return n !== undefined && Number.isInteger(n) && n > 1 ? { start: s, end: e, type: 'DURATION', value: `P${n}Q`, source } : undefined;
  });

const LONG = pattern(new RegExp(`\\b(?:(${COUNT_RE})-)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries)-?long\\b`, 'gi'), TRIGGER.unit, /long\b/i);
/**
 * `day-long`, `year-long`, `decades-long`, `three-month-long`, and as news agencies write them, closed: `a daylong
 * manhunt`, `a weeklong festival`, `decadeslong`: a singular unit lasts one of it or the count before it, a plural an
 * unknown number.
 */
const long: Parser = (text) =>
  scan(text, LONG, (m, s, e) => {
    const word = m[2] ?? '';
    return make(s, e, /s$/i.test(word) ? undefined : m[1] ? numberValue(m[1]) : 1, word);
  });

const FORTNIGHTS = pattern(new RegExp(`\\b(${COUNT_RE}|(?:the\\s+)?(?:past|last|next|coming|previous|following)|this)[\\s-]+fortnights?\\b(?!\\s+(?:ago|(?:earlier|later)(?!\\s+than\\b))\\b)`, 'gi'), TRIGGER.fortnight);
/**
 * `a fortnight`, `two fortnights`, `the past fortnight`, `last fortnight`: two weeks each, as British news counts them;
 * so is the shift of "a fortnight earlier than planned" (not "a fortnight later", a time counted on).
 */
const fortnights: Parser = (text) =>
  scan(text, FORTNIGHTS, (m, s, e) => {
    const n = /^(?:the|past|last|next|coming|previous|following|this)\b/i.test(m[1] ?? '') ? 1 : numberValue(m[1] ?? '');
    return n !== undefined && n > 0 ? { start: s, end: e, type: 'DURATION', value: `P${2 * n}W`, source } : undefined;
  });

/** A whole count of one unit, as `durationValue` writes it (`P4Y`, `PT30M`): its count and its place, largest first. */
const SINGLE_UNIT = /^P(T?)(\d+)([YMWDHS])$/;
const UNIT_RANK: Readonly<Record<string, number>> = { Y: 0, M: 1, W: 2, D: 3, TH: 4, TM: 5, TS: 6 };
/** What may join the parts of one duration: "four years and six months", "2 hours, 5 minutes", "11 hours 30 minutes". */
const JOIN = /^,?\s+(?:and\s+)?$/;
/**
 * A part followed by these is an offset of its own: "two years, and three months later". Before an event ("two hours
 * and forty minutes after the blast") the parts stay one span.
 */
const OFFSET_AFTER = /^\s+(?:later|earlier|ago|previously|hence|from\s+now|(?:after|before)(?!\s+[a-z]))\b/i;

/**
 * `four years and six months`, `2 hours 30 minutes`, `one year, three months and ten days`: counted durations written
 * one after another, each of a smaller unit (weeks stand alone), are one duration, as ISO 8601 writes it (P4Y6M).
 * `sorted`: the counted durations in text order, as scan gives them.
 */
function compounds(text: string, sorted: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let [date, time, rank, j] = ['', '', -1, i];
    for (; j < sorted.length; j++) {
      const d = sorted[j]!;
      const part = typeof d.value === 'string' ? SINGLE_UNIT.exec(d.value) : null;
      const r = part ? UNIT_RANK[`${part[1]}${part[3]}`] : undefined;
      if (!part || r === undefined || r <= rank || r === UNIT_RANK.W) break;
      if (j > i && !JOIN.test(text.slice(sorted[j - 1]!.end, d.start))) break;
      if (part[1]) time += `${part[2]}${part[3]}`;
      else date += `${part[2]}${part[3]}`;
      rank = r;
    }
    if (j - i < 2) continue;
    const end = sorted[j - 1]!.end;
    if (!OFFSET_AFTER.test(text.slice(end, end + 16))) {
      out.push({ start: sorted[i]!.start, end, type: 'DURATION', value: `P${date}${time ? `T${time}` : ''}`, source });
      i = j - 1;
    }
  }
  return out;
}

const ONE_MORE = pattern(/\ban?\s+(?:additional|extra|further)\s+(second|minute|hour|day|week|month|year|decade)\b(?![\w-])/gi, TRIGGER.unit);
/** `an additional year`, `a further week`, `an extra day`: one more of the unit. */
const oneMore: Parser = (text) => scan(text, ONE_MORE, (m, s, e) => make(s, e, 1, m[1] ?? ''));

const ABBREVIATED = pattern(/\b(\d{1,4})\s?(mins?|hrs?|secs?|yrs?)\b(?!\.\w)/gi, TRIGGER.digit);
/**
 * `30 mins`, `2 hrs`, `10 secs`, `3 yrs`: the short forms of notes, mail and listings, after a number only. ("45 min"
 * too; "hrs" after a clock time, "19:00hrs", is the clock's.)
 */
const abbreviated: Parser = (text) =>
  scan(text, ABBREVIATED, (m, s, e) => {
    if (text.charCodeAt(s - 1) === 58) return undefined;
    const unit = unitOf(m[2] ?? '');
    return unit ? { start: s, end: e, type: 'DURATION', value: durationValue(Number(m[1]), unit), source } : undefined;
  });

const A_WHILE_BEFORE = /\b(?:[Ff]or|[Aa]fter|[Ww]ithin)\s+(a\s+(?:little\s+)?)$/;
/**
 * `for a while`, `after a little while`: a span of unknown length in unknown units (not "once in a while", a habit).
 * Found from the word "while", as no trigger family holds it and a pattern over the whole of a long text is slow.
 */
const aWhile: Parser = (text) => {
  const out: Draft[] = [];
  for (let i = text.indexOf('while'); i >= 0; i = text.indexOf('while', i + 5)) {
    if (isWordChar(text.charCodeAt(i + 5))) continue;
    const m = A_WHILE_BEFORE.exec(text.slice(Math.max(0, i - 24), i));
    if (m) out.push({ start: i - (m[1] ?? '').length, end: i + 5, type: 'DURATION', value: 'PXX', source });
  }
  return out;
};

export const durationParser: Parser = (text) => {
  const short = abbreviated(text);
  // Counts in words and in short forms join alike ("2 hrs 30 mins"); each list is in text order already.
  const countedDrafts = short.length ? [...counted(text), ...short].sort((a, b) => a.start - b.start) : counted(text);
  return [
    ...compounds(text, countedDrafts),
    ...fortnights(text),
    ...countedDrafts, ...oneMore(text), ...half(text), ...quarterOf(text), ...firstOfAThing(text), ...nextHour(text), ...withinTheHour(text), ...barePlural(text), ...recent(text), ...coming(text), ...quarters(text), ...long(text), ...aWhile(text),
  ];
};
