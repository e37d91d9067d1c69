/**
 * Corrections a person makes to the seed timeline as the app builds it: new dates typed as TIMEX3 values or plain
 * dates, new titles, events removed as not events and put back, and the file that keeps all of it.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { validateSchema } from '../formats/timelineSchema.ts';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { compareEvents } from '../../src/lib/events/compareEvents.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';
import { exportJson, importJson, validateTimelineFile } from '../../src/lib/formats/index.ts';
import type { PortableEvent, UndatedMention } from '../../src/lib/formats/timelineFile.ts';
import { correctEvent, removeEvent, removedMentions, restoreEvent, type CorrectionResult } from '../../src/lib/state/correctEvent.ts';
import { describeTypedDate, readTypedDate } from '../../src/lib/state/readTypedDate.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';


const seedId = 'russia-france-defence-call-2024-04-04';
const march2022 = `${seedId}:1112`;
const since2022 = `${seedId}:787`;
const call = `${seedId}:121`;

let seeds: TimelineData;
let pristine: string;
beforeAll(async () => {
  seeds = buildTimelineData(await readSeedFolder('seeds'));
  pristine = JSON.stringify(seeds);
}, 60_000);

const utc = (y: number, m = 1, d = 1, h = 0, min = 0) => Date.UTC(y, m - 1, d, h, min);
const inTimeOrder = (events: readonly TimelineEvent[]) => events.every((e, i) => i === 0 || compareEvents(events[i - 1]!, e) <= 0);
function dataOf(result: CorrectionResult): TimelineData {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const eventIn = (data: TimelineData, id: string): PortableEvent => data.events.find((e) => e.id === id)!;
const slices = (data: TimelineData, event: { sources: PortableEvent['sources'] }) =>
  event.sources.flatMap((s) => {
    const text = data.documents.find((d) => d.id === s.docId)!.text;
    return [[text.slice(s.timex.start, s.timex.end), s.timex.text], [text.slice(s.sentence.start, s.sentence.end), s.sentence.text]];
  });
/** The file the app would save, with everything the data holds. */
const fileOf = (data: TimelineData) =>
  exportJson({ documents: data.documents, events: data.events, undated: data.undated ?? [], entities: data.entities ?? [] });

describe('a typed date is read with the tagger\'s own calendar', () => {
  test.each([
    ['2024-04-03', '2024-04-03', 'day', utc(2024, 4, 3), utc(2024, 4, 4)],
    ['2024-04', '2024-04', 'month', utc(2024, 4), utc(2024, 5)],
    ['2024', '2024', 'year', utc(2024), utc(2025)],
    ['2024-q1', '2024-Q1', 'quarter', utc(2024), utc(2024, 4)],
    ['1990s', '199', 'decade', utc(1990), utc(2000)],
    ['199', '199', 'decade', utc(1990), utc(2000)],
    ['2024-4-3', '2024-04-03', 'day', utc(2024, 4, 3), utc(2024, 4, 4)],
    ['2024-04-03T15:30', '2024-04-03T15:30', 'minute', utc(2024, 4, 3, 15, 30), utc(2024, 4, 3, 15, 31)],
    ['2024-04-03 15:30', '2024-04-03T15:30', 'minute', utc(2024, 4, 3, 15, 30), utc(2024, 4, 3, 15, 31)],
  ])('%s is %s, a %s', (typed, value, granularity, start, end) => {
    const reading = readTypedDate(typed);
    expect(reading).toEqual({ ok: true, date: { value, type: value.includes('T') ? 'TIME' : 'DATE', granularity, start, end } });
  });

  test.each([
    ['early 2023', '2023', 'START'],
    ['mid-1990s', '199', 'MID'],
    ['Late 2024-04', '2024-04', 'END'],
    ['about 1990', '1990', 'APPROX'],
    ['around 2024-Q1', '2024-Q1', 'APPROX'],
  ])('%s has value %s and mod %s, and reads back as written', (typed, value, mod) => {
    const reading = readTypedDate(typed);
    expect(reading.ok && [reading.date.value, reading.date.mod]).toEqual([value, mod]);
    expect(readTypedDate(describeTypedDate(value, mod as 'START'))).toEqual(reading);
  });

  test.each([
    ['2023-02-30', '2023-02-30 is not a real date: February 2023 has 28 days.'],
    ['2024-04-31', '2024-04-31 is not a real date: April 2024 has 30 days.'],
    ['2024-13', '2024-13 is not a real date: there is no month 13.'],
    ['2024-04-03T25:00', '2024-04-03T25:00 is not a real time: write it as 2024-04-03T15:30.'],
    ['tomorrow-ish', '“tomorrow-ish” is not a date the editor reads: write a date such as 2024-04-03'],
    ['early', '“early” is not a date the editor reads'],
    ['  ', 'Write a date such as 2024-04-03'],
  ])('%s is refused: %s', (typed, message) => {
    const reading = readTypedDate(typed);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toContain(message);
  });
});

describe('correcting the date of an event', () => {
  test('re-dated to 2024-05, the March 2022 event spans May 2024 at month granularity, in time order, with its sources', () => {
    const before = eventIn(seeds, march2022);
    const data = dataOf(correctEvent(seeds, march2022, { date: '2024-05' }));
    const event = eventIn(data, march2022);
    expect([event.value, event.type, event.mod, event.granularity]).toEqual(['2024-05', 'DATE', undefined, 'month']);
    expect([event.start, event.end]).toEqual([utc(2024, 5), utc(2024, 6)]);
    expect(event.correction).toEqual({ value: '2022-03', type: 'DATE', title: before.title });
    expect(event.title).toBe(before.title);
    expect(event.sources).toBe(before.sources);
    for (const [sliced, quoted] of slices(data, event)) expect(sliced).toBe(quoted);
    expect(inTimeOrder(data.events)).toBe(true);
    // It was the first event; May 2024 comes after every other date of the seed.
    expect(data.events.map((e) => e.id).at(-1)).toBe(march2022);
    expect(data.events).toHaveLength(seeds.events.length);
    expect(JSON.stringify(seeds)).toBe(pristine);
  });

  test('"early 2023" gives mod START: the first third of 2023, with the whole year possible', () => {
    const event = eventIn(dataOf(correctEvent(seeds, call, { date: 'early 2023' })), call);
    expect([event.value, event.mod, event.granularity, event.start]).toEqual(['2023', 'START', 'year', utc(2023)]);
    expect(event.end).toBe(utc(2023) + Math.round((utc(2024) - utc(2023)) / 3));
    expect(event.uncertainty).toEqual({ earliest: utc(2023), latest: utc(2024), why: 'part' });
  });

  test('a date of an event that ran "since" a month replaces the span: the person gave one date', () => {
    expect(eventIn(seeds, since2022).range?.kind).toBe('since');
    const event = eventIn(dataOf(correctEvent(seeds, since2022, { date: '2022-11-15' })), since2022);
    expect([event.value, event.granularity, event.start, event.end, event.range]).toEqual(['2022-11-15', 'day', utc(2022, 11, 15), utc(2022, 11, 16), undefined]);
  });

  test.each([
    ['2023-02-30', 'February 2023 has 28 days'],
    ['tomorrow-ish', '“tomorrow-ish” is not a date'],
  ])('%s gives a clear error and leaves the data unchanged', (date, message) => {
    const result = correctEvent(seeds, call, { date, title: 'A new title' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('date');
    expect(!result.ok && result.error.message).toContain(message);
    expect(JSON.stringify(seeds)).toBe(pristine);
  });

  test('the same date and title change nothing: the data comes back as it was', () => {
    const event = eventIn(seeds, call);
    expect(correctEvent(seeds, call, { date: ` ${event.value} `, title: event.title })).toEqual({ ok: true, data: seeds });
  });

  test('an unknown event is an error', () => {
    const result = correctEvent(seeds, 'nope', { date: '2024' });
    expect(!result.ok && result.error).toEqual({ kind: 'unknown-event', message: 'There is no event with the id “nope”.' });
  });
});

describe('correcting the title of an event', () => {
  test('the title changes, the date stays, and the extractor\'s title is kept in the correction', () => {
    const before = eventIn(seeds, call);
    const data = dataOf(correctEvent(seeds, call, { title: '  Shoigu   phoned Lecornu ' }));
    const event = eventIn(data, call);
    expect(event.title).toBe('Shoigu phoned Lecornu');
    expect([event.value, event.start, event.end]).toEqual([before.value, before.start, before.end]);
    expect(event.correction).toEqual({ value: before.value, type: before.type, title: before.title });
    expect(data.events.map((e) => e.id)).toEqual(seeds.events.map((e) => e.id));
  });

  test('a second correction keeps the first reading of the extractor', () => {
    const before = eventIn(seeds, call);
    const once = dataOf(correctEvent(seeds, call, { title: 'First try' }));
    const twice = eventIn(dataOf(correctEvent(once, call, { date: '2024-04-02', title: 'Second try' })), call);
    expect([twice.title, twice.value]).toEqual(['Second try', '2024-04-02']);
    expect(twice.correction).toEqual({ value: before.value, type: 'DATE', title: before.title });
  });

  test('an empty title is refused', () => {
    const result = correctEvent(seeds, call, { title: '   ' });
    expect(!result.ok && result.error).toEqual({ kind: 'title', message: 'A title cannot be empty.' });
  });
});

describe('removing an event that is not one, and putting it back', () => {
  test('removed, it leaves the dated events for the undated list, with its passage, its date and the flag', () => {
    const before = eventIn(seeds, march2022);
    const data = dataOf(removeEvent(seeds, march2022));
    expect(data.events.map((e) => e.id)).toEqual(seeds.events.map((e) => e.id).filter((id) => id !== march2022));
    const mention = data.undated!.find((u) => u.id === march2022) as UndatedMention;
    expect(mention).toMatchObject({ title: before.title, value: '2022-03', type: 'DATE', sources: before.sources });
    expect(mention.correction).toEqual({ value: '2022-03', type: 'DATE', title: before.title, removed: true });
    expect(removedMentions(data.undated!).map((u) => u.id)).toEqual([march2022]);
    expect(removedMentions(seeds.undated!)).toEqual([]);
  });

  test('restored, it is back in time order at the date it had, marked as a person\'s work', () => {
    const before = eventIn(seeds, march2022);
    const data = dataOf(restoreEvent(dataOf(removeEvent(seeds, march2022)), march2022));
    expect(data.events.map((e) => e.id)).toEqual(seeds.events.map((e) => e.id));
    const event = eventIn(data, march2022);
    expect([event.value, event.granularity, event.start, event.end, event.title, event.sources]).toEqual([
      before.value, before.granularity, before.start, before.end, before.title, before.sources,
    ]);
    expect(event.correction).toEqual({ value: '2022-03', type: 'DATE', title: before.title });
    expect(data.undated).toEqual(seeds.undated);
  });

  test('an event that spans from one date to another comes back with its span', () => {
    const before = eventIn(seeds, since2022);
    expect(before.range?.kind).toBe('since');
    const removed = dataOf(removeEvent(seeds, since2022));
    expect((removed.undated!.find((u) => u.id === since2022) as UndatedMention).range).toEqual(before.range);
    const event = eventIn(dataOf(restoreEvent(removed, since2022)), since2022);
    expect([event.value, event.granularity, event.start, event.end, event.range]).toEqual([before.value, before.granularity, before.start, before.end, before.range]);
  });

  test('its story steps stay in the file while it is off the timeline, and count again once it is put back', () => {
    const steps = [{ eventId: call }, { eventId: since2022, note: 'The last contact' }, { eventId: march2022 }];
    const told: TimelineData = { ...seeds, story: { steps } };
    const removed = dataOf(removeEvent(told, since2022));
    expect(removed.story).toEqual({ steps });
    // The file reads back: a step may name a removed mention.
    expect(validateTimelineFile(JSON.parse(fileOf(removed))).ok).toBe(true);
    expect(dataOf(restoreEvent(removed, since2022)).story).toEqual({ steps });
  });

  test('a corrected date with a mod survives the removal and comes back', () => {
    const corrected = dataOf(correctEvent(seeds, call, { date: 'late 2024-03' }));
    const event = eventIn(dataOf(restoreEvent(dataOf(removeEvent(corrected, call)), call)), call);
    expect(event).toEqual(eventIn(corrected, call));
  });

  test('only a removed event can be restored', () => {
    const undatedId = seeds.undated![0]!.id;
    expect(restoreEvent(seeds, undatedId).ok).toBe(false);
    expect(removeEvent(seeds, 'nope').ok).toBe(false);
  });
});

describe('corrections in the timeline file', () => {
  let corrected: TimelineData;
  beforeAll(() => {
    const redated = dataOf(correctEvent(seeds, march2022, { date: 'early 2023', title: 'Talks in Istanbul' }));
    corrected = dataOf(removeEvent(redated, since2022));
  });

  test('exportJson → importJson keeps the corrected event and the removed one, and the file validates', () => {
    const text = fileOf(corrected);
    const file = JSON.parse(text);
    expect(validateSchema(file), JSON.stringify(validateSchema.errors)).toBe(true);
    expect(validateTimelineFile(file).ok).toBe(true);
    const result = importJson(text);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const event = result.timeline.events.find((e) => e.id === march2022)!;
    expect([event.value, event.mod, event.title, event.start, event.end]).toEqual(['2023', 'START', 'Talks in Istanbul', eventIn(corrected, march2022).start, eventIn(corrected, march2022).end]);
    expect(event.correction).toEqual({ value: '2022-03', type: 'DATE', title: eventIn(seeds, march2022).title });
    expect(result.timeline.events.map((e) => e.id)).toEqual(corrected.events.map((e) => e.id));
    const removed = result.timeline.undated!.find((u) => u.id === since2022)!;
    expect(removed.correction?.removed).toBe(true);
    // Read back, the removed event can still be put back.
    const restored = dataOf(restoreEvent({ ...result.timeline, problems: [] }, since2022));
    expect(eventIn(restored, since2022).value).toBe('2022-10');
    expect([eventIn(restored, since2022).end, eventIn(restored, since2022).range]).toEqual([eventIn(seeds, since2022).end, eventIn(seeds, since2022).range]);
  });

  test('an uncorrected timeline writes no correction', () => {
    expect(fileOf(seeds)).not.toContain('"correction"');
  });

  const samples: [string, (f: Record<string, any>) => void][] = [
    ['a correction without the original title', (f) => delete f.events.find((e: PortableEvent) => e.correction).correction.title],
    ['a correction with an unknown field', (f) => (f.events.find((e: PortableEvent) => e.correction).correction.by = 'me')],
    ['a correction of an unknown type', (f) => (f.events.find((e: PortableEvent) => e.correction).correction.type = 'DAY')],
    ['a removal flag on a dated event', (f) => (f.events.find((e: PortableEvent) => e.correction).correction.removed = true)],
    ['a removed mention without the flag', (f) => delete f.undated.find((u: UndatedMention) => u.correction).correction.removed],
    ['a removal flag that is false', (f) => (f.undated.find((u: UndatedMention) => u.correction).correction.removed = false)],
    ['an undated mention with an unknown mod', (f) => (f.undated.find((u: UndatedMention) => u.correction).mod = 'SOON')],
  ];
  test.each(samples)('%s is refused by the schema and by the validator', (_, mutate) => {
    const file = JSON.parse(fileOf(corrected));
    mutate(file);
    expect(validateSchema(file)).toBe(false);
    expect(validateTimelineFile(file).ok).toBe(false);
  });
});
