/**
 * One happening, many passages: events whose dates are compatible (the same day, or a day inside a month or week)
 * and whose participants or key words overlap are merged into one event with several sources. Every merge says why
 * in `merge.reason`, and keeps the events as read in `parts` so that `splitEvent` can undo it.
 */
import type { ReadEvent } from './readDocument.ts';
import { compareEvents } from './compareEvents.ts';
import type { TimelineEvent } from './types.ts';

export interface MergeOptions {
  /** Key words two events must share when they share no participant. */
  readonly wordsAlone: number;
  /** Key words two events must share besides at least one participant. */
  readonly wordsWithParticipant: number;
  /** Key words two events of the same document must share. */
  readonly wordsInOneDocument: number;
  /** …when one of them points back at a noun ("Wednesday's call" after "a phone call Wednesday"). */
  readonly wordsForBackReference: number;
}

export const defaultMergeOptions: MergeOptions = { wordsAlone: 3, wordsWithParticipant: 2, wordsInOneDocument: 2, wordsForBackReference: 1 };

const fine = new Set(['day', 'part-of-day', 'hour', 'minute', 'second']);
const coarse = new Set(['day', 'week', 'month']);

/** Why two events can be on the same date, or undefined when they cannot. */
export function compatibleDates(a: TimelineEvent, b: TimelineEvent): string | undefined {
  if (a.range || b.range) return undefined;
  if (a.start === b.start && a.end === b.end) return a.value === b.value ? `same ${a.granularity} (${a.value})` : `same dates (${a.value}, ${b.value})`;
  const [inner, outer] = a.end - a.start < b.end - b.start ? [a, b] : [b, a];
  if (fine.has(inner.granularity) && coarse.has(outer.granularity) && inner.granularity !== outer.granularity &&
      outer.start <= inner.start && inner.end <= outer.end) {
    return `${inner.value} falls in ${outer.value}`;
  }
  return undefined;
}

interface Link {
  readonly dates: string;
  readonly participants: readonly string[];
  readonly words: readonly string[];
}

function linkOf(a: ReadEvent, b: ReadEvent, options: MergeOptions): Link | undefined {
  const sa = a.event.sources[0];
  const sb = b.event.sources[0];
  // Two dates in one sentence are two events.
  if (sa.docId === sb.docId && sa.sentence.start === sb.sentence.start) return undefined;
  if (a.agent && b.agent && a.agent !== b.agent) return undefined;
  const dates = compatibleDates(a.event, b.event);
  if (!dates) return undefined;
  const participants = (a.event.participants ?? []).filter((p) => b.event.participants?.includes(p));
  const shared = [...a.keywords].filter(([stem]) => b.keywords.has(stem));
  // Sharing the story's topic ("bomb", "embassy") is not enough: at least one shared word must say what happened.
  if (!shared.some(([stem, k]) => k.happening && b.keywords.get(stem)?.happening)) return undefined;
  const words = shared.map(([, k]) => k.word);
  const sameDocument = sa.docId === sb.docId;
  const needed = sameDocument ? (a.anaphoric || b.anaphoric ? options.wordsForBackReference : options.wordsInOneDocument) : participants.length > 0 ? options.wordsWithParticipant : options.wordsAlone;
  const enough = words.length >= needed;
  return enough ? { dates, participants, words } : undefined;
}

/** Merges the events read from all documents; `nameOf` turns entity ids into names for the reasons. */
export function mergeEvents(read: readonly ReadEvent[], nameOf: (id: string) => string = (id) => id, options: MergeOptions = defaultMergeOptions): TimelineEvent[] {
  const order = [...read].sort((x, y) => compareEvents(x.event, y.event));
  const parent = order.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const links = new Map<number, Link[]>();
  const degree = order.map(() => 0);
  // A group holds at most one day: otherwise "last week" would chain Friday's bombing to Saturday's funeral.
  const dayOf = (e: TimelineEvent) => (fine.has(e.granularity) ? Math.floor(e.start / 86_400_000) : undefined);
  const days = order.map((r) => new Set([dayOf(r.event)].filter((d) => d !== undefined)));
  // …and at most one agent: "Cyprus condemned" and "Iran condemned" stay apart even when both match a third passage.
  const agents = order.map((r) => new Set(r.agent ? [r.agent] : []));
  // Only events that overlap in time can be compatible: sorted by start, the inner loop stops at the first that starts later.
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    for (let j = i + 1; j < order.length && order[j]!.event.start < a.event.end; j++) {
      const link = linkOf(a, order[j]!, options);
      if (!link) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri !== rj) {
        const both = new Set([...days[ri]!, ...days[rj]!]);
        const who = new Set([...agents[ri]!, ...agents[rj]!]);
        if (both.size > 1 || who.size > 1) continue;
        parent[rj] = ri;
        days[ri] = both;
        agents[ri] = who;
      }
      const list = links.get(i) ?? [];
      list.push(link);
      links.set(i, list);
      degree[i]!++;
      degree[j]!++;
    }
  }
  const groups = new Map<number, number[]>();
  order.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  const merged: TimelineEvent[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) { merged.push(order[members[0]!]!.event); continue; }
    // The passage linked to most others speaks for the group.
    const central = [...members].sort((x, y) => degree[y]! - degree[x]! || x - y);
    const parts = central.map((i) => order[i]!.event);
    const groupLinks = members.flatMap((i) => links.get(i) ?? []);
    merged.push(combineEvents(parts, reasonOf(parts.length, groupLinks, nameOf)));
  }
  return merged.sort(compareEvents);
}

function reasonOf(count: number, links: readonly Link[], nameOf: (id: string) => string): string {
  const unique = (xs: readonly string[]) => [...new Set(xs)];
  const dates = unique(links.map((l) => l.dates));
  const names = unique(links.flatMap((l) => l.participants)).map(nameOf);
  const words = unique(links.flatMap((l) => l.words));
  return [
    `${count} passages report it`,
    dates.join(', '),
    ...(names.length ? [`shared names: ${names.slice(0, 5).join(', ')}`] : []),
    ...(words.length ? [`shared words: ${words.slice(0, 6).join(', ')}`] : []),
  ].join('; ');
}

/**
 * One event from several: the first part gives the date and the title, every part gives its sources and
 * participants.
 */
export function combineEvents(parts: readonly TimelineEvent[], reason: string): TimelineEvent {
  const flat = parts.flatMap((p) => p.parts ?? [p]);
  const lead = flat[0]!;
  const rest = flat.filter((p) => p !== lead).sort(compareEvents);
  const all = [lead, ...rest];
  const participants = [...new Set(all.flatMap((p) => p.participants ?? []))];
  const { parts: _parts, merge: _merge, participants: _participants, ...base } = lead;
  return {
    ...base,
    sources: [lead.sources[0], ...rest.map((p) => p.sources[0])],
    ...(participants.length ? { participants } : {}),
    merge: { reason },
    parts: all,
  };
}
