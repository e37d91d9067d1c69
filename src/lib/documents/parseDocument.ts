/**
 * Turns the bytes of one document file into a document, or into a problem that names the file and says what is wrong.
 * Pure: the caller reads the file (Vite plugin at build time, a file input in the browser, the CLI).
 */
import { decodeDocument } from './decodeDocument.ts';
import { inferredDay } from './documentDate.ts';
import type { ExtractedText } from './extractedText.ts';
import { hasFrontMatter, readFrontMatter, type FrontMatter } from './frontMatter.ts';
import { readMimeDocument } from './mimeDocument.ts';
import { readOfficeDocument } from './officeDocument.ts';
import { reduceHtml } from './reduceHtml.ts';
import { validDay } from './validDay.ts';
import { documentId, maxDocumentBytes, tooLargeMessage } from './documentFile.ts';

export interface SourceDocument {
  /** Stable id derived from the file name: `russia-france-call` for `russia-france-call.txt`. */
  readonly id: string;
  /** The file name as given. */
  readonly name: string;
  /**
   * Creation date (`YYYY-MM-DD`) from the `date` first line, the front matter or the page's `<meta>` tags; else the
   * date printed at the head of the text, the file's own creation day, or a date in the file name (documentDate.ts):
   * the reference for "Wednesday", "last month".
   */
  readonly dct?: string;
  /** The readable text (for HTML, the reduced text); every offset in the project refers to this string. */
  readonly text: string;
  /** Headline, publisher and address, when the document says them (front matter, `<title>`, `<meta>`). */
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

/**
 * `extracted`: the text already taken out of a file that needs asynchronous reading (a PDF, `withPdfTexts`); the
 * bytes are then not read again.
 */
export function parseDocument(name: string, bytes: Uint8Array, extracted?: ExtractedText): ParsedDocument {
  const fail = (message: string): ParsedDocument => ({ ok: false, problem: { name, message: `${name}: ${message}` } });
  if (bytes.length === 0) return fail('the file is empty');
  if (bytes.length > maxDocumentBytes) {
    return fail(tooLargeMessage(bytes.length));
  }
  const taken = extracted ?? (isZip(bytes) ? readOfficeDocument(bytes) : undefined);
  if (taken) return taken.ok ? parseExtractedText(name, taken) : fail(taken.message);
  if (documentKind(name) === 'mime') {
    const mime = readMimeDocument(bytes);
    return mime.ok ? parseExtractedText(name, mime, mime.html ? 'html' : 'text') : fail(mime.message);
  }
  const decoded = decodeDocument(bytes, documentKind(name) === 'html');
  if (!decoded.ok) return fail(decoded.message);
  const parsed = parseDocumentText(name, decoded.text);
  return parsed.ok && !parsed.document.dct ? withDay(parsed, inferredDay(name, parsed.document.text)) : parsed;
}

/** The document with `day` as its date. */
function withDay(parsed: Extract<ParsedDocument, { ok: true }>, day: string | undefined): ParsedDocument {
  return day ? { ok: true, document: { ...parsed.document, dct: day } } : parsed;
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The text taken out of a word-processor file, a PDF or a MIME message, read as a plain text (or, for a message's
 * HTML, as a page); a `date` first line still gives the date, and the file's own title and day fill what the text
 * does not give.
 */
function parseExtractedText(name: string, taken: Extract<ExtractedText, { ok: true }>, kind: DocumentKind = 'text'): ParsedDocument {
  if (taken.text.length > maxDocumentBytes) {
    return { ok: false, problem: { name, message: `${name}: the document's text is ${(taken.text.length / 1048576).toFixed(1)} MB; documents are limited to ${maxDocumentBytes / 1048576} MB` } };
  }
  const parsed = parseDocumentText(name, taken.text, kind);
  if (!parsed.ok) return parsed;
  const { document } = parsed;
  const dct = document.dct ?? inferredDay(name, document.text, taken.created);
  const title = document.title ?? taken.title;
  return { ok: true, document: { ...document, ...(dct ? { dct } : {}), ...(title ? { title } : {}) } };
}

/** How a file's text is read, from its extension; `mime` is an e-mail or a page saved whole (.eml, .mhtml). */
export type DocumentKind = 'text' | 'markdown' | 'html' | 'mime';

export function documentKind(name: string): DocumentKind {
  const ext = /\.([^.\\/]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'eml' || ext === 'mht' || ext === 'mhtml') return 'mime';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  return 'text';
}

/**
 * The same as `parseDocument`, for text that is already decoded. HTML is reduced to its readable text; text and
 * Markdown are shown as written (Markdown markup included, so offsets stay exact) after an optional front-matter
 * block or `date` first line.
 */
export function parseDocumentText(name: string, raw: string, kind: DocumentKind = documentKind(name)): ParsedDocument {
  const fail = (message: string): ParsedDocument => ({ ok: false, problem: { name, message: `${name}: ${message}` } });
  if (kind === 'html') {
    const { text, ...meta } = reduceHtml(raw);
    if (text.trim() === '') return fail('the page has no readable text (after dropping scripts, styles and navigation)');
    return { ok: true, document: { id: documentId(name), name, ...(meta.dct ? { dct: meta.dct } : {}), text, ...withoutDct(meta) } };
  }

  let body = raw;
  let meta: FrontMatter = {};
  let header: 'front matter' | 'date line' | undefined;
  if (hasFrontMatter(raw)) {
    const front = readFrontMatter(raw);
    if (!front.ok) return fail(`line ${front.line}: ${front.message}`);
    meta = front.meta;
    body = raw.slice(front.bodyStart);
    header = 'front matter';
  } else {
    const line = dateLine.exec(raw);
    if (line) {
      const dct = validDay(line[1] ?? '');
      if (!dct) {
        const shown = raw.slice(0, line[0].length).trim();
        return fail(`the first line "${shown}" has no valid date; write it as "date YYYY-MM-DD", for example "date 2024-04-04"`);
      }
      meta = { dct };
      body = raw.slice(line[0].length);
      header = 'date line';
    }
  }
  const text = body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  if (text.trim() === '') return fail(header ? `the file has a ${header} but no text` : 'the file has no text');
  const title = meta.title ?? (kind === 'markdown' ? markdownTitle(text) : undefined);
  const described = withoutDct({ ...meta, ...(title ? { title } : {}) });
  return { ok: true, document: { id: documentId(name), name, ...(meta.dct ? { dct: meta.dct } : {}), text, ...described } };
}

/** Title, source and url, in that order, leaving out the ones not given. */
function withoutDct(meta: FrontMatter): Pick<SourceDocument, 'title' | 'source' | 'url'> {
  return {
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.url ? { url: meta.url } : {}),
  };
}

/** The first `# Heading` of a Markdown text, without its markers. */
function markdownTitle(text: string): string | undefined {
  const m = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m.exec(text);
  return m?.[1]?.trim() || undefined;
}
