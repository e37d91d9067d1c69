import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { documentId, parseDocument, parseDocumentText } from '../../src/lib/documents/parseDocument.ts';
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

  test('readSeedFolder picks up every file, skips hidden ones, and reports a missing folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    writeFileSync(join(dir, 'one.txt'), 'date 2023-05-01\nIt rained on Friday.');
    writeFileSync(join(dir, 'two.txt'), 'date 2023-13-01\nBad date line.');
    writeFileSync(join(dir, '.DS_Store'), new Uint8Array([0, 1, 2]));
    const collection = readSeedFolder(dir);
    expect(collection.documents.map((d) => d.name)).toEqual(['one.txt']);
    expect(collection.problems.map((p) => p.name)).toEqual(['two.txt']);
    expect(readSeedFolder(join(dir, 'nope')).problems[0]?.message).toMatch(/seeds folder is missing/);
  });
});
