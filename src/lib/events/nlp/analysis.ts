/**
 * What the events pipeline needs from an NLP package: the words of one sentence with a coarse part of speech and the
 * kind of name they belong to. Kept as plain data so that the package stays behind one module boundary
 * (`compromiseAnalyser.ts`), which the browser can load lazily.
 */

/** Coarse parts of speech: enough to find clauses, phrases and names. */
export type PartOfSpeech =
  | 'verb' // finite or participle verb
  | 'aux' // auxiliaries and modals: is, has, would
  | 'noun'
  | 'name' // proper noun
  | 'adj'
  | 'adv'
  | 'det' // articles and determiners
  | 'pron'
  | 'prep'
  | 'conj'
  | 'num'
  | 'other';

export type NameKind = 'person' | 'organization' | 'place';

/** One word; offsets are relative to the analysed text. Possessive `'s` stays part of the word. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: PartOfSpeech;
  /** The kind of name the package thinks the word is part of, if any. */
  readonly name?: NameKind;
  /** A given name or a title before a name ("President"): evidence that a run of names is a person. */
  readonly personCue?: boolean;
  /** An adjective of a place or people: "French", "Cypriot". */
  readonly demonym?: boolean;
}

/**
 * Analyses sentences: one token list per text, offsets relative to that text, in text order. Pure. Takes a batch
 * because one call over a document's sentences costs a quarter less than one call per sentence.
 */
export type SentenceAnalyser = (texts: readonly string[]) => readonly (readonly Token[])[];
