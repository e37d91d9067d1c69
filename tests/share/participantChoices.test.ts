import { describe, expect, it } from 'vitest';
import { participantChoices } from '../../src/lib/state/participantChoices.ts';

describe('participantChoices', () => {
  const names: Record<string, string> = { macron: 'Emmanuel Macron', russia: 'Russia', ukraine: 'Ukraine', moscow: 'Moscow' };
  const nameOf = (id: string) => names[id];

  it('lists who the events name, the most often named first, then by name', () => {
    const events = [{ participants: ['russia', 'ukraine'] }, {}, { participants: ['macron'] }, { participants: ['moscow', 'russia'] }, { participants: [] }];
    expect(participantChoices(events, nameOf)).toEqual([
      { id: 'russia', name: 'Russia', count: 2 },
      { id: 'macron', name: 'Emmanuel Macron', count: 1 },
      { id: 'moscow', name: 'Moscow', count: 1 },
      { id: 'ukraine', name: 'Ukraine', count: 1 },
    ]);
  });

  it('falls back to the id for an entity without a name, and offers nothing when no event names anyone', () => {
    expect(participantChoices([{ participants: ['unknown-7'] }], nameOf)).toEqual([{ id: 'unknown-7', name: 'unknown-7', count: 1 }]);
    expect(participantChoices([{}, { participants: [] }], nameOf)).toEqual([]);
  });
});
