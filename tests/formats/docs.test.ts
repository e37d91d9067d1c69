/** docs/format.md stays true: its example file is valid, and its CSV table lists the columns the export writes. */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvColumns, importJson, validateTimelineFile } from '../../src/lib/formats/index.ts';

const doc = readFileSync(join(import.meta.dirname, '../../docs/format.md'), 'utf8');

test('the example timeline file in docs/format.md is valid', () => {
  const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  expect(validateTimelineFile(JSON.parse(example)).ok).toBe(true);
});

test('the example row in docs/format.md is the example file\'s event', () => {
  const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '');
  const rows = JSON.parse(`{${/```json\n("events": \[\n\s*\[[\s\S]*?)```/.exec(doc)?.[1] ?? ''}}`);
  const read = (file: unknown) => importJson(JSON.stringify(file));
  expect(rows.events[0]).toHaveLength(8);
  expect(read(example).ok).toBe(true);
  expect(read({ ...example, version: 2, events: rows.events })).toEqual(read(example));
});

test('the CSV table in docs/format.md names every exported column, in order', () => {
  const table = doc.slice(doc.indexOf('| column | meaning |'));
  const documented = [...table.matchAll(/^\| ((?:`[a-z_]+`(?:, )?)+) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((c) => c[1]));
  expect(documented).toEqual([...csvColumns]);
});
