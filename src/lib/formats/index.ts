/**
 * Public API of the timeline formats: pure functions, string in and string out, no DOM and no clock.
 * Imports never throw: they give `{ ok: false, errors }` with messages that name the place of the bad data.
 */
export type {
  Entity, EntityKind, EntityMention, FileEvent, ImportResult, MergeExplanation, PortableEvent, Timeline, TimelineFile,
  UndatedMention,
} from './timelineFile.ts';
export { timelineFormat, timelineVersion } from './timelineFile.ts';
export { validateTimelineFile, type ValidationResult } from './validateTimelineFile.ts';
export { exportJson, jsonPieces, rowsFrom, toTimelineFile, type EventLayout } from './exportJson.ts';
export { importJson, timelineOfFile } from './importJson.ts';
export { TimelineFileChecker } from './timelineFileChecker.ts';
export { JsonMemberSplitter, JsonSplitError, type JsonMemberSink } from './jsonMemberSplitter.ts';
export { exportTimelineJS, type TimelineJSFile, type TimelineJSEvent } from './exportTimelineJS.ts';
export { importTimelineJS, type ImportTimelineJSOptions } from './importTimelineJS.ts';
export { exportCsv, csvColumns } from './exportCsv.ts';
export { importCsv, importTable, type ImportCsvOptions } from './importCsv.ts';
export { readXlsxTable } from './xlsxTable.ts';
export { exportIcs } from './exportIcs.ts';
export { htmlToPlainText } from './htmlToPlainText.ts';

/** The export formats by the name the CLI and the app use for them, with the file extension each writes. */
export const exportFormats = {
  json: { extension: 'json', mediaType: 'application/json' },
  timelinejs: { extension: 'json', mediaType: 'application/json' },
  csv: { extension: 'csv', mediaType: 'text/csv' },
  ics: { extension: 'ics', mediaType: 'text/calendar' },
} as const;
export type ExportFormat = keyof typeof exportFormats;
