import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import { blockers, enterprises, parks, progressReports, projects, reportWeeks, zones } from '@/db/schema';
import type { DbOrTx } from '@/db/types';
import { type IsoDate, zoneDateOf } from '@/lib/domain/dates';
import { lightFromCounts } from '@/lib/domain/milestones';
import type { ReportWeek } from '@/lib/domain/report-weeks';
import {
  assembleReport,
  blockerMark,
  type ReportBlocker,
  type WeeklyReport,
} from '@/lib/domain/weekly-report';
import { overdueBlockerCount } from './blockers';
import { activeContacts } from './contacts';
import { dueSoonMilestones, lateMilestones } from './milestone-counts';

const shanghaiDate = (column: typeof blockers.raisedAt | typeof blockers.closedAt) =>
  sql<string | null>`((${column} at time zone 'Asia/Shanghai')::date)::text`;

/** Completed in the plan year up to and including the week: the opening figure plus the weeks filed. */
const yearToDateAt = (week: ReportWeek) =>
  sql<number>`(${projects.completedInvestment} + coalesce((
  select sum(pr.investment)::bigint from ${progressReports} pr
  where pr.project_id = ${projects.id} and pr.week_start <= ${week.start}
    and extract(isoyear from pr.week_start) = ${projects.planYear}), 0))`.mapWith(Number);

/**
 * Reads the weekly report of one zone afresh from the data (four queries whatever the number of projects).
 * Lights are taken at the week's end, or today while the week runs.
 */
export async function readWeeklyReport(
  db: DbOrTx,
  zoneId: number,
  week: ReportWeek,
  now: Date,
): Promise<WeeklyReport> {
  const today = zoneDateOf(now);
  const [at] = [today, week.end].sort() as [IsoDate, IsoDate]; // the earlier of the two ISO dates
  const [zone] = await db.select({ name: zones.name }).from(zones).where(eq(zones.id, zoneId));
  const rows = await db
    .select({
      projectId: projects.id,
      name: projects.name,
      enterprise: enterprises.name,
      parkId: parks.id,
      park: parks.name,
      kind: projects.kind,
      stage: projects.stage,
      totalInvestment: projects.totalInvestment,
      annualPlanned: projects.annualPlannedInvestment,
      yearToDate: yearToDateAt(week),
      weekInvestment: sql<number>`coalesce(${progressReports.investment}, 0)`.mapWith(Number),
      reportId: progressReports.id,
      progress: progressReports.progress,
      nextPlan: progressReports.nextPlan,
      lateCount: lateMilestones(at),
      dueSoonCount: dueSoonMilestones(at),
      overdueBlockers: overdueBlockerCount(at),
    })
    .from(projects)
    .innerJoin(parks, eq(parks.id, projects.parkId))
    .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
    .leftJoin(
      progressReports,
      and(eq(progressReports.projectId, projects.id), eq(progressReports.weekStart, week.start)),
    )
    .where(eq(projects.zoneId, zoneId))
    .orderBy(asc(parks.sortOrder), asc(projects.id));

  const [contacts, weekBlockers] = await Promise.all([
    activeContacts(
      db,
      rows.map((r) => r.projectId),
    ),
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

  return assembleReport(
    { zone: zone?.name ?? '', week, asOf: now.toISOString(), closed: false },
    rows.map(({ reportId, lateCount, dueSoonCount, overdueBlockers, progress, nextPlan, ...r }) => {
      const c = contacts.get(r.projectId) ?? {};
      return {
        ...r,
        filed: reportId !== null,
        progress: progress ?? '',
        nextPlan: nextPlan ?? '',
        blockers: byProject.get(r.projectId) ?? [],
        leader: c.leader?.name ?? '',
        cadre: c.cadre?.name ?? '',
        liaison: c.liaison?.name ?? '',
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

/** The weekly report as it must be shown: a closed week's snapshot, otherwise read afresh. */
export async function weeklyReport(
  db: DbOrTx,
  zoneId: number,
  week: ReportWeek,
  now: Date,
): Promise<WeeklyReport> {
  const state = await reportWeekState(db, zoneId, week.start);
  if (state?.status === 'closed' && state.snapshot) return state.snapshot as WeeklyReport;
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
