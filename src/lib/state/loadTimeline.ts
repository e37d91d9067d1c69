import { readTimeline } from './readTimeline.ts';
import type { TimelineData } from './timeline.svelte.ts';

/** Reads the body of `url` as text; the browser's fetch by default, a fake in tests. */
export type FetchText = (url: string) => Promise<{ readonly ok: boolean; readonly status: number; readonly statusText: string; text(): Promise<string> }>;

/** Why a timeline could not be loaded, in words meant for the page. */
export class TimelineLoadError extends Error {
  override name = 'TimelineLoadError';
}

/** Errors of a bad file shown at most; the rest are counted. */
const shownErrors = 3;

/**
 * Loads a timeline file (our JSON format or TimelineJS3's, read by `readTimeline`) from `url`, for `?src=` and the embed. Every failure (the
 * address cannot be reached, the server refuses, the body is not a valid timeline) rejects with a `TimelineLoadError`
 * whose message names the address and says what went wrong.
 */
export async function loadTimeline(url: string, fetchText: FetchText = (u) => fetch(u)): Promise<TimelineData> {
  const fail = (reason: string) => new TimelineLoadError(`Could not load the timeline from ${url}: ${reason}`);
  let response: Awaited<ReturnType<FetchText>>;
  let text: string;
  try {
    response = await fetchText(url);
    text = response.ok ? await response.text() : '';
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fail(`the address could not be reached (${detail}). Check the address, and that its server allows other sites to read it (CORS).`);
  }
  if (!response.ok) throw fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fail(`it is not a valid timeline file: the file is not JSON: ${error instanceof Error ? error.message : String(error)}.`);
  }
  const result = readTimeline(parsed, new URL(url, 'http://x.invalid/').pathname.split('/').pop() || 'timeline');
  if (!result.ok) {
    const more = result.errors.length > shownErrors ? `; and ${result.errors.length - shownErrors} more` : '';
    throw fail(`it is not a valid timeline file: ${result.errors.slice(0, shownErrors).join('; ')}${more}.`);
  }
  return result.data;
}
