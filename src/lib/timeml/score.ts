/**
 * TempEval-3 Task A scoring: each gold timex, in document order, pairs with the first unused overlapping system
 * timex. Strict = paired with the identical extent. Attribute F1 = attribute accuracy on pairs × relaxed F1.
 * Counts are pooled over documents (micro-average).
 */
import type { TimemlTimex } from './types.ts';

export interface Counts {
  readonly gold: number;
  readonly system: number;
  readonly relaxed: number;
  readonly strict: number;
  readonly type: number;
  readonly value: number;
}

export interface Pair {
  readonly gold: TimemlTimex;
  readonly system: TimemlTimex;
}

export interface DocumentScore {
  readonly counts: Counts;
  readonly pairs: readonly Pair[];
  readonly missed: readonly TimemlTimex[];
  readonly spurious: readonly TimemlTimex[];
}

const overlaps = (a: TimemlTimex, b: TimemlTimex): boolean => a.start < b.end && b.start < a.end;

export function scoreDocument(gold: readonly TimemlTimex[], system: readonly TimemlTimex[]): DocumentScore {
  const g = [...gold].sort((a, b) => a.start - b.start);
  const s = [...system].sort((a, b) => a.start - b.start);
  const used = new Set<number>();
  const pairs: Pair[] = [];
  const missed: TimemlTimex[] = [];
  for (const gt of g) {
    const i = s.findIndex((st, j) => !used.has(j) && overlaps(gt, st));
    const st = s[i];
    if (st === undefined) missed.push(gt);
    else {
      used.add(i);
      pairs.push({ gold: gt, system: st });
    }
  }
  const spurious = s.filter((_, j) => !used.has(j));
  const counts: Counts = {
    gold: g.length,
    system: s.length,
    relaxed: pairs.length,
    strict: pairs.filter((p) => p.gold.start === p.system.start && p.gold.end === p.system.end).length,
    type: pairs.filter((p) => p.gold.type === p.system.type).length,
    value: pairs.filter((p) => p.gold.value === p.system.value).length,
  };
  return { counts, pairs, missed, spurious };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({
  gold: a.gold + b.gold, system: a.system + b.system, relaxed: a.relaxed + b.relaxed,
  strict: a.strict + b.strict, type: a.type + b.type, value: a.value + b.value,
});

export const ZERO: Counts = { gold: 0, system: 0, relaxed: 0, strict: 0, type: 0, value: 0 };

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

const prf = (hitsSystem: number, hitsGold: number, c: Counts): Prf => {
  const precision = c.system ? hitsSystem / c.system : 0;
  const recall = c.gold ? hitsGold / c.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};

export interface Figures {
  readonly strict: Prf;
  readonly relaxed: Prf;
  /** Attribute accuracy on relaxed pairs and its F1 (accuracy × relaxed F1). */
  readonly type: { readonly accuracy: number; readonly f1: number };
  readonly value: { readonly accuracy: number; readonly f1: number };
}

export function figures(c: Counts): Figures {
  const relaxed = prf(c.relaxed, c.relaxed, c);
  const attr = (n: number) => {
    const accuracy = c.relaxed ? n / c.relaxed : 0;
    return { accuracy, f1: accuracy * relaxed.f1 };
  };
  return { strict: prf(c.strict, c.strict, c), relaxed, type: attr(c.type), value: attr(c.value) };
}
