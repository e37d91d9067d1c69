/**
 * The view as a URL: what is shown (source file, visible range, selected event, filters) and how (lanes, embed,
 * present, theme). `parseViewState` is the one place where URL strings become typed values; it never throws, and
 * says what it ignored. `formatViewState` writes the same parameters back in a fixed order, so equal views give equal
 * URLs.
 */
import type { LaneGrouping } from '../layout/groupTracks.ts';

export const themes = ['light', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];
/** The chart's lane groupings, as `lanes=` spells them. */
export const laneGroupings = ['none', 'document', 'participant', 'precision'] as const satisfies readonly LaneGrouping[];

export interface ViewState {
  /** URL of a timeline JSON to show instead of the bundled documents. */
  readonly src?: string;
  /** Visible range, epoch ms UTC; both or neither. */
  readonly range?: { readonly start: number; readonly end: number };
  /** Id of the selected event. */
  readonly event?: string;
  /** Text filter on titles and passages. */
  readonly query?: string;
  /** Entity ids an event must involve to be shown. */
  readonly participants?: readonly string[];
  /** How the chart's lanes group the events; absent or `none`: one track. */
  readonly grouping?: LaneGrouping;
  /** Chrome hidden: the app as an iframe embed. */
  readonly embed?: boolean;
  /** Presenter mode, at this step (0-based) of the story. */
  readonly present?: { readonly step: number };
  readonly theme?: Theme;
}

export interface ParsedViewState {
  readonly state: ViewState;
  /** One message per parameter that was present but unusable, naming it and its value. */
  readonly ignored: readonly string[];
}

const flag = (v: string) => v === '' || v === '1' || v === 'true';

/** Only http(s) addresses, absolute or relative to the page: no javascript:, data: or file: sources. */
function isHttpOrRelative(src: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(src, 'http://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

const instantPattern = /^([+-]?\d{1,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?$/;

/**
 * A date or date-time as people write them in URLs, read as UTC: `2024`, `2024-04`, `2024-04-03`, `2024-04-03T15:30`,
 * `-0500` (ISO 8601 astronomical years: 0 is 1 BCE). Undefined for anything else or an impossible date.
 */
export function parseInstant(text: string): number | undefined {
  const m = instantPattern.exec(text);
  if (!m) return undefined;
  const [year, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m.slice(1).map((p) => (p === undefined ? undefined : Number(p)));
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year!, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const roundTrips = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return roundTrips ? date.getTime() : undefined;
}

/** The shortest of those forms that gives the instant back (years outside 0-9999 in ISO's six-digit form). */
export function formatInstant(t: number): string {
  const iso = new Date(t).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, iso.indexOf('T'));
  if (iso.endsWith(':00.000Z')) return iso.slice(0, iso.lastIndexOf(':'));
  return iso.replace(/\.000Z$/, 'Z');
}

export function parseViewState(search: string | URLSearchParams): ParsedViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const ignored: string[] = [];
  const state: { -readonly [K in keyof ViewState]: ViewState[K] } = {};
  const get = (name: string) => params.get(name) ?? undefined;

  const src = get('src');
  if (src !== undefined) {
    if (isHttpOrRelative(src)) state.src = src;
    else ignored.push(`src="${src}" is not an http(s) or relative URL`);
  }
  const start = get('start');
  const end = get('end');
  if (start !== undefined || end !== undefined) {
    const s = start === undefined ? undefined : parseInstant(start);
    const e = end === undefined ? undefined : parseInstant(end);
    if (s === undefined || e === undefined) ignored.push(`start="${start ?? ''}" and end="${end ?? ''}" must both be dates like 2024-04-03`);
    else if (!(s < e)) ignored.push(`start="${start}" must be before end="${end}"`);
    else state.range = { start: s, end: e };
  }
  const event = get('event');
  if (event) state.event = event;
  const query = get('q');
  if (query) state.query = query;
  const who = get('who');
  if (who) state.participants = who.split(',').filter(Boolean);
  const lanes = get('lanes');
  if (lanes !== undefined) {
    if ((laneGroupings as readonly string[]).includes(lanes)) state.grouping = lanes as LaneGrouping;
    else ignored.push(`lanes="${lanes}" is not one of ${laneGroupings.join(', ')}`);
  }
  const embed = get('embed');
  if (embed !== undefined) state.embed = flag(embed);
  const present = get('present');
  if (present !== undefined && flag(present)) {
    const step = get('step') ?? '1';
    const n = /^\d+$/.test(step) ? Number(step) : NaN;
    if (Number.isSafeInteger(n) && n >= 1) state.present = { step: n - 1 };
    else {
      ignored.push(`step="${step}" is not a step number (1, 2, …)`);
      state.present = { step: 0 };
    }
  }
  const theme = get('theme');
  if (theme !== undefined) {
    if ((themes as readonly string[]).includes(theme)) state.theme = theme as Theme;
    else ignored.push(`theme="${theme}" is not one of ${themes.join(', ')}`);
  }
  return { state, ignored };
}

export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.src) params.set('src', state.src);
  if (state.embed) params.set('embed', '1');
  if (state.range) {
    params.set('start', formatInstant(state.range.start));
    params.set('end', formatInstant(state.range.end));
  }
  if (state.event) params.set('event', state.event);
  if (state.query) params.set('q', state.query);
  if (state.participants?.length) params.set('who', state.participants.join(','));
  if (state.grouping && state.grouping !== 'none') params.set('lanes', state.grouping);
  if (state.present) {
    params.set('present', '1');
    params.set('step', String(state.present.step + 1));
  }
  if (state.theme) params.set('theme', state.theme);
  return params.toString();
}
