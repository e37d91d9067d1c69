import { canonicalInstant } from './isoInstant.ts';
import { hasOnly, isOffset, isRecord } from './jsonChecker.ts';
import { eventFields, granularities, timexMods, timexTypes } from './timelineFile.ts';
import type { Context } from './timelineItemChecks.ts';

const sets = { type: new Set<unknown>(timexTypes), mod: new Set<unknown>(timexMods), granularity: new Set<unknown>(granularities) };
const eventWithMod = [...eventFields.required, 'mod'];
const [sourceFields, spanFields] = [['docId', 'timex', 'sentence'], ['start', 'end', 'text']];

/**
 * The common case in one quick pass: an event with no optional parts but `mod`, whose every check passes. It builds
 * no paths or messages (at 100,000 events those were most of the time); anything else, valid or not, gets `false`
 * and goes through the full checks, which report exactly what is wrong.
 */
export function plainEvent(ctx: Context, value: unknown): boolean {
  if (!isRecord(value)) return false;
  const e = value;
  const mod = Object.hasOwn(e, 'mod');
  if (!hasOnly(e, mod ? eventWithMod : eventFields.required) || (mod && !sets.mod.has(e.mod))) return false;
  if (typeof e.id !== 'string' || e.id === '' || ctx.ids.has(e.id) || typeof e.value !== 'string' || e.value === '') return false;
  if (!sets.type.has(e.type) || !sets.granularity.has(e.granularity) || typeof e.title !== 'string') return false;
  const start = typeof e.start === 'string' ? canonicalInstant(e.start) : undefined;
  const end = typeof e.end === 'string' ? canonicalInstant(e.end) : undefined;
  if (start === undefined || end === undefined || end <= start || !Array.isArray(e.sources) || e.sources.length === 0) return false;
  for (const source of e.sources as unknown[]) {
    if (!isRecord(source) || !hasOnly(source, sourceFields)) return false;
    const text = typeof source.docId === 'string' ? ctx.texts.get(source.docId) : undefined;
    const timex = plainSpan(source.timex, text);
    const sentence = plainSpan(source.sentence, text);
    if (!timex || !sentence || timex.start < sentence.start || timex.end > sentence.end) return false;
  }
  return true;
}

function plainSpan(value: unknown, docText: string | undefined): { start: number; end: number } | undefined {
  if (docText === undefined || !isRecord(value) || !hasOnly(value, spanFields)) return undefined;
  const { start, end, text } = value;
  if (!isOffset(start) || !isOffset(end) || typeof text !== 'string' || end < start || end > docText.length) return undefined;
  return text.length === end - start && docText.startsWith(text, start) ? { start, end } : undefined;
}
