import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../scripts/cli/timeml.ts';
import { readTimeML } from '../../src/lib/timeml/index.ts';

const corpus = join('..', 'shared', 'corpus', 'tbaq-aquaint');

function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, io: { cwd: process.cwd(), stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

describe('cli timeml', () => {
  test('writes files whose TEXT has the same characters as the gold, with our TIMEX3 tags', async () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.tml')).slice(0, 5).map((f) => join(corpus, f));
    const dir = mkdtempSync(join(tmpdir(), 'timeml-out-'));
    const { out, io } = capture();
    expect(await run(['--out', dir, ...files], io)).toBe(0);
    expect(out.stderr).toContain('tagged 5 of 5 files');
    for (const file of files) {
      const gold = readTimeML(readFileSync(file, 'utf8'));
      const ours = readTimeML(readFileSync(join(dir, file.split('/').pop()!), 'utf8'));
      expect(ours.rawText).toBe(gold.rawText);
      expect(ours.dct).toBe(gold.dct);
      expect(ours.timexes.length).toBeGreaterThan(0);
      for (const t of ours.timexes) {
        expect(t.tid).toMatch(/^t\d+$/);
        expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
        expect(t.value).not.toBe('');
      }
    }
  });

  test('a malformed file is reported with its line, and the other files are still written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeml-bad-'));
    const bad = join(dir, 'bad.tml');
    writeFileSync(bad, '<TimeML>\n<DCT><TIMEX3 tid="t0" value="1998-01-08"/></DCT>\n<TEXT>\nOn <TIMEX3 tid="t1">Monday.\n</TEXT>\n</TimeML>\n');
    const good = join(corpus, readdirSync(corpus).find((f) => f.endsWith('.tml'))!);
    const { out, io } = capture();
    expect(await run(['--out', join(dir, 'out'), bad, good], io)).toBe(2);
    expect(out.stderr).toContain(`${bad}: line 4: <TIMEX3> is never closed inside TEXT`);
    expect(readdirSync(join(dir, 'out'))).toEqual([good.split('/').pop()]);
  });

  test('bad arguments print the usage', async () => {
    const { out, io } = capture();
    expect(await run(['x.tml'], io)).toBe(1);
    expect(out.stderr).toContain('--out DIR is required');
    expect(out.stderr).toContain('usage: cli timeml');
  });
});
