/**
 * Words right before a timex that settle its tense whatever the verbs of its clause say: "postponed until Tuesday",
 * "set a June 18 execution date", "ahead of elections on Saturday", "a curfew until Monday" look ahead; "since March",
 * "the shooting on Sunday night" look back.
 */
import { isAsciiLetter, isSpace } from '../chars.ts';
import { matchesAt, wordBefore, type Tense } from '../draft.ts';
import { COUNT_RE, MONTH_RE, movedFromBefore, PUT_OFF, putOffFrom, SINCE_THE_BEFORE, ZONE_RE } from '../lexicon.ts';
import { PAST_OR_PARTICIPLE, SIMPLE_PAST } from './tenseMarkers.ts';
import { RANGE_START } from './verbBefore.ts';

/**
 * "the launch slipped to the spring", "deals slipped into the fourth quarter", "slid into April": put off to a time
 * still to come ("into" right before the time only: "slipped into recession in the fourth quarter" fell then); so is
 * one slipped by how long first ("the launch slipped a day, to Saturday", "slipped two more weeks to April 5").
 */
const SLIPPED_TO = /\b(?:slipped|slid)\s+(?:(?:by\s+)?(?:[\w-]+\s+){0,2}(?:minutes?|hours?|days?|weeks?|months?|years?),?\s+)?(?:(?:back\s+)?to\s+(?:[\w.]+\s+){0,3}|into\s+(?:the\s+)?)$/i;
/**
 * "extended its review, pushing a decision into the third quarter", "delayed the launch into the autumn": a thing put
 * off into a time goes on to a time still to come ("into" right before the time only: "pushed the economy into
 * recession in the fourth quarter" fell then). Only a month or a part of a year: "pushed talks into the night" on a day
 * gone by went on then.
 */
const PUSHED_INTO = /\b(?:push(?:ed|ing|es)|delay(?:ed|ing|s)|postpon(?:ed|ing|es)|defer(?:red|ring|s))\s+(?:[\w'’-]+\s+){0,5}?into\s+(?:the\s+)?$/i;
const PART_OF_YEAR = /\b(?:quarter|half|spring|summer|autumn|fall|winter)\b/i;
const monthOrPartOfYear = (named: string): boolean => MONTH_START.test(named) || PART_OF_YEAR.test(named);
/** "was moved to Saturday", "brought forward to Thursday": a date moved to, right after "to" (not "moved to Paris on"). */
const MOVED_TO = /\b(?:moved|shifted|switched|brought\s+forward)\s+to\s+$/i;
/** "has been brought forward to 12.45pm on Saturday", "moved to 5.30pm GMT on Sunday": a day moved to, after its clock. */
const MOVED_TO_CLOCK_ON = /\b(?:moved|shifted|switched|brought\s+forward|put\s+back)\s+to\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:(?:GMT|BST|ET|local\s+time)\s+)?on\s+$/i;
/**
 * "voted to set an early presidential election for May 25", "called a snap election for June 8", "set a hearing for
 * March 3", "elections were called for April 28", "setting up a vote for Saturday", and lawmakers summoned for a day
 * ("the House was called back for 6:30 p.m. Sunday", "recalled to Westminster for Thursday"), and what was declared, called or issued for it ("total fire bans were declared for
 * Tuesday", "a general strike was called for Thursday", "flood warnings were issued for Friday"), and one more fixed
 * after the first ("staged a strike on Sunday and called another for Tuesday"): a thing fixed for a
 * day, whatever the tense of fixing, is still to come when the fixing is news.
 */
const FIXED_FOR = /\b(?:(?:set(?:s|ting)?(?:\s+up)?|called|fixed|scheduled|rescheduled|slated)\s+(?:an?|the|its|their|his|her|another)\s+(?:[\w-]+\s+){0,3}|(?:called|summoned|brought)\s+back\s+(?:to\s+[\w.]+\s+)?|recalled\s+(?:to\s+[\w.]+\s+)?|(?:was|were|is|are|(?:has|have)\s+been)\s+(?:(?:also|now|formally|officially)\s+)?(?:called|declared|issued|ordered|fixed)\s+)for\s+$/i;
/**
 * "said that if elected in September his government would", "if approved by voters in November": a condition on a deed
 * done on a time is still to be met, so the time is to come, whatever the tense of telling it.
 */
const CONDITION_ON_DEED_BEFORE = /\b(?:if|unless)\s+(?:re-?)?[a-z]{3,}(?:ed|en)\s+(?:by\s+(?:[\w.'’-]+\s+){1,3})?(?:in|on|by|before|at|during)\s+$/i;
/** A condition of the past left unmet: "would have taken effect in January if passed in December". */
const UNMET_BEFORE = /\b(?:would|could|might)\s+have\b/i;
/**
 * "canceled classes for Thursday ahead of a major snowstorm", "called off all flights for Friday", "classes were canceled
 * for Monday": what is called off for a day was called off ahead of it (a day gone by is told without "for": "canceled
 * classes Thursday"); not what "had" been called off.
 */
const CALLED_OFF_FOR = /\b(?:cancell?ed|called\s+off|scrapped)(?<!\bhad\s{1,3}(?:been\s{1,3})?\w+(?:\s+off)?)\s+(?:[\w-]+\s+){0,3}?for\s+$/i;
/** A participle set off by a comma, maybe with a place, right before the time: ", held in Brighton over". */
const HELD_ASIDE_BEFORE = /,\s+held\s+(?:in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?(?:on|in|over|during|at)\s+$/;
const HELD_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'over', 'during', 'at']);
/** The aside closing, then its clause's verb looking ahead: ", will debate", ", is expected to". */
const MAIN_VERB_AHEAD_AFTER = /^[^,.;!?]{0,16},\s+(?:will|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\b/;
/** "'s" after a day: what is fixed for "Friday's victims" is for them, not for the day. */
const POSSESSIVE_AFTER = /^['’]s/;
/**
 * "Officials predicted a second wave in the autumn", "analysts expected approval in the fourth quarter": what a
 * prediction names lies ahead of it, whatever the tense of predicting. Not a figure expected of a time, which is often
 * one reported ("economists expected a gain in February", "expected earnings of 50 cents in the quarter"), nor what
 * "had" been predicted, a clause ("predicted that …") or a plan ("expected to …").
 */
/**
 * "has announced a new album for release in the autumn", "dated the sequel for release on May 3": what a work is
 * announced or readied for lies ahead, whatever the tense of the telling (not one "recorded last year for release in
 * February", nor a plan "originally" made or one that "had" been, which may have gone by).
 */
const FOR_RELEASE_IN = /\b(?:announced|announces|dated|slated|scheduled|earmarked|pencill?ed\s+in|readied|readying|preparing|prepared|confirmed)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?:(?:its|their|a|an|the|wide|general|worldwide|theatrical|digital)\s+)?(?:release|publication|broadcast|premiere|debut|launch)\s+(?:in|on)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
const NOT_READIED_BEFORE = /\b(?:originally|initially|had)\b[^.;!?]{0,60}$/i;
const RELEASE_WORDS: ReadonlySet<string> = new Set(['in', 'on', 'early', 'mid', 'late']);
const PREDICTED_IN = new RegExp(
  '\\b(?:predicted|forecast|projected|expected|anticipated|foresaw)(?<!\\bhad\\s{1,3}(?:been\\s{1,3})?\\w+)\\s+' +
    '(?:(?!(?:that|which|would|will|to|was|were|is|are|had|has|and|but|in|on|by)\\b)[\\w\'’-]+\\s+){1,5}(?:in|by|during)\\s+$',
  'i',
);
/**
 * "The Vatican said it expected even more people on Thursday", "said the company expects a ruling on Friday": what a
 * teller said was expected on a day is to come then. The expecting is the telling's, so the day is not its time (as it
 * is in "the Fed predicted slower growth on Wednesday").
 */
const TOLD_EXPECTED_ON = new RegExp(
  '\\b(?:said|says|told\\s+[\\w\'’-]+)\\s+(?:that\\s+)?(?:[\\w\'’-]+\\s+){1,3}?expect(?:s|ed)\\s+' +
    '(?:(?!(?:that|which|would|will|to|was|were|is|are|had|has|and|but|in|on|by)\\b)[\\w\'’-]+\\s+){1,5}on\\s+$',
  'i',
);
/** Words of a figure, which make what is expected of a time a measure reported rather than a thing to come. */
const FIGURE_WORD = /\d|\b(?:gains?|rises?|increases?|declines?|drops?|falls?|growth|profits?|loss(?:es)?|earnings|revenues?|sales|deficits?|surplus(?:es)?|rates?|figures?|percent|jobs|prices?|output|inflation|unemployment|numbers?)\b/i;
const PREDICTION_STEMS = ['edict', 'xpect', 'ecast', 'oject', 'ticipat', 'foresaw'];
/** A clock reading, maybe with its zone, or a named hour: "6 a.m.", "18:00 GMT", "midnight". */
const CLOCK_READING = `\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+${ZONE_RE})?|midnight|noon|midday`;
const CLOCK = `(?:${CLOCK_READING}|dawn)`;
/**
 * "Air traffic controllers have announced a walkout on 27 June", "the unions have called a strike on Monday", "have
 * called another 48-hour strike starting at 6 a.m. on Thursday", "has called strikes on April 2 and 4": the present
 * perfect takes no day of its own, so a day (or its clock time) after what it announced or called is that thing's,
 * still to come.
 */
const ANNOUNCED_FOR = new RegExp(
  '\\b(?:has|have)\\s+(?:(?:already|now|also|just)\\s+)?(?:(?:announced|called|set|fixed|scheduled|planned)\\s+(?:an?|the|its|their|his|her|another)|(?:announced|called|scheduled|planned)(?=\\s+(?:[\\w-]+\\s+)?[a-z]+s\\b))\\s+' +
    `(?:[\\w-]+\\s+){0,3}(?:on|for|(?:starting|beginning|from)\\s+(?:at\\s+)?(?:${CLOCK}\\s+(?:on\\s+)?)?)\\s*$`,
  'i',
);
/**
 * "The junta has promised elections in July", "pledged free polls by the end of the year", "called elections for
 * June": a vote promised or called for a time, with no verb of its own, is still to come whatever the tense of
 * promising (not one that "had" been promised, which may have gone by).
 */
const VOTE_NOUN =
  '(?:(?:new|fresh|early|free|fair|snap|general|presidential|parliamentary|legislative|national|local|municipal|provincial|regional)\\s+(?:and\\s+)?){0,3}' +
  '(?:elections?|polls|(?:an?|the)\\s+(?:[\\w-]+\\s+)?(?:vote|referendum|election|ballot))';
const NOT_HAD = '(?<!\\bhad\\s{1,3}(?:\\w+\\s{1,3})?\\w+)';
const VOTE_PROMISED = new RegExp(
  `\\b(?:(?:promised|pledged|vowed|proposed|offered|demanded)${NOT_HAD}\\s+${VOTE_NOUN}\\s+(?:in|by|for|on|before|within)|` +
    // A vote called or announced "in October" was called then: only "for" gives the vote's own time.
    `(?:called|announced|scheduled)${NOT_HAD}\\s+${VOTE_NOUN}\\s+for)\\s+$`,
  'i',
);
/** The stems VOTE_PROMISED needs: a cheap look before the pattern. */
const VOTE_STEMS = ['lection', 'polls', 'vote', 'referend', 'ballot'];
/** The words VOTE_PROMISED ends with. */
const VOTE_WORDS: ReadonlySet<string> = new Set(['in', 'by', 'for', 'on', 'before', 'within']);
/** The words right before a day or clock time that may end what ANNOUNCED_FOR looks for. */
const ANNOUNCED_WORDS: ReadonlySet<string> = new Set(['for', 'on', 'after', 'from', 'starting', 'beginning', 'at']);
/**
 * "The Brotherhood called for a march of anger after Friday prayers", "the opposition called for a general strike on
 * Sunday", "the army chief called on Wednesday for mass rallies on Friday", "called for a rally in Nairobi on
 * Thursday" (a place between): a protest called for is still to come,
 * whatever the tense of calling ("called for calm on Monday" is a call made that day).
 */
const CALLED_FOR_ACTION = /\bcall(?:ed|s|ing)?\s+(?:(?:on\s+|late\s+|early\s+)*[A-Z][a-z]{2,5}day(?:\s+(?:morning|afternoon|evening|night))?\s+)?for\s+(?:an?\s+|the\s+)?["“]?(?:[\w-]+\s+){0,2}(?:march(?:es)?|protests?|demonstrations?|rall(?:y|ies)|strikes?|walkouts?|boycotts?|sit-ins?|vigils?|day\s+of\s+\w+)(?:\s+of\s+\w+)?["”]?(?:\s+(?:in|at|outside)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?\s+(?:on|after|for|from)\s+$/i;
/**
 * "the government has declared Tuesday and Wednesday bank holidays", "declared Friday a public holiday": a day
 * declared a holiday is still to come.
 */
const DECLARED_BEFORE = /\bdeclar(?:ed|es|e|ing)\s+(?:[A-Z][a-z]+day(?:,|\s+and)\s+)?$/;
const HOLIDAY_AFTER = /^(?:(?:,|\s+and)\s+[A-Z][a-z]+day)?\s+(?:an?\s+|as\s+(?:an?\s+)?)?(?:(?:bank|public|national|official)\s+)?(?:holidays?|days?\s+of\s+mourning)\b/;
/** How far back a call for a protest may start: its own day may come between ("called on Wednesday for"). */
const CALL_REACH = 90;
const THE_NIGHT = /^the\s+night$/i;
/**
 * "was remanded in custody until Monday", "was bailed until a trial date in June", "released on bail until a date in late
 * April", "held without bail until a hearing Tuesday": what a court holds or bails someone until is still to come (not
 * what someone "had been" remanded until, which may have passed).
 */
const CUSTODY_UNTIL = /\b(?:remanded|bailed|released\s+on\s+(?:police\s+)?bail|held\s+without\s+bail)\s+(?:in(?:to)?\s+(?:custody|care)\s+)?(?:until|till)\s+(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:(?:on|in|at)\s+)?)?$/i;
const HAD_BEEN_BEFORE = /\bhad\s+been\s+$/i;
const custodyUntil = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 90), start);
  const m = CUSTODY_UNTIL.exec(before);
  return m !== null && !HAD_BEEN_BEFORE.test(before.slice(0, m.index));
};
/**
 * "He remains jailed pending a hearing on Monday", "was ordered held pending a detention hearing Tuesday", "released
 * pending the outcome of an appeal in May", "was free on bail while awaiting a hearing on Monday": a hearing or a ruling
 * someone is held, freed or waiting pending lies ahead, whatever the tense of holding (not one that someone "was
 * awaiting" on a day gone by). Not an inquiry ("suspended pending an investigation Friday" is the day of suspending).
 */
const PENDING_BEFORE = new RegExp(
  '\\b(?:pending|(?<!\\b(?:was|were)\\s{1,3})awaiting)\\s+(?:an?|the|his|her|their|its)\\s+(?:[\\w\'’-]+\\s+){0,4}?' +
    '(?:hearing|trial|retrial|appeal|sentencing|arraignment|appearance|ruling|decision|verdict|vote|meeting|review|inquest)s?\\s+(?:on\\s+|in\\s+|at\\s+)?$',
  'i',
);
/** The verbs of putting off alone: a quick look before the whole pattern, which is tried at every position. */
const PUT_OFF_VERB = new RegExp(PUT_OFF, 'i');
/**
 * A verb of putting off, then "until", "through" or "to" right before the timex (a few words between at most):
 * "postponed through mid-May", "extended through Friday". Not the "to" of a
 * length ("delayed by 15 to 20 minutes on Tuesday", "up to two hours on Friday"): that says how long, not until when;
 * nor one before a count ("extended their winning streak to 24 games on Monday night": the streak grew, nothing was
 * put off to Monday).
 */
const PUT_OFF_UNTIL = new RegExp(
  `\\b(?:${PUT_OFF})\\b[^.;!?]{0,40}\\b(?<!(?:\\d|\\bup)\\s{1,3})(?:until|till|through|to)\\s+` +
    '(?:(?!(?:seconds|minutes|hours|days|weeks|months|years)\\b)(?!\\d[\\d,.]*\\s+(?![ap]\\.?m\\b|on\\b|at\\b)[a-z]{2})[\\w.:]+\\s+){0,3}$',
  'i',
);
/**
 * The same with a longer object, right before "until" or "till" alone: "has postponed a parliamentary vote on a
 * controversial levy on bank deposits until Tuesday".
 */
const PUT_OFF_LONG_UNTIL = new RegExp(`\\b(?:${PUT_OFF})\\b[^.;!?]{30,100}\\b(?:until|till)\\s+$`, 'i');
/** How far before the timex the verb of PUT_OFF_LONG_UNTIL may stand. */
const PUT_OFF_REACH = 130;
/**
 * "The debt limit was suspended until May 18", "flights were suspended until Friday", "Parliament is suspended until
 * October 14": a suspension told with the time it lifts runs to a time still to come, whatever the tense of suspending
 * (only "until", maybe with a clock time: "suspended until further notice on Monday" was suspended that day).
 */
const SUSPENDED_UNTIL = /\bsuspended\s+(?:[\w'’-]+\s+){0,4}?(?:until|till)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?(?:on\s+)?)?$/i;
/** The verbs that undo a plan: put off, moved, called off. */
const UNDONE_VERB = '(?:postponed|delayed|adjourned|deferred|rescheduled|pushed\\s+back|put\\s+off|moved|cancell?ed|called\\s+off|scrapped|brought\\s+forward)';
/**
 * "The sentencing was scheduled for February but was pushed back to April", "was due to start in February but was
 * postponed", "was set for January, then postponed to June": a plan told with its undoing is a plan overtaken, which
 * says nothing of whether its date has come.
 */
const PLANNED_BEFORE = /\b(?:was|were)\s+(?:scheduled|set|due|slated|planned|expected)\s+(?:to\s+\w+\s+)?(?:for|in|on)\s+$/i;
const UNDONE_AFTER = new RegExp(`^[^.;!?]{0,30}?\\b(?:but\\s+(?:was|were|has\\s+been|have\\s+been|had\\s+been|it\\s+was)|(?:and\\s+)?then(?:\\s+(?:was|were))?)\\s+${UNDONE_VERB}\\b`, 'i');
/** A word that may open the undoing of a plan, looked for before UNDONE_AFTER is tried. */
const hasUndoingWord = (after: string): boolean => after.includes('but ') || after.includes('then ');
/**
 * "The vote, scheduled for Feb. 12, went ahead despite the protests": a deed told in the past right after the aside
 * tells what came of the plan.
 */
const ASIDE_DEED = String.raw`(?:went\s+ahead|took\s+place|(?:was|were)\s+held|[a-z]{3,}ed(?<!\b(?:need|expect|intend|hop|plann|schedul)ed))`;
/**
 * "The budget, due Feb. 4 by law, is now expected on April 10", "the vote, scheduled for March 12, was postponed": a
 * plan named in an aside and undone, replaced or carried out (ASIDE_DEED) right after it is a plan overtaken, as above,
 * so a date with its month is the nearest of that name (a day of the week is left to its clause: such news is mostly of
 * the coming one).
 */
const PLAN_ASIDE_BEFORE = /,\s+(?:(?:originally|initially|first)\s+)?(?:scheduled|set|due|slated|planned|expected)\s+(?:to\s+\w+\s+)?(?:(?:for|in|on)\s+)?$/i;
const ASIDE_OVERTAKEN_AFTER = new RegExp(`^[^.;!?,]{0,30},\\s+(?:(?:was|were|has\\s+been|have\\s+been|had\\s+been)\\s+${UNDONE_VERB}|(?:is|are|will|has|have)\\s+now|${ASIDE_DEED})\\b`, 'i');
const MONTH_START = new RegExp(`^(?:early\\s+|late\\s+|mid-?)?(?:${MONTH_RE})\\b`);

/**
 * "until Monday", "by 5pm on Friday", "until 06:00 on Monday", "until 18:00 GMT on Tuesday", "until midnight on
 * Monday", "by close of business Friday", "by EOD Thursday", "no later than March 1": a deadline, maybe with its hour
 * (and zone) first.
 */
const DEADLINE_BEFORE = new RegExp(
  `(?<=\\b(?:until|till|by|(?:no|not)\\s+later\\s+than)\\s+(?:(?:${CLOCK_READING}|` +
    '(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+)?(?:business|play|day)|EOD|COB|EOP)\\s+(?:on\\s+)?)?)',
  'iy',
);
/**
 * "keeps the government funded through Dec. 20", "funds the government through September", "suspends the debt limit
 * until Feb. 7", "the show runs until Sunday", "is valid until March", "sent him a bill to fund the government through
 * Sept. 30": a span that a verb in the present (or a measure's aim) holds until the time ends ahead, whatever past
 * word comes before ("The measure, approved 77-19, keeps …"; not "tried to keep the talks going until Feb. 10").
 */
const HELD_UNTIL = /\b(?:keeps?|runs?|lasts?|remains?|continues?|extends?|stays?|funds|covers|suspends|freezes|halts|bans|bars|blocks|pauses|is|are|(?:bill|measure|legislation|resolution|law|plan|deal|order|agreement|stopgap)\s+(?:[\w.'’-]+\s+){0,3}?to\s+(?:keep|fund|extend|cover|suspend|freeze|halt|ban|bar|block|pause))\s+(?:[\w'’-]+\s+){0,4}(?:through|until|till)\s+$/i;
const UNTIL_WORDS: ReadonlySet<string> = new Set(['through', 'until', 'till']);
/** The dot of a clock's "a.m." or "p.m.", which ends no sentence: "warnings valid from 6 p.m. on Saturday until". */
const CLOCK_DOT = String.raw`(?<=\b[ap]|\b[ap]\.m)\.`;
/**
 * A tally up to a time: "Boeing's 1,060 orders through the end of October", "shares are up 5 percent through March",
 * "inflation in the 12 months through February". What is counted up to it lies behind, not ahead.
 */
const TALLY_THROUGH_BEFORE = /(?:%|\b(?:orders|deliveries|sales|percent|months|weeks|year|so\s+far|to\s+date))\s+(?:through|thru)\s+$/i;
export const tallyThrough = (text: string, start: number): boolean => TALLY_THROUGH_BEFORE.test(text.slice(Math.max(0, start - 24), start));
/**
 * "She has been writing through the autumn", "have been rehearsing throughout the winter": the present perfect
 * progressive tells a span run up to now, so the time it ran through has begun (not "will be touring through the
 * autumn", nor "has extended the offer through the summer", a span still to run).
 */
const RAN_THROUGH_BEFORE = /\b(?:has|have)\s+been\s+[a-z]{2,}ing\s+(?:[\w'’-]+\s+){0,3}?(?:through|throughout|over|during)\s+$/i;
const RAN_THROUGH_WORDS: ReadonlySet<string> = new Set(['through', 'throughout', 'over', 'during']);
/**
 * "issued a heat advisory through 8 p.m. on Friday", "a curfew until Monday", "a 30 percent chance of storms through
 * Saturday", "warnings for heavy snow until midday on Wednesday": a warning, a ban or a chance told with the time it
 * runs to runs into the time to come, whatever verb put it in place; so does what is "valid" until a time ("warnings
 * for Scotland, valid from 6 p.m. on Saturday until noon on Monday"; not what "was valid"). The clock before the day,
 * if any, is skipped.
 */
const ALERT_UNTIL = new RegExp(
  `\\b(?:warnings?|watch(?:es)?|advisory|advisories|alerts?|curfews?|bans?|chances?|(?<!\\b(?:was|were|been)\\s+)valid)\\b(?:[^.;!?]|${CLOCK_DOT}){0,50}\\b(?:until|till|through)\\s+(?:(?:${CLOCK_READING})\\s+(?:on\\s+)?)?$`,
  'i',
);
/**
 * …unless a past verb of lasting holds it to that time: "The curfew lasted until Sunday", "the ban remained in place
 * until 6 p.m. on Friday", "the curfew lasted from 6 p.m. on Friday until 6 a.m. on Monday", "a curfew was in force
 * from 9 p.m. until 6 a.m. on Sunday" tell of a span over (not "warnings were in effect through Friday", told ahead as
 * reported).
 */
const LASTED_UNTIL = new RegExp(
  `\\b(?:lasted|ran|remained|stayed|persisted|(?:was|were)\\s+in\\s+force)\\s+(?:[\\w.'’-]+\\s+){0,8}?(?:until|till|through)\\s+(?:(?:${CLOCK_READING})\\s+(?:on\\s+)?)?$`,
  'i',
);
const UNTIL_STRINGS = ['until ', 'till ', 'through '];
/** "issues snow warning for Friday", "a flood watch for Sunday night": a warning for a time is of a time to come. */
const ALERT_FOR = /\b(?:warnings?|watch(?:es)?|advisory|advisories|alerts?|forecasts?)\s+for\s+(?:the\s+)?$/i;
const includesAny = (text: string, words: readonly string[]): boolean => {
  for (const w of words) if (text.includes(w)) return true;
  return false;
};
/**
 * "warned of up to a foot of snow by", "warned of flooding in low-lying areas until", "warned of disruption to flights
 * from", "warns of heavy snow on": what is warned of by, until or from a time is to come then, and so is what a warning
 * in the present names on a day, or one in the present perfect, which names no day of its own ("The Met Office has
 * warned of further snow on Wednesday"; "warned of flooding on Tuesday" is as often the day of warning). With some words
 * between and no past form among them ("warned of a repeat of the violence that erupted on Friday" tells of a day gone
 * by).
 */
const WARNED_OF_WORDS = "(?:(?![\\w'’-]*ed\\b|(?:was|were|had)\\b)[\\w'’,-]+\\s+){1,14}";
/** The words WARNED_OF_BY and WARNS_OF_ON end with, right before the timex. */
const WARNED_OF_LAST_WORDS: ReadonlySet<string> = new Set(['by', 'from', 'over', 'into', 'through', 'until', 'till', 'on']);
/** How far back "warned of" is looked for: a forecast names its amounts and places ("warned of rains of up to 10 inches in Mississippi and Tennessee through"). */
const WARNED_REACH = 110;
const WARNED_OF_BY = new RegExp(`\\bwarn(?:s|ed|ing)?\\s+of\\s+${WARNED_OF_WORDS}(?:by|from|over|into|through|until|till)\\s+$`, 'i');
const WARNS_OF_ON = new RegExp(`\\b(?:warn(?:s|ing)?|(?:has|have|'ve)\\s+(?:\\w{2,12}ly\\s+)?warned)\\s+of\\s+${WARNED_OF_WORDS}on\\s+$`, 'i');
/**
 * "It gave Mursi until Tuesday to respond", "Cyprus has until Monday": a deadline given or held is still ahead when it
 * is news, whatever the tense of giving (not one that "had" been given, which may have run out).
 */
const DEADLINE_GIVEN = /\b(?:(?:gave|given|gives?|giving)(?<!\bhad\s{1,3}(?:been\s{1,3})?\w+)\s+(?:[\w'’-]+\s+){0,4}|(?:has|have)\s+)(?:until|till)\s+$/i;
/**
 * "Police have closed the road until Friday", "has suspended the service until Monday": what the present perfect has
 * done until a time holds now, so the time is still ahead (not "had closed", which may have run out).
 */
const DONE_UNTIL = /\b(?:has|have)\s+(?:\w{2,16}ly\s+)?(?:\w{3,}ed|shut|put|cut|set|kept|held)\s+(?:[\w'’-]+\s+){0,4}(?:until|till)\s+$/i;
/**
 * "has wiped out games through Jan. 14", "canceled spring training games through April 9", "The Premier League was
 * suspended until April 3": games called off up to a time are called off ahead of it, so the time is still to come
 * when it is news (not what "had" been called off, which may have run out).
 */
const CALLED_OFF_UNTIL = /\b(?<!\bhad\s{1,3}(?:been\s{1,3})?)(?:cancell?ed|called\s+off|scrapped|wiped\s+out|suspended)\s+(?:[\w'’.-]+\s+){0,4}(?:through|until|till)\s+$/i;
const COPULA_BEFORE = new RegExp(`\\b(?:is|are)\\s+(?:(?:on|in)\\s+)?${RANGE_START}$`, 'i');
/**
 * "ahead of" and what it names, a few words with no verb's tense ending, maybe with an "of" and whom it is of, then
 * the date's preposition: "ahead of the vote on", "ahead of a meeting of the ruling party's leaders on", "ahead of the
 * central bank's policy review on".
 */
const AHEAD_OF_NAMED = "(?:(?!(?:was|were|had|has|is|are|will)\\b)[\\w'’-]+\\s+)";
/**
 * "ahead of the", "in the run-up to the", "the front-runner for the", "favored to win the": a date right after, naming
 * what is ahead ("ahead of the Nov. 17 election", "is the front-runner for the Nov. 17 election").
 */
const AHEAD_OF_THE_BEFORE = /\b(?:ahead\s+of|(?:run|lead|build)[\s-]?up\s+to|front-?runners?\s+(?:for|in)|(?:favou?red|tipped|expected)\s+to\s+win)\s+(?:the|an?|its|their)\s+$/i;
/** "ahead of" right before the timex, with nothing between. */
const AHEAD_OF_TIME_BEFORE = /\bahead\s+of\s+$/i;
const AHEAD_OF_BEFORE = new RegExp(`\\bahead\\s+of\\s+${AHEAD_OF_NAMED}{1,6}(?:of\\s+${AHEAD_OF_NAMED}{1,4})?(?:on|in|next|this)\\s+$`, 'i');
/**
 * "set a" right before a date, or a date set "of" a day: "set a June 18 execution date", "set an April 30 deadline",
 * "set a tentative trial date of Sept. 9", "setting a target date of Nov. 30" (one set "for" a day is FIXED_FOR's).
 */
const SET_A_BEFORE = /\bset(?:s|ting)?\s+(?:an?|(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:date|deadline)\s+of)\s+$/i;
/**
 * What a date right after "set" is set as or for: "set Sept. 23 as the date for a hearing", "set March 3 for the vote".
 * Not a passive's day of setting ("prices were set Tuesday for the quarter").
 */
const SET_AS_AFTER = /^,?\s+(?:as\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}(?:date|deadline|day|start)|for\s+(?:an?|the|its|their|his|her)\s)/i;
/**
 * A regulator's date to act, named "of" its day: "has a target action date of Aug. 12", "with a PDUFA date of June 30",
 * is still ahead (not one missed or gone by: "missed its target date of Nov. 30").
 */
const TARGET_DATE_OF_BEFORE = /\b(?:target|action|goal|pdufa|decision)\s+date\s+of\s+$/i;
const MISSED_BEFORE = /\b(?:missed|passed|blew|overshot)\b/i;
const BEEN_SET_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+set\s+$/i;
/**
 * "Huerta told lawmakers last week that the agency had to cut $637 million from its budget by the end of September": an
 * obligation told by a verb of telling, with its deadline, is the speaker's "has to", still to be met.
 */
const TOLD_DUTY_BY = /\b(?:said|told|warned|added|says|tells|warns)\b[^.;!?]{0,80}\b(?:had|needed)\s+to\s+\w+\b[^.;!?]{0,60}\bby\s+$/i;

/**
 * "Delta said bookings for the summer were strong", "reservations for Easter": bookings are made ahead of the time they
 * are for, so the tense of telling how they stand says nothing of whether that time has come; the nearest one is meant.
 */
const BOOKINGS_FOR = /\b(?:bookings|reservations|ticket\s+sales|advance\s+sales)\s+for\s+$/i;

/**
 * "By Thursday morning, the storm was expected to move out to sea": a deadline opening its sentence, then what was
 * expected or would happen by it, told in the past of a forecast, lies ahead ("By Thursday, police had arrested 20
 * people" does not).
 */
const BY_OPENING = /(?:^|[.!?"“]\s+|\n\s*)by\s+$/i;
const EXPECTED_AFTER = /^[^.;!?]{0,50}\b(?:(?:was|were)\s+(?:expected|due|forecast|likely|set|scheduled)\s+to|would|should)\s+(?!have\b)\w/i;

/**
 * "Workers have voted to strike from Friday", "the board agreed to cut fares from Monday", "lawmakers voted last month
 * to keep the line running through at least the end of June": what was resolved to begin "from" a time begins then,
 * and what it holds "through" or "until" a time lasts into it, still to come when the resolving is news (not one that
 * "had" been resolved).
 */
const RESOLVED = '\\b(?:voted|agreed|decided|threatened|pledged|promised|vowed)(?<!\\bhad\\s{1,3}\\w+)(?:\\s+(?:last|this)\\s+\\w+)?\\s+to\\s+\\w+';
const RESOLVED_FROM = new RegExp(`${RESOLVED}(?:\\s+[\\w'’-]+){0,4}\\s+from\\s+(?:${CLOCK}\\s+(?:on\\s+)?)?$`, 'i');
const RESOLVED_UNTIL = new RegExp(`${RESOLVED}(?:\\s+[\\w'’-]+){0,5}\\s+(?:through|until|till)\\s+(?:at\\s+least\\s+)?$`, 'i');

/**
 * "Cardinals said they hoped for a pope by Easter", "wanted a new pope in place before Easter": what was hoped or
 * wanted by a time is looked ahead to from the hoping, so the time is to come when the hoping is news (not what "had"
 * been hoped). So is what is promised now or lately ("Lawmakers have promised a bill by summer"; one told in the
 * simple past is PROMISED_BY's, one that "had" been made may have come due).
 */
const HOPED_BY = /\b(?:(?:hop|want|wish|aim)(?:s|ed|ing)|hopes|(?:I|we|they|you)\s+(?:hope|want|wish)|(?:promis|pledg)es|(?:has|have)\s+(?:promised|pledged|vowed))\b(?<!\bhad\s{1,3}\w+)(?:(?!\b(?:that|which|was|were|had|and|but)\b)[^.;!?,]){0,60}\b(?:by|before)\s+(?:the\s+)?$/i;
const HOPE_STEMS = ['hop', 'want', 'wish', 'aim', 'promis', 'pledg', 'vowed'];
/**
 * "The government promised a new plan by the summer", "the minister pledged new rules by the autumn": a promise told in
 * the past with its deadline is news of a promise lately made, so the deadline is still ahead (not one the sentence
 * goes on to say was missed or broken: "promised a plan by February but has yet to publish it").
 */
const PROMISED_BY = /\b(?:promised|pledged|vowed)\b(?<!\bhad\s{1,3}\w+)(?:(?!\b(?:that|which|was|were|had|and|but)\b)[^.;!?,]){0,60}\b(?:by|before)\s+(?:the\s+)?$/i;
const PROMISED_STEMS = ['promised', 'pledged', 'vowed'];
/** Words after the deadline that tell the promise missed or broken. */
const PROMISE_BROKEN_AFTER = /^[^.;!?]{0,64}\b(?:but|yet|failed|missed|broke|broken|abandoned|dropped)\b/i;

/** A "had" earlier in the sentence, no full stop after it. */
const HAD_IN_SENTENCE = /\bhad\b[^.!?]*$/i;

/**
 * "since" and a thing named by a determiner and up to three words ("since the blizzard in", "since the floods of") or
 * by capitalised words ("since Superstorm Sandy in", "since Hurricane Katrina in"), right before a preposition of time.
 */
const SINCE_THING_BEFORE = /\bsince\s+(?:(?:the|a|an|its|their|his|her|that)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+|(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*)\s+(?:in|of|on)\s+(?:(?:early|mid|late)[\s-]+)?$/;
/**
 * A record or a first measured since it, a few words before "since" ("the worst flooding since", "its highest level
 * since", "the first launch since"): "since" then counts from a time, and is no "because" ("since the storm arrives on
 * Wednesday, schools will close").
 */
const RECORD_BEFORE_SINCE = /\b(?:[a-z]+iest|(?:high|low|bigg|larg|small|strong|weak|wett|cold|hott|warm|great|long|short|fast|slow|mild|sharp|steep|deep|tall)est|best|worst|first|most|least)\b(?:\s+[\w-]+){0,5}\s+$/i;
export function recordSinceThing(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (!before.includes('ince')) return false;
  const since = SINCE_THING_BEFORE.exec(before);
  return since !== null && RECORD_BEFORE_SINCE.test(text.slice(Math.max(0, start - before.length + since.index - 50), start - before.length + since.index));
}
/** Verbs that make a day one of a kind, right before it: "declared Thursday", "named Friday". */
const DECLARED_WORDS: ReadonlySet<string> = new Set(['declared', 'declares', 'declare', 'named', 'names', 'designated', 'designates', 'proclaimed', 'proclaims']);
/** What the day is made: " a national day of mourning", " as a public holiday", " a holiday" (not " the wettest day on record"). */
const DECLARED_AS_AFTER = /^,?\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:day|holiday)\b/i;
/**
 * Who or what an incident befell, a few words after "of" with no verb among them: " of a prison official", " of two
 * aid workers", " of a 19-year-old man" ("the killing of a prison official on Tuesday").
 */
const INCIDENT_OF = "\\s+of(?:\\s+(?!(?:is|are|was|were|will|would|has|have|had|be|been|who|which|that|and|said|says)\\b)[\\w'’.-]+){1,4}?";
const INCIDENT_NOUNS = [
  'shootings?', 'stabbings?', 'killings?', 'murders?', 'bombings?', 'blasts?', 'explosions?', 'crash', 'collision', 'derailment', 'collapse',
  'accident', 'fire', 'blaze', 'earthquake', 'quake', 'attacks?', 'ambush', 'massacre', 'assassination', 'kidnapping', 'abduction', 'robbery',
  'heist', 'rampage', 'deaths?', 'disappearance', 'outbreaks?', 'infections?', 'overdoses?', 'poisonings?', 'stroke',
];
const INCIDENT_NOUN = `(?:${INCIDENT_NOUNS.join('|')}|heart\\s+attack)`;
/** The last words of the incidents INCIDENT_BEFORE names. */
const INCIDENT_WORDS: ReadonlySet<string> = new Set(INCIDENT_NOUNS.flatMap((w) => (w.endsWith('s?') ? [w.slice(0, -2), w.slice(0, -1)] : [w])));
/** The word of ASCII letters that ends right before `at`, past any spaces, and where it starts. */
function letterWordBefore(text: string, at: number): { word: string; start: number } {
  let end = at;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 20 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return { word: text.slice(start, end).toLowerCase(), start };
}
/**
 * Could INCIDENT_BEFORE hold at `start`? Its words are read back from the time (a preposition, "early" or "late", then
 * the incident), which is cheaper than trying the pattern at every time.
 */
function mayFollowIncident(text: string, start: number): boolean {
  let last = letterWordBefore(text, start);
  if (last.word === 'on' || last.word === 'in' || last.word === 'at') last = letterWordBefore(text, last.start);
  if (last.word === 'early' || last.word === 'late') last = letterWordBefore(text, last.start);
  return INCIDENT_WORDS.has(last.word);
}
/**
 * The incident named right before a time: "the shooting on", "the deadly crash early", "that blast at", "the man's
 * death on", "her disappearance in", "the killing of a prison official on", and in health news "the outbreak in", "the
 * overdose on", "the stroke in". A sticky lookbehind, tried once at the timex's start (anchored at the end of a slice, a
 * pattern is tried at every position).
 */
const INCIDENT_BEFORE = new RegExp(
  `(?<=\\b(?:(?:the|that|this)\\s+(?:[\\w'’-]+\\s+){0,2}${INCIDENT_NOUN}|(?:his|her|their)\\s+(?:deaths?|disappearance))\\s+(?:(?:early|late)\\s+)?(?:(?:on|in|at)\\s+)?)`,
  'iy',
);
/** The same with whom the incident befell after it, tried only when an "of" stands near before the time. */
const INCIDENT_OF_BEFORE = new RegExp(
  `(?<=\\b(?:the|that|this)\\s+(?:[\\w'’-]+\\s+){0,2}${INCIDENT_NOUN}${INCIDENT_OF}\\s+(?:(?:early|late)\\s+)?(?:(?:on|in|at)\\s+)?)`,
  'iy',
);

/**
 * A result with its score, right before a time: "a 13-13 draw with France at the", "their 2-0 win on"; not one still
 * needed or hoped for ("need a 2-0 win on Saturday").
 */
const SCORED_RESULT_BEFORE = /\b\d{1,3}-\d{1,3}\s+(?:(?:home|away|league|cup)\s+)?(?:draw|win|victory|defeat|loss|rout|thrashing)\b[^.;!?\d]{0,40}$/i;
const RESULT_WANTED_BEFORE = /\b(?:need|needs|needed|require|requires|want|wants|hope|hopes|for)\s+(?:an?|the|their|its|his|her)\s+$/i;
/**
 * A side beaten, a game won, drawn or lost by a score, right before a time: "after beating France 2-1 in Paris on",
 * "who beat the 49ers 40-34 on", "drew 1-1 with Wales on". Not "beat" still to be done ("must beat Spain 2-0 on", "can
 * clinch it by beating them 3-0 on", "if they beat City 2-1 on").
 */
const SCORED_DEED_BEFORE = /\b(?:beat|beating|won|winning|drew|drawing|lost|losing|defeated|defeating|routed|thrashed|edged|downed|upset)\s+(?:[\w.'’-]+\s+){0,4}?\d{1,3}-\d{1,3}\b[^.;!?\d]{0,40}$/i;
const DEED_WANTED_BEFORE = /\b(?:(?:to|must|need|needs|can|could|would|will|should|might|by)\s+|(?:if|unless)\s+(?:[\w'’-]+\s+){1,3})$/i;
const scoredResultBefore = (before: string): boolean => {
  const m = SCORED_RESULT_BEFORE.exec(before);
  if (m !== null) return !RESULT_WANTED_BEFORE.test(before.slice(0, m.index));
  const deed = SCORED_DEED_BEFORE.exec(before);
  return deed !== null && !DEED_WANTED_BEFORE.test(before.slice(0, deed.index));
};

/**
 * A closing price right before its day, maybe with the price: "a premium of 28 percent to the closing price on",
 * "its closing price of $3.10 on", "the stock's closing level Wednesday". A price a market closed at has been set.
 */
const CLOSING_PRICE_BEFORE = /\bclosing\s+(?:share\s+|stock\s+)?(?:price|level|value|quote)s?\s+(?:of\s+[$€£¥]?\s?\d[\d.,]*\s+(?:[a-z]+\s+)?)?(?:on\s+)?$/i;

/** "after" and a deed right before a weekday or date: "after surgery on", "after a fall late on". */
const STATE_AFTER_DEED = /\bafter\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:(?:early|late)\s+)?on\s+$/i;

/**
 * "racing against a Monday deadline", "scrambling to meet a Tuesday deadline", "to beat Friday's deadline", "negotiators
 * face a Friday deadline": a deadline
 * raced against or still to be met lies ahead, whatever the tense of the racing; not one failed to be met.
 */
const DEADLINE_TO_MEET_BEFORE = /\b(?:rac(?:e|es|ing)\s+against|(?<!\b(?:failed|fails|failing)\s+)(?:to|and)\s+(?:meet|beat)|fac(?:e|es|ing))\s+(?:(?:an?|the|its|their)\s+)?$/i;
/** "deadline" right after the day, maybe after a word or two ("Friday's midnight deadline"); sticky: tried once, at the day's end. */
const DEADLINE_AFTER = /(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?deadline\b/iy;
/** A day told earlier in the sentence, from which the deadline may have been ahead ("On Sunday, officials raced to meet"). */
const DAY_IN_CLAUSE_BEFORE = /\b(?:[A-Z][a-z]+day|today|yesterday)\b[^.!?]*$/;
export const deadlineAfter = (text: string, end: number): boolean => matchesAt(DEADLINE_AFTER, text, end);
/** A deadline raced against or still to be met: "faces a Dec. 31 deadline", "to meet Friday's deadline". */
export const deadlineStillToMeet = (text: string, start: number, end: number): boolean =>
  deadlineAfter(text, end) && DEADLINE_TO_MEET_BEFORE.test(text.slice(Math.max(0, start - 30), start));
const deadlineToMeet = (text: string, start: number, end: number, before: string): boolean =>
  deadlineStillToMeet(text, start, end) && !DAY_IN_CLAUSE_BEFORE.test(before);

/** "a week from", "two weeks from": a count of weeks before a day of the week it counts from. */
const WEEKS_FROM = new RegExp(`\\b(?:${COUNT_RE})\\s+(?:weeks?|fortnights?)\\s+from\\s+$`, 'i');
const WEEKDAY_START = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/**
 * "between now and", "from now until", "from now to": a span from the present to the date after it, or to a thing
 * on that date ("between now and the election in November").
 */
const FROM_NOW_TO = /\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:the\s+)?(?:[\w-]+\s+(?:in|on)\s+)?$/i;
/**
 * The tense a cue right before the timex settles, whatever the verbs of its clause say, or undefined: a thing put off
 * or fixed for a time, a deadline, a warning in force until a time are to come; a time "since" or of an incident has
 * been. `before`: the 70 characters before the timex.
 */
export function tenseOfCueBefore(text: string, start: number, end: number, before: string): Tense | undefined {
  // "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday": put off to a time still to come;
  // not what went on "through the night" ("talks were extended through the night").
  const word = wordBefore(text, start);
  if (RAN_THROUGH_WORDS.has(word) && before.includes('been') && RAN_THROUGH_BEFORE.test(before)) return 'past';
  if (RELEASE_WORDS.has(word) && before.includes('for ') && FOR_RELEASE_IN.test(before) && !NOT_READIED_BEFORE.test(before)) return 'future';
  if (PUT_OFF_VERB.test(before) && PUT_OFF_UNTIL.test(before) && !(word === 'through' && THE_NIGHT.test(text.slice(start, end)))) return 'future';
  if (UNTIL_WORDS.has(word) && PUT_OFF_LONG_UNTIL.test(text.slice(Math.max(0, start - PUT_OFF_REACH), start))) return 'future';
  if (before.includes('suspended') && SUSPENDED_UNTIL.test(before)) return 'future';
  if ((before.includes('if ') || before.includes('unless ')) && CONDITION_ON_DEED_BEFORE.test(before) && !UNMET_BEFORE.test(before)) return 'future';
  if ((before.includes('was ') || before.includes('were ')) && hasUndoingWord(text.slice(end, end + 64)) && PLANNED_BEFORE.test(before) &&
    UNDONE_AFTER.test(text.slice(end, end + 64))) return 'unknown';
  if (before.includes(', ') && PLAN_ASIDE_BEFORE.test(before) && MONTH_START.test(text.slice(start, end)) && ASIDE_OVERTAKEN_AFTER.test(text.slice(end, end + 64))) return 'unknown';
  // A month put off or moved from, or moved to with it ("moved the final from June 9 to June 2"), is the nearest.
  if ((putOffFrom(text, start) || (word === 'to' && movedFromBefore(text, start))) && MONTH_START.test(text.slice(start, end))) return 'unknown';
  // "the launch slipped to the spring", "the vote was moved to Saturday", "pushing a decision into the third quarter":
  // put off too (looked for right before only, as "s" starts many words).
  if ((before.includes('sli') && SLIPPED_TO.test(text.slice(Math.max(0, start - 40), start))) ||
    (word === 'into' && PUSHED_INTO.test(text.slice(Math.max(0, start - 64), start)) && monthOrPartOfYear(text.slice(start, end))) ||
    (word === 'to' && MOVED_TO.test(text.slice(Math.max(0, start - 24), start))) ||
    (word === 'on' && before.includes(' to ') && MOVED_TO_CLOCK_ON.test(text.slice(Math.max(0, start - 50), start)))) return 'future';
  // A thing fixed, announced or called for a day (a day only: "set a sales record for January" fixes nothing for the
  // month).
  if (ANNOUNCED_WORDS.has(word) && /\d|[a-z]day\b/i.test(text.slice(start, end))) {
    const fixing = text.slice(Math.max(0, start - 80), start);
    if ((word === 'for' && !POSSESSIVE_AFTER.test(text.slice(end, end + 2)) && (FIXED_FOR.test(fixing) || CALLED_OFF_FOR.test(fixing))) || (fixing.includes('ha') && ANNOUNCED_FOR.test(fixing))) return 'future';
    if (fixing.includes('call') && CALLED_FOR_ACTION.test(text.slice(Math.max(0, start - CALL_REACH), start))) return 'future';
  }
  // "predicted a second wave in the autumn": what was predicted.
  if ((word === 'in' || word === 'by' || word === 'during') && includesAny(before, PREDICTION_STEMS)) {
    const predicted = PREDICTED_IN.exec(before);
    if (predicted && !FIGURE_WORD.test(predicted[0])) return 'future';
  }
  // Not a figure: "said it expected sales of $2 billion on Friday" tells the day of the figure's report.
  if (word === 'on' && before.includes('xpect')) {
    const told = TOLD_EXPECTED_ON.exec(before);
    if (told && !FIGURE_WORD.test(told[0].slice(told[0].search(/expect/i)))) return 'future';
  }
  if (word === 'for' && ALERT_FOR.test(text.slice(Math.max(0, start - 24), start))) return 'future';
  if (before.includes('declar') && DECLARED_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && HOLIDAY_AFTER.test(text.slice(end, end + 40))) return 'future';
  if (VOTE_WORDS.has(word) && includesAny(before, VOTE_STEMS) && VOTE_PROMISED.test(before)) return 'future';
  if (word === 'for' && BOOKINGS_FOR.test(text.slice(Math.max(0, start - 24), start))) return 'unknown';
  // "The next election is Nov. 5", "the deadline is on Friday": a date said to be what something is lies ahead.
  if (COPULA_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'future';
  // "a judge set a June 18 execution date": a date set lies ahead (only the date right after "set", not the clause's).
  if (before.includes('set') && SET_A_BEFORE.test(before)) return 'future';
  if (word === 'of' && before.includes('date of') && TARGET_DATE_OF_BEFORE.test(before) && !MISSED_BEFORE.test(before)) return 'future';
  // "The judge set Sept. 23 as the date for a hearing": a date set as one, right after "set", lies ahead too; not one
  // that "had" been set, which may have run out ("had ruled that Elian must be returned and set Friday as the deadline").
  if (word === 'set' && SET_AS_AFTER.test(text.slice(end, end + 40)) && !BEEN_SET_BEFORE.test(before) && !HAD_IN_SENTENCE.test(text.slice(Math.max(0, start - 200), start))) return 'future';
  // "killed 20 people ahead of provincial elections on Saturday": what a deed came ahead of is still to come.
  if (before.includes('ahead of ') && AHEAD_OF_BEFORE.test(before)) return 'future';
  // "was ordered held pending a detention hearing Tuesday", "free on bail while awaiting a hearing on Monday": what a
  // thing waits on is still to come.
  if ((before.includes('pending ') || before.includes('awaiting ')) && PENDING_BEFORE.test(before)) return 'future';
  if ((before.includes('bail') || before.includes('remanded')) && before.includes('til') && custodyUntil(text, start)) return 'future';
  // "leads the polls ahead of the Nov. 17 election", "in the run-up to the May 11 vote", "the front-runner for the
  // Nov. 17 election": the date of what is ahead.
  if ((before.includes('ahead') || before.includes('up to') || before.includes('unner') || before.includes('to win')) &&
    AHEAD_OF_THE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return 'future';
  if (deadlineToMeet(text, start, end, before)) return 'future';
  if ((word === 'by' || word === 'before' || word === 'the') && includesAny(before, HOPE_STEMS) && HOPED_BY.test(before)) return 'future';
  if ((word === 'by' || word === 'before' || word === 'the') && includesAny(before, PROMISED_STEMS) && PROMISED_BY.test(before) &&
    !PROMISE_BROKEN_AFTER.test(text.slice(end, end + 64))) return 'future';
  // "released the report ahead of World No Tobacco Day", "shares rose ahead of Thanksgiving": the time itself is ahead.
  if (before.endsWith(' of ') && AHEAD_OF_TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'future';
  if (word === 'by' && before.includes(' to ') && TOLD_DUTY_BY.test(text.slice(Math.max(0, start - 160), start))) return 'future';
  if ((word === 'from' || word === 'on') && before.includes(' from ') && RESOLVED_FROM.test(before)) return 'future';
  if ((UNTIL_WORDS.has(word) || word === 'least') && before.includes(' to ') && RESOLVED_UNTIL.test(before)) return 'future';
  if (word === 'by' && BY_OPENING.test(text.slice(Math.max(0, start - 8), start)) && EXPECTED_AFTER.test(text.slice(end, end + 90))) return 'future';
  if (UNTIL_WORDS.has(word)) {
    const held = text.slice(Math.max(0, start - 60), start);
    if ((HELD_UNTIL.test(held) && !(word === 'through' && tallyThrough(text, start))) || DEADLINE_GIVEN.test(held) || DONE_UNTIL.test(held)) return 'future';
    // (A day of the week only may be the one play resumed on, told after: "Play was suspended until Sunday morning".)
    if (CALLED_OFF_UNTIL.test(held) && !WEEKDAY_START.test(text.slice(start, end))) return 'future';
  }
  if (includesAny(before, UNTIL_STRINGS) && ALERT_UNTIL.test(before) && !LASTED_UNTIL.test(before)) return 'future';
  if (WARNED_OF_LAST_WORDS.has(word)) {
    const warned = text.slice(Math.max(0, start - WARNED_REACH), start);
    if (warned.includes('warn') && (WARNED_OF_BY.test(warned) || WARNS_OF_ON.test(warned))) return 'future';
  }
  // "The union's conference, held over Easter, will debate the plans": a participle set off by commas tells of its noun
  // at the time of the clause's verb, ahead when that looks ahead.
  if (HELD_WORDS.has(word) && before.includes('held') && HELD_ASIDE_BEFORE.test(before) && MAIN_VERB_AHEAD_AFTER.test(text.slice(end, end + 48))) return 'future';
  // "declared Thursday a national day of mourning", "named Friday a public holiday": a day declared one is to come.
  if (DECLARED_WORDS.has(word) && DECLARED_AS_AFTER.test(text.slice(end, end + 40))) return 'future';
  // "The vote was moved to a week from Friday": a day counted on from, in weeks, is the coming one.
  if (word === 'from' && WEEKS_FROM.test(text.slice(Math.max(0, start - 30), start)) && WEEKDAY_START.test(text.slice(start, end))) return 'future';
  // "will strip $46 billion between now and Sept. 30", "from now until June": a span from now ends ahead.
  if ((word === 'and' || UNTIL_WORDS.has(word) || word === 'to' || word === 'in' || word === 'on') && before.includes('now') &&
    FROM_NOW_TO.test(text.slice(Math.max(0, start - 50), start))) return 'future';
  // "on patrol since March", "tightened since the March 3 vote": whatever the verbs around, "since" counts from a
  // time gone by.
  if ((before.includes('ince') || before.includes('INCE')) && SINCE_THE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return 'past';
  // "the first flooding since Superstorm Sandy in late October", "the biggest storm since the blizzard in February": so
  // is the time of the thing "since" counts from.
  if ((word === 'in' || word === 'of' || word === 'on') && recordSinceThing(text, start)) return 'past';
  if (pastWhenClauseAfter(text, start, end) || pastClauseOfNamedThing(text, start, end)) return 'past';
  if (before.includes('ing ') && toldInParticiple(text, start, end, before)) return 'past';
  // "Investigators are studying the shooting on Sunday night": an incident named with its time has happened (no one
  // schedules a crash), whatever the tense of the clause around it.
  if (incidentAt(text, start, end)) return 'past';
  // "will pay $31 a share, a 28 percent premium to the closing price on Thursday": a closing price is one gone by.
  if (before.includes('closing') && CLOSING_PRICE_BEFORE.test(before)) return 'past';
  // "despite a 13-13 draw with France at the weekend", "after beating France 2-1 on Friday": a result told with its
  // score has been played.
  if (before.includes('-') && scoredResultBefore(before)) return 'past';
  return undefined;
}

/**
 * ", warning in January that", ", saying on Monday it", ", telling reporters on Tuesday that": a participle of telling
 * set off by a comma, with what was told after the time, tells when it was told, which has gone by whatever the main
 * clause looks ahead to ("has vowed to fight graft, warning in January that it could destroy the party"). Not after a
 * "will" ("will visit Beijing, saying on arrival").
 */
const TELLING_PARTICIPLE_BEFORE = /,\s+(?:(?:saying|warning|adding|noting|announcing|insisting|arguing|claiming|declaring|stressing|predicting|acknowledging|admitting)\s+|telling\s+(?:[\w.'’-]+\s+){1,2}?)(?:(?:on|in|at|during|early|late)\s+)*$/i;
const TOLD_AFTER = /^(?:\s+that\b|\s*[,:"“]|\s+(?:it|he|she|they|we|there|its|his|her|their)\s)/;
const WILL_BEFORE = /\b(?:will|would|'ll)\b/i;
const toldInParticiple = (text: string, start: number, end: number, before: string): boolean =>
  TELLING_PARTICIPLE_BEFORE.test(before.slice(-TELLING_PARTICIPLE_REACH)) && TOLD_AFTER.test(text.slice(end, end + 8)) && !WILL_BEFORE.test(before);
const TELLING_PARTICIPLE_REACH = 44;

/**
 * ", when 144,000 people were detained", ", when the rule took effect": a clause on what happened at the time, with a
 * past verb of its own, tells of a time gone by ("want arrests to fall from May, when 144,000 people were detained").
 * Not a plan told in it ("when the law was due to take effect"), nor the past of reported speech after "would" ("said
 * the law would take effect in July, when the new fiscal year began").
 */
const PAST_WHEN_CLAUSE_AFTER = /^, when\s+(?:(?!(?:will|would|is|are|be|can|could|may|might|should|must|shall)\b)(?:\d[\d,.]*|[\w.'’$%-]+)\s+){1,5}?(?:(?:was|were)(?!\s+(?:expected|due|scheduled|set|slated|supposed|going|likely|to)\b)|had|took|began|came|rose|fell|[a-z]{3,}ed)\b/;
export const pastWhenClauseAfter = (text: string, start: number, end: number): boolean =>
  text.startsWith(', when ', end) && PAST_WHEN_CLAUSE_AFTER.test(text.slice(end, end + 64)) && !text.slice(Math.max(0, start - 70), start).includes('would');

/**
 * "a March heat wave that shattered thousands of records", "the October storm which flooded the subway": a thing named
 * by its time, then a clause telling what it did, with a past verb of its own right after "that" or "which", is a thing
 * gone by, whatever the tense around it ("2012 will be remembered for a March heat wave that shattered records"); not
 * one still to act ("the June summit that will decide", "a May vote that could topple the government"). Sticky: tried
 * once, at the timex's end.
 */
const PAST_THING_CLAUSE_AFTER = new RegExp(
  `\\s+(?:(?!(?:and|or|but|that|which|is|are|was|were|will|would|to|of|in|on|for)\\b)[a-z][\\w-]*\\s+){1,2}?(?:that|which)\\s+(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})\\b` +
    '(?<!\\b(?:scheduled|planned|expected|proposed|intended|needed))',
  'y',
);
export function pastClauseOfNamedThing(text: string, start: number, end: number): boolean {
  if (!theBeforeOrOpening(text, start)) return false;
  return matchesAt(PAST_THING_CLAUSE_AFTER, text, end);
}

/**
 * The incident a time is put before as its name, right after it: " shooting", " deadly stabbing", " massacre" ("the
 * Tuesday shooting", "the Dec. 14 massacre"); not one that names a thing set for a day ("the Monday murder trial").
 * Sticky: tried once, at the timex's end.
 */
const INCIDENT_NAMED_AFTER =
  /\s+(?:(?:deadly|fatal|double|triple|mass|drive-by|apparent)\s+)?(?:shootings?|stabbings?|killings?|slayings?|murders?|bombings?|blasts?|explosions?|crash|ambush|massacre|assassination|kidnapping|abduction|robbery|heist|rampage|carjacking|attacks?)\b(?!\s+(?:trials?|hearings?|sentencing|anniversary|drills?|exercises?|vigils?|memorials?|inquests?))/iy;
/** "the", "that" or "a" right before the time: "the Tuesday shooting", "a May 5 shooting". */
const THE_BEFORE = /\b(?:the|that|an?)\s+$/i;
/** …or opening it: "the weekend shooting". */
const THE_OPENS = /^(?:the|that)\s/i;

/**
 * Is an incident named right before the time at [start, end) ("the shooting in March") or right after it, as its name
 * ("the Tuesday shooting")?
 */
export function incidentAt(text: string, start: number, end?: number): boolean {
  if (mayFollowIncident(text, start) && matchesAt(INCIDENT_BEFORE, text, start)) return true;
  if (text.slice(Math.max(0, start - 60), start).includes(' of ') && matchesAt(INCIDENT_OF_BEFORE, text, start)) return true;
  if (end === undefined || !theBeforeOrOpening(text, start)) return false;
  return matchesAt(INCIDENT_NAMED_AFTER, text, end);
}
/** "the", "that" or "a" right before the time at `start`, or opening it; a look at two characters first rules most out. */
function theBeforeOrOpening(text: string, start: number): boolean {
  const [before, first] = [text.charCodeAt(start - 2) | 32, text.charCodeAt(start) | 32];
  // The last letter of "the", "that", "a" or "an".
  if ((before === 101 || before === 116 || before === 97 || before === 110) && THE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return true;
  return first === 116 && THE_OPENS.test(text.slice(start, start + 5));
}

/**
 * "The girl remains in critical condition after surgery on Monday": a state told in the present after a deed on a day
 * is its outcome, so the deed is done.
 */
export const stateAfterDeed = (before: string): boolean => before.includes('after') && STATE_AFTER_DEED.test(before);

/** A deadline right before the timex: "until", "by", "no later than", maybe with a clock time first. */
export function deadlineAt(text: string, start: number): boolean {
  return matchesAt(DEADLINE_BEFORE, text, start);
}
