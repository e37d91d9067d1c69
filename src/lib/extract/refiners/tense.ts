/**
 * A rough tense for the clause around a timex, from auxiliaries and verb forms: enough to decide whether a bare
 * "Friday" or "March" lies before or after the reference day. No POS tagger: the nearest marker wins, measured
 * from the timex's edges, and a tie goes to the past (news mostly reports what happened).
 *
 * Sentence ends are found once per text, and markers once per stretch of text around the timexes (when a timex in it
 * is first asked about), then looked up by binary search, so asking for the tense of every timex stays linear in the
 * text (scanning each sentence again per timex was quadratic on long sentences).
 */
import { matchesAt, wordBefore, type Tense } from '../draft.ts';
import { MONTH_RE } from '../lexicon.ts';
import { sentenceStops } from './sentenceStops.ts';
import { deadlineAfter, deadlineAt, stateAfterDeed, tenseOfCueBefore } from './tenseCues.ts';
import { markersIn, type Markers, type Spans } from './tenseMarkers.ts';
import { BIDDING } from './verbBefore.ts';

/**
 * "Beginning Monday, …", "starting at 6 p.m.": participles that look ahead, unless a deed before them in their clause
 * sets the time ("ordered the evacuation beginning at 6 p.m. Thursday", "the strike began Monday, starting at dawn").
 */
const PARTICIPLE_AHEAD = /^(?:starting|beginning)$/i;
/**
 * A period right before the participle, which tells when that period starts, not when the deed was done: "approved a
 * budget for the fiscal year starting in April" (what the budget is for lies ahead).
 */
const PERIOD_BEFORE = /\b(?:year|season|term|session|semester|period)\s+$/i;
/**
 * Verbs of agreeing or offering: what a past one agrees to start lies ahead of the agreement, as a telling's does ("the
 * two sides agreed to a truce beginning Monday", "Hamas offered a ceasefire starting at midnight Sunday"), unlike an
 * order carried out at once ("ordered the evacuation beginning at 6 p.m. Wednesday").
 */
const AGREEING_VERB = /^(?:agreed|offered|proposed|pledged|promised|vowed)$/i;
/** Verbs of telling: a past one before "beginning Friday" reports a time to come ("said that beginning Friday …"). */
const TELLING_VERB = /^(?:said|told|announced|added|stated|reported|warned|explained|confirmed|wrote|declared)$/i;
/** "added" tells only before what was said ("added that", "added:"); "added patrols starting in July" is a deed. */
const ADDED_TELLING = /^\s*(?:that\b|[,:"“]|$)/;
const isTelling = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end);
  return TELLING_VERB.test(word) && (!/^added$/i.test(word) || ADDED_TELLING.test(text.slice(end, end + 6)));
};

/**
 * A deed of a relative clause ("will scrap the armistice that ended the war starting on Monday") tells of the noun
 * before it, not the time a participle after it looks ahead to.
 */
const RELATIVE_PRONOUN_BEFORE = /\b(?:that|which|who)\s+$/i;
const ofRelativeClause = (text: string, deedStart: number): boolean => RELATIVE_PRONOUN_BEFORE.test(text.slice(Math.max(0, deedStart - 8), deedStart));

const byStart = (a: { readonly start: number }, b: { readonly start: number }): number => a.start - b.start;

/** Index of the first element of a sorted array that is ≥ x. */
function lowerBound(xs: readonly number[], x: number): number {
  let [lo, hi] = [0, xs.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the last marker ending at or before `start` and starting at or after `from`, or -1; with equal ends the
 * one starting latest is last.
 */
function lastBefore(s: Spans, from: number, start: number): number {
  const i = lowerBound(s.ends, start + 1) - 1;
  return i >= 0 && (s.starts[i] ?? -1) >= from ? i : -1;
}

/** Distance from the timex to the closest marker between `from` and `start` (left) or `end` and `to` (right). */
function distanceLeft(s: Spans, from: number, start: number): number {
  const i = lastBefore(s, from, start);
  return i < 0 ? Infinity : start - (s.ends[i] ?? 0);
}

function distanceRight(s: Spans, end: number, to: number): number {
  let best = Infinity;
  // Sorted by end, the first marker starting after the timex is found among the next few ends.
  for (let i = lowerBound(s.ends, end + 1); i < s.ends.length && (s.ends[i] ?? 0) <= to; i++) {
    const a = s.starts[i] ?? 0;
    if (a >= end) best = Math.min(best, a - end);
    if (a - end > best) break;
  }
  return best;
}

function decide(f: number, p: number, pr: number): Tense {
  if (f === Infinity && p === Infinity && pr === Infinity) return 'unknown';
  // Words like "scheduled" match both lists; intention wins.
  if (f <= p && f <= pr) return 'future';
  return p <= pr ? 'past' : 'present';
}

export type TenseLookup = (start: number, end: number) => Tense;

/** Words before a possessive day that put the clause's deed in the day's event. */
const DURING_WORDS: ReadonlySet<string> = new Set(['during', 'at']);
/**
 * "In" does the same only near a word that looks ahead: "will make the first selection in Thursday's draft", but not
 * "will miss two games after taking a puck to the face in Tuesday's win", where the day's event is the cause.
 */
const IN_EVENT_REACH = 40;
/**
 * The one to come out of the day's event: "will play the winner of Tuesday's game" is told in the clause's tense, as
 * the winner meets whoever it meets after that game.
 */
const OUTCOME_OF_BEFORE = /\b(?:winners?|losers?|victors?)\s+of\s+$/i;
/**
 * A fixture named by its day after "for": "is doubtful for Saturday's game", "tickets for Sunday's final are sold out"
 * are told in the clause's tense, as a game is prepared for before it is played ("was fined for Sunday's outburst" is
 * no fixture). So are a qualifier, a friendly, a play-off, a replay and a leg of a tie ("is fit for Tuesday's World Cup
 * qualifier").
 */
const FIXTURE_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:game|match|race|final|semifinal|semi-final|fixture|clash|derby|tie|bout|fight|opener|showdown|grand\s+prix|qualifiers?|friendly|play-?off|decider|rematch|replay|(?:first|second|return)\s+leg)\b/i;
/**
 * A fixture named by its day as the subject of "is" or "are": "Sunday's game is sold out", "Saturday's match against
 * Leeds is live on Sky" tell of a game to come (not one "under" review or "being" looked into).
 */
const FIXTURE_IS_AFTER = new RegExp(`${FIXTURE_AFTER.source}(?:\\s+[\\w-]+){0,3}?\\s+(?:is|are)\\b(?!\\s+(?:being|under|now\\s+under)\\b)`, 'i');
/**
 * What a day's event leaves behind, told as the subject of a verb to come: "Sunday's estimates will be revised",
 * "Friday's attack will be investigated", "Monday's storm will cost insurers billions" (the day has come; "Sunday's
 * vote will decide" is a vote to come, and so may be "Friday's jobs data will show"). So is a game lost: "Saturday's
 * defeat will cost him his job" (a win may still be hoped for).
 */
const OUTCOME_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:estimates|attacks?|bombings?|blasts?|explosions?|shootings?|crash|fire|quake|earthquake|storm|flooding|damage|loss(?:es)?|defeat|thrashing|humiliation)\b/i;
/**
 * A gathering named by its day: "will lead the delegation to Tuesday's Mass", "will fly to Brussels for Thursday's
 * summit", "is expected to attend Friday's funeral", "will make their final pitches before Sunday's runoff". Gone to,
 * attended, prepared or waited for, it is told in the clause's tense, as a fixture is ("sent a delegation to Tuesday's
 * funeral" has gone by).
 */
const GATHERING_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:summit|meetings?|talks|session|ceremony|inauguration|swearing-in|funeral|memorial|mass|service|parade|rally|conference|hearing|debate|vote|election|runoff|referendum|celebrations?|commemorations?)\b/i;
/** The words right before a day that make its gathering one gone to, attended, prepared or waited for. */
const GATHERING_WORDS: ReadonlySet<string> = new Set(['to', 'for', 'attend', 'attends', 'attending', 'before', 'until']);
/**
 * A present perfect of readying, then "for" right before the day: "has been tightened for", "have been deployed across
 * the capital for" (not one of a reaction: "has apologized for Tuesday's vote").
 */
const PERFECT_FOR_BEFORE = /\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:tightened|stepped|ramped|beefed|boosted|increased|heightened|deployed|mobili[sz]ed|prepared|readied|erected|built|installed|set|put|arrived|gathered|assembled|flown|brought|sent|booked|reserved|registered|lined|geared)\b[^.;!?]{0,40}\bfor\s+$/i;
/** A reaction to a day's event is to one that has happened: "will respond to Sunday's vote", "a challenge to". */
const REACTION_TO = /\b(?:respon(?:d|ds|ded|ding|se|ses)|react(?:s|ed|ing|ions?)?|repl(?:y|ies|ied)|objections?|opposition|challenges?|appeals?|linked|related|referring|refer(?:s|red)?)\s+to\s+$/i;
const isGathering = (text: string, start: number, end: number, word: string): boolean =>
  GATHERING_WORDS.has(word) && GATHERING_AFTER.test(text.slice(end, end + 40)) &&
  (word !== 'to' || !REACTION_TO.test(text.slice(Math.max(0, start - 20), start)));


/** Is the possessive day's event the time of the clause's deed (see DURING_WORDS)? */
function eventOfClause(text: string, start: number, end: number, futureLeft: number): boolean {
  const word = wordBefore(text, start);
  if (word === 'of') return OUTCOME_OF_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  // A day's deadline is met, missed or faced in the clause's tense: "will sign the bill before Friday's midnight
  // deadline", "missed Monday's deadline".
  if (isGathering(text, start, end, word) || deadlineAfter(text, end)) return true;
  if (word === 'for') return FIXTURE_AFTER.test(text.slice(end, end + 40));
  return DURING_WORDS.has(word) || (word === 'in' && futureLeft <= IN_EVENT_REACH);
}

/**
 * Is a possessive day the object of a deed done just before it ("runners who were unable to finish Monday's marathon
 * will be allowed back"), not the subject of the verb to come after it? A verb of telling is no such deed ("officials
 * said Sunday's vote will decide").
 */
function objectOfDeed(text: string, past: Spans, from: number, start: number): boolean {
  const deed = lastBefore(past, from, start);
  return deed >= 0 && start - (past.ends[deed] ?? 0) <= POSSESSIVE_OBJECT_REACH && !isTelling(text, past.starts[deed] ?? 0, past.ends[deed] ?? 0);
}
const POSSESSIVE_OBJECT_REACH = 30;

/** ", and on", ", but by", ", and": a clause opened by a coordinator right before the timex. */
const FRONTED_AFTER_AND = /,\s+(?:and|but)\s+(?:(?:on|in|at|by|early|late)\s+)?$/i;
/** How far after such a timex its verb may be: a subject between ("and on Sunday the new pope will"). */
const FRONTED_VERB_REACH = 30;
/**
 * A telling, maybe with its own day, then "that", a colon or a quote opening what was told, right before the timex:
 * "said Thursday: \"By", "said that on", "told reporters that by". The timex opens the clause told, whose verb comes
 * after it ("The mayor said Thursday: \"By Sunday, the water should be gone\"").
 */
const TOLD_CLAUSE_OPENS = /\b(?:said|says|told\s+(?:[\w.'’-]+\s+)?[\w.'’-]+|added|warned|announced|predicted)(?:\s+(?:on\s+)?(?:[MTWFS][a-z]+day|today|yesterday))?(?:\s*:\s*["“]|\s+that|,\s*["“])\s*(?:(?:by|on|in|from|until|till|before|after|at|early|late|starting|beginning)\s+)?$/i;

/** The words of telling TOLD_CLAUSE_OPENS starts with, looked for first (with what opens the clause told). */
const TELLING_WORD = /\b(?:said|says|told|added|warned|announced|predicted)\b/;
const opensToldClause = (before: string): boolean => {
  // What opens the clause told stands within the last few words (a preposition at most after it).
  const tail = before.slice(-TOLD_OPENER_REACH);
  return (tail.includes('"') || tail.includes('“') || tail.includes('that')) && TELLING_WORD.test(before) && TOLD_CLAUSE_OPENS.test(before);
};
const TOLD_OPENER_REACH = 24;

/**
 * A plan told as first made, right before the timex: "originally scheduled for", "initially planned for the", "first
 * planned for" (not "the first planned for", a thing of the plan).
 */
const ORIGINALLY_PLANNED_BEFORE = /\b(?:originally|initially|(?<!\bthe\s)first)\s+(?:scheduled|rescheduled|set|slated|planned|expected)\s+(?:for|in|on)\s+(?:the\s+)?$/i;
const WEEKDAY_NAMED = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** How near a word that looks ahead must be to make a possessive day one to come ("starting with Friday's"). */
const POSSESSIVE_REACH = 12;
/** …or after it, the possessive naming the subject of a verb to come ("Sunday's vote will decide"). */
const POSSESSIVE_SUBJECT_REACH = 24;
/**
 * …or further, past what the subject is of or on: "Friday's report on consumer spending will offer further clues",
 * "Thursday's meeting of euro zone finance ministers will decide". A few words with no verb of their own.
 */
const POSSESSIVE_SUBJECT_PP_REACH = 56;
const SUBJECT_WITH_PP = /^['’]s\s+(?:[\w-]+\s+){1,2}(?:on|of|in|from|with|between|over|about)\s+(?:(?!(?:that|which|who|was|were|had|has|is|are)\b)[\w.'’-]+\s+){1,5}$/i;

/**
 * How far from the timex a marker may be: a verb further away than this hardly governs it. Bounds the work too. Wide
 * enough for a visit told ahead day by day in participles, with no verb of their own ("will visit the region this week,
 * meeting his counterparts from Egypt, Jordan and the Palestinian Authority in Amman on Tuesday before flying on to
 * Riyadh for talks with King Abdullah on Thursday").
 */
const REACH = 200;

/**
 * Prepares the markers around the given timexes once; the returned function gives the tense around any of them
 * (only those: markers elsewhere in the text are not looked for).
 */
export function createTenseLookup(text: string, timexes: readonly { readonly start: number; readonly end: number }[]): TenseLookup {
  const stops = sentenceStops(text);
  const ranges: [number, number][] = [];
  for (const t of [...timexes].sort(byStart)) {
    const [s, e] = clauseOf(text, stops, t.start, t.end);
    const last = ranges[ranges.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  const toHaveAt: number[] = [];
  for (let at = text.indexOf('to have'); at >= 0; at = text.indexOf('to have', at + 7)) toHaveAt.push(at);
  // One literal with every field: the engine keeps the shape, and the code of the functions reading it, from text to text.
  const reading: TenseReading = { text, stops, headlineEnd: headlineEndOf(text), ranges, rangeStarts: ranges.map(firstOf), found: [], toHaveAt };
  return (start, end) => tenseAt(reading, start, end);
}

/**
 * What the tense of a text's timexes is read from: its sentence ends, and the stretches around the timexes asked about,
 * merged, with their markers once found. Markers are looked for in a stretch only when a timex in it is first asked
 * about: a history asks the tense of few of its dates, and a stretch never asked about costs nothing.
 */
interface TenseReading {
  readonly text: string;
  readonly stops: readonly number[];
  readonly headlineEnd: number;
  readonly ranges: readonly (readonly [number, number])[];
  readonly rangeStarts: readonly number[];
  readonly found: (Markers | undefined)[];
  readonly toHaveAt: readonly number[];
}

const firstOf = (r: readonly [number, number]): number => r[0];

/** The timex's sentence, cut to REACH characters on each side. */
function clauseOf(text: string, stops: readonly number[], start: number, end: number): [number, number] {
  const before = lowerBound(stops, start) - 1;
  const s = before >= 0 ? (stops[before] ?? 0) + 1 : 0;
  const e = stops[lowerBound(stops, end)] ?? text.length;
  return [Math.max(s, start - REACH), Math.min(e, end + REACH)];
}

function markersAt(reading: TenseReading, at: number, s: number, e: number): Markers {
  const i = lowerBound(reading.rangeStarts, at + 1) - 1;
  const range = reading.ranges[i];
  if (!range || range[1] < at) return markersIn(reading.text, [[s, e]], reading.toHaveAt);
  return (reading.found[i] ??= markersIn(reading.text, [range], reading.toHaveAt));
}

/**
 * A verb of telling right before a timex, maybe with its object or "that": "told reporters", "said", "told analysts
 * that". With no preposition before it, the timex opens what was told, as its subject, maybe with "a" and a word of
 * what it would be like ("warned that a hot July could strain supplies").
 */
const TOLD_BEFORE = /\b(?:(?:said|says|warned|warns|added|predicted|predicts|believes|believed)(?:\s+that)?\s+|(?:told|tells)\s+(?:[\w'’-]+\s+){1,2}?(?:that\s+)?)(?:an?\s+(?:[a-z]+\s+)?)?$/i;
/** A modal or a word that looks ahead right after the timex: its verb, as the subject of what was told. */
const MODAL_AFTER = /\s+(?:will|would|should|could|might|(?:is|was)\s+(?:expected|likely|set|due|going)\s+to)\b/iy;

/**
 * "Winterkorn told reporters the second half should bring some relief", "said Tuesday would be its last day of
 * trading": a time that is the subject of what was told, with a modal as its verb, lies ahead, whatever the tense of
 * telling ("said Tuesday it would" has "it" for its subject, and the day is the telling's).
 */
const subjectOfToldAhead = (text: string, end: number, before: string): boolean =>
  matchesAt(MODAL_AFTER, text, end) && TOLD_BEFORE.test(before) && !RELATIVE_TELLER.test(before);
/**
 * A relative clause whose pronoun is the subject of what was told: "its own plan, which Reid said Tuesday would pass"
 * ("which" would pass; the day is the telling's).
 */
const RELATIVE_TELLER = /\b(?:which|that)\s+(?:[\w.'’-]+\s+){1,4}(?:said|says|predicted|predicts|believes|believed)\s+$/i;

/** "is over", "has ended" right after a time: "The holiday weekend is over, and the lift lines are short". */
const OVER_AFTER = /\s+(?:(?:is|are)\s+(?:now\s+|finally\s+)?over|has\s+(?:now\s+)?(?:ended|passed))\b/y;
/** Is the time said to be over, in the present? Then it has gone by, whatever the present tense says. */
const saidToBeOver = (text: string, end: number): boolean => matchesAt(OVER_AFTER, text, end);

/**
 * ", with the winner named in", ", with most of the cuts made in", ", with the list due in July and the winner
 * announced in": a noun and its participle after "with", then "in" or "on".
 */
const WITH_PARTICIPLE_BEFORE = /,\s+with\s+(?:[^.;!?,]{1,40}?\s+and\s+)?(?:(?:most|some|many|all|part|half)\s+of\s+)?(?:the|an?|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}(?:ed|en)|made|held|set|put|cut|paid|sold|built|done|won|told|kept|sent|spent|brought|bought|run|begun|shot)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/i;

/** What bounds a condition on a deed: "filed after", "bought before", "postmarked by". */
const CONDITION_GAP = /^\s+(?:after|before|by|until|till|through|from)\s+$/i;
/** The modal of the clause the subject opens, right after the timex: "will face", "must pay" (not "would have"). */
const MODAL_OF_SUBJECT_AFTER = /^\s+(?:will|must|would|should|can|could|may|might|shall)\s+(?!have\b)[a-z]/i;
/** Words before a participle that make it a verb of its own: an auxiliary, a pronoun, a conjunction. */
const NOT_A_NOUN: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'has', 'have', 'been', 'be', 'being', 'is', 'are', 'am', 'he', 'she', 'they', 'we', 'it', 'i',
  'you', 'who', 'which', 'that', 'not', 'and', 'or', 'but', 'then', 'also', 'just', 'never', 'already', 'only', '',
]);
/**
 * "Returns filed after midnight Monday will face penalties", "Homes bought before June 30 will qualify": a participle
 * right after its noun bounds the subject of a clause whose modal follows the timex; the participle has no tense of
 * its own, and the time is the modal's (a deed with its own auxiliary or pronoun is told as such: "they filed after").
 */
function conditionOfModalClause(text: string, past: Spans, from: number, start: number, end: number): boolean {
  if (!MODAL_OF_SUBJECT_AFTER.test(text.slice(end, end + 24))) return false;
  const deed = lastBefore(past, from, start);
  const [deedStart, deedEnd] = [past.starts[deed] ?? 0, past.ends[deed] ?? 0];
  return deed >= 0 && start - deedEnd <= 16 && CONDITION_GAP.test(text.slice(deedEnd, start)) &&
    /^[a-z]+$/i.test(text.slice(deedStart, deedEnd)) && !NOT_A_NOUN.has(wordBefore(text, deedStart));
}

/** The tense around the timex at [start, end). */
function tenseAt(reading: TenseReading, start: number, end: number, ofAbsolute = false): Tense {
  const { text, headlineEnd } = reading;
  const before = text.slice(Math.max(0, start - 70), start);
  const cue = tenseOfCueBefore(text, start, end, before);
  if (cue) return cue;
  // "Cyprus banks shut until Thursday": a headline tells in the present, so what lasts until a day lasts into the days
  // to come, whatever its participle.
  if (start < headlineEnd && UNTIL_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return 'future';
  if (saidToBeOver(text, end)) return 'past';
  if (subjectOfToldAhead(text, end, before)) return 'future';
  // "The shortlist will be announced in September, with the winner named in October": a participle after "with" has
  // no tense of its own; the clause it hangs on tells it.
  // (Asked once: the clause's own tense is not asked of another "with" before it.)
  const absolute = !ofAbsolute && before.includes(', with ') ? WITH_PARTICIPLE_BEFORE.exec(before) : null;
  if (absolute) {
    const comma = start - before.length + absolute.index;
    if (comma > 0) return tenseAt(reading, comma, comma, true);
  }
  // "The spending review, originally planned for the autumn, …": the plan overtaken still names a season ahead as it
  // did; a month is the nearest of its name (overtakenPlanDate), a day of the week the rest of the sentence places (see
  // FUTURE in tenseMarkers.ts).
  if ((before.includes('ally ') || before.includes('first ')) && ORIGINALLY_PLANNED_BEFORE.test(before) && !WEEKDAY_NAMED.test(text.slice(start, end)) && !MONTH_NAMED.test(text.slice(start, end))) return 'future';
  const [s, e] = clauseOf(text, reading.stops, start, end);
  const { future, past, present } = markersAt(reading, start, s, e);
  // "will meet the cardinals who elected him, and on Sunday he will recite the Angelus": a timex opening a clause of
  // its own after ", and", or opening what was told, is told by the verb right after it, not by the clause before.
  if ((before.includes('and') && FRONTED_AFTER_AND.test(text.slice(Math.max(0, start - 24), start))) ||
    opensToldClause(before)) {
    const near = (d: number): number => (d <= FRONTED_VERB_REACH ? d : Infinity);
    const fronted = decide(near(distanceRight(future, end, e)), near(distanceRight(past, end, e)), near(distanceRight(present, end, e)));
    if (fronted !== 'unknown') return fronted;
  }
  // The verb governing an adverbial usually comes before it ("said Friday", "will meet in May"), so look left first.
  const ahead = lastBefore(future, s, start);
  let futureLeft = ahead < 0 ? Infinity : start - (future.ends[ahead] ?? 0);
  const aheadStart = future.starts[ahead] ?? 0;
  if (ahead >= 0 && PARTICIPLE_AHEAD.test(text.slice(aheadStart, future.ends[ahead]))) {
    const deed = lastBefore(past, s, aheadStart);
    // Then the future marker before the participle is the nearest one.
    const [deedStart, deedEnd] = [past.starts[deed] ?? 0, past.ends[deed] ?? 0];
    if (deed >= 0 && !isTelling(text, deedStart, deedEnd) && !AGREEING_VERB.test(text.slice(deedStart, deedEnd)) && !ofRelativeClause(text, deedStart) &&
      !PERIOD_BEFORE.test(text.slice(Math.max(0, aheadStart - 12), aheadStart))) {
      futureLeft = distanceLeft(future, s, aheadStart) + (start - aheadStart);
    }
  }
  // "Wednesday's ruling": a possessive names an event that has happened, unless a word right before looks ahead
  // ("starting with Wednesday's match", "ahead of Friday's vote").
  // "This Friday's match" is this week's, as the tense says; "Sunday's vote will decide" is a vote to come. After
  // "during" or "at" the day's event is when the clause's deed is, so the clause's tense tells it ("will bring
  // flooding during Thursday's high tides", "voted at Monday's meeting"), and after "in" near a word that looks ahead.
  // "Security has been tightened for Friday's inauguration", "Fans have lined up for Saturday's final": a gathering or
  // a fixture the present perfect has readied for is still to come.
  if (before.includes('ha') && PERFECT_FOR_BEFORE.test(before) && (isGathering(text, start, end, 'for') || FIXTURE_AFTER.test(text.slice(end, end + 40)))) return 'future';
  if (/^['’]s\b/.test(text.slice(end, end + 3)) && !/^this\s/i.test(text.slice(start, start + 5)) && !eventOfClause(text, start, end, futureLeft)) {
    // The verb to come after it is its subject's only with no comma between ("after winning Tuesday's election, and is
    // expected to name his picks" is another clause's).
    const subjectOf = distanceRight(future, end, e);
    // A reaction right before is to the day gone by, however near the word that looks ahead ("will respond to").
    const reaction = wordBefore(text, start) === 'to' && REACTION_TO.test(text.slice(Math.max(0, start - 20), start));
    const ahead = (futureLeft <= POSSESSIVE_REACH && !reaction) ||
      ((subjectOf <= POSSESSIVE_SUBJECT_REACH || (subjectOf <= POSSESSIVE_SUBJECT_PP_REACH && SUBJECT_WITH_PP.test(text.slice(end, end + subjectOf)))) && !/[,;]/.test(text.slice(end, end + subjectOf)) && !objectOfDeed(text, past, s, start) && !OUTCOME_AFTER.test(text.slice(end, end + 40))) ||
      (FIXTURE_IS_AFTER.test(text.slice(end, end + 64)) && !objectOfDeed(text, past, s, start));
    return ahead || /\bahead\s+of\s+$/i.test(text.slice(Math.max(0, start - 12), start)) ? 'future' : 'past';
  }
  let left = decide(futureLeft, distanceLeft(past, s, start), distanceLeft(present, s, start));
  // "seized the complex, which is run by BP, Statoil and Sonatrach, before dawn on Wednesday": a clause on what
  // something is, closed by a comma before the timex, is no verb of it; the verb before the clause is.
  if (left === 'present' || left === 'future') {
    const aside = asideClauseBefore(text, start, start - Math.min(futureLeft, distanceLeft(present, s, start)));
    if (aside > s) {
      const before = decide(distanceLeft(future, s, aside), distanceLeft(past, s, aside), distanceLeft(present, s, aside));
      if (before !== 'unknown') left = before;
    }
  }
  if (left === 'past' && conditionOfModalClause(text, past, s, start, end)) return 'future';
  // "had been scheduled to begin on April 22": a plan overtaken leaves its date to the nearest of that name.
  const overtaken = left === 'past' ? overtakenPlanDate(text, past, s, start, end) : undefined;
  if (overtaken) return overtaken;
  if (left === 'future' && ahead >= 0 && planToldInPast(text, future.starts[ahead] ?? 0, start, end)) return 'unknown';
  if (left === 'present' && stateAfterDeed(before)) return 'past';
  if (left === 'past' && reportedPresent(text, past, future, present, s, start, end, e)) return 'present';
  if (left === 'future' && deedOfSubordinateClause(text, future.ends[ahead] ?? 0, start, distanceRight(past, end, e) + end, end)) return 'past';
  if (left !== 'unknown') return left;
  // "The court on Monday ordered him to be released", "Cyprus on Saturday agreed to impose a levy": a bidding or an
  // intention told in the past after the timex is its deed, done then; what was intended is told after it.
  const futureRight = distanceRight(future, end, e);
  const verbRight = futureRight !== Infinity ? /^[a-z]+/i.exec(text.slice(end + futureRight, end + futureRight + 14))?.[0] ?? '' : '';
  const bidding = BIDDING.test(verbRight) || INTENDED.test(verbRight) || (/scheduled$/i.test(verbRight) && scheduledDeed(text, end + futureRight));
  // "…over the Easter bank holiday, Network Rail has said.": the telling that closes a sentence is not the tense of
  // what it tells.
  const pastRight = distanceRight(past, end, e);
  const told = pastRight !== Infinity && closingAttribution(text, end + pastRight);
  const right = decide(bidding ? Infinity : futureRight, told ? Infinity : pastRight, distanceRight(present, end, e));
  if (right !== 'unknown') return right;
  // "has given them until 9 a.m. Tuesday to sign": with no verb to say otherwise, a deadline lies ahead; so does what
  // a headline says something is "to" do ("Heatwave to peak on Sunday").
  // "The front moves through Saturday", "Rain clears by Monday": a forecast told in the present looks ahead.
  return deadlineAt(text, start) || (start < headlineEnd && HEADLINE_TO.test(text.slice(0, start))) || forecastInPresent(text, s, start, end) ? 'future' : right;
}

/**
 * Weather, right before a verb in the present of its coming, going or changing: "the system brings", "temperatures
 * drop", "the river crests", "the storm makes landfall". (Not "hit", "spread" or "cut", whose past is the same word.)
 */
const FORECAST_PRESENT = /\b(?:storms?|system|front|rain|snow|showers|temperatures|highs|lows|winds?|gusts|cyclone|hurricane|typhoon|cold|heat|flooding|floodwaters|river|tide|clouds|sunshine|fog|frost|depression)\s+(?:[a-z]+\s+)?(?:moves?|arrives?|reach(?:es)?|hits|brings?|drops?|climbs?|tapers?|clears?|returns?|weakens?|strengthens?|crests?|peaks?|sweeps?|push(?:es)?|heads?|lingers?|spreads|makes\s+landfall|rolls?|blows?|eases?|approach(?:es)?|exits?|cross(?:es)?|enters?|continues?|persists?|falls?|rises?|soars?|plunges?|dips?)\b/i;
/** How far before the timex its clause is read for such a forecast. */
const FORECAST_REACH = 120;
/** Only a day of the week or a weekend is asked: read alone, one told in the past is the last of that name. */
const forecastInPresent = (text: string, clauseStart: number, start: number, end: number): boolean =>
  WEEK_DAY_OR_END.test(text.slice(start, end)) && FORECAST_PRESENT.test(text.slice(Math.max(clauseStart, start - FORECAST_REACH), start));
const WEEK_DAY_OR_END = /(?:day|weekend)\b/i;

/** How far back a clause on what something is may open before the timex. */
const ASIDE_REACH = 150;
/** The words between the comma closing such a clause and the timex: "before dawn on", "on", "early on". */
const AFTER_ASIDE = /^\s+(?:[\w-]+\s+){0,3}$/;
const CLAUSE_STOP = /[.;!?]/;
/**
 * Where ", which …," or ", who …," opens, when it closes with a comma a few words before the timex at `start`
 * ("the complex, which is run by BP, Statoil and Sonatrach, before dawn on Wednesday") and holds the marker ending at
 * `markerEnd` (not "Obama, who is visiting, will meet on Wednesday"); else -1.
 */
function asideClauseBefore(text: string, start: number, markerEnd: number): number {
  const from = Math.max(0, start - ASIDE_REACH);
  const window = text.slice(from, start);
  const open = Math.max(window.lastIndexOf(', which '), window.lastIndexOf(', who '));
  if (open < 0) return -1;
  const close = window.lastIndexOf(',');
  if (close <= open + 6 || from + close < markerEnd || CLAUSE_STOP.test(window.slice(open, close)) || !AFTER_ASIDE.test(window.slice(close + 1))) return -1;
  return from + open;
}

/** A plan in the past perfect, or one said to have been the first: "had been scheduled to", "was originally due in". */
const PLAN_OVERTAKEN = /^(?:had\s+(?:originally\s+)?been|(?:was|were)\s+(?:originally|initially|first))\s+(?:scheduled|rescheduled|due|set|slated|planned|expected)\b/i;
/** A plan's participle on its own, after a word that says it was the first: "the trial, originally scheduled for June". */
const PLAN_WORD = /^(?:scheduled|rescheduled|due|set|slated|planned|expected)\b/i;
const FIRST_BEFORE = /\b(?:originally|initially|(?<!\bthe\s)first)\s+$/i;
const MONTH_NAMED = new RegExp(`\\b(?:${MONTH_RE})`);
/** A season named: "the fall", "the spring of". */
const SEASON_NAMED = /\b(?:spring|summer|autumn|fall|winter)\b/i;
/** An expectation overtaken, told in the active: "had expected him to wait until October", "had widely predicted". */
const EXPECTATION_WORD = /^(?:expected|anticipated|predicted)\b/i;
const HAD_BEFORE = /\bhad\s+(?:(?:widely|long|generally|largely|originally)\s+)?$/i;
/**
 * "Voting had been scheduled to begin on April 22 … with the new lower house convening on July 2", "the election was
 * originally due in July", "the trial, originally scheduled for June, will now start in May", told in March: a plan
 * overtaken says nothing of whether its date has come (called off ahead of it, or gone by unmet), so a date with its
 * month is the nearest of that name, and a season the first not over (as a plan "originally" made names it). So is an
 * expectation overtaken ("most observers had expected him to wait until the fall", told in May). A weekday keeps the
 * past ("had been due to expire Friday"): news of a plan overtaken within the week tells of the days just gone.
 */
function overtakenPlanDate(text: string, past: Spans, from: number, start: number, end: number): Tense | undefined {
  const named = text.slice(start, end);
  const month = MONTH_NAMED.test(named);
  if (!month && !SEASON_NAMED.test(named)) return undefined;
  const i = lastBefore(past, from, start);
  const at = past.starts[i] ?? -1;
  if (at < 0 || !overtakenPlanAt(text, at)) return undefined;
  // A season in the plan's own clause only: "had been planned for years, but the summer brought surprises" is not.
  return month ? 'unknown' : /[,;]/.test(text.slice(at, start)) ? undefined : 'future';
}
const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/** A plan told in the past: "was due to", "were scheduled to", "was expected to". */
const WAS_BEFORE = /\b(?:was|were)\s+$/i;
const PLAN_TO = /^(?:due|scheduled|set|expected|slated)\s+to\s/i;
/**
 * "Chavez was due to begin his fourth term on 10 January but was too ill", told in March: a plan told in the past
 * says nothing of whether its date has come, so a date with its month is the nearest of that name, as a plan
 * overtaken is (a weekday stays ahead: "was due to arrive Friday").
 */
function planToldInPast(text: string, at: number, start: number, end: number): boolean {
  return PLAN_TO.test(text.slice(at, at + 14)) && WAS_BEFORE.test(text.slice(Math.max(0, at - 6), at)) && MONTH_NAMED.test(text.slice(start, end));
}

/**
 * "had planned to step down when his mandate expired on May 15", "said he would resign when his term ended in May": the
 * past of a "when" clause after a plan or a future told in the past is the plan's, which says nothing of whether its
 * date has come.
 */
const WHEN_OF_PLAN_BEFORE = /\b(?:would|(?:planned|intended|hoped|expected|due|going)\s+to)\s[^.;!?]{0,50}?\bwhen\s+(?:[\w'’-]+\s+){1,3}$/i;
const WHEN_OF_PLAN_REACH = 90;
const whenOfPlan = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - WHEN_OF_PLAN_REACH), at);
  return before.includes('when') && WHEN_OF_PLAN_BEFORE.test(before);
};
/** Is the past verb at `at` a plan or an expectation overtaken, or the past of a "when" clause after a plan? */
function overtakenPlanAt(text: string, at: number): boolean {
  return whenOfPlan(text, at) || ((text.startsWith('had', at) || text.startsWith('w', at)) && PLAN_OVERTAKEN.test(text.slice(at, at + 30))) ||
    (EXPECTATION_WORD.test(text.slice(at, at + 12)) && HAD_BEFORE.test(text.slice(Math.max(0, at - 20), at))) ||
    (PLAN_WORD.test(text.slice(at, at + 12)) && FIRST_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
}

/** A word that opens a clause of its own, with its own verb: "after", "because", "since", "as", "when", "while". */
const SUBORDINATOR = /\b(?:after|because|since|as|when|while|although|though)\s/i;
/** What ends a clause between a timex and a verb after it. */
const CLAUSE_BREAK = /[,.;:!?]/;
/** How far after the timex the verb of its clause may be. */
const SUBORDINATE_VERB_REACH = 40;
/**
 * "would show an iron fist, after weeks of smog in January sparked public anger", "will cut rates again, after a cut
 * in February boosted markets": a timex in a clause opened after the verb that looks ahead, with a past verb of its
 * own right after it, is of that verb's time. `aheadEnd` ends the marker that looks ahead, `pastAt` starts the past
 * marker after the timex.
 */
function deedOfSubordinateClause(text: string, aheadEnd: number, start: number, pastAt: number, end: number): boolean {
  if (pastAt - end > SUBORDINATE_VERB_REACH || CLAUSE_BREAK.test(text.slice(end, pastAt))) return false;
  return SUBORDINATOR.test(text.slice(aheadEnd, start));
}

/** How far after the timex the verb of a clause told may be ("a vote before October is"). */
const REPORTED_VERB_REACH = 16;
/** Only a preposition or a word of the day's part between a verb of telling and its own day ("said on Monday"). */
const DAY_OF_TELLING = /^\s+(?:(?:on|in|at|late|early|last|this)\s+)*$/i;
/**
 * "Tsvangirai has said a vote before October is unrealistic": a clause told after a verb of telling, in the present
 * right after the timex, is of the present, not of the telling (the day of telling itself, "said on Monday", is the
 * telling's).
 */
function reportedPresent(text: string, past: Spans, future: Spans, present: Spans, from: number, start: number, end: number, to: number): boolean {
  const deed = lastBefore(past, from, start);
  const deedEnd = past.ends[deed] ?? 0;
  if (deed < 0 || !isTelling(text, past.starts[deed] ?? 0, deedEnd) || DAY_OF_TELLING.test(text.slice(deedEnd, start))) return false;
  const right = distanceRight(present, end, to);
  return right <= REPORTED_VERB_REACH && right < distanceRight(past, end, to) && right <= distanceRight(future, end, to) &&
    !CLAUSE_BREAK.test(text.slice(deedEnd, end + right));
}

/**
 * A comma and a few words (the teller) before a verb of telling: ", Network Rail has said", ", a spokesman said", and
 * after a quote's close: '," the economist said'.
 */
const TELLER_BEFORE = /,["”]?\s+(?:[\w'’.-]+\s+){0,5}(?:has\s+|have\s+)?$/;
/**
 * The verb of telling and a few words more closing the sentence: "said.", "said in a statement.", "told the BBC." A
 * straight quote closes only where no word follows it: 'Bush said the war "could be longer"' opens what was told.
 */
const TELLING_CLOSES = /^(?:said|told|announced|confirmed|added|warned|reported)\b(?:\s+[\w'’.-]+){0,4}\s*(?:[.!?”]|"(?![\w'‘“]))/;
/** Is the word at `at` the telling of an attribution that closes its sentence? */
const closingAttribution = (text: string, at: number): boolean =>
  TELLING_CLOSES.test(text.slice(at, at + 50)) && TELLER_BEFORE.test(text.slice(Math.max(0, at - 60), at));

/** Past forms of intending, which look ahead only to what follows them: "vowed to", "agreed to", "planned to". */
const INTENDED = /^(?:vowed|pledged|promised|planned|agreed|decided|intended|hoped|wanted|aimed|threatened|offered|proposed|voted)$/i;

/**
 * "The judge on Monday scheduled a hearing for April", "set bail on Wednesday and scheduled a hearing": "scheduled"
 * with its object, no "is" or "was" before it, is the deed of scheduling, done on the day before it; only what was
 * scheduled lies ahead ("a hearing on Wednesday is scheduled to decide" is a plan).
 */
const SCHEDULED_OBJECT = /^(?:re)?scheduled\s+(?:an?|the|another|its|his|her|their|new)\s/i;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|tentatively|already)\s+)?$/i;
const scheduledDeed = (text: string, at: number): boolean =>
  SCHEDULED_OBJECT.test(text.slice(at, at + 24)) && !BE_BEFORE.test(text.slice(Math.max(0, at - 24), at));

/** A headline's "to" before a verb: what is to happen. */
const HEADLINE_TO = /\bto\s+(?!be\b)[a-z]{2,}\b/;

/** The end of the text's first line when it reads as a headline (short, no full stop at its end), else 0. */
export function headlineEndOf(text: string): number {
  const end = text.indexOf('\n');
  const line = text.slice(0, end < 0 ? 0 : end).trimEnd();
  return line.length > 0 && line.length <= 150 && !/[.!?]$/.test(line) ? end : 0;
}
