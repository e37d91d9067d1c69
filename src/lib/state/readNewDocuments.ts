/**
 * Files and pasted text read as documents with the loader of `seeds/`, and their events extracted: the heavy half of
 * adding documents, which the page runs away from its main thread. Pure: bytes and text in, timeline data out.
 */
import { collectDocuments, type DocumentCollection, type DocumentFile } from '../documents/collectDocuments.ts';
import { withPdfTexts } from '../documents/pdfDocument.ts';
import type { EventJoin } from '../events/eventJoin.ts';
import { documentId, maxDocumentBytes, tooLargeMessage } from '../documents/documentFile.ts';
import type { DocumentProblem, SourceDocument } from '../documents/parseDocument.ts';
import { validDay } from '../documents/validDay.ts';
import { documentFingerprint } from '../documents/documentFingerprint.ts';
import type { KnownDocument } from './knownDocument.ts';
import type { TimelineData } from './timeline.svelte.ts';

/** Text pasted into the page, with what the form says about it. */
export interface PastedText {
  readonly text: string;
  /** Shown as the document's headline; it also names the document. */
  readonly title?: string;
  /** `YYYY-MM-DD`: the day that "Wednesday" or "last month" count from. */
  readonly date?: string;
}

/** A file too large to be read at all; only its size is known. */
export interface UnreadFile {
  readonly name: string;
  readonly size: number;
}

export interface AddDocumentsInput {
  readonly files?: readonly DocumentFile[];
  readonly unread?: readonly UnreadFile[];
  readonly pasted?: PastedText;
}

/** A file or paste whose text and date are those of a document already on the timeline (or earlier in the batch). */
export interface RepeatedDocument {
  readonly name: string;
  /** The label of the document it repeats. */
  readonly sameAs: string;
}

/**
 * What reading a batch gives: the new documents' timeline, the documents that were not added again, and which of the
 * new events report events already on the timeline.
 */
export interface NewDocuments {
  readonly read: TimelineData;
  readonly repeated: readonly RepeatedDocument[];
  readonly joins: readonly EventJoin[];
}

/** Finds which events of the new documents the timeline's documents report too (`findJoins` over them). */
export type JoinDocuments = (added: readonly SourceDocument[]) => readonly EventJoin[];

/** The extraction pipeline: documents in, their timeline out (`buildTimelineData`). */
export type AssembleDocuments = (collection: DocumentCollection) => TimelineData;

/** What is needed of a chosen or dropped file (a `File` has it). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * The bytes of each file, and the text of each PDF; one over the size limit is not read (it could be gigabytes) but
 * kept to be reported.
 */
export async function readDocumentFiles(files: readonly FileLike[]): Promise<Pick<AddDocumentsInput, 'files' | 'unread'>> {
  const read: DocumentFile[] = [];
  const unread: UnreadFile[] = [];
  for (const file of files) {
    if (file.size > maxDocumentBytes) unread.push({ name: file.name, size: file.size });
    else read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return { files: await withPdfTexts(read), unread };
}

/** The name a pasted text goes by; read as plain text whatever its title says. */
export function pastedName(title: string | undefined): string {
  const label = title?.trim().replace(/[\\/]/g, '-');
  return `${label || 'Pasted text'}.txt`;
}

/**
 * The new documents and what `assemble` extracts from them. A document whose text and date are those of one in
 * `known` (the timeline's documents) or earlier in the batch is not read again: it would only repeat its events.
 * The ids avoid the known ones as `collectDocuments` makes them avoid each other: a second `report.txt` becomes
 * `report-2`. Problems come first, one per file that could not be read, then the extraction's own. `join`, when
 * given, says which new events the timeline already has. Never throws for bad input.
 */
export function readNewDocuments(
  known: readonly KnownDocument[],
  input: AddDocumentsInput,
  assemble: AssembleDocuments,
  join?: JoinDocuments,
): NewDocuments {
  const files = collectDocuments(input.files ?? []);
  const pasted = input.pasted ? readPasted(input.pasted) : { documents: [], problems: [] };
  const problems = [...(input.unread ?? []).map(tooLarge), ...files.problems, ...pasted.problems];
  const { fresh, repeated } = withoutRepeats([...files.documents, ...pasted.documents], known);
  const documents = withFreeIds(fresh, known.map((d) => d.id));
  if (!documents.length) return { read: { documents, events: [], problems, undated: [], entities: [] }, repeated, joins: [] };
  const read = assemble({ documents, problems: [] });
  return { read: { ...read, problems: [...problems, ...read.problems] }, repeated, joins: joinsOrNone(join, documents) };
}

/** Joins only tidy the timeline: should finding them fail, the documents are still added, beside what is there. */
function joinsOrNone(join: JoinDocuments | undefined, documents: readonly SourceDocument[]): readonly EventJoin[] {
  try {
    return join?.(documents) ?? [];
  } catch {
    return [];
  }
}

function withoutRepeats(documents: readonly SourceDocument[], known: readonly KnownDocument[]) {
  const seen = new Map(known.map((d) => [d.fingerprint, d.label]));
  const fresh: SourceDocument[] = [];
  const repeated: RepeatedDocument[] = [];
  for (const d of documents) {
    const fingerprint = documentFingerprint(d);
    const sameAs = seen.get(fingerprint);
    if (sameAs !== undefined) {
      repeated.push({ name: d.name, sameAs });
      continue;
    }
    seen.set(fingerprint, d.title ?? d.name);
    fresh.push(d);
  }
  return { fresh, repeated };
}

/** Pasted text goes through the file loader as UTF-8 bytes; the form's date and title win over the text's own. */
function readPasted({ text, title, date }: PastedText): DocumentCollection {
  const name = pastedName(title);
  const day = date?.trim();
  if (day && !validDay(day)) {
    return { documents: [], problems: [{ name, message: `${name}: the document date "${day}" is not a real day; write it as YYYY-MM-DD, for example 2024-04-04` }] };
  }
  const read = collectDocuments([{ name, bytes: new TextEncoder().encode(text) }]);
  const headline = title?.trim();
  const documents = read.documents.map((d) => ({ ...d, ...(day ? { dct: day } : {}), ...(headline ? { title: headline } : {}) }));
  return { documents, problems: read.problems };
}

/** The problem `parseDocument` gives a file over the size limit, for a file that was not read to find out. */
function tooLarge({ name, size }: UnreadFile): DocumentProblem {
  return { name, message: `${name}: ${tooLargeMessage(size)}` };
}

/** Numbered as `collectDocuments` numbers one batch, from each file's own id, but past the ids already taken too. */
function withFreeIds(documents: readonly SourceDocument[], takenIds: readonly string[]): SourceDocument[] {
  const taken = new Set(takenIds);
  return documents.map((d) => {
    const base = documentId(d.name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id === d.id ? d : { ...d, id };
  });
}
