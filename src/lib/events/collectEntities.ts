/**
 * The entities of a whole timeline from the names read in every document. Names are normalised within each document
 * first (entities.ts); across documents the same kind and name is one entity, and a lone surname whose document never
 * gives the full name joins the one person of the collection whose full name ends with it ("Albright").
 */
import { entityId, type ResolvedName } from './entities.ts';
import type { EventEntity } from './types.ts';

export type DocumentName = ResolvedName & { readonly docId: string; readonly entityId: string };

export interface EntityIndex {
  readonly entities: EventEntity[];
  /** The id an entity id was folded into (itself when it was not). */
  readonly canonical: (id: string) => string;
  readonly nameOf: (id: string) => string;
}

export function collectEntities(names: readonly DocumentName[]): EntityIndex {
  const fullBySurname = new Map<string, Set<string>>();
  for (const n of names) {
    if (n.kind !== 'person' || !/\s/.test(n.name)) continue;
    const surname = n.name.split(/\s+/).pop()!;
    fullBySurname.set(surname, (fullBySurname.get(surname) ?? new Set()).add(n.name));
  }
  const canonicalName = (n: DocumentName): string => {
    if (n.kind !== 'person' || /\s/.test(n.name)) return n.name;
    const full = fullBySurname.get(n.name);
    return full?.size === 1 ? [...full][0]! : n.name;
  };
  const byId = new Map<string, { name: string; kind: EventEntity['kind']; aliases: Set<string>; mentions: EventEntity['mentions'] & object[] }>();
  const folded = new Map<string, string>();
  for (const n of names) {
    const name = canonicalName(n);
    const id = entityId(n.kind, name);
    folded.set(n.entityId, id);
    const entry = byId.get(id) ?? { name, kind: n.kind, aliases: new Set<string>(), mentions: [] };
    if (n.text !== name) entry.aliases.add(n.text);
    entry.mentions.push({ docId: n.docId, start: n.start, end: n.end, text: n.text });
    byId.set(id, entry);
  }
  const entities = [...byId].map(([id, e]): EventEntity => ({
    id, name: e.name, kind: e.kind, ...(e.aliases.size ? { aliases: [...e.aliases].sort() } : {}), mentions: e.mentions,
  })).sort((a, b) => a.name.localeCompare(b.name));
  return {
    entities,
    canonical: (id) => folded.get(id) ?? id,
    nameOf: (id) => byId.get(folded.get(id) ?? id)?.name ?? id,
  };
}
