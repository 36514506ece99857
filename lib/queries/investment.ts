import { type AnyColumn, sql } from 'drizzle-orm';
import { progressReports, projects, projectYears } from '@/db/schema';
import type { IsoDate } from '@/lib/domain/dates';

// A project's annual figures (年度计划投资, completed before weekly filing began) belong to a plan year: they
// are the project's own columns while it is in that year, the year's project_years row once it has moved on
// to the next (新年度计划), and 0 for a year it was never planned in. Weeks belong to the ISO year of their
// Thursday, as lib/domain/report-weeks.ts counts them.

/** The investment filed for the weeks of ISO year `year`, up to the week starting `upTo` when given. */
const filedInYear = (year: number | AnyColumn, upTo?: IsoDate) =>
  sql<number>`coalesce((select sum(${progressReports.investment})::bigint from ${progressReports}
  where ${progressReports.projectId} = ${projects.id}
    and extract(isoyear from ${progressReports.weekStart}) = ${year}
    ${upTo ? sql`and ${progressReports.weekStart} <= ${upTo}` : sql``}), 0)`;

/** One annual figure of `year`: the project's own column in its plan year, else the kept year's, else 0. */
const figureOfYear = (year: number, own: AnyColumn, kept: AnyColumn) =>
  sql<number>`(case when ${projects.planYear} = ${year} then ${own} else coalesce((select ${kept}
  from ${projectYears} where ${projectYears.projectId} = ${projects.id} and ${projectYears.year} = ${year}), 0) end)`;

/** Completed investment of the project's own plan year: the opening figure plus every filed week of it. */
export const filedInPlanYear = filedInYear(projects.planYear).mapWith(Number);
export const yearToDateInvestment =
  sql<number>`(${projects.completedInvestment} + ${filedInPlanYear})`.mapWith(Number);

/** 年度计划投资 of `year`. */
export const annualPlanOfYear = (year: number) =>
  figureOfYear(year, projects.annualPlannedInvestment, projectYears.annualPlannedInvestment).mapWith(Number);

/** Completed in `year` (up to and including the week starting `upTo`): that year's opening plus its weeks. */
export const yearToDateOfYear = (year: number, upTo?: IsoDate) => {
  const opening = figureOfYear(year, projects.completedInvestment, projectYears.completedInvestment);
  return sql<number>`(${opening} + ${filedInYear(year, upTo)})`.mapWith(Number);
};

/**
 * Whether the project has figures in `year`: planned in it (now, or kept when it moved on) or a week filed in
 * it. Any other project's figures of that year are all 0.
 */
export const hasFiguresIn = (year: number) => sql<boolean>`(${projects.planYear} = ${year}
  or exists (select 1 from ${projectYears} where ${projectYears.projectId} = ${projects.id} and ${projectYears.year} = ${year})
  or exists (select 1 from ${progressReports} where ${progressReports.projectId} = ${projects.id}
    and extract(isoyear from ${progressReports.weekStart}) = ${year}))`;
