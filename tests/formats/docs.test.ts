/** docs/format.md stays true: its example file is valid, and its CSV table lists the columns the export writes. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvColumns, validateTimelineFile } from '../../src/lib/formats/index.ts';

const doc = readFileSync(join(import.meta.dirname, '../../docs/format.md'), 'utf8');

test('the example timeline file in docs/format.md is valid', () => {
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  expect(validateTimelineFile(JSON.parse(example)).ok).toBe(true);
});

test('the CSV table in docs/format.md names every exported column, in order', () => {
  const table = doc.slice(doc.indexOf('| column | meaning |'));
  const documented = [...table.matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((c) => c[1]));
  expect(documented).toEqual([...csvColumns]);
});
