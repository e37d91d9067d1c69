import { describe, expect, test } from 'vitest';
import { parseDocument, parseDocumentText } from '../../src/lib/documents/parseDocument.ts';
import { collectDocuments } from '../../src/lib/documents/collectDocuments.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('front matter', () => {
  test('fills title, date, source and url; the text starts after the block and its blank lines', () => {
    const raw = [
      '---',
      'title: "Russia warns France: \\"senseless\\" talks"',
      'date: 2024-04-04',
      "source: 'AP''s wire' # the agency",
      'url: https://example.org/story?id=7',
      'tags:',
      '  - defence',
      '  - diplomacy',
      'layout: post',
      '# a comment line',
      '---',
      '',
      'Moscow: a rare phone call Wednesday.',
    ].join('\n');
    const parsed = parseDocumentText('call.md', raw);
    expect(parsed).toEqual({
      ok: true,
      document: {
        id: 'call',
        name: 'call.md',
        dct: '2024-04-04',
        title: 'Russia warns France: "senseless" talks',
        source: "AP's wire",
        url: 'https://example.org/story?id=7',
        text: 'Moscow: a rare phone call Wednesday.',
      },
    });
  });

  test('CRLF line ends, a date with a time, and a plain text file', () => {
    const parsed = parseDocumentText('n.txt', '---\r\ndate: 2024-04-04T23:30:00-05:00\r\n---\r\nBody on Friday.\r\n');
    expect(parsed.ok && parsed.document).toEqual({ id: 'n', name: 'n.txt', dct: '2024-04-04', text: 'Body on Friday.' });
  });

  test('the date line form still works, and the block is optional', () => {
    expect(parseDocumentText('a.md', 'date 2020-01-02\nHello').ok).toBe(true);
    const plain = parseDocumentText('b.md', 'Just text on Monday.');
    expect(plain.ok && plain.document).toEqual({ id: 'b', name: 'b.md', text: 'Just text on Monday.' });
  });

  test.each([
    ['---\ntitle: x\n\nNo closing fence on Monday.', 'bad.md: line 1: the front matter opened here is never closed; end it with a line "---"'],
    ['---\ntitle: x\ndate: 2024-13-01\n---\nText.', 'bad.md: line 3: date "2024-13-01" is not a valid date; write it as YYYY-MM-DD, for example 2024-04-04'],
    ['---\ndate: 04/04/2024\n---\nText.', 'bad.md: line 2: date "04/04/2024" is not a valid date'],
    ['---\ntitle: x\nsource: y\nurl: example.org/story\n---\nText.', 'bad.md: line 4: url "example.org/story" is not an absolute http(s) address'],
    ['---\nurl: javascript:alert(1)\n---\nText.', 'bad.md: line 2: url "javascript:alert(1)" is not an absolute http(s) address'],
    ['---\ntitle: "unclosed\n---\nText.', 'bad.md: line 2: the quoted value "unclosed is not closed or has a bad escape'],
    ['---\ntitle: a\ntitle: b\n---\nText.', 'bad.md: line 3: title is given twice (first on line 2)'],
    ['---\njust words\n---\nText.', 'bad.md: line 2: "just words" is not a "key: value" line'],
    ['---\ntitle:\n  A title on two lines\n---\nText.', 'bad.md: line 3: "A title on two lines" continues a value over several lines; write the value on one line'],
    ['---\ntitle: fine\n---\n\n  \n', 'bad.md: the file has a front matter but no text'],
  ])('a malformed block is refused with the file and the line: %j', (raw, message) => {
    const parsed = parseDocumentText('bad.md', raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem.message).toContain(message);
    expect(!parsed.ok && parsed.problem.name).toBe('bad.md');
  });
});

describe('Markdown', () => {
  test('is shown as written, so offsets into it are exact; its first heading is the title', () => {
    const raw = '# Talks in *Geneva* #\n\nThe **round** was set for [March 22](https://x.org).\n';
    const parsed = parseDocumentText('talks.markdown', raw);
    expect(parsed.ok && parsed.document).toEqual({ id: 'talks', name: 'talks.markdown', title: 'Talks in *Geneva*', text: raw.trimEnd() });
  });

  test('front-matter title wins over the heading', () => {
    const parsed = parseDocumentText('t.md', '---\ntitle: Given\n---\n# Heading\nText.');
    expect(parsed.ok && parsed.document.title).toBe('Given');
  });
});

describe('collectDocuments', () => {
  test('--dct style default date goes to documents without one, not over their own', () => {
    const collection = collectDocuments(
      [
        { name: 'dated.txt', bytes: utf8('date 2021-06-07\nIt rained on Monday.') },
        { name: 'undated.txt', bytes: utf8('It rained on Monday.') },
      ],
      { defaultDct: '2024-04-04' },
    );
    expect(collection.documents.map((d) => [d.id, d.dct])).toEqual([
      ['dated', '2021-06-07'],
      ['undated', '2024-04-04'],
    ]);
  });

  test('bad bytes stay specific problems whatever the extension', () => {
    expect(parseDocument('x.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xff])).ok === false && true).toBe(true);
    const parsed = parseDocument('x.html', new Uint8Array([0x3c, 0x70, 0x3e, 0xff]));
    expect(!parsed.ok && parsed.problem.message).toBe('x.html: the file is not valid UTF-8 (first bad byte at offset 3); save it as UTF-8 and try again');
    const big = parseDocument('big.md', new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61));
    expect(!big.ok && big.problem.message).toBe('big.md: the file is 5,242,881 bytes; documents are limited to 5 MB (5,242,880 bytes)');
  });
});
