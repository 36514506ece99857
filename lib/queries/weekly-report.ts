import { and, asc, count, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import {
  attachments,
  blockers,
  enterprises,
  parks,
  progressReports,
  projectAssignments,
  projects,
  reportWeeks,
  users,
  zones,
} from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { type IsoDate, zoneDateOf } from '@/lib/domain/dates';
import { lightFromCounts } from '@/lib/domain/milestones';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import type { AssignmentRole } from '@/lib/domain/vocabulary';
import {
  assembleReport,
  blockerMark,
  type ReportBlocker,
  reportFromSnapshot,
  type StoredReport,
  type WeeklyReport,
} from '@/lib/domain/weekly-report';
import { overdueBlockerCount } from './blockers';
import { annualPlanOfYear, yearToDateOfYear } from './investment';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';
import { planChangeCountSql, totalDelayDaysSql } from './plan-state';

const shanghaiDate = (column: typeof blockers.raisedAt | typeof blockers.closedAt) =>
  sql<string | null>`((${column} at time zone 'Asia/Shanghai')::date)::text`;

/** The active holder's name of one "三个一" role, read in the project's row (one statement for the report). */
const contactName = (role: AssignmentRole) =>
  sql<string | null>`(select u.name from ${projectAssignments} a join ${users} u on u.id = a.user_id
  where a.project_id = ${projects.id} and a.role = ${role} and a.until is null limit 1)`;

/**
 * Reads the weekly report of one zone afresh from the data (two queries whatever the number of projects).
 * Lights are taken at the week's end, or today while the week runs; 调整次数 and 延期天数 are the project's
 * plan as it stands (its current plan year), as a closed week keeps them from the day it was closed.
 */
export async function readWeeklyReport(
  db: DbOrTx,
  zoneId: number,
  week: ReportWeek,
  now: Date,
): Promise<WeeklyReport> {
  const today = zoneDateOf(now);
  const [at] = [today, week.end].sort() as [IsoDate, IsoDate]; // the earlier of the two ISO dates
  const rowsQuery = db
    .select({
      zone: zones.name,
      projectId: projects.id,
      name: projects.name,
      enterprise: enterprises.name,
      parkId: parks.id,
      park: parks.name,
      kind: projects.kind,
      stage: projects.stage,
      totalInvestment: projects.totalInvestment,
      // The figures of the week's own year, also once the project has moved on to the next.
      annualPlanned: annualPlanOfYear(week.year),
      yearToDate: yearToDateOfYear(week.year, week.start),
      weekInvestment: sql<number>`coalesce(${progressReports.investment}, 0)`.mapWith(Number),
      reportId: progressReports.id,
      progress: progressReports.progress,
      nextPlan: progressReports.nextPlan,
      lateCount: lateMilestones(at),
      dueSoonCount: dueSoonMilestones(at),
      overdueBlockers: overdueBlockerCount(at),
      leader: contactName('leader'),
      cadre: contactName('cadre'),
      liaison: contactName('liaison'),
      planChanges: planChangeCountSql,
      delayDays: totalDelayDaysSql,
    })
    .from(projects)
    .innerJoin(zones, eq(zones.id, projects.zoneId))
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(
      progressReports,
      and(eq(progressReports.projectId, projects.id), eq(progressReports.weekStart, week.start)),
    )
    .where(eq(projects.zoneId, zoneId))
    .orderBy(asc(parks.sortOrder), asc(projects.id));
  const [rows, weekBlockers] = await Promise.all([
    rowsQuery,
    db
      .select({
        projectId: blockers.projectId,
        category: blockers.category,
        title: blockers.title,
        raisedOn: shanghaiDate(blockers.raisedAt),
        closedOn: shanghaiDate(blockers.closedAt),
      })
      .from(blockers)
      .innerJoin(projects, eq(projects.id, blockers.projectId))
      .where(
        and(
          eq(projects.zoneId, zoneId),
          lte(sql`(${blockers.raisedAt} at time zone 'Asia/Shanghai')::date`, week.end),
        ),
      )
      .orderBy(asc(blockers.raisedAt)),
  ]);

  const byProject = new Map<number, ReportBlocker[]>();
  for (const b of weekBlockers) {
    const mark = blockerMark(b.raisedOn ?? week.end, b.closedOn, week);
    if (!mark) continue;
    const list = byProject.get(b.projectId) ?? [];
    list.push({ category: b.category, title: b.title, mark });
    byProject.set(b.projectId, list);
  }

  // A zone without projects still has a name for the report's title.
  const zone =
    rows[0]?.zone ?? (await db.select({ name: zones.name }).from(zones).where(eq(zones.id, zoneId)))[0]?.name;
  return assembleReport(
    { zone: zone ?? '', week, asOf: now.toISOString(), closed: false },
    rows.map(({ zone: _, reportId, lateCount, dueSoonCount, overdueBlockers, progress, nextPlan, ...r }) => {
      return {
        ...r,
        filed: reportId !== null,
        progress: progress ?? '',
        nextPlan: nextPlan ?? '',
        blockers: byProject.get(r.projectId) ?? [],
        leader: r.leader ?? '',
        cadre: r.cadre ?? '',
        liaison: r.liaison ?? '',
        light: lightFromCounts({ lateCount, dueSoonCount, overdueBlockers }),
      };
    }),
  );
}

/** The closure row of a zone's week, if any. */
export async function reportWeekState(db: DbOrTx, zoneId: number, weekStart: IsoDate) {
  const [row] = await db
    .select()
    .from(reportWeeks)
    .where(and(eq(reportWeeks.zoneId, zoneId), eq(reportWeeks.weekStart, weekStart)));
  return row ?? null;
}

/**
 * The weekly report as it must be shown: a closed week's snapshot, otherwise read afresh. `state` is the
 * week's closure row when the caller has read it already.
 */
export async function weeklyReport(
  db: DbOrTx,
  zoneId: number,
  week: ReportWeek,
  now: Date,
  known?: Awaited<ReturnType<typeof reportWeekState>>,
): Promise<WeeklyReport> {
  const state = known === undefined ? await reportWeekState(db, zoneId, week.start) : known;
  if (state?.status === 'closed' && state.snapshot) return reportFromSnapshot(state.snapshot as StoredReport);
  return readWeeklyReport(db, zoneId, week, now);
}

/**
 * Whether the zone has closed this week or a later one. Takes the zone row in share mode, and closing takes it
 * exclusively: a filing and a closing of one zone never overlap, so no filing lands after its week's snapshot.
 */
export async function closedOnOrAfter(db: DbOrTx, zoneId: number, weekStart: IsoDate): Promise<boolean> {
  await db.select({ id: zones.id }).from(zones).where(eq(zones.id, zoneId)).for('share');
  const [row] = await db
    .select({ id: reportWeeks.id })
    .from(reportWeeks)
    .where(
      and(
        eq(reportWeeks.zoneId, zoneId),
        eq(reportWeeks.status, 'closed'),
        gte(reportWeeks.weekStart, weekStart),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * How many photos each project's filing of the week holds (the xlsx's 现场照片 column), by project; projects
 * without any are absent. One statement for the whole report.
 */
export async function weekPhotoCounts(
  db: DbOrTx,
  projectIds: readonly number[],
  weekStart: IsoDate,
): Promise<Map<number, number>> {
  if (projectIds.length === 0) return new Map();
  const rows = await db
    .select({ projectId: attachments.projectId, photos: count() })
    .from(attachments)
    .where(
      and(
        inArray(attachments.projectId, [...projectIds]),
        eq(attachments.weekStart, weekStart),
        eq(attachments.kind, 'photo'),
      ),
    )
    .groupBy(attachments.projectId);
  return new Map(rows.map((r) => [r.projectId, r.photos]));
}
