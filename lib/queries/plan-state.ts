import { sql } from 'drizzle-orm';
import { milestones, planVersions, projects } from '@/db/schema';

/**
 * The project's current approved plan version of its plan year (the latest), read in the project's own row;
 * null while the year's plan is a draft. Whether the plan is locked for its officials is whether this is set.
 */
export const currentPlanVersionId = sql<number | null>`(select ${planVersions.id} from ${planVersions}
  where ${planVersions.projectId} = ${projects.id} and ${planVersions.planYear} = ${projects.planYear}
  order by ${planVersions.seq} desc limit 1)`;

/** Whether any plan of the project was ever approved: its officials then change it only by request. */
export const planLockedSql = sql<boolean>`exists (select 1 from ${planVersions}
  where ${planVersions.projectId} = ${projects.id})`;

/** 调整次数 this plan year: the versions after the year's approval. */
export const planChangeCountSql = sql<number>`(select greatest(count(*) - 1, 0)::int from ${planVersions}
  where ${planVersions.projectId} = ${projects.id} and ${planVersions.planYear} = ${projects.planYear})`;

/**
 * 累计延期天数: every milestone's delay against its baseline (planned_on − baseline_on, days) added up, a
 * milestone brought forward counting 0 as in `totalDelayDays` (lib/domain/plan.ts). A milestone without a
 * baseline (the plan still a draft) has no delay: greatest() passes over the null.
 */
export const totalDelayDaysSql = sql<number>`(select
  coalesce(sum(greatest(${milestones.plannedOn} - ${milestones.baselineOn}, 0)), 0)::int
  from ${milestones} where ${milestones.projectId} = ${projects.id})`;

/** The projects with some delay: what `slipped=1` lists and the dashboard ranks. */
export const slippedSql = sql<boolean>`${totalDelayDaysSql} > 0`;
