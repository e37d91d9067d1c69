import { TimelineStreamReader } from './timelineStreamReader.ts';
import type { TimelineData } from './timeline.svelte.ts';

/** What `loadTimeline` needs of a fetch response: the body as a stream where there is one, else as text. */
export interface FetchedBody {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/** Fetches `url`; the browser's fetch by default, a fake in tests. */
export type FetchText = (url: string) => Promise<FetchedBody>;

/** Why a timeline could not be loaded, in words meant for the page. */
export class TimelineLoadError extends Error {
  override name = 'TimelineLoadError';
}

/** How far a load has got: bytes of the body read, and events of our own format already checked and read. */
export interface LoadProgress {
  readonly bytes: number;
  readonly events: number;
}

/** One formatter for every update: `toLocaleString` builds a new one per call, and a large file reports hundreds. */
const count = new Intl.NumberFormat('en');

/** The progress as the loading message shows it: "12.3 MB read, 25,000 events". */
export function describeProgress({ bytes, events }: LoadProgress): string {
  const size = bytes < 1e6 ? `${count.format(Math.round(bytes / 1e3))} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
  return `${size} read${events ? `, ${count.format(events)} event${events === 1 ? '' : 's'}` : ''}`;
}

/** Errors of a bad file shown at most; the rest are counted. */
const shownErrors = 3;

/**
 * Loads a timeline file (our JSON format, TimelineJS3's, or CSV: `openTimelineFile`) from `url`, for `?src=` and
 * the embed. The body is read as it arrives, so a large file is mostly parsed and checked by the time its last byte
 * comes. Every failure (the address cannot be reached, the server refuses, the body is not a valid timeline) rejects
 * with a `TimelineLoadError` whose message names the address and says what went wrong.
 *
 * `onProgress` hears of the first piece, then at most once per `progressEvery` ms, and of the complete body: a large
 * file arrives in hundreds of pieces, and a page that redrew its message for each took a tenth of a second longer to
 * show 100,000 events.
 */
export async function loadTimeline(
  url: string,
  fetchText: FetchText = (u) => fetch(u),
  onProgress?: (progress: LoadProgress) => void,
  progressEvery = 100,
): Promise<TimelineData> {
  const fail = (reason: string) => new TimelineLoadError(`Could not load the timeline from ${url}: ${reason}`);
  const reader = new TimelineStreamReader(new URL(url, 'http://x.invalid/').pathname.split('/').pop() || 'timeline');
  let response: FetchedBody;
  let wholeText = () => '';
  try {
    response = await fetchText(url);
    let bytes = 0;
    let reportedAt = -Infinity;
    if (response.ok) {
      wholeText = await readBody(response, (piece, size, last) => {
        reader.push(piece);
        bytes += size;
        if (!onProgress) return;
        const now = performance.now();
        if (last || now - reportedAt >= progressEvery) {
          reportedAt = now;
          onProgress({ bytes, events: reader.eventsRead });
        }
      });
    }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fail(`the address could not be reached (${detail}). Check the address, and that its server allows other sites to read it (CORS).`);
  }
  if (!response.ok) throw fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`);
  mark('timeline:fetched');
  const result = reader.finish(wholeText);
  if (!result.ok) {
    const more = result.errors.length > shownErrors ? `; and ${result.errors.length - shownErrors} more` : '';
    throw fail(`it is not a valid timeline file: ${result.errors.slice(0, shownErrors).join('; ')}${more}.`);
  }
  mark('timeline:data-loaded');
  return result.data;
}

/**
 * Hands the body over as text, piece by piece as it arrives (UTF-8, as `Response.text()` reads it), with its size in
 * bytes; `last` marks the final piece. Resolves to a function that gives the whole text again: the body's bytes are
 * kept for it, outside the JavaScript heap, rather than the pieces' strings.
 */
async function readBody(response: FetchedBody, take: (piece: string, bytes: number, last: boolean) => void): Promise<() => string> {
  if (!response.body) {
    const text = await response.text();
    take(text, text.length, true);
    return () => text;
  }
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    take(decoder.decode(value, { stream: true }), value.byteLength, false);
  }
  take(decoder.decode(), 0, true);
  return () => {
    const again = new TextDecoder();
    return chunks.map((chunk) => again.decode(chunk, { stream: true })).join('') + again.decode();
  };
}

/** Milestones of a load, read by the view benchmark; a no-op where there is no Performance API. */
function mark(name: string): void {
  globalThis.performance?.mark?.(name);
}
