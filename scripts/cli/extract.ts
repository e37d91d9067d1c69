/**
 * `extract FILES_OR_FOLDERS... [--format json|timelinejs|csv|ics] [--dct YYYY-MM-DD] [--title TEXT] [--out FILE]`
 * Reads documents with the app's loader, builds their events and writes them in one of the export formats.
 */
import { collectDocuments } from '../../src/lib/documents/collectDocuments.ts';
import { withPdfTexts } from '../../src/lib/documents/pdfDocument.ts';
import { validDay } from '../../src/lib/documents/validDay.ts';
import { buildTimelineData } from '../../src/lib/events/buildTimelineData.ts';
import {
  exportCsv, exportIcs, exportJson, exportTimelineJS, exportFormats, type ExportFormat, type Timeline,
} from '../../src/lib/formats/index.ts';
import { exitCodes, readDocumentFiles, startCommand, usageError, writeOutput, type CliIO } from './shared.ts';

export const summary = 'read documents and write their dated events as json, timelinejs, csv or ics';

export const usage = `usage: cli extract FILES_OR_FOLDERS... [options]

Reads text (.txt), Markdown (.md), HTML (.html), Word (.docx), OpenDocument (.odt), PDF, e-mail (.eml) and
saved-page (.mhtml) documents, finds their dated events and writes them out.

  --format json|timelinejs|csv|ics   output format (default json; see docs/format.md)
  --dct YYYY-MM-DD                   creation date for documents that give none
  --title TEXT                       title of the timeline
  --out FILE                         write to FILE instead of standard output

Problems with single documents go to standard error. Exit code 0 if at least one document was read,
1 on bad arguments, 2 if nothing could be read or written.
`;

const exporters: Readonly<Record<ExportFormat, (timeline: Timeline) => string>> = {
  json: (t) => exportJson(t),
  timelinejs: exportTimelineJS,
  csv: exportCsv,
  ics: (t) => exportIcs(t),
};

const options = {
  format: { type: 'string' },
  dct: { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function run(args: readonly string[], io: CliIO): Promise<number> {
  const parsed = startCommand('extract', usage, args, options, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usageFail = (message: string) => usageError('extract', usage, message, io);
  const format = values.format ?? 'json';
  if (!Object.hasOwn(exportFormats, format)) {
    return usageFail(`--format "${format}" is not one of ${Object.keys(exportFormats).join(', ')}`);
  }
  if (values.dct !== undefined && !validDay(values.dct)) return usageFail(`--dct "${values.dct}" is not a date written YYYY-MM-DD`);
  if (positionals.length === 0) return usageFail('give at least one file or folder');

  const read = readDocumentFiles(positionals, io.cwd);
  const collection = collectDocuments(await withPdfTexts(read.files), values.dct ? { defaultDct: values.dct } : {});
  const data = buildTimelineData({ documents: collection.documents, problems: [...read.problems, ...collection.problems] });
  for (const problem of data.problems) io.stderr(`${problem.message}\n`);
  if (data.documents.length === 0) {
    io.stderr('extract: no document could be read\n');
    return exitCodes.nothing;
  }
  const only = data.documents.length === 1 ? data.documents[0] : undefined;
  const title = values.title ?? only?.title;
  const timeline: Timeline = {
    ...(title !== undefined ? { title } : {}),
    documents: data.documents,
    events: data.events,
    ...(data.undated ? { undated: data.undated } : {}),
    ...(data.entities ? { entities: data.entities } : {}),
  };
  if (!writeOutput(exporters[format as ExportFormat](timeline), values.out, io)) return exitCodes.nothing;
  const docs = data.documents.length;
  io.stderr(`extract: ${data.events.length} event${data.events.length === 1 ? '' : 's'} from ${docs} document${docs === 1 ? '' : 's'}\n`);
  return exitCodes.ok;
}
