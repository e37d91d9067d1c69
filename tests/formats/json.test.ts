import { describe, expect, test } from 'vitest';
import { exportJson, importJson, jsonPieces, toTimelineFile, validateTimelineFile } from '../../src/lib/formats/index.ts';
import type { Timeline } from '../../src/lib/formats/timelineFile.ts';
import { eventAt, letter, richTimeline, seedTimeline } from './fixtures.ts';

describe('our JSON format', () => {
  test('the seed timeline re-imports to the very same documents and events', () => {
    const seed = seedTimeline();
    expect(seed.events.length).toBeGreaterThan(3);
    const back = importJson(exportJson(seed));
    // `parts` (the events before a merge) is the one field the file does not store.
    expect(back).toEqual({ ok: true, timeline: { ...seed, events: seed.events.map(({ parts: _, ...e }) => e) } });
  });

  test('entities, participants, merge reasons, uncertainty, ranges and undated mentions survive the round trip', () => {
    const rich = richTimeline();
    const back = importJson(exportJson(rich, { indent: 0 }));
    expect(back).toEqual({ ok: true, timeline: rich });
  });

  test('written in slices with pauses between them, the file is the same as written at once', async () => {
    const exportJsonPaced = async (timeline: Timeline, pause?: () => Promise<void>, slice?: number) => {
      const pieces: string[] = [];
      for await (const piece of jsonPieces(timeline, pause, slice)) pieces.push(piece);
      return pieces.join('');
    };
    const story = (t: ReturnType<typeof seedTimeline>) => ({ steps: t.events.slice(0, 2).map((e) => ({ eventId: e.id, note: 'A "quoted" note' })) });
    const seed = seedTimeline();
    for (const timeline of [seed, richTimeline(), { ...seed, title: 'Seeds', story: story(seed) }, { ...seed, events: [] }]) {
      let pauses = 0;
      const paced = await exportJsonPaced(timeline, async () => void pauses++, 3);
      expect(paced).toBe(exportJson(timeline, { indent: 0 }));
      expect(pauses).toBe(Math.max(0, Math.ceil(timeline.events.length / 3) - 1));
      expect(await exportJsonPaced(timeline)).toBe(paced);
    }
  });

  test('writes instants as ISO strings and nothing the format does not define', () => {
    const event = { ...eventAt(letter, '49 BC', 'BC0049'), extra: 'app-only' };
    const file = toTimelineFile({ documents: [{ ...letter, extra: 1 } as typeof letter], events: [event] });
    expect(file).toEqual({
      format: 'passage-timeline',
      version: 1,
      documents: [{ id: 'letter', name: 'letter.txt', text: letter.text }],
      events: [
        {
          id: 'letter:28',
          value: 'BC0049',
          type: 'DATE',
          granularity: 'year',
          start: '-000048-01-01T00:00:00.000Z',
          end: '-000047-01-01T00:00:00.000Z',
          title: 'Caesar crossed the river in 49 BC, early that year',
          sources: [{ docId: 'letter', timex: { start: 28, end: 33, text: '49 BC' }, sentence: { start: 0, end: 51, text: letter.text } }],
        },
      ],
    });
    expect(exportJson({ documents: [], events: [] }, { indent: 0 })).toBe('{"format":"passage-timeline","version":1,"documents":[],"events":[]}\n');
  });
});

describe('validateTimelineFile', () => {
  const valid = () => JSON.parse(exportJson(richTimeline())) as Record<string, any>;

  test.each<[string, (f: Record<string, any>) => unknown, string[]]>([
    ['wrong format and version', (f) => Object.assign(f, { format: 'timeline', version: 2 }), ['$.format: expected "passage-timeline", got "timeline"', '$.version: expected 1, got 2']],
    ['a missing field', (f) => delete f.events[0].title, ['$.events[0].title: required field is missing']],
    ['an unknown field', (f) => (f.events[1].colour = 'red'), ['$.events[1].colour: unknown field (allowed: id, value, type, granularity, start, end, title, sources, mod, participants, merge, uncertainty, range, correction)']],
    ['a bad granularity', (f) => (f.events[2].granularity = 'daily'), ['$.events[2].granularity: "daily" is not one of millennium, century, decade, year, half, quarter, season, month, week, day, part-of-day, hour, minute, second']],
    ['an impossible instant', (f) => (f.events[0].start = '2023-02-30T00:00:00.000Z'), ['$.events[0].start: "2023-02-30T00:00:00.000Z" is not a real date and time']],
    ['an end before the start', (f) => (f.events[3].end = f.events[3].start), ['$.events[3].end: "2023-03-01T00:00:00.000Z" is not after start "2023-03-01T00:00:00.000Z"']],
    ['no sources', (f) => (f.events[4].sources = []), ['$.events[4].sources: needs at least 1 item']],
    ['a negative offset', (f) => (f.events[0].sources[0].timex.start = -1), ['$.events[0].sources[0].timex.start: expected a whole number ≥ 0, got number -1']],
    [
      'a quote that is not the document text',
      (f) => (f.events[5].sources[0].timex.text = 'Thursday'),
      ['$.events[5].sources[0].timex.text: "Thursday" is not the text at 109–128 of document "memo", which reads "the week of 1 April", in event "memo:109"'],
    ],
    [
      'offsets past the end of the text',
      (f) => Object.assign(f.events[0].sources[0].sentence, { start: 40, end: 400 }),
      ['$.events[0].sources[0].sentence.end: 400 is past the end of document "letter" (51 characters) in event "letter:28"', '$.events[0].sources[0].timex: 28–33 lies outside its sentence 40–400 in event "letter:28"'],
    ],
    ['an unknown document', (f) => (f.events[1].sources[0].docId = 'nope'), ['$.events[1].sources[0].docId: no document has the id "nope" (in event "letter:35")']],
    ['a duplicate event id', (f) => (f.events[1].id = f.events[0].id), ['$.events[1].id: id "letter:28" is already used by $.events[0]']],
    ['a duplicate document id', (f) => (f.documents[1].id = 'memo'), ['$.documents[1].id: document id "memo" is used twice', '$.events[0].sources[0].docId: no document has the id "letter" (in event "letter:28")', '$.events[1].sources[0].docId: no document has the id "letter" (in event "letter:35")', '$.entities[0].mentions[0].docId: no document has the id "letter" (in entity "caesar")'].sort()],
    ['an unknown participant', (f) => (f.undated[0].participants = ['board', 'nobody']), ['$.undated[0].participants[1]: no entity has the id "nobody" (in undated mention "memo:u1")']],
    ['a bad entity kind and an empty merge reason', (f) => { f.entities[0].kind = 'animal'; f.events[0].merge.reason = ''; }, ['$.entities[0].kind: "animal" is not one of person, organization, place', '$.events[0].merge.reason: must not be empty']],
    [
      'a bad uncertainty and range',
      (f) => Object.assign(f.events[4], { uncertainty: { why: 'vague', earliest: '2024-01-01T00:00:00.000Z', latest: '2023-01-01T00:00:00.000Z' }, range: { kind: 'until', to: '' } }),
      ['$.events[4].uncertainty.why: "vague" is not one of approximate, part, before, after', '$.events[4].uncertainty.latest: "2023-01-01T00:00:00.000Z" is not after earliest "2024-01-01T00:00:00.000Z"', '$.events[4].range.kind: "until" is not one of from-to, since, duration', '$.events[4].range.to: must not be empty'],
    ],
    ['a bad dct and url', (f) => Object.assign(f.documents[0], { dct: '2024-02-30', url: 'https://exa mple.org' }), ['$.documents[0].dct: "2024-02-30" is not a real calendar day', '$.documents[0].url: "https://exa mple.org" is not a valid address']],
  ])('%s: the error names the JSON path', (_, mutate, errors) => {
    const file = valid();
    mutate(file);
    const result = validateTimelineFile(file);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.errors].sort()).toEqual([...errors].sort());
  });

  test('a valid file passes and is returned as is', () => {
    const file = valid();
    expect(validateTimelineFile(file)).toEqual({ ok: true, file });
  });

  test('not an object, not JSON, and a flood of errors are all answered without throwing', () => {
    expect(validateTimelineFile([])).toEqual({ ok: false, errors: ['$: expected an object, got an array'] });
    expect(importJson('{"format":')).toEqual({ ok: false, errors: [expect.stringMatching(/^the file is not JSON: /)] });
    const many = valid();
    many.events = Array.from({ length: 80 }, () => ({}));
    const result = validateTimelineFile(many);
    expect(!result.ok && result.errors.length).toBe(51);
    expect(!result.ok && result.errors[50]).toBe('… and 590 more errors');
  });
});
