// A TimelineJS3 spreadsheet downloaded as an Excel workbook opens as its CSV would. harbour-sheet.xlsx was written by
// a spreadsheet library (inline strings, a second sheet); the others are built here with shared strings, rich text,
// skipped cells and rows, and times stored as parts of a day, as Excel and Google Sheets write them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readXlsxTable } from '../../src/lib/formats/xlsxTable.ts';
import { openTimelineBytes } from '../../src/lib/state/openTimelineFile.ts';

const fixture = new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'harbour-sheet.xlsx')));

/** A workbook whose first sheet holds `sheetData` and whose shared strings are `strings` (XML of each `<si>`). */
function workbook(sheetData: string, strings: readonly string[]): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    'xl/workbook.xml': strToU8(`<workbook ${ns} ${rel}><sheets><sheet name="Events" sheetId="7" r:id="rId3"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId3" Type="worksheet" Target="worksheets/events.xml"/></Relationships>'),
    'xl/sharedStrings.xml': strToU8(`<sst ${ns}>${strings.map((s) => `<si>${s}</si>`).join('')}</sst>`),
    'xl/worksheets/events.xml': strToU8(`<worksheet ${ns}><sheetData>${sheetData}</sheetData></worksheet>`),
  });
}

describe('Excel workbooks', () => {
  test('the first sheet, as rows of cell texts', () => {
    const table = readXlsxTable(fixture);
    expect(table.ok && table.rows.slice(0, 3).map((r) => r.slice(0, 4))).toEqual([
      ['Year', 'Month', 'Day', 'Time'],
      ['', '', '', ''],
      ['1952', '6', '14', ''],
    ]);
    expect(table.ok && table.rows.flat()).not.toContain('Not this sheet');
  });

  test('a TimelineJS3 sheet opens as a timeline, like its CSV', () => {
    const opened = openTimelineBytes('harbour-sheet.xlsx', fixture);
    expect(opened.ok && opened.data.title).toBe('Harbour history');
    expect(opened.ok && opened.data.events.map((e) => [e.value, e.title])).toEqual([
      ['189', 'Railway reaches the harbour'],
      ['1952-06-14', 'Great flood'],
      ['2024-04-03T14:30', 'Bridge reopens'],
    ]);
  });

  test('shared and rich strings, skipped cells and rows, booleans, entities and times stored as parts of a day', () => {
    const strings = ['<t>Year</t>', '<t>Month</t>', '<t>Day</t>', '<t>Time</t>', '<t>Headline</t>', '<r><t>Fair </t></r><r><rPr><b/></rPr><t>opens</t></r><rPh><t>ふ</t></rPh>', '<t>Fish &amp; chips</t>'];
    const sheet = [
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>',
      // Row 2 is skipped by the sheet: an empty row. Column D holds 13:15 as Excel stores it.
      '<row r="3"><c r="A3"><v>2019</v></c><c r="B3"><v>5</v></c><c r="C3"><v>4</v></c><c r="D3" s="2"><v>0.55208333333333337</v></c><c r="E3" t="s"><v>5</v></c></row>',
      '<row r="4"><c r="A4"><v>2019</v></c><c r="C4"/><c r="E4" t="s"><v>6</v></c><c r="F4" t="b"><v>1</v></c></row>',
    ].join('');
    const bytes = workbook(sheet, strings);
    const table = readXlsxTable(bytes);
    expect(table.ok && table.rows).toEqual([
      ['Year', 'Month', 'Day', 'Time', 'Headline'],
      [],
      ['2019', '5', '4', '0.55208333333333337', 'Fair opens'],
      ['2019', '', '', '', 'Fish & chips', 'TRUE'],
    ]);
    const opened = openTimelineBytes('fair.xlsx', bytes);
    expect(opened.ok && opened.data.events.map((e) => [e.value, e.title])).toEqual([['2019', 'Fish & chips'], ['2019-05-04T13:15', 'Fair opens']]);
  });

  test('a damaged workbook, a ZIP that is none, and bad cells are named', () => {
    const damaged = openTimelineBytes('cut.xlsx', fixture.slice(0, 1500));
    expect(!damaged.ok && damaged.errors[0]).toMatch(/^the file is a damaged ZIP archive \(.+\); save the workbook again$/);
    const other = openTimelineBytes('photos.xlsx', zipSync({ 'a.txt': strToU8('hello') }));
    expect(!other.ok && other.errors).toEqual(['the file is a ZIP archive but not an Excel workbook (.xlsx)']);
    const bad = workbook(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
        '<row r="2"><c r="A2"><v>2019</v></c><c r="B2"><v>13</v></c><c r="C2" t="s"><v>3</v></c></row>',
      ['<t>Year</t>', '<t>Month</t>', '<t>Headline</t>', '<t>Fair opens</t>'],
    );
    const opened = openTimelineBytes('bad.xlsx', bad);
    expect(!opened.ok && opened.errors).toEqual(['row 2, column "Month": 13 is not a month (1–12)']);
  });
});
