import type { JsonCheckerOptions } from './jsonChecker.ts';
import { TimelineFileChecker, type ValidationResult } from './timelineFileChecker.ts';

export type { ValidationResult } from './timelineFileChecker.ts';

/** Checks that a parsed JSON value is a timeline file of version 1 or 2; every message starts with the JSON path of the bad value. */
export function validateTimelineFile(input: unknown, options?: JsonCheckerOptions): ValidationResult {
  return new TimelineFileChecker(options).finish(input);
}
