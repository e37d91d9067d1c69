import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/lib/documents/parseDocument.ts';
import { eventsOfDocument } from '../../src/lib/events/buildEvents.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { dctDay, readTimeML } from '../../src/lib/timeml/index.ts';
import { expectWordsInOrder } from './titleWords.ts';

const seedName = 'russia-france-defence-call-2024-04-04.txt';
const parsed = parseDocument(seedName, new Uint8Array(readFileSync(join('seeds', seedName))));
if (!parsed.ok) throw new Error(parsed.problem.message);
const seed = parsed.document;
const events = eventsOfDocument(seed);

describe('events of the seed article (dated 2024-04-04)', () => {
  test.each([
    ['the phone call', 'Wednesday', 'in a rare phone call Wednesday', '2024-04-03', 'day'],
    ["Macron's comments", 'February', "Macron's comments in February", '2024-02', 'month'],
    ['the previous contact', 'October 2022', 'first such contact', '2022-10', 'month'],
    ['the Istanbul talks', 'March 2022', 'talks in Istanbul', '2022-03', 'month'],
    ['the concert hall attack', 'March 22', 'concert hall', '2024-03-22', 'day'],
  ])('%s: "%s" is %s', (_what, expression, context, value, granularity) => {
    const event = events.find((e) => e.sources[0].timex.text === expression && e.sources[0].sentence.text.includes(context));
    expect(event).toMatchObject({ value, granularity, type: 'DATE' });
    expect(new Date(event!.start).toISOString().slice(0, value.length)).toBe(value);
  });

  test('a month event spans its whole month and a day event its day', () => {
    const february = events.find((e) => e.value === '2024-02')!;
    expect([february.start, february.end]).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 2, 1)]);
    const attack = events.find((e) => e.value === '2024-03-22')!;
    expect([attack.start, attack.end]).toEqual([Date.UTC(2024, 2, 22), Date.UTC(2024, 2, 23)]);
  });

  test('every event has a unique id, a title made of its sentence\'s words and the source document id', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const event of events) {
      expect(event.sources[0].docId).toBe(seed.id);
      expect(event.title.length).toBeGreaterThan(10);
      // "At most about 80": a title that ends on a whole phrase may run up to 10 over (titleOfClause.ts).
      expect(event.title.length).toBeLessThanOrEqual(90);
      expectWordsInOrder(event.title, event.sources[0].sentence.text);
    }
  });

  test('the numbers in the article that are not dates give no events', () => {
    expect(events.some((e) => /145/.test(e.sources[0].timex.text))).toBe(false);
  });
});

/** Offsets property: slicing the document at an event's offsets gives back the quoted expression and sentence. */
function expectOffsetsSlice(text: string, list: ReturnType<typeof eventsOfDocument>) {
  for (const { sources } of list) for (const source of sources) {
    expect(text.slice(source.timex.start, source.timex.end)).toBe(source.timex.text);
    expect(text.slice(source.sentence.start, source.sentence.end)).toBe(source.sentence.text);
    expect(source.sentence.start).toBeLessThanOrEqual(source.timex.start);
    expect(source.sentence.end).toBeGreaterThanOrEqual(source.timex.end);
  }
}

describe('offsets slice to the quoted passage', () => {
  test('for every event of every seed', async () => {
    const collection = await readSeedFolder('seeds');
    expect(collection.problems).toEqual([]);
    const data = buildTimelineData(collection);
    expect(data.events.length).toBeGreaterThanOrEqual(5);
    for (const document of collection.documents) {
      expectOffsetsSlice(document.text, data.events.filter((e) => e.sources[0].docId === document.id));
    }
  });

  // The NLP tagger reads every dated sentence of 256 articles: several seconds, more on a busy machine.
  test('for every event of 250+ real news articles of the TimeML corpora', { timeout: 120_000 }, () => {
    const corpus = join('..', 'shared', 'corpus');
    let count = 0;
    for (const folder of ['tbaq-timebank', 'tbaq-aquaint']) {
      for (const file of readdirSync(join(corpus, folder)).filter((f) => f.endsWith('.tml'))) {
        const doc = readTimeML(readFileSync(join(corpus, folder, file), 'utf8'));
        const list = eventsOfDocument({ id: file, name: file, text: doc.text, ...(dctDay(doc.dct) ? { dct: dctDay(doc.dct)! } : {}) });
        expectOffsetsSlice(doc.text, list);
        for (const event of list) expectWordsInOrder(event.title, event.sources[0].sentence.text);
        count += list.length;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });
});
