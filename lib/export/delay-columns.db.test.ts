import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWeeks, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { closeReportWeekAction } from '@/lib/actions/report-week';
import { loadViewer } from '@/lib/auth/viewer';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { translatorFor } from '@/lib/i18n/messages';
import { listProjects } from '@/lib/queries/projects';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { reportCsv } from './csv';
import { reportXlsx } from './xlsx';

// 计划调整次数 and 累计延期天数 in the weekly report's files: the last two columns, each project's own figures,
// blank in subtotals and the total (a count is not summed), and 0 for a week closed before they existed.

const h = actionHarness();
const t = translatorFor('zh-CN');
const WEEK = reportWeekContaining('2024-04-15');
const NOW = new Date('2024-04-19T04:00:00Z');
const HEADS = ['计划调整次数', '累计延期天数'];

async function zoneId() {
  const [z] = await h.db.select().from(zones).where(eq(zones.code, 'shangdang'));
  if (!z) throw new Error('zone');
  return z.id;
}

const bytes = async (s: ReadableStream<Uint8Array>) => Buffer.from(await new Response(s).arrayBuffer());

/** Each project's [changes, delay] as the project list computes them, by name. */
async function listFigures() {
  const duban = await loadViewer(h.db, await sessionOf(h.db, 'duban'));
  if (!duban) throw new Error('duban');
  const rows = await listProjects(h.db, duban, {}, '2024-04-15');
  return new Map(rows.map((r) => [r.name, [r.planChanges, r.delayDays]]));
}

async function csvRecords(report: WeeklyReport) {
  const records: string[][] = parse((await bytes(reportCsv(report, t))).toString('utf8').slice(1), {
    relax_column_count: true,
  });
  const [, , header = [], ...body] = records;
  return { header, body };
}

describe('the weekly report’s 调整次数 and 延期天数 columns', () => {
  it('the CSV holds each project’s figures, blank in subtotals and the total', async () => {
    const { header, body } = await csvRecords(await weeklyReport(h.db, await zoneId(), WEEK, NOW));
    expect(header.slice(-2)).toEqual(HEADS);
    const figures = await listFigures();
    const rows = body.filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(rows).toHaveLength(figures.size);
    for (const r of rows) expect(r.slice(-2).map(Number), r[1]).toEqual(figures.get(r[1] ?? ''));
    const byName = new Map(rows.map((r) => [r[1], r.slice(-2)]));
    expect(byName.get('华南智慧融创科技园')).toEqual(['1', '30']);
    expect(byName.get('物流特色小镇综合配套提升区项目')).toEqual(['1', '31']);
    for (const r of body.filter((r) => !/^\d+$/.test(r[0] ?? '')))
      expect(r.slice(-2), r[1]).toEqual(['', '']);
  });

  it('the xlsx holds them as whole numbers', async () => {
    const book = new ExcelJS.Workbook();
    const report = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    await book.xlsx.load((await bytes(reportXlsx(report, t))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const last = sheet.getRow(3).cellCount;
    expect([sheet.getRow(3).getCell(last - 1).value, sheet.getRow(3).getCell(last).value]).toEqual(HEADS);
    const figures = await listFigures();
    let seen = 0;
    sheet.eachRow((row, n) => {
      if (n <= 3) return;
      const cells = [row.getCell(last - 1), row.getCell(last)];
      if (typeof row.getCell(1).value !== 'number') {
        expect(cells.map((c) => c.value ?? '')).toEqual(['', '']);
        return;
      }
      seen += 1;
      expect(cells.map((c) => c.value)).toEqual(figures.get(String(row.getCell(2).value)));
      expect(cells[1]?.numFmt).toBe('0');
    });
    expect(seen).toBe(figures.size);
  });

  it('a week closed before these figures existed shows 0 for them, on the page model and in the files', async () => {
    const zone = await zoneId();
    expect(
      (await h.run(closeReportWeekAction, 'duban', { zoneId: zone, weekStart: WEEK.start, version: 0 })).ok,
    ).toBe(true);
    // The snapshot as an earlier version of the app wrote it: rows without the two fields.
    const where = and(eq(reportWeeks.zoneId, zone), eq(reportWeeks.weekStart, WEEK.start));
    const [closed] = await h.db.select().from(reportWeeks).where(where);
    const old = JSON.parse(
      JSON.stringify(closed?.snapshot, (k, v) => (k === 'planChanges' || k === 'delayDays' ? undefined : v)),
    );
    expect(JSON.stringify(old)).not.toContain('delayDays');
    await h.db.update(reportWeeks).set({ snapshot: old }).where(where);

    const report = await weeklyReport(h.db, zone, WEEK, new Date());
    expect(report.closed).toBe(true);
    const rows = report.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.planChanges === 0 && r.delayDays === 0)).toBe(true);
    const { body } = await csvRecords(report);
    for (const r of body.filter((r) => /^\d+$/.test(r[0] ?? ''))) expect(r.slice(-2)).toEqual(['0', '0']);
    expect((await bytes(reportXlsx(report, t))).length).toBeGreaterThan(0);
  });
});
