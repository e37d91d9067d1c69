/**
 * The checks of one item of a timeline file each (a document, an entity, an event, an undated mention, the story),
 * shared by the whole-file and the streaming paths of `TimelineFileChecker`. Every message starts with the JSON path
 * of the bad value.
 */
import { validDay, validUrl } from '../documents/validDay.ts';
import { eventOfRow } from './eventRow.ts';
import { canonicalInstant, isoToInstant } from './isoInstant.ts';
import { JsonChecker, pathOf, show } from './jsonChecker.ts';
import { plainEvent, plainRow } from './plainEvent.ts';
import { portableEvent } from './readEvent.ts';
import {
  entityKinds, eventFields, granularities, rangeKinds, timexMods, timexTypes, uncertaintyReasons, type FileEvent, type PortableEvent,
} from './timelineFile.ts';

const instantPattern = /^(?:\d{4}|[+-]\d{6})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

export interface Context {
  readonly check: JsonChecker;
  /** Texts of the documents that passed, by id. */
  readonly texts: Map<string, string>;
  readonly entityIds: Set<string>;
  /** Event and undated ids, with the path of the item that took each; an event's index in `events` stands for its path. */
  readonly ids: Map<string, string | number>;
  /** Participant references met before the entities were all known: checked at the end. */
  readonly laterParticipants: { readonly id: string; readonly path: string; readonly label: string }[] | undefined;
}

export function checkDocument(ctx: Context, value: unknown, path: string): void {
  const { check } = ctx;
  const d = check.object(value, path, ['id', 'name', 'text'], ['dct', 'title', 'source', 'url']);
  if (!d) return;
  const id = check.string(d.id, pathOf(path, 'id'), 1);
  check.string(d.name, pathOf(path, 'name'), 1);
  const text = check.string(d.text, pathOf(path, 'text'), 1);
  check.optional(d, 'dct', path, (v, p) => {
    const day = check.pattern(v, p, dayPattern, 'a date written YYYY-MM-DD');
    if (day !== undefined && !validDay(day)) check.error(p, `${show(day)} is not a real calendar day`);
  });
  check.optional(d, 'title', path, (v, p) => check.string(v, p));
  check.optional(d, 'source', path, (v, p) => check.string(v, p));
  check.optional(d, 'url', path, (v, p) => {
    const url = check.pattern(v, p, /^https?:\/\//, 'an http(s) address');
    if (url !== undefined && !validUrl(url)) check.error(p, `${show(url)} is not a valid address`);
  });
  if (id === undefined || text === undefined) return;
  if (ctx.texts.has(id)) check.error(pathOf(path, 'id'), `document id ${show(id)} is used twice`);
  else ctx.texts.set(id, text);
}

export function checkEntity(ctx: Context, value: unknown, path: string): void {
  const { check } = ctx;
  const e = check.object(value, path, ['id', 'name', 'kind'], ['aliases', 'mentions']);
  if (!e) return;
  const id = check.string(e.id, pathOf(path, 'id'), 1);
  check.string(e.name, pathOf(path, 'name'), 1);
  check.oneOf(e.kind, pathOf(path, 'kind'), entityKinds);
  const aliases = check.optional(e, 'aliases', path, (v, p) => check.array(v, p));
  aliases?.forEach((a, i) => check.string(a, pathOf(pathOf(path, 'aliases'), i), 1));
  const label = `entity ${show(id ?? '?')}`;
  check.optional(e, 'mentions', path, (v, p) => check.array(v, p))?.forEach((m, i) => {
    const mp = pathOf(pathOf(path, 'mentions'), i);
    const mention = check.object(m, mp, ['docId', 'start', 'end', 'text'], []);
    if (!mention) return;
    const docId = checkDocId(ctx, mention.docId, pathOf(mp, 'docId'), label);
    checkSpan(ctx, mention, mp, docId, label);
  });
  if (id === undefined) return;
  if (ctx.entityIds.has(id)) check.error(pathOf(path, 'id'), `entity id ${show(id)} is used twice`);
  ctx.entityIds.add(id);
}

/**
 * Checks an item of `events`, an object or a row (`eventRow.ts`, checked in its object form), and reads it into
 * memory; undefined when it is bad.
 */
export function readEventItem(ctx: Context, value: unknown, index: number): PortableEvent | undefined {
  if (!Array.isArray(value)) return readEvent(ctx, value, index);
  const plain = plainRow(ctx, value);
  if (plain) {
    ctx.ids.set(plain.id, index);
    return plain;
  }
  const event = eventOfRow(value, ctx.texts);
  if (typeof event !== 'string') return readEvent(ctx, event, index);
  ctx.check.error(pathOf('$.events', index), event);
  return undefined;
}

function readEvent(ctx: Context, value: unknown, index: number): PortableEvent | undefined {
  // The quick pass builds no path string: only an event that may be bad needs one.
  const plain = plainEvent(ctx, value);
  if (plain) {
    ctx.ids.set(plain.id, index);
    return plain;
  }
  const path = pathOf('$.events', index);
  const { check } = ctx;
  const e = check.object(value, path, eventFields.required, eventFields.optional);
  if (!e) return undefined;
  const id = checkId(ctx, e.id, path);
  check.string(e.value, pathOf(path, 'value'), 1);
  check.oneOf(e.type, pathOf(path, 'type'), timexTypes);
  check.optional(e, 'mod', path, (v, p) => check.oneOf(v, p, timexMods));
  check.oneOf(e.granularity, pathOf(path, 'granularity'), granularities);
  const start = checkInstant(check, e.start, pathOf(path, 'start'));
  const end = checkInstant(check, e.end, pathOf(path, 'end'));
  if (start !== undefined && end !== undefined && end <= start) {
    check.error(pathOf(path, 'end'), `${show(e.end)} is not after start ${show(e.start)}`);
  }
  check.string(e.title, pathOf(path, 'title'));
  check.optional(e, 'uncertainty', path, (v, p) => {
    const u = check.object(v, p, ['why'], ['earliest', 'latest']);
    if (!u) return;
    check.oneOf(u.why, pathOf(p, 'why'), uncertaintyReasons);
    const earliest = check.optional(u, 'earliest', p, (x, xp) => checkInstant(check, x, xp));
    const latest = check.optional(u, 'latest', p, (x, xp) => checkInstant(check, x, xp));
    if (earliest !== undefined && latest !== undefined && latest <= earliest) {
      check.error(pathOf(p, 'latest'), `${show(u.latest)} is not after earliest ${show(u.earliest)}`);
    }
  });
  check.optional(e, 'range', path, (v, p) => checkRange(check, v, p));
  check.optional(e, 'correction', path, (v, p) => checkCorrection(check, v, p, false));
  checkMentionParts(ctx, e, path, `event ${show(id ?? '?')}`);
  // Only a file that passes is read; once one check has failed, its events are not needed.
  return check.ok ? portableEvent(e as FileEvent) : undefined;
}

export function checkUndated(ctx: Context, value: unknown, path: string): void {
  const { check } = ctx;
  const u = check.object(value, path, ['id', 'title', 'sources'], ['value', 'type', 'mod', 'participants', 'merge', 'range', 'correction']);
  if (!u) return;
  const id = checkId(ctx, u.id, path);
  check.string(u.title, pathOf(path, 'title'));
  check.optional(u, 'value', path, (v, p) => check.string(v, p, 1));
  check.optional(u, 'type', path, (v, p) => check.oneOf(v, p, timexTypes));
  check.optional(u, 'mod', path, (v, p) => check.oneOf(v, p, timexMods));
  check.optional(u, 'range', path, (v, p) => checkRange(check, v, p));
  check.optional(u, 'correction', path, (v, p) => checkCorrection(check, v, p, true));
  checkMentionParts(ctx, u, path, `undated mention ${show(id ?? '?')}`);
}

/** A span from the event's value to another date (`from-to`, `since`, `duration`). */
function checkRange(check: JsonChecker, value: unknown, path: string): void {
  const r = check.object(value, path, ['kind', 'to'], []);
  if (!r) return;
  check.oneOf(r.kind, pathOf(path, 'kind'), rangeKinds);
  check.string(r.to, pathOf(path, 'to'), 1);
}

/** What the extractor read, kept when a person corrected an event; an undated mention's says the person removed it. */
function checkCorrection(check: JsonChecker, value: unknown, path: string, removal: boolean): void {
  const required = ['value', 'type', 'title', ...(removal ? ['removed'] : [])];
  const c = check.object(value, path, required, ['mod']);
  if (!c) return;
  check.string(c.value, pathOf(path, 'value'), 1);
  check.oneOf(c.type, pathOf(path, 'type'), timexTypes);
  check.optional(c, 'mod', path, (v, p) => check.oneOf(v, p, timexMods));
  check.string(c.title, pathOf(path, 'title'));
  if (removal && Object.hasOwn(c, 'removed') && c.removed !== true) check.error(pathOf(path, 'removed'), `expected true, got ${show(c.removed)}`);
}

/** Sources, participants and merge: the parts events and undated mentions share. */
function checkMentionParts(ctx: Context, record: Record<string, unknown>, path: string, label: string): void {
  const { check } = ctx;
  const sourcesPath = pathOf(path, 'sources');
  check.array(record.sources, sourcesPath, 1)?.forEach((s, i) => checkSource(ctx, s, pathOf(sourcesPath, i), label));
  const participantsPath = pathOf(path, 'participants');
  const seen = new Set<string>();
  check.optional(record, 'participants', path, (v, p) => check.array(v, p))?.forEach((p, i) => {
    const id = check.string(p, pathOf(participantsPath, i), 1);
    if (id === undefined) return;
    if (seen.has(id)) check.error(pathOf(participantsPath, i), `${show(id)} is listed twice`);
    else if (ctx.laterParticipants) ctx.laterParticipants.push({ id, path: pathOf(participantsPath, i), label });
    else checkParticipant(ctx, id, pathOf(participantsPath, i), label);
    seen.add(id);
  });
  check.optional(record, 'merge', path, (v, p) => {
    const merge = check.object(v, p, ['reason'], []);
    if (merge) check.string(merge.reason, pathOf(p, 'reason'), 1);
  });
}

function checkSource(ctx: Context, value: unknown, path: string, label: string): void {
  const { check } = ctx;
  const s = check.object(value, path, ['docId', 'timex', 'sentence'], []);
  if (!s) return;
  const docId = checkDocId(ctx, s.docId, pathOf(path, 'docId'), label);
  const timex = checkSpanObject(ctx, s.timex, pathOf(path, 'timex'), docId, label);
  const sentence = checkSpanObject(ctx, s.sentence, pathOf(path, 'sentence'), docId, label);
  if (timex && sentence && (timex.start < sentence.start || timex.end > sentence.end)) {
    const where = `${timex.start}–${timex.end} lies outside its sentence ${sentence.start}–${sentence.end}`;
    check.error(pathOf(path, 'timex'), `${where} in ${label}`);
  }
}

function checkSpanObject(ctx: Context, value: unknown, path: string, docId: string | undefined, label: string) {
  const span = ctx.check.object(value, path, ['start', 'end', 'text'], []);
  return span ? checkSpan(ctx, span, path, docId, label) : undefined;
}

/** Offsets and text of a span; against the document text when the document is known. */
function checkSpan(ctx: Context, span: Record<string, unknown>, path: string, docId: string | undefined, label: string) {
  const { check } = ctx;
  const start = check.offset(span.start, pathOf(path, 'start'));
  const end = check.offset(span.end, pathOf(path, 'end'));
  const text = check.string(span.text, pathOf(path, 'text'));
  if (start === undefined || end === undefined || text === undefined) return undefined;
  if (end < start) {
    check.error(path, `start ${start} is after end ${end} in ${label}`);
    return undefined;
  }
  const docText = docId === undefined ? undefined : ctx.texts.get(docId);
  if (docText === undefined) return { start, end };
  if (end > docText.length) {
    check.error(pathOf(path, 'end'), `${end} is past the end of document ${show(docId)} (${docText.length} characters) in ${label}`);
  } else if (docText.slice(start, end) !== text) {
    const actual = show(docText.slice(start, end));
    check.error(pathOf(path, 'text'), `${show(text)} is not the text at ${start}–${end} of document ${show(docId)}, which reads ${actual}, in ${label}`);
  }
  return { start, end };
}

export function checkParticipant(ctx: Context, id: string, path: string, label: string): void {
  if (!ctx.entityIds.has(id)) ctx.check.error(path, `no entity has the id ${show(id)} (in ${label})`);
}

function checkDocId(ctx: Context, value: unknown, path: string, label: string): string | undefined {
  const docId = ctx.check.string(value, path, 1);
  if (docId === undefined) return undefined;
  if (!ctx.texts.has(docId)) {
    ctx.check.error(path, `no document has the id ${show(docId)} (in ${label})`);
    return undefined;
  }
  return docId;
}

function checkId(ctx: Context, value: unknown, path: string): string | undefined {
  const id = ctx.check.string(value, pathOf(path, 'id'), 1);
  if (id === undefined) return undefined;
  const first = ctx.ids.get(id);
  if (first !== undefined) ctx.check.error(pathOf(path, 'id'), `id ${show(id)} is already used by ${typeof first === 'number' ? pathOf('$.events', first) : first}`);
  else ctx.ids.set(id, path);
  return id;
}

/** A presenter's story: steps that name events of this file, each with an optional note. */
export function checkStory(check: JsonChecker, value: unknown, path: string, ids: ReadonlyMap<string, unknown>): void {
  const story = check.object(value, path, ['steps'], []);
  if (!story) return;
  const stepsPath = pathOf(path, 'steps');
  check.array(story.steps, stepsPath)?.forEach((s, i) => {
    const sp = pathOf(stepsPath, i);
    const step = check.object(s, sp, ['eventId'], ['note']);
    if (!step) return;
    const id = check.string(step.eventId, pathOf(sp, 'eventId'), 1);
    // A step may name an undated mention: an event a person removed keeps its step for when it is put back.
    if (id !== undefined && !ids.has(id)) {
      check.error(pathOf(sp, 'eventId'), `no event has the id ${show(id)}`);
    }
    check.optional(step, 'note', sp, (v, p) => check.string(v, p));
  });
}

function checkInstant(check: JsonChecker, value: unknown, path: string): number | undefined {
  // What our exports write passes here without a regular expression; anything else is checked and reported in full.
  const fast = typeof value === 'string' ? canonicalInstant(value) : undefined;
  if (fast !== undefined) return fast;
  const s = check.pattern(value, path, instantPattern, 'an ISO 8601 UTC instant such as "2024-04-03T00:00:00.000Z"');
  if (s === undefined) return undefined;
  const ms = isoToInstant(s);
  if (ms === undefined) check.error(path, `${show(s)} is not a real date and time`);
  return ms;
}
