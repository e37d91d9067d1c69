/**
 * The text of a PDF, as PDF.js reads it, put back into paragraphs. A PDF holds lines placed on pages, not paragraphs:
 * a line that follows at the usual spacing, in the same size, continues the paragraph; a wider gap, an indented first
 * line, a change of size or a new page starts one. The document information gives the title and the creation day.
 * PDF.js is large, so it is loaded the first time a PDF is read; it only reads text here, it draws nothing.
 */
import type { DocumentFile } from './collectDocuments.ts';
import type { ExtractedText } from './extractedText.ts';
import { validDay } from './validDay.ts';

/** One run of text on a page, in PDF units (y grows upwards), in the order the page's content draws it. */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
  /** The run ends its line. */
  readonly hasEOL: boolean;
}

/** A line of a page: its text, where it starts and its baseline, and its largest font size. */
interface PdfLine {
  text: string;
  x: number;
  y: number;
  size: number;
  end: number;
}

export const isPdf = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

/** The files with each PDF's text read beforehand, for `collectDocuments`; other files as they are. */
export async function withPdfTexts(files: readonly DocumentFile[]): Promise<DocumentFile[]> {
  return Promise.all(files.map(async (file) => (isPdf(file.bytes) && !file.extracted ? { ...file, extracted: await readPdfDocument(file.bytes) } : file)));
}

export async function readPdfDocument(bytes: Uint8Array): Promise<ExtractedText> {
  let pages: PdfTextItem[][];
  let info: Record<string, unknown>;
  try {
    const { getDocumentProxy, extractTextItems, getMeta } = await import('unpdf');
    // PDF.js takes over the buffer it is given: a copy leaves the caller's bytes whole.
    const pdf = await getDocumentProxy(bytes.slice());
    try {
      pages = (await extractTextItems(pdf)).items;
      info = (await getMeta(pdf)).info;
    } finally {
      void pdf.loadingTask.destroy();
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') return { ok: false, message: 'the PDF is protected by a password; save a copy without one' };
    return { ok: false, message: `the PDF could not be read (${error instanceof Error ? error.message : String(error)})` };
  }
  const paragraphs = pdfParagraphs(pages);
  const text = paragraphs.map((p) => p.text).join('\n\n');
  if (text.trim() === '') return { ok: false, message: 'the PDF has no text to read (a scanned page is a picture of text); run it through text recognition (OCR) first' };
  const title = pdfTitle(info.Title, paragraphs);
  const created = pdfDay(info.CreationDate);
  return { ok: true, text, ...(title ? { title } : {}), ...(created ? { created } : {}) };
}

/** A paragraph, with the size of its text and whether it opens the first page with text. */
export interface PdfParagraph {
  readonly text: string;
  readonly size: number;
  readonly first: boolean;
}

/**
 * The pages' runs as paragraphs, in order. Running heads and feet (a line repeated at the top or bottom of several
 * pages, page numbers counted alike) are not text of the document; a paragraph a page break cuts in the middle of a
 * sentence is joined again.
 */
export function pdfParagraphs(pages: readonly (readonly PdfTextItem[])[]): PdfParagraph[] {
  const lines = withoutPageFurniture(pages.map(linesOf));
  const paragraphs: PdfParagraph[] = [];
  let carried = false;
  for (const page of lines) {
    let current: { text: string; size: number; last: PdfLine } | undefined;
    let opening = true;
    const close = () => {
      const text = current?.text.replace(/[ \t]+/g, ' ').trim();
      if (current && text) {
        const previous = paragraphs.at(-1);
        // The page's first paragraph goes on from the last one of the page before when that stopped mid-sentence, in
        // the same type, and this one starts in lower case or with a number.
        const goesOn = opening && carried && previous && Math.abs(previous.size - current.size) <= current.size * 0.15 && /^[\p{Ll}\d]/u.test(text);
        if (goesOn) paragraphs[paragraphs.length - 1] = { ...previous, text: joinLines(previous.text, text) };
        else paragraphs.push({ text, size: current.size, first: paragraphs.length === 0 });
        opening = false;
      }
      current = undefined;
    };
    for (const line of page) {
      if (current && continues(current.last, line)) {
        current.text = joinLines(current.text, line.text);
        current.last = line;
        current.size = Math.max(current.size, line.size);
      } else {
        close();
        current = { text: line.text, size: line.size, last: line };
      }
    }
    close();
    carried = !/[.!?:;"”’)\]]$/.test(paragraphs.at(-1)?.text ?? '.');
  }
  return paragraphs;
}

/** How many lines at the top and at the bottom of a page are looked at for running heads and feet. */
const furnitureDepth = 2;

/**
 * The pages' lines without running heads and feet: a line among the first or last two of its page whose text, with
 * its digits counted as one (`Page 3 of 12`, `Annual report 2023 · 4`), comes back at the same end of at least half
 * the pages (and of two at least), or a line there that is only a page number.
 */
function withoutPageFurniture(pages: readonly PdfLine[][]): PdfLine[][] {
  const shape = (line: PdfLine) => line.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const ends = (page: readonly PdfLine[]) => [...page.slice(0, furnitureDepth), ...page.slice(-furnitureDepth)];
  const seen = new Map<string, number>();
  for (const page of pages) for (const key of new Set(ends(page).map(shape))) seen.set(key, (seen.get(key) ?? 0) + 1);
  const enough = Math.max(2, Math.ceil(pages.length / 2));
  const furniture = (line: PdfLine) => /^(?:page\s+)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/.test(shape(line)) || (seen.get(shape(line)) ?? 0) >= enough;
  return pages.map((page) => {
    const top = new Set(page.slice(0, furnitureDepth).filter(furniture));
    const bottom = new Set(page.slice(-furnitureDepth).filter(furniture));
    return page.filter((line) => !top.has(line) && !bottom.has(line));
  });
}

/** The runs gathered into lines: a line ends where a run says so, or where the next run sits on another baseline. */
function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  for (const item of items) {
    const size = Math.abs(item.fontSize) || 1;
    if (line && item.str && Math.abs(item.y - line.y) > size * 0.5) {
      lines.push(line);
      line = undefined;
    }
    if (!line) {
      line = { text: '', x: item.x, y: item.y, size: 0, end: item.x };
    } else if (item.str && line.text && !/\s$/.test(line.text) && !/^\s/.test(item.str) && item.x - line.end > size * 0.15) {
      // Runs placed apart on one line (one per word, as some writers make them) are words apart.
      line.text += ' ';
    }
    line.text += item.str;
    if (item.str.trim()) line.size = Math.max(line.size, size);
    line.end = item.x + item.width;
    if (item.hasEOL) {
      lines.push(line);
      line = undefined;
    }
  }
  if (line) lines.push(line);
  // A blank line says nothing a gap does not: paragraphs are told by the spacing of the lines with text.
  return lines.filter((l) => l.text.trim() !== '');
}

/** Does `next` carry on the paragraph of `last`: the next baseline down at about one line's spacing, same size, not indented? */
function continues(last: PdfLine, next: PdfLine): boolean {
  const size = Math.max(last.size, next.size) || 1;
  const gap = last.y - next.y;
  if (gap <= 0 || gap > size * 1.6) return false;
  if (Math.abs(last.size - next.size) > size * 0.15) return false;
  return next.x - last.x < size * 1.2;
}

/** Two lines of one paragraph: apart by a space, except after a hyphen at the line's end (kept) or a soft hyphen (dropped). */
function joinLines(text: string, line: string): string {
  const trimmed = text.replace(/\s+$/, '');
  if (trimmed.endsWith('\u00ad')) return trimmed.slice(0, -1) + line.trimStart();
  if (/\p{L}-$/u.test(trimmed) && /^\p{Ll}/u.test(line.trimStart())) return trimmed + line.trimStart();
  return `${trimmed} ${line.trimStart()}`;
}

/**
 * The headline: the document information's title, unless a writing program put it in by itself ("Microsoft Word -
 * report.docx", a file name, "untitled"); else the first paragraph, when it is short and set clearly larger than the
 * text after it.
 */
export function pdfTitle(title: unknown, paragraphs: readonly PdfParagraph[]): string | undefined {
  const clean = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim() : '';
  const made = /^(?:untitled|microsoft \w+ - |document\d*$)|\.(?:docx?|odt|pdf|pages|indd|rtf|txt|html?)$/i.test(clean);
  if (clean && !made) return clean;
  const [first, ...rest] = paragraphs;
  if (!first?.first || first.text.length > 200 || !rest.length) return undefined;
  const sizes = rest.map((p) => p.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)]!;
  return first.size >= body * 1.3 ? first.text : undefined;
}

/** `D:20240404093000+02'00'` (a PDF date) as its day as written, `2024-04-04`. */
export function pdfDay(date: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(date.trim());
  return m ? validDay(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}
