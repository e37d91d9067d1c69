import { describe, expect, test } from 'vitest';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { mergeEvents } from '../../src/lib/events/mergeEvents.ts';
import type { ReadEvent } from '../../src/lib/events/readDocument.ts';

/** A passage read as an event on one day; key words ending in "!" say what happened (verbs, event nouns). */
function passage(docId: string, sentence: number, value: string, words: readonly string[], participants?: readonly string[]): ReadEvent {
  const start = Date.parse(value);
  const keywords = new Map(words.map((w) => [w.replace(/!$/, ''), { word: w.replace(/!$/, ''), happening: w.endsWith('!') }]));
  return {
    event: {
      id: `${docId}:${sentence + 10}`, value, type: 'DATE', granularity: 'day', start, end: start + 86_400_000, title: words.join(' '),
      sources: [{ docId, timex: { start: sentence + 10, end: sentence + 20, text: value }, sentence: { start: sentence, end: sentence + 90, text: '' } }],
      ...(participants ? { participants } : {}),
    },
    keywords,
  };
}

const sentenceStarts = (event: { readonly sources: readonly { readonly sentence: { readonly start: number } }[] }) =>
  event.sources.map((s) => s.sentence.start).sort((a, b) => a - b);

describe('mergeEvents of one sentence repeated', () => {
  const words = ['committee', 'met!', 'discuss!', 'budget'];

  test('2,000 repeats with two dates give two events of 2,000 sources each, every repeat once', () => {
    const repeats = Array.from({ length: 2000 }, (_, k) => k * 100);
    const read = repeats.flatMap((at) => [passage('minutes', at, '2023-03-03', words), passage('minutes', at, '2023-04-05', words)]);
    const events = mergeEvents(read);
    expect(events.map((e) => e.value)).toEqual(['2023-03-03', '2023-04-05']);
    for (const event of events) {
      expect(sentenceStarts(event)).toEqual(repeats);
      expect(event.parts).toHaveLength(2000);
      expect(event.merge?.reason).toBe(`2000 passages report it; same day (${event.value}); shared words: committee, met, discuss, budget`);
    }
  }, 30_000);

  test('through the whole pipeline, 300 repeats of a news sentence give two events of 300 sources each', () => {
    const sentence = 'The committee met on March 3, 2023 and again on April 5, 2023 to discuss the budget. ';
    const text = sentence.repeat(300);
    const { events } = buildTimelineData({ documents: [{ id: 'minutes', name: 'minutes.txt', text, dct: '2023-06-01' }], problems: [] });
    const repeats = Array.from({ length: 300 }, (_, k) => k * sentence.length);
    expect(events.map((e) => e.value)).toEqual(['2023-03-03', '2023-04-05']);
    for (const event of events) {
      expect(sentenceStarts(event)).toEqual(repeats);
      expect(event.merge?.reason).toMatch(new RegExp(`^300 passages report it; same day \\(${event.value}\\); shared words: committee, met`));
    }
  }, 60_000);
});

describe('mergeEvents', () => {
  test('keeps apart many passages of one day that share no word saying what happened', () => {
    const read = Array.from({ length: 1000 }, (_, k) => passage('log', k * 100, '2023-03-03', [`minister${k}`, 'signed!', 'budget']));
    const shared = mergeEvents(read);
    expect(shared).toHaveLength(1);
    const apart = mergeEvents(Array.from({ length: 1000 }, (_, k) => passage('log', k * 100, '2023-03-03', [`signed${k}!`, 'budget'])));
    expect(apart).toHaveLength(1000);
    expect(apart.every((e) => e.merge === undefined)).toBe(true);
  }, 30_000);

  test('lets the passage linked to most others lead its group', () => {
    const events = mergeEvents([
      passage('a', 0, '2023-03-03', ['bombing!', 'embassy', 'nairobi']),
      passage('b', 0, '2023-03-03', ['bombing!', 'embassy', 'nairobi', 'truck', 'driver']),
      passage('c', 0, '2023-03-03', ['bombing!', 'truck', 'driver']),
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.sources.map((s) => s.docId)).toEqual(['b', 'a', 'c']);
    expect(events[0]!.merge?.reason).toBe('3 passages report it; same day (2023-03-03); shared words: bombing, embassy, nairobi, truck, driver');
  });

  test('gives in its reason every date relation but only the first five names and six words', () => {
    const names = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const words = ['attack!', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8'];
    const read = [passage('a', 0, '2023-03-03', words, names), passage('b', 0, '2023-03-03', words, names)];
    const month = { ...passage('c', 0, '2023-03-03', words, names) };
    const monthRead: ReadEvent = { ...month, event: { ...month.event, value: '2023-03', granularity: 'month', start: Date.parse('2023-03-01'), end: Date.parse('2023-04-01') } };
    const [event] = mergeEvents([...read, monthRead], (id) => id.toUpperCase());
    expect(event!.merge?.reason).toBe(
      '3 passages report it; 2023-03-03 falls in 2023-03, same day (2023-03-03); shared names: P1, P2, P3, P4, P5; shared words: attack, w2, w3, w4, w5, w6',
    );
  });
});
