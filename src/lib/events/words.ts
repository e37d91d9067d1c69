/** Closed word lists the clause, title and entity rules share. Lower case. */

/** Verbs that report speech: the event of "X said Wednesday that Y" is the statement, its content says what. */
export const reportingVerbs = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'stated', 'added', 'noted', 'reported', 'reports',
  'declared', 'confirmed', 'quoted', 'insisted', 'claimed', 'acknowledged', 'explained', 'wrote', 'disclosed',
]);

/** Verbs that only relate one event to another ("the call followed Macron's comments in February"). */
export const relatingVerbs = new Set(['followed', 'follows', 'preceded', 'precedes', 'recalled', 'echoed']);

/** Words that open a subordinate clause when a verb follows them. */
export const subordinators = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'whereas', 'because', 'although', 'though', 'if', 'after',
  'before', 'since', 'until', 'as', 'where', 'unless',
]);

/** Relative pronouns: the clause they open is about the noun before them. */
export const relativePronouns = new Set(['which', 'who', 'that', 'whom']);

/** Conjunctions that join two clauses when a verb follows. */
export const coordinators = new Set(['and', 'but', 'or', 'yet']);

/** Determiners a title can do without: they point back to words the title does not show. */
export const droppableDeterminers = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'a', 'an']);

/** Adverbs that only link to the surrounding text. */
export const droppableAdverbs = new Set(['also', 'however', 'meanwhile', 'then', 'still', 'already', 'earlier', 'later', 'now', 'too']);

/** Prepositions that only place the event in time; "since" and "until" say more and stay. */
export const timePrepositions = new Set(['in', 'on', 'at', 'during', 'by', 'of', 'from', 'for', 'throughout', 'through', 'over', 'between', 'this', 'that']);

/** Titles and roles written before a person's name; they are not part of the name. */
export const personTitles = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'rev', 'president',
  'minister', 'secretary', 'senator', 'governor', 'general', 'judge', 'justice', 'chairman', 'director', 'ambassador',
  'king', 'queen', 'prince', 'pope', 'premier', 'chancellor', 'mayor', 'attorney', 'spokesman', 'spokeswoman', 'chief',
  'prime', 'foreign', 'defense', 'defence', 'deputy', 'vice', 'state', 'interior', 'justice', 'leader', 'officer', 'agent',
  'commander', 'lawyer', 'professor', 'former', 'rev', 'sir', 'lord', 'father', 'sister', 'brother', 'detective',
]);

/** Last words of organisation names. */
export const organizationHeads = new Set([
  'ministry', 'department', 'council', 'committee', 'party', 'group', 'agency', 'bureau', 'corp', 'corporation', 'inc',
  'co', 'company', 'bank', 'court', 'commission', 'union', 'association', 'army', 'police', 'university', 'organization',
  'organisation', 'office', 'senate', 'congress', 'parliament', 'navy', 'force', 'forces', 'front', 'church', 'institute',
  'foundation', 'service', 'services', 'airlines', 'times', 'post', 'news', 'press', 'network', 'fund', 'board', 'assembly',
  'alliance', 'federation', 'guard', 'administration', 'cabinet', 'government', 'club', 'team', 'exchange', 'reserve',
]);

/** Capitalised words that are not names when they start a sentence or stand alone. */
export const notNames = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'it', 'he', 'she', 'they', 'we', 'i', 'but', 'and', 'or', 'this', 'that', 'these',
  'those', 'there', 'here', 'when', 'after', 'before', 'while', 'as', 'if', 'his', 'her', 'their', 'its', 'our', 'for',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'sen', 'gen',
  'western', 'eastern', 'northern', 'southern', 'president', 'minister', 'secretary', 'media', 'no', 'yes', 'not',
  'advertisement', 'associated', 'ap', 'reuters', 'news', 'story', 'gmt', 'utc', 'est', 'edt', 'pst', 'pdt', 'cst', 'cdt',
  'xinhua', 'god', 'internet', 'today', 'tonight', 'yesterday', 'tomorrow',
]);

/** Words that say nothing about what happened; left out of merge key words. */
export const stopWords = new Set([
  ...droppableDeterminers, ...droppableAdverbs, ...reportingVerbs, 'be', 'is', 'are', 'was', 'were', 'been', 'being', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'must', 'not', 'no', 'this',
  'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'who', 'which', 'what', 'and',
  'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as', 'about', 'into', 'over', 'after', 'before',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'time', 'official', 'officials', 'people', 'one',
  'two', 'three', 'first', 'last', 'other', 'more', 'some', 'such', 'mr', 'mrs', 'ms', 'percent', 'today', 'yesterday',
  'get', 'got', 'make', 'made', 'take', 'took', 'go', 'went', 'come', 'came', 'say', 'news', 'report', 'statement',
]);
