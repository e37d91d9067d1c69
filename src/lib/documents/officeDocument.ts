/**
 * The text of a word-processor file: a Word document (.docx, Office Open XML) or an OpenDocument text (.odt). Both
 * are ZIP archives of XML. The body's paragraphs become the lines of a plain text, a blank line between two; the
 * file's properties give its title and the day it was created, which is the document date when the text gives none.
 * Deleted tracked changes, comments, field codes and the fallback copies of drawings are not text of the document.
 */
import type { ExtractedText } from './extractedText.ts';
import { decodeEntities } from './htmlEntities.ts';
import type { HtmlToken } from './tokenizeHtml.ts';
import { dayOfDateTime } from './validDay.ts';
import { maxPartBytes, zipParts } from './zipParts.ts';


/** The parts of each format that hold the body and the properties, and how its XML is read. */
interface OfficeFormat {
  readonly name: string;
  readonly body: string;
  readonly properties: string;
  /** Property elements: the title, and the creation time. */
  readonly title: string;
  readonly created: string;
  /** Paragraph elements, and the ones among them that are the document's title when the properties give none. */
  readonly paragraphs: ReadonlySet<string>;
  /** A table's row and cell elements. */
  readonly row: string;
  readonly cell: string;
  readonly isTitle: (name: string, attrs: Readonly<Record<string, string>>) => boolean;
  /** The elements whose text is the document's, and what stands in for empty ones (a tab, a line break). */
  readonly textElements: ReadonlySet<string>;
  readonly inline: (name: string, attrs: Readonly<Record<string, string>>) => string | undefined;
  /** Elements whose content is left out. */
  readonly skipped: ReadonlySet<string>;
}

const word: OfficeFormat = {
  name: 'Word document',
  body: 'word/document.xml',
  properties: 'docProps/core.xml',
  title: 'dc:title',
  created: 'dcterms:created',
  paragraphs: new Set(['w:p']),
  row: 'w:tr',
  cell: 'w:tc',
  isTitle: (name, attrs) => name === 'w:pstyle' && /^(?:title|heading1)$/i.test(attrs['w:val'] ?? ''),
  textElements: new Set(['w:t']),
  inline: (name) => (name === 'w:tab' ? '\t' : name === 'w:br' || name === 'w:cr' ? '\n' : name === 'w:nobreakhyphen' ? '‑' : undefined),
  // w:del holds deleted runs (their text is w:delText), mc:Fallback a second copy of a text box for old readers.
  skipped: new Set(['w:del', 'w:instrtext', 'mc:fallback', 'w:footnotereference', 'w:commentreference']),
};

const openDocument: OfficeFormat = {
  name: 'OpenDocument text',
  body: 'content.xml',
  properties: 'meta.xml',
  title: 'dc:title',
  created: 'meta:creation-date',
  paragraphs: new Set(['text:p', 'text:h']),
  row: 'table:table-row',
  cell: 'table:table-cell',
  isTitle: (name, attrs) => name === 'text:h' ? attrs['text:outline-level'] === '1' : name === 'text:p' && /^title$/i.test(attrs['text:style-name'] ?? ''),
  textElements: new Set(['text:p', 'text:h', 'text:span', 'text:a']),
  inline: (name, attrs) =>
    name === 'text:tab' ? '\t' : name === 'text:line-break' ? '\n' : name === 'text:s' ? ' '.repeat(Math.min(1000, Number(attrs['text:c'] ?? 1) || 1)) : undefined,
  // Tracked deletions, notes (footnotes would break the sentence they sit in), comments, and the automatic styles.
  skipped: new Set(['text:tracked-changes', 'text:note', 'office:annotation', 'office:automatic-styles', 'text:sequence-decls']),
};

/** The text of a ZIP archive's word-processor document; undefined when the archive holds neither kind. */
export function readOfficeDocument(bytes: Uint8Array): ExtractedText | undefined {
  const wanted = new Set([word.body, word.properties, openDocument.body, openDocument.properties]);
  const zip = zipParts(bytes, (path) => wanted.has(path));
  if (!zip.ok) {
    return 'damaged' in zip
      ? { ok: false, message: `the file is a damaged ZIP archive (${zip.damaged}); save the document again` }
      : { ok: false, message: `the document's text unpacks to more than ${maxPartBytes / 1048576} MB; it is not an article` };
  }
  const format = [word, openDocument].find((f) => zip.has(f.body));
  if (!format) return undefined;
  const body = readBody(zip.part(format.body) ?? [], format);
  const properties = readProperties(zip.part(format.properties) ?? [], format);
  const title = properties.title || body.title;
  const text = body.paragraphs.join('\n\n');
  if (text.trim() === '') return { ok: false, message: `the ${format.name} has no text` };
  return { ok: true, text, ...(title ? { title } : {}), ...(properties.created ? { created: properties.created } : {}) };
}

/**
 * The paragraphs that hold text, and the first one marked as a title or first-level heading. A table row becomes one
 * paragraph, its cells apart by a tab, so that a date in one cell reads with the words in the next.
 */
function readBody(tokens: readonly HtmlToken[], format: OfficeFormat): { paragraphs: string[]; title?: string } {
  // What finished paragraphs go into: the body, or the innermost open table cell (rows gather the cells).
  const body: string[] = [];
  const rows: string[][] = [];
  const cells: string[][] = [];
  // A text box sits inside a paragraph and holds paragraphs of its own: each open paragraph has its own text.
  const open: { text: string; title: boolean }[] = [];
  let title: string | undefined;
  let skipping = 0;
  let inText = 0;
  for (const token of tokens) {
    if (token.kind === 'open' && !token.selfClosing && format.skipped.has(token.name)) {
      skipping++;
      continue;
    }
    if (token.kind === 'close' && format.skipped.has(token.name)) {
      skipping = Math.max(0, skipping - 1);
      continue;
    }
    if (skipping > 0) continue;
    if (token.kind === 'text') {
      const paragraph = open.at(-1);
      if (paragraph && inText > 0) paragraph.text += decodeEntities(token.text);
      continue;
    }
    const { name } = token;
    if (token.kind === 'open') {
      if (token.selfClosing) {
        const stand = format.inline(name, token.attrs);
        if (stand !== undefined && open.length) open[open.length - 1]!.text += stand;
        const paragraph = open.at(-1);
        if (paragraph && format.isTitle(name, token.attrs)) paragraph.title = true;
        continue;
      }
      if (name === format.row) rows.push([]);
      else if (name === format.cell) cells.push([]);
      else if (format.paragraphs.has(name)) open.push({ text: '', title: format.isTitle(name, token.attrs) });
      else if (open.length && format.isTitle(name, token.attrs)) open[open.length - 1]!.title = true;
      if (format.textElements.has(name)) inText++;
      continue;
    }
    if (format.textElements.has(name)) inText = Math.max(0, inText - 1);
    if (name === format.cell) {
      const cell = cells.pop()?.join(' ');
      if (cell) (rows.at(-1) ?? body).push(cell);
    } else if (name === format.row) {
      const row = rows.pop()?.join('\t');
      if (row) (cells.at(-1) ?? body).push(row);
    } else if (format.paragraphs.has(name)) {
      const done = open.pop();
      const text = done?.text.replace(/[ \t]+$/gm, '').trim();
      if (!done || !text) continue;
      (cells.at(-1) ?? body).push(text);
      if (done.title && title === undefined) title = text.replace(/\s+/g, ' ');
    }
  }
  return { paragraphs: body, ...(title ? { title } : {}) };
}

/** The title and the creation day from the properties part. */
function readProperties(tokens: readonly HtmlToken[], format: OfficeFormat): { title?: string; created?: string } {
  const values = new Map<string, string>();
  let current: string | undefined;
  for (const token of tokens) {
    if (token.kind === 'open') current = token.selfClosing ? undefined : token.name;
    else if (token.kind === 'close') current = undefined;
    else if (current && !values.has(current)) values.set(current, decodeEntities(token.text).trim());
  }
  const title = values.get(format.title)?.replace(/\s+/g, ' ');
  const created = dayOfDateTime(values.get(format.created) ?? '');
  return { ...(title ? { title } : {}), ...(created ? { created } : {}) };
}
