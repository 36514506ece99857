import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { progressReports, projects, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { fileProgressAction } from '@/lib/actions/progress';
import { closeReportWeekAction, reopenReportWeekAction } from '@/lib/actions/report-week';
import { addDays } from '@/lib/domain/dates';
import { reportWeekContaining } from '@/lib/domain/report-weeks';
import type { WeeklyReport } from '@/lib/domain/weekly-report';
import { translatorFor } from '@/lib/i18n/messages';
import { weeklyReport } from '@/lib/queries/weekly-report';
import { reportCsv } from './csv';
import { reportXlsx } from './xlsx';

const h = actionHarness();
const t = translatorFor('zh-CN');
const WEEK = reportWeekContaining('2024-04-15'); // the seed's "as of" week in tests
const NOW = new Date('2024-04-19T04:00:00Z'); // a Friday of that week

async function zoneId() {
  const [z] = await h.db.select().from(zones).where(eq(zones.code, 'shangdang'));
  if (!z) throw new Error('zone');
  return z.id;
}

async function bytes(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/**
 * A workbook's parts by name. The zip container stamps each part with the time it was written (to 2 s), so
 * "the same workbook" means the same parts with the same bytes, not the same container.
 */
async function parts(stream: ReadableStream<Uint8Array>): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(await bytes(stream));
  const out = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files).sort(([a], [b]) => a.localeCompare(b))) {
    out.set(name, await file.async('base64'));
  }
  return out;
}

/** The database's own figures for the week, to hold every export to. */
async function expectedFromDb() {
  const rows = await h.db
    .select()
    .from(projects)
    .where(eq(projects.zoneId, await zoneId()));
  // the zone's own reports of the week (other zones file too)
  const ids = new Set(rows.map((p) => p.id));
  const reports = (
    await h.db.select().from(progressReports).where(eq(progressReports.weekStart, WEEK.start))
  ).filter((r) => ids.has(r.projectId));
  return {
    count: rows.length,
    total: rows.reduce((s, p) => s + p.totalInvestment, 0),
    annual: rows.reduce((s, p) => s + p.annualPlannedInvestment, 0),
    week: reports.reduce((s, r) => s + r.investment, 0),
    filed: new Set(reports.map((r) => r.projectId)),
    names: new Set(rows.map((p) => p.name)),
  };
}

const projectRows = (report: WeeklyReport) => report.groups.flatMap((g) => g.rows);

describe('weekly report exports', () => {
  it('the CSV parses back to every project, with subtotals and totals equal to the database', async () => {
    const report = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    const raw = await bytes(reportCsv(report, t));
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // UTF-8 BOM
    const records: string[][] = parse(raw.toString('utf8').slice(1), { relax_column_count: true });
    const [title, , header, ...body] = records;
    expect(title?.[0]).toBe('上党经济技术开发区重点项目推进情况周报');
    expect(header?.slice(0, 3)).toEqual(['序号', '项目名称', '建设单位']);
    const db = await expectedFromDb();
    const rows = body.filter((r) => /^\d+$/.test(r[0] ?? ''));
    expect(rows).toHaveLength(db.count);
    expect(new Set(rows.map((r) => r[1]))).toEqual(db.names);
    const total = body.at(-1) ?? [];
    expect(total[1]).toBe('合计');
    expect([Number(total[5]), Number(total[6]), Number(total[8])]).toEqual([db.total, db.annual, db.week]);
    expect(rows.filter((r) => r[10] === '未报送')).toHaveLength(db.count - db.filed.size);
    const subtotals = body.filter((r) => r[1]?.endsWith(' 小计'));
    expect(subtotals.reduce((s, r) => s + Number(r[5]), 0)).toBe(db.total);
  });

  it('the xlsx reads back the same rows and totals, with a frozen header and 万元 format', async () => {
    const report = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytes(reportXlsx(report, t))) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getRow(3).getCell(2).value).toBe('项目名称');
    const db = await expectedFromDb();
    const body: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => n > 3 && body.push(row));
    const projectsInSheet = body.filter((r) => typeof r.getCell(1).value === 'number');
    expect(projectsInSheet).toHaveLength(db.count);
    const total = body.at(-1);
    expect(total?.getCell(2).value).toBe('合计');
    expect([total?.getCell(6).value, total?.getCell(7).value, total?.getCell(9).value]).toEqual([
      db.total,
      db.annual,
      db.week,
    ]);
    expect(projectsInSheet[0]?.getCell(6).numFmt).toBe('#,##0');
    expect(projectRows(report).map((r) => r.name)).toEqual(projectsInSheet.map((r) => r.getCell(2).value));
  });

  it('the whole city: a sheet per zone in the xlsx, a section per zone in the CSV, as each zone reads', async () => {
    const all = await h.db.select().from(zones).orderBy(zones.id);
    const reports = await Promise.all(all.map((z) => weeklyReport(h.db, z.id, WEEK, NOW)));
    async function* zoneByZone() {
      yield* reports;
    }
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await bytes(reportXlsx(zoneByZone(), t))) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(all.map((z) => z.name));
    const rowsIn = (sheet?: ExcelJS.Worksheet) =>
      (sheet?.getSheetValues() ?? []).filter((r) => Array.isArray(r) && typeof r[1] === 'number').length;
    expect(book.worksheets.map(rowsIn)).toEqual(reports.map((r) => projectRows(r).length));

    const csv = parse((await bytes(reportCsv(zoneByZone(), t))).toString('utf8').slice(1), {
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][];
    const titles = csv.filter((r) => r[0]?.endsWith('重点项目推进情况周报')).map((r) => r[0]);
    expect(titles).toEqual(all.map((z) => `${z.name}重点项目推进情况周报`));
    expect(csv.filter((r) => /^\d+$/.test(r[0] ?? ''))).toHaveLength(reports.flatMap(projectRows).length);
  });

  it.each([
    ['csv', reportCsv],
    ['xlsx', reportXlsx],
  ] as const)('a cancelled %s download stops reading zones', async (_format, write) => {
    const report = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    let read = 0;
    let stopped = false;
    async function* manyZones() {
      try {
        for (; read < 200; read++) yield report;
      } finally {
        stopped = true;
      }
    }
    const reader = write(manyZones(), t).getReader();
    await reader.read();
    await reader.cancel();
    await new Promise((r) => setTimeout(r, 200));
    expect(stopped, 'the zones are no longer read').toBe(true);
    expect(read).toBeLessThan(200);
  });

  it('a text that looks like a formula is neutralised in the CSV', async () => {
    const [p] = await h.db.select().from(projects).limit(1);
    await h.db
      .update(projects)
      .set({ name: '=HYPERLINK("http://x")' })
      .where(eq(projects.id, p?.id ?? 0));
    const report = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    const text = (await bytes(reportCsv(report, t))).toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe('closing a week', () => {
  const ref = async (version = 0) => ({ zoneId: await zoneId(), weekStart: WEEK.start, version });

  it('freezes the report: later edits change neither the report nor its exports; reopening reads afresh', async () => {
    expect((await h.run(closeReportWeekAction, 'duban', await ref())).ok).toBe(true);
    const frozen = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    expect(frozen.closed).toBe(true);
    const csvBefore = await bytes(reportCsv(frozen, t));

    const [p] = await h.db.select().from(projects).limit(1);
    await h.db
      .update(projects)
      .set({ name: '改名后的项目', totalInvestment: (p?.totalInvestment ?? 0) + 1 })
      .where(eq(projects.id, p?.id ?? 0));
    const again = await weeklyReport(h.db, await zoneId(), WEEK, new Date());
    expect(again).toEqual(frozen);
    expect(await bytes(reportCsv(again, t))).toEqual(csvBefore);

    const reopened = await h.run(reopenReportWeekAction, 'duban', {
      ...(await ref(1)),
      reason: '数据有误需更正',
    });
    expect(reopened.ok).toBe(true);
    const fresh = await weeklyReport(h.db, await zoneId(), WEEK, NOW);
    expect(fresh.closed).toBe(false);
    expect(projectRows(fresh).some((r) => r.name === '改名后的项目')).toBe(true);
  });

  it('an official can no longer edit a closed week’s report, and can again after reopening', async () => {
    const projectId = await h.projectId('日盛达光伏玻璃生产线（二期）');
    const [report] = await h.db
      .select()
      .from(progressReports)
      .where(and(eq(progressReports.projectId, projectId), eq(progressReports.weekStart, WEEK.start)));
    const edit = {
      projectId,
      weekStart: WEEK.start,
      version: report?.version ?? '',
      progress: '补充进展',
      investment: 10,
    };
    expect((await h.run(closeReportWeekAction, 'duban', await ref())).ok).toBe(true);
    expect(await h.expectRefused(fileProgressAction, 'xu', edit, 'invalid')).toMatchObject({
      message: '本周已由督查关闭，周调度不能再修改',
    });
    expect((await h.run(reopenReportWeekAction, 'duban', { ...(await ref(1)), reason: '补报' })).ok).toBe(
      true,
    );
    expect((await h.run(fileProgressAction, 'xu', edit)).ok).toBe(true);
  });

  it('freezes the weeks before a closed one too, and a closed week exports the same workbook a minute later', async () => {
    expect((await h.run(closeReportWeekAction, 'duban', await ref())).ok).toBe(true);
    const projectId = await h.projectId('日盛达光伏玻璃生产线（二期）');
    const earlier = {
      projectId,
      weekStart: addDays(WEEK.start, -7),
      version: 1,
      progress: '补报上周',
      investment: 1,
    };
    await h.expectRefused(fileProgressAction, 'xu', earlier, 'invalid');
    const zone = await zoneId();
    const once = await parts(reportXlsx(await weeklyReport(h.db, zone, WEEK, new Date()), t));
    const twice = await parts(
      reportXlsx(await weeklyReport(h.db, zone, WEEK, new Date(Date.now() + 60_000)), t),
    );
    expect(once.size).toBeGreaterThan(5);
    expect(twice).toEqual(once);
  });

  it.each([
    ['an official', 'xu', 'forbidden'],
    ['an admin (supervisors close weeks)', 'admin', 'forbidden'],
    ['another zone’s supervisor', 'gaoxin', 'forbidden'],
    ['no session', null, 'unauthenticated'],
  ] as const)('is refused for %s, changing nothing', async (_label, who, code) => {
    await h.expectRefused(closeReportWeekAction, who, await ref(), code);
  });

  it('a second close, a stale version, and reopening an open week are refused', async () => {
    expect((await h.run(closeReportWeekAction, 'duban', await ref())).ok).toBe(true);
    await h.expectRefused(closeReportWeekAction, 'duban', await ref(1), 'invalid');
    await h.expectRefused(closeReportWeekAction, 'duban', await ref(0), 'conflict');
    await h.expectRefused(reopenReportWeekAction, 'duban', { ...(await ref(0)), reason: '试试' }, 'conflict');
    expect((await h.run(reopenReportWeekAction, 'duban', { ...(await ref(1)), reason: '补报' })).ok).toBe(
      true,
    );
    await h.expectRefused(reopenReportWeekAction, 'duban', { ...(await ref(2)), reason: '再开' }, 'invalid');
  });
});
