/**
 * The words that mark a clause's tense, found in stretches of text around the timexes: auxiliaries, intentions and
 * schedules that look ahead ("will", "plans to", "the summit ends Friday"), past forms ("was", "resigned", "took") and
 * the present ("is", "says", "now"). tense.ts weighs them by their distance from a timex.
 */

/**
 * Words that tell a plan or an expectation before "to" and a verb: "plans to", "is set to", "vowed to", "were
 * preparing to start using the new notes on Tuesday".
 */
const INTENT_WORDS = [
  'plans?', 'planned', 'planning', 'intends?', 'intended', 'expects?', 'expected', 'expecting', 'scheduled', 'set',
  'due', 'is', 'are', 'hopes?', 'hoped', 'wants?', 'wanted', 'aims?', 'aimed', 'promised', 'pledged', 'vowed',
  'likely', 'unlikely', 'poised', 'about', 'forecast', 'predicted', 'projected', 'prepared', 'preparing', 'threatens', 'threatened',
  'threatening',
];
/** A month's name, whole or cut short: "January", "Jan", "Sept" (not the first letters of "marketing"). */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])`;
/**
 * Verbs of a schedule told in the present: "the summit ends Friday", "Woods tees off at 1:45 p.m.", after a plural
 * "the first games tip off on Tuesday night".
 */
const SCHEDULE_VERBS = [
  'begins', 'ends', 'opens', 'reopens', 'closes',
  // Not the noun of building or of a player's games: "Housing starts in February were 27 percent above a year
  // earlier", "single-family starts fell", "in his starts in April".
  String.raw`starts(?<!\b(?:housing|home|single-family|multifamily|multi-family|building|the|its|their|his|her)\s{1,3}starts)`,
  // "the transfer window shuts on Thursday", "the squad flies out on Sunday", "the team jets off to Dubai on Monday".
  'shuts', String.raw`(?:flies|jets)\s+(?:out|off|home)`,
  String.raw`wraps\s+up`,
  'concludes', 'airs', 'resumes', 'restarts',
  // "the series continues in Wellington on Thursday", "the fair continues Sunday" (not "continues Monday's rally").
  String.raw`continues(?=\s+(?:(?:[\w'’-]+\s+){0,3}on\s+)?\w+day\b(?!['’]))`,
  // Nor the noun before a modal, a plural verb or a participle: "Returns could not be filed until mid-February",
  // "returns claiming the credit", "returns were up".
  String.raw`returns(?<!\b(?:tax|income|the|its|their|his|her|annual|[a-z]{3,}ing)\s{1,3}returns)(?!\s+(?:could|would|can(?:not)?|may|might|must|should|will|were|are|have|had|[a-z]{3,}ing)\b)`,
  // A term running out on its day: "the waiver lapses on Friday", "the bond matures in June".
  'reconvenes', 'convenes', 'meets', 'expires', 'lapses', 'matures',
  String.raw`(?:kicks|tees|tips)\s+off`,
  String.raw`(?:kick|tee|tip)\s+off(?<=\b(?:\w+s|they|we)\s{1,3}\w+\s+off)(?<!\b(?:was|has|does|is|this|his|its)\s{1,3}\w+\s+off)`,
  String.raw`takes\s+place`,
  String.raw`gets\s+under\s?way`,
  String.raw`(?:faces|stands)\s+trial`,
  String.raw`(?:faces|seeks|(?:is|are)\s+up\s+for)\s+re-?election`,
  String.raw`goes\s+(?:on\s+sale|on\s+trial|live|before|to\s+(?:a\s+vote|the\s+(?:board|polls|vote|voters)))`,
  String.raw`rolls\s+out`,
  String.raw`hits\s+(?:stores|shelves|theaters|theatres|cinemas|newsstands)`,
  String.raw`enters\s+orbit`,
  // A sky event on its day: "the meteor shower peaks Monday night", "the asteroid makes its closest approach on Friday"
  // (not a level that "peaks at 4 percent").
  String.raw`peaks(?=\s+(?:(?:early|late|overnight|before\s+dawn|after\s+midnight)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|this|next)\b)`,
  String.raw`makes\s+its\s+(?:closest|nearest)\s+(?:approach|pass)`,
  // Before what is launched or released, not the nouns ("missile launches in March", "press releases").
  String.raw`(?:launches|releases)(?=\s+(?:its|their|his|her|the|an?)\s)`,
  'publishes', 'unveils', 'arrives', 'departs', 'sails', 'docks', 'debuts', 'premieres',
  String.raw`(?:lifts|takes)\s+off`,
  String.raw`touches\s+down`,
  String.raw`sets\s+sail`,
  String.raw`(?:lands|leaves)(?<!\b(?:the|its|their|his|her|our|autumn|fallen|[a-z]{3,}ing)\s{1,3}\w+)`,
  // A show or a fixture moving on ("the exhibition moves to London in the autumn"), not the noun ("the moves to cut").
  String.raw`moves(?<!\b(?:the|its|their|his|her|our|these|those|such|recent|latest|further|similar|[a-z]{3,}ing)\s{1,3}moves)\s+to`,
  String.raw`turns\s+\d{1,3}`,
  String.raw`(?:steps|stands)\s+(?:down|aside)`,
  String.raw`takes\s+(?:over|office)`,
  'retires',
  // A drug's monopoly running out on its day: "Cymbalta goes generic in December", "Plavix loses patent protection in
  // May", "which comes off patent in June" (not "lost" nor "went": those have gone by).
  String.raw`goes\s+generic`,
  String.raw`(?:goes|comes)\s+off\s+patent`,
  String.raw`loses\s+(?:(?:its|their|u\.?s\.?|european|market|data|patent)\s+){0,3}(?:patent|exclusivity|protection)`,
  String.raw`comes\s+out`,
  String.raw`falls(?=\s+on\b)`,
  String.raw`marks\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|centenary|centennial|bicentenary|bicentennial|jubilee|years?\s+since)`,
  // An anniversary kept on its day: "the school celebrates its 100th anniversary on Saturday".
  String.raw`(?:celebrates|commemorates)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:anniversary|birthday|centenary|centennial|bicentenary|bicentennial|jubilee)`,
  // A run of dates or of days: "the festival runs 23-28 March", "the fair runs Friday through Sunday".
  String.raw`runs(?=\s+(?:from\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))`,
  // …and a span told by where it lasts from or to: "the closure lasts from 22:00 on Friday" (not "the journey lasts 52 minutes").
  String.raw`lasts(?=\s+(?:from|until|till|through)\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|midnight\b|noon\b))`,
  // After a plural, right before its day or its month: "markets are closed for the weekend and reopen Monday", "talks
  // resume on Tuesday", "negotiations continue Friday in Geneva", "classes for freshmen begin Aug. 26", "exams start
  // in May", "applications close on Jan. 15", "close at 6pm on 15 January" (not "did not reopen Monday", "the end
  // Monday", "came close on March 5", "their scheduled close on Friday"); so do terms running out ("Brent futures for
  // April delivery expire on Thursday", "the bonds mature in June").
  String.raw`(?:reopen|resume|restart|reconvene|continue|begin|start|end|close|expire|lapse|mature)(?<!\b(?:to|did|didn['’]t|not|never|the|an?|its|their|came|come|so|too|very|\w{2,}ed)\s{1,3}\w+)` +
    String.raw`(?=\s+(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+)?(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:on\s+)?(?:${MONTH_NAME}\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME})|in\s+(?:early\s+|late\s+|mid-?)?${MONTH_NAME}\b))`,
  String.raw`reports\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:results|earnings)`,
];

/**
 * The participle of a modal perfect ("would have been", "might have won", "should have known"), which looks back; "have"
 * with an object after a modal is something still to have ("said he would have money to spend in the summer").
 */
const PERFECT_PARTICIPLE = String.raw`(?:been|had|done|gone|got|gotten|made|won|lost|left|paid|kept|found|come|become|held|told|sold|bought|brought|caught|fought|thought|led|met|put|run|hit|cut|set|spent|sent|built|felt|stood|struck|begun|heard|said|seen|let|quit|shut|\w+(?:ed|en|wn))\b`;
/** How long a plan was in the making, after "planned for": "for years", "for many months", "for two decades". */
const PLANNED_SPAN = String.raw`(?:(?:many|several|some|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:years|months|weeks|decades)\b`;
/** "had been", maybe with an adverb: "had originally been", "had been initially" (a plan overtaken). */
const HAD_BEEN = String.raw`had\s{1,3}(?:\w{2,16}ly\s{1,3})?been(?:\s{1,3}\w{2,16}ly)?`;
/**
 * Modal and intention words (for "may" see CASED_FUTURE). A plan in the past perfect ("had been due to expire Friday",
 * "had hoped to sign a bill by the end of the year") was overtaken: its day has gone by, so "had" (past) decides;
 * "to take effect" after it is of that plan, no schedule of its own ("had been scheduled to take effect on Feb. 7"). So was a plan "originally", "initially" or "first" made ("the vote,
 * originally scheduled for Thursday, was pushed back"). After a determiner "forecast" is the noun, no intent ("cut
 * their forecast to eight hurricanes from nine in June"). A modal perfect ("may have been responsible", "would
 * have") looks back, and "next to" is a place, so neither points ahead; nor does "could not", nor "could be" reached
 * or heard ("could be reached Wednesday" tells of a try), though "could be held in June" is a thing to come. "Can"
 * looks ahead ("owners can seek a refund until Dec. 31"), but not "can't",
 * nor "can" before a verb of knowing or telling ("can confirm that he died on Monday"). A schedule is told in the
 * present ("the summit ends Friday", "the session wraps up Sunday", "the interview airs Sunday", "Sunday's game is at 1 p.m.", "the series continues in Wellington on Thursday", "Woods tees off at 1:45 p.m.", "the ship sails Saturday", "the flight lands at 6 a.m. Friday", "faces trial in July", "the law takes
 * effect on 1 January", "the film is released on Friday", "tickets go on sale Saturday", "the plan goes to the board on
 * the 12th", a release: "the update rolls out Thursday", "the survey, to be published on Wednesday", "the phone hits stores Friday", "the service goes live Monday", "reports quarterly results on Thursday", "the festival runs 23-28 March", "the album comes out in May", a
 * birthday: "who turns 70 in July", an anniversary: "Friday marks the 25th anniversary of the bombing", a handover: "King, who steps down at the end of June, was outvoted", "Carney takes over on July 1", and the deeds of politics: "faces re-election in November", "the court hears arguments Tuesday", "the committee holds a
 * hearing Wednesday", "the country holds parliamentary elections in April", "Obama signs the bill Friday", "parliament votes on the bailout Tuesday", "faces a confidence vote
 * on Monday", "the law goes into effect Monday", "voters head to the polls Sunday", not after a determiner ("counted the
 * votes on Monday"); "reports" alone and "releases" are left out, as they are nouns as often, and so is "returns" after a word that
 * makes it the noun: "started accepting tax returns on Jan. 30"), a plan by what it is planned for ("the strike, planned for Monday, was
 * called off", "sentencing was set for Aug. 22") or with its object ("protesters planned a march on Saturday", "organizers plan another rally"; one given
 * up, "had planned a rally", looks back), and so is an expectation ("a verdict is expected on Monday", "the
 * vote is set for November", "was likely to take place in May", what "was to be presented Thursday", as the wires
 * tell a study's release ahead, a study that "appears in Thursday's issue" of a journal, a forecast: "river levels were forecast to peak on Tuesday", what was predicted with its object ("forecasters predicted temperatures of 33 degrees on Friday"; "Cuba predicted Wednesday", "forecast on Monday that" tell the day of predicting), what a city "braced for" something to do ("braced for the river to peak at 4 a.m. Wednesday"), "the outlook calls for rain from April through June", a company's guidance: "Oracle forecast fourth-quarter earnings of 87 cents a share" (not what analysts "had forecast" for the quarter reported), "lows in the 20s forecast for Saturday night", reported: "said more rain was expected Monday", "before
 * a snowstorm expected Thursday", "with results expected as early as Tuesday", "with frost expected overnight on Wednesday", "more snow expected from Thursday", "peak bloom is now expected between April 6 and 10", and what is due before its day: "data due Thursday is expected to show", "figures
 * due out on Friday"; not what "was due"), an arrangement told in the present progressive ("is seeking a third term
 * in November", "the country is preparing for elections in October", "is visiting China in May"), and what is
 * prepared for ("pressed ahead on Friday with preparations for Sunday's referendum", "troops were deployed in
 * preparation for Sunday's vote"; in the past only before a day's event, as "prepared for the storm on Monday" may
 * tell the day of preparing), and so
 * is an obligation ("must complete it by early summer"; "must have" looks back, and "must be returned" is as often a
 * ruling reported, but not with a deadline: "must be held by November 30"), and so is what someone was urged or asked
 * to do ("urged people to stay at home on Thursday"; not
 * what someone had been: "had been ordered back to work Wednesday" tells of a day gone by), what someone is expected to do ("expect the bank to leave rates unchanged when it announces its decision Wednesday",
 * "fires were burning, with crews expecting conditions to ease from Thursday") and
 * what happens once someone is something ("when she is sentenced on Jan. 12", "once a successor is chosen"), and what someone wants ("has said he
 * wants a bill on his desk by the summer"): those verbs point ahead too. One alternative a line, in the order they
 * are tried.
 */
const FUTURE = new RegExp(`\\b(?:${[
  'will',
  String.raw`won't`,
  'shall',
  String.raw`'ll`,
  String.raw`going\s+to`,
  `(?:${INTENT_WORDS.join('|')})(?<!\\bhad\\s{1,3}(?:been\\s{1,3})?\\w{1,12})(?<!\\b(?:originally|initially|(?<!\\bthe\\s{1,3})first)\\s{1,3}\\w{1,12})(?<!\\b(?:the|their|its|his|her|our|a)\\s{1,3}forecast)\\s+to\\s+\\w+`,
  // After a possessive "scheduled" is an adjective of the plan's noun, which tells the clause no tense: "talks that ran
  // a day past their scheduled Friday close", "missed its scheduled Monday launch"; but a plan put off or called off
  // was mostly still ahead ("postponed its scheduled Tuesday meeting").
  String.raw`(?:re-?)?scheduled(?<!\b(?:${HAD_BEEN}|originally|initially|(?<!\bthe\s{1,3})first)\s{1,3}(?:re-?)?scheduled)` +
    String.raw`(?<!(?<!\b(?:postponed|delayed|deferred|cancell?ed|called\s{1,3}off|scrapped|put\s{1,3}off)\s{1,3})\b(?:its|their|his|her|our)\s{1,3}(?:re-?)?scheduled)`,
  // What was agreed to be done ("agreed to publish the report by the end of February"), not what was agreed to ("agreed
  // to the proposition on 27 December").
  String.raw`agree[sd]?(?<!\bhad\s{1,3}agreed)\s+to\s+(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|terms|it|them|him|me|us)\b)[a-z]+`,
  // So is what a deal, a decision or a pledge just made is to do: "ended with an agreement to meet again in April",
  // "reached a tentative deal to reopen the border"; not one to a thing ("an agreement to the terms"), nor one named
  // with "the" or a possessive, which may be of any time ("extended their offers to acquire the company Friday").
  String.raw`(?:a|an)\s+(?:[\w-]+\s+)?(?:agreement|deal|decision|pledge|promise|commitment)\s+to\s+(?!(?:a|an|the|this|that|these|those|its|their|his|her|our|terms|it|them|him|me|us|date)\b)[a-z]+`,
  // The aim of a deed lies ahead of it: "met on Monday with the aim of agreeing a text by Friday", "in the hope of".
  String.raw`(?:with\s+the\s+(?:aim|goal|intention|object)|in\s+(?:the\s+)?hopes?)\s+of\s+\w+ing`,
  String.raw`(?:a|an|the)\s+(?:planned|proposed|projected|intended)`,
  String.raw`(?:plans?|planned|planning)(?<!\bhad\s{1,3}planned)\s+(?=(?:an?|another)\s+(?!(?:year|month|week|day|decade)s?\b))`,
  // So does a plan in the present with a count of what is planned: "plans about 30 more launches by the end of
  // December", "plans two more spacewalks in May" (not a count of time: "the plans two years ago").
  String.raw`(?:plans?|planning)\s+(?=(?:(?:about|around|roughly|some|nearly|up\s+to|as\s+many\s+as)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+dozen|dozens|several|more|further)\s+(?!(?:more\s+)?(?:years?|months?|weeks?|days?|decades?|hours?)\b))`,
  String.raw`(?:is|are)(?:\s+not|n['’]t)?\s+(?:expected|slated|forecast|projected|planned|set\s+(?=for\b))\b`,
  // What is feared with its time is still to come: "another attack is feared this weekend", "more violence is feared
  // on Friday" (not those "feared dead" after a day gone by).
  String.raw`(?:is|are)\s+(?:widely\s+)?feared(?=\s+(?:on|this|next|later|tonight|tomorrow|overnight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`,
  String.raw`(?:is|are)\s+at(?=\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)`,
  String.raw`prepar(?:e|es|ing|ations?)\s+for|prepared\s+for(?=\s+\w+day['’]s\b)`,
  String.raw`(?:is|are)\s+(?:seeking|campaigning|preparing|gearing\s+up|visiting|travell?ing|(?:running|standing)(?=\s+(?:for|again)\b)|(?:holding|hosting)(?=\s+(?:an?|the|its|their|his|her|talks|elections?)\b))\b`,
  // So is an effort told in the present progressive toward a deed: "the government is moving to repeal the tax by July
  // 1", "crews are racing to restore power by Friday" (not a place one moves to: "is moving to the capital").
  String.raw`(?:is|are)\s+(?:moving|working|pushing|racing|rushing|scrambling|striving|trying)(?=\s+to\s+(?!(?:the|an?|its|their|his|her|our|this|that)\b)[a-z]+\b)`,
  String.raw`(?:was|were)\s+(?:expected|forecast|due|likely(?!\s+(?:the|an?|\w+ed)\b))\b(?<=\b(?:said|says|warned|added)\b[^.;!?]{1,60})(?!\s+to\s+have\b)`,
  // "He was due in court Friday", as the wires report an appearance ahead (not one undone: "was due in court Friday
  // but did not appear").
  String.raw`(?:was|were)\s+due\s+(?:back\s+)?(?:in|at|before)\s+(?:court|magistrates|a\s+judge)\b(?![^.;!?]{0,60}\bbut\b)`,
  String.raw`(?:when|once|until|unless|after|before)\s+(?:(?:he|she|they|it|we|you|I)\s+(?:is|are)\s+\w+|(?:an?|the|its|their)\s+[\w-]+\s+(?:is|are)\s+(?:\w{2,}(?:ed|en)|held|sworn|made|sent|set|paid|won|done)\b)`,
  String.raw`(?:week|fortnight)(?<=\b(?:a|one)\s{1,3}\w+)\s+on(?=\s+\w+day\b)`,
  String.raw`(?:is|are)\s+(?:likely|possible|probable)\b(?!\s+(?:that|to\s+have)\b)`,
  String.raw`(?:is|are)\s+due\b(?!\s+to\s+(?:the|a|an|its|their|his|her|bad|poor|heavy)\b)`,
  String.raw`due(?<!\b(?:was|were|been|had)\s{1,3}due)(?:\s+(?:out|back))?(?=\s+(?:(?:on|by|in)\s+)?(?:next\b|later\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))`,
  String.raw`(?:takes?|comes?\s+into)(?<!\bto\s{1,3}(?:take|come\s+into))\s+(?:effect|force)`,
  // "the cuts begin taking effect at midnight", "the tax kicks in on Jan. 1": a start told in the present (not one that
  // did not come: "did not kick in until Friday", nor a door kicked in).
  String.raw`(?:begins?|starts?)\s+taking\s+effect|kicks?(?<!\b(?:did|not|to|n['’]t)\s{1,3}kicks?)\s+in\b(?!\s+(?:the|an?|its|his|her|their)\b)`,
  `(?:${SCHEDULE_VERBS.join('|')})`,
  String.raw`(?:(?:hears|holds|hosts|visits|attends|addresses|delivers|signs)(?=\s+(?:an?|the|its|his|her|their|arguments|testimony|talks|(?:(?:general|parliamentary|presidential|legislative|local|regional|municipal|national|snap|early)\s+)?elections|hearings?|legislation)\b)|(?:votes|testifies|speaks)(?=\s+(?:on|to|for|against|before|at)\b))(?<!\b(?:the|its|their|his|her|our|your|an?|of|no|[a-z]{3,}ing)\s{1,3}\w+)` +
    // Votes counted are the noun: "won Ohio by 136,000 votes on Tuesday", "more votes on Sunday".
    String.raw`(?<!(?:\d|\b(?:million|billion|thousand|hundred|more|fewer|most|enough|many|few|some|all))\s{1,3}votes)`,
  String.raw`faces\s+an?\s`,
  // "The team plays on Friday", "Murray plays again on Wednesday": a fixture told in the present (not "the plays").
  String.raw`plays(?=\s+(?:again\s+|at\s+home\s+|away\s+)?on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?<!\b(?:to|the|a|an|his|her|their|its|our|of|in|two|three|four|several|many|few|these|those)\s{1,3}plays)`,
  // A fixture one has in the present ("We have a game Monday", "the court has a hearing on Friday", "we've got a match
  // on Saturday"): one to come.
  String.raw`(?:(?:has|have)\s+(?:got\s+)?|['’](?:ve|s)\s+got\s+)(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:game|match|fixture|race|meeting|hearing|appointment)(?=\s+(?:on\s+|next\s+|this\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`,
  String.raw`goes\s+into\s+effect`,
  String.raw`heads?\s+to\s+the\s+polls`,
  // "Kenyans vote on Monday", "Voters choose a new president on Sunday": a vote told in the present after a plural
  // subject is one to come (not "the vote on Monday", nor "Parliament's vote").
  String.raw`(?:vote|elect|choose)(?<=(?<!['’])\b[A-Za-z]{2,}s\s{1,3}\w+)(?=(?:\s+[\w-]+){0,3}?\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)`,
  String.raw`(?:is|are)\s+(?:released|published|launched|unveiled|staged|screened|broadcast|auctioned|sworn\s+in|inaugurated)`,
  String.raw`to(?<!\b(?:was|were|said|says|believed|thought|reported|known|found|appeared|appears|seemed|seems|claimed|alleged|used|proved|proves|understood|supposed|presumed|estimated|estimates)\s{1,3}to)(?<!\bhad\s{1,3}been\s{1,3}\w{1,12}\s{1,3}to)\s+be\s+(?:held|published|released|issued|announced|unveiled|launched|completed|signed|opened|presented|delivered|submitted|named|debated|discussed|voted\s+on|sworn\s+in|inaugurated|introduced|implemented|reviewed|auctioned|sold|paid|decided|made\s+public)\b`,
  // Not how long something was planned ("was planned for years, but the summer brought surprises"), nor the noun after
  // a determiner ("cut its forecast for demand growth in its report on Thursday").
  String.raw`(?:planned|slated|pencilled|penciled|earmarked|listed|forecast|predicted)(?<!\b(?:originally|initially|(?<!\bthe\s{1,3})first)\s{1,3}\w+)(?<!\b(?:the|its|their|his|her|our|an?)\s{1,3}forecast)\s+(?:in\s+)?for(?!\s+(?:${PLANNED_SPAN}))`,
  String.raw`set(?<!\b(?:${HAD_BEEN}|originally|initially|(?<!\bthe\s{1,3})first)\s{1,3}set)(?:\s+down)?\s+for(?=\s+(?:\d|next|later|early|late|mid|(?:an?\s+)?(?:[\w-]+\s+)?(?:trial|retrial|hearing|sentencing|arraignment)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![a-z])))`,
  String.raw`(?<!\b(?:was|were|had\s+been|than|as)\s{1,3})expected(?=\s+(?:in|on|by|later|next|early|late|around|overnight|tonight|tomorrow|through|until|between|from(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))|as\s+(?:early|soon)\s+as|(?:from\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`,
  String.raw`(?:has|have|needs?)\s+to\s+\w+`,
  String.raw`must(?!\s+(?:have|be)\b)`,
  String.raw`must\s+be\s+\w+(?=\s+(?:[\w'’]+\s+){0,3}?(?:by|before|within)\s)`,
  'effective',
  String.raw`(?:would|might|should)(?!\s+have\s+${PERFECT_PARTICIPLE})`,
  // A deal that "could be reached by Friday" lies ahead, as a deadline says (not a person reached "by phone").
  String.raw`could(?!\s+(?:have|not|never|be\s+(?:reached(?!\s+(?:by|before|within|as\s+(?:early|soon)\s+as)\s+(?!(?:phone|telephone|e-?mail|text|fax|reporters?)\b)\w)|contacted|located|seen|heard|felt|found|spotted))\b)`,
  String.raw`can(?![’']t|not)(?!\s+(?:have|not|never|be|only|still|recall|remember|confirm|say|tell)\b)`,
  // "ordered non-essential businesses to shut": a hyphened word may stand before the "to", though not a time of its own
  // ("expect fourth-quarter earnings to rise").
  String.raw`(?:urged|asked|advised|ordered|encouraged|invited|called\s+on|braced\s+for|expects?|expected|expecting)(?<!\bhad\s{1,3}(?:been\s{1,3})?\w{1,12})\s+(?:\w+(?:-(?!(?:quarter|half|year|month|week|day)s?\b)\w+)?\s+){0,3}to\s+\w+`,
  // "was remanded in custody to appear at Leeds Crown Court on Friday", "was bailed to appear before magistrates on
  // Monday": the court sets the appearance ahead (not one someone "had been" remanded to make).
  String.raw`(?:remanded|bailed|summon(?:s|e)d|released)(?<!\bhad\s{1,3}been\s{1,3}\w{1,12})\s+(?:[\w-]+\s+){0,3}?to\s+(?:appear|attend)\b`,
  String.raw`next(?!\s+to\b)`,
  'upcoming',
  String.raw`wants?`,
  String.raw`to\s+be\s+held`,
  // "agreed on a referendum, with elections to follow in July", "approved the plan, with work to begin in June": what a
  // plan told with "with" is to do lies ahead of it.
  String.raw`with(?<=,\s{1,3}with)\s+(?:[\w-]+\s+){1,3}?to\s+(?:follow|begin|start|resume|open|reopen|close|end|run|take\s+place)\b`,
  // "He was to be buried Monday in Arlington", "his ashes were to be scattered at sea on Friday": a rite the wires tell ahead.
  String.raw`(?:was|were)\s+to\s+be\s+(?:presented|published|released|announced|unveiled|delivered|launched|held|reported|buried|cremated|interred|scattered|laid\s+to\s+rest)`,
  // "She was to appear in court on Monday", "the ministers were to meet Sunday", "the funeral was to take place Monday":
  // a plan the wires report ahead (not "was to blame", nor "was to have appeared", undone, nor what a plan was: "The
  // plan was to meet on Sunday. Then it rained").
  String.raw`(?<!\b(?:plans?|idea|aim|goal|intention|hope|purpose|task|job|point|mission)\s{1,3})(?:was|were)\s+to\s+(?:appear|meet|travel|vote|testify|speak|sign|fly|leave|arrive|return|visit|hold|attend|resume|begin|start|face|announce|deliver|present|address|take\s+place)\b`,
  String.raw`appears?(?=\s+(?:online\s+)?in\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s\s)`,
  'starting',
  'beginning',
  String.raw`see\s+you`,
  String.raw`(?:expects?|anticipates?|predicts?|forecasts)(?!\s+(?:to\s+have|that)\b)`,
  String.raw`(?:predicted|forecast)(?<!\b(?:had|has|have|was|were|been|be|the|an?|its|their|his|her|our)\s{1,3}\w+)(?=\s+(?!(?:on|in|at|for|by|to|that|this|last|earlier|early|late|the|it|he|she|they|we|and|but|when|what|how|as|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)[a-z])`,
  String.raw`(?:forecast|projected|predicted|sees)(?<!\bhad\s{1,3}\w+)(?=\s+(?:fiscal\s+)?(?:first|second|third|fourth|full)[\s-](?:quarter|half|year)\b)`,
  String.raw`calls\s+for`,
].join('|')})\\b`, 'gi');
/**
 * Advice told as a command at a sentence's start looks ahead: "Visit in early fall", "Book by Friday", "Expect delays on
 * Monday", and so does a request in a quote: "Ask me again on Saturday", "Tune in Sunday", "Join us on Friday"; not a
 * name ("Visit Britain said").
 */
const COMMAND_AHEAD = String.raw`(?:Visit|Come|Go|Book|Arrive|Plan|Try|Head|Avoid|Reserve|Expect|Ask|Call|Tune|Join|Watch|Wait|Check)\b(?<=(?:^\s{0,3}|[.!?]["”]?\s{1,3}|\n|["“])[A-Z][a-z]{1,6})(?=\s+(?:in|on|at|by|early|late|before|after|during|over|this|next|your|a|an|the|tickets|rooms?|now|ahead|delays|crowds|me|us|again|back|until|till)\b)`;
/** "may" in lower case ("May" is a month), not a modal perfect ("may have paid" is past). */
const MAY = String.raw`\bmay\b(?!\s+have\b)`;
/**
 * Shops "open on Sunday"; not "the shop was open", "did not open", "an open day", and capitalised after a capitalised
 * word it is part of a name ("finished second at the Texas Open on Sunday"); after a determiner "open" is the noun, a
 * place ("slept in the open on Sunday night").
 */
const OPEN_ON = String.raw`\bopen(?<!(?:\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e|[Bb]een|[Ss]tays?|[Ss]tayed|[Rr]emains?|[Rr]emained|[Nn]ot|[Nn]ever|[Dd]id|[Tt]he|[Aa]n?)|n['’]t)\s{1,3}open)\s+on\b`;
/**
 * A fixture before a side named with "the" or by its name, or the team's own game: "Arsenal travel to Munich on
 * Wednesday", "face Chelsea next Saturday", "face the champions on Sunday", "host the Lakers on Friday", "the team plays
 * its final exhibition game on Saturday", "Murray plays his second-round match on Wednesday", "England take on Montenegro
 * on Tuesday", "United entertain Reading on Saturday"; not before a day's or a
 * month's name ("foreign ministers meet Tuesday" is the plural present, below).
 */
const FIXTURE_BEFORE_SIDE = String.raw`(?:travels?|hosts?|meets?|faces?|plays?|flies|heads|departs|visits|takes\s+on|take(?<!\bto\s{1,3}take)\s+on|entertains?)\s+(?:(?:to|at|with|against|for)\s+)?(?:(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)[A-Z]|(?:the|its|their|his|her)\s)`;
/**
 * A schedule's verb in the plural present, which has no tense ending to tell it by: "polls open at 7 a.m. on Sunday",
 * "the clocks go forward at 1 a.m. on Sunday", "talks resume on Monday", "the Games end on Sunday", "teachers plan a
 * national strike in the autumn", "lawmakers leave Friday for a two-week recess" (not "two weeks leave"), "talks run
 * Monday to Wednesday", "the teams meet again in March", "the Emmys air Sept. 22 on CBS", "new episodes premiere in June",
 * "retail sales come out Thursday".
 */
const PLURAL_SCHEDULE_VERB = String.raw`(?:[Oo]pen|[Cc]lose|[Bb]egin|[Ss]tart|[Ee]nd|[Pp]lan|[Ll]eave(?<!(?:days|weeks|months)['’]?\s{1,3}\w+)|[Aa]rrive|[Pp]eak(?=\s+(?:(?:early|late|overnight|before\s+dawn|after\s+midnight)\s+)?(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|[Rr]esume|[Rr]eopen|[Rr]eturn|[Rr]econvene|[Cc]onvene|[Mm]eet|[Rr]un|play(?=\s+(?:again\s+|at\s+home\s+|away\s+)?on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|[Aa]ir|[Pp]remiere|[Dd]ebut|[Gg]o(?=\s+(?:forward|back|ahead|on|into|out|up|down)\b)|[Cc]ome(?=\s+out\b))\b`;
/**
 * Its subject right before it: a plural, a name, a pronoun, or a clause on the subject ("The Hoosiers, who reached the
 * semifinals last season, start play on Friday").
 */
const PLURAL_SUBJECT_BEFORE = String.raw`(?<=(?:(?:\w[sS]|\b[A-Z]\w*|\b(?:they|we|you|people|police|children|men|women))\s{1,3}|\b(?:who|which)\s[^,.;!?]{1,80},\s{1,3})\w+)`;
/**
 * Not a name's word ("won the Australian Open in January", "the Hong Kong Open"), a possessive's noun ("as of Friday's
 * close"), nor after "be", "to", a modal, a negation or a determiner ("did not open", "an open day", "in return for",
 * "its record close").
 */
const NO_PLURAL_VERB_BEFORE = String.raw`(?<!\b[A-Z]\w*\s{1,3}[A-Z]\w+)(?<!['’]s\s{1,3}\w+)(?<!(?:n['’]t|\b(?:[Nn]ot|[Nn]ever|[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e|[Bb]een|[Bb]eing|[Ii]n|[Tt]o|[Ww]ill|[Ww]ould|[Cc]ould|[Dd]id|[Rr]emains?|[Rr]emained|[Ss]tays?|[Ss]tayed|[Kk]ept|[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Yy]our))\s{1,3}\w+)`;
/**
 * Nor the noun after a determiner and a capitalised word that is no plural, a name's adjective, maybe with an adjective
 * between: "unveiled the Democratic plan Wednesday", "approved a rival Republican plan on Thursday", "the Senate run"
 * (the plural stays a subject: "the Democrats plan a vote").
 */
const NO_NAMED_NOUN_BEFORE = String.raw`(?<!\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s{1,3}(?:[a-z]{2,16}\s{1,3})?[A-Z]\w*[^\WsS]\s{1,3}\w+)`;
/** Future markers whose case matters, in one pass: the alternatives above, and a few fixed phrases of a schedule. */
const CASED_FUTURE = new RegExp(`${COMMAND_AHEAD}|${MAY}|${OPEN_ON}|\\b(?:${[
  FIXTURE_BEFORE_SIDE,
  String.raw`[Gg]o\s+to\s+the\s+polls`,
  String.raw`[Gg]o\s+on\s+sale`,
  String.raw`[Tt]ake(?<!\bto\s{1,3}take)\s+effect`,
  String.raw`[Cc]ome(?<!\bto\s{1,3}come)\s+into\s+force`,
  `${PLURAL_SCHEDULE_VERB}${PLURAL_SUBJECT_BEFORE}${NO_PLURAL_VERB_BEFORE}${NO_NAMED_NOUN_BEFORE}`,
].join('|')})`, 'g');
/** Irregular past forms that are never participles. */
export const SIMPLE_PAST = 'died|met(?<!\\bthe\\s{1,3}met)|came|went|took|gave|began|saw|fell|rose|spoke|wrote|ran|grew|threw|drew|flew|knew|chose|froze|drove|stole|sank|became|withdrew|woke|awoke|arose|wore|swore|tore|rode|shook|swam|sang|rang|drank|sprang|shrank|forgave|oversaw|overtook|undertook';
/** Words that say what kind of forecast a noun names: "its first official forecast", "the latest seasonal forecast". */
const FORECAST_KIND = '(?:first|second|latest|new|official|initial|revised|updated|final|next|last|own|annual|monthly|seasonal|weekly|daily|preliminary|long-range|growth|weather|budget)';
/**
 * Past forms that are also participles ("was held", "to be paid"). "Cut" and "forecast" are nouns as often ("a rate cut
 * in June", "its growth forecast"): they count as the verb only before what it takes ("cut its forecast on Monday",
 * "forecast on Monday that profit would fall", "It forecast in February that profit would come in at …").
 */
export const PAST_OR_PARTICIPLE = 'told|made|left|held|upheld|withheld|heard|overheard|' +
  // "Have got" is "have", in the present: "We've got winter at Easter", "They've got a match on Saturday".
  "got(?<!(?:\\b(?:have|has)|\\w['’](?:ve|s))\\s{1,3}(?:\\w{2,16}ly\\s{1,3})?got)|" +
  'won|lost|sold|bought|paid|led|found|struck|broke|shot|hit|sent|brought|caught|fought|thought|taught|sought|built|spent|kept|felt|stood|born|spread|shut|hurt|quit|burst|fled|slid|dug|hung|sat|stuck|swung|slept|wept|dealt|meant|lent|put|broadcast|' +
  'lit|swept|spun|sped|shone|clung|flung|stung|crept|leapt|knelt|hid|bled|strode|' +
  // "The couple wed in a private ceremony over the weekend" (not the short "Wed." of a dateline: "Wed Mar 20, 2013").
  String.raw`wed(?![.,]?\s+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|` +
  // "The pair split in the summer", "split from her husband in March": the verb, before what it tells of the parting
  // (not "split their time", nor a stock's: "a 2-for-1 stock split in June").
  String.raw`split(?<!\b(?:stock|share|reverse|\d)\s{1,3}split)(?=\s+(?:up|from|with|in|on|after|last|earlier)\b)|` +
  // "Over the weekend, Wigan beat Everton": a result, the past (not a condition: "if City beat Everton on Saturday",
  // nor the participle of "get": "is going to start getting beat up in the spring").
  "beat(?<!\\b(?:[Ii]f|[Uu]nless|[Ww]hen|[Oo]nce|[Uu]ntil|[Bb]efore|[Ss]hould)\\s{1,3}(?:[\\w'’-]+\\s{1,3}){1,3}beat)" +
  "(?<!\\b(?:get|gets|getting|got|gotten)\\s{1,3}beat)(?!\\s+up\\b)|" +
  'cut(?=\\s(?:its|their|his|her|the|our)\\s)|forecast(?=\\s(?:on|in|its|their|his|her|that)\\s)' +
  // …and never after a determiner or a possessive, maybe with a word or two of its kind: "will issue its first official
  // forecast in April", "the bureau's forecast on Thursday" name the forecast, no forecasting.
  `(?<!(?:\\b(?:an?|the|its|their|his|her|our|this|that|whose)|\\w['’]s)\\s{1,3}(?:${FORECAST_KIND}\\s{1,3}){0,2}forecast)`;
/**
 * Irregular participles in "-en" that are no past form alone ("a fallen soldier", "the stolen car"): a deed done only
 * after "has" or "have" ("Its shares have fallen since hitting a peak in September"), or opening a clause after a
 * comma, a passive told of what was named ("Arsenal, beaten at the weekend, travel to Munich", "a review, begun in
 * January, is expected to end by summer"; not ", given that").
 */
const PERFECT_EN = '(?:fallen|risen|grown|begun|taken|given|shown|driven|written|spoken|chosen|stolen|broken|beaten|thrown|flown|drawn|withdrawn|overtaken|forgotten|ridden|shaken|eaten)(?<=\\b(?:has|have)\\s{1,3}(?:\\w{2,16}ly\\s{1,3})?\\w+|,\\s{1,3}(?!given\\b)\\w+)';
/** "-ed" words with "un-" that are adjectives, not verbs: "leave rates unchanged", "an unnamed official". */
const UN_ADJECTIVES = 'changed|expected|precedented|identified|named|specified|confirmed|disclosed|opposed|armed|employed|resolved|decided|related|affected|harmed|scathed|limited|scheduled|finished|solved|manned|answered|announced|authorized|authorised|checked|detected|restricted|regulated|insured|vaccinated';
/** Names that end in "-ed" and tell no deed: "Arsenal host United on Monday", "Ahmed will visit on Monday". */
const ED_NAMES = 'united|mohammed|muhammed|ahmed|alfred';
/** Participles that tell of a past deed even in the present ("is accused of killing a man on Monday"). */
const TOLD_OF = '(?:accused|charged|suspected|alleged|believed|thought|said|reported|understood|feared|known|estimated|expected|convicted|acquitted|sentenced|jailed|wanted|injured|killed|missing)';
/**
 * Past forms; those that are also participles ("will be held", "to be paid"; for "to be 50 percent contained" and what
 * one is "to have" done see notDone), and "last", also a verb ("will last until Friday"), count only without an
 * auxiliary before them, nor as what a modal would have made of its object ("would see training scaled back from
 * April", "will get the work done by May"), nor before the object of a modal's verb and its particle ("must make up
 * missed days by June", "plans to pay back borrowed funds"), nor what one gets done, which has no tense of its own
 * ("hopes to introduce a bill in January and get it passed by the summer") (not "may", which the pattern, blind to
 * case, would take for the month: "On 3 May he resigned"; "may be held" is caught by "be", and "may have paid" is
 * past); "last" not before the words the verb takes ("and last into Wednesday") nor in a compound ("their last-16 tie
 * in Spain on Wednesday", "a last-minute deal"), nor after "is" (or "'re") and maybe an adverb, "well", "still",
 * "already" or "not" ("is usually held in May", "mills are well stocked for the next month", "we're prepared to bargain
 * through the weekend", "if the gap is not closed by June"). "Followed by" and
 * "preceded by" join two things in order and tell no tense ("the API reports at 4:30 p.m. Tuesday, followed by
 * government figures on Wednesday morning"); nor does "compared with" ("a 20 percent cut by 2020, compared with 1990
 * levels"). The lookbehind comes after the word, so it is tried only where such a word is; bounded, as an unbounded
 * `\s+` there rescans a run of spaces. A participle joined to a word before it by a hyphen is an adjective ("return
 * from self-imposed exile on Sunday", "a so-called unity march", "U.S.-led forces"); a prefix of two letters leaves the
 * verb ("was re-elected", "co-founded the firm"). A participle joined by "and" to one after "be" is of that verb too
 * ("is expected to be charged Monday and arraigned Wednesday"). After a word of degree a participle is an adjective too
 * ("plan to present more detailed results in June", "the most affected areas"); after a preposition and a plural noun
 * in a clause that looks ahead it tells what things are meant ("will see the change in checks paid on Jan. 8"), no deed
 * of the clause (in one that does not, it may be the verb: "Demand for loans surged in February"); and after "if" or
 * "unless" a condition still to be met ("If elected in November, she would", "a runoff, if needed, on Sept. 24").
 * "Earlier than" compares, and tells no past: "will close no earlier than the fourth quarter". Nor does "said" after
 * "be", a passive of what is still to come ("a rosary will be said at 7 p.m. on Monday", "Mass will be said Friday").
 * Nor does the verb of a name given in passing ("urged Iran to seize what he called a window of opportunity before the
 * election in June"), nor "was" or "were" of a condition told back ("threatened to kill the hostages if the ransom was
 * not paid by Thursday"). Nor does a participle after "remain" or "stay", a state kept ("markets will close on Wednesday
 * and remain shut on Thursday", "schools stay closed until Monday").
 */
const PAST = new RegExp(
  `\\b(?:(?:was|were)(?<!\\bif\\s{1,3}(?:[\\w'’-]+\\s{1,3}){1,3}\\w+)|had|did|said(?<!\\bbe\\s{1,3}said)|ago|earlier(?!\\s{1,3}than\\b)|${SIMPLE_PAST}|(?:${PAST_OR_PARTICIPLE}|${PERFECT_EN}|last(?!-|\\s+(?:into|until|till|through|throughout|for|longer|beyond)\\b)|\\w{3,}ed)\\b(?<!\\bun(?:${UN_ADJECTIVES}))(?<!\\b(?:${ED_NAMES}))(?<!(?:[a-z.]{3}|\\bso)-\\w+)(?!\\s{1,3}by\\b(?<=\\b(?:followed|preceded)\\s{1,3}by))(?!\\s{1,3}(?:with|to)\\b(?<=\\bcompared\\s{1,3}(?:with|to)))(?<!\\b(?:will|would|could|can|might|should|must|to|be|been|being)\\s{1,3}(?:\\w{1,20}\\s{1,3})?\\w+)(?<!\\b(?:remain|remains|stay|stays)\\s{1,3}\\w+)(?<!\\b(?:will|would|could|can|might|should|must|to)\\s{1,3}(?:see|have|get|keep|leave|want|need)\\s{1,3}(?:\\w{1,20}\\s{1,3}){1,2}\\w+)(?<!\\b(?:will|would|could|can|might|should|must|to)\\s{1,3}\\w{1,20}\\s{1,3}(?:up|off|out|back|down|over|in|on)\\s{1,3}\\w+)(?<!\\b(?:get|gets|getting)\\s{1,3}(?:\\w{1,20}\\s{1,3}){1,2}\\w+)(?<!\\b(?:be|been|being)\\s{1,3}\\w{2,20}ed\\s{1,3}(?:\\w{1,20}\\s{1,3}){0,3}and\\s{1,3}\\w+)(?<!\\b(?:on|in|at|of|with|for|from|into|onto|under|the|a|an|its|their|his|her|our|your|these|those|more|most|less|least|very|highly)\\s{1,3}\\w+)(?<!\\b(?:will|would|could|can|may|might|should|must|to|['’]ll)\\s{1,3}(?:[\\w'’-]+\\s{1,3}){1,5}(?:in|on|for|from|with)\\s{1,3}[a-z]{2,}s\\s{1,3}\\w+)(?<!\\bwhat\\s{1,3}(?:[\\w.'’-]+\\s{1,3}){1,3}(?:called|described|termed|dubbed))(?<!\\bif\\s{1,3}(?:[\\w'’-]+\\s{1,3}){1,3}(?:was|were)\\s{1,3}(?:not\\s{1,3})?\\w+)(?<!\\b(?:if|unless)\\s{1,3}\\w+)(?<!(?:\\b(?:is|are|am)|['’](?:re|m))\\s{1,3}(?:(?:\\w{2,16}ly|not|well|still|already|also|now)\\s{1,3})?(?!${TOLD_OF}\\b)\\w+)(?<!\\b(?:is|are)n['’]t\\s{1,3}(?!${TOLD_OF}\\b)\\w+))\\b`,
  'gi',
);
/**
 * "Now" after a modal is of the verb that looks ahead: "the rules will now apply from Oct. 28". Nor is "now" before an
 * age set off by commas a present: "arrested the man, now 52, at his home early Wednesday" tells his age today, not the
 * tense of the arrest. What a thing covers or spans is told in the present, whatever was done to it ("the outlook,
 * released Thursday, covers December through February").
 */
// "am" after a number is the clock's ("attacked at 3 am on Friday"), not the verb.
const PRESENT = /\b(?:is|are|am(?<!\d\s{0,3}am)|says|say|remains?|covers|spans|now(?<!\b(?:will|would|shall|could|can|may|might|must|should|['’]ll)\s{1,3}now)(?!\s+(?:\d{1,3}|in\s+(?:his|her|their)\s+(?:early\s+|mid-|late\s+)?\w+s)\s*[,)]))\b|['’](?:re|m)(?![\w-])|\b(?:there|it|that|here|what)['’]s\b(?!\s+(?:been|had|got|gone)\b)/gi;

/** Marker spans in text order; within one list they never overlap, so ends are sorted too. */
export interface Spans {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const byEndThenStart = (a: readonly [number, number], b: readonly [number, number]): number => a[1] - b[1] || a[0] - b[0];

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

export interface Markers {
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
/**
 * "Met Office warns of snow", "Met Police to step up patrols", "Met to show ink art": "Met" with a capital before a name,
 * "to" or "'s" is the Met Office, Police or Museum, no verb ("Leaders met to discuss" is one).
 */
const THE_MET_AFTER = /^\s(?:[A-Z]|to\s|['’]s\b)|^['’]s\b/;
const namesTheMet = (text: string, start: number): boolean =>
  text.charCodeAt(start) === 77 && text.startsWith('Met', start) && THE_MET_AFTER.test(text.slice(start + 3, start + 7));
/** "Lent" with a capital is the season before Easter ("Orthodox Christians begin Great Lent on March 18"), no loan made. */
const namesLent = (text: string, start: number): boolean => text.charCodeAt(start) === 76 && text.startsWith('Lent', start);
/**
 * "would be presented to the cabinet in the coming weeks and passed by the end of July", "will be debated and voted on
 * in May", "will be flown home on Sunday and buried Monday": a participle after "and" shares the modal and "be" of the
 * one before it, with no verb of its own between.
 */
const MODAL_PASSIVE_AND = /\b(?:will|would|shall|could|can|may|might|must|should|to)\s+be\s+(?:\w{2,}(?:ed|en|wn)|held|made|sent|paid|sold|built|brought|set|put|cut|sworn|laid|kept|found|told|shut|hit)\b(?:(?!\b(?:was|were|had|has|have|is|are|did|said)\b)[^.;!?]){0,60}\band\s+$/i;
const sharesModalPassive = (text: string, start: number): boolean =>
  text.startsWith('and ', start - 4) && MODAL_PASSIVE_AND.test(text.slice(Math.max(0, start - 90), start));
/**
 * A verb whose past is its base form, after "may" in lower case ("May" is a month): "the comet may put on a show in
 * November", "the storm may hit the coast on Tuesday", "the Fed may cut rates in March" look ahead. (PAST leaves out
 * the verbs after the other modals itself; its case-blind pattern cannot tell "may" from "May".)
 */
const MAY_BEFORE = /\bmay\s{1,3}(?:(?:not|also|well|still|even|soon|yet)\s{1,3})?$/;
const afterMay = (text: string, start: number): boolean => {
  const before = text.slice(Math.max(0, start - 16), start);
  return before.includes('may') && MAY_BEFORE.test(before);
};
/** Is the past form at `start` one of no deed? `toHaveAt`: where the text says "to have". */
const notDone = (text: string, start: number, toHaveAt: readonly number[]): boolean => {
  if (namesTheMet(text, start)) return true;
  if (afterMay(text, start)) return true;
  if (namesLent(text, start)) return true;
  if (sharesModalPassive(text, start)) return true;
  if (text.startsWith('percent ', start - 8) || text.startsWith('% ', start - 2)) return SHARE_DONE.test(text.slice(Math.max(0, start - 24), start));
  return toHaveAt.some((at) => at < start && at >= start - 60) && TO_HAVE_DONE.test(text.slice(Math.max(0, start - 60), start));
};
function withoutNotDone(text: string, s: Spans, toHaveAt: readonly number[]): Spans {
  const keep = s.starts.map((start) => !notDone(text, start, toHaveAt));
  if (keep.every(Boolean)) return s;
  return { starts: s.starts.filter((_, i) => keep[i]), ends: s.ends.filter((_, i) => keep[i]) };
}

/** The markers in the given stretches; `toHaveAt`: where the text says "to have" (see notDone). */
export const markersIn = (text: string, ranges: readonly (readonly [number, number])[], toHaveAt: readonly number[]): Markers =>
  ({ future: spansIn(text, ranges, FUTURE, CASED_FUTURE), past: withoutNotDone(text, spansIn(text, ranges, PAST), toHaveAt), present: spansIn(text, ranges, PRESENT) });
