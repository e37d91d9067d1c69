/**
 * Turns the bytes of one document file into a document, or into a problem that names the file and says what is wrong.
 * Pure: the caller reads the file (Vite plugin at build time, a file input in the browser, the CLI).
 */
import { isValid, parseISO, format } from 'date-fns';

export interface SourceDocument {
  /** Stable id derived from the file name: `russia-france-call` for `russia-france-call.txt`. */
  readonly id: string;
  /** The file name as given. */
  readonly name: string;
  /** Creation date (`YYYY-MM-DD`) from the optional `date` first line: the reference for "Wednesday", "last month". */
  readonly dct?: string;
  /** The readable text; every offset in the project refers to this string. */
  readonly text: string;
  /** Headline, publisher and address, when the document says them (front matter). */
  readonly title?: string;
  readonly source?: string;
  readonly url?: string;
}

export interface DocumentProblem {
  readonly name: string;
  readonly message: string;
}

export type ParsedDocument = { ok: true; document: SourceDocument } | { ok: false; problem: DocumentProblem };

/** A first line that starts with the word `date` is a date line; anything after the date on it is page residue. */
const dateLine = /^[ \t]*date\b[ \t]*(\S*)[^\r\n]*(\r?\n|$)/i;
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Larger files are refused: they are not articles, and extracting them would stall the page. */
export const maxDocumentBytes = 5 * 1024 * 1024;

export function parseDocument(name: string, bytes: Uint8Array): ParsedDocument {
  const fail = (message: string): ParsedDocument => ({ ok: false, problem: { name, message: `${name}: ${message}` } });
  if (bytes.length === 0) return fail('the file is empty');
  if (bytes.length > maxDocumentBytes) {
    return fail(`the file is ${(bytes.length / 1048576).toFixed(1)} MB; documents are limited to ${maxDocumentBytes / 1048576} MB`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(`the file looks binary (a NUL byte at offset ${nul}); documents must be UTF-8 text`);
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(`the file is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8 and rebuild`);
  }
  return parseDocumentText(name, raw);
}

/** The same as `parseDocument`, for text that is already decoded. */
export function parseDocumentText(name: string, raw: string): ParsedDocument {
  const fail = (message: string): ParsedDocument => ({ ok: false, problem: { name, message: `${name}: ${message}` } });
  let body = raw;
  let dct: string | undefined;
  const line = dateLine.exec(raw);
  if (line) {
    const given = line[1] ?? '';
    dct = validDay(given);
    if (!dct) {
      const shown = raw.slice(0, line[0].length).trim();
      return fail(`the first line "${shown}" has no valid date; write it as "date YYYY-MM-DD", for example "date 2024-04-04"`);
    }
    body = raw.slice(line[0].length);
  }
  const text = body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  if (text.trim() === '') return fail(dct ? 'the file has a date line but no text' : 'the file has no text');
  return { ok: true, document: { id: documentId(name), name, text, ...(dct ? { dct } : {}) } };
}

/** `2024-04-04` if it is a real calendar day (2024-02-30 is not), otherwise undefined. */
function validDay(s: string): string | undefined {
  if (!isoDay.test(s)) return undefined;
  const day = parseISO(s);
  return isValid(day) && format(day, 'yyyy-MM-dd') === s ? s : undefined;
}

export function documentId(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'document';
}

/** Offset of the first byte of the first malformed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // One streaming decoder fed a byte at a time: it returns '' inside a sequence and throws where a sequence breaks.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let sequenceStart = 0;
  for (let i = 0; i < bytes.length; i++) {
    try {
      if (decoder.decode(bytes.subarray(i, i + 1), { stream: true }) !== '') sequenceStart = i + 1;
    } catch {
      return sequenceStart;
    }
  }
  return sequenceStart;
}
