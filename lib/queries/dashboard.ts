import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { parks, progressReports, projects } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import type { Viewer } from '@/lib/auth/viewer';
import type { IsoDate } from '@/lib/domain/dates';
import { lightFromCounts, type TrafficLight } from '@/lib/domain/milestones';
import { STAGES, type Stage } from '@/lib/domain/stages';
import { overdueBlockerCount } from './blockers';
import { annualPlanOfYear, hasFiguresIn, yearToDateOfYear } from './investment';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';
import { zoneScope } from './scope';

// The supervisor dashboard's figures. Each is one SQL aggregate over the projects the viewer reaches, so the
// dashboard costs the same few queries whatever the zone's size. Blockers: dashboard-blockers.ts; the
// "三个一批" KPIs: campaign-kpis.ts.

/** Projects per park and stage; every park in reach appears, also an empty one. */
export async function projectsByParkAndStage(db: DbOrTx, viewer: Viewer) {
  const rows = await db
    .select({ parkId: parks.id, parkName: parks.name, stage: projects.stage, n: count(projects.id) })
    .from(parks)
    .leftJoin(projects, eq(projects.parkId, parks.id))
    .where(zoneScope(viewer, parks.zoneId))
    .groupBy(parks.id, parks.name, parks.zoneId, parks.sortOrder, projects.stage)
    .orderBy(asc(parks.zoneId), asc(parks.sortOrder), asc(parks.id));
  const byStage = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const byPark = new Map<number, { parkId: number; parkName: string; n: number }>();
  for (const r of rows) {
    if (r.stage) byStage[r.stage] += r.n;
    const park = byPark.get(r.parkId) ?? { parkId: r.parkId, parkName: r.parkName, n: 0 };
    park.n += r.n;
    byPark.set(r.parkId, park);
  }
  return { byStage, byPark: [...byPark.values()] };
}

/** A sum of 万元 (bigint: a city's total may pass the int range), 0 when there is nothing to sum. */
const sumWan = (expr: SQL | PgColumn) => sql<number>`coalesce(sum(${expr}), 0)::bigint`.mapWith(Number);

/**
 * Count and total investment of all projects; the annual plan of `year` and what was completed in it (each
 * project's figures of that year, also of a project that has moved on to the next: investment.ts); and how
 * many projects have no report for the week starting `weekStart` (the rule of the /weekly page: a report row
 * for that week exists or not).
 */
export async function projectTotals(db: DbOrTx, viewer: Viewer, opts: { year: number; weekStart: IsoDate }) {
  const filed = sql`exists (select 1 from ${progressReports} where ${progressReports.projectId} = ${projects.id}
    and ${progressReports.weekStart} = ${opts.weekStart})`;
  const [row] = await db
    .select({
      projects: count(),
      total: sumWan(projects.totalInvestment),
      annualPlan: sumWan(annualPlanOfYear(opts.year)),
      completed: sumWan(yearToDateOfYear(opts.year)),
      notFiled: sql<number>`(count(*) filter (where not ${filed}))::int`,
    })
    .from(projects)
    .where(zoneScope(viewer, projects.zoneId));
  return row ?? { projects: 0, total: 0, annualPlan: 0, completed: 0, notFiled: 0 };
}

/**
 * Projects per traffic light, by the lists' own rule: the same SQL counts of late and due-soon milestones
 * and overdue blockers as the project list, turned into a light by `lightFromCounts`.
 */
export async function lightCounts(db: DbOrTx, viewer: Viewer, today: IsoDate) {
  const perProject = db
    .select({
      late: sql<number>`${lateMilestones(today)}`.as('late'),
      dueSoon: sql<number>`${dueSoonMilestones(today)}`.as('due_soon'),
      overdue: sql<number>`${overdueBlockerCount(today)}`.as('overdue'),
    })
    .from(projects)
    .where(zoneScope(viewer, projects.zoneId))
    .as('per_project');
  const late = sql<boolean>`${perProject.late} > 0`;
  const dueSoon = sql<boolean>`${perProject.dueSoon} > 0`;
  const overdue = sql<boolean>`${perProject.overdue} > 0`;
  const rows = await db
    .select({ late, dueSoon, overdue, n: count() })
    .from(perProject)
    .groupBy(late, dueSoon, overdue);
  const counts: Record<TrafficLight, number> = { green: 0, yellow: 0, red: 0 };
  for (const r of rows) {
    const light = lightFromCounts({
      lateCount: Number(r.late),
      dueSoonCount: Number(r.dueSoon),
      overdueBlockers: Number(r.overdue),
    });
    counts[light] += r.n;
  }
  return counts;
}

/**
 * The projects with figures in `year`, with their plan and completed investment of that year: the rows behind
 * the totals (every other project's figures of the year are 0).
 */
export function investmentRows(db: DbOrTx, viewer: Viewer, year: number) {
  return db
    .select({
      id: projects.id,
      name: projects.name,
      zoneId: projects.zoneId,
      parkName: parks.name,
      stage: projects.stage,
      annualPlan: annualPlanOfYear(year),
      completed: yearToDateOfYear(year),
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .where(and(zoneScope(viewer, projects.zoneId), hasFiguresIn(year)))
    .orderBy(asc(parks.zoneId), asc(parks.sortOrder), asc(projects.id));
}
