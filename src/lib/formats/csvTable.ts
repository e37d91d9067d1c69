/** CSV as RFC 4180 defines it: CRLF between records, fields quoted when they hold a comma, a quote or a line break. */

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/**
 * A cell that starts like a formula (`=`, `+`, `-`, `@`, tab, CR) would run as one in a spreadsheet: it is written
 * with a leading apostrophe, which spreadsheets show as text and `parseCsv` takes off again. A cell that already
 * starts with an apostrophe before such a character gets one more, so every text comes back as it was.
 */
const formulaLike = /^'*[=+\-@\t\r]/;

function csvField(value: string): string {
  const safe = formulaLike.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text of a cell that `csvField` guarded. */
function unguard(cell: string): string {
  return cell.startsWith("'") && formulaLike.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export type ParsedCsv =
  | { readonly ok: true; readonly rows: string[][] }
  | { readonly ok: false; /** 1-based record number; the header is row 1. */ readonly row: number; readonly message: string };

/**
 * Records of a CSV text. Lenient where it costs nothing (LF or CRLF line ends, a UTF-8 byte order mark, a last line
 * with no line end, blank lines), strict where data would be lost (an unclosed quote, text after a closing quote).
 */
export function parseCsv(text: string): ParsedCsv {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = text.startsWith('\ufeff') ? 1 : 0;
  let quotedRowStart = 0;
  const endRow = () => {
    row.push(unguard(field));
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      quotedRowStart = rows.length + 1;
      const close = readQuoted(text, i + 1);
      if (close === undefined) return { ok: false, row: quotedRowStart, message: 'a quoted field is never closed' };
      field = close.value;
      i = close.end;
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return { ok: false, row: rows.length + 1, message: `text after the closing quote of field ${row.length + 1}` };
      }
      continue;
    }
    if (c === ',') {
      row.push(unguard(field));
      field = '';
    } else if (c === '\n' || c === '\r') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += c;
    }
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return { ok: true, rows };
}

/** The value of a quoted field whose opening quote is just before `from`, and the offset after its closing quote. */
function readQuoted(text: string, from: number): { value: string; end: number } | undefined {
  let value = '';
  let i = from;
  for (;;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return undefined;
    value += text.slice(i, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      i = quote + 2;
    } else {
      return { value, end: quote + 1 };
    }
  }
}
