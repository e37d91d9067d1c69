/**
 * A rough tense for the clause around a timex, from auxiliaries and verb forms: enough to decide whether a bare
 * "Friday" or "March" lies before or after the reference day. No POS tagger: the nearest marker wins, measured
 * from the timex's edges, and a tie goes to the past (news mostly reports what happened).
 *
 * Sentence ends are found once per text, and markers once per stretch of text around the timexes (when a timex in it
 * is first asked about), then looked up by binary search, so asking for the tense of every timex stays linear in the
 * text (scanning each sentence again per timex was quadratic on long sentences).
 */
import { isAsciiLetter } from '../chars.ts';
import { wordBefore, type Tense } from '../draft.ts';
import { MONTH_RE, SPOKEN_ZONE_RE, WEEKDAY_RE, ZONE_RE } from '../lexicon.ts';

/** Words that tell a plan or an expectation before "to" and a verb: "plans to", "is set to", "vowed to". */
const INTENT_WORDS = [
  'plans?', 'planned', 'planning', 'intends?', 'intended', 'expects?', 'expected', 'expecting', 'scheduled', 'set',
  'due', 'is', 'are', 'hopes?', 'hoped', 'wants?', 'wanted', 'aims?', 'aimed', 'promised', 'pledged', 'vowed',
  'likely', 'unlikely', 'poised', 'about', 'forecast', 'predicted', 'projected',
];
/**
 * Verbs of a schedule told in the present: "the summit ends Friday", "Woods tees off at 1:45 p.m.", after a plural
 * "the first games tip off on Tuesday night".
 */
const SCHEDULE_VERBS = [
  'begins', 'ends', 'starts', 'opens', 'reopens', 'closes',
  String.raw`wraps\s+up`,
  'concludes', 'airs', 'resumes', 'restarts',
  String.raw`continues(?=\s+(?:[\w'’-]+\s+){0,3}on\s+\w+day\b)`,
  String.raw`returns(?<!\b(?:tax|income|the|its|their|his|her|annual|[a-z]{3,}ing)\s{1,3}returns)`,
  'reconvenes', 'convenes', 'meets', 'expires',
  String.raw`(?:kicks|tees|tips)\s+off`,
  String.raw`(?:kick|tee|tip)\s+off(?<=\b(?:\w+s|they|we)\s{1,3}\w+\s+off)(?<!\b(?:was|has|does|is|this|his|its)\s{1,3}\w+\s+off)`,
  String.raw`takes\s+place`,
  String.raw`gets\s+under\s?way`,
  String.raw`(?:faces|stands)\s+trial`,
  String.raw`goes\s+(?:on\s+sale|on\s+trial|live|before|to\s+(?:a\s+vote|the\s+(?:board|polls|vote|voters)))`,
  String.raw`rolls\s+out`,
  String.raw`hits\s+(?:stores|shelves|theaters|theatres|cinemas|newsstands)`,
  String.raw`enters\s+orbit`,
  'publishes', 'unveils', 'arrives', 'departs', 'sails', 'docks', 'debuts', 'premieres',
  String.raw`(?:lifts|takes)\s+off`,
  String.raw`touches\s+down`,
  String.raw`sets\s+sail`,
  String.raw`(?:lands|leaves)(?<!\b(?:the|its|their|his|her|our|autumn|fallen|[a-z]{3,}ing)\s{1,3}\w+)`,
  String.raw`turns\s+\d{1,3}`,
  String.raw`(?:steps|stands)\s+(?:down|aside)`,
  String.raw`takes\s+(?:over|office)`,
  'retires',
  String.raw`comes\s+out`,
  String.raw`falls(?=\s+on\b)`,
  String.raw`marks\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|years?\s+since)`,
  String.raw`runs(?=\s+(?:from\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))`,
  String.raw`reports\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:results|earnings)`,
];

/**
 * Modal and intention words (for "may" see CASED_FUTURE). A plan in the past perfect ("had been due to expire Friday")
 * was overtaken: its day has gone by, so "had" (past) decides; "to take effect" after it is of that plan, no schedule
 * of its own ("had been scheduled to take effect on Feb. 7"). After a determiner "forecast" is the noun, no intent ("cut
 * their forecast to eight hurricanes from nine in June"). A modal perfect ("may have been responsible", "would
 * have") looks back, and "next to" is a place, so neither points ahead; nor does "could not", nor "could be" reached
 * or heard ("could be reached Wednesday" tells of a try), though "could be held in June" is a thing to come. "Can"
 * looks ahead ("owners can seek a refund until Dec. 31"), but not "can't",
 * nor "can" before a verb of knowing or telling ("can confirm that he died on Monday"). A schedule is told in the
 * present ("the summit ends Friday", "the session wraps up Sunday", "the interview airs Sunday", "Sunday's game is at 1 p.m.", "the series continues in Wellington on Thursday", "Woods tees off at 1:45 p.m.", "the ship sails Saturday", "the flight lands at 6 a.m. Friday", "faces trial in July", "the law takes
 * effect on 1 January", "the film is released on Friday", "tickets go on sale Saturday", "the plan goes to the board on
 * the 12th", a release: "the update rolls out Thursday", "the phone hits stores Friday", "the service goes live Monday", "reports quarterly results on Thursday", "the festival runs 23-28 March", "the album comes out in May", a
 * birthday: "who turns 70 in July", an anniversary: "Friday marks the 25th anniversary of the bombing", a handover: "King, who steps down at the end of June, was outvoted", "Carney takes over on July 1", and the deeds of politics: "the court hears arguments Tuesday", "the committee holds a
 * hearing Wednesday", "Obama signs the bill Friday", "parliament votes on the bailout Tuesday", "faces a confidence vote
 * on Monday", "the law goes into effect Monday", "voters head to the polls Sunday", not after a determiner ("counted the
 * votes on Monday"); "reports" alone and "releases" are left out, as they are nouns as often, and so is "returns" after a word that
 * makes it the noun: "started accepting tax returns on Jan. 30"), a plan by what it is planned for ("the strike, planned for Monday, was
 * called off", "sentencing was set for Aug. 22") or with its object ("protesters planned a march on Saturday", "organizers plan another rally"; one given
 * up, "had planned a rally", looks back), and so is an expectation ("a verdict is expected on Monday", "the
 * vote is set for November", "was likely to take place in May", a forecast: "river levels were forecast to peak on Tuesday", what was predicted with its object ("forecasters predicted temperatures of 33 degrees on Friday"; "Cuba predicted Wednesday", "forecast on Monday that" tell the day of predicting), what a city "braced for" something to do ("braced for the river to peak at 4 a.m. Wednesday"), "the outlook calls for rain from April through June", a company's guidance: "Oracle forecast fourth-quarter earnings of 87 cents a share" (not what analysts "had forecast" for the quarter reported), "lows in the 20s forecast for Saturday night", reported: "said more rain was expected Monday", "before
 * a snowstorm expected Thursday", and what is due before its day: "data due Thursday is expected to show", "figures
 * due out on Friday"; not what "was due"), and so
 * is an obligation ("must complete it by early summer"; "must have" looks back, and "must be returned" is as often a
 * ruling reported, but not with a deadline: "must be held by November 30"), and so is what someone was urged or asked
 * to do ("urged people to stay at home on Thursday"; not
 * what someone had been: "had been ordered back to work Wednesday" tells of a day gone by), what someone is expected to do ("expect the bank to leave rates unchanged when it announces its decision Wednesday",
 * "fires were burning, with crews expecting conditions to ease from Thursday") and
 * what happens once someone is something ("when she is sentenced on Jan. 12", "once a successor is chosen"), and what someone wants ("has said he
 * wants a bill on his desk by the summer"): those verbs point ahead too. One alternative a line, in the order they
 * are tried.
 */
/**
 * The participle of a modal perfect ("would have been", "might have won", "should have known"), which looks back; "have"
 * with an object after a modal is something still to have ("said he would have money to spend in the summer").
 */
const PERFECT_PARTICIPLE = String.raw`(?:been|had|done|gone|got|gotten|made|won|lost|left|paid|kept|found|come|become|held|told|sold|bought|brought|caught|fought|thought|led|met|put|run|hit|cut|set|spent|sent|built|felt|stood|struck|begun|heard|said|seen|let|quit|shut|\w+(?:ed|en|wn))\b`;
const FUTURE = new RegExp(`\\b(?:${[
  'will',
  String.raw`won't`,
  'shall',
  String.raw`'ll`,
  String.raw`going\s+to`,
  `(?:${INTENT_WORDS.join('|')})(?<!\\bhad\\s{1,3}been\\s{1,3}\\w{1,12})(?<!\\b(?:the|their|its|his|her|our|a)\\s{1,3}forecast)\\s+to\\s+\\w+`,
  String.raw`(?:re-?)?scheduled(?<!\bhad\s{1,3}been\s{1,3}(?:re-?)?scheduled)`,
  String.raw`(?:a|an|the)\s+(?:planned|proposed|projected|intended)`,
  String.raw`(?:plans?|planned|planning)(?<!\bhad\s{1,3}planned)\s+(?=(?:an?|another)\s+(?!(?:year|month|week|day|decade)s?\b))`,
  String.raw`(?:is|are)(?:\s+not|n['’]t)?\s+(?:expected|slated|forecast|projected|planned|set\s+(?=for\b))\b`,
  String.raw`(?:is|are)\s+at(?=\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)`,
  String.raw`(?:was|were)\s+(?:expected|forecast|due)\b(?<=\b(?:said|says|warned|added)\b[^.;!?]{1,60})(?!\s+to\s+have\b)`,
  String.raw`(?:when|once|until|unless|after|before)\s+(?:(?:he|she|they|it|we|you|I)\s+(?:is|are)\s+\w+|(?:an?|the|its|their)\s+[\w-]+\s+(?:is|are)\s+(?:\w{2,}(?:ed|en)|held|sworn|made|sent|set|paid|won|done)\b)`,
  String.raw`(?:week|fortnight)(?<=\b(?:a|one)\s{1,3}\w+)\s+on(?=\s+\w+day\b)`,
  String.raw`(?:is|are)\s+(?:likely|possible|probable)\b(?!\s+(?:that|to\s+have)\b)`,
  String.raw`(?:is|are)\s+due\b(?!\s+to\s+(?:the|a|an|its|their|his|her|bad|poor|heavy)\b)`,
  String.raw`due(?<!\b(?:was|were|been|had)\s{1,3}due)(?:\s+(?:out|back))?(?=\s+(?:(?:on|by|in)\s+)?(?:next\b|later\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))`,
  String.raw`(?:takes?|comes?\s+into)(?<!\bto\s{1,3}(?:take|come\s+into))\s+(?:effect|force)`,
  `(?:${SCHEDULE_VERBS.join('|')})`,
  String.raw`(?:(?:hears|holds|hosts|visits|attends|addresses|delivers|signs)(?=\s+(?:an?|the|its|his|her|their|arguments|testimony|talks|elections|hearings?|legislation)\b)|(?:votes|testifies|speaks)(?=\s+(?:on|to|for|against|before|at)\b))(?<!\b(?:the|its|their|his|her|our|your|an?|of|no|[a-z]{3,}ing)\s{1,3}\w+)`,
  String.raw`faces\s+an?\s`,
  String.raw`goes\s+into\s+effect`,
  String.raw`heads?\s+to\s+the\s+polls`,
  String.raw`(?:is|are)\s+(?:released|published|launched|unveiled|staged|screened|broadcast|auctioned|sworn\s+in|inaugurated)`,
  String.raw`(?:planned|slated|pencilled|penciled|earmarked|forecast|predicted)\s+(?:in\s+)?for`,
  String.raw`set(?<!\bhad\s{1,3}been\s{1,3}set)\s+for(?=\s+(?:\d|next|later|early|late|mid|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![a-z])))`,
  String.raw`(?<!\b(?:was|were|had\s+been|than|as)\s{1,3})expected(?=\s+(?:in|on|by|later|next|early|late|around|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`,
  String.raw`(?:has|have|needs?)\s+to\s+\w+`,
  String.raw`must(?!\s+(?:have|be)\b)`,
  String.raw`must\s+be\s+\w+(?=\s+(?:[\w'’]+\s+){0,3}?(?:by|before|within)\s)`,
  'effective',
  String.raw`(?:would|might|should)(?!\s+have\s+${PERFECT_PARTICIPLE})`,
  String.raw`could(?!\s+(?:have|not|never|be\s+(?:reached|contacted|located|seen|heard|felt|found|spotted))\b)`,
  String.raw`can(?![’']t|not)(?!\s+(?:have|not|never|be|only|still|recall|remember|confirm|say|tell)\b)`,
  String.raw`(?:urged|asked|advised|ordered|encouraged|invited|called\s+on|braced\s+for|expects?|expected|expecting)(?<!\bhad\s{1,3}(?:been\s{1,3})?\w{1,12})\s+(?:\w+\s+){0,3}to\s+\w+`,
  String.raw`next(?!\s+to\b)`,
  'upcoming',
  String.raw`wants?`,
  String.raw`to\s+be\s+held`,
  'starting',
  'beginning',
  String.raw`see\s+you`,
  String.raw`(?:expects?|anticipates?|predicts?|forecasts)(?!\s+(?:to\s+have|that)\b)`,
  String.raw`(?:predicted|forecast)(?<!\b(?:had|has|have|was|were|been|be|the|an?|its|their|his|her|our)\s{1,3}\w+)(?=\s+(?!(?:on|in|at|for|by|to|that|this|last|earlier|early|late|the|it|he|she|they|we|and|but|when|what|how|as|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)[a-z])`,
  String.raw`(?:forecast|projected|predicted|sees)(?<!\bhad\s{1,3}\w+)(?=\s+(?:fiscal\s+)?(?:first|second|third|fourth|full)[\s-](?:quarter|half|year)\b)`,
  String.raw`calls\s+for`,
].join('|')})\\b`, 'gi');
/**
 * Future markers whose case matters, in one pass: "may" in lower case ("May" is a month), and a schedule told in the
 * present by a verb with no tense ending to tell it by: a fixture before a name or the team's own game ("Arsenal
 * travel to Munich on Wednesday", "face Chelsea next Saturday", "host the Lakers on Friday", "the team plays its final
 * exhibition game on Saturday", "Murray plays his second-round match on Wednesday") or a plural present ("polls open at 7 a.m. on
 * Sunday", "voters go to the polls on Sunday", "talks resume on Monday", "talks run Monday to Wednesday", "the teams
 * meet again in March") after a plural, a name, a pronoun or a clause on the subject ("The Hoosiers, who reached the
 * semifinals last season, start play on Friday"; "its record close" is a noun), not after "be", "to", a
 * modal, a negation, a determiner or a possessive ("the shop was open", "did not open", "an open day", "in return for",
 * "as of Friday's close"). Capitalised after a capitalised word, it is part of a name ("won the Australian Open in
 * January", "the Hong Kong Open"). So is "Open on" ("finished second at the Texas Open on Sunday"), where shops "open
 * on Sunday"; after a determiner "open" is the noun, a place ("slept in the open on Sunday night").
 */
const CASED_FUTURE =
  /\bmay\b(?!\s+have\b)|\bopen(?<!(?:\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e|[Bb]een|[Ss]tays?|[Ss]tayed|[Rr]emains?|[Rr]emained|[Nn]ot|[Nn]ever|[Dd]id|[Tt]he|[Aa]n?)|n['’]t)\s{1,3}open)\s+on\b|\b(?:(?:travels?|hosts?|meets?|faces?|plays?|flies|heads|departs|visits)\s+(?:(?:to|at|with|against|for)\s+)?(?:(?:the\s+)?[A-Z]|(?:its|their|his|her)\s)|[Gg]o\s+to\s+the\s+polls|[Gg]o\s+on\s+sale|[Tt]ake(?<!\bto\s{1,3}take)\s+effect|[Cc]ome(?<!\bto\s{1,3}come)\s+into\s+force|(?:[Oo]pen|[Cc]lose|[Bb]egin|[Ss]tart|[Rr]esume|[Rr]eopen|[Rr]eturn|[Rr]econvene|[Cc]onvene|[Mm]eet|[Rr]un)\b(?<=(?:(?:\w[sS]|\b[A-Z]\w*|\b(?:they|we|you|people|police|children|men|women))\s{1,3}|\b(?:who|which)\s[^,.;!?]{1,80},\s{1,3})\w+)(?<!\b[A-Z]\w*\s{1,3}[A-Z]\w+)(?<!['’]s\s{1,3}\w+)(?<!(?:n['’]t|\b(?:[Nn]ot|[Nn]ever|[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e|[Bb]een|[Bb]eing|[Ii]n|[Tt]o|[Ww]ill|[Ww]ould|[Cc]ould|[Dd]id|[Rr]emains?|[Rr]emained|[Ss]tays?|[Ss]tayed|[Kk]ept|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our))\s{1,3}\w+))/g;
/** Irregular past forms that are never participles. */
const SIMPLE_PAST = 'died|met(?<!\\bthe\\s{1,3}met)|came|went|took|gave|began|saw|fell|rose|spoke|wrote|ran|grew|threw|drew|flew|knew|chose|froze|drove|stole|sank|became|withdrew|woke|awoke|arose|wore|swore|tore|rode|shook|swam|sang|rang|drank|sprang|shrank|forgave|oversaw|overtook|undertook';
/**
 * Past forms that are also participles ("was held", "to be paid"). "Cut" and "forecast" are nouns as often ("a rate cut
 * in June", "its growth forecast"): they count as the verb only before what it takes ("cut its forecast on Monday",
 * "forecast on Monday that profit would fall").
 */
const PAST_OR_PARTICIPLE = 'told|made|left|held|got|won|lost|sold|bought|paid|led|found|struck|broke|shot|hit|sent|brought|caught|fought|thought|taught|sought|built|spent|kept|felt|stood|born|spread|shut|hurt|quit|burst|fled|slid|dug|hung|sat|stuck|swung|slept|wept|dealt|meant|lent|put|broadcast|' +
  'cut(?=\\s(?:its|their|his|her|the|our)\\s)|forecast(?=\\s(?:on|its|their|his|her|that)\\s)';
/** "-ed" words with "un-" that are adjectives, not verbs: "leave rates unchanged", "an unnamed official". */
const UN_ADJECTIVES = 'changed|expected|precedented|identified|named|specified|confirmed|disclosed|opposed|armed|employed|resolved|decided|related|affected|harmed|scathed|limited|scheduled|finished|solved|manned|answered|announced|authorized|authorised|checked|detected|restricted|regulated|insured|vaccinated';
/** Names that end in "-ed" and tell no deed: "Arsenal host United on Monday", "Ahmed will visit on Monday". */
const ED_NAMES = 'united|mohammed|muhammed|ahmed|alfred';
/** Participles that tell of a past deed even in the present ("is accused of killing a man on Monday"). */
const TOLD_OF = '(?:accused|charged|suspected|alleged|believed|thought|said|reported|understood|feared|known|estimated|expected|convicted|acquitted|sentenced|jailed|wanted|injured|killed|missing)';
/**
 * Past forms; those that are also participles ("will be held", "to be paid"; for "to be 50 percent contained" and what
 * one is "to have" done see notDone), and "last", also a verb ("will last
 * until Friday"), count only without an auxiliary before them (not "may", which the pattern, blind to case, would take
 * for the month: "On 3 May he resigned"; "may be held" is caught by "be", and "may have paid" is past); "last" not
 * before the words the verb takes ("and last into Wednesday") nor in a compound ("their last-16 tie in Spain on
 * Wednesday", "a last-minute deal"), nor after "is" and maybe an adverb ("is usually held in
 * May"). "Followed by" and "preceded by" join two things in order and tell no tense ("the API reports at 4:30 p.m.
 * Tuesday, followed by government figures on Wednesday morning"). The lookbehind comes after the word, so it is tried
 * only where such a word is; bounded, as an unbounded `\s+` there rescans a run of spaces.
 */
const PAST = new RegExp(
  `\\b(?:was|were|had|did|said|ago|earlier|${SIMPLE_PAST}|(?:${PAST_OR_PARTICIPLE}|last(?!-|\\s+(?:into|until|till|through|throughout|for|longer|beyond)\\b)|\\w{3,}ed)\\b(?<!\\bun(?:${UN_ADJECTIVES}))(?<!\\b(?:${ED_NAMES}))(?!\\s{1,3}by\\b(?<=\\b(?:followed|preceded)\\s{1,3}by))(?<!\\b(?:will|would|could|can|might|should|must|to|be|been|being)\\s{1,3}(?:\\w{1,20}\\s{1,3})?\\w+)(?<!\\b(?:on|in|at|of|with|for|from|into|onto|under|the|a|an|its|their|his|her|our|your|these|those)\\s{1,3}\\w+)(?<!\\b(?:is|are|am)\\s{1,3}(?:\\w{2,16}ly\\s{1,3})?(?!${TOLD_OF}\\b)\\w+))\\b`,
  'gi',
);
/**
 * "Now" after a modal is of the verb that looks ahead: "the rules will now apply from Oct. 28". What a thing covers or
 * spans is told in the present, whatever was done to it ("the outlook, released Thursday, covers December through
 * February").
 */
const PRESENT = /\b(?:is|are|am|says|say|remains?|covers|spans|now(?<!\b(?:will|would|shall|could|can|may|might|must|should|['’]ll)\s{1,3}now))\b|['’](?:re|m)(?![\w-])/gi;
/**
 * "Beginning Monday, …", "starting at 6 p.m.": participles that look ahead, unless a deed before them in their clause
 * sets the time ("ordered the evacuation beginning at 6 p.m. Thursday", "the strike began Monday, starting at dawn").
 */
const PARTICIPLE_AHEAD = /^(?:starting|beginning)$/i;
/** Verbs of telling: a past one before "beginning Friday" reports a time to come ("said that beginning Friday …"). */
const TELLING_VERB = /^(?:said|told|announced|added|stated|reported|warned|explained|confirmed|wrote|declared)$/i;
/** "added" tells only before what was said ("added that", "added:"); "added patrols starting in July" is a deed. */
const ADDED_TELLING = /^\s*(?:that\b|[,:"“]|$)/;
const isTelling = (text: string, start: number, end: number): boolean => {
  const word = text.slice(start, end);
  return TELLING_VERB.test(word) && (!/^added$/i.test(word) || ADDED_TELLING.test(text.slice(end, end + 6)));
};

/** Marker spans in text order; within one list they never overlap, so ends are sorted too. */
interface Spans {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const byEndThenStart = (a: readonly [number, number], b: readonly [number, number]): number => a[1] - b[1] || a[0] - b[0];
const byStart = (a: { readonly start: number }, b: { readonly start: number }): number => a.start - b.start;

/** The matches of `res` inside the given stretches of text, sorted by end. */
function spansIn(text: string, ranges: readonly (readonly [number, number])[], ...res: RegExp[]): Spans {
  const found: [number, number][] = [];
  for (const [from, to] of ranges) {
    const part = text.slice(from, to);
    // exec with lastIndex, not matchAll: matchAll copies the regex on every call.
    for (const re of res) {
      re.lastIndex = 0;
      for (let m = re.exec(part); m; m = re.exec(part)) found.push([from + m.index, from + m.index + m[0].length]);
    }
  }
  // Two lists merged (FUTURE and CASED_FUTURE) can interleave; sort by end so the "last before" search stays valid.
  found.sort(byEndThenStart);
  return { starts: found.map((f) => f[0]), ends: found.map((f) => f[1]) };
}

/**
 * Words that end with a dot without ending the sentence: titles, company suffixes, month abbreviations. A single
 * capital before the dot is an initial ("U.S.", "John F. Kennedy") and does not end it either.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'rev', 'prof',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Is the dot at `i` a full stop? Not inside a number ("5.2"), an initialism ("U.S.") or after an abbreviation
 * ("Inc.", "Oct."): a decimal point must not cut "earned $5.2 million in the quarter" off from its verb.
 */
function isFullStop(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (i + 1 < text.length && !isSpace(next) && next !== 34 && next !== 39 && next !== 41) return false;
  let j = i;
  while (j > 0 && j > i - 6 && isAsciiLetter(text.charCodeAt(j - 1))) j--;
  const word = text.slice(j, i);
  if (word.length === 1 && word >= 'A' && word <= 'Z') return false;
  // "7 a.m. on Sunday", "e.g. in May", "9 a.m. (0800 GMT) on Friday": a dotted abbreviation ends the sentence only
  // before a capital.
  if (word.length === 1 && text.charCodeAt(j - 1) === 46) {
    let k = i + 1;
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 40) return false;
    // "at 6 a.m. Easter Sunday", "7 p.m. Christmas Eve", "2 p.m. EDT": the day or zone of the clock time goes on.
    if (word === 'm' && c >= 65 && c <= 90) {
      DAY_AFTER_CLOCK.lastIndex = k;
      if (DAY_AFTER_CLOCK.test(text)) return false;
    }
  }
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** A day, a feast or a time zone, which "a.m."/"p.m." before it does not end a sentence before. */
const DAY_AFTER_CLOCK = new RegExp(`(?:${WEEKDAY_RE}|${MONTH_RE}|Christmas|Easter|Thanksgiving|New\\s+Year|Good\\s+Friday|[ECMP][SD]?T|GMT|UTC|(?:Pacific|Eastern|Central|Mountain)\\s+[Tt]ime)\\b|${SPOKEN_ZONE_RE}`, 'y');

const STOP_CHARS = /[.!?\n]/g;
/** Offsets of the characters that end a sentence (. ! ? and line breaks); the regex engine skips the rest fast. */
function sentenceStops(text: string): number[] {
  const out: number[] = [];
  STOP_CHARS.lastIndex = 0;
  for (let m = STOP_CHARS.exec(text); m; m = STOP_CHARS.exec(text)) {
    if (text.charCodeAt(m.index) !== 46 || isFullStop(text, m.index)) out.push(m.index);
  }
  return out;
}

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

interface Markers {
  readonly future: Spans;
  readonly past: Spans;
  readonly present: Spans;
}

/**
 * Participles that tell of no deed done: what one is "to have" done, with its object between ("expects to have power
 * restored by Sunday"; "believed to have been killed", "to have died" are deeds), and what is "to be" a share done ("to
 * be 50 percent contained by the weekend"). Looked for by hand after the past forms are found: a lookbehind this long
 * in PAST is tried at every one of them.
 */
const TO_HAVE_DONE = /\bto\s+have\s+(?!been\b)[\w-]+\s+(?:[\w-]+\s+){0,2}$/i;
const SHARE_DONE = /\bbe\s+\d{1,3}(?:\s+percent|%)\s+$/i;
/** Is the past form at `start` one of no deed? `toHaveAt`: where the text says "to have". */
const notDone = (text: string, start: number, toHaveAt: readonly number[]): boolean => {
  if (text.startsWith('percent ', start - 8) || text.startsWith('% ', start - 2)) return SHARE_DONE.test(text.slice(Math.max(0, start - 24), start));
  return toHaveAt.some((at) => at < start && at >= start - 60) && TO_HAVE_DONE.test(text.slice(Math.max(0, start - 60), start));
};
function withoutNotDone(text: string, s: Spans, toHaveAt: readonly number[]): Spans {
  const keep = s.starts.map((start) => !notDone(text, start, toHaveAt));
  if (keep.every(Boolean)) return s;
  return { starts: s.starts.filter((_, i) => keep[i]), ends: s.ends.filter((_, i) => keep[i]) };
}

/** The markers in the given stretches; `toHaveAt`: where the text says "to have" (see notDone). */
const markersIn = (text: string, ranges: readonly (readonly [number, number])[], toHaveAt: readonly number[]): Markers =>
  ({ future: spansIn(text, ranges, FUTURE, CASED_FUTURE), past: withoutNotDone(text, spansIn(text, ranges, PAST), toHaveAt), present: spansIn(text, ranges, PRESENT) });

/** The prepositions that put the verb's deed at the time after them ("died on", "fell between January and March"). */
const TIME_PREPOSITION = '(?:on|in|during|between|from|until|till|through)';
/** The first day of a range before its second, which the words before the range govern too ("held on 6-7 January"). */
const RANGE_START = '(?:\\d{1,2}\\s*[-–]\\s*)?';
/**
 * A verb in the past right before the timex, with at most a particle and a preposition between: "stepped down in",
 * "died on", "was held on the". Only a verb this close governs the timex surely.
 */
const PAST_VERB_RIGHT_BEFORE = new RegExp(
  `\\b(?:was|were|\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})(?:\\s+(?:down|up|off|out|back|away|over|in))?\\s+${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`,
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
 * ("will redeem preferred shares on").
 */
const PAST_VERB_OBJECT_BEFORE = new RegExp(
  `\\b(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|(?<=\\bafter\\s{1,3})\\w{3,}ing)\\b(?<!\\b(?:said|told))` +
    `(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|still|[A-Z])\\s+\\w+)` +
    `(?<!\\b(?:will|would|could|can|may|might|should|must|shall|to)\\b[^.,;!?]{0,60})` +
    `(?:\\s+(?!(?:to|payable|due|set|scheduled|planned|expected|slated|will|would|could|can|may|might|must|should|shall|is|are|be|been|and|or|but|that|which|who|from(?!\\s+(?:the\\s+)?[A-Z])|until|till|by|of)\\b)[\\w'’:-]+){1,4}` +
    // "gave Merieux until mid-November": a deadline given, still ahead.
    `\\s+(?!until|till)${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`,
);
/** A participle after "be" ("to be published in") tells nothing of the time. */
const PARTICIPLE_BEFORE = new RegExp(`\\b(?:be|been|being)\\s+\\w+(?:\\s+\\w+)?\\s+${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`, 'i');
/** The preposition both need, looked for first in a few characters: the verb patterns are tried at every position. */
const PREPOSITION_BEFORE = new RegExp(`\\b${TIME_PREPOSITION}\\s+(?:the\\s+)?${RANGE_START}$`, 'i');
/**
 * A past verb with no preposition, as American news writes a day: "The deal closed March 3", "was arrested Nov. 5".
 * Not a plan ("the scheduled March 3 vote") nor a word after a determiner or "be" ("the revised March 3 figures").
 */
const BARE_PAST_VERB_BEFORE = new RegExp(
  `\\b(?:was|were|\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})` +
    '(?<!\\b(?:scheduled|planned|expected|slated|needed|proposed|intended|projected|anticipated|postponed|rescheduled))' +
    '(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|be|been|being|will|would|to)\\s+\\w+)\\s+$',
  'i',
);
/**
 * The same with a short object between, as political news writes it: "took office Jan. 20", "took effect Jan. 1",
 * "took the oath Jan. 20". Not after a verb of saying, whose object is a clause ("said the vote Jan. 5 would be close").
 */
const PAST_VERB_OBJECT_BARE_BEFORE = new RegExp(
  `\\b(?:\\w{3,}ed|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE})` +
    '(?<!\\b(?:said|told|scheduled|planned|expected|slated|needed|proposed|intended|projected|anticipated|postponed|rescheduled))' +
    '(?<!\\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|be|been|being|will|would|to)\\s+\\w+)' +
    '\\s+(?:the\\s+)?(?!(?:to|and|or|but|that|which|who|it|he|she|they|we|is|are|will|would)\\b)[a-z][a-z\'’-]+\\s+$',
);
/** A month and its day right at the start: "March 3", "Nov. 5". */
const MONTH_AND_DAY = new RegExp(`^(?:${MONTH_RE})\\.?\\s+\\d{1,2}\\b`);
export const pastVerbRightBefore = (text: string, start: number): boolean => {
  if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start))) {
    if (!MONTH_AND_DAY.test(text.slice(start, start + 16))) return false;
    const before = text.slice(Math.max(0, start - 40), start);
    return BARE_PAST_VERB_BEFORE.test(before) || PAST_VERB_OBJECT_BARE_BEFORE.test(before);
  }
  const before = text.slice(Math.max(0, start - 70), start);
  return (PAST_VERB_RIGHT_BEFORE.test(before) || PAST_VERB_OBJECT_BEFORE.test(before)) && !PARTICIPLE_BEFORE.test(before);
};

/** "will begin on", "will be held in", "'ll meet on the": a verb in the future right before the date governs it surely. */
const WILL_VERB_RIGHT_BEFORE = /\b(?:will|shall|'ll)\s+(?:be\s+)?\w+(?:\s+(?:up|off|out|back|down|again))?\s+(?:on|in|by)\s+(?:the\s+)?(?:\d{1,2}\s*[-–]\s*)?$/i;
/** …unless reported ("said he will be back on April 2" may have been said a while before the writing). */
const REPORTED_BEFORE = /\b(?:said|told|announced|reported|added|wrote)\b[^.!?]*$/i;
export const willVerbRightBefore = (text: string, start: number): boolean =>
  WILL_VERB_RIGHT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !REPORTED_BEFORE.test(text.slice(Math.max(0, start - 120), start));

/**
 * A date opening its sentence, maybe after "on" or "in" ("On May 1,", "In March,", "February brought"), or a clause
 * joined on (", and on April 9").
 */
const OPENS_WITH = /(?:(?:^|[.!?]\s+|\n)\s*(?:(?:on|in)\s+|(?:at\s+(?:dawn|dusk|daybreak|nightfall|noon|midnight|first\s+light|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)|early|late)\s+on\s+)?|(?:[,;]\s+and\s+|;\s+)(?:on|in)\s+)$/i;
/**
 * The clause's subject, if the date is not itself the subject (a few words, none that looks ahead), and a past verb:
 * ", President George W. Bush declared", ", Brazil's new president was sworn in", " brought".
 */
const SUBJECT_THEN_PAST = new RegExp(
  `^,?\\s+(?:(?:(?!(?:will|would|could|can|may|might|must|shall|should|is|are|to|has|have|plans?|expects?)\\b)[\\w.'’-]+\\s+){0,4}` +
    // A past verb never follows a determiner or an adverb in "-ly": "the revised plan", "the newly elected parliament".
    `(?!(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|\\w+ly)\\s)[\\w.'’-]+\\s+)?` +
    `(\\w{3,}ed|said|${SIMPLE_PAST}|${PAST_OR_PARTICIPLE}|(?:was|were)(?!\\s+(?:expected|due|set|scheduled|planned|going|about|to)\\b))\\b`,
  'i',
);
/** Verbs of saying: what they report may lie ahead, but the saying does not ("On May 1, the firm said it would"). */
const REPORTING = /^(?:said|told|announced|reported|declared|stated|confirmed|revealed)$/i;
/**
 * Verbs that bid someone do a thing: what is bidden lies ahead, the bidding does not ("In January, the court ordered
 * new maps to be drawn").
 */
const BIDDING = /^(?:ordered|asked|urged|advised|encouraged|required|allowed|forced|directed|instructed|authori[sz]ed|invited|persuaded)$/i;
/** A word that looks ahead later in the clause: "the newly elected parliament will meet". */
const AHEAD_LATER = /^[^.;!?]{0,80}?\b(?:will|would|shall|'ll|to\s+be|is\s+(?:due|expected|set|scheduled))\b/i;
/**
 * "On May 1, President George W. Bush declared": a date opening its sentence is the time of the clause's verb, and a
 * past verb there holds it in the past as surely as one right before it (an "-ed" word before a verb that looks ahead
 * is an adjective).
 */
export function pastVerbOfOpeningDate(text: string, start: number, end: number): boolean {
  if (!OPENS_WITH.test(text.slice(Math.max(0, start - 12), start))) return false;
  const m = SUBJECT_THEN_PAST.exec(text.slice(end, end + 80));
  return m !== null && (REPORTING.test(m[1] ?? '') || BIDDING.test(m[1] ?? '') || !AHEAD_LATER.test(text.slice(end + m[0].length, end + m[0].length + 100)));
}

const PUT_OFF = 'postponed|extended|delayed|adjourned|deferred|rescheduled|pushed\\s+back|put\\s+off';
const SLIPPED_TO = /\b(?:slipped|slid)\s+(?:back\s+)?to\s+(?:[\w.]+\s+){0,3}$/i;
/** "was moved to Saturday", "brought forward to Thursday": a date moved to, right after "to" (not "moved to Paris on"). */
const MOVED_TO = /\b(?:moved|shifted|switched|brought\s+forward)\s+to\s+$/i;
/**
 * "voted to set an early presidential election for May 25", "called a snap election for June 8", "set a hearing for
 * March 3": a thing fixed for a day, whatever the tense of fixing, is still to come when the fixing is news.
 */
const FIXED_FOR = /\b(?:set|called|fixed|scheduled|rescheduled|slated)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}for\s+$/i;
/** The verbs of putting off alone: a quick look before the whole pattern, which is tried at every position. */
const PUT_OFF_VERB = new RegExp(PUT_OFF, 'i');
/**
 * A verb of putting off, then "until" or "to" right before the timex (a few words between at most). Not the "to" of a
 * length ("delayed by 15 to 20 minutes on Tuesday", "up to two hours on Friday"): that says how long, not until when;
 * nor one before a count ("extended their winning streak to 24 games on Monday night": the streak grew, nothing was
 * put off to Monday).
 */
const PUT_OFF_UNTIL = new RegExp(
  `\\b(?:${PUT_OFF})\\b[^.;!?]{0,40}\\b(?<!(?:\\d|\\bup)\\s{1,3})(?:until|till|to)\\s+` +
    '(?:(?!(?:seconds|minutes|hours|days|weeks|months|years)\\b)(?!\\d[\\d,.]*\\s+(?![ap]\\.?m\\b|on\\b|at\\b)[a-z]{2})[\\w.:]+\\s+){0,3}$',
  'i',
);

/**
 * "until Monday", "by 5pm on Friday", "until 06:00 on Monday", "until 18:00 GMT on Tuesday", "by close of business
 * Friday", "by EOD Thursday", "no later than March 1": a deadline, maybe with its hour (and zone) first.
 */
const DEADLINE_BEFORE = new RegExp(
  `(?<=\\b(?:until|till|by|(?:no|not)\\s+later\\s+than)\\s+(?:(?:\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+${ZONE_RE})?|` +
    '(?:the\\s+)?(?:end|close)\\s+of\\s+(?:the\\s+)?(?:business|play|day)|EOD|COB|EOP)\\s+(?:on\\s+)?)?)',
  'iy',
);
/**
 * "keeps the government funded through Dec. 20", "funds the government through September", "suspends the debt limit
 * until Feb. 7", "the show runs until Sunday", "is valid until March": a span that a
 * verb in the present holds until the time ends ahead, whatever past word comes before ("The measure, approved 77-19,
 * keeps …").
 */
const HELD_UNTIL = /\b(?:keeps?|runs?|lasts?|remains?|continues?|extends?|stays?|funds|covers|suspends|freezes|halts|bans|bars|blocks|pauses|is|are)\s+(?:[\w'’-]+\s+){0,4}(?:through|until|till)\s+$/i;
const UNTIL_WORDS: ReadonlySet<string> = new Set(['through', 'until', 'till']);
/**
 * "issued a heat advisory through 8 p.m. on Friday", "a curfew until Monday", "a 30 percent chance of storms through
 * Saturday": a warning, a ban or a chance told with the time it runs to runs into the time to come, whatever verb put
 * it in place. The clock before the day, if any, is skipped.
 */
const ALERT_UNTIL =
  /\b(?:warnings?|watch(?:es)?|advisory|advisories|alerts?|curfews?|bans?|chances?)\b[^.;!?]{0,50}\b(?:until|till|through)\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:[A-Z]{3}\s+)?(?:on\s+)?)?$/i;
const UNTIL_STRINGS = ['until ', 'till ', 'through '];
const includesAny = (text: string, words: readonly string[]): boolean => {
  for (const w of words) if (text.includes(w)) return true;
  return false;
};
/**
 * "warned of up to a foot of snow by", "warned of flooding in low-lying areas until": what is warned of by a time, or
 * until it, is to come.
 */
const WARNED_OF_BY = /\bwarn(?:s|ed|ing)?\s+of\b[^.;!?]{1,60}\b(?:by|until|till|through)\s+$/i;
/**
 * "It gave Mursi until Tuesday to respond", "Cyprus has until Monday": a deadline given or held is still ahead when it
 * is news, whatever the tense of giving (not one that "had" been given, which may have run out).
 */
const DEADLINE_GIVEN = /\b(?:(?:gave|given|gives?|giving)(?<!\bhad\s{1,3}(?:been\s{1,3})?\w+)\s+(?:[\w'’-]+\s+){0,4}|(?:has|have)\s+)(?:until|till)\s+$/i;
const COPULA_BEFORE = new RegExp(`\\b(?:is|are)\\s+(?:(?:on|in)\\s+)?${RANGE_START}$`, 'i');
/**
 * "set a" right before a date, or a date set "of" a day: "set a June 18 execution date", "set an April 30 deadline",
 * "set a tentative trial date of Sept. 9" (one set "for" a day is FIXED_FOR's).
 */
/** "ahead of" and what it names, a few words with no verb's tense ending, then the date's preposition: "ahead of the vote on". */
const AHEAD_OF_BEFORE = /\bahead\s+of\s+(?:(?!(?:was|were|had|has|is|are|will)\b)[\w'’-]+\s+){1,4}(?:on|in|next|this)\s+$/i;
const SET_A_BEFORE = /\bset\s+(?:an?|(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:date|deadline)\s+of)\s+$/i;

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
 * no fixture).
 */
const FIXTURE_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}?(?:game|match|race|final|semifinal|semi-final|fixture|clash|derby|tie|bout|fight|opener|showdown|grand\s+prix)\b/i;
/** Is the possessive day's event the time of the clause's deed (see DURING_WORDS)? */
function eventOfClause(text: string, start: number, end: number, futureLeft: number): boolean {
  const word = wordBefore(text, start);
  if (word === 'of') return OUTCOME_OF_BEFORE.test(text.slice(Math.max(0, start - 16), start));
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

/** How near a word that looks ahead must be to make a possessive day one to come ("starting with Friday's"). */
const POSSESSIVE_REACH = 12;
/** …or after it, the possessive naming the subject of a verb to come ("Sunday's vote will decide"). */
const POSSESSIVE_SUBJECT_REACH = 24;

/** How far from the timex a marker may be: a verb further away than this hardly governs it. Bounds the work too. */
const REACH = 150;

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

/** The tense around the timex at [start, end). */
function tenseAt(reading: TenseReading, start: number, end: number): Tense {
  const { text, headlineEnd } = reading;
  // "postponed until Tuesday morning", "extended its deadline until 9 a.m. Tuesday": put off to a time still to come.
  const before = text.slice(Math.max(0, start - 70), start);
  if (PUT_OFF_VERB.test(before) && PUT_OFF_UNTIL.test(before)) return 'future';
  // "the launch slipped to the spring", "the vote was moved to Saturday": put off too (looked for right before only,
  // as "s" starts many words).
  const word = wordBefore(text, start);
  if ((before.includes('sli') && SLIPPED_TO.test(text.slice(Math.max(0, start - 40), start))) || (word === 'to' && MOVED_TO.test(text.slice(Math.max(0, start - 24), start)))) return 'future';
  // A day only: "set a sales record for January" fixes nothing for the month.
  if (word === 'for' && /\d|[a-z]day\b/i.test(text.slice(start, end)) && FIXED_FOR.test(text.slice(Math.max(0, start - 60), start))) return 'future';
  // "The next election is Nov. 5", "the deadline is on Friday": a date said to be what something is lies ahead.
  if (COPULA_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'future';
  // "a judge set a June 18 execution date": a date set lies ahead (only the date right after "set", not the clause's).
  if (before.includes('set ') && SET_A_BEFORE.test(before)) return 'future';
  // "killed 20 people ahead of provincial elections on Saturday": what a deed came ahead of is still to come.
  if (before.includes('ahead of ') && AHEAD_OF_BEFORE.test(before)) return 'future';
  if (UNTIL_WORDS.has(word)) {
    const held = text.slice(Math.max(0, start - 60), start);
    if (HELD_UNTIL.test(held) || DEADLINE_GIVEN.test(held)) return 'future';
  }
  if (includesAny(before, UNTIL_STRINGS) && ALERT_UNTIL.test(before)) return 'future';
  if (before.includes('warn') && WARNED_OF_BY.test(before)) return 'future';
  // "on patrol since March", "tightened since the March 3 vote": whatever the verbs around, "since" counts from a
  // time gone by.
  if ((before.includes('ince') || before.includes('INCE')) && SINCE_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return 'past';
  // "Investigators are studying the shooting on Sunday night": an incident named with its time has happened (no one
  // schedules a crash), whatever the tense of the clause around it.
  INCIDENT_BEFORE.lastIndex = start;
  if (INCIDENT_BEFORE.test(text)) return 'past';
  // "despite a 13-13 draw with France at the weekend": a result told with its score has been played.
  if (before.includes('-') && scoredResultBefore(before)) return 'past';
  const [s, e] = clauseOf(text, reading.stops, start, end);
  const { future, past, present } = markersAt(reading, start, s, e);
  // The verb governing an adverbial usually comes before it ("said Friday", "will meet in May"), so look left first.
  const ahead = lastBefore(future, s, start);
  let futureLeft = ahead < 0 ? Infinity : start - (future.ends[ahead] ?? 0);
  const aheadStart = future.starts[ahead] ?? 0;
  if (ahead >= 0 && PARTICIPLE_AHEAD.test(text.slice(aheadStart, future.ends[ahead]))) {
    const deed = lastBefore(past, s, aheadStart);
    // Then the future marker before the participle is the nearest one.
    if (deed >= 0 && !isTelling(text, past.starts[deed] ?? 0, past.ends[deed] ?? 0)) {
      futureLeft = distanceLeft(future, s, aheadStart) + (start - aheadStart);
    }
  }
  // "Wednesday's ruling": a possessive names an event that has happened, unless a word right before looks ahead
  // ("starting with Wednesday's match", "ahead of Friday's vote").
  // "This Friday's match" is this week's, as the tense says; "Sunday's vote will decide" is a vote to come. After
  // "during" or "at" the day's event is when the clause's deed is, so the clause's tense tells it ("will bring
  // flooding during Thursday's high tides", "voted at Monday's meeting"), and after "in" near a word that looks ahead.
  if (/^['’]s\b/.test(text.slice(end, end + 3)) && !/^this\s/i.test(text.slice(start, start + 5)) && !eventOfClause(text, start, end, futureLeft)) {
    const ahead = futureLeft <= POSSESSIVE_REACH || (distanceRight(future, end, e) <= POSSESSIVE_SUBJECT_REACH && !objectOfDeed(text, past, s, start));
    return ahead || /\bahead\s+of\s+$/i.test(text.slice(Math.max(0, start - 12), start)) ? 'future' : 'past';
  }
  const left = decide(futureLeft, distanceLeft(past, s, start), distanceLeft(present, s, start));
  // "The girl remains in critical condition after surgery on Monday": a state told in the present after a deed on a
  // day is its outcome, so the deed is done.
  if (left === 'present' && before.includes('after') && STATE_AFTER_DEED.test(before)) return 'past';
  if (left !== 'unknown') return left;
  // "The court on Monday ordered him to be released": a bidding after the timex is its deed, done in the past.
  const futureRight = distanceRight(future, end, e);
  const bidding = futureRight !== Infinity && BIDDING.test(/^[a-z]+/i.exec(text.slice(end + futureRight, end + futureRight + 14))?.[0] ?? '');
  // "…over the Easter bank holiday, Network Rail has said.": the telling that closes a sentence is not the tense of
  // what it tells.
  const pastRight = distanceRight(past, end, e);
  const told = pastRight !== Infinity && closingAttribution(text, end + pastRight);
  const right = decide(bidding ? Infinity : futureRight, told ? Infinity : pastRight, distanceRight(present, end, e));
  if (right !== 'unknown') return right;
  // "has given them until 9 a.m. Tuesday to sign": with no verb to say otherwise, a deadline lies ahead; so does what
  // a headline says something is "to" do ("Heatwave to peak on Sunday").
  DEADLINE_BEFORE.lastIndex = start;
  const deadline = DEADLINE_BEFORE.test(text);
  return deadline || (start < headlineEnd && HEADLINE_TO.test(text.slice(0, start))) ? 'future' : right;
}

/** A comma and a few words (the teller) before a verb of telling: ", Network Rail has said", ", a spokesman said". */
const TELLER_BEFORE = /,\s+(?:[\w'’.-]+\s+){0,5}(?:has\s+|have\s+)?$/;
/** The verb of telling and a few words more closing the sentence: "said.", "said in a statement.", "told the BBC." */
const TELLING_CLOSES = /^(?:said|told|announced|confirmed|added|warned|reported)\b(?:\s+[\w'’.-]+){0,4}\s*[.!?"”]/;
/** Is the word at `at` the telling of an attribution that closes its sentence? */
const closingAttribution = (text: string, at: number): boolean =>
  TELLING_CLOSES.test(text.slice(at, at + 50)) && TELLER_BEFORE.test(text.slice(Math.max(0, at - 60), at));

/**
 * The incident named right before a time: "the shooting on", "the deadly crash early", "that blast at". A sticky
 * lookbehind, tried once at the timex's start (anchored at the end of a slice, a pattern is tried at every position).
 */
const INCIDENT_BEFORE = new RegExp(
  '(?<=\\b(?:the|that|this)\\s+(?:[\\w-]+\\s+){0,2}(?:shootings?|stabbings?|killings?|murders?|bombings?|blasts?|explosions?|crash|' +
    'collision|derailment|collapse|accident|fire|blaze|earthquake|quake|attacks?|ambush|massacre|assassination|kidnapping|' +
    'abduction|robbery|heist|rampage)\\s+(?:(?:early|late)\\s+)?(?:(?:on|in|at)\\s+)?)',
  'iy',
);

/**
 * A result with its score, right before a time: "a 13-13 draw with France at the", "their 2-0 win on"; not one still
 * needed or hoped for ("need a 2-0 win on Saturday").
 */
const SCORED_RESULT_BEFORE = /\b\d{1,3}-\d{1,3}\s+(?:(?:home|away|league|cup)\s+)?(?:draw|win|victory|defeat|loss|rout|thrashing)\b[^.;!?\d]{0,40}$/i;
const RESULT_WANTED_BEFORE = /\b(?:need|needs|needed|require|requires|want|wants|hope|hopes|for)\s+(?:an?|the|their|its|his|her)\s+$/i;
const scoredResultBefore = (before: string): boolean => {
  const m = SCORED_RESULT_BEFORE.exec(before);
  return m !== null && !RESULT_WANTED_BEFORE.test(before.slice(0, m.index));
};

/** "after" and a deed right before a weekday or date: "after surgery on", "after a fall late on". */
const STATE_AFTER_DEED = /\bafter\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:(?:early|late)\s+)?on\s+$/i;

/** "since", maybe "the" and a part, right before a timex. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;

/** A headline's "to" before a verb: what is to happen. */
const HEADLINE_TO = /\bto\s+(?!be\b)[a-z]{2,}\b/;

/** The end of the text's first line when it reads as a headline (short, no full stop at its end), else 0. */
export function headlineEndOf(text: string): number {
  const end = text.indexOf('\n');
  const line = text.slice(0, end < 0 ? 0 : end).trimEnd();
  return line.length > 0 && line.length <= 150 && !/[.!?]$/.test(line) ? end : 0;
}
