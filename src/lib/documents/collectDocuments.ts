import type { ExtractedText } from './extractedText.ts';
import { parseDocument, type DocumentProblem, type SourceDocument } from './parseDocument.ts';

export interface DocumentFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The text of a PDF, read beforehand (`withPdfTexts`): PDF.js reads asynchronously, the rest of loading does not. */
  readonly extracted?: ExtractedText;
}

export interface DocumentCollection {
  readonly documents: readonly SourceDocument[];
  readonly problems: readonly DocumentProblem[];
}

export interface CollectOptions {
  /** Creation date (`YYYY-MM-DD`) for documents that give none themselves, such as the CLI's `--dct`. */
  readonly defaultDct?: string;
}

/** Parses every file; a bad file becomes a problem and the others still load. Ids are made unique in name order. */
export function collectDocuments(files: readonly DocumentFile[], options: CollectOptions = {}): DocumentCollection {
  const documents: SourceDocument[] = [];
  const problems: DocumentProblem[] = [];
  const taken = new Set<string>();
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    const parsed = parseDocument(file.name, file.bytes, file.extracted);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    let id = parsed.document.id;
    for (let n = 2; taken.has(id); n++) id = `${parsed.document.id}-${n}`;
    taken.add(id);
    const dct = parsed.document.dct ?? options.defaultDct;
    documents.push({ ...parsed.document, id, ...(dct ? { dct } : {}) });
  }
  return { documents, problems };
}
