/**
 * The verb right before a timex, or of the clause a date opens, when it governs the timex surely: "died on", "was
 * arrested Nov. 5", "will begin on", "On May 1, President Bush declared". Such a verb fixes the date's side of the
 * day of writing more firmly than the clause's tense does.
 */
import { MONTH_RE } from '../lexicon.ts';
import { PAST_OR_PARTICIPLE, SIMPLE_PAST } from './tenseMarkers.ts';
import { matchesAt } from '../draft.ts';

/**
 * The prepositions that put the verb's deed at the time after them ("died on", "fell between January and March",
 * "continued into June").
 */
const TIME_PREPOSITION = '(?:on|in|into|during|between|from|until|till|through)';
/** The first day of a range before its second, which the words before the range govern too ("held on 6-7 January"). */
export const RANGE_START = '(?:\\d{1,2}\\s*[-–]\\s*)?';
/** The words of a plan, which tell nothing of whether its time has come: "the scheduled March 3 vote". */
const PLAN_PARTICIPLE = '(?:scheduled|planned|expected|slated|needed|proposed|intended|projected|anticipated|postponed|rescheduled)';
/**
 * An irregular participle in "-en" after "was" or "were", maybe with an adverb between: "was last seen in", "was
 * stolen in", "were taken on", "the record was broken on" (its own past form is another word: "saw", "stole", "took").
 * So is "set" before "on" or "in", a deed done then ("the record was set on Jan. 7"), not a plan's "set for".
 */
const PASSIVE_EN =
  '(?:seen|taken|given|shown|stolen|beaten|broken|driven|written|hidden|chosen|thrown|drawn|ridden|bitten|sworn|torn|frozen|shaken|spoken|forgotten|set(?=\\s+(?:on|in)\\s))' +
  '(?<=\\b(?:was|were)\\s{1,3}(?:(?:last|first|also|later|never|reportedly|allegedly|initially|originally|then)\\s{1,3})?\\w+)';
/**
 * A verb in the past right before the timex, with at most a particle and a preposition between: "stepped down in",
 * "died on", "was held on the", "said in May that" (the day of saying; what was said is told after it). Only a verb this
 * close governs the timex surely.
 */
const PAST_VERB_RIGHT_BEFORE = new RegExp(
  `\\b(?:was|were|said|\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|${PASSIVE_EN})(?<!\\b${PLAN_PARTICIPLE})(?:\\s+(?:down|up|off|out|back|away|over|in))?\\s+${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`,
  'i',
);
/**
 * The same with up to four words between, an object, an adverb or a clock time ("joined the company in January",
 * "resigned from Congress in January", "retired from the Army in May" (from a name, not from a figure: "rose from 5
 * percent in January"), "rained hard in January", "landed at 23:50 on 3 May", "met days after the vote on 3 May"), or a deed done "after"
 * ("missed the season after tearing a ligament on May 3"): none of
 * the words that make the date the object's own time ("a dividend payable in", "the vote due in", "plans to meet in"),
 * no verb of saying, whose object is a clause ("said the vote in January would be close"), and a verb that is one: not
 * after a determiner or "still" ("a still unspecified date in"), nor after a modal or "to" earlier in the clause
 * ("will redeem preferred shares on"), nor a verb of bracing for what is to come ("braced for the opening on Jan. 16").
 */
const PAST_VERB_OBJECT_BEFORE = new RegExp(
  `\\b(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|${PASSIVE_EN}|(?<=\\bafter\\s{1,3})\\w{3,}ing)\\b(?<!\\b(?:said|told))` +
    `(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|still|[A-Z])\\s+\\w+)` +
    `(?<!\\b(?:will|would|could|can|may|might|should|must|shall|to)\\b[^.,;!?]{0,60})` +
    // What was braced or prepared for lies ahead of the bracing: "Lebanon braced for the opening on Jan. 16 of the trial".
    `(?!(?<=\\b(?:braced|prepared|readied|girded|geared))\\s+(?:up\\s+|itself\\s+|themselves\\s+)?for\\b)` +
    `(?:\\s+(?!(?:to|payable|due|set|scheduled|planned|expected|slated|will|would|could|can|may|might|must|should|shall|is|are|be|been|and|or|but|that|which|who|from(?!\\s+(?:the\\s+)?[A-Z])|until|till|by|of)\\b)[\\w'’:-]+){1,4}` +
    // "gave Merieux until mid-November": a deadline given, still ahead.
    `\\s+(?!until|till)${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`,
);
/**
 * "was" or "were" with what the subject was, then "in": "Sales were weak in January", "Unemployment was 7.7 percent in
 * November", "Turnout was higher in March": a state told in the past at that time. Not a plan ("was expected in",
 * "was due in", "was to be held in", "was a candidate to lead the bank in") nor a participle after "being".
 */
const PAST_STATE_IN_BEFORE = new RegExp(
  '\\b(?:was|were)' +
    '(?:\\s+(?!(?:to|due|set|scheduled|planned|expected|slated|likely|unlikely|going|about|supposed|poised|being|been|that|and|or|but|a|an|the|for)\\b)[\\w.%$\'’-]+){1,3}' +
    '\\s+in\\s+$',
  'i',
);
/**
 * A deed done "since", told by its "-ing" form, or one "having" been done, with up to four words between: "his second
 * trip since taking office on Feb. 1", "will be his first visit since taking power in December", "will stay on, having
 * taken office in April".
 */
const SINCE_DOING_BEFORE = new RegExp(`\\b(?:since\\s+\\w{3,}ing|having\\s+(?:been\\s+)?\\w{3,})(?:\\s+[\\w'’-]+){0,4}?\\s+${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`, 'i');
/** What has been since a deed, or after one, looks back from it, whatever the clause's verb: the deed's time is gone by. */
export const sinceDeedBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 64), start);
  return (before.includes('ince') || before.includes('aving')) && SINCE_DOING_BEFORE.test(before);
};
/** A participle after "be" ("to be published in") tells nothing of the time. */
const PARTICIPLE_BEFORE = new RegExp(`\\b(?:be|been|being)\\s+\\w+(?:\\s+\\w+)?\\s+${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`, 'i');
/** The preposition both need, looked for first in a few characters: the verb patterns are tried at every position. */
const PREPOSITION_BEFORE = new RegExp(`\\b${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`, 'i');
/**
 * A past verb with no preposition, as American news writes a day: "The deal closed March 3", "was arrested Nov. 5".
 * Not a plan ("the scheduled March 3 vote") nor a word after a determiner or "be" ("the revised March 3 figures").
 */
const BARE_PAST_VERB_BEFORE = new RegExp(
  `\\b(?:was|were|\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|${PASSIVE_EN})` +
    `(?<!\\b${PLAN_PARTICIPLE})` +
    '(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|be|been|being|will|would|to)\\s+\\w+)\\s+$',
  'i',
);
/**
 * The same with a short object between, as political news writes it: "took office Jan. 20", "took effect Jan. 1",
 * "took the oath Jan. 20". Not after a verb of saying, whose object is a clause ("said the vote Jan. 5 would be close").
 */
const PAST_VERB_OBJECT_BARE_BEFORE = new RegExp(
  `\\b(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})` +
    `(?<!\\b(?:said|told|${PLAN_PARTICIPLE}))` +
    '(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|be|been|being|will|would|to)\\s+\\w+)' +
    '\\s+(?:the\\s+)?(?!(?:to|and|or|but|that|which|who|it|he|she|they|we|is|are|will|would)\\b)[a-z][a-z\'’-]+\\s+$',
);
/** "came" right before the timex, its subject after it or its time: "Then came March", "the verdict came Tuesday". */
const CAME_RIGHT_BEFORE = /\bcame\s+$/;
/** A month and its day right at the start: "March 3", "Nov. 5". */
const MONTH_AND_DAY = new RegExp(`^(?:${MONTH_RE})\\.?\\s+\\d{1,2}\\b`);
export const pastVerbRightBefore = (text: string, start: number): boolean => {
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    // "Then came March", "the ruling came Tuesday": what came is gone by.
    if (CAME_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
    if (!MONTH_AND_DAY.test(text.slice(start, start + 16))) return false;
    const before = text.slice(Math.max(0, start - 40), start);
    return BARE_PAST_VERB_BEFORE.test(before) || PAST_VERB_OBJECT_BARE_BEFORE.test(before);
  }
  const before = text.slice(Math.max(0, start - 70), start);
  return (PAST_VERB_RIGHT_BEFORE.test(before) || PAST_VERB_OBJECT_BEFORE.test(before) || PAST_STATE_IN_BEFORE.test(before)) && !PARTICIPLE_BEFORE.test(before);
};

/** A part of a time that opens the timex and holds its preposition: "late in April", "the end of May". */
const PART_OPENING = /(?:late|early)\s+in\s|the\s+(?:end|start|beginning|middle)\s+of\s/iy;
/**
 * A past verb before such a part, maybe with a particle or a short object ("arrived in Milwaukee late in"), then maybe
 * "at" or "toward" ("retired at the"); none of the words of a plan or a bound between ("was set for the end of").
 */
const PAST_VERB_BEFORE_PART = new RegExp(
  `\\b(?:was|were|\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|${PASSIVE_EN})(?<!\\b${PLAN_PARTICIPLE})` +
    "(?:\\s+(?!(?:to|due|set|scheduled|planned|expected|slated|will|would|is|are|be|been|and|or|but|that|which|who|until|till|by|for|before|after)\\b)[\\w'’-]+){0,3}" +
    '\\s+(?:(?:at|toward|towards|near|around)\\s+)?$',
  'i',
);
/**
 * "She arrived late in April", "he resigned at the end of May": a part of a month whose timex holds its own
 * preposition, right after a past verb, is governed by that verb as "arrived in April" is.
 */
export const pastVerbBeforePart = (text: string, start: number): boolean =>
  matchesAt(PART_OPENING, text, start) && PAST_VERB_BEFORE_PART.test(text.slice(Math.max(0, start - 40), start));

/**
 * "will begin on", "will be held in", "'ll meet on the", "will take over on": a verb in the future right before the
 * date governs it surely.
 */
const WILL_VERB_RIGHT_BEFORE = /\b(?:will|shall|'ll)\s+(?:be\s+)?\w+(?:\s+(?:up|off|out|back|down|over|again))?\s+(?:on|in|by)\s+(?:the\s+)?(?:\d{1,2}\s*[-–]\s*)?$/i;
/** The same with no preposition, as news writes it before a month and its day: "will return Jan. 16", "will resume March 4". */
const WILL_VERB_BARE_BEFORE = /\b(?:will|shall|'ll)\s+(?:be\s+)?\w+(?:\s+(?:up|off|out|back|down|over|again))?\s+$/i;
/**
 * A schedule told in the present right before the date: "is set for Dec. 8", "are scheduled for", "is due on", "is now
 * slated for the": what is scheduled now has its day ahead, however near the one of that name just gone.
 */
const SCHEDULED_RIGHT_BEFORE = /\b(?:is|are)\s+(?:now\s+|also\s+|tentatively\s+)?(?:set|scheduled|rescheduled|slated|due)\s+(?:for|on)\s+(?:the\s+)?$/i;
/**
 * A schedule's verb in the present right before the date: "the combat mission ends on Dec. 31", "the mandate expires
 * Dec. 31", "the law takes effect on Jan. 1", told on Jan. 2, are the ones ahead ("the loose ends" is no verb); so
 * after a plural, "applications close on Dec. 15" (not "did not close", "the end", "came close", "the scheduled close").
 */
const SCHEDULE_VERB_RIGHT_BEFORE = /\b(?:ends|expires|begins|starts|opens|closes|resumes|reopens|runs\s+out|takes\s+effect|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|(?:end|expire|begin|start|close|resume|reopen)(?<!\b(?:to|did|didn['’]t|not|never|an?|came|come|so|too|very|\w{2,}ed)\s+\w+))(?<!\b(?:the|its|their|loose|both|odds\s+and)\s+\w+)\s+(?:on\s+(?:the\s+)?)?$/i;
/** …unless reported ("said he will be back on April 2" may have been said a while before the writing). */
const REPORTED_BEFORE = /\b(?:said|told|announced|reported|added|wrote)\b[^.!?]*$/i;
export const willVerbRightBefore = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 40), start);
  const right = WILL_VERB_RIGHT_BEFORE.test(before) || SCHEDULED_RIGHT_BEFORE.test(before) ||
    (MONTH_AND_DAY.test(text.slice(start, start + 16)) && (WILL_VERB_BARE_BEFORE.test(before) || SCHEDULE_VERB_RIGHT_BEFORE.test(before)));
  return right && !REPORTED_BEFORE.test(text.slice(Math.max(0, start - 120), start));
};

/**
 * A date opening its sentence, maybe after "on" or "in" ("On May 1,", "In March,", "February brought"), or a clause
 * joined on (", and on April 9"). The dot of "p.m." ends no sentence: "will close at 8 p.m. on Sunday, with results
 * expected later" goes on.
 */
const OPENS_WITH = /(?:(?:^|[.!?](?<![ap]\.?m\.)\s+|\n)\s*(?:(?:on|in)\s+|(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){1,2}(?:in|on)\s+|(?:at\s+(?:dawn|dusk|daybreak|nightfall|noon|midnight|first\s+light|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)|early|late)\s+on\s+)?|(?:[,;]\s+and\s+|;\s+)(?:on|in)\s+)$/i;
/**
 * "By mid-April, hedge funds had spotted the bet": a deadline opening its sentence, then a deed done by it, is a time
 * gone by, as the date of an opening "On" or "In" is.
 */
const EXPECTED_BY_AFTER = /^[^.;!?]{0,60}\b(?:(?:was|were)\s+(?:expected|due|forecast|likely|set|scheduled|supposed)\s+to|would|should|could|might)\b/i;
const BY_OPENS = /(?:^|[.!?](?<![ap]\.?m\.)\s+|\n)\s*by\s+$/i;
/**
 * "Forecast" after its subject, as the verb ("In December, the OBR forecast growth of 1.2 percent"), not the noun
 * ("the growth forecast is 2 percent").
 */
const FORECAST_VERB = 'forecast(?!\\s+(?:is|was|are|were|calls?|shows?|of|for|to)\\b)';
/**
 * The clause's subject, if the date is not itself the subject (a few words, none that looks ahead), and a past verb:
 * ", President George W. Bush declared", ", Brazil's new president was sworn in", " brought".
 */
const SUBJECT_THEN_PAST = new RegExp(
  `^,?\\s+(?:(?:(?!(?:will|would|could|can|may|might|must|shall|should|is|are|to|has|have|plans?|expects?)\\b)[\\w.'’-]+\\s+){0,4}` +
    // A past verb never follows a determiner or an adverb in "-ly": "the revised plan", "the newly elected parliament".
    // Nor is the subject's last word a verb of its own: "In March he is scheduled to travel" is no past.
    `(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|\\w+ly)\\s)(?!(?:will|would|could|can|may|might|must|shall|should|is|are|to|has|have)\\b)[\\w.'’-]+\\s+)?` +
    `(\\w{3,}ed|said|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|${FORECAST_VERB}|(?:was|were)(?!\\s+(?:expected|due|set|scheduled|planned|going|about|to)\\b))\\b`,
  'i',
);
/**
 * Verbs of saying and foretelling: what they report may lie ahead, but the saying does not ("On May 1, the firm said
 * it would", "In December, the OBR forecast growth of 1.2 percent this year").
 */
const REPORTING = /^(?:said|told|announced|reported|declared|stated|confirmed|revealed|forecast|predicted|projected)$/i;
/**
 * Verbs that bid someone do a thing: what is bidden lies ahead, the bidding does not ("In January, the court ordered
 * new maps to be drawn").
 */
export const BIDDING = /^(?:ordered|asked|urged|advised|encouraged|required|allowed|forced|directed|instructed|authori[sz]ed|invited|persuaded)$/i;
/** A word that looks ahead later in the clause: "the newly elected parliament will meet". */
const AHEAD_LATER = /^[^.;!?]{0,80}?\b(?:will|would|shall|'ll|to\s+be|is\s+(?:due|expected|set|scheduled))\b/i;
/**
 * A telling or a relative pronoun before that word: what it looks ahead to is the telling's or the thing's, and the
 * verb before is the clause's own ("In February, the pope stunned the world by announcing he would step down",
 * "surprised aides when he said he would", "In June, the board approved a plan that would cut 500 jobs").
 */
const TELLING_BEFORE_AHEAD = /\b(?:that|which|said|saying|told|telling|announc(?:ed|ing)|warn(?:ed|ing)|declar(?:ed|ing)|predict(?:ed|ing)|insist(?:ed|ing))\b/i;
const looksAheadLater = (after: string): boolean => {
  const m = AHEAD_LATER.exec(after);
  return m !== null && !TELLING_BEFORE_AHEAD.test(m[0]);
};
/**
 * "In January, a week after the anniversary of the ruling, a bombing killed a guard": an aside between commas right
 * after the opening date, with no word that looks ahead, stands between the date and its clause.
 */
const ASIDE_AFTER_DATE = /^,\s+[^,.;:!?()"“”]{4,60}(?=,\s)/;
/** How many characters such an aside takes after `end` (0 when there is none). */
function asideAfterOpeningDate(text: string, end: number): number {
  if (text.charCodeAt(end) !== 44) return 0;
  const aside = ASIDE_AFTER_DATE.exec(text.slice(end, end + 64));
  return aside && !AHEAD_IN_SUBJECT.test(aside[0]) && !SUBJECT_THEN_PAST.test(aside[0]) ? aside[0].length : 0;
}
/**
 * "On May 1, President George W. Bush declared": a date opening its sentence is the time of the clause's verb, and a
 * past verb there holds it in the past as surely as one right before it (an "-ed" word before a verb that looks ahead
 * is an adjective).
 */
export function pastVerbOfOpeningDate(text: string, start: number, end: number): boolean {
  const opening = text.slice(Math.max(0, start - 40), start);
  const by = !OPENS_WITH.test(opening);
  if (by && !BY_OPENS.test(opening)) return false;
  const from = end + asideAfterOpeningDate(text, end);
  const m = SUBJECT_THEN_PAST.exec(text.slice(from, from + 80));
  if (m === null) return false;
  const plain = !looksAheadLater(text.slice(from + m[0].length, from + m[0].length + 100));
  // A deadline is no time of saying or bidding ("By June, officials said, the plant will be finished"), nor of what was
  // expected by it ("By Thursday morning, the storm was expected to move out to sea").
  if (by) return plain && !REPORTING.test(m[1] ?? '') && !BIDDING.test(m[1] ?? '') && !EXPECTED_BY_AFTER.test(text.slice(end, end + 90));
  return REPORTING.test(m[1] ?? '') || BIDDING.test(m[1] ?? '') || plain;
}

/**
 * A subject named with its time, then its verb in the past: "Floods in January killed 20 people", "a heatwave in early
 * January brought the hottest day on record", and so in a clause of its own: "slumped after a cold spell in February
 * forced it to cut deliveries". The deed is done, so the date is held in the past as firmly as by a verb before it. Not a participle of a reduced clause ("Patients in July treated by the clinic"), nor a plan's words.
 */
const SUBJECT_IN_BEFORE = /(?:^|[.!?,;]\s+|\n)[^.!?,;\n]{1,60}\bin\s+(?:(?:early|late|mid)[\s-]+)?$/;
/** …or opening a clause of its own after its subordinator: "after a cold spell in", "when floods in early". */
const CLAUSE_SUBJECT_IN_BEFORE = /\b(?:after|when|because|as|since|before|while|until|though|although)\s+[^.!?,;\n]{1,40}\bin\s+(?:(?:early|late|mid)[\s-]+)?$/i;
/** Words in the subject that put its time ahead: "the law that takes effect in July passed the Senate". */
const AHEAD_IN_SUBJECT = /\b(?:will|would|to|due|takes?|set|scheduled|planned|expected|slated|next|upcoming|coming)\b/i;
const PAST_VERB_AFTER = new RegExp(
  `^\\s+(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})\\b(?<!\\b${PLAN_PARTICIPLE})(?!\\s+(?:by|to|for)\\b)`,
  'i',
);
/**
 * "January's floods killed 40 people", "December's jobs report showed": a subject named by its time's possessive,
 * opening its clause, then a past verb after a few words of the noun it names (none of a plan or a modal).
 */
const POSSESSIVE_SUBJECT_PAST_AFTER = new RegExp(
  `^['’]s\\s+(?:(?!(?:will|would|could|can|may|might|must|shall|should|is|are|to|has|have|and|or|but)\\b)[\\w-]+\\s+){1,3}?` +
    `(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|(?:was|were)(?!\\s+(?:expected|due|set|scheduled|planned|going|about|to)\\b))\\b(?<!\\b${PLAN_PARTICIPLE})(?!\\s+(?:by|to|for)\\b)`,
  'i',
);
/** What a possessive subject opens after: a sentence's start or a quote's. */
const CLAUSE_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*|["“])$/;
const pastVerbOfPossessiveSubject = (text: string, start: number, end: number): boolean =>
  (text.charCodeAt(end) === 39 || text.charCodeAt(end) === 8217) && POSSESSIVE_SUBJECT_PAST_AFTER.test(text.slice(end, end + 60)) &&
  CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 4), start));
export function pastVerbOfDatedSubject(text: string, start: number, end: number): boolean {
  if (pastVerbOfPossessiveSubject(text, start, end)) return true;
  if (!PAST_VERB_AFTER.test(text.slice(end, end + 24))) return false;
  const slice = text.slice(Math.max(0, start - 72), start);
  const before = SUBJECT_IN_BEFORE.exec(slice);
  if (before !== null && !AHEAD_IN_SUBJECT.test(before[0])) return true;
  const clause = CLAUSE_SUBJECT_IN_BEFORE.exec(slice);
  return clause !== null && !AHEAD_IN_SUBJECT.test(clause[0]);
}
