// Word (.docx) and OpenDocument (.odt) files read as documents: the body's text in order, the title and creation day
// from the file's properties, and what is not the document's text left out. bridge.docx was written by a .docx
// library with Word's own template, a tracked change and a text box added as Word writes them; ferry.odt is a
// hand-made OpenDocument text with a footnote, a comment, a tracked deletion and a table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseDocument, type SourceDocument } from '../../src/lib/documents/parseDocument.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

function read(name: string, bytes: Uint8Array = fixture(name)): SourceDocument {
  const parsed = parseDocument(name, bytes);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.document;
}

const problem = (name: string, bytes: Uint8Array) => {
  const parsed = parseDocument(name, bytes);
  return parsed.ok ? undefined : parsed.problem.message;
};

/** A .docx holding only a body (and properties when given), as other writers than Word make them. */
function docx(paragraphs: readonly string[], core?: string): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${ns}><w:body>${body}</w:body></w:document>`),
    ...(core ? { 'docProps/core.xml': strToU8(core) } : {}),
  });
}

describe('Word documents', () => {
  const doc = read('bridge.docx');

  test('paragraphs become lines apart by a blank line; runs split by formatting join up; a tab stays a tab', () => {
    const lines = doc.text.split('\n\n');
    expect(lines.slice(0, 4)).toEqual([
      'Harbour bridge reopens after repairs',
      'The harbour bridge reopened to traffic on Wednesday, three weeks after a barge struck one of its piers.',
      // "Tues" and a bold "day" are two runs; "&" is written &amp; in the XML.
      'The council will meet again next Tuesday to review the costs & the schedule.',
      'Inspection:\t2 April 2024',
    ]);
  });

  test('a table row is one line with its cells apart by a tab', () => {
    expect(doc.text.split('\n\n')).toContain('Closed\t14 March 2024');
    expect(doc.text.split('\n\n')).toContain('Reopened\t3 April 2024');
  });

  test('the title and creation day come from the properties', () => {
    expect(doc.title).toBe('Harbour bridge reopens after repairs');
    expect(doc.dct).toBe('2024-04-04');
    expect(doc.id).toBe('bridge');
  });

  test('a deleted tracked change is left out, an insertion kept, and a text box read once (not its fallback copy)', () => {
    expect(doc.text).toContain('Repairs cost 2.5 million pounds.');
    expect(doc.text).not.toContain('4 million pounds in 2023');
    expect(doc.text.match(/Timeline box/g)).toHaveLength(1);
    expect(doc.text).not.toMatch(/[<>]/);
  });

  test('its events are dated against the creation day, and each passage slices out of the text', () => {
    const data = buildTimelineData({ documents: [doc], problems: [] });
    const wednesday = data.events.find((e) => e.sources[0].timex.text === 'Wednesday');
    expect(wednesday?.value).toBe('2024-04-03');
    const tuesday = data.events.find((e) => e.sources[0].timex.text === 'next Tuesday');
    expect(tuesday?.value).toBe('2024-04-09');
    expect(data.events.map((e) => e.value)).toEqual(expect.arrayContaining(['2024-03-13', '2024-03-14', '2024-04-02']));
    for (const event of data.events) {
      for (const { timex, sentence } of event.sources) {
        expect(doc.text.slice(timex.start, timex.end)).toBe(timex.text);
        expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    }
  });

  test('a date line at the top of the text wins over the creation day; a file without properties has no date', () => {
    const core = '<cp:coreProperties xmlns:dc="x" xmlns:dcterms="y"><dc:title> Note </dc:title><dcterms:created>2020-01-01T00:00:00Z</dcterms:created></cp:coreProperties>';
    const dated = read('dated.docx', docx(['date 2024-04-04', 'The vote was on Monday.'], core));
    expect(dated).toMatchObject({ dct: '2024-04-04', title: 'Note', text: 'The vote was on Monday.' });
    const bare = read('bare.docx', docx(['The vote was on Monday.']));
    expect(bare.dct).toBeUndefined();
    expect(bare.title).toBeUndefined();
  });

  test('an empty, a damaged and an oversized document are refused by name with what is wrong', () => {
    expect(problem('empty.docx', docx([]))).toBe('empty.docx: the Word document has no text');
    const damaged = fixture('bridge.docx').slice(0, 2000);
    expect(problem('cut.docx', damaged)).toMatch(/^cut\.docx: the file is a damaged ZIP archive \(.+\); save the document again$/);
    // 65 MB of XML packs into a few kilobytes: it is refused before it is unpacked.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(65 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(problem('bomb.docx', bomb)).toBe("bomb.docx: the document's text unpacks to more than 64 MB; it is not an article");
  });
});

describe('OpenDocument texts', () => {
  const doc = read('ferry.odt');

  test('headings, paragraphs, spaces, tabs, line breaks and table rows read as in the document', () => {
    expect(doc.text.split('\n\n')).toEqual([
      'Ferry service resumes',
      'The ferry sailed again on Monday, after a storm on 28 March damaged the pier.',
      'Timetable:\tfrom 8 April 2024\nevery hour & on the half hour.',
      'Pier inspected\t2 April 2024',
      'The operator expects full service by the summer.',
    ]);
  });

  test('footnotes, comments and tracked deletions are not part of the text', () => {
    expect(doc.text).not.toMatch(/27 March|5 April|1 January 2020|Editor/);
  });

  test('the first-level heading is the title when the properties have none; the creation day is the date', () => {
    expect(doc.title).toBe('Ferry service resumes');
    expect(doc.dct).toBe('2024-04-03');
    const data = buildTimelineData({ documents: [doc], problems: [] });
    expect(data.events.find((e) => e.sources[0].timex.text === 'Monday')?.value).toBe('2024-04-01');
  });
});

test('a ZIP archive that holds neither kind of document is named as such', () => {
  expect(problem('photos.zip', fixture('photos.zip'))).toBe(
    'photos.zip: the file is a ZIP archive with no Word (.docx) or OpenDocument (.odt) document in it; documents are read from text, Markdown, HTML, Word, OpenDocument, PDF, e-mail and saved-page files',
  );
});
