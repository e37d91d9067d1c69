/**
 * New timeline data merged into the timeline shown: the light half of adding documents, run on the page's thread.
 * Events stay in time order, entities with the same id become one, undated mentions and problems are appended.
 * The new documents' ids are already free (`readNewDocuments`); other ids are made free here where a timeline
 * opened from a file happens to use them, because the list, the selection and the problem list key on them.
 */
import type { DocumentProblem } from '../documents/parseDocument.ts';
import { compareEvents } from '../events/compareEvents.ts';
import type { EventEntity, TimelineEvent } from '../events/types.ts';
import type { TimelineData } from './timeline.svelte.ts';

export function mergeTimelineData(current: TimelineData, added: TimelineData): TimelineData {
  if (!added.documents.length && !added.problems.length) return current;
  return {
    ...current,
    documents: [...current.documents, ...added.documents],
    events: mergeInTimeOrder(current.events, freeIds(added.events, current.events, (e) => e.id, (e, id) => ({ ...e, id }))),
    problems: [...current.problems, ...freeIds(newProblems(current.problems, added.problems), current.problems, (p) => p.name, (p, name): DocumentProblem => ({ ...p, name }))],
    undated: [...(current.undated ?? []), ...freeIds(added.undated ?? [], current.undated ?? [], (u) => u.id, (u, id) => ({ ...u, id }))],
    entities: mergeEntities(current.entities ?? [], added.entities ?? []),
  };
}

/** The same file refused twice for the same reason is listed once. */
function newProblems(current: readonly DocumentProblem[], added: readonly DocumentProblem[]): DocumentProblem[] {
  const known = new Set(current.map((p) => `${p.name}\n${p.message}`));
  return added.filter((p) => !known.has(`${p.name}\n${p.message}`));
}

/** Each item keyed on a key no existing item (nor an earlier new one) has: itself, or with `-2`, `-3`… appended. */
function freeIds<T>(items: readonly T[], existing: readonly T[], key: (item: T) => string, rekey: (item: T, key: string) => T): T[] {
  const taken = new Set(existing.map(key));
  return items.map((item) => {
    const base = key(item);
    let free = base;
    for (let n = 2; taken.has(free); n++) free = `${base}-${n}`;
    taken.add(free);
    return free === base ? item : rekey(item, free);
  });
}

/** Both lists are in time order already: one merge pass keeps them so, the existing event first on a tie. */
export function mergeInTimeOrder(a: readonly TimelineEvent[], b: readonly TimelineEvent[]): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareEvents(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Entities with the same id (kind and name) are one: their aliases and mentions are joined. Sorted by name, as built. */
export function mergeEntities(current: readonly EventEntity[], added: readonly EventEntity[]): EventEntity[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  for (const entity of added) {
    const known = byId.get(entity.id);
    if (!known) {
      byId.set(entity.id, entity);
      continue;
    }
    const aliases = [...new Set([...(known.aliases ?? []), ...(entity.aliases ?? [])])].sort();
    const mentions = [...(known.mentions ?? []), ...(entity.mentions ?? [])];
    byId.set(entity.id, { ...known, ...(aliases.length ? { aliases } : {}), ...(mentions.length ? { mentions } : {}) });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}
