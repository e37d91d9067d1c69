/** CSV as RFC 4180 defines it: CRLF between records, fields quoted when they hold a comma, a quote or a line break. */

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
    row.push(field);
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
      row.push(field);
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
