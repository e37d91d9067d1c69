/**
 * Names in a sentence: runs of capitalised words the tagger marks as names, cleaned of titles ("President"),
 * possessives and leading "the", and sorted into people, organisations and places. Within a document, a lone surname
 * ("Shoigu") is the person whose full name ends with it ("Sergei Shoigu"), even when the full name is only written in
 * a sentence that holds no date.
 */
import { gapBefore, type AnalysedSentence } from './clauses.ts';
import type { Token } from './nlp/analysis.ts';
import type { EntityKind, TextSpan } from './types.ts';
import { notNames, organizationHeads, personTitles } from './words.ts';

/** A name found in a sentence, before it is tied to an entity. */
export interface NameMention extends TextSpan {
  /** undefined: a lone capitalised word that only counts if it names a known person. */
  readonly kind: EntityKind | undefined;
  /** Token indices in the sentence. */
  readonly from: number;
  readonly to: number;
}

/** Country abbreviations the tagger takes for organisations. */
const placeAcronyms = new Set(['U.S.', 'US', 'U.K.', 'UK', 'USA', 'U.S.A.', 'UAE', 'U.A.E.', 'EU']);
const bare = (t: Token | undefined) => (t?.text ?? '').replace(/['’]s$/, '').replace(/\.$/, '').toLowerCase();
const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);

/** Lower-case words that can sit inside a name: "Dar es Salaam", "Charles de Gaulle", "Osama bin Laden". */
const nameJoiners = new Set(['es', 'de', 'del', 'der', 'la', 'le', 'van', 'von', 'al', 'bin', 'da', 'di', 'du', 'el']);

const thingHeads = new Set([
  'war', 'pact', 'curtain', 'treaty', 'noon', 'day', 'act', 'plan', 'accord', 'agreement', 'summit', 'games', 'cup', 'prize',
  'award', 'age', 'era', 'revolution', 'crisis', 'doctrine', 'law', 'bill', 'program', 'project', 'plaza', 'square',
  'street', 'avenue', 'road', 'bridge', 'tower', 'hall', 'center', 'centre', 'park', 'river', 'sea', 'ocean', 'island',
  'islands', 'valley', 'coast', 'airport', 'station', 'hotel', 'embassy', 'palace', 'ii', 'i', 'iii', 'church',
]);

const isTitleWord = (t: Token) => capitalised(t) && personTitles.has(bare(t));

function isNameWord(sentence: AnalysedSentence, i: number): boolean {
  const t = sentence.tokens[i]!;
  if (!capitalised(t) || notNames.has(bare(t)) || t.demonym) return false;
  return t.pos === 'name' || t.name !== undefined || t.personCue === true || i > 0 || /[\p{Lu}]/u.test(t.text.slice(1));
}

/** The names of one sentence. */
export function namesInSentence(sentence: AnalysedSentence): NameMention[] {
  const { tokens } = sentence;
  const names: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(sentence, i) && !isTitleWord(tokens[i]!)) { i++; continue; }
    let to = i + 1;
    while (to < tokens.length) {
      const gap = gapBefore(sentence, to);
      const joined = gap === '-' && (nameJoiners.has(tokens[to]!.text) || nameJoiners.has(tokens[to - 1]!.text));
      if (gap !== ' ' && !joined) break;
      if (/['’]s$/.test(tokens[to - 1]!.text)) break;
      if (isNameWord(sentence, to) || isTitleWord(tokens[to]!)) { to++; continue; }
      // "Dar es Salaam": a lower-case word inside a name the tagger knows.
      if (nameJoiners.has(tokens[to]!.text) && tokens[to + 1] && /^[ -]$/.test(gapBefore(sentence, to + 1)) && isNameWord(sentence, to + 1)) { to += 2; continue; }
      // "Ministry of Defence", "University of Chicago".
      if (bare(tokens[to]) === 'of' && organizationHeads.has(bare(tokens[to - 1])) && tokens[to + 1] && isNameWord(sentence, to + 1)) { to += 2; continue; }
      break;
    }
    // "the Cuban government", "the Tanzanian capital": an adjective of a people, not a name.
    const next = tokens[to];
    const adjective = to === i + 1 && /(?:an|ese|ish|ot|i)$/.test(tokens[i]!.text) && tokens[i]!.name !== 'place' &&
      next?.pos === 'noun' && /^\p{Ll}/u.test(next.text);
    const name = adjective ? undefined : cleanName(sentence, i, to);
    if (name) names.push(name);
    i = to;
  }
  return names;
}

function cleanName(sentence: AnalysedSentence, from: number, to: number): NameMention | undefined {
  const { tokens } = sentence;
  const run = tokens.slice(from, to);
  const last = run[run.length - 1]!;
  const orgHead = organizationHeads.has(bare(last));
  let kind: EntityKind | undefined;
  if (placeAcronyms.has(run.map((t) => t.text).join(' ').replace(/['’]s$/, ''))) kind = 'place';
  else if (orgHead || run.some((t) => t.name === 'organization') || (run.length === 1 && /^(?:\p{Lu}\.?){2,}$/u.test(last.text))) kind = 'organization';
  else if (run.some((t) => t.personCue || t.name === 'person') || (from > 0 && personTitles.has(bare(tokens[from - 1])))) kind = 'person';
  else if (run.some((t) => t.name === 'place')) kind = 'place';
  // A person's title is not part of the name: "French Defense Minister Sébastien Lecornu".
  let first = from;
  if (kind === 'person' || kind === undefined) {
    for (let k = from; k < to - 1; k++) if (personTitles.has(bare(tokens[k]))) first = k + 1;
    if (first > from) kind = 'person';
  }
  if (!orgHead) while (first < to && personTitles.has(bare(tokens[first])) && first < to - 1) first++;
  if (personTitles.has(bare(tokens[first])) && first === to - 1 && kind !== 'organization') return undefined;
  // Two capitalised words the tagger does not know are most often a person in news ("Janos Martonyi"), unless the
  // last one names a thing ("Cold War", "Warsaw Pact").
  if (kind === undefined && to - first >= 2 && !thingHeads.has(bare(last))) kind = 'person';
  const start = tokens[first]!.start;
  const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0) - (/\.$/.test(last.text) && !/^(?:\p{L}\.)+$/u.test(last.text) ? 1 : 0);
  if (end <= start) return undefined;
  const text = sentence.span.text.slice(start - sentence.span.start, end - sentence.span.start);
  if (text.length < 2 || notNames.has(text.toLowerCase())) return undefined;
  return { start, end, text, kind, from: first, to };
}

/** One or two capitalised words right before the end of a text: the given names before a surname. */
const givenNames = /(?:^|[^\p{L}])((?:\p{Lu}[\p{Ll}\p{M}'’.-]+\s){1,2})$/u;

/** Full names written anywhere in the text that end with `surname`: "Sergei Shoigu" for "Shoigu". */
export function fullNamesEndingWith(text: string, surname: string): string[] {
  const found = new Set<string>();
  // indexOf first: a regex over the whole text for every lone surname is the slow part of a document.
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) {
    if (/[\p{L}\p{N}]/u.test(text.charAt(at + surname.length))) continue;
    const m = givenNames.exec(text.slice(Math.max(0, at - 60), at));
    if (!m) continue;
    const words = (m[1] ?? '').trim().split(/\s+/);
    while (words.length && (personTitles.has(bare({ text: words[0]! } as Token)) || notNames.has(words[0]!.toLowerCase()))) words.shift();
    if (words.length && words.every((w) => !personTitles.has(w.toLowerCase().replace(/\.$/, '')))) found.add(`${words.join(' ')} ${surname}`);
  }
  return [...found];
}

/** A name tied to what it names: kind and canonical name. */
export interface ResolvedName extends NameMention {
  readonly kind: EntityKind;
  readonly name: string;
}

/**
 * Ties a document's names to canonical names: a lone word joins the one full person name ending with it (from the
 * mentions, else from the whole text); a lone word that matches no person and that the tagger did not classify is
 * dropped.
 */
export function resolveNames(text: string, mentions: readonly NameMention[]): Map<NameMention, ResolvedName> {
  const fullNames = new Map<string, string>(); // last word → full name, undefined when ambiguous
  const ambiguous = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'person' || !/\s/.test(m.text)) continue;
    const lastWord = m.text.split(/\s+/).pop()!;
    if (fullNames.has(lastWord) && fullNames.get(lastWord) !== m.text) ambiguous.add(lastWord);
    fullNames.set(lastWord, m.text);
  }
  const fromText = new Map<string, string | undefined>();
  const resolved = new Map<NameMention, ResolvedName>();
  for (const m of mentions) {
    const single = !/\s/.test(m.text);
    // A lone word that is a known person's surname is that person, whatever the tagger thought ("Clinton").
    const known = single && m.kind !== 'place' && !ambiguous.has(m.text) ? fullNames.get(m.text) : undefined;
    if (known) { resolved.set(m, { ...m, kind: 'person', name: known }); continue; }
    if (single && (m.kind === 'person' || m.kind === undefined)) {
      let full = ambiguous.has(m.text) ? undefined : fullNames.get(m.text);
      if (!full && !fromText.has(m.text)) {
        const found = fullNamesEndingWith(text, m.text);
        fromText.set(m.text, found.length === 1 ? found[0] : undefined);
      }
      full ??= fromText.get(m.text);
      if (full) resolved.set(m, { ...m, kind: 'person', name: full });
      else if (m.kind === 'person') resolved.set(m, { ...m, kind: 'person', name: m.text });
      continue;
    }
    // "Dar-es-Salaam" and "Dar es Salaam" are one place.
    if (m.kind) resolved.set(m, { ...m, kind: m.kind, name: m.text.replace(/-(es|de|del|la|le|al|bin|el)-/g, ' $1 ') });
  }
  return resolved;
}

/** Entity ids: kind and a slug of the name, the same in every document. */
export function entityId(kind: EntityKind, name: string): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `${kind}-${slug || 'name'}`;
}
