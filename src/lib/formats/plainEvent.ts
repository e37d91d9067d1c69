import { canonicalInstant } from './isoInstant.ts';
import { hasOnly, isOffset, isRecord } from './jsonChecker.ts';
import type { EventSource } from '../events/types.ts';
import type { Granularity, TimexMod, TimexType } from '../extract/types.ts';
import { eventFields, granularities, timexMods, timexTypes, type PortableEvent } from './timelineFile.ts';
import type { Context } from './timelineItemChecks.ts';

const sets = { type: new Set<unknown>(timexTypes), mod: new Set<unknown>(timexMods), granularity: new Set<unknown>(granularities) };
const eventWithMod = [...eventFields.required, 'mod'];
const [sourceFields, spanFields] = [['docId', 'timex', 'sentence'], ['start', 'end', 'text']];

/**
 * The common case in one quick pass: an event with no optional parts but `mod`, whose every check passes, read into
 * memory. It builds no paths or messages (at 100,000 events those were most of the time); anything else, valid or
 * not, gets undefined and goes through the full checks, which report exactly what is wrong.
 */
export function plainEvent(ctx: Context, value: unknown): PortableEvent | undefined {
  if (!isRecord(value)) return undefined;
  const e = value;
  const mod = Object.hasOwn(e, 'mod');
  if (!hasOnly(e, mod ? eventWithMod : eventFields.required) || (mod && !sets.mod.has(e.mod))) return undefined;
  if (typeof e.id !== 'string' || e.id === '' || ctx.ids.has(e.id) || typeof e.value !== 'string' || e.value === '') return undefined;
  if (!sets.type.has(e.type) || !sets.granularity.has(e.granularity) || typeof e.title !== 'string') return undefined;
  const start = typeof e.start === 'string' ? canonicalInstant(e.start) : undefined;
  const end = typeof e.end === 'string' ? canonicalInstant(e.end) : undefined;
  if (start === undefined || end === undefined || end <= start || !Array.isArray(e.sources) || e.sources.length === 0) return undefined;
  for (const source of e.sources as unknown[]) {
    if (!isRecord(source) || !hasOnly(source, sourceFields)) return undefined;
    const text = typeof source.docId === 'string' ? ctx.texts.get(source.docId) : undefined;
    const timex = plainSpan(source.timex, text);
    const sentence = plainSpan(source.sentence, text);
    if (!timex || !sentence || timex.start < sentence.start || timex.end > sentence.end) return undefined;
  }
  // A spread and two overwrites: a rest pattern (`{ start, ...rest }`) takes V8's slow path.
  return { ...e, start, end } as unknown as PortableEvent;
}

function plainSpan(value: unknown, docText: string | undefined): { start: number; end: number } | undefined {
  if (docText === undefined || !isRecord(value) || !hasOnly(value, spanFields)) return undefined;
  const { start, end, text } = value;
  if (!isOffset(start) || !isOffset(end) || typeof text !== 'string' || end < start || end > docText.length) return undefined;
  return text.length === end - start && docText.startsWith(text, start) ? { start, end } : undefined;
}

const modOnly = ['mod'];

/**
 * The common case of a row (`eventRow.ts`) in one quick pass: a row with no optional field but `mod` whose every check
 * passes, read into memory with its passages' texts taken from the documents. Undefined for anything else, valid or
 * not, which then goes through `eventOfRow` and the full checks.
 */
export function plainRow(ctx: Context, row: readonly unknown[]): PortableEvent | undefined {
  if (row.length !== 8 && row.length !== 9) return undefined;
  let mod: unknown;
  if (row.length === 9) {
    const optional = row[8];
    if (!isRecord(optional) || !hasOnly(optional, modOnly) || !sets.mod.has(optional.mod)) return undefined;
    mod = optional.mod;
  }
  const id = row[0], value = row[1], type = row[2], granularity = row[3], start = row[4], end = row[5], title = row[6], sources = row[7];
  if (typeof id !== 'string' || id === '' || ctx.ids.has(id) || typeof value !== 'string' || value === '') return undefined;
  if (!sets.type.has(type) || !sets.granularity.has(granularity) || typeof title !== 'string') return undefined;
  const from = typeof start === 'string' ? canonicalInstant(start) : undefined;
  const to = typeof end === 'string' ? canonicalInstant(end) : undefined;
  if (from === undefined || to === undefined || to <= from || !Array.isArray(sources) || sources.length === 0) return undefined;
  // Sized at once: an array grown by `push` keeps room for more, and 100,000 events keep their passages.
  const passages = new Array<EventSource>(sources.length);
  for (let i = 0; i < sources.length; i++) {
    const source: unknown = sources[i];
    if (!Array.isArray(source) || source.length !== 5) return undefined;
    const docId: unknown = source[0];
    const text = typeof docId === 'string' ? ctx.texts.get(docId) : undefined;
    const timexStart: unknown = source[1], timexEnd: unknown = source[2], sentenceStart: unknown = source[3], sentenceEnd: unknown = source[4];
    if (text === undefined || !isOffset(timexStart) || !isOffset(timexEnd) || !isOffset(sentenceStart) || !isOffset(sentenceEnd)) return undefined;
    if (timexEnd < timexStart || sentenceEnd > text.length || timexStart < sentenceStart || timexEnd > sentenceEnd) return undefined;
    passages[i] = {
      docId: docId as string,
      timex: { start: timexStart, end: timexEnd, text: text.slice(timexStart, timexEnd) },
      sentence: { start: sentenceStart, end: sentenceEnd, text: text.slice(sentenceStart, sentenceEnd) },
    };
  }
  const sourcesRead = passages as unknown as PortableEvent['sources'];
  // The key order of an event read from an object (`mod` after `type`), so that both share their hidden classes.
  return mod === undefined
    ? { id, value, type: type as TimexType, granularity: granularity as Granularity, start: from, end: to, title, sources: sourcesRead }
    : { id, value, type: type as TimexType, mod: mod as TimexMod, granularity: granularity as Granularity, start: from, end: to, title, sources: sourcesRead };
}
