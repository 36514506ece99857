import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import { translatorFor } from '@/lib/i18n/messages';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { settled } from '@/lib/testing/settled';
import { reportXlsx } from './xlsx';

// The city's whole workbook (issue 16): a 全市汇总 sheet first, one line per zone and the city's total, before
// the zones' own sheets. Read back with exceljs and held to the zone sheets themselves, not to the code that
// wrote the summary.

const h = actionHarness();
const t = translatorFor('zh-CN');
const WEEK = reportWeekContaining('2024-04-15');
const NOW = new Date('2024-04-19T04:00:00Z');

/** A zone sheet's figures as a reader of the file would count them: its project rows and its 合计 line. */
function zoneSheetFigures(sheet: ExcelJS.Worksheet) {
  const body: ExcelJS.Row[] = [];
  sheet.eachRow((row, n) => n > 3 && body.push(row));
  const rows = body.filter((r) => typeof r.getCell(1).value === 'number');
  const total = body.at(-1);
  expect(total?.getCell(2).value).toBe('合计');
  const notFiled = rows.filter((r) => r.getCell(11).value === '未报送').length;
  return [
    rows.length,
    rows.length - notFiled,
    notFiled,
    ...[6, 7, 8, 9].map((c) => Number(total?.getCell(c).value)),
  ];
}

describe('the city workbook', () => {
  it('opens with 全市汇总: a line per zone equal to its sheet, and totals equal to the sum of the zone sheets', async () => {
    const all = await h.db.select().from(zones).orderBy(zones.id);
    async function* zoneByZone() {
      for (const z of all) yield await weeklyReport(h.db, z.id, WEEK, NOW);
    }
    const stream = reportXlsx(zoneByZone(), t, { citySummary: zoneByZone() });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await new Response(stream).arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['全市汇总', ...all.map((z) => z.name)]);

    const [summary, ...zoneSheets] = book.worksheets;
    if (!summary) throw new Error('no summary');
    expect(summary.getRow(1).getCell(1).value).toBe('全市开发区重点项目推进情况汇总');
    expect(summary.getRow(3).getCell(1).value).toBe('开发区');
    const lines: ExcelJS.Row[] = [];
    summary.eachRow((row, n) => n > 3 && lines.push(row));
    expect(lines).toHaveLength(all.length + 1);
    const figures = (row: ExcelJS.Row | undefined) =>
      [2, 3, 4, 5, 6, 7, 8].map((c) => Number(row?.getCell(c).value));

    const perZone = zoneSheets.map(zoneSheetFigures);
    for (const [i, z] of all.entries()) {
      expect(lines[i]?.getCell(1).value).toBe(z.name);
      expect(figures(lines[i]), z.name).toEqual(perZone[i]);
    }
    const total = lines.at(-1);
    expect(total?.getCell(1).value).toBe('全市合计');
    const sum = perZone.reduce((acc, z) => acc.map((v, i) => v + (z[i] ?? 0)));
    expect(figures(total)).toEqual(sum);
    // not vacuous: several zones have projects, and the city's total is more than 上党's 27
    expect(perZone.filter((z) => (z[0] ?? 0) > 0).length).toBe(all.length);
    expect(figures(total)[0]).toBeGreaterThan(27);
    // 万元 as whole numbers with thousands separators, as in the zone sheets
    expect(total?.getCell(5).numFmt).toBe('#,##0');
  });

  it('streams: the zone sheets go out as they are written, before the last zone is read', async () => {
    const all = await h.db.select().from(zones).orderBy(zones.id);
    let received = 0;
    let receivedAtLastZone = -1;
    async function* zoneByZone(track: boolean) {
      for (const [i, z] of all.entries()) {
        if (track && i === all.length - 1) receivedAtLastZone = await settled(() => received);
        yield await weeklyReport(h.db, z.id, WEEK, NOW);
      }
    }
    const reader = reportXlsx(zoneByZone(true), t, { citySummary: zoneByZone(false) }).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value.length;
    }
    // a summary sheet left open until the end would hold every zone sheet back (one zip entry at a time)
    expect(receivedAtLastZone).toBeGreaterThan(received / 4);
  });

  it('a single zone’s workbook has no summary sheet', async () => {
    const [first] = await h.db.select().from(zones).orderBy(zones.id);
    const report = await weeklyReport(h.db, first?.id ?? 0, WEEK, NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await new Response(reportXlsx(report, t)).arrayBuffer()) as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([first?.name]);
  });
});
