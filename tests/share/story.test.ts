import { describe, expect, test } from 'vitest';
import { exportJson, importJson, validateTimelineFile } from '../../src/lib/formats/index.ts';
import { seedTimeline } from '../formats/fixtures.ts';

describe('a story saved with the timeline file', () => {
  test('is written by exportJson and read back by importJson, notes and order kept', () => {
    const timeline = seedTimeline();
    const [a, b] = [timeline.events[1]!.id, timeline.events[0]!.id];
    const story = { steps: [{ eventId: a, note: 'Start here' }, { eventId: b }] };
    const read = importJson(exportJson({ ...timeline, story }));
    expect(read.ok && read.timeline.story).toEqual(story);
  });

  test('a step that names no event of the file is refused, with its path', () => {
    const file = JSON.parse(exportJson(seedTimeline()));
    file.story = { steps: [{ eventId: 'nope' }, { eventId: file.events[0].id, note: 3 }] };
    const result = validateTimelineFile(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/\$\.story\.steps\[0\]\.eventId.*no event has the id "nope"/);
    expect(!result.ok && result.errors.join('\n')).toMatch(/\$\.story\.steps\[1\]\.note/);
  });
});
