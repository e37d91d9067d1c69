/**
 * Work a person did in the page (documents added, a file opened, events corrected) kept across reloads: what it was
 * based on, whether saved work may be restored on top of what was loaded, and what the notice says about it. Pure but
 * for the store it is handed.
 */
import type { SourceDocument } from '../documents/parseDocument.ts';
import { jsonPieces } from '../formats/exportJson.ts';
import type { PortableEvent, Timeline, UndatedMention } from '../formats/timelineFile.ts';
import { readTimeline } from './readTimeline.ts';
import type { TimelineData } from './timeline.svelte.ts';
import type { SavedWork, WorkStore } from './workStore.ts';

/** What the loaded timeline came from: a `?src=` address (absolute), or the seeds bundled with this build. */
export type WorkBase = { readonly src: string } | { readonly seeds: TimelineData };

/** The store key of a base. The seeds have one key whatever their fingerprint, so older work is found and offered. */
export function workBaseKey(base: WorkBase): string {
  return 'src' in base ? `src:${base.src}` : 'seeds';
}

/**
 * A short hash of the seed documents (ids, dates and texts, in id order), so that work saved against an older build
 * is not mixed with newer seeds. FNV-1a: not for security, only to notice a change.
 */
export function seedsFingerprint(documents: readonly SourceDocument[]): string {
  const sorted = [...documents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let hash = 0x811c9dc5;
  for (const d of sorted) {
    for (const part of [d.id, d.dct ?? '', d.title ?? '', d.text]) {
      for (let i = 0; i < part.length; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
      hash = Math.imul(hash ^ 0, 0x01000193); // a separator, so that "ab"+"c" and "a"+"bc" differ
    }
  }
  return `${sorted.length}-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * The timeline as our JSON file in a Blob, made a piece at a time with `await pause()` between pieces (`jsonPieces`),
 * so that neither the writing nor the storing of a large timeline holds up the page.
 */
export async function timelineBlob(timeline: Timeline, pause?: () => Promise<void>, slice?: number): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const piece of jsonPieces(timeline, pause, slice)) parts.push(new Blob([piece]));
  return new Blob(parts, { type: 'application/json' });
}

/** The record to store for the timeline shown, `json` being it in our format. */
export function savedWorkOf(base: WorkBase, json: string | Blob, savedAt: number): SavedWork {
  return { base: workBaseKey(base), ...('seeds' in base ? { fingerprint: seedsFingerprint(base.seeds.documents) } : {}), savedAt, json };
}

/** What saved work means for the timeline loaded from `base`. */
export type SavedWorkFound =
  | { readonly kind: 'none' }
  /** Made on this base: to be shown in place of what was loaded. */
  | { readonly kind: 'restore'; readonly work: SavedWork; readonly data: TimelineData }
  /** Made on other seeds, or unreadable: not shown, but offered for download so nothing is lost. */
  | { readonly kind: 'stale'; readonly work: SavedWork; readonly reason: string };

/** Looks saved work up; a store that fails counts as holding none, as the page works without it. */
export async function findSavedWork(store: WorkStore, base: WorkBase, loaded: TimelineData): Promise<SavedWorkFound> {
  const work = await store.get(workBaseKey(base)).catch(() => undefined);
  if (!work) return { kind: 'none' };
  if ('seeds' in base && work.fingerprint !== seedsFingerprint(base.seeds.documents)) {
    return { kind: 'stale', work, reason: 'they were made on an older version of the bundled documents' };
  }
  let value: unknown;
  try {
    value = JSON.parse(typeof work.json === 'string' ? work.json : await work.json.text());
  } catch {
    return { kind: 'stale', work, reason: 'they could not be read back' };
  }
  const read = readTimeline(value, 'saved work');
  if (!read.ok) return { kind: 'stale', work, reason: `they could not be read back (${read.errors[0] ?? 'not a timeline'})` };
  // Problems with files are not part of the file format: the loaded ones still apply while its documents are there.
  const keepsBase = loaded.documents.some((d) => read.data.documents.some((s) => s.id === d.id));
  return { kind: 'restore', work, data: keepsBase ? { ...read.data, problems: loaded.problems } : read.data };
}

/** "26 Nov, 14:05"; `timeZone` is for tests. */
export function formatSavedAt(savedAt: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(timeZone ? { timeZone } : {}) })
    .formatToParts(new Date(savedAt));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')}, ${part('hour')}:${part('minute')}`;
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** How the restored timeline differs from the loaded one, counted by what a person did. */
export function countChanges(restored: TimelineData, loaded: TimelineData) {
  const loadedDocs = new Set(loaded.documents.map((d) => d.id));
  const loadedEvents = new Map<string, PortableEvent>(loaded.events.map((e) => [e.id, e]));
  const loadedRemoved = new Set((loaded.undated ?? []).filter((u: UndatedMention) => u.correction?.removed).map((u) => u.id));
  const corrected = restored.events.filter((e: PortableEvent) => {
    const before = loadedEvents.get(e.id);
    return e.correction && (!before || before.value !== e.value || before.mod !== e.mod || before.title !== e.title);
  });
  return {
    replaced: loaded.documents.length > 0 && !restored.documents.some((d) => loadedDocs.has(d.id)),
    added: restored.documents.filter((d) => !loadedDocs.has(d.id)).length,
    corrected: corrected.length,
    removed: (restored.undated ?? []).filter((u: UndatedMention) => u.correction?.removed && !loadedRemoved.has(u.id)).length,
    /** Steps of the presenter's story, when it is not the one loaded; undefined when it is. */
    story: sameStory(restored, loaded) ? undefined : (restored.story?.steps.length ?? 0),
  };
}

function sameStory(a: TimelineData, b: TimelineData): boolean {
  const [x, y] = [a.story?.steps ?? [], b.story?.steps ?? []];
  return x.length === y.length && x.every((step, i) => step.eventId === y[i]!.eventId && (step.note ?? '') === (y[i]!.note ?? ''));
}

/** The notice shown once saved work is restored: when it was saved and what it holds. */
export function describeRestored(found: Extract<SavedWorkFound, { kind: 'restore' }>, loaded: TimelineData, timeZone?: string): string {
  const when = formatSavedAt(found.work.savedAt, timeZone);
  const changes = countChanges(found.data, loaded);
  if (changes.replaced) {
    return `Restored the timeline you opened, as you left it on ${when}: ${count(found.data.documents.length, 'document')}, ${count(found.data.events.length, 'event')}.`;
  }
  const parts = [
    ...(changes.added ? [`${count(changes.added, 'document')} added`] : []),
    ...(changes.corrected ? [`${count(changes.corrected, 'event')} corrected`] : []),
    ...(changes.removed ? [`${count(changes.removed, 'event')} removed`] : []),
    // A story of no steps is one taken back to plain time order.
    ...(changes.story === undefined ? [] : [changes.story ? `a story of ${count(changes.story, 'step')}` : 'the story back in time order']),
  ];
  return `Restored your changes from ${when}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

/** The notice for saved work that is not restored. */
export function describeStale(found: Extract<SavedWorkFound, { kind: 'stale' }>, timeZone?: string): string {
  return `Changes you saved on ${formatSavedAt(found.work.savedAt, timeZone)} are not shown: ${found.reason}.`;
}

/** A file name for saved work downloaded as a file: `timeline-saved-2024-11-26.json`. */
export function savedWorkFileName(work: SavedWork): string {
  return `timeline-saved-${new Date(work.savedAt).toISOString().slice(0, 10)}.json`;
}
