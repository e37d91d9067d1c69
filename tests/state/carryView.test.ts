// Data carried into a new view: the same object when nothing of the view's story differs, so that undoing every
// correction gives back the data that was loaded (which the saver then knows for unchanged).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { carryView } from '../../src/lib/state/carryView.ts';
import { readTimeline } from '../../src/lib/state/readTimeline.ts';
import { createTimelineState, type TimelineData } from '../../src/lib/state/timeline.svelte.ts';

const example = (): TimelineData => {
  const read = readTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../public/example-timeline.json'), 'utf8')));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.data;
};

describe('carryView', () => {
  test('data that already has the story shown comes back as it is', () => {
    const loaded = example();
    expect(loaded.story?.steps.length).toBeGreaterThan(1);
    const state = createTimelineState(loaded);
    expect(carryView(state, loaded).data).toBe(loaded);
    // An equal story in another object (as a correction's new data has) is the same story too.
    const copy = { ...loaded, story: { steps: loaded.story!.steps.map((s) => ({ ...s })) } };
    expect(carryView(state, copy).data).toBe(copy);
  });

  test('the story as edited in the view replaces the one in the new data', () => {
    const loaded = example();
    const state = createTimelineState(loaded);
    const reversed = [...state.story.steps].reverse();
    state.story.setSteps(reversed);
    const carried = carryView(state, loaded).data;
    expect(carried).not.toBe(loaded);
    expect(carried.story?.steps.map((s) => s.eventId)).toEqual(reversed.map((s) => s.eventId));
    expect(carried.events).toBe(loaded.events);
  });

  test('a view on the default story drops a story the new data brings', () => {
    const { story: _story, ...plain } = example();
    const state = createTimelineState(plain);
    const carried = carryView(state, example()).data;
    expect(carried.story).toBeUndefined();
  });

  test('the range, selection, filters and lanes are carried', () => {
    const loaded = example();
    const id = loaded.events[1]!.id;
    const state = createTimelineState(loaded, { event: id, query: 'call' });
    expect(carryView(state, loaded).view).toEqual({ event: id, query: 'call' });
    state.setGrouping('precision');
    expect(carryView(state, loaded).view).toEqual({ event: id, query: 'call', grouping: 'precision' });
  });
});
