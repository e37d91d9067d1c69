/**
 * The first worksheet of an Excel workbook (.xlsx, as Excel, Google Sheets and LibreOffice save it) as rows of cell
 * texts, for the importers that read CSV: a TimelineJS3 sheet downloaded as Excel opens as its CSV would. Shared and
 * inline strings, numbers as written in the file, booleans; a gap between cells is an empty cell. No formula is run.
 */
import { decodeEntities } from '../documents/htmlEntities.ts';
import type { HtmlToken } from '../documents/tokenizeHtml.ts';
import { maxPartBytes, zipParts } from '../documents/zipParts.ts';

export type XlsxTable = { readonly ok: true; readonly rows: string[][] } | { readonly ok: false; readonly message: string };

const parts = /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/;

export function readXlsxTable(bytes: Uint8Array): XlsxTable {
  const zip = zipParts(bytes, (path) => parts.test(path));
  if (!zip.ok) {
    return 'damaged' in zip
      ? { ok: false, message: `the file is a damaged ZIP archive (${zip.damaged}); save the workbook again` }
      : { ok: false, message: `the workbook unpacks to more than ${maxPartBytes / 1048576} MB` };
  }
  const xml = zip.part;
  const workbook = xml('xl/workbook.xml');
  if (!workbook) return { ok: false, message: 'the file is a ZIP archive but not an Excel workbook (.xlsx)' };
  const sheet = xml(firstSheetPath(workbook, xml('xl/_rels/workbook.xml.rels') ?? []));
  if (!sheet) return { ok: false, message: 'the workbook has no worksheet' };
  return { ok: true, rows: sheetRows(sheet, sharedStrings(xml('xl/sharedStrings.xml') ?? [])) };
}

/** The part of the workbook's first sheet, by its relationship id; `sheet1.xml` when the workbook does not say. */
function firstSheetPath(workbook: readonly HtmlToken[], rels: readonly HtmlToken[]): string {
  const first = workbook.find((t) => t.kind === 'open' && t.name === 'sheet');
  const id = first?.kind === 'open' ? first.attrs['r:id'] : undefined;
  const rel = rels.find((t) => t.kind === 'open' && t.name === 'relationship' && t.attrs.id === id);
  const target = rel?.kind === 'open' ? rel.attrs.target : undefined;
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

/** The shared strings in order; a rich string's runs joined, its phonetic guides left out. */
function sharedStrings(tokens: readonly HtmlToken[]): string[] {
  const strings: string[] = [];
  let current: string | undefined;
  let inText = false;
  let inPhonetic = false;
  for (const token of tokens) {
    if (token.kind === 'open' && token.name === 'si' && !token.selfClosing) current = '';
    else if (token.kind === 'open' && token.name === 'si') strings.push('');
    else if (token.kind === 'close' && token.name === 'si') {
      strings.push(current ?? '');
      current = undefined;
    } else if (token.kind === 'open' && token.name === 'rph') inPhonetic = !token.selfClosing;
    else if (token.kind === 'close' && token.name === 'rph') inPhonetic = false;
    else if (token.kind === 'open' && token.name === 't') inText = !token.selfClosing;
    else if (token.kind === 'close' && token.name === 't') inText = false;
    else if (token.kind === 'text' && inText && !inPhonetic && current !== undefined) current += decodeEntities(token.text);
  }
  return strings;
}

/** Column index of a cell reference: `A1` is 0, `AB12` is 27. */
function columnOf(ref: string): number | undefined {
  const letters = /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
  if (!letters) return undefined;
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The rows of a worksheet, each as long as its last cell with a value; rows the sheet skips are empty rows. */
function sheetRows(tokens: readonly HtmlToken[], shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  let row: string[] | undefined;
  let cell: { column: number; type: string; value: string; inline: string } | undefined;
  let reading: 'v' | 't' | undefined;
  for (const token of tokens) {
    if (token.kind === 'open') {
      if (token.name === 'row') {
        const number = Number(token.attrs.r);
        // A row number says where the row is; the rows between are empty.
        while (Number.isInteger(number) && number > 0 && rows.length < number - 1) rows.push([]);
        row = [];
        if (token.selfClosing) (rows.push(row), (row = undefined));
      } else if (token.name === 'c' && row) {
        const column = columnOf(token.attrs.r ?? '') ?? row.length;
        cell = { column, type: token.attrs.t ?? 'n', value: '', inline: '' };
        if (token.selfClosing) cell = undefined;
      } else if ((token.name === 'v' || token.name === 't') && cell && !token.selfClosing) reading = token.name;
    } else if (token.kind === 'text') {
      if (cell && reading === 'v') cell.value += token.text;
      else if (cell && reading === 't') cell.inline += decodeEntities(token.text);
    } else if (token.name === 'v' || token.name === 't') {
      reading = undefined;
    } else if (token.name === 'c' && cell && row) {
      const text = cellText(cell, shared);
      if (text !== '') {
        while (row.length < cell.column) row.push('');
        row[cell.column] = text;
      }
      cell = undefined;
    } else if (token.name === 'row' && row) {
      rows.push(row);
      row = undefined;
    }
  }
  while (rows.length && rows.at(-1)!.length === 0) rows.pop();
  return rows;
}

function cellText(cell: { type: string; value: string; inline: string }, shared: readonly string[]): string {
  const value = decodeEntities(cell.value).trim();
  switch (cell.type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'inlineStr':
      return cell.inline;
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    default:
      // Numbers, formula results (`str`) and errors, as the file writes them.
      return value;
  }
}
