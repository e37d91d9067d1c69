import type { Granularity } from '../extract/types.ts';

/** How events are split into tracks (horizontal bands with their own lanes). */
export type LaneGrouping = 'none' | 'document' | 'participant' | 'precision';

export const defaults = {
  /** Most tracks shown; smaller groups beyond this share a last track named `otherName`. */
  maxTracks: 8,
  otherName: 'Other',
} as const;

export interface TrackPlan {
  /** Track names, top to bottom. */
  readonly names: readonly string[];
  /** Track of each item. */
  readonly trackOf: Uint16Array;
  /** Items on each track. */
  readonly counts: readonly number[];
}

const precisionOrder = ['Hours', 'Days', 'Weeks and months', 'Years', 'Decades and longer'] as const;

/** The precision group of a granularity, coarsest last. */
export function precisionGroup(granularity: Granularity): (typeof precisionOrder)[number] {
  switch (granularity) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'part-of-day':
      return 'Hours';
    case 'day':
      return 'Days';
    case 'week':
    case 'month':
    case 'season':
    case 'quarter':
    case 'half':
      return 'Weeks and months';
    case 'year':
      return 'Years';
    default:
      return 'Decades and longer';
  }
}

/**
 * Tracks from one group key per item. Groups are ordered by `order` (by name when not given); when there are more
 * than `maxTracks`, the largest keep their own track and the rest share the last one. A single group is one track.
 */
export function groupTracks(
  keys: readonly string[],
  options: { readonly maxTracks?: number; readonly otherName?: string; readonly order?: (a: string, b: string) => number } = {},
): TrackPlan {
  const { maxTracks, otherName, order = (a: string, b: string) => a.localeCompare(b) } = { ...defaults, ...options };
  const sizes = new Map<string, number>();
  for (const key of keys) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  let named = [...sizes.keys()];
  if (named.length > maxTracks) {
    const largest = new Set([...named].sort((a, b) => sizes.get(b)! - sizes.get(a)! || order(a, b)).slice(0, maxTracks - 1));
    named = named.filter((k) => largest.has(k));
  }
  named.sort(order);
  const trackOfKey = new Map(named.map((k, i) => [k, i]));
  const names = named.length < sizes.size ? [...named, otherName] : named;
  // A plain loop: `Uint16Array.from` with a mapping function takes the iterator path, several times slower at 100,000.
  const trackOf = new Uint16Array(keys.length);
  const counts = names.map(() => 0);
  for (let i = 0; i < keys.length; i++) counts[(trackOf[i] = trackOfKey.get(keys[i]!) ?? named.length)]!++;
  return { names, trackOf, counts };
}

/** Orders precision groups from finest to coarsest. */
export function comparePrecision(a: string, b: string): number {
  return precisionOrder.indexOf(a as (typeof precisionOrder)[number]) - precisionOrder.indexOf(b as (typeof precisionOrder)[number]);
}
