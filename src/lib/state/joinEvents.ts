/**
 * Joins found by `findJoins` carried out on the timeline shown: the timeline's event takes the passages of the added
 * events that report it, keeping its own date, title and id (so a selection, a story step or a link to it stays),
 * and those added events are not added on their own. A join is skipped where it is not clear-cut: when its passages
 * are spread over several of the timeline's events, or when a person corrected the event (their date and title
 * stand, and the new passage is better seen beside it than folded into it).
 */
import { combineEvents } from '../events/mergeEvents.ts';
import { passageKey, type EventJoin } from '../events/eventJoin.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { PortableEvent } from '../formats/timelineFile.ts';

export interface JoinedEvents {
  /** The timeline's events, those that took new passages replaced in place. */
  readonly events: readonly TimelineEvent[];
  /** The added events that are still events of their own. */
  readonly added: readonly TimelineEvent[];
}

export function joinEvents(events: readonly PortableEvent[], added: readonly TimelineEvent[], joins: readonly EventJoin[]): JoinedEvents {
  if (!joins.length) return { events, added };
  const byPassage = new Map<string, PortableEvent>();
  for (const e of events) for (const s of e.sources) byPassage.set(passageKey(s), e);
  const replaced = new Map<TimelineEvent, TimelineEvent>();
  const taken = new Set<TimelineEvent>();
  for (const join of joins) {
    const targets = new Set(join.existing.map((k) => byPassage.get(k)).filter((e) => e !== undefined));
    const [target] = targets;
    if (targets.size !== 1 || !target || target.correction || replaced.has(target)) continue;
    const keys = new Set(join.added);
    const joining = added.filter((e) => !taken.has(e) && e.sources.every((s) => keys.has(passageKey(s))));
    if (!joining.length) continue;
    for (const e of joining) taken.add(e);
    replaced.set(target, combineEvents([target, ...joining], join.reason));
  }
  return {
    events: replaced.size ? events.map((e) => replaced.get(e) ?? e) : events,
    added: taken.size ? added.filter((e) => !taken.has(e)) : added,
  };
}
