/**
 * The postMessage protocol between a page and the timeline in an iframe. Pure: validation and construction only;
 * the app wires it to `window`. Every message carries `type: "passage-timeline"`, so other traffic on the page's
 * message channel is ignored, and anything malformed is dropped rather than half-obeyed.
 *
 * page → timeline:  { type, command: "focusEvent", id }  |  { type, command: "setRange", start, end }
 * timeline → page:  { type, event: "ready" | "loaderror" | "eventselect" | "rangechange", detail }
 */
import { parseInstant } from '../share/viewState.ts';

export const messageType = 'passage-timeline';

export type EmbedCommand =
  | { readonly command: 'focusEvent'; readonly id: string }
  | { readonly command: 'setRange'; readonly start: number; readonly end: number };

export interface EventSelectDetail {
  readonly id: string;
  readonly value: string;
  readonly title: string;
}

/** A timeline has loaded, with this many events. */
export interface ReadyDetail {
  readonly events: number;
}

export interface RangeChangeDetail {
  /** ISO 8601 instants, as a page would write them back in setRange. */
  readonly start: string;
  readonly end: string;
}

export type EmbedNotice =
  | { readonly type: typeof messageType; readonly event: 'ready'; readonly detail: ReadyDetail }
  | { readonly type: typeof messageType; readonly event: 'loaderror'; readonly detail: { readonly message: string } }
  | { readonly type: typeof messageType; readonly event: 'eventselect'; readonly detail: EventSelectDetail | null }
  | { readonly type: typeof messageType; readonly event: 'rangechange'; readonly detail: RangeChangeDetail };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** An instant given as epoch ms or as an ISO date string. */
function instant(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  return typeof x === 'string' ? parseInstant(x.replace(/\.\d+Z$/, 'Z')) : undefined;
}

/** The command in a message's data, or undefined when it is not one of ours or is malformed. */
export function parseCommand(data: unknown): EmbedCommand | undefined {
  if (!isRecord(data) || data.type !== messageType) return undefined;
  if (data.command === 'focusEvent') {
    return typeof data.id === 'string' && data.id.length > 0 && data.id.length < 1000 ? { command: 'focusEvent', id: data.id } : undefined;
  }
  if (data.command === 'setRange') {
    const start = instant(data.start);
    const end = instant(data.end);
    return start !== undefined && end !== undefined && start < end ? { command: 'setRange', start, end } : undefined;
  }
  return undefined;
}

/**
 * Whether a message from `origin` may command the timeline. `allowed` lists origins (`https://news.example`), or
 * holds `*` to accept any; an empty list accepts only the timeline's own origin.
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[], ownOrigin: string): boolean {
  if (origin === ownOrigin) return true;
  return allowed.includes('*') || allowed.includes(origin);
}

/**
 * Where the timeline's notices are posted. When the parent page's origin is known (`location.ancestorOrigins`, in
 * Chromium and WebKit), to it alone and only if it is allowed: Chromium logs a warning in the page's console for
 * every post to another origin. Otherwise to each allowed origin (the own origin when none are listed, any with
 * `*`), and the browser drops those that are not the parent's.
 */
export function noticeTargets(allowed: readonly string[], ownOrigin: string, parentOrigin?: string): string[] {
  if (parentOrigin === undefined) return allowed.includes('*') ? ['*'] : allowed.length ? [...allowed] : [ownOrigin];
  if (!isAllowedOrigin(parentOrigin, allowed, ownOrigin)) return [];
  // A sandboxed parent's origin is opaque ("null"), which only `*` reaches.
  return [parentOrigin === 'null' ? '*' : parentOrigin];
}

/** The origins named in an `origins` option: comma-separated, each reduced to scheme://host[:port]; junk dropped. */
export function parseOrigins(option: string | undefined): string[] {
  if (!option) return [];
  return option
    .split(',')
    .map((s) => s.trim())
    .flatMap((s) => {
      if (s === '*') return ['*'];
      try {
        const url = new URL(s);
        return url.protocol === 'http:' || url.protocol === 'https:' ? [url.origin] : [];
      } catch {
        return [];
      }
    });
}

export function notice<E extends EmbedNotice['event']>(event: E, detail: Extract<EmbedNotice, { event: E }>['detail']): EmbedNotice {
  return { type: messageType, event, detail } as EmbedNotice;
}
