/**
 * Work kept in the browser: what it is keyed on, when it is offered back, what the notice says, and that the saved
 * file is our format. On the seed timeline as the app builds it, with the in-memory store.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { exportJson, importJson } from '../../src/lib/formats/index.ts';
import { addDocuments } from '../../src/lib/state/addDocuments.ts';
import { correctEvent, removeEvent } from '../../src/lib/state/correctEvent.ts';
import {
  describeRestored, describeStale, findSavedWork, formatSavedAt, savedWorkOf, seedsFingerprint, timelineBlob, workBaseKey, type SavedWorkFound,
} from '../../src/lib/state/savedWork.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';
import { createWorkSaver } from '../../src/lib/state/workSaver.ts';
import { createMemoryWorkStore, type SavedWork, type WorkStore } from '../../src/lib/state/workStore.ts';

const seedId = 'russia-france-defence-call-2024-04-04';
// 26 November 2024, 14:05 in London.
const savedAt = Date.UTC(2024, 10, 26, 14, 5);

let seeds: TimelineData;
beforeAll(async () => {
  seeds = buildTimelineData(await readSeedFolder('seeds'));
}, 60_000);

const json = (data: TimelineData) => exportJson(data, { indent: 0 });
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result as Extract<T, { ok: true }>;
}
const add = (current: TimelineData, title: string, text: string) =>
  addDocuments(current, { pasted: { title, date: '2024-04-04', text } }, buildTimelineData).data;
const renamed = (data: TimelineData, id: string, title: string) => ok(correctEvent(data, id, { title })).data;
function restored(found: SavedWorkFound) {
  if (found.kind !== 'restore') throw new Error(`expected saved work to restore, got ${found.kind}`);
  return found;
}

describe('the fingerprint of the seeds', () => {
  test('is the same for the same documents in another order, and changes when a seed document changes', () => {
    const docs = seeds.documents;
    const other = { id: 'notes', name: 'notes.txt', text: 'On Monday the talks resumed.' };
    expect(seedsFingerprint([...docs, other])).toBe(seedsFingerprint([other, ...docs]));
    expect(seedsFingerprint(docs)).toMatch(/^1-[0-9a-f]{8}$/);
    const edited = docs.map((d) => ({ ...d, text: d.text.replace('Wednesday', 'Thursday!') }));
    expect(edited[0]!.text.length).toBe(docs[0]!.text.length); // same length: only the text itself tells them apart
    expect(seedsFingerprint(edited)).not.toBe(seedsFingerprint(docs));
    expect(seedsFingerprint([...docs, other])).not.toBe(seedsFingerprint(docs));
  });
});

describe('finding saved work', () => {
  test('work saved on one ?src= address is offered there and not for another address nor for the seeds', async () => {
    const store = createMemoryWorkStore();
    const a = { src: 'https://example.org/a.json' };
    const changed = renamed(seeds, `${seedId}:121`, 'Ministers speak by phone');
    await store.put(savedWorkOf(a, json(changed), savedAt));
    expect(await findSavedWork(store, { src: 'https://example.org/b.json' }, seeds)).toEqual({ kind: 'none' });
    expect(await findSavedWork(store, { seeds }, seeds)).toEqual({ kind: 'none' });
    const found = restored(await findSavedWork(store, a, seeds));
    expect(found.data.events.find((e) => e.id === `${seedId}:121`)?.title).toBe('Ministers speak by phone');
  });

  test('work saved on other seeds is not restored but offered whole, with the reason', async () => {
    const store = createMemoryWorkStore();
    const older = { ...seeds, documents: seeds.documents.map((d) => ({ ...d, text: `${d.text} More.` })) };
    const saved = savedWorkOf({ seeds: older }, json(add(older, 'Notes', 'On Monday the talks resumed.')), savedAt);
    await store.put(saved);
    const found = await findSavedWork(store, { seeds }, seeds);
    expect(found).toEqual({ kind: 'stale', work: saved, reason: 'they were made on an older version of the bundled documents' });
    expect(describeStale(found as Extract<SavedWorkFound, { kind: 'stale' }>, 'Europe/London')).toBe(
      'Changes you saved on 26 Nov, 14:05 are not shown: they were made on an older version of the bundled documents.',
    );
  });

  test('saved work that is not a timeline any more is offered for download, not shown', async () => {
    const store = createMemoryWorkStore();
    await store.put({ ...savedWorkOf({ seeds }, '{"format":"passage-timeline","version":1}', savedAt) });
    const found = await findSavedWork(store, { seeds }, seeds);
    expect(found.kind).toBe('stale');
  });

  test('a store that fails counts as holding nothing', async () => {
    const failing: WorkStore = { get: () => Promise.reject(new Error('no IndexedDB')), put: () => Promise.reject(new Error('x')), delete: () => Promise.reject(new Error('x')) };
    expect(await findSavedWork(failing, { seeds }, seeds)).toEqual({ kind: 'none' });
  });
});

describe('the notice', () => {
  test('counts the documents added and the events corrected and removed', async () => {
    let data = add(seeds, 'Council', 'On Wednesday the council met to approve the new budget.');
    data = add(data, 'Harbour', 'The harbour festival opened on Saturday.');
    const ids = seeds.events.map((e) => e.id);
    data = renamed(data, ids[0]!, 'First, renamed');
    data = renamed(data, ids[1]!, 'Second, renamed');
    data = renamed(data, ids[1]!, 'Second, renamed twice'); // one event corrected twice counts once
    data = ok(correctEvent(data, ids[2]!, { date: '2020-01' })).data;
    data = ok(removeEvent(data, ids[3]!)).data;
    const store = createMemoryWorkStore();
    await store.put(savedWorkOf({ seeds }, json(data), savedAt));
    const found = restored(await findSavedWork(store, { seeds }, seeds));
    expect(describeRestored(found, seeds, 'Europe/London')).toBe('Restored your changes from 26 Nov, 14:05: 2 documents added, 3 events corrected, 1 event removed.');
    // The problems of the loaded seeds still apply to the restored timeline that keeps them.
    expect(found.data.problems).toBe(seeds.problems);
  });

  test('says one document in the singular, and names a timeline opened in place of the loaded one', async () => {
    const store = createMemoryWorkStore();
    await store.put(savedWorkOf({ seeds }, json(add(seeds, 'Council', 'On Wednesday the council met.')), savedAt));
    expect(describeRestored(restored(await findSavedWork(store, { seeds }, seeds)), seeds, 'Europe/London')).toBe(
      'Restored your changes from 26 Nov, 14:05: 1 document added.',
    );
    const opened = add({ documents: [], events: [], problems: [] }, 'Opened', 'On Wednesday the council met. On Friday it voted.');
    await store.put(savedWorkOf({ seeds }, json(opened), savedAt));
    expect(describeRestored(restored(await findSavedWork(store, { seeds }, seeds)), seeds, 'Europe/London')).toBe(
      `Restored the timeline you opened, as you left it on 26 Nov, 14:05: 1 document, ${opened.events.length} events.`,
    );
  });

  test('counts a story the presenter made, and one taken back to time order', async () => {
    const ids = seeds.events.map((e) => e.id);
    const store = createMemoryWorkStore();
    const told = { ...seeds, story: { steps: [{ eventId: ids[2]! }, { eventId: ids[0]!, note: 'Where it began' }] } };
    await store.put(savedWorkOf({ seeds }, json(told), savedAt));
    expect(describeRestored(restored(await findSavedWork(store, { seeds }, seeds)), seeds, 'Europe/London')).toBe(
      'Restored your changes from 26 Nov, 14:05: a story of 2 steps.',
    );
    const renamedNote = { ...told, story: { steps: [told.story.steps[0]!, { eventId: ids[0]!, note: 'The start' }] } };
    expect(describeRestored({ kind: 'restore', work: { base: 'seeds', savedAt, json: '' }, data: renamedNote }, told, 'Europe/London')).toBe(
      'Restored your changes from 26 Nov, 14:05: a story of 2 steps.',
    );
    expect(describeRestored({ kind: 'restore', work: { base: 'seeds', savedAt, json: '' }, data: seeds }, told, 'Europe/London')).toBe(
      'Restored your changes from 26 Nov, 14:05: the story back in time order.',
    );
  });

  test('gives the time of saving as day, month and 24-hour time', () => {
    expect(formatSavedAt(Date.UTC(2025, 0, 3, 9, 7), 'UTC')).toBe('3 Jan, 09:07');
  });
});

describe('the saved file', () => {
  test('is our JSON format, and reads back as the timeline saved, corrections included', async () => {
    const data = renamed(add(seeds, 'Council', 'On Wednesday the council met to approve the new budget.'), `${seedId}:121`, 'Ministers speak');
    // As the page stores it: a Blob made a piece at a time.
    const blob = await timelineBlob(data, async () => {});
    expect(blob.type).toBe('application/json');
    const saved = savedWorkOf({ seeds }, blob, savedAt);
    expect(saved).toMatchObject({ base: 'seeds', fingerprint: seedsFingerprint(seeds.documents), savedAt });
    const text = await blob.text();
    expect(text).toBe(json(data));
    const back = ok(importJson(text)).timeline;
    expect(back.documents).toEqual(data.documents);
    expect(back.events.map((e) => [e.id, e.title, e.start, e.end])).toEqual(data.events.map((e) => [e.id, e.title, e.start, e.end]));
    expect(back.events.find((e) => e.id === `${seedId}:121`)?.correction?.title).toBe(seeds.events.find((e) => e.id === `${seedId}:121`)!.title);
    expect(exportJson(back, { indent: 0 })).toBe(text);
    // And the store gives it back as the timeline it was.
    const store = createMemoryWorkStore();
    await store.put(saved);
    const found = await findSavedWork(store, { seeds }, seeds);
    expect(found.kind).toBe('restore');
    expect(found.kind === 'restore' && found.data.events.map((e) => e.title)).toEqual(data.events.map((e) => e.title));
  });
});

describe('saving', () => {
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test('waits for a pause, writes the latest timeline once, and a discard is never overtaken by a slow write', async () => {
    const memory = createMemoryWorkStore();
    const writes: (string | Blob)[] = [];
    // A slow write: it finishes after the discard was asked for, which must still win.
    const store: WorkStore = { ...memory, put: async (w: SavedWork) => (writes.push(w.json), await wait(30), memory.put(w)) };
    const saver = createWorkSaver(store, { seeds }, { delay: 10, now: () => savedAt });
    saver.schedule(() => 'first');
    saver.schedule(() => 'second');
    await wait(20);
    const discarded = saver.discard();
    await discarded;
    expect(writes).toEqual(['second']);
    expect(memory.entries.has(workBaseKey({ seeds }))).toBe(false);
  });

  test('a save in the background pauses between slices of its work; a save as the page goes does not', async () => {
    const memory = createMemoryWorkStore();
    let pauses = 0;
    const saver = createWorkSaver(memory, { seeds }, { delay: 0, pause: async () => void pauses++ });
    const data = seeds;
    const slices = Math.ceil(data.events.length / 2);
    expect(slices).toBeGreaterThan(1);
    const serialize = (pause?: () => Promise<void>) => timelineBlob(data, pause, 2);
    saver.schedule(serialize);
    await wait(10);
    await saver.flush();
    expect(pauses).toBe(slices - 1);
    expect(await (memory.entries.get(workBaseKey({ seeds }))?.json as Blob).text()).toBe(exportJson(data, { indent: 0 }));
    saver.schedule(serialize);
    await saver.flush();
    expect(pauses).toBe(slices - 1);
  });

  test('reports a full store, and clears the report once a save works', async () => {
    const results: (string | undefined)[] = [];
    let full = true;
    const memory = createMemoryWorkStore();
    const store: WorkStore = { ...memory, put: (w) => (full ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : memory.put(w)) };
    const saver = createWorkSaver(store, { src: 'https://example.org/a.json' }, { delay: 0, onresult: (e) => results.push(e) });
    saver.schedule(() => 'x');
    await saver.flush();
    full = false;
    saver.schedule(() => 'y');
    await saver.flush();
    expect(results).toEqual(['The quota has been exceeded.', undefined]);
    expect(memory.entries.get('src:https://example.org/a.json')?.json).toBe('y');
  });
});

describe('looking for saved work while the timeline downloads', () => {
  test('open takes the lookup that prepare started, and asks the store only once', async () => {
    const { createSavedWorkState } = await import('../../src/lib/state/savedWorkState.svelte.ts');
    const memory = createMemoryWorkStore();
    const loaded: TimelineData = { documents: [], events: [], problems: [] };
    const base = { src: 'https://example.org/story.json' };
    await memory.put({ base: workBaseKey(base), savedAt: 0, json: exportJson({ title: 'Saved', documents: [], events: [] }) });
    let asked = 0;
    const counting: WorkStore = { ...memory, get: (key) => (asked++, memory.get(key)) };
    const work = createSavedWorkState(counting);
    work.prepare(base);
    expect(asked).toBe(1);
    const shown = await work.open(loaded, base);
    expect(asked).toBe(1);
    expect(shown.title).toBe('Saved');
  });
});

describe('two tabs on the same timeline', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  async function twoTabs() {
    const { createSavedWorkState } = await import('../../src/lib/state/savedWorkState.svelte.ts');
    const { createMemoryWorkChannels } = await import('../../src/lib/state/workChannel.ts');
    const store = createMemoryWorkStore();
    const channel = createMemoryWorkChannels();
    const tab = async () => {
      const work = createSavedWorkState(store, { delay: 0, channel: channel() });
      const adopted: { data: TimelineData; loaded: boolean }[] = [];
      const shown = await work.open(seeds, { seeds }, (data, loaded) => adopted.push({ data, loaded }));
      return { work, adopted, shown };
    };
    return { a: await tab(), b: await tab(), other: createSavedWorkState(store, { delay: 0, channel: channel() }) };
  }

  test('a change saved in one tab is shown in the other, which does not save it back', async () => {
    const { a, b } = await twoTabs();
    const changed = renamed(seeds, seeds.events[0]!.id, 'Renamed in the first tab');
    a.work.changed(changed, () => json(changed));
    await settle();
    expect(b.adopted).toHaveLength(1);
    expect(b.adopted[0]!.loaded).toBe(false);
    expect(b.adopted[0]!.data.events[0]!.title).toBe('Renamed in the first tab');
    expect(b.work.notice).toEqual({ kind: 'said', text: 'Updated with changes made in another tab.' });
    // The page shows what it adopted; that is not a change of its own, so the first tab hears nothing back.
    b.work.changed(b.adopted[0]!.data, () => json(b.adopted[0]!.data));
    await settle();
    expect(a.adopted).toEqual([]);
    // Undoing everything in the first tab deletes the saved copy; the second goes back to the loaded timeline.
    a.work.changed(seeds, () => json(seeds));
    await settle();
    expect(b.adopted.at(-1)).toEqual({ data: seeds, loaded: true });
  });

  test('a tab with a change of its own on the way keeps it, and the other tab then takes that', async () => {
    const { a, b } = await twoTabs();
    const fromA = renamed(seeds, seeds.events[0]!.id, 'From the first tab');
    const fromB = renamed(seeds, seeds.events[1]!.id, 'From the second tab');
    let release: () => void = () => {};
    // The second tab's change is still being turned into JSON when the first tab's save is announced.
    b.work.changed(fromB, () => new Promise<string>((resolve) => (release = () => resolve(json(fromB)))));
    await settle();
    a.work.changed(fromA, () => json(fromA));
    await settle();
    expect(b.adopted).toEqual([]);
    release();
    await settle();
    expect(a.adopted.map((x) => x.data.events[1]!.title)).toEqual(['From the second tab']);
  });

  test('a tab that was not given a way to adopt is never told', async () => {
    const { a, other } = await twoTabs();
    await other.open(seeds, { seeds });
    const changed = renamed(seeds, seeds.events[0]!.id, 'Renamed');
    a.work.changed(changed, () => json(changed));
    await settle();
    expect(other.notice).toBeUndefined();
  });
});
