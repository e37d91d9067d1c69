/** The command line as a user runs it: a child process, its exit code, standard output and standard error. */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCsv, importJson, importTimelineJS } from '../../src/lib/formats/index.ts';

const root = join(import.meta.dirname, '../..');

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 90_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('cli extract', { timeout: 180_000 }, () => {
  test('reads seeds/ and writes our JSON to standard output', () => {
    const run = cli('extract', 'seeds');
    expect(run.code).toBe(0);
    const imported = importJson(run.stdout);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.timeline.documents.map((d) => [d.name, d.dct])).toEqual([['russia-france-defence-call-2024-04-04.txt', '2024-04-04']]);
    expect(imported.timeline.events.some((e) => e.value === '2024-04-03' && e.sources[0].timex.text === 'Wednesday')).toBe(true);
    expect(run.stderr).toBe(`extract: ${imported.timeline.events.length} events from 1 document\n`);
  });

  test('writes each format, and each re-imports', () => {
    const csv = cli('extract', 'seeds/russia-france-defence-call-2024-04-04.txt', '--format', 'csv');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,start,end,value,type,mod,granularity,title,document,quote,timex,quote_start,timex_start,timex_end,document_title,document_date,document_url,citation');
    expect(importCsv(csv.stdout).ok).toBe(true);
    const tl = cli('extract', 'seeds', '--format', 'timelinejs', '--title', 'Seeds & more');
    expect(tl.code).toBe(0);
    expect(JSON.parse(tl.stdout).title.text.headline).toBe('Seeds &amp; more');
    expect(importTimelineJS(tl.stdout).ok).toBe(true);
    const ics = cli('extract', 'seeds', '--format', 'ics');
    expect(ics.code).toBe(0);
    expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });

  test('a folder with a bad file: the good ones are written, the bad one named on stderr; --dct dates the undated', () => {
    const dir = tempFolder({
      'undated.txt': 'The minister spoke on Wednesday.',
      'bad.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'notes/front.md': '---\ntitle: Notes\ndate: 2021-06-07\n---\nWe met on Friday.',
      'page.html': '<title>Page</title><meta name="date" content="2020-01-10"><p>It opened on Monday.</p>',
      '.hidden.txt': 'date 2024-13-40\nskipped',
    });
    const out = join(dir, 'timeline.json');
    const run = cli('extract', dir, '--dct', '2024-04-04', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('bad.txt: the file is not valid UTF-8 (first bad byte at offset 3); save it as UTF-8 and try again\nextract: 3 events from 3 documents\n');
    const imported = importJson(readFileSync(out, 'utf8'));
    expect(imported.ok && imported.timeline.documents.map((d) => [d.name, d.dct, d.title])).toEqual([
      ['notes/front.md', '2021-06-07', 'Notes'],
      ['page.html', '2020-01-10', 'Page'],
      ['undated.txt', '2024-04-04', undefined],
    ]);
    expect(imported.ok && imported.timeline.events.map((e) => e.value)).toEqual(['2020-01-06', '2021-06-04', '2024-04-03']);
  });

  test('nothing readable: exit code 2 and every problem named', () => {
    const dir = tempFolder({ 'empty.txt': '', 'bad.md': '---\ndate: 2024-02-30\n---\nText.' });
    const run = cli('extract', dir, join(dir, 'missing.txt'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${join(dir, 'missing.txt')}: no such file or folder\nbad.md: line 2: date "2024-02-30" is not a valid date; write it as YYYY-MM-DD, for example 2024-04-04\nempty.txt: the file is empty\nextract: no document could be read\n`,
    );
  });

  test.each([
    [[], 'extract: give at least one file or folder'],
    [['seeds', '--format', 'xml'], 'extract: --format "xml" is not one of json, timelinejs, csv, ics'],
    [['seeds', '--dct', '2024-13-01'], 'extract: --dct "2024-13-01" is not a date written YYYY-MM-DD'],
    [['seeds', '--colour'], "extract: Unknown option '--colour'"],
  ])('bad arguments %j: exit code 1 and the usage', (args, message) => {
    const run = cli('extract', ...args);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr).toContain('usage: cli extract FILES_OR_FOLDERS... [options]');
  });
});

describe('cli', { timeout: 180_000 }, () => {
  test('lists its commands, refuses unknown ones', () => {
    const help = cli('help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('\n  extract    read documents and write their dated events as json, timelinejs, csv or ics\n');
    expect(cli().code).toBe(1);
    const unknown = cli('shared');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.startsWith('unknown command "shared"\n')).toBe(true);
    expect(cli('extract', '--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('--format json|timelinejs|csv|ics') });
  });
});
