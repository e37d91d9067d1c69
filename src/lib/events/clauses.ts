/**
 * Clauses: a long sentence reports several things, and the clause a time expression sits in says which one it dates.
 * A sentence's words are cut where a clause starts: at strong punctuation, at a conjunction or subordinator followed by
 * a verb, at a participle after a comma ("…, emphasising that"), and at a trailing attribution ("…, officials said").
 */
import type { SentenceAnalyser, Token } from './nlp/analysis.ts';
import type { TextSpan } from './types.ts';
import { coordinators, reportingVerbs, subordinators } from './words.ts';

/** A sentence and its words, with offsets into the document. */
export interface AnalysedSentence {
  readonly span: TextSpan;
  readonly tokens: readonly Token[];
}

/** Runs the analyser on sentences, in one batch, and moves the offsets into the document. */
export function analyseSentences(spans: readonly TextSpan[], analyser: SentenceAnalyser): AnalysedSentence[] {
  const tokenLists = analyser(spans.map((s) => s.text));
  return spans.map((span, i) => ({
    span,
    tokens: (tokenLists[i] ?? []).map((t) => ({ ...t, start: t.start + span.start, end: t.end + span.start })),
  }));
}

/** Token indices [from, to). */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** How far ahead a conjunction looks for the verb that makes it open a clause. */
const verbLookahead = 8;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const isVerb = (t: Token | undefined) => t?.pos === 'verb' || t?.pos === 'aux';

/** The text between token i-1 and token i ("" before the first). */
export function gapBefore(sentence: AnalysedSentence, i: number): string {
  const prev = sentence.tokens[i - 1];
  const token = sentence.tokens[i];
  if (!prev || !token) return '';
  const base = sentence.span.start;
  return sentence.span.text.slice(prev.end - base, token.start - base);
}

function verbAhead(sentence: AnalysedSentence, i: number): boolean {
  const { tokens } = sentence;
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + verbLookahead); j++) {
    if (/[;:,—–()]/.test(gapBefore(sentence, j))) return false;
    if (isVerb(tokens[j])) return true;
  }
  return false;
}

/** "…, officials said" or "…, the ministry said Friday": a short trailing run ending in a reporting verb. */
function attributionAt(sentence: AnalysedSentence, i: number): boolean {
  const { tokens } = sentence;
  for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j]!;
    if (reportingVerbs.has(lower(t))) return true;
    if (isVerb(t) || t.pos === 'prep' || t.pos === 'conj') return false;
  }
  return false;
}

/** Indices of the tokens that start a clause; always starts with 0. */
export function clauseStarts(sentence: AnalysedSentence): number[] {
  const { tokens } = sentence;
  const starts = [0];
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    const gap = gapBefore(sentence, i);
    const word = lower(token);
    const comma = gap.includes(',');
    let start = false;
    if (/[;:—–()]|\s-\s/.test(gap)) start = true;
    else if (coordinators.has(word)) start = isVerb(tokens[i + 1]) || (comma && verbAhead(sentence, i));
    else if (subordinators.has(word)) start = verbAhead(sentence, i) && !(word === 'that' && !comma && !isVerb(tokens[i - 1]) && tokens[i - 1]?.pos !== 'noun' && tokens[i - 1]?.pos !== 'name');
    else if (comma && (/ing$/i.test(token.text) && token.pos === 'verb')) start = true;
    else if (comma && word === 'according') start = true;
    else if (comma && attributionAt(sentence, i)) start = true;
    else if (comma && /[“”"]/.test(gap)) start = true;
    if (!start) continue;
    // "in which", "of whom": the preposition belongs to the clause it opens.
    const at = subordinators.has(word) && tokens[i - 1]?.pos === 'prep' && !/[,;]/.test(gap) && i - 1 > starts[starts.length - 1]! ? i - 1 : i;
    if (at > starts[starts.length - 1]!) starts.push(at);
  }
  return starts;
}

/** The clauses of a sentence as token ranges. */
export function clausesOf(sentence: AnalysedSentence): TokenRange[] {
  const starts = clauseStarts(sentence);
  return starts.map((from, k) => ({ from, to: starts[k + 1] ?? sentence.tokens.length }));
}

/** Index of the first token that overlaps [start, end), or -1. */
export function tokenAt(tokens: readonly Token[], start: number, end: number): number {
  return tokens.findIndex((t) => t.end > start && t.start < end);
}

/**
 * The clause that holds the offsets [start, end). A clause without a verb ("In March 2022, …", "…, in Istanbul")
 * is only an adjunct: it joins the clause it modifies (the next one at the start of the sentence, else the previous).
 */
export function clauseAround(sentence: AnalysedSentence, start: number, end: number): TokenRange {
  const clauses = clausesOf(sentence);
  const at = tokenAt(sentence.tokens, start, end);
  let k = clauses.findIndex((c) => at >= c.from && at < c.to);
  if (k < 0) return { from: 0, to: sentence.tokens.length };
  let { from, to } = clauses[k]!;
  const hasVerb = (r: TokenRange) => sentence.tokens.slice(r.from, r.to).some(isVerb);
  // "vowed to hunt down | and bring to justice …": a clause that ends on a verb or a particle goes on in the next.
  const dangling = () => { const t = sentence.tokens[to - 1]; return t !== undefined && (isVerb(t) || t.pos === 'prep' || /^(?:down|up|out|off)$/i.test(t.text)); };
  while (dangling() && to < sentence.tokens.length) to = clauses.find((c) => c.from === to)?.to ?? sentence.tokens.length;
  while (!hasVerb({ from, to })) {
    if ((from === 0 || k === 0) && to < sentence.tokens.length) to = clauses[++k]?.to ?? to;
    else if (from > 0) from = [...clauses].reverse().find((c) => c.to <= from)?.from ?? 0;
    else break;
  }
  return { from, to };
}
