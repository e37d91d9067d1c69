// PDF files read as documents. ferry.pdf was printed by Chromium from a small web page (a heading, paragraphs that
// wrap over several lines, a second page), its creation date then set to 4 April 2024; scan.pdf holds only a drawing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectDocuments } from '../../src/lib/documents/collectDocuments.ts';
import { pdfDay, pdfParagraphs, pdfTitle, readPdfDocument, withPdfTexts, type PdfTextItem } from '../../src/lib/documents/pdfDocument.ts';
import { parseDocument } from '../../src/lib/documents/parseDocument.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

describe('a PDF printed from a web page', () => {
  test('its lines are put back into paragraphs, page by page; the title and creation day come from its information', async () => {
    const read = await readPdfDocument(fixture('ferry.pdf'));
    expect(read).toEqual({
      ok: true,
      text: [
        'Ferry service resumes',
        'The ferry sailed again on Monday, after a storm on 28 March damaged the pier. The operator said the timetable would return to normal from 8 April 2024, and that repairs to the old pier would take until the end of the summer.',
        'Inspectors visited the harbour on 2 April 2024 and found the main deck safe.',
        'Page two: a second vessel is due to join the route in June 2024, the operator said on Tuesday.',
      ].join('\n\n'),
      title: 'Ferry service resumes after storm',
      created: '2024-04-04',
    });
  });

  test('collected with the other documents, it is dated by its creation day and its passages slice out of its text', async () => {
    const bytes = fixture('ferry.pdf');
    const files = await withPdfTexts([{ name: 'ferry.pdf', bytes }, { name: 'note.txt', bytes: new TextEncoder().encode('It rained on 3 May 2020.') }]);
    // The caller's bytes are left whole (PDF.js takes over the buffer it is given).
    expect(bytes.byteLength).toBe(fixture('ferry.pdf').byteLength);
    const collection = collectDocuments(files);
    expect(collection.problems).toEqual([]);
    const pdf = collection.documents.find((d) => d.name === 'ferry.pdf')!;
    expect(pdf).toMatchObject({ id: 'ferry', dct: '2024-04-04', title: 'Ferry service resumes after storm' });
    const data = buildTimelineData({ documents: [pdf], problems: [] });
    expect(data.events.find((e) => e.sources[0].timex.text === 'Monday')?.value).toBe('2024-04-01');
    expect(data.events.find((e) => e.sources[0].timex.text === 'Tuesday')?.value).toBe('2024-04-02');
    for (const event of data.events) {
      for (const { timex, sentence } of event.sources) {
        expect(pdf.text.slice(timex.start, timex.end)).toBe(timex.text);
        expect(pdf.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });

  test('a PDF without text, a damaged one, and one not read beforehand are refused with what to do', async () => {
    expect(await readPdfDocument(fixture('scan.pdf'))).toEqual({
      ok: false,
      message: 'the PDF has no text to read (a scanned page is a picture of text); run it through text recognition (OCR) first',
    });
    const damaged = await readPdfDocument(new TextEncoder().encode('%PDF-1.7\nnot really a PDF'));
    expect(damaged.ok === false && damaged.message).toMatch(/^the PDF could not be read \(.+\)$/);
    const [scan] = collectDocuments(await withPdfTexts([{ name: 'scan.pdf', bytes: fixture('scan.pdf') }])).problems;
    expect(scan?.message).toMatch(/^scan\.pdf: the PDF has no text to read/);
    const unread = parseDocument('report.pdf', fixture('ferry.pdf'));
    expect(!unread.ok && unread.problem.message).toBe('report.pdf: the file is a PDF, not text; copy its text into a .txt file or paste it');
  });
});

describe('paragraphs from placed lines', () => {
  /** A run of text at `y` (PDF units grow upwards) in 10-point type, one character 5 units wide. */
  const run = (str: string, y: number, options: Partial<PdfTextItem> = {}): PdfTextItem =>
    ({ str, x: 50, y, width: str.length * 5, fontSize: 10, hasEOL: true, ...options });

  test('lines at the usual spacing join with a space; a wider gap, an indent or another size starts a paragraph', () => {
    const paragraphs = pdfParagraphs([[
      run('Harbour news', 700, { fontSize: 18 }),
      run('The bridge opened on', 670),
      run('Monday after repairs.', 658),
      run('A second line of work', 630),
      run('began on Tuesday.', 618),
      run('An indented paragraph', 606, { x: 70 }),
      run('ends here.', 594),
    ]]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Harbour news',
      'The bridge opened on Monday after repairs.',
      'A second line of work began on Tuesday.',
      'An indented paragraph ends here.',
    ]);
    expect(paragraphs.map((p) => p.size)).toEqual([18, 10, 10, 10]);
  });

  test('runs on one baseline are one line, apart by a space where the page leaves one; a new page starts a paragraph', () => {
    const paragraphs = pdfParagraphs([
      [
        run('On', 700, { hasEOL: false }),
        run('3', 700, { x: 65, hasEOL: false }),
        run('May', 700, { x: 75, hasEOL: false }),
        // Touching runs are one word: a change of font inside "2020".
        run('20', 700, { x: 95, hasEOL: false }),
        run('20 it rained and', 700, { x: 105, hasEOL: false }),
        run('the river rose.', 688, { hasEOL: false }),
      ],
      [run('Overleaf, the same day.', 700)],
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual(['On 3 May 2020 it rained and the river rose.', 'Overleaf, the same day.']);
  });

  test('running heads, feet and page numbers are left out; a sentence cut by a page break is joined again', () => {
    const page = (n: number, body: PdfTextItem[]) => [
      run('Harbour report 2024', 780, { fontSize: 8 }),
      ...body,
      run(`Page ${n} of 3`, 40, { fontSize: 8 }),
    ];
    const paragraphs = pdfParagraphs([
      page(1, [run('The quay was rebuilt in', 700), run('1998 and again in', 688)]),
      page(2, [run('2012, after the flood.', 700), run('A new paragraph on 3 May.', 660)]),
      [run('Harbour report 2024', 780, { fontSize: 8 }), run('The end came in June.', 700), run('17', 40, { fontSize: 8 })],
    ]);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'The quay was rebuilt in 1998 and again in 2012, after the flood.',
      'A new paragraph on 3 May.',
      'The end came in June.',
    ]);
    // One page only: nothing repeats, so its first line stays; a line that is only a page number goes.
    expect(pdfParagraphs([[run('Harbour report 2024', 780), run('The quay opened in May.', 700), run('- 1 -', 40)]]).map((p) => p.text))
      .toEqual(['Harbour report 2024', 'The quay opened in May.']);
  });

  test('a hyphen at the end of a line is kept and the word joined; a soft hyphen is dropped', () => {
    const text = pdfParagraphs([[run('The twenty-', 700), run('first of May and the long-', 688), run('term plan, re\u00ad', 676), run('written in June.', 664)]])[0]?.text;
    expect(text).toBe('The twenty-first of May and the long-term plan, rewritten in June.');
  });
});

test('the title: the information\'s own unless a program made it up, else a large first paragraph', () => {
  const body = { text: 'The bridge opened on Monday.', size: 10, first: false };
  const heading = { text: 'Harbour news', size: 18, first: true };
  expect(pdfTitle('Bridge report', [heading, body])).toBe('Bridge report');
  for (const made of ['Microsoft Word - report.docx', 'report.pdf', 'untitled', '', undefined]) {
    expect(pdfTitle(made, [heading, body])).toBe('Harbour news');
  }
  expect(pdfTitle(undefined, [{ ...heading, size: 11 }, body])).toBeUndefined();
  expect(pdfTitle(undefined, [heading])).toBeUndefined();
});

test('PDF dates give their day as written', () => {
  expect(pdfDay("D:20240404093000+02'00'")).toBe('2024-04-04');
  expect(pdfDay('D:20240404')).toBe('2024-04-04');
  expect(pdfDay('20240230')).toBeUndefined();
  expect(pdfDay('D:2024')).toBeUndefined();
  expect(pdfDay(42)).toBeUndefined();
});
