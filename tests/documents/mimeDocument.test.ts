// E-mails (.eml) and web pages saved whole (.mhtml) read as documents. meeting.eml is a multipart message as mail
// programs write it (a quoted-printable Latin-1 text part, a base64 HTML copy, an attachment, an encoded Subject);
// crane.mhtml was saved by Chromium (Page.captureSnapshot) from a small news page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dayOfMailDate } from '../../src/lib/documents/mimeDocument.ts';
import { parseDocument, type SourceDocument } from '../../src/lib/documents/parseDocument.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));
const bytes = (text: string) => new TextEncoder().encode(text.replace(/\n/g, '\r\n'));

function read(name: string, content: Uint8Array = fixture(name)): SourceDocument {
  const parsed = parseDocument(name, content);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.document;
}

describe('e-mails', () => {
  const mail = read('meeting.eml');

  test('the plain-text part is the text, decoded from quoted-printable Latin-1; the attachment is not read', () => {
    expect(mail.text).toBe(
      'Dear members,\r\n\r\nThe annual meeting will be held on Tuesday 16 April at the harbour hall. ' +
        'The minutes of the meeting of 12 March are attached.\r\n\r\nRegards,\r\nThe secretary (Café committee)',
    );
    expect(mail.text).not.toMatch(/1 January 2020|<b>/);
  });

  test('the Subject (encoded words joined) is the title, and the day it was sent the document date', () => {
    expect(mail).toMatchObject({ id: 'meeting', title: 'Annual meeting – harbour hall', dct: '2024-04-04' });
    const data = buildTimelineData({ documents: [mail], problems: [] });
    expect(data.events.find((e) => e.sources[0].timex.text === 'Tuesday 16 April')?.value).toBe('2024-04-16');
    expect(data.events.find((e) => e.sources[0].timex.text === '12 March')?.value).toBe('2024-03-12');
  });

  test('a message with only an HTML part is reduced as a page; a date line in the text still wins', () => {
    const htmlOnly = read('note.eml', bytes([
      'From: a@example.org', 'Subject: Note', 'Date: Mon, 1 Jul 2019 08:00:00 +0000', 'Content-Type: text/html; charset=utf-8', '',
      '<p>The fair opens on <i>Saturday</i>.</p><script>alert(1)</script>',
    ].join('\n')));
    expect(htmlOnly).toMatchObject({ text: 'The fair opens on Saturday.', title: 'Note', dct: '2019-07-01' });
    const dated = read('dated.eml', bytes(['From: a@example.org', 'Date: Mon, 1 Jul 2019 08:00:00 +0000', '', 'date 2019-06-30', 'The fair opened on Saturday.'].join('\n')));
    expect(dated).toMatchObject({ text: 'The fair opened on Saturday.', dct: '2019-06-30' });
  });

  test('a file without mail headers is refused with what is wrong', () => {
    const parsed = parseDocument('notes.eml', bytes('Just some text on 3 May 2020.'));
    expect(!parsed.ok && parsed.problem.message).toBe(
      'notes.eml: the file has no e-mail or MIME headers (From:, Content-Type:); save it again from the mail program or the browser',
    );
  });
});

test('a page saved whole by a browser is read as its page: text, title, publisher and date from the page itself', () => {
  const page = read('crane.mhtml');
  expect(page.text).toBe(
    'Harbour crane collapses\n\nA crane collapsed at the container terminal on Wednesday evening, the port authority said. Nobody was hurt.\n\n' +
      'The crane had been inspected on 12 March and was due for replacement in 2026 — “a long-planned renewal”, a spokesman said.',
  );
  // The page's own date, not the day it was saved (the file's Date header, in 2026).
  expect(page).toMatchObject({ dct: '2024-04-04', title: 'Harbour crane collapses | Harbour Gazette', source: 'Harbour Gazette' });
  const data = buildTimelineData({ documents: [page], problems: [] });
  expect(data.events.find((e) => e.sources[0].timex.text.startsWith('Wednesday'))?.value).toMatch(/^2024-04-03/);
});

test('mail dates give their day as written', () => {
  expect(dayOfMailDate('Thu, 4 Apr 2024 09:15:00 +0200')).toBe('2024-04-04');
  expect(dayOfMailDate('4 April 2024 23:59 -0500')).toBe('2024-04-04');
  expect(dayOfMailDate('Fri, 31 Feb 2024 10:00:00 GMT')).toBeUndefined();
  expect(dayOfMailDate('yesterday')).toBeUndefined();
});
