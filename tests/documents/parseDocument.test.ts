import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId } from '../../src/lib/documents/documentFile.ts';
import { parseDocument, parseDocumentText } from '../../src/lib/documents/parseDocument.ts';
import { collectDocuments } from '../../src/lib/documents/collectDocuments.ts';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseDocument', () => {
  test('reads the date line, drops the residue after the date and the blank lines after it', () => {
    const parsed = parseDocument('a.txt', utf8(' date 2024-04-04 Advertisement\n\nMoscow: text.\n'));
    expect(parsed).toEqual({ ok: true, document: { id: 'a', name: 'a.txt', dct: '2024-04-04', text: 'Moscow: text.' } });
  });

  test('a document without a date line keeps all its text and has no date', () => {
    const parsed = parseDocumentText('notes.md', 'The dates were set on Monday.\r\nMore.');
    expect(parsed.ok && parsed.document).toEqual({ id: 'notes', name: 'notes.md', text: 'The dates were set on Monday.\r\nMore.' });
  });

  test('a UTF-8 byte order mark is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('date 2020-01-02\nHello')]);
    const parsed = parseDocument('bom.txt', bytes);
    expect(parsed.ok && parsed.document.dct).toBe('2020-01-02');
    expect(parsed.ok && parsed.document.text).toBe('Hello');
  });

  test('a UTF-16 file with its byte order mark is read, little- or big-endian', () => {
    const text = 'date 2024-04-04\nThe summit was held on Tuesday in Zürich.';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    const be = new Uint8Array([0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])]);
    for (const bytes of [le, be]) {
      const parsed = parseDocument('notepad.txt', bytes);
      expect(parsed.ok && parsed.document).toMatchObject({ dct: '2024-04-04', text: 'The summit was held on Tuesday in Zürich.' });
    }
    const odd = parseDocument('odd.txt', new Uint8Array([0xff, 0xfe, 0x41]));
    expect(!odd.ok && odd.problem.message).toBe('odd.txt: the file starts as UTF-16 but is not valid UTF-16 text; save it as UTF-8 and try again');
  });

  test('a web page in a legacy charset it declares is read in that charset', () => {
    // "Café – 3 April 2024" in Windows-1252: é is 0xE9, the en dash 0x96.
    const body = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, ...utf8('3 April 2024</p>')];
    for (const head of ['<meta charset="windows-1252">', '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">']) {
      const parsed = parseDocument('old.html', new Uint8Array([...utf8(`<html><head>${head}</head><body><p>`), ...body]));
      expect(parsed.ok && parsed.document.text).toBe('Café – 3 April 2024');
    }
    const xhtml = parseDocument('old.xhtml.html', new Uint8Array([...utf8('<?xml version="1.0" encoding="windows-1252"?><html><body><p>'), ...body]));
    expect(xhtml.ok && xhtml.document.text).toBe('Café – 3 April 2024');
    // Declared UTF-8 (or nothing) and not UTF-8: refused as before; a text file declares nothing.
    const lying = parseDocument('lying.html', new Uint8Array([...utf8('<meta charset="utf-8"><p>'), ...body]));
    expect(!lying.ok && lying.problem.message).toMatch(/^lying\.html: the file is not valid UTF-8 \(first bad byte at offset 28\)/);
    const text = parseDocument('meta.txt', new Uint8Array([...utf8('<meta charset="windows-1252"> '), ...body]));
    expect(text.ok).toBe(false);
  });

  test.each([
    ['report.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'report.pdf: the file is a PDF, not text; copy its text into a .txt file or paste it'],
    ['letter.rtf', '{\\rtf1\\ansi The meeting is on 3 April 2024.}', 'letter.rtf: the file is Rich Text (RTF), not plain text'],
  ])('%s is named by its format', (name, content, message) => {
    const parsed = parseDocument(name, utf8(content));
    expect(!parsed.ok && parsed.problem.message).toContain(message);
  });

  test('an older Word document (.doc) is named by its format', () => {
    const parsed = parseDocument('memo.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(!parsed.ok && parsed.problem.message).toMatch(/^memo\.doc: the file is an older Microsoft Office document \(\.doc\), not text/);
  });

  test.each([
    ['empty.txt', utf8(''), 'empty.txt: the file is empty'],
    ['blank.txt', utf8('  \n\n'), 'blank.txt: the file has no text'],
    ['only-date.txt', utf8('date 2024-04-04\n\n'), 'only-date.txt: the file has a date line but no text'],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x61]), 'latin1.txt: the file is not valid UTF-8 (first bad byte at offset 3)'],
    ['image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'image.png: the file looks binary (a NUL byte at offset 8)'],
  ])('%s is refused with a message that names it', (name, bytes, message) => {
    const parsed = parseDocument(name, bytes);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.message).toContain(message);
  });

  test.each(['date 2024-02-30', 'date 04/04/2024', 'date', 'date 2024-4-4 Advertisement', 'Date: yesterday'])(
    'a malformed date line "%s" is refused, quoting the line',
    (line) => {
      const parsed = parseDocumentText('bad.txt', `${line}\nSome text on Monday.`);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.problem.message).toMatch(/^bad\.txt: the first line ".+" has no valid date; write it as "date YYYY-MM-DD"/);
    },
  );

  test('a first line that merely starts with a word like "dated" is text, not a date line', () => {
    const parsed = parseDocumentText('x.txt', 'dated letters arrived on Monday.');
    expect(parsed.ok && parsed.document.text).toBe('dated letters arrived on Monday.');
  });

  test('ids are slugs of the file name', () => {
    expect(documentId('seeds/Égalité 2024 — Report.TXT')).toBe('egalite-2024-report');
  });
});

describe('collectDocuments and the seeds folder', () => {
  test('bad files become problems, the others load, ids stay unique', () => {
    const collection = collectDocuments([
      { name: 'b.txt', bytes: utf8('date 2024-01-01\nB on Monday.') },
      { name: 'b.md', bytes: utf8('Another b.') },
      { name: 'a.txt', bytes: utf8('') },
    ]);
    expect(collection.documents.map((d) => d.id)).toEqual(['b', 'b-2']);
    expect(collection.problems.map((p) => p.name)).toEqual(['a.txt']);
  });

  test('readSeedFolder picks up every file, skips hidden ones, and reports a missing folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'one.txt'), 'date 2023-05-01\nIt rained on Friday.');
    writeFileSync(join(dir, 'two.txt'), 'date 2023-13-01\nBad date line.');
    writeFileSync(join(dir, '.DS_Store'), new Uint8Array([0, 1, 2]));
    const collection = await readSeedFolder(dir);
    expect(collection.documents.map((d) => d.name)).toEqual(['one.txt']);
    expect(collection.problems.map((p) => p.name)).toEqual(['two.txt']);
    expect((await readSeedFolder(join(dir, 'nope'))).problems[0]?.message).toMatch(/seeds folder is missing/);
  });
});
