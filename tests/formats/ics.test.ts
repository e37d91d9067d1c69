import { describe, expect, test } from 'vitest';
import { escapeIcsText, foldIcsLine } from '../../src/lib/formats/icsText.ts';
import { exportIcs } from '../../src/lib/formats/index.ts';
import { eventAt, letter, memo, sampleTimeline, seedTimeline } from './fixtures.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** Undoes the folding: what a calendar reader sees. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('iCalendar text rules', () => {
  test('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg: "h"')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng: "h"');
  });

  test('folds at 75 octets, continuation lines start with a space, and never split a UTF-8 sequence', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'x'.repeat(30)}😀end`;
    const folded = foldIcsLine(line);
    expect(folded.endsWith('\r\n')).toBe(true);
    const physical = folded.slice(0, -2).split('\r\n');
    // 8 + 33 × 2 = 74: a 34th é would need 76 octets, so the line breaks before it.
    expect(physical.map(octets)).toEqual([74, 52]);
    expect(physical.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(physical.join('').replace(/^(.*?) /, '$1')).not.toContain('\ufffd');
    expect(unfold(folded)).toBe(`${line}\r\n`);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x\r\n');
    expect(foldIcsLine('A'.repeat(75))).toBe(`${'A'.repeat(75)}\r\n`);
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A\r\n`);
    expect(foldIcsLine(`${'A'.repeat(74)}\\;B`)).toBe(`${'A'.repeat(74)}\r\n \\;B\r\n`);
  });
});

describe('iCalendar export', () => {
  test('a day event is an all-day VEVENT with a stable UID, a DTSTAMP from the data and the quote in DESCRIPTION', () => {
    const doc = { ...memo, text: 'On Wednesday, they met; "finally".' };
    const ics = exportIcs({ title: 'Board; 2024', documents: [doc], events: [eventAt(doc, 'Wednesday', '2024-04-03')] });
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Passage Timeline//Passage Timeline 1.0//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:Board\\; 2024',
        'BEGIN:VEVENT',
        'UID:memo:3@passage-timeline',
        'DTSTAMP:20240404T000000Z',
        'DTSTART;VALUE=DATE:20240403',
        'DTEND;VALUE=DATE:20240404',
        'SUMMARY:On Wednesday\\, they met\\; "finally"',
        'DESCRIPTION:“On Wednesday\\, they met\\; "finally".”\\n\\nWhen: Wednesday\\,',
        '  3 April 2024 (2024-04-03)\\, written “Wednesday”\\nSource: Budget memo',
        ' \\; "draft"\\, v2 (Finance\\, Office\\, 2024-04-04)\\, memo.md\\, https://exampl',
        ' e.org/memo?a=1&b=2',
        'URL:https://example.org/memo?a=1&b=2',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  test('coarse events span whole days, fine ones are UTC times, BC years are left out', () => {
    const ics = unfold(exportIcs(sampleTimeline()));
    const vevents = ics.split('BEGIN:VEVENT').slice(1);
    const dates = vevents.map((v) => [/UID:(.*)\r\n/.exec(v)?.[1], /DTSTART(.*)\r\n/.exec(v)?.[1], /DTEND(.*)\r\n/.exec(v)?.[1]]);
    expect(dates).toEqual([
      ['memo:152@passage-timeline', ';VALUE=DATE:19900101', ';VALUE=DATE:20000101'],
      ['memo:209@passage-timeline', ';VALUE=DATE:20230301', ';VALUE=DATE:20230601'],
      ['memo:66@passage-timeline', ';VALUE=DATE:20240101', ';VALUE=DATE:20240401'],
      ['memo:109@passage-timeline', ';VALUE=DATE:20240401', ';VALUE=DATE:20240408'],
      ['memo:17@passage-timeline', ':20240403T060000Z', ':20240403T120000Z'],
      ['memo:182@passage-timeline', ':20240403T153000Z', ':20240403T153100Z'],
    ]);
    expect(ics).not.toContain('UID:letter');
  });

  test('is deterministic, CRLF only, every physical line at most 75 octets', () => {
    const seed = seedTimeline();
    const ics = exportIcs(seed);
    expect(exportIcs(seed)).toBe(ics);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(Math.max(...ics.split('\r\n').map(octets))).toBeLessThanOrEqual(75);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(seed.events.length);
    expect(unfold(ics)).toContain('DTSTAMP:20240404T000000Z');
    expect(exportIcs({ documents: [letter], events: [] })).toContain('\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n');
  });
});
