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
  const words: string[] = [];
  let happening = false;
  for (const [stem, k] of a.keywords) {
    const other = b.keywords.get(stem);
    if (!other) continue;
    words.push(k.word);
    happening ||= k.happening && other.happening;
  }
  // Sharing the story's topic ("bomb", "embassy") is not enough: at least one shared word must say what happened.
  if (!happening) return undefined;
  const participants = (a.event.participants ?? []).filter((p) => b.event.participants?.includes(p));
  const sameDocument = sa.docId === sb.docId;
  const needed = sameDocument ? (a.anaphoric || b.anaphoric ? options.wordsForBackReference : options.wordsInOneDocument) : participants.length > 0 ? options.wordsWithParticipant : options.wordsAlone;
  const enough = words.length >= needed;
  return enough ? { dates, participants, words } : undefined;
}

// Bounds on the work for each event, both well above what real documents need (the 183 TimeBank articles read as one
// collection compare an event with at most 145 later ones and link it to at most 9). Without them, a text that
// mentions one date thousands of times takes time and memory in the square of its mentions; past them, links are
// counted among the nearest events only, which may change which passage leads a group.
/** Later events each event is compared with, nearest first. */
const maxCandidates = 200;
/** Later events each event is linked to. */
const maxLinks = 50;

/** How many shared names and words a reason shows. */
const reasonNames = 5;
const reasonWords = 6;

/**
 * What some links say, for a reason: every date relation, and the first names and words in the order met. A reason
 * shows only the first few, so only those are kept, however many passages a group has.
 */
class LinkSummary {
  readonly dates = new Set<string>();
  readonly participants = new Set<string>();
  readonly words = new Set<string>();

  add(dates: Iterable<string>, participants: Iterable<string>, words: Iterable<string>): void {
    for (const d of dates) this.dates.add(d);
    addFirst(this.participants, participants, reasonNames);
    addFirst(this.words, words, reasonWords);
  }
}

function addFirst(kept: Set<string>, xs: Iterable<string>, limit: number): void {
  for (const x of xs) {
    if (kept.size >= limit) return;
    kept.add(x);
  }
}

/** Union-find over event indices: `find` gives a group's root, halving paths so that long chains stay cheap. */
function createGroups(size: number) {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  return { find, join: (root: number, other: number) => void (parent[other] = root) };
}

/**
 * Links the events (sorted by `compareEvents`) that tell one happening: their groups, how many links each event
 * has, and a summary of the links, kept by the earlier event of each pair (the order a reason lists them in).
 */
function linkEvents(order: readonly ReadEvent[], options: MergeOptions) {
  const { find, join } = createGroups(order.length);
  const degree = order.map(() => 0);
  const summaries = new Map<number, LinkSummary>();
  // A group holds at most one day: otherwise "last week" would chain Friday's bombing to Saturday's funeral.
  const dayOf = (e: TimelineEvent) => (fine.has(e.granularity) ? Math.floor(e.start / 86_400_000) : undefined);
  const days = order.map((r) => new Set([dayOf(r.event)].filter((d) => d !== undefined)));
  // …and at most one agent: "Cyprus condemned" and "Iran condemned" stay apart even when both match a third passage.
  const agents = order.map((r) => new Set(r.agent ? [r.agent] : []));
  for (let i = 0; i < order.length; i++) {
    const a = order[i]!;
    // A range matches no other event (see compatibleDates).
    if (a.event.range) continue;
    const last = Math.min(order.length, i + 1 + maxCandidates);
    let linked = 0;
    // Only events that overlap in time can be compatible: sorted by start, the inner loop stops at the first that starts later.
    for (let j = i + 1; j < last && linked < maxLinks && order[j]!.event.start < a.event.end; j++) {
      // Only a day, week or month holds other events; any other event matches only those of its own dates, which sort right after it.
      if (!coarse.has(a.event.granularity) && !sameDates(a.event, order[j]!.event)) break;
      const link = linkOf(a, order[j]!, options);
      if (!link) continue;
      const [ri, rj] = [find(i), find(j)];
      if (ri !== rj) {
        const both = new Set([...days[ri]!, ...days[rj]!]);
        const who = new Set([...agents[ri]!, ...agents[rj]!]);
        if (both.size > 1 || who.size > 1) continue;
        join(ri, rj);
        days[ri] = both;
        agents[ri] = who;
      }
      if (!summaries.has(i)) summaries.set(i, new LinkSummary());
      summaries.get(i)!.add([link.dates], link.participants, link.words);
      linked++;
      degree[i]!++;
      degree[j]!++;
    }
  }
  return { find, degree, summaries };
}

const sameDates = (a: TimelineEvent, b: TimelineEvent) => a.start === b.start && a.end === b.end;

/** Merges the events read from all documents; `nameOf` turns entity ids into names for the reasons. */
export function mergeEvents(read: readonly ReadEvent[], nameOf: (id: string) => string = (id) => id, options: MergeOptions = defaultMergeOptions): TimelineEvent[] {
  const order = [...read].sort((x, y) => compareEvents(x.event, y.event));
  const { find, degree, summaries } = linkEvents(order, options);
  const groups = new Map<number, number[]>();
  order.forEach((_, i) => {
    const members = groups.get(find(i));
    if (members) members.push(i);
    else groups.set(find(i), [i]);
  });
  const merged: TimelineEvent[] = [];
  for (const members of groups.values()) {
    if (members.length === 1) { merged.push(order[members[0]!]!.event); continue; }
    // The passage linked to most others speaks for the group (the earliest, among equals).
    const lead = members.reduce((best, i) => (degree[i]! > degree[best]! ? i : best));
    const parts = [lead, ...members.filter((i) => i !== lead)].map((i) => order[i]!.event);
    const summary = new LinkSummary();
    for (const own of members.map((i) => summaries.get(i))) if (own) summary.add(own.dates, own.participants, own.words);
    merged.push(combineEvents(parts, reasonOf(parts.length, summary, nameOf)));
  }
  return merged.sort(compareEvents);
}

function reasonOf(count: number, summary: LinkSummary, nameOf: (id: string) => string): string {
  const names = [...summary.participants].map(nameOf);
  const words = [...summary.words];
  return [
    `${count} passages report it`,
    [...summary.dates].join(', '),
    ...(names.length ? [`shared names: ${names.join(', ')}`] : []),
    ...(words.length ? [`shared words: ${words.join(', ')}`] : []),
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
