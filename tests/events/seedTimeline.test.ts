/**
 * The seed article read as a reader would: one title per happening, the call told twice merged into one event,
 * participants normalised, the undated plans kept.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import { splitEvent } from '../../src/lib/events/splitEvent.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';

let data: TimelineData;
const byExpression = (text: string, context = '') =>
  data.events.find((e) => e.sources.some((s) => s.timex.text === text && s.sentence.text.includes(context)));
const names = (e: TimelineEvent | undefined) => (e?.participants ?? []).map((id) => data.entities!.find((x) => x.id === id)?.name);

beforeAll(async () => {
  data = buildTimelineData(await readSeedFolder('seeds'));
}, 60_000);

describe('titles say who did what, from the words of the event\'s clause', () => {
  test.each([
    // The issue's own example: dateline, "his", the time adjunct and the second clause ("and noted that…") left out.
    ['Wednesday', 'rare phone call', "Russia's defence minister warned French counterpart against deploying troops to Ukraine"],
    // "followed … comments in February": the date belongs to the comments, not to the conversation.
    ['February', '', "French President Emmanuel Macron's comments"],
    // A relative clause stands for its noun: "a draft document, which was discussed … in March 2022".
    ['March 2022', '', 'Draft document was discussed during Russia-Ukraine talks in Istanbul'],
    ['October 2022', '', 'Call marked first such contact between Russian and French defense ministers'],
  ])('%s → %s', (expression, context, title) => {
    expect(byExpression(expression, context)?.title).toBe(title);
  });

  test('"the March 22 attack on …": a date before a noun dates that noun phrase, not the sentence\'s verb', () => {
    const attack = byExpression('March 22');
    expect(attack?.title).toMatch(/^Attack on suburban Moscow concert hall that killed 145/);
    expect(attack?.title).not.toMatch(/condolences/);
  });
});

describe('one happening told twice in a document is one event', () => {
  test('"a rare phone call Wednesday" and "Wednesday\'s call" are merged, with the reason', () => {
    const call = byExpression('Wednesday', 'rare phone call')!;
    expect(call.sources).toHaveLength(2);
    expect(call.sources[1]?.sentence.text).toMatch(/readout of Wednesday's call/);
    expect(call.merge?.reason).toMatch(/same day \(2024-04-03\)/);
    expect(call.merge?.reason).toMatch(/shared words: call/);
    expect(data.events.filter((e) => e.value === '2024-04-03')).toHaveLength(1);
  });

  test('splitEvent gives the two passages back as two events', () => {
    const call = byExpression('Wednesday', 'rare phone call')!;
    const split = splitEvent(data, call.id, 1);
    const calls = split.events.filter((e) => e.value === '2024-04-03');
    expect(calls).toHaveLength(2);
    expect(calls.every((e) => e.sources.length === 1 && !e.merge)).toBe(true);
    expect(calls.map((e) => e.sources[0].sentence.text)).toEqual(expect.arrayContaining(call.sources.map((s) => s.sentence.text)));
    expect(split.events).toHaveLength(data.events.length + 1);
    expect(data.events.find((e) => e.id === call.id)?.sources).toHaveLength(2); // pure: the input is unchanged
    expect(splitEvent(data, 'no-such-event', 0)).toBe(data);
  });
});

describe('spans', () => {
  test('"since October 2022" runs from October 2022 to the document date', () => {
    const since = byExpression('October 2022')!;
    expect(since.range).toEqual({ kind: 'since', to: '2024-04-04' });
    expect([since.start, since.end]).toEqual([Date.UTC(2022, 9, 1), Date.UTC(2024, 3, 5)]);
  });
});

describe('participants', () => {
  test('people, places and organisations of the event\'s clause', () => {
    expect(names(byExpression('February'))).toEqual(['Emmanuel Macron']);
    expect(names(byExpression('March 2022'))).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'Istanbul']));
    expect(names(byExpression('Wednesday', 'rare phone call'))).toEqual(expect.arrayContaining(['Russia', 'Ukraine', 'Russian Defence Ministry']));
  });

  test('"Lecornu" and "French Defense Minister Sébastien Lecornu" are one person, without the title', () => {
    const lecornu = data.entities!.find((e) => e.name === 'Sébastien Lecornu')!;
    expect(lecornu).toMatchObject({ kind: 'person', aliases: ['Lecornu'] });
    expect(data.entities!.some((e) => /Minister|^Lecornu$/.test(e.name))).toBe(false);
    const seed = data.documents[0]!;
    for (const m of lecornu.mentions ?? []) expect(seed.text.slice(m.start, m.end)).toBe(m.text);
  });

  test('every participant id names an entity, and every entity mention slices its document', () => {
    const ids = new Set(data.entities!.map((e) => e.id));
    for (const e of data.events) for (const p of e.participants ?? []) expect(ids.has(p)).toBe(true);
    for (const entity of data.entities!) {
      for (const m of entity.mentions ?? []) expect(data.documents.find((d) => d.id === m.docId)!.text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('undated mentions are kept with their source, not dropped or guessed', () => {
  test('"a planned round of peace talks" and "possible future negotiations"', () => {
    const planned = data.undated!.find((u) => u.sources[0].timex.text === 'a planned round of peace talks')!;
    expect(planned.title).toMatch(/^Planned round of peace talks in Geneva/);
    expect(planned.value).toBeUndefined();
    // "future" before a noun is an adjective, not a time expression (TimeML); the phrase still announces an event.
    const future = data.undated!.find((u) => u.sources[0].timex.text === 'possible future negotiations')!;
    expect(future.title).toMatch(/negotiations could be based on draft document/);
    expect(future.value).toBeUndefined();
    for (const u of data.undated!) {
      const text = data.documents.find((d) => d.id === u.sources[0].docId)!.text;
      expect(text.slice(u.sources[0].timex.start, u.sources[0].timex.end)).toBe(u.sources[0].timex.text);
    }
  });
});
