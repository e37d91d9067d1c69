/**
 * Scores the tagger on TimeML gold files (TempEval-3 Task A rules, see src/lib/timeml/score.ts).
 *
 *   npm run --silent eval -- [DIR_OR_FILES...] [--json] [--summary] [--out DIR]
 *
 * Prints strict/relaxed P/R/F1 and type/value F1 per corpus (each directory argument is one corpus; loose files
 * form one), then per document the misses, false positives and wrong values. `--summary` stops after the figures;
 * `--out DIR` also writes the system TimeML files for the official toolkit.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tagTimexes } from '../src/lib/extract/index.ts';
import {
  ZERO, addCounts, dctDay, figures, readTimeML, scoreDocument, writeTimeML, type Counts, type DocumentScore, type Figures,
} from '../src/lib/timeml/index.ts';

interface DocResult {
  readonly file: string;
  readonly score: DocumentScore;
}
interface CorpusResult {
  readonly name: string;
  readonly counts: Counts;
  readonly figures: Figures;
  readonly docs: readonly DocResult[];
}

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : undefined;
const given = args.filter((a, i) => !a.startsWith('--') && !(outIndex >= 0 && i === outIndex + 1));
/** Without arguments: every development corpus beside the checkout. */
const inputs = given.length ? given : ['tbaq-timebank', 'tbaq-aquaint', 'wikiwars-train'].map((d) => join('..', 'shared', 'corpus', d));

function evaluateFile(path: string): DocResult {
  const doc = readTimeML(readFileSync(path, 'utf8'), basename(path, '.tml'));
  const dct = dctDay(doc.dct);
  const system = tagTimexes(doc.text, dct ? { dct } : {});
  if (outDir) writeFileSync(join(outDir, basename(path)), writeTimeML(doc, system));
  return { file: basename(path), score: scoreDocument(doc.timexes, system) };
}

function evaluateCorpus(name: string, files: readonly string[]): CorpusResult {
  const docs = files.map(evaluateFile);
  const counts = docs.reduce((c, d) => addCounts(c, d.score.counts), ZERO);
  return { name, counts, figures: figures(counts), docs };
}

const tmlIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => join(dir, f));

const missing = inputs.filter((p) => !existsSync(p));
if (missing.length) {
  console.error(`eval: no such file or folder: ${missing.join(', ')}`);
  process.exit(1);
}
if (outDir) mkdirSync(outDir, { recursive: true });
const loose = inputs.filter((p) => !statSync(p).isDirectory());
const corpora = [
  ...inputs.filter((p) => statSync(p).isDirectory()).map((dir) => evaluateCorpus(basename(dir.replace(/\/+$/, '')), tmlIn(dir))),
  ...(loose.length ? [evaluateCorpus('files', loose)] : []),
];

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

function printFigures(c: CorpusResult): void {
  const f = c.figures;
  console.log(`${c.name}: ${c.docs.length} docs, gold ${c.counts.gold}, system ${c.counts.system}`);
  console.log(`  strict  F1 ${pct(f.strict.f1)}  (P ${pct(f.strict.precision)} / R ${pct(f.strict.recall)})`);
  console.log(`  relaxed F1 ${pct(f.relaxed.f1)}  (P ${pct(f.relaxed.precision)} / R ${pct(f.relaxed.recall)})`);
  console.log(`  type    F1 ${pct(f.type.f1)}  (accuracy ${pct(f.type.accuracy)})`);
  console.log(`  value   F1 ${pct(f.value.f1)}  (accuracy ${pct(f.value.accuracy)})`);
}

function printDetails(c: CorpusResult): void {
  for (const { file, score } of c.docs) {
    const wrong = score.pairs.filter((p) => p.gold.value !== p.system.value || p.gold.type !== p.system.type);
    const extent = score.pairs.filter((p) => p.gold.start !== p.system.start || p.gold.end !== p.system.end);
    if (!score.missed.length && !score.spurious.length && !wrong.length && !extent.length) continue;
    console.log(`\n== ${c.name}/${file}`);
    for (const t of score.missed) console.log(`  MISS   ${JSON.stringify(t.text)} ${t.type} ${t.value}`);
    for (const t of score.spurious) console.log(`  FP     ${JSON.stringify(t.text)} ${t.type} ${t.value}`);
    for (const p of extent) console.log(`  EXTENT gold ${JSON.stringify(p.gold.text)} / sys ${JSON.stringify(p.system.text)}`);
    for (const p of wrong) {
      console.log(`  VALUE  ${JSON.stringify(p.gold.text)} gold ${p.gold.type} ${p.gold.value} / sys ${p.system.type} ${p.system.value}`);
    }
  }
}

if (flag('--json')) {
  const json = corpora.map((c) => ({
    corpus: c.name, documents: c.docs.length, counts: c.counts, figures: c.figures,
    ...(flag('--summary') ? {} : {
      details: c.docs.map((d) => ({
        file: d.file, counts: d.score.counts, missed: d.score.missed, spurious: d.score.spurious,
        wrong: d.score.pairs.filter((p) => p.gold.value !== p.system.value || p.gold.type !== p.system.type),
      })),
    }),
  }));
  console.log(JSON.stringify(json, null, 2));
} else {
  corpora.forEach(printFigures);
  if (corpora.length > 1) {
    const counts = corpora.reduce((acc, c) => addCounts(acc, c.counts), ZERO);
    printFigures({ name: 'all', counts, figures: figures(counts), docs: corpora.flatMap((c) => c.docs) });
  }
  if (!flag('--summary')) corpora.forEach(printDetails);
}
