/**
 * Documents added in the page, read with the real loader and the real extraction pipeline and merged into the seed
 * timeline as the app shows it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { compareEvents } from '../../src/lib/events/compareEvents.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';
import { exportCsv, exportJson, exportTimelineJS } from '../../src/lib/formats/index.ts';
import { joinContext, joinContextLimit } from '../../src/lib/events/eventJoin.ts';
import { findJoins } from '../../src/lib/events/joinExisting.ts';
import { compromiseAnalyser } from '../../src/lib/events/nlp/compromiseAnalyser.ts';
import { addDocuments, type AddDocumentsResult } from '../../src/lib/state/addDocuments.ts';
import { correctEvent } from '../../src/lib/state/correctEvent.ts';
import { mergeTimelineData } from '../../src/lib/state/mergeTimelineData.ts';
import { openTimelineFile } from '../../src/lib/state/openTimelineFile.ts';
import { readDocumentFiles } from '../../src/lib/state/readNewDocuments.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';

const seedId = 'russia-france-defence-call-2024-04-04';
const council =
  'On Wednesday the council met to approve the new budget. The mayor first proposed the plan in February, ' +
  'and work on the Elm Street bridge will begin on May 15.';
const utf8 = (text: string) => new TextEncoder().encode(text);

let seeds: TimelineData;
beforeAll(async () => {
  seeds = buildTimelineData(await readSeedFolder('seeds'));
}, 60_000);

const add = (input: Parameters<typeof addDocuments>[1], current = seeds) => addDocuments(current, input, buildTimelineData);
const eventsOf = (result: AddDocumentsResult, docId: string) => result.data.events.filter((e) => e.sources.some((s) => s.docId === docId));
const inTimeOrder = (events: readonly TimelineEvent[]) => events.every((e, i) => i === 0 || compareEvents(events[i - 1]!, e) <= 0);

describe('pasted text with a document date', () => {
  let result: AddDocumentsResult;
  beforeAll(() => {
    result = add({ pasted: { title: 'Council meets', date: '2024-04-04', text: council } });
  });

  test('its events are normalised against the date given: Wednesday before Thursday 2024-04-04 is 2024-04-03', () => {
    expect(result.added.map((d) => [d.id, d.title, d.dct])).toEqual([['council-meets', 'Council meets', '2024-04-04']]);
    const values = eventsOf(result, 'council-meets').map((e) => [e.sources[0].timex.text, e.value]);
    expect(values).toEqual([
      ['February', '2024-02'],
      ['Wednesday', '2024-04-03'],
      ['May 15', '2024-05-15'],
    ]);
    expect(result.events).toBe(3);
    expect(result.problems).toEqual([]);
  });

  test('they are merged in time order with the seed events, which are all kept', () => {
    const { events } = result.data;
    expect(events).toHaveLength(seeds.events.length + 3);
    expect(inTimeOrder(events)).toBe(true);
    for (const seed of seeds.events) expect(events).toContain(seed);
    // The council's Wednesday sits on the seed's Wednesday, before the seed's last event only by document id.
    const wednesday = events.findIndex((e) => e.id === 'council-meets:3');
    expect(events[wednesday + 1]!.id).toBe(`${seedId}:121`);
    expect(events.at(-1)!.value).toBe('2024-05-15');
  });

  test('every source slices its own document to the quoted expression and sentence', () => {
    const document = result.data.documents.find((d) => d.id === 'council-meets')!;
    expect(result.data.documents.map((d) => d.id)).toEqual([seedId, 'council-meets']);
    for (const event of eventsOf(result, 'council-meets')) {
      for (const { timex, sentence } of event.sources) {
        expect(document.text.slice(timex.start, timex.end)).toBe(timex.text);
        expect(document.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start <= timex.start && timex.end <= sentence.end).toBe(true);
      }
    }
    const wednesday = result.data.events.find((e) => e.id === 'council-meets:3')!;
    expect(wednesday.sources[0].sentence.text).toBe('On Wednesday the council met to approve the new budget.');
  });

  test('the current timeline is not changed', () => {
    expect(seeds.documents).toHaveLength(1);
    expect(seeds.events.every((e) => e.sources[0].docId === seedId)).toBe(true);
  });
});

describe('files', () => {
  test('a file with a front-matter date is read like a seed, and its places join the entities of the same id', () => {
    const text = '---\ntitle: Embassy closed\ndate: 2024-04-10\n---\nRussia closed its embassy in Paris on Tuesday.';
    const result = add({ files: [{ name: 'embassy.md', bytes: utf8(text) }] });
    expect(result.added.map((d) => [d.id, d.title, d.dct])).toEqual([['embassy', 'Embassy closed', '2024-04-10']]);
    expect(eventsOf(result, 'embassy').map((e) => e.value)).toEqual(['2024-04-09']);
    const russia = (data: TimelineData) => data.entities!.filter((e) => e.id === 'place-russia');
    expect(russia(result.data)).toHaveLength(1);
    const mentions = russia(result.data)[0]!.mentions!;
    expect(mentions).toHaveLength(russia(seeds)[0]!.mentions!.length + 1);
    expect(mentions.at(-1)).toMatchObject({ docId: 'embassy', text: 'Russia' });
    expect(eventsOf(result, 'embassy')[0]!.participants).toContain('place-russia');
    const ids = result.data.entities!.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('ids that collide with the timeline\'s or each other are numbered, and so are their events', () => {
    const story = 'date 2024-04-04\nThe ministers spoke again on Monday.';
    const result = add({
      files: [
        { name: `${seedId}.txt`, bytes: utf8(story) },
        { name: `${seedId}.md`, bytes: utf8(`${story} Nothing was agreed.`) },
      ],
    });
    expect(result.added.map((d) => d.id)).toEqual([`${seedId}-2`, `${seedId}-3`]);
    expect(result.data.documents.map((d) => d.id)).toEqual([seedId, `${seedId}-2`, `${seedId}-3`]);
    expect(eventsOf(result, `${seedId}-2`).map((e) => [e.id, e.value])).toEqual([[`${seedId}-2:29`, '2024-04-01']]);
    const ids = result.data.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Adding again to the grown timeline goes on counting.
    const again = add({ files: [{ name: `${seedId}.txt`, bytes: utf8(`${story} No one else spoke.`) }] }, result.data);
    expect(again.added.map((d) => d.id)).toEqual([`${seedId}-4`]);
  });

  test('a document whose text and date are already on the timeline is named and not added again', () => {
    const story = 'date 2024-04-04\nThe ministers spoke again on Monday.';
    const first = add({ files: [{ name: 'ministers.txt', bytes: utf8(story) }] });
    expect(first.repeated).toEqual([]);
    // The same file again, a copy under another name, a paste of it, and a copy within one batch.
    const again = add({ files: [{ name: 'ministers.txt', bytes: utf8(story) }, { name: 'copy.md', bytes: utf8(story) }] }, first.data);
    expect(again.added).toEqual([]);
    expect(again.repeated).toEqual([
      { name: 'copy.md', sameAs: 'ministers.txt' },
      { name: 'ministers.txt', sameAs: 'ministers.txt' },
    ]);
    expect(again.data.events).toHaveLength(first.data.events.length);
    const pasted = add({ pasted: { title: 'Ministers', date: '2024-04-04', text: 'The ministers spoke again on Monday.' } }, first.data);
    expect(pasted.repeated).toEqual([{ name: 'Ministers.txt', sameAs: 'ministers.txt' }]);
    const twice = add({ files: [{ name: 'a.txt', bytes: utf8(story) }, { name: 'b.txt', bytes: utf8(story) }] });
    expect(twice.added.map((d) => d.id)).toEqual(['a']);
    expect(twice.repeated).toEqual([{ name: 'b.txt', sameAs: 'a.txt' }]);
    // The seed itself, whose headline names it.
    const seed = seeds.documents[0]!;
    const seedAgain = add({ pasted: { text: seed.text, date: seed.dct! } });
    expect(seedAgain.repeated).toEqual([{ name: 'Pasted text.txt', sameAs: seed.title ?? seed.name }]);
  });

  test('the same text under another date is another document: its days count from that date', () => {
    const text = 'The ministers spoke again on Monday.';
    const first = add({ pasted: { text, date: '2024-04-04' } });
    const later = add({ pasted: { text, date: '2024-04-11' } }, first.data);
    expect(later.repeated).toEqual([]);
    expect(later.added).toHaveLength(1);
    expect(eventsOf(later, later.added[0]!.id).map((e) => e.value)).toEqual(['2024-04-08']);
  });

  test('bad files give their problems, the good ones are still added', () => {
    const result = add({
      files: [
        { name: 'good.txt', bytes: utf8('date 2021-06-10\nThe bridge reopened on Monday after repairs.') },
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]) },
        { name: 'latin1.txt', bytes: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x61, 0x79]) },
        { name: 'bad-date.txt', bytes: utf8('date 2021-02-30\nA meeting was held on Tuesday.') },
      ],
      unread: [{ name: 'dump.txt', size: 12 * 1048576 }],
    });
    expect(result.added.map((d) => d.id)).toEqual(['good']);
    expect(eventsOf(result, 'good').map((e) => e.value)).toEqual(['2021-06-07']);
    expect(result.problems.map((p) => p.message)).toEqual([
      'dump.txt: the file is 12.0 MB; documents are limited to 5 MB (5,242,880 bytes)',
      'bad-date.txt: the first line "date 2021-02-30" has no valid date; write it as "date YYYY-MM-DD", for example "date 2024-04-04"',
      'empty.txt: the file is empty',
      'latin1.txt: the file is not valid UTF-8 (first bad byte at offset 3); save it as UTF-8 and try again',
      'photo.jpg: the file looks binary (a NUL byte at offset 4); documents are UTF-8 text, web pages, or Word, OpenDocument, PDF or e-mail files',
    ]);
    expect(result.data.problems).toEqual([...seeds.problems, ...result.problems]);
    expect(inTimeOrder(result.data.events)).toBe(true);
  });

  test('only bad files: nothing is added, the problems are kept; the same refusal twice is listed once, another gets a unique name', () => {
    const once = add({ files: [{ name: 'empty.txt', bytes: new Uint8Array() }] });
    expect(once.added).toEqual([]);
    expect(once.data.events).toEqual(seeds.events);
    const twice = add({ files: [{ name: 'empty.txt', bytes: new Uint8Array() }] }, once.data);
    expect(twice.data.problems.map((p) => p.name)).toEqual(['empty.txt']);
    const other = add({ files: [{ name: 'empty.txt', bytes: new Uint8Array([0, 1, 2]) }] }, twice.data);
    expect(other.data.problems.map((p) => p.name)).toEqual(['empty.txt', 'empty.txt-2']);
  });

  test('a file over the size limit is not read at all', async () => {
    let read = 0;
    const file = (name: string, size: number, text = '') => ({ name, size, arrayBuffer: async () => (read++, utf8(text).buffer as ArrayBuffer) });
    const { files, unread } = await readDocumentFiles([file('huge.txt', 6 * 1048576), file('small.txt', 20, 'On 3 May 2020 it rained.')]);
    expect(read).toBe(1);
    expect(unread).toEqual([{ name: 'huge.txt', size: 6 * 1048576 }]);
    expect(files!.map((f) => f.name)).toEqual(['small.txt']);
  });
});

describe('pasted text, more cases', () => {
  test('without a date, "Wednesday" cannot be placed: it is listed as undated, not guessed', () => {
    const result = add({ pasted: { text: 'On Wednesday the council met to approve the new budget.' } });
    expect(result.added.map((d) => [d.id, d.name, d.dct])).toEqual([['pasted-text', 'Pasted text.txt', undefined]]);
    expect(eventsOf(result, 'pasted-text')).toEqual([]);
    const undated = result.data.undated!.filter((u) => u.sources[0].docId === 'pasted-text');
    expect(undated.map((u) => u.sources[0].timex.text)).toEqual(['Wednesday']);
    expect(result.data.undated!.slice(0, seeds.undated!.length)).toEqual(seeds.undated);
  });

  test('the form\'s date wins over a date line in the text', () => {
    const result = add({ pasted: { date: '2024-04-04', text: 'date 2020-01-01\nThe council met on Wednesday.' } });
    expect(eventsOf(result, 'pasted-text').map((e) => e.value)).toEqual(['2024-04-03']);
  });

  test('a date that is not a real day is a problem, and nothing is added', () => {
    const result = add({ pasted: { title: 'Notes', date: '2024-02-30', text: council } });
    expect(result.added).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'Notes.txt: the document date "2024-02-30" is not a real day; write it as YYYY-MM-DD, for example 2024-04-04',
    ]);
  });

  test('pasted text that is only blank gives the loader\'s problem', () => {
    expect(add({ pasted: { text: ' \n\n ' } }).problems.map((p) => p.message)).toEqual(['Pasted text.txt: the file has no text']);
  });
});

describe('merging into a timeline opened from a file', () => {
  test('event, undated and document ids it already uses are made free', () => {
    const added = buildTimelineData({ documents: [{ id: 'notes', name: 'notes.txt', dct: '2024-04-04', text: council }], problems: [] });
    const clash = { ...added.events[0]!, id: 'notes:3' };
    const current: TimelineData = { documents: [], events: [clash], problems: [] };
    const merged = mergeTimelineData(current, added);
    const ids = merged.events.map((e) => e.id);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain('notes:3-2');
  });
});

describe('opening a timeline file', () => {
  test('our JSON format, TimelineJS3 JSON and CSV each give the timeline back', () => {
    const timeline = { documents: seeds.documents, events: seeds.events, entities: seeds.entities! };
    const json = openTimelineFile('story.json', exportJson(timeline));
    expect(json.ok && json.data.events.map((e) => e.value)).toEqual(seeds.events.map((e) => e.value));
    const tl = openTimelineFile('story-tl.json', exportTimelineJS(timeline));
    expect(tl.ok && tl.data.events.map((e) => e.value).sort()).toEqual(seeds.events.map((e) => e.value).sort());
    const csv = openTimelineFile('story.csv', exportCsv(timeline));
    expect(csv.ok && csv.data.events.map((e) => e.value)).toEqual(seeds.events.map((e) => e.value));
  });

  test('a bad file gives the importers\' messages, never an exception', () => {
    const notJson = openTimelineFile('broken.json', '{"format": ');
    expect(!notJson.ok && notJson.errors[0]).toMatch(/^the file is not JSON: /);
    const notTimeline = openTimelineFile('other.json', '{"hello": 1}');
    expect(notTimeline.ok).toBe(false);
    const badCsv = openTimelineFile('rows.csv', 'name,when\nx,y\n');
    expect(!badCsv.ok && badCsv.errors).toEqual(['row 1: the header has no column "title", no column "quote", no column "value" or "start"; a TimelineJS3 spreadsheet has "Year" and "Headline" columns instead']);
  });
});

describe('a new document that reports an event already on the timeline', () => {
  const wire =
    'Russian Defence Minister Sergei Shoigu warned French Defence Minister Sébastien Lecornu against sending troops to ' +
    'Ukraine in a phone call on Wednesday. The town council approved its budget on Tuesday.';
  const addWire = (current: TimelineData) =>
    addDocuments(current, { pasted: { title: 'Wire report', date: '2024-04-04', text: wire } }, buildTimelineData, (added) =>
      findJoins(joinContext(current.documents), added, { analyser: compromiseAnalyser }));
  const call = `${seedId}:121`;

  test('joins it: the event keeps its id, date and title and gains the new passage; the rest is added beside', () => {
    const result = addWire(seeds);
    expect([result.events, result.joined]).toEqual([2, 1]);
    expect(result.data.events).toHaveLength(seeds.events.length + 1);
    const before = seeds.events.find((e) => e.id === call)!;
    const after = result.data.events.find((e) => e.id === call)!;
    expect([after.value, after.title]).toEqual([before.value, before.title]);
    expect(after.sources.slice(0, before.sources.length)).toEqual(before.sources);
    const added = after.sources.filter((s) => s.docId === 'wire-report');
    expect(added.map((s) => [s.timex.text, s.sentence.text.slice(0, 40)])).toEqual([['Wednesday', 'Russian Defence Minister Sergei Shoigu w']]);
    expect(after.merge?.reason).toMatch(/passages report it; same day \(2024-04-03\)/);
    // Every passage still slices its document to the quoted text, and the parts split back into the events as read.
    const wireDoc = result.data.documents.find((d) => d.id === 'wire-report')!;
    for (const s of added) expect(wireDoc.text.slice(s.timex.start, s.timex.end)).toBe(s.timex.text);
    expect(after.parts).toHaveLength(after.sources.length);
    expect(eventsOf(result, 'wire-report').map((e) => e.value)).toEqual(['2024-04-02', '2024-04-03']);
    expect(inTimeOrder(result.data.events)).toBe(true);
  });

  test('without the join step, or with a corrected event, the new event is added beside', () => {
    const plain = addDocuments(seeds, { pasted: { title: 'Wire report', date: '2024-04-04', text: wire } }, buildTimelineData);
    expect([plain.joined, plain.data.events.length]).toEqual([0, seeds.events.length + 2]);
    const correction = correctEvent(seeds, call, { title: 'Defence ministers speak' });
    if (!correction.ok) throw new Error(correction.error.message);
    const corrected = correction.data;
    const result = addWire(corrected);
    expect([result.joined, result.data.events.length]).toEqual([0, seeds.events.length + 2]);
    expect(result.data.events.find((e) => e.id === call)!.sources.every((s) => s.docId === seedId)).toBe(true);
  });

  test('with shared readings, the join step reads only the timeline\'s documents again, and finds the same join', () => {
    const readDocs: string[][] = [];
    const counting: typeof compromiseAnalyser = (texts) => (readDocs.push([...texts]), compromiseAnalyser(texts));
    const readings = new WeakMap();
    let joins: ReturnType<typeof findJoins> = [];
    const result = addDocuments(seeds, { pasted: { title: 'Wire report', date: '2024-04-04', text: wire } }, (c) => buildTimelineData(c, { readings }), (added) =>
      (joins = findJoins(seeds.documents, added, { analyser: counting, readings })));
    expect(result.joined).toBe(1);
    expect(joins).toEqual(findJoins(seeds.documents, result.added, { analyser: compromiseAnalyser }));
    // Every sentence the join step analysed is one of the seed's.
    const seedText = seeds.documents[0]!.text;
    expect(readDocs.flat().length).toBeGreaterThan(0);
    expect(readDocs.flat().every((sentence) => seedText.includes(sentence))).toBe(true);
  });

  test('a join step that fails loses nothing: the documents are added beside', () => {
    const result = addDocuments(seeds, { pasted: { title: 'Wire report', date: '2024-04-04', text: wire } }, buildTimelineData, () => {
      throw new Error('the analyser broke');
    });
    expect([result.added.length, result.joined, result.data.events.length]).toEqual([1, 0, seeds.events.length + 2]);
  });

  test('a timeline whose documents are too long to read again is not read for joins', () => {
    const long = { ...seeds.documents[0]!, text: 'x'.repeat(joinContextLimit + 1) };
    expect(joinContext([long])).toEqual([]);
    expect(joinContext(seeds.documents)).toBe(seeds.documents);
  });
});
