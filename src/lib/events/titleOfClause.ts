/**
 * A short title for an event from the words of its clause: who did what. Words are only dropped, never added or
 * reordered: the time expression (the timeline shows the date), a dateline, determiners that point outside the title
 * ("his", "the"), linking adverbs ("also"), a leading "that"/"and", quote marks, "according to …", and trailing
 * phrases while the title is too long.
 */
import { clauseAround, clausesOf, gapBefore, tokenAt, type AnalysedSentence, type TokenRange } from './clauses.ts';
import { datelineLength } from './dateline.ts';
import type { Token } from './nlp/analysis.ts';
import { titleFromSentence } from './title.ts';
import {
  coordinators, droppableAdverbs, droppableDeterminers, relatingVerbs, relativePronouns, reportingVerbs, subordinators,
  timePrepositions,
} from './words.ts';

export interface TitleOptions {
  /** The length a title aims at. */
  readonly max: number;
  /** A title that ends on a whole phrase may run this much over `max` rather than be cut mid-phrase. */
  readonly slack: number;
}

export const defaultTitleOptions: TitleOptions = { max: 80, slack: 10 };


const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isVerb = (t: Token | undefined) => t?.pos === 'verb' || t?.pos === 'aux';
const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** An event's title and the sentence words it was chosen from (token indices, in order). */
export interface EventDescription {
  readonly title: string;
  readonly words: readonly number[];
}

/** Prepositions that make the date part of what happened: "the first contact since October 2022". */
const relationalPrepositions = new Set(['since', 'until', 'till', 'before', 'after']);

/**
 * The title of the event marked by the expression at [start, end) of the sentence. `keepExpression` leaves the
 * expression in the title (an undated mention: "a planned round of talks").
 */
export function describeEvent(
  sentence: AnalysedSentence, start: number, end: number,
  { keepExpression = false, others = [], ...options }: Partial<TitleOptions> & { keepExpression?: boolean; others?: readonly { start: number; end: number }[] } = {},
): EventDescription {
  const { max, slack } = { ...defaultTitleOptions, ...options };
  const { tokens } = sentence;
  if (tokens.length === 0) return { title: titleFromSentence(sentence.span.text, max), words: [] };
  const firstWord = firstWordAfterDateline(sentence);
  const clause = clauseAround(sentence, start, end);
  const picked = pickWords(sentence, { from: Math.max(clause.from, firstWord), to: clause.to }, start, end, others);
  const at = tokenAt(tokens, start, end);
  // "the first contact since October 2022" keeps its date; "Since 1949, it has grown" does not need it.
  const relational = relationalPrepositions.has(lower(tokens[at - 1])) && at - 1 !== picked[0];
  const dropped = keepExpression || relational ? [-1, -1] as const : [start, end] as const;
  const aside = parenthesised(sentence);
  // A kept expression keeps its own words ("in the future"), but a title still starts without an article.
  const own = (i: number) => keepExpression && i !== picked[0] && overlaps(tokens[i]!, start, end);
  const words = picked.filter((i) => !aside.has(i) && (own(i) || keepWord(sentence, i, dropped[0], dropped[1], picked)));
  // "On Friday, when Albright set aside …": once the date is gone, "when" opens the title and is dropped too.
  while (words.length > 1 && opensClause(lower(tokens[words[0]!]))) words.shift();
  const title = shorten(sentence, words, { max, slack });
  return { title: title.length >= 3 ? title : titleFromSentence(sentence.span.text, max), words: picked };
}

/** The title alone. */
export function titleOfEvent(sentence: AnalysedSentence, start: number, end: number, options: Partial<TitleOptions> = {}): string {
  return describeEvent(sentence, start, end, options).title;
}

/** Words inside parentheses: asides ("(0735 GMT)", "(AP)") that a title leaves out. */
function parenthesised(sentence: AnalysedSentence): Set<number> {
  const inside = new Set<number>();
  let depth = 0;
  sentence.tokens.forEach((_, i) => {
    for (const c of gapBefore(sentence, i)) depth = Math.max(0, depth + (c === '(' ? 1 : c === ')' ? -1 : 0));
    if (depth > 0) inside.add(i);
  });
  return inside;
}

function firstWordAfterDateline(sentence: AnalysedSentence): number {
  const length = datelineLength(sentence.span.text);
  if (!length) return 0;
  const at = sentence.tokens.findIndex((t) => t.start - sentence.span.start >= length);
  return at < 0 ? 0 : at;
}

/** Which words of the sentence describe the event: the clause, or a noun phrase, a reported content, an antecedent. */
function pickWords(sentence: AnalysedSentence, clause: TokenRange, start: number, end: number, others: readonly { start: number; end: number }[]): number[] {
  const { tokens } = sentence;
  const clauses = clausesOf(sentence);
  const last = lastTokenOf(tokens, start, end);
  // "the March 22 attack on a concert hall", "Wednesday's call": the expression dates the noun it modifies.
  const head = tokens[last + 1];
  const possessive = /['’]s$/.test(tokens[last]?.text ?? '');
  const determined = tokens[tokenAt(tokens, start, end) - 1]?.pos === 'det';
  if (head && last + 1 < clause.to && !/[,;:]/.test(gapBefore(sentence, last + 1)) && (possessive || determined) &&
      (head.pos === 'noun' || head.pos === 'name' || head.pos === 'adj' || (head.pos === 'verb' && tokens[last + 2]?.pos === 'prep'))) {
    let to = clause.to;
    const next = clauses.find((c) => c.from === to);
    if (next && relativePronouns.has(lower(tokens[to])) && isVerb(tokens[to + 1]) && !/,/.test(gapBefore(sentence, to))) to = next.to;
    const phrase = range(last + 1, to);
    if (phrase.filter((i) => tokens[i]!.pos !== 'det' && tokens[i]!.pos !== 'prep').length >= 3) return phrase;
  }
  // "…, officials said as dawn broke Saturday": a short time clause only dates the clause before it.
  const k = clauses.findIndex((c) => c.from <= clause.from && clause.from < c.to);
  const opener = lower(tokens[clause.from]);
  if (k > 0 && ['as', 'when', 'while'].includes(opener) && clause.to - clause.from <= 5) {
    const previous = clauses[k - 1]!;
    const at = tokenAt(tokens, start, end);
    return pickWords(sentence, previous, tokens[previous.from]!.start, tokens[previous.from]!.start, others).filter((i) => i !== at);
  }
  const words = range(clause.from, clause.to);
  const verbAt = words.find((i) => isVerb(tokens[i]));
  // "The conversation followed Macron's comments in February": the date belongs to the comments.
  if (verbAt !== undefined && relatingVerbs.has(lower(tokens[verbAt])) && tokenAt(tokens, start, end) > verbAt) {
    return range(verbAt + 1, clause.to);
  }
  // "The Cypriot government Saturday condemned the attacks in Kenya Friday": Saturday dates the verb, Friday its object.
  const at = tokenAt(tokens, start, end);
  if (verbAt !== undefined && at > verbAt + 2) {
    const datesVerb = others.some((o) => {
      const k = tokenAt(tokens, o.start, o.end);
      return k >= clause.from && k < clause.to && k !== at && k <= verbAt + 1;
    });
    let from = verbAt + 1;
    while (from < at && (tokens[from]!.pos === 'adv' || tokens[from]!.pos === 'det')) from++;
    const object = range(from, at);
    if (datesVerb && object.filter((i) => ['noun', 'name'].includes(tokens[i]!.pos)).length >= 2) return object;
  }
  const content = words.filter((i) => !overlaps(tokens[i]!, start, end) && tokens[i]!.pos !== 'det');
  // "…, officials said Friday" or "X said Wednesday that …": the statement's content says what happened.
  if (verbAt !== undefined && reportingVerbs.has(lower(tokens[verbAt])) && content.length <= 5) {
    const k = clauses.findIndex((c) => c.from === clause.from);
    const next = clauses[k + 1];
    const previous = clauses[k - 1];
    const opener = lower(tokens[next?.from ?? -1]);
    const complement = opener === 'that' || (!coordinators.has(opener) && !subordinators.has(opener));
    if (next && next.from === clause.to && complement) return [...words, ...range(next.from, next.to)];
    if (previous && (clause.to === tokens.length || !complement)) return [...range(previous.from, previous.to), ...words];
  }
  // "The factory opened in 1990 and grew through the 1990s": the second verb shares the first one's subject.
  if (coordinators.has(lower(tokens[clause.from])) && isVerb(tokens[clause.from + 1]) && k > 0) {
    const first = clauses[k - 1]!;
    const subject = range(first.from, first.to);
    const verb = subject.findIndex((i) => isVerb(tokens[i]));
    if (verb > 0 && verb <= 6) return [...subject.slice(0, verb), ...words.slice(1)];
  }
  // "…a draft document, which was discussed…": the relative pronoun stands for the noun before it.
  if (relativePronouns.has(lower(tokens[clause.from])) && clause.from > 0) {
    return [...antecedent(tokens, clause.from), ...words.slice(1)];
  }
  return words;
}

/** The noun phrase just before a relative pronoun: nouns, names, adjectives and numbers back to a verb or preposition. */
function antecedent(tokens: readonly Token[], at: number): number[] {
  let from = at;
  while (from > 0 && at - from < 5 && ['noun', 'name', 'adj', 'num'].includes(tokens[from - 1]!.pos)) from--;
  return range(from, at);
}

function lastTokenOf(tokens: readonly Token[], start: number, end: number): number {
  let last = tokenAt(tokens, start, end);
  while (last + 1 < tokens.length && tokens[last + 1]!.start < end) last++;
  return last;
}

const overlaps = (t: Token, start: number, end: number) => t.end > start && t.start < end;
const opensClause = (word: string) => coordinators.has(word) || word === 'that' || (subordinators.has(word) && !relativePronouns.has(word));

function keepWord(sentence: AnalysedSentence, i: number, start: number, end: number, picked: readonly number[]): boolean {
  const { tokens } = sentence;
  const token = tokens[i]!;
  const word = lower(token);
  if (overlaps(token, start, end)) return false;
  const next = tokens[i + 1];
  // "in February", "on Wednesday", "in the 1990s": the preposition only places the date.
  if (next && ((overlaps(next, start, end) && !/['’]s$/.test(next.text)) || (droppableDeterminers.has(lower(next)) && tokens[i + 2] && overlaps(tokens[i + 2]!, start, end)))) {
    if (timePrepositions.has(word) || droppableDeterminers.has(word)) return false;
  }
  if (droppableDeterminers.has(word) && token.pos !== 'verb' && !/^\S+$/.test(gapBefore(sentence, i))) return false;
  if (droppableAdverbs.has(word) && token.pos === 'adv') return false;
  // A clause's opening "that", "and", "when" joins it to words the title does not show.
  if (i === picked[0] && (coordinators.has(word) || (subordinators.has(word) && !relativePronouns.has(word)) || word === 'that')) return false;
  if (word === 'according' && lower(next) === 'to') return false;
  const before = tokens[i - 1];
  if (lower(before) === 'according' && word === 'to') return false;
  return !picked.slice(0, picked.indexOf(i)).some((j) => lower(tokens[j]) === 'according' && lower(tokens[j + 1]) === 'to');
}

/** Joins words with the punctuation that stood between them, dropping trailing phrases while the title is too long. */
function shorten(sentence: AnalysedSentence, words: readonly number[], options: TitleOptions): string {
  let kept = [...words];
  let title = join(sentence, kept);
  const firstVerb = kept.findIndex((i) => isVerb(sentence.tokens[i]));
  while (title.length > options.max + options.slack) {
    const cut = lastPhraseStart(sentence, kept, Math.max(2, firstVerb + 2));
    if (cut < 0) break;
    kept = kept.slice(0, cut);
    title = join(sentence, kept);
  }
  if (title.length <= options.max + options.slack) return title;
  const cutAt = title.slice(0, options.max - 1);
  const space = cutAt.lastIndexOf(' ');
  return (space > options.max / 2 ? cutAt.slice(0, space) : cutAt).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** Position in `kept` of the last preposition or clause opener after `min`, or -1. */
function lastPhraseStart(sentence: AnalysedSentence, kept: readonly number[], min: number): number {
  for (let k = kept.length - 1; k >= min; k--) {
    const t = sentence.tokens[kept[k]!]!;
    if (t.pos === 'prep' || t.pos === 'conj' || /,/.test(gapBefore(sentence, kept[k]!))) return k;
  }
  return -1;
}

function join(sentence: AnalysedSentence, kept: readonly number[]): string {
  let out = '';
  kept.forEach((i, k) => {
    if (k > 0) {
      const previous = kept[k - 1]!;
      // Words left out between two kept ones: keep a comma that stood among them ("…, the union said").
      const skippedWords = range(previous + 1, i).map((j) => lower(sentence.tokens[j]));
      const onlyLinkWords = skippedWords.every((w) => droppableDeterminers.has(w) || droppableAdverbs.has(w));
      const comma = onlyLinkWords && range(previous + 1, i + 1).some((j) => gapBefore(sentence, j).includes(','));
      out += previous === i - 1 ? gapBefore(sentence, i).replace(/[“”"‘()`]|’(?!\p{L})|'(?=\s|$)/gu, '').replace(/\s+/g, ' ') : comma ? ', ' : ' ';
    }
    out += sentence.tokens[i]!.text.replace(/[“”"`]|''|'$/g, '');
  });
  const trimmed = out.replace(/\s+([,;])/g, '$1').replace(/^[\s,;:–—_-]+|[\s,;:.!?–—_-]+$/g, '').replace(/\s+/g, ' ');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
