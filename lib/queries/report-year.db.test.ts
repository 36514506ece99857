import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { progressReports, projects, zones } from '@/db/schema';
import { actionHarness } from '@/db/testing/harness';
import { sessionOf } from '@/db/testing/test-db';
import { openPlanYearAction } from '@/lib/actions/plan-year';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { type ReportWeek, reportWeekContaining } from '@/lib/domain/report-weeks';
import { investmentRows, projectTotals } from './dashboard';
import { weeklyReport } from './weekly-report';

// A report week shows the annual figures of its own ISO year: after a project moves on to the next plan year,
// last year's weeks still show last year's plan (kept in project_years), the new year's weeks the new plan.

const h = actionHarness();
const WEEK_2024 = reportWeekContaining('2024-04-15');
const WEEK_2025 = reportWeekContaining('2025-03-05');
const NOW = new Date('2025-03-07T04:00:00Z');
const PROJECT = '华南智慧融创科技园';
const NEW_PLAN = 7_777;

async function viewer(username: string): Promise<Viewer> {
  const v = await loadViewer(h.db, await sessionOf(h.db, username));
  if (!v) throw new Error(username);
  return v;
}

async function rowOf(week: ReportWeek, projectId: number) {
  const [zone] = await h.db.select().from(zones).where(eq(zones.code, 'shangdang'));
  const report = await weeklyReport(h.db, zone?.id ?? 0, week, NOW);
  const row = report.groups.flatMap((g) => g.rows).find((r) => r.projectId === projectId);
  if (!row) throw new Error('project not in the report');
  return { row, total: report.total };
}

async function moveToNextYear(projectId: number) {
  const [p] = await h.db.select().from(projects).where(eq(projects.id, projectId));
  if (!p) throw new Error('no project');
  const result = await h.run(openPlanYearAction, 'duban', {
    projectId,
    version: p.version,
    year: p.planYear + 1,
    annualPlannedInvestment: NEW_PLAN,
  });
  expect(result.ok).toBe(true);
  return p;
}

/** A week of 2025 filed for the project (written directly: the action refuses a week in the future). */
async function file2025(projectId: number, investment: number) {
  const xu = await h.userId('xu');
  await h.db.insert(progressReports).values({
    projectId,
    weekStart: WEEK_2025.start,
    progress: '2025年周调度',
    investment,
    filedBy: xu,
    updatedBy: xu,
  });
}

/** The dashboard's totals of a year, and the sums of the rows behind them. */
async function dashboardYear(year: number) {
  const duban = await viewer('duban');
  const totals = await projectTotals(h.db, duban, { year, weekStart: WEEK_2024.start });
  const rows = await investmentRows(h.db, duban, year);
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  expect([totals.annualPlan, totals.completed]).toEqual([sum((r) => r.annualPlan), sum((r) => r.completed)]);
  return { totals, rows };
}

describe('the year of the week shown', () => {
  it('a week of the old year keeps its annual plan and year to date after the project moves on', async () => {
    const id = await h.projectId(PROJECT);
    const before = await rowOf(WEEK_2024, id);
    expect(before.row.annualPlanned).toBeGreaterThan(0);
    const old = await moveToNextYear(id);
    expect(before.row.annualPlanned).toBe(old.annualPlannedInvestment);

    const after = await rowOf(WEEK_2024, id);
    expect([after.row.annualPlanned, after.row.yearToDate]).toEqual([
      before.row.annualPlanned,
      before.row.yearToDate,
    ]);
    expect(after.total).toEqual(before.total);
  });

  it('a week of the new year shows the new plan, and only the new year’s filed weeks as completed', async () => {
    const id = await h.projectId(PROJECT);
    await moveToNextYear(id);
    expect((await rowOf(WEEK_2025, id)).row).toMatchObject({ annualPlanned: NEW_PLAN, yearToDate: 0 });
    await file2025(id, 120);
    expect((await rowOf(WEEK_2025, id)).row).toMatchObject({ annualPlanned: NEW_PLAN, yearToDate: 120 });
  });

  it('a year the project was never planned in shows 0 plan, and its filed weeks', async () => {
    const id = await h.projectId(PROJECT);
    // Still in 2024: 2025 has no figures of it (no row kept, not its plan year) but what is filed in it.
    expect((await rowOf(WEEK_2025, id)).row).toMatchObject({ annualPlanned: 0, yearToDate: 0 });
    await file2025(id, 45);
    expect((await rowOf(WEEK_2025, id)).row).toMatchObject({ annualPlanned: 0, yearToDate: 45 });
  });

  it('the dashboard’s totals of each year count each project’s figures of that year', async () => {
    const id = await h.projectId(PROJECT);
    const before2024 = await dashboardYear(2024);
    const old = await moveToNextYear(id);

    const after2024 = await dashboardYear(2024);
    expect(after2024.totals).toEqual(before2024.totals);
    expect(after2024.rows.find((r) => r.id === id)).toMatchObject({
      annualPlan: old.annualPlannedInvestment,
    });

    const in2025 = await dashboardYear(2025);
    expect(in2025.totals).toMatchObject({ annualPlan: NEW_PLAN, completed: 0 });
    expect(in2025.rows.map((r) => r.id)).toEqual([id]);
  });
});
