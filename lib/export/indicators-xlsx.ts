import ExcelJS from 'exceljs';
import type { IndicatorTable } from '@/lib/queries/indicators';
import { cellText, type Say } from './indicators-cells';

/**
 * The quarter's table as a workbook: a title row, a header of indicator (unit), a row per zone and the city's
 * total. Each figure is a number cell with the indicator's decimals; 同比, shares and the comparisons in
 * percentage points follow in the cell's own column of notes, worded as on the page.
 */
export async function indicatorsXlsx(table: IndicatorTable, say: Say): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(say('indicators.sheetName'));
  const defsById = new Map(table.defs.map((d) => [d.id, d]));
  const title = `${say('indicators.title')} · ${say('indicators.quarterLabel', { year: table.year, quarter: table.quarter })}`;
  sheet.addRow([title]).font = { bold: true, size: 14 };
  const header = [say('indicators.zone')];
  for (const d of table.defs) header.push(`${d.name}（${d.unit}）`, `${d.name} · ${say('indicators.yoy')}/…`);
  sheet.addRow(header).font = { bold: true };

  const rowOf = (name: string, row: IndicatorTable['zones'][number]['row']) => {
    const cells: (string | number | null)[] = [name];
    for (const d of table.defs) {
      const cell = row.cells.get(d.id);
      const text = cellText(d, cell, defsById, say);
      cells.push(cell?.value == null ? null : Number(text.value), text.notes.map((n) => n.text).join('；'));
    }
    return cells;
  };
  const addRow = (cells: (string | number | null)[], bold = false) => {
    const row = sheet.addRow(cells);
    if (bold) row.font = { bold: true };
    table.defs.forEach((d, i) => {
      row.getCell(2 + i * 2).numFmt = d.decimals === 0 ? '0' : `0.${'0'.repeat(d.decimals)}`;
    });
  };
  for (const z of table.zones) addRow(rowOf(z.name, z.row));
  if (table.city) addRow(rowOf(say('indicators.city'), table.city), true);
  sheet.getColumn(1).width = 28;
  table.defs.forEach((_, i) => {
    sheet.getColumn(2 + i * 2).width = 14;
    sheet.getColumn(3 + i * 2).width = 30;
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 2 }];
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer).slice().buffer;
}
