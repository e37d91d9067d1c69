/** Small hand-made timelines for the format tests, independent of the tagger, and the seed folder's real one. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectDocuments } from '../../src/lib/documents/collectDocuments.ts';
import type { SourceDocument } from '../../src/lib/documents/parseDocument.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { compareEvents } from '../../src/lib/events/buildEvents.ts';
import { valueToInterval } from '../../src/lib/extract/index.ts';
import type { TimexMod } from '../../src/lib/extract/types.ts';
import type { PortableEvent, Timeline } from '../../src/lib/formats/index.ts';

export const seedsDir = join(import.meta.dirname, '../../seeds');

/** The timeline of every document in seeds/, as the app builds it. */
export function seedTimeline(): Timeline {
  const files = readdirSync(seedsDir).filter((n) => !n.startsWith('.')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(seedsDir, name))) }));
  const { problems: _, ...timeline } = buildTimelineData(collectDocuments(files));
  return timeline;
}

export const memo: SourceDocument = {
  id: 'memo',
  name: 'memo.md',
  dct: '2024-04-04',
  title: 'Budget memo; "draft", v2',
  source: 'Finance, Office',
  url: 'https://example.org/memo?a=1&b=2',
  text:
    'The board met on Wednesday morning, as planned.\n\n' +
    'Spending rose in the first quarter of 2024 and again during the week of 1 April.\n\n' +
    'Prices were lower in the 1990s; the vote closed at 15:30 on 3 April 2024.\n\n' +
    'In spring 2023 the plan & the <budget> were drafted.',
};

export const letter: SourceDocument = { id: 'letter', name: 'letter.txt', text: 'Caesar crossed the river in 49 BC, early that year.' };

/** An event whose expression is the first occurrence of `timex` in `doc`, its sentence the paragraph around it. */
export function eventAt(doc: SourceDocument, timex: string, value: string, mod?: TimexMod): PortableEvent {
  const start = doc.text.indexOf(timex);
  if (start < 0) throw new Error(`${timex} not in ${doc.id}`);
  const paragraphStart = doc.text.lastIndexOf('\n\n', start);
  const sentenceStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
  const paragraphEnd = doc.text.indexOf('\n\n', start);
  const sentenceEnd = paragraphEnd < 0 ? doc.text.length : paragraphEnd;
  const placed = valueToInterval(value);
  if (!placed) throw new Error(`${value} cannot be placed`);
  const sentence = doc.text.slice(sentenceStart, sentenceEnd);
  return {
    id: `${doc.id}:${start}`,
    value,
    type: value.includes('T') ? 'TIME' : 'DATE',
    ...(mod ? { mod } : {}),
    granularity: placed.granularity,
    start: placed.interval.start,
    end: placed.interval.end,
    title: sentence.replace(/[.]$/, ''),
    sources: [{ docId: doc.id, timex: { start, end: start + timex.length, text: timex }, sentence: { start: sentenceStart, end: sentenceEnd, text: sentence } }],
  };
}

/** One event of every granularity the exports write differently. */
export function sampleTimeline(): Timeline {
  const events = [
    eventAt(memo, 'Wednesday morning', '2024-04-03TMO'),
    eventAt(memo, 'the first quarter of 2024', '2024-Q1'),
    eventAt(memo, 'the week of 1 April', '2024-W14'),
    eventAt(memo, 'the 1990s', '199'),
    eventAt(memo, '15:30 on 3 April 2024', '2024-04-03T15:30'),
    eventAt(memo, 'spring 2023', '2023-SP'),
    eventAt(letter, '49 BC', 'BC0049'),
    eventAt(letter, 'early that year', 'BC0049', 'START'),
  ].sort(compareEvents);
  return { title: 'Memo & letter', documents: [memo, letter], events };
}

/** A rich file: entities, participants, merge and undated mentions on top of the sample. */
export function richTimeline(): Timeline {
  const sample = sampleTimeline();
  const [first, ...rest] = sample.events;
  if (!first) throw new Error('no events');
  const board = memo.text.indexOf('board');
  return {
    ...sample,
    events: [
      {
        ...first,
        participants: ['caesar'],
        merge: { reason: 'same year in one sentence' },
        uncertainty: { why: 'approximate', earliest: Date.UTC(-50, 0), latest: Date.UTC(-46, 0) },
      },
      ...rest.map((e) => (e.value === '2023-SP' ? { ...e, range: { kind: 'from-to' as const, to: '2023-SU' }, uncertainty: { why: 'after' as const, earliest: e.start } } : e)),
    ],
    entities: [
      { id: 'caesar', name: 'Julius Caesar', kind: 'person', aliases: ['Caesar'], mentions: [{ docId: 'letter', start: 0, end: 6, text: 'Caesar' }] },
      { id: 'board', name: 'The board', kind: 'organization', mentions: [{ docId: 'memo', start: board, end: board + 5, text: 'board' }] },
    ],
    undated: [
      { id: 'memo:u1', title: 'The plan was drafted', value: 'XXXX-SP', type: 'DATE', sources: eventAt(memo, 'the plan', '2023').sources, participants: ['board'] },
    ],
  };
}
