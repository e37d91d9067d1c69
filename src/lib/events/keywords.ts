/**
 * Key words of an event: the nouns, verbs and adjectives of its clause, crudely stemmed so that "bombing", "bombings"
 * and "bombed" meet. Names are left out (they are participants), and so are words that say nothing about what happened.
 */
import type { AnalysedSentence } from './clauses.ts';
import { stopWords } from './words.ts';

/** A light suffix stripper: enough for merging, not a linguistic stemmer. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (/ies$/.test(w) && w.length > 4) return w.replace(/ies$/, 'y');
  const m = /^(.{3,}?)(?:ings|ing|ed|es|s)$/.exec(w);
  return m && !/(?:ss|us|is)$/.test(w) ? m[1]! : w;
}

/** A key word as first written, and whether it names what happened (a verb or an event noun). */
export interface Keyword {
  readonly word: string;
  readonly happening: boolean;
}

/** Nouns that name a happening; nouns ending in -tion, -sion, -ment, -ing count too. */
const eventNouns = new Set([
  'attack', 'attacks', 'blast', 'blasts', 'call', 'calls', 'talks', 'meeting', 'strike', 'election', 'vote',
  'war', 'visit', 'summit', 'crash', 'raid', 'fire', 'storm', 'trial', 'deal', 'merger', 'sale', 'protest', 'riot',
  'ceremony', 'speech', 'conference', 'invasion', 'coup', 'assault', 'murder', 'killing', 'death', 'arrest', 'ruling',
  'verdict', 'hearing', 'offer', 'bid', 'takeover', 'launch', 'release', 'crisis', 'rally', 'funeral', 'accord', 'treaty',
]);

/** Stem → the word as first written (for the merge reasons) and whether it names a happening. */
export function keywordsOf(sentence: AnalysedSentence, words: readonly number[], skip: { start: number; end: number }): Map<string, Keyword> {
  const keys = new Map<string, Keyword>();
  for (const i of words) {
    const t = sentence.tokens[i];
    if (!t || t.end > skip.start && t.start < skip.end) continue;
    if (t.pos !== 'noun' && t.pos !== 'verb' && t.pos !== 'adj') continue;
    const lower = t.text.toLowerCase().replace(/['’]s$/, '');
    if (!/^\p{L}[\p{L}-]+$/u.test(lower) || stopWords.has(lower)) continue;
    const happening = t.pos === 'verb' || eventNouns.has(lower) || /(?:tion|sion|ment|ings?)s?$/.test(lower);
    const key = stem(lower);
    const known = keys.get(key);
    if (!known || (happening && !known.happening)) keys.set(key, { word: known?.word ?? lower, happening: happening || (known?.happening ?? false) });
  }
  return keys;
}
