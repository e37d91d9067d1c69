/**
 * Tagging speed and memory: our tagger against chrono-node on the same texts, interleaved in one process.
 *
 *   npm run bench:extract [-- DIR...]      (default: the TimeML corpora in ../shared/corpus)
 *
 * Prints words per second (median of the rounds), the ratio to chrono-node (the median of the rounds' ratios: each round
 * runs both, in turns, so a burst of load on the shared machine slows both), the heap each tagger holds at its peak
 * while tagging the corpus, and the time to tag 1 MB of adversarial text (runs of digits, dashes, month names...).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/lib/extract/index.ts';
import { dctDay, readTimeML } from '../src/lib/timeml/index.ts';
import { adversarialTexts } from './bench/adversarialTexts.ts';

const rounds = 11;
/** Passes before the measured rounds, as benchmark harnesses do: the engine optimises each tagger's code over its first
 * passes. */
const warmUps = 3;
const defaultDirs = ['tbaq-timebank', 'tbaq-aquaint', 'wikiwars-train'].map((d) => join('..', 'shared', 'corpus', d));
const dirs = process.argv.slice(2).filter((a) => !a.startsWith('--'));

interface Doc {
  readonly text: string;
  readonly dct?: string;
}

function loadCorpus(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .map((f) => {
      const doc = readTimeML(readFileSync(join(dir, f), 'utf8'), f);
      const dct = dctDay(doc.dct);
      return { text: doc.text, ...(dct ? { dct } : {}) };
    });
}

const taggers = {
  ours: (doc: Doc) => tagTimexes(doc.text, doc.dct ? { dct: doc.dct } : {}).length,
  'chrono-node': (doc: Doc) => chrono.parse(doc.text, doc.dct ? new Date(`${doc.dct}T12:00:00Z`) : undefined).length,
};
type TaggerName = keyof typeof taggers;

const gc = (globalThis as { gc?: () => void }).gc;

/** One pass over the corpus: milliseconds, expressions found, and the most heap held above the start. */
function pass(name: TaggerName, docs: readonly Doc[]): { ms: number; found: number; peakHeap: number } {
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let found = 0;
  const start = performance.now();
  for (const doc of docs) {
    found += taggers[name](doc);
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }
  return { ms: performance.now() - start, found, peakHeap: peak };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

const docs = (dirs.length ? dirs : defaultDirs).flatMap(loadCorpus);
const words = docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
console.log(`corpus: ${docs.length} documents, ${words.toLocaleString('en')} words; ${rounds} interleaved rounds after ${warmUps} warm-up passes, one core`);
if (!gc) console.log('(run with node --expose-gc for heap figures that start from a collected heap)');

const results: Record<TaggerName, { ms: number[]; found: number; peakHeap: number }> = {
  ours: { ms: [], found: 0, peakHeap: 0 },
  'chrono-node': { ms: [], found: 0, peakHeap: 0 },
};
for (let round = 0; round < warmUps; round++) for (const name of Object.keys(taggers) as TaggerName[]) pass(name, docs);
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Who goes first alternates, so neither always pays for the other's garbage.
  const names = Object.keys(taggers) as TaggerName[];
  for (const name of round % 2 ? names.reverse() : names) {
    const r = pass(name, docs);
    results[name].ms.push(r.ms);
    results[name].found = r.found;
    results[name].peakHeap = Math.max(results[name].peakHeap, r.peakHeap);
  }
  ratios.push(results['chrono-node'].ms[round]! / results.ours.ms[round]!);
}

console.log('\n| tagger | median time | words/s | vs chrono-node | expressions found | peak heap while tagging |');
console.log('|---|---|---|---|---|---|');
const chronoMs = median(results['chrono-node'].ms);
for (const name of Object.keys(taggers) as TaggerName[]) {
  const ms = median(results[name].ms);
  const wps = Math.round((words / ms) * 1000).toLocaleString('en');
  const ratio = name === 'ours' ? median(ratios) : chronoMs / ms;
  console.log(`| ${name} | ${ms.toFixed(0)} ms | ${wps} | ${ratio.toFixed(2)}× | ${results[name].found} | ${mb(results[name].peakHeap)} |`);
}
const [low, high] = [Math.min(...ratios), Math.max(...ratios)];
console.log(`\nours vs chrono-node, round by round: median ${median(ratios).toFixed(2)}×, from ${low.toFixed(2)}× to ${high.toFixed(2)}×`);

const adversarialRuns = 5;
console.log(`\n| adversarial input (1 MB) | ours: first run / median of ${adversarialRuns} | chrono-node: one run |`);
console.log('|---|---|---|');
for (const [label, text] of adversarialTexts(1 << 20)) {
  // Each tagger starts from a collected heap: chrono-node's slow runs leave garbage that would otherwise bill ours.
  const time = (name: TaggerName) => {
    const runs: number[] = [];
    for (let run = 0; run < (name === 'ours' ? adversarialRuns : 1); run++) {
      gc?.();
      const start = performance.now();
      taggers[name]({ text, dct: '2024-04-04' });
      runs.push(performance.now() - start);
    }
    return runs.length > 1 ? `${runs[0]!.toFixed(0)} / ${median(runs).toFixed(0)} ms` : `${runs[0]!.toFixed(0)} ms`;
  };
  console.log(`| ${label} | ${time('ours')} | ${time('chrono-node')} |`);
}
