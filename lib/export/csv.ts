import { stringify } from 'csv-stringify';
import type { Translator } from '@/lib/i18n/messages';
import { drained, nodeToWeb } from './streams';
import { type Cell, headerCells, type ReportSource, reportsOf, tableRows, titleLines } from './table';

/** Excel needs the byte-order mark to read UTF-8 (and so Chinese) correctly. */
export const UTF8_BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (= + - @, and tab or carriage return that some
 * read the same way) is neutralised with a leading apostrophe. Numbers are numbers and stay as they are.
 */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The report as RFC 4180 CSV (quoting by csv-stringify), streamed record by record; several zones' reports
 * follow one another, each with its title and header, an empty record between.
 */
export function reportCsv(source: ReportSource, t: Translator): ReadableStream<Uint8Array> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  (async () => {
    const write = async (cells: Cell[]) => {
      if (!csv.write(cells.map(neutralise))) await drained(csv);
    };
    let first = true;
    for await (const report of reportsOf(source)) {
      if (!first) await write([]);
      first = false;
      for (const line of titleLines(report, t)) await write([line]);
      await write(headerCells(t));
      for (const row of tableRows(report, t)) await write(row.cells);
    }
    csv.end();
  })().catch((err) => csv.destroy(err));
  return nodeToWeb(csv);
}
