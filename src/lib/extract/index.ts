/** Public API of the temporal tagger. Pure: no DOM, no clock. */
import { runPipeline } from './pipeline.ts';
import type { TagOptions, Timex } from './types.ts';

export type { Timex, TagOptions, TimexType, TimexMod, Granularity, Interval } from './types.ts';
export { valueToInterval, type Placement } from './valueToInterval.ts';

/**
 * Finds the time expressions in `text`, sorted by start and non-overlapping, with TIMEX3 values resolved against
 * `options.dct` (or the narrative's own dates when the document is a history).
 */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  return runPipeline(text, options);
}
