/**
 * Synthetic timelines for the view benchmark and the browser tests: `count` events between 1900 and 2025, a share of
 * them packed into dense clusters, with 40-character titles and one source passage each. Seeded, so every run draws the
 * same data.
 */
import type { SourceDocument } from '../../src/lib/documents/parseDocument.ts';
import type { TimelineEvent } from '../../src/lib/events/types.ts';
import type { Granularity, TimexMod } from '../../src/lib/extract/types.ts';
import type { TimelineData } from '../../src/lib/state/timeline.svelte.ts';

export const defaults = {
  /** Seed of the pseudo-random numbers. */
  seed: 1,
  /** Documents the events are spread over (one track each when grouped by document). */
  documents: 12,
  /** First and last year of the dates. */
  fromYear: 1900,
  toYear: 2025,
  /** Share of the events that fall into dense clusters of a few days to a few months. */
  clustered: 0.5,
  clusters: 40,
  /** Length of every title, in characters. */
  titleLength: 40,
} as const;

export type SyntheticOptions = { readonly [K in keyof typeof defaults]?: number } & {
  /** A run of one-day events on consecutive days from `from` (epoch ms), titled "Burst event 1", "Burst event 2"…. */
  readonly burst?: { readonly from: number; readonly days: number };
};

const day = 864e5;
const words = ['council', 'treaty', 'harbour', 'strike', 'census', 'bridge', 'railway', 'senate', 'flood', 'summit'];
const verbs = ['opened', 'signed', 'closed', 'began', 'ended', 'voted', 'rebuilt', 'met', 'moved', 'won'];
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** mulberry32: a small, fast 32-bit generator; good enough to scatter test data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function utc(year: number, month = 0, date = 1, hour = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  d.setUTCHours(hour);
  return d.getTime();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar unit an event covers, and its TIMEX3 value and written form. */
function calendarEvent(t: number, granularity: Granularity) {
  const d = new Date(t);
  const [y, m, dd, h] = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours()];
  switch (granularity) {
    case 'hour':
      return { start: utc(y, m, dd, h), end: utc(y, m, dd, h + 1), value: `${y}-${pad(m + 1)}-${pad(dd)}T${pad(h)}`, text: `${h}:00 on ${dd} ${monthNames[m]} ${y}` };
    case 'month':
      return { start: utc(y, m), end: utc(y, m + 1), value: `${y}-${pad(m + 1)}`, text: `${monthNames[m]} ${y}` };
    case 'year':
      return { start: utc(y), end: utc(y + 1), value: String(y), text: String(y) };
    case 'decade': {
      const decade = Math.floor(y / 10) * 10;
      return { start: utc(decade), end: utc(decade + 10), value: String(decade / 10), text: `the ${decade}s` };
    }
    default:
      return { start: utc(y, m, dd), end: utc(y, m, dd + 1), value: `${y}-${pad(m + 1)}-${pad(dd)}`, text: `${dd} ${monthNames[m]} ${y}` };
  }
}

function pickGranularity(r: number): { granularity: Granularity; mod?: TimexMod } {
  if (r < 0.7) return { granularity: 'day' };
  if (r < 0.75) return { granularity: 'hour' };
  if (r < 0.86) return { granularity: 'month' };
  if (r < 0.9) return { granularity: 'month', mod: r < 0.88 ? 'APPROX' : 'START' };
  if (r < 0.96) return { granularity: 'year', ...(r < 0.93 ? { mod: 'MID' as const } : {}) };
  return { granularity: 'decade', ...(r < 0.98 ? { mod: 'END' as const } : {}) };
}

/** A title of exactly `length` characters: "The council signed the treaty and the …", cut or padded to fit. */
function titleOf(next: () => number, length: number): string {
  const pick = (list: readonly string[]) => list[Math.floor(next() * list.length)]!;
  let title = `The ${pick(words)} ${pick(verbs)} the ${pick(words)}`;
  while (title.length < length) title += ` and the ${pick(words)} ${pick(verbs)}`;
  return title.slice(0, length).trimEnd().padEnd(length, '.');
}

/** Builds the timeline: documents whose text holds each event's sentence, and the events in time order. */
export function syntheticTimeline(count: number, options: SyntheticOptions = {}): TimelineData {
  const { seed, documents: documentCount, fromYear, toYear, clustered, clusters, titleLength } = { ...defaults, ...options };
  const burst = options.burst;
  const next = random(seed);
  const from = utc(fromYear);
  const to = utc(toYear + 1);
  const centres = Array.from({ length: clusters }, () => ({ t: from + next() * (to - from), spread: day * (2 + next() * 120) }));
  const texts: string[][] = Array.from({ length: documentCount }, () => []);
  const offsets = new Array<number>(documentCount).fill(0);
  const events: TimelineEvent[] = [];
  const total = count + (burst?.days ?? 0);
  for (let i = 0; i < total; i++) {
    const inBurst = burst !== undefined && i >= count;
    let t: number;
    if (inBurst) {
      t = burst.from + (i - count) * day;
    } else if (next() < clustered) {
      const centre = centres[Math.floor(next() * clusters)]!;
      // Sum of three uniforms: a bell shape around the cluster's centre.
      t = centre.t + (next() + next() + next() - 1.5) * centre.spread;
    } else {
      t = from + next() * (to - from);
    }
    if (!inBurst) t = Math.min(to - day, Math.max(from, t));
    const { granularity, mod } = inBurst ? { granularity: 'day' as const, mod: undefined } : pickGranularity(next());
    const unit = calendarEvent(t, granularity);
    const docIndex = Math.floor(next() * documentCount);
    const docId = `synthetic-${pad(docIndex + 1)}`;
    const title = inBurst ? `Burst event ${i - count + 1}` : titleOf(next, titleLength);
    const sentence = `In ${unit.text}, ${title.charAt(0).toLowerCase()}${title.slice(1)}. `;
    const start = offsets[docIndex]!;
    texts[docIndex]!.push(sentence);
    offsets[docIndex] = start + sentence.length;
    events.push({
      id: `${docId}:${start + 3}`,
      value: unit.value,
      type: 'DATE',
      ...(mod ? { mod } : {}),
      granularity,
      start: unit.start,
      end: unit.end,
      title,
      sources: [
        {
          docId,
          timex: { start: start + 3, end: start + 3 + unit.text.length, text: unit.text },
          sentence: { start, end: start + sentence.length - 1, text: sentence.slice(0, -1) },
        },
      ],
    });
  }
  events.sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
  const docs: SourceDocument[] = texts.map((parts, i) => ({
    id: `synthetic-${pad(i + 1)}`,
    name: `synthetic-${pad(i + 1)}.txt`,
    title: `Synthetic chronicle ${i + 1}`,
    text: parts.join(''),
  }));
  return { documents: docs, events, problems: [] };
}
