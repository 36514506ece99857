import { sql } from 'drizzle-orm';
import { progressReports, projects } from '@/db/schema';

/**
 * Completed investment of the plan year: what was completed before weekly filing began plus every filed week
 * of that year (a week belongs to the ISO year of its Thursday, as lib/domain/report-weeks.ts counts it).
 */
export const yearToDateInvestment = sql<number>`(${projects.completedInvestment} + coalesce((
  select sum(${progressReports.investment})::bigint from ${progressReports}
  where ${progressReports.projectId} = ${projects.id}
    and extract(isoyear from ${progressReports.weekStart}) = ${projects.planYear}), 0))`.mapWith(Number);
