/**
 * The sentence analyser backed by compromise (https://github.com/spencermountain/compromise): its tagger gives parts
 * of speech and name kinds. This is the only module that imports the package, so the browser can load it on demand:
 * `const { compromiseAnalyser } = await import('./nlp/compromiseAnalyser.ts')`.
 */
import nlp from 'compromise/two';
import type { NameKind, PartOfSpeech, SentenceAnalyser, Token } from './analysis.ts';

interface CompromiseTerm {
  readonly text: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

/** compromise tags a few closed-class words oddly ("against" as an adjective, "that" as a determiner): fixed here. */
const PREPOSITIONS = new Set([
  'about', 'above', 'across', 'after', 'against', 'along', 'amid', 'among', 'around', 'at', 'before', 'behind', 'below',
  'beneath', 'beside', 'besides', 'between', 'beyond', 'by', 'despite', 'during', 'for', 'from', 'in', 'inside', 'into',
  'near', 'of', 'off', 'on', 'onto', 'over', 'since', 'through', 'throughout', 'to', 'toward', 'towards', 'under',
  'until', 'upon', 'via', 'with', 'within', 'without',
]);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'while', 'whereas', 'because', 'although', 'though', 'if', 'when', 'where']);

function partOfSpeech(word: string, tags: ReadonlySet<string>): PartOfSpeech {
  const lower = word.toLowerCase();
  if (CONJUNCTIONS.has(lower)) return 'conj';
  if (PREPOSITIONS.has(lower)) return 'prep';
  if (tags.has('Auxiliary') || tags.has('Modal') || tags.has('Copula')) return 'aux';
  if (tags.has('Pronoun')) return 'pron';
  if (tags.has('Determiner')) return 'det';
  if (tags.has('Value') || tags.has('Cardinal')) return 'num';
  if (tags.has('Verb') && !tags.has('Gerund')) return 'verb';
  if (tags.has('Gerund')) return 'verb';
  if (tags.has('Demonym')) return 'adj';
  if (tags.has('ProperNoun') || (tags.has('Acronym') && /^\p{Lu}/u.test(word))) return 'name';
  if (tags.has('Noun')) return 'noun';
  if (tags.has('Adjective')) return 'adj';
  if (tags.has('Adverb') || tags.has('Negative')) return 'adv';
  if (tags.has('Preposition')) return 'prep';
  if (tags.has('Conjunction')) return 'conj';
  return 'other';
}

function nameKind(tags: ReadonlySet<string>): NameKind | undefined {
  if (tags.has('Demonym')) return undefined; // "French", "Cypriot": an adjective of a place, not a name
  if (tags.has('Organization')) return 'organization';
  if (tags.has('Person') && !tags.has('Honorific')) return 'person';
  if (tags.has('Place')) return 'place';
  return undefined;
}

/** Texts are joined by blank lines into one call; each token goes back to the text its offsets fall in. */
const separator = '\n\n';

export const compromiseAnalyser: SentenceAnalyser = (texts) => {
  const joined = texts.join(separator);
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + separator.length;
  }
  const out: Token[][] = texts.map(() => []);
  const sentences = nlp(joined).json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[];
  let k = 0;
  for (const { terms } of sentences) {
    for (const term of terms) {
      // compromise sometimes keeps an opening bracket or quote in a term ("(0735"): the word is what is inside.
      const raw = joined.slice(term.offset.start, term.offset.start + term.offset.length);
      const lead = /^[(\[“"‘`']*/.exec(raw)![0].length;
      const trail = /[)\]”"’`]*$/.exec(raw.slice(lead))![0].length;
      let start = term.offset.start + lead;
      let end = term.offset.start + term.offset.length - trail;
      while (k + 1 < texts.length && start >= starts[k + 1]!) k++;
      const base = starts[k]!;
      end = Math.min(end, base + texts[k]!.length);
      if (end <= start) continue;
      const word = joined.slice(start, end);
      start -= base;
      end -= base;
      const tags = new Set(term.tags);
      const name = nameKind(tags);
      const personCue = tags.has('FirstName') || tags.has('Honorific');
      const demonym = tags.has('Demonym');
      out[k]!.push({
        start, end, text: word, pos: partOfSpeech(word, tags), ...(name ? { name } : {}), ...(personCue ? { personCue } : {}),
        ...(demonym ? { demonym } : {}),
      });
    }
  }
  return out;
};
