import { sql } from 'drizzle-orm';
import { planVersions, projects } from '@/db/schema';

/**
 * The project's current approved plan version of its plan year (the latest), read in the project's own row;
 * null while the year's plan is a draft. Whether the plan is locked for its officials is whether this is set.
 */
export const currentPlanVersionId = sql<number | null>`(select ${planVersions.id} from ${planVersions}
  where ${planVersions.projectId} = ${projects.id} and ${planVersions.planYear} = ${projects.planYear}
  order by ${planVersions.seq} desc limit 1)`;

/** 调整次数 this plan year: the versions after the year's approval. */
export const planChangeCountSql = sql<number>`(select greatest(count(*) - 1, 0)::int from ${planVersions}
  where ${planVersions.projectId} = ${projects.id} and ${planVersions.planYear} = ${projects.planYear})`;
