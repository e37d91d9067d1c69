/** The Filter box on the seed article's events: words in any order, spaces alone filter nothing. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readSeedFolder } from '../../scripts/vite-plugin-seeds.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';
import { filterWords, matchesFilter } from '../../src/lib/state/eventFilter.ts';

let events: readonly TimelineEvent[];
beforeAll(async () => void ({ events } = buildTimelineData(await readSeedFolder('seeds'))), 60_000);

const kept = (query: string, participants: readonly string[] = []) =>
  events.filter((e) => matchesFilter(e, filterWords(query), participants)).map((e) => e.value);

describe('the event filter', () => {
  test('spaces alone are no filter', () => {
    expect(filterWords('   ')).toEqual([]);
    expect(kept(' ')).toEqual(events.map((e) => e.value));
  });

  test('every word must be in the title or a quote, in any order and any case', () => {
    // The attack, and the call whose sentence recalls it.
    expect(kept('moscow concert')).toEqual(['2024-03-22', '2024-04-03']);
    expect(kept('Concert   MOSCOW')).toEqual(['2024-03-22', '2024-04-03']);
    expect(kept('concert istanbul')).toEqual([]);
  });

  test('a word may come from the quote when the title lacks it', () => {
    const attack = events.find((e) => e.value === '2024-03-22')!;
    const quoteOnly = attack.sources[0]!.sentence.text.split(/\W+/).find((w) => w.length > 4 && !attack.title.includes(w))!;
    expect(kept(`${quoteOnly} concert`)).toContain('2024-03-22');
  });

  test('participants: an event must name each one chosen', () => {
    const named = events.find((e) => e.participants?.length)!;
    const who = named.participants![0]!;
    expect(kept('', [who]).length).toBe(events.filter((e) => e.participants?.includes(who)).length);
    expect(kept('', [who, 'nobody-at-all'])).toEqual([]);
  });
});
