import { importTimelineJS, timelineOfFile, validateTimelineFile } from '../formats/index.ts';
import type { TimelineData } from './timeline.svelte.ts';

export type ReadResult = { readonly ok: true; readonly data: TimelineData } | { readonly ok: false; readonly errors: readonly string[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** TimelineJS3 files have `events` whose items carry `start_date`; ours say `format: "passage-timeline"`. */
function isTimelineJS(value: Record<string, unknown>): boolean {
  return value.format === undefined && Array.isArray(value.events) && value.events.some((e) => isRecord(e) && 'start_date' in e);
}

/**
 * A parsed JSON value as a timeline: our format (validated) or TimelineJS3's (its HTML reduced to text). The one
 * reader behind `?src=`, the embed's `src` attribute and its `data` property. Never throws.
 */
export function readTimeline(value: unknown, name = 'timeline'): ReadResult {
  if (!isRecord(value)) return { ok: false, errors: ['$: expected a timeline object'] };
  if (isTimelineJS(value)) {
    const result = importTimelineJS(JSON.stringify(value), { name });
    return result.ok ? { ok: true, data: { ...result.timeline, problems: [] } } : result;
  }
  const result = validateTimelineFile(value);
  if (!result.ok) return result;
  return { ok: true, data: { ...timelineOfFile(result.file, result.events), problems: [] } };
}
