/**
 * One document's events: its time expressions become dated events (ranges joined), each titled by its clause and
 * linked to the names in that clause; expressions and announcements that cannot be placed become undated mentions.
 */
import { headDates } from '../documents/documentDate.ts';
import { tagTimexes, type TimexType } from '../extract/index.ts';
import type { SourceDocument } from '../documents/parseDocument.ts';
import { analyseSentences, type AnalysedSentence } from './clauses.ts';
import { datelineLength } from './dateline.ts';
import { entityId, namesInSentence, resolveNames, type NameMention, type ResolvedName } from './entities.ts';
import { keywordsOf, type Keyword } from './keywords.ts';
import type { SentenceAnalyser } from './nlp/analysis.ts';
import { documentDates } from './ranges.ts';
import { sentenceAround, spansWithin, splitSentences } from './sentences.ts';
import { describeEvent } from './titleOfClause.ts';
import type { EventSource, TextSpan, TimelineEvent, UndatedEvent } from './types.ts';
import { announcementsIn } from './undated.ts';
import { reportingVerbs } from './words.ts';

/** An event as read from one passage, with what merging needs to know. */
export interface ReadEvent {
  readonly event: TimelineEvent;
  /** Stem → key word. */
  readonly keywords: ReadonlyMap<string, Keyword>;
  /** The expression points at a noun ("Wednesday's call", "the March 22 attack"): a mention of an event told before. */
  readonly anaphoric?: boolean;
  /** The entity named before the clause's verb, the one who acts: "Iran condemned …" is not "Cyprus condemned …". */
  readonly agent?: string;
}

export interface DocumentReading {
  readonly events: ReadEvent[];
  readonly undated: UndatedEvent[];
  /** Every name found in the sentences read, tied to its entity. */
  readonly names: (ResolvedName & { readonly docId: string; readonly entityId: string })[];
}

/** How many sentences go to the analyser in one call. A long document is analysed in parts of this many, so that
 * its reading can report how far it has got; shorter ones (nearly all) go in one call, as before. */
export const sentencesPerCall = 2000;

/** Sentences of a document analysed so far, of those that hold a date or an announcement. */
export type SentenceProgress = (done: number, total: number) => void;

export function readDocument(document: SourceDocument, analyser: SentenceAnalyser, progress?: SentenceProgress): DocumentReading {
  const { text } = document;
  const sentences = splitSentences(text);
  const timexes = tagTimexes(text, document.dct ? { dct: document.dct } : {});
  const around = (start: number, end: number) => sentenceAround(sentences, text, start, end);
  const { dated, unplaced } = documentDates(text, timexes, document.dct, (offset) => around(offset, offset + 1));

  // A date in a dateline is when the story was filed, and one in a byline or "Published …" line when it was written:
  // not events.
  const bylines = headDates(text);
  const inDateline = (span: TextSpan) => {
    if (bylines.some((b) => b.start <= span.start && span.end <= b.end)) return true;
    const sentence = around(span.start, span.end);
    return span.end <= sentence.start + datelineLength(sentence.text);
  };
  const eventDates = dated.filter((d) => !inDateline(d.span));
  // In text order, for finding the other dates of a sentence by binary search.
  const datedSpans = dated.map((d) => d.span).sort((a, b) => a.start - b.start);
  const undatedSpans: { span: TextSpan; value?: string; type?: TimexType }[] = [
    ...unplaced.filter((t) => !inDateline(t)).map((t) => ({ span: { start: t.start, end: t.end, text: t.text }, value: t.value, type: t.type })),
    ...sentences.flatMap(announcementsIn).filter((a) => !timexes.some((t) => t.start < a.end && t.end > a.start)).map((span) => ({ span })),
  ].sort((a, b) => a.span.start - b.span.start);

  // Only the sentences that hold an event go through the analyser, all in one call.
  const key = (span: TextSpan) => `${span.start}:${span.end}`;
  const needed = new Map<string, TextSpan>();
  for (const { span } of [...eventDates, ...undatedSpans]) {
    const sentence = around(span.start, span.end);
    needed.set(key(sentence), sentence);
  }
  const analysed = new Map<string, { sentence: AnalysedSentence; names: NameMention[] }>();
  const toAnalyse = [...needed.values()];
  for (let from = 0; from < toAnalyse.length; from += sentencesPerCall) {
    progress?.(from, toAnalyse.length);
    for (const sentence of analyseSentences(toAnalyse.slice(from, from + sentencesPerCall), analyser)) {
      analysed.set(key(sentence.span), { sentence, names: namesInSentence(sentence) });
    }
  }
  progress?.(toAnalyse.length, toAnalyse.length);
  const analyse = (span: TextSpan) => analysed.get(key(span))!;
  const describe = (span: TextSpan, keepExpression: boolean) => {
    const sentence = around(span.start, span.end);
    const entry = analyse(sentence);
    const source: EventSource = { docId: document.id, timex: span, sentence };
    const others = spansWithin(datedSpans, sentence.start, sentence.end).filter((o) => o.start !== span.start);
    return { source, entry, ...describeEvent(entry.sentence, span.start, span.end, { keepExpression, others }) };
  };

  const described = eventDates.map((d) => ({ d, ...describe(d.span, false) }));
  // With no date to show beside it, an undated title keeps its expression ("in the future").
  const undatedDescribed = undatedSpans.map((u) => ({ u, ...describe(u.span, true) }));

  const resolved = resolveNames(text, [...analysed.values()].flatMap((e) => e.names));
  const agentOf = (entry: { sentence: AnalysedSentence; names: NameMention[] }, words: readonly number[]) => {
    const verb = words.find((i) => ['verb', 'aux'].includes(entry.sentence.tokens[i]!.pos));
    // Who reports is not who acts, and "Russia's" in "Russia's defence minister" only says whose.
    if (verb === undefined || reportingVerbs.has(entry.sentence.tokens[verb]!.text.toLowerCase())) return {};
    const name = entry.names.find((n) => resolved.has(n) && n.from < verb && words.includes(n.from) && !/['’]s$/.test(entry.sentence.tokens[n.to - 1]!.text));
    const r = name && resolved.get(name);
    if (r) return { agent: entityId(r.kind, r.name) };
    // "The Cuban government condemned …": the people named by an adjective act.
    const demonym = words.find((i) => i < verb && entry.sentence.tokens[i]!.demonym);
    return demonym !== undefined ? { agent: `demonym-${entry.sentence.tokens[demonym]!.text.toLowerCase()}` } : {};
  };
  const participantsOf = (entry: { names: NameMention[] }, words: readonly number[]) => {
    const inWords = new Set(words);
    const ids = new Set<string>();
    for (const name of entry.names) {
      const r = resolved.get(name);
      if (r && wordsOverlap(name, inWords)) ids.add(entityId(r.kind, r.name));
    }
    return ids.size ? { participants: [...ids] } : {};
  };

  const events = described.map(({ d, source, entry, title, words }): ReadEvent => ({
    event: {
      id: `${document.id}:${d.span.start}`, value: d.value, type: d.type, ...(d.mod ? { mod: d.mod } : {}),
      granularity: d.granularity, start: d.start, end: d.end, title, sources: [source],
      ...participantsOf(entry, words), ...(d.uncertainty ? { uncertainty: d.uncertainty } : {}), ...(d.range ? { range: d.range } : {}),
    },
    keywords: keywordsOf(entry.sentence, words, d.span),
    ...agentOf(entry, words),
    ...(pointsAtNoun(text, d.span) ? { anaphoric: true } : {}),
  }));
  const undated = undatedDescribed.map(({ u, source, entry, title, words }): UndatedEvent => ({
    id: `${document.id}:${u.span.start}:undated`, title, ...(u.value !== undefined ? { value: u.value } : {}), ...(u.type ? { type: u.type } : {}),
    sources: [source], ...participantsOf(entry, words),
  }));
  const names = [...resolved.values()].map((r) => ({ ...r, docId: document.id, entityId: entityId(r.kind, r.name) }));
  return { events, undated, names };
}

function pointsAtNoun(text: string, span: TextSpan): boolean {
  const after = text.slice(span.end, span.end + 3);
  return /^['’]s\s/.test(after) || (/\bthe\s+$/i.test(text.slice(Math.max(0, span.start - 4), span.start)) && /^\s\p{Ll}/u.test(after));
}

function wordsOverlap(name: NameMention, words: ReadonlySet<number>): boolean {
  for (let i = name.from; i < name.to; i++) if (words.has(i)) return true;
  return false;
}
