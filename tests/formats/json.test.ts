import { describe, expect, test } from 'vitest';
import { exportJson, importJson, jsonPieces, rowsFrom, toTimelineFile, validateTimelineFile } from '../../src/lib/formats/index.ts';
import { syntheticTimeline } from '../../scripts/bench/syntheticTimeline.ts';
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
    ['wrong format and version', (f) => Object.assign(f, { format: 'timeline', version: 3 }), ['$.format: expected "passage-timeline", got "timeline"', '$.version: 3 is not one of 1, 2']],
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

  test('a valid file passes and is returned as is, with its events read into memory in its order', () => {
    const file = valid();
    const result = validateTimelineFile(file);
    expect(result).toMatchObject({ ok: true, file });
    expect(result.ok && result.events.map((e) => [e.id, e.start])).toEqual(file.events.map((e: Record<string, any>) => [e.id, Date.parse(e.start)]));
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

describe('events written as rows', () => {
  const rowsOf = (timeline: Timeline, indent = 0) => exportJson(timeline, { indent, layout: 'rows' });

  test('a row holds the required fields in order, the passages as offsets and the optional fields in a ninth item', () => {
    const file = JSON.parse(rowsOf(richTimeline()));
    expect(file.events[0]).toEqual([
      'letter:28', 'BC0049', 'DATE', 'year', '-000048-01-01T00:00:00.000Z', '-000047-01-01T00:00:00.000Z',
      'Caesar crossed the river in 49 BC, early that year', [['letter', 28, 33, 0, 51]],
      {
        participants: ['caesar'],
        merge: { reason: 'same year in one sentence' },
        uncertainty: { earliest: '-000050-01-01T00:00:00.000Z', latest: '-000046-01-01T00:00:00.000Z', why: 'approximate' },
      },
    ]);
    expect(file.events[1]).toHaveLength(9);
    expect(file.events[1][8]).toEqual({ mod: 'START' });
    expect(file.events[2]).toHaveLength(8);
  });

  test.each([0, 2])('read back, with indent %i, to the very same timeline as objects; the texts come from the documents', (indent) => {
    for (const timeline of [richTimeline(), seedTimeline()]) {
      const rows = rowsOf(timeline, indent);
      expect(rows.length).toBeLessThan(exportJson(timeline, { indent, layout: 'objects' }).length);
      expect(importJson(rows)).toEqual(importJson(exportJson(timeline, { indent, layout: 'objects' })));
    }
  });

  test('indented, each row takes one line', () => {
    const lines = rowsOf(seedTimeline(), 2).split('\n');
    const rows = lines.filter((line) => line.startsWith('    ['));
    expect(rows).toHaveLength(seedTimeline().events.length);
    expect(lines.at(-2)).toBe('}');
    expect(lines.at(-3)).toBe('  ]');
  });

  test('written in slices with pauses between them, the file is the same as written at once', async () => {
    const timeline = { ...richTimeline(), title: 'Rows', story: { steps: [{ eventId: 'letter:28' }] } };
    const pieces: string[] = [];
    for await (const piece of jsonPieces(timeline, async () => {}, 2, 'rows')) pieces.push(piece);
    expect(pieces.length).toBe(Math.ceil(timeline.events.length / 2));
    expect(pieces.join('')).toBe(rowsOf(timeline));
  });

  test('a file with rows is version 2, one of objects stays version 1; a row in a version 1 file is refused', () => {
    expect(JSON.parse(rowsOf(richTimeline())).version).toBe(2);
    expect(JSON.parse(exportJson(richTimeline(), { indent: 0, layout: 'objects' })).version).toBe(1);
    const file = { ...JSON.parse(rowsOf(richTimeline())), version: 1 };
    expect(validateTimelineFile(file)).toEqual({ ok: false, errors: ['$.events[0]: an event as a row needs version 2 of the format (version 1 has events as objects)'] });
  });

  test('objects and rows may be mixed in one file', () => {
    const file = JSON.parse(rowsOf(richTimeline()));
    file.events[2] = JSON.parse(exportJson(richTimeline())).events[2];
    expect(importJson(JSON.stringify(file))).toEqual(importJson(exportJson(richTimeline())));
  });

  test(`from ${rowsFrom.toLocaleString('en')} events on, the default writes rows`, () => {
    const events = (n: number) => JSON.parse(exportJson(syntheticTimeline(n))).events;
    expect(Array.isArray(events(rowsFrom - 1)[0])).toBe(false);
    expect(Array.isArray(events(rowsFrom)[0])).toBe(true);
  });

  const valid = () => JSON.parse(rowsOf(richTimeline())) as Record<string, any>;
  test.each<[string, (f: Record<string, any>) => unknown, string[]]>([
    ['a row of seven items', (f) => f.events[2].pop(), ['$.events[2]: expected an event object, or a row of 8 or 9 items (id, value, type, granularity, start, end, title, sources, then optional fields), got 7 items']],
    ['a passage of four numbers', (f) => f.events[1][7][0].pop(), ['$.events[1]: expected each passage of a row as [docId, timex start, timex end, sentence start, sentence end]']],
    ['passages that are not an array', (f) => (f.events[1][7] = {}), ['$.events[1]: expected the passages of a row (its eighth item) as an array']],
    ['optional fields that are not an object', (f) => f.events[2].push(['mod', 'APPROX']), ['$.events[2]: expected the optional fields of a row (its ninth item) as an object']],
    ['a required field among the optional ones', (f) => f.events[2].push({ id: 'other' }), ['$.events[2]: "id" is not an optional field of an event (the ninth item of a row holds mod, participants, merge, uncertainty, range, correction)']],
    ['a bad type', (f) => (f.events[2][2] = 'EVENT'), ['$.events[2].type: "EVENT" is not one of DATE, TIME, DURATION, SET']],
    ['an impossible instant', (f) => (f.events[2][4] = '2023-02-30T00:00:00.000Z'), ['$.events[2].start: "2023-02-30T00:00:00.000Z" is not a real date and time']],
    ['a bad mod', (f) => f.events[2].push({ mod: 'ROUGHLY' }), ['$.events[2].mod: "ROUGHLY" is not one of START, MID, END, APPROX, EQUAL_OR_MORE, MORE_THAN, LESS_THAN, EQUAL_OR_LESS, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER']],
    [
      'offsets past the end of the text',
      (f) => f.events[1][7][0].splice(3, 2, 40, 400),
      ['$.events[1].sources[0].sentence.end: 400 is past the end of document "letter" (51 characters) in event "letter:35"', '$.events[1].sources[0].timex: 35–50 lies outside its sentence 40–400 in event "letter:35"'],
    ],
    ['a fractional offset', (f) => (f.events[1][7][0][2] = 3.5), ['$.events[1].sources[0].timex.end: expected a whole number ≥ 0, got number 3.5']],
    ['an unknown document', (f) => (f.events[1][7][0][0] = 'nope'), ['$.events[1].sources[0].docId: no document has the id "nope" (in event "letter:35")']],
    ['a duplicate id', (f) => (f.events[1][0] = f.events[0][0]), ['$.events[1].id: id "letter:28" is already used by $.events[0]']],
  ])('%s: the error names the row and, past its shape, the field', (_, mutate, errors) => {
    const file = valid();
    mutate(file);
    const result = validateTimelineFile(file);
    expect(result.ok ? [] : [...result.errors].sort()).toEqual([...errors].sort());
  });
});
