// The lanes a timeline starts with (`lanes=` in the address, the embed's `lanes` attribute): kept when the events
// split that way, else none. On the example timeline file: one document, five events of days and months.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTimeline } from '../../src/lib/state/readTimeline.ts';
import { createTimelineState, type TimelineData } from '../../src/lib/state/timeline.svelte.ts';

const example = (): TimelineData => {
  const read = readTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../public/example-timeline.json'), 'utf8')));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.data;
};

test('starts with no lanes by default', () => {
  expect(createTimelineState(example()).grouping).toBe('none');
});

test('starts with the lanes asked for when the events split that way', () => {
  expect(createTimelineState(example(), { grouping: 'precision' }).grouping).toBe('precision');
  expect(createTimelineState(example(), { grouping: 'participant' }).grouping).toBe('participant');
});

test('lanes by document with a single document fall back to none', () => {
  expect(createTimelineState(example(), { grouping: 'document' }).grouping).toBe('none');
});

test('lanes of a timeline without events fall back to none', () => {
  expect(createTimelineState({ ...example(), events: [] }, { grouping: 'precision' }).grouping).toBe('none');
});
