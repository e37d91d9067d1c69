/**
 * `timeml --out DIR FILE.tml...`: tags TimeML files the way a TempEval-3 system does. Each output file keeps the
 * input's characters; its TEXT holds exactly the same text with our TIMEX3 tags (tid, type, value, mod) in place of
 * the gold annotation, so any TempEval-3 scorer can compare it with the gold file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tagTimexes } from '../../src/lib/extract/index.ts';
import { dctDay, readTimeML, TimemlError, writeTimeML } from '../../src/lib/timeml/index.ts';
import { exitCodes, startCommand, usageError, type CliIO } from './shared.ts';

export const summary = 'tag TimeML files with TIMEX3 for a TempEval-3 scorer';

export const usage = `usage: cli timeml --out DIR FILE.tml...

Reads each TimeML file (document date from its DCT, text from its TEXT element with the tags removed), tags the
time expressions and writes a file of the same name to DIR whose TEXT holds the same characters with our TIMEX3
tags. A malformed file is reported with its line and skipped; the others are still written.
Exit code 0 if every file was tagged, 1 on bad arguments, 2 if any file could not be read or written.
`;

const options = {
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = startCommand('timeml', usage, args, options, io);
  if (typeof parsed === 'number') return parsed;
  const out = parsed.values.out;
  if (!out) return usageError('timeml', usage, '--out DIR is required', io);
  if (parsed.positionals.length === 0) return usageError('timeml', usage, 'give at least one .tml file', io);

  const outDir = resolve(io.cwd, out);
  mkdirSync(outDir, { recursive: true });
  let failed = 0;
  for (const given of parsed.positionals) {
    const name = basename(given);
    try {
      const doc = readTimeML(readFileSync(resolve(io.cwd, given), 'utf8'), basename(name, '.tml'));
      const dct = dctDay(doc.dct);
      writeFileSync(join(outDir, name), writeTimeML(doc, tagTimexes(doc.text, dct ? { dct } : {})));
    } catch (error) {
      failed++;
      const reason =
        error instanceof TimemlError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
      io.stderr(`${given}: ${reason}\n`);
    }
  }
  const written = parsed.positionals.length - failed;
  io.stderr(`timeml: tagged ${written} of ${parsed.positionals.length} file${parsed.positionals.length === 1 ? '' : 's'} into ${out}\n`);
  return failed ? exitCodes.nothing : exitCodes.ok;
}
