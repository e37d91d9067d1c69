/** A long reading tells how far it has got: per document, then per part of its sentences. */
import { describe, expect, test } from 'vitest';
import type { ReadingProgress } from '../../src/lib/events/assembleTimeline.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { sentencesPerCall } from '../../src/lib/events/readDocument.ts';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `n` sentences, each with its own day: every one goes to the analyser. */
const chronicle = (n: number) =>
  Array.from({ length: n }, (_, i) => `On ${(i % 28) + 1} ${months[i % 12]} ${1000 + Math.floor(i / 12)} the council met for the ${i + 1}th time.`).join(' ');

describe('reading progress', () => {
  test('each document is told when it starts, and a long one after each part of its sentences', () => {
    const steps: ReadingProgress[] = [];
    const long = sentencesPerCall * 2 + 10;
    const data = buildTimelineData(
      {
        documents: [
          { id: 'short', name: 'short.txt', dct: '2024-04-04', text: 'The council met on Wednesday.' },
          { id: 'long', name: 'long.txt', text: chronicle(long) },
        ],
        problems: [],
      },
      { progress: (step) => steps.push(step) },
    );
    expect(data.events.filter((e) => e.sources[0]!.docId === 'long')).toHaveLength(long);
    const short = { document: 'short.txt', index: 0, documents: 2 };
    const longDoc = { document: 'long.txt', index: 1, documents: 2 };
    expect(steps).toEqual([
      { ...short, sentences: 0, ofSentences: 0 },
      { ...short, sentences: 0, ofSentences: 1 },
      { ...short, sentences: 1, ofSentences: 1 },
      { ...longDoc, sentences: 0, ofSentences: 0 },
      { ...longDoc, sentences: 0, ofSentences: long },
      { ...longDoc, sentences: sentencesPerCall, ofSentences: long },
      { ...longDoc, sentences: sentencesPerCall * 2, ofSentences: long },
      { ...longDoc, sentences: long, ofSentences: long },
    ]);
  }, 60_000);
});
