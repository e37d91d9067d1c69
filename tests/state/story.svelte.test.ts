// The presenter's story in a timeline's state: it follows the filters, and edits to it become new timeline data that
// the work saver keeps. On the example timeline file (five events, a story of five steps).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeEvent, restoreEvent } from '../../src/lib/state/correctEvent.ts';
import { readTimeline } from '../../src/lib/state/readTimeline.ts';
import { createTimelineState, type TimelineData } from '../../src/lib/state/timeline.svelte.ts';

const example = (): TimelineData => {
  const read = readTimeline(JSON.parse(readFileSync(join(import.meta.dirname, '../../public/example-timeline.json'), 'utf8')));
  if (!read.ok) throw new Error(read.errors.join('\n'));
  return read.data;
};
const ids = (steps: readonly { eventId: string }[]) => steps.map((s) => s.eventId);

describe('the steps presented follow the filters', () => {
  test('with no filter, every step of the story', () => {
    const timeline = createTimelineState(example());
    expect(timeline.story.presented).toBe(timeline.story.steps);
    expect(timeline.story.presented).toHaveLength(5);
  });

  test('with a filter, only the steps whose events the chart shows, in story order', () => {
    const timeline = createTimelineState(example(), { query: 'defence' });
    const shown = new Set(timeline.events.map((e) => e.id));
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThan(5);
    expect(ids(timeline.story.presented)).toEqual(ids(timeline.story.steps).filter((id) => shown.has(id)));
    expect(timeline.story.steps).toHaveLength(5);
  });

  test('a step number counts the steps presented, and stays within them when the filter narrows', () => {
    const timeline = createTimelineState(example());
    timeline.story.present(true, 4);
    expect(timeline.story.step).toBe(4);
    timeline.setFilter({ query: 'defence' });
    const presented = timeline.story.presented;
    expect(timeline.story.step).toBe(presented.length - 1);
    expect(timeline.story.current).toBe(presented.at(-1));
    timeline.story.goTo(99);
    expect(timeline.story.step).toBe(presented.length - 1);
    timeline.story.goTo(0);
    expect(timeline.story.current).toBe(presented[0]);
  });

  test('a filter that hides every event of the story leaves nothing to present', () => {
    const timeline = createTimelineState(example(), { query: 'no event says this' });
    expect(timeline.story.presented).toEqual([]);
    expect(timeline.story.current).toBeUndefined();
    expect(timeline.story.step).toBe(0);
  });
});

describe('a story that comes back to an event', () => {
  test('keeps each visit, and the presentation steps through all of them', () => {
    const data = example();
    const [a, b] = data.events;
    const timeline = createTimelineState({ ...data, story: { steps: [{ eventId: a!.id }, { eventId: b!.id, note: 'then' }, { eventId: a!.id, note: 'back' }] } });
    expect(ids(timeline.story.presented)).toEqual([a!.id, b!.id, a!.id]);
    timeline.story.present(true, 0);
    timeline.story.next();
    timeline.story.next();
    expect(timeline.story.current).toEqual({ eventId: a!.id, note: 'back' });
  });
});

describe('story edits are timeline data', () => {
  test('the data stays the very object loaded until the story is edited', () => {
    const data = example();
    const timeline = createTimelineState(data);
    expect(timeline.data).toBe(data);
    timeline.story.goTo(3);
    expect(timeline.data).toBe(data);
  });

  test('an edit gives new data holding the story as edited, which the file written from it holds too', () => {
    const data = example();
    const timeline = createTimelineState(data);
    const steps = [...timeline.story.steps].reverse();
    timeline.story.setSteps(steps);
    expect(timeline.data).not.toBe(data);
    expect(timeline.data.story).toEqual({ steps });
    expect(timeline.data.events).toBe(data.events);
    expect(timeline.toTimeline().story).toEqual({ steps });
  });

  test('going back to all events takes the story out of the data', () => {
    const timeline = createTimelineState(example());
    timeline.story.setSteps(undefined);
    expect(timeline.data.story).toBeUndefined();
    expect('story' in timeline.data).toBe(false);
  });

  test('a timeline without a story that is given one and then reset is the data loaded again', () => {
    const { story: _story, ...data } = example();
    const timeline = createTimelineState(data);
    timeline.story.setSteps([{ eventId: data.events[0]!.id }]);
    expect(timeline.data.story?.steps).toHaveLength(1);
    timeline.story.setSteps(undefined);
    expect(timeline.data).toBe(data);
  });

  test('a step whose event a person removed is skipped, kept in the data, and presented again once it is put back', () => {
    const data = example();
    const steps = data.story!.steps;
    const gone = steps[1]!.eventId;
    const removal = removeEvent(data, gone);
    if (!removal.ok) throw new Error(removal.error.message);
    const without = createTimelineState(removal.data);
    expect(ids(without.story.steps)).toEqual(ids(steps).filter((id) => id !== gone));
    expect(without.data.story?.steps).toEqual(steps);
    const back = restoreEvent(without.data, gone);
    if (!back.ok) throw new Error(back.error.message);
    expect(ids(createTimelineState(back.data).story.steps)).toEqual(ids(steps));
  });
});

test('only a presentation a person starts asks for the whole screen; one from the address or another tab does not', () => {
  const timeline = createTimelineState(example());
  timeline.story.present(true, 1);
  expect([timeline.story.presenting, timeline.story.fullScreen, timeline.story.step]).toEqual([true, false, 1]);
  timeline.story.present(true, 0, { screen: true });
  expect([timeline.story.presenting, timeline.story.fullScreen]).toEqual([true, true]);
  timeline.story.present(false, 0, { screen: true });
  expect([timeline.story.presenting, timeline.story.fullScreen]).toEqual([false, false]);
});
