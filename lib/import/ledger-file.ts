import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

// A ledger file as a grid of text, whatever it came as. The kind is decided by the bytes, never by the name:
// an xlsx is a zip package, a CSV is text (UTF-8, or GB18030 as Excel on a Chinese Windows saves it).

export const LEDGER_MAX_BYTES = 10 * 1024 * 1024;
export const LEDGER_MAX_ROWS = 5_000;
/** Columns read from a row; a ledger has twenty or so, and nothing needs the rest. */
export const LEDGER_MAX_COLUMNS = 60;
/** Longer cells are cut here: every field's own limit is far below, so a cut cell is still reported. */
export const LEDGER_MAX_CELL = 2_000;
/** Header search depth: title lines, a unit line, a blank line or two come before the header. */
export const HEADER_SEARCH_ROWS = 20;

/** Rows of cells as text; row i is the sheet's row i + 1, so a cell's address is `${column}${i + 1}`. */
export interface Grid {
  sheet: string;
  rows: string[][];
}

export type FileProblem = 'tooLarge' | 'tooManyRows' | 'oldXls' | 'notLedger' | 'unreadable' | 'empty';

export class LedgerFileError extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem);
  }
}

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE2 container of the old binary .xls. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export const cellAddress = (row: number, column: number) => `${columnName(column)}${row + 1}`;

/** The sheets of a workbook or the one table of a CSV, read into text grids. */
export async function readLedgerFile(bytes: Uint8Array): Promise<Grid[]> {
  if (bytes.byteLength > LEDGER_MAX_BYTES) throw new LedgerFileError('tooLarge');
  if (bytes.byteLength === 0) throw new LedgerFileError('empty');
  if (startsWith(bytes, OLE2)) throw new LedgerFileError('oldXls');
  if (startsWith(bytes, ZIP)) return readWorkbook(bytes);
  return [readCsv(bytes)];
}

async function readWorkbook(bytes: Uint8Array): Promise<Grid[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new LedgerFileError('unreadable');
  }
  return book.worksheets.map((sheet) => {
    if (sheet.rowCount > LEDGER_MAX_ROWS + HEADER_SEARCH_ROWS) throw new LedgerFileError('tooManyRows');
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: string[] = [];
      const last = Math.min(row.cellCount, LEDGER_MAX_COLUMNS);
      for (let c = 1; c <= last; c++) cells.push(cellText(row.getCell(c).value).slice(0, LEDGER_MAX_CELL));
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { sheet: sheet.name, rows };
  });
}

/** A cell as the ledger's reader sees it: a formula by its cached result, a date as YYYY-MM-DD. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    // #REF!, #N/A …: kept as written, so the field reports it rather than reading it as empty.
    if ('error' in value) return String(value.error);
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    // A hyperlink's text may itself be rich text.
    if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): Grid {
  // A body that is a PDF, an image or a web page under a .csv or .xlsx name: binary, or markup.
  if (bytes.includes(0)) throw new LedgerFileError('notLedger');
  const text = decodeText(bytes).replace(/^\uFEFF/, '');
  if (/^\s*(<|%PDF)/i.test(text)) throw new LedgerFileError('notLedger');
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      skip_empty_lines: false,
      to_line: LEDGER_MAX_ROWS + HEADER_SEARCH_ROWS + 1,
    });
  } catch {
    throw new LedgerFileError('unreadable');
  }
  if (records.length > LEDGER_MAX_ROWS + HEADER_SEARCH_ROWS) throw new LedgerFileError('tooManyRows');
  return {
    sheet: 'CSV',
    rows: records.map((r) => r.slice(0, LEDGER_MAX_COLUMNS).map((c) => c.trim().slice(0, LEDGER_MAX_CELL))),
  };
}
